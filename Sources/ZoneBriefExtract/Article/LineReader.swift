import Foundation
import ZoneBriefCore

/// Reads a file line by line in fixed-size chunks, so a file of any size uses little memory.
/// Lines end at LF (a CR before it is dropped). A line longer than `maxLineBytes` is cut after
/// its last sentence end (。！？；) within the limit, or at a character boundary when it has none;
/// each piece keeps the line's number, and a cut without a sentence end is reported.
struct LineReader {
    /// One line (or piece of a long line) and its 1-based number.
    struct Line {
        var number: Int
        var bytes: ArraySlice<UInt8>
    }

    let handle: FileHandle
    let chunkSize: Int
    let maxLineBytes: Int
    let encoding: TextEncoding
    private var buffer: [UInt8] = []
    private var position = 0
    private var eof = false
    private(set) var lineNumber = 0
    /// Lines cut without a sentence end: (line number).
    private(set) var hardCuts: [Int] = []
    private var continuing = false

    init(handle: FileHandle, encoding: TextEncoding, chunkSize: Int = 1 << 20, maxLineBytes: Int = 1 << 20) {
        self.handle = handle
        self.encoding = encoding
        self.chunkSize = chunkSize
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or nil at the end of the file. Throws only on read errors.
    mutating func next() throws -> Line? {
        while true {
            if let nl = newline(from: position) {
                var end = nl
                if end > position && buffer[end - 1] == 0x0D { end -= 1 }
                if !continuing { lineNumber += 1 }
                continuing = false
                let line = Line(number: lineNumber, bytes: buffer[position..<end])
                position = nl + 1
                return line
            }
            if buffer.count - position > maxLineBytes {
                return cutLongLine()
            }
            if eof {
                guard position < buffer.count else { return nil }
                if !continuing { lineNumber += 1 }
                continuing = false
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = Line(number: lineNumber, bytes: buffer[position..<end])
                position = buffer.count
                return line
            }
            try refill()
        }
    }

    /// The index of the next LF at or after `from` (memchr).
    private func newline(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, let p = memchr(base + from, 0x0A, b.count - from) else { return nil }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
    }

    private mutating func refill() throws {
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let data = try handle.read(upToCount: chunkSize) ?? Data()
        if data.isEmpty { eof = true } else { buffer.append(contentsOf: data) }
    }

    /// Cuts a piece of at most `maxLineBytes` off the current (unterminated) line.
    private mutating func cutLongLine() -> Line {
        if !continuing { lineNumber += 1 }
        continuing = true
        let limit = position + maxLineBytes
        var cut = Self.lastSentenceEnd(in: buffer[position..<limit], encoding: encoding)
        if cut == nil {
            hardCuts.append(lineNumber)
            var c = limit
            if encoding == .utf8 {
                while c > position + 1 && (buffer[c] & 0xC0) == 0x80 { c -= 1 }
            } else {
                // GB18030: step back to an ASCII byte if one is near, else cut at an even offset.
                var k = c
                while k > position && k > c - 64 && buffer[k - 1] >= 0x80 { k -= 1 }
                c = (k > c - 64 && k > position) ? k : c - ((c - position) % 2)
            }
            cut = c
        }
        let line = Line(number: lineNumber, bytes: buffer[position..<cut!])
        position = cut!
        return line
    }

    /// The index just after the last sentence end (。！？；) in `bytes`.
    static func lastSentenceEnd(in bytes: ArraySlice<UInt8>, encoding: TextEncoding) -> Int? {
        switch encoding {
        case .utf8:
            // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B
            var i = bytes.endIndex - 1
            while i >= bytes.startIndex + 2 {
                let a = bytes[i - 2], b = bytes[i - 1], c = bytes[i]
                if (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F || c == 0x9B)) {
                    return i + 1
                }
                i -= 1
            }
            return nil
        case .gb18030:
            // 。 A1 A3, ！ A3 A1, ？ A3 BF, ； A3 BB: scan forward to stay on character boundaries.
            var i = bytes.startIndex
            var last: Int?
            while i < bytes.endIndex {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                guard i + 1 < bytes.endIndex else { break }
                let c = bytes[i + 1]
                if (0x30...0x39).contains(c) { i += 4; continue }
                if (b == 0xA1 && c == 0xA3) || (b == 0xA3 && (c == 0xA1 || c == 0xBF || c == 0xBB)) { last = i + 2 }
                i += 2
            }
            return last.map { min($0, bytes.endIndex) }
        }
    }
}
