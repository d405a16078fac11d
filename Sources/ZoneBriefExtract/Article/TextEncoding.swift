#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encodings an article file may have. Detected from the bytes, never assumed.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"

    /// What the first bytes of a file say about it.
    public enum Sniff: Sendable, Hashable {
        case empty, binary, text(TextEncoding), unknown
    }

    /// Looks at the first bytes of a file (up to 64 KiB is plenty): NUL or many control bytes → binary;
    /// valid UTF-8 → UTF-8; else valid GB18030 → GB18030; else unknown (neither).
    /// A multi-byte sequence cut by the end of the sample counts as valid.
    public static func sniff(_ bytes: some Collection<UInt8>) -> Sniff {
        let sample = Array(bytes.prefix(65_536))
        if sample.isEmpty { return .empty }
        var control = 0
        for b in sample {
            if b == 0 { return .binary }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C && b != 0x1B { control += 1 }
        }
        if control * 20 > sample.count { return .binary }
        let start = sample.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if invalidUTF8Count(sample[start...], allowTruncatedEnd: true) == 0 { return .text(.utf8) }
        if isValidGB18030(sample[...], allowTruncatedEnd: true) { return .text(.gb18030) }
        // Mostly UTF-8 with a few bad bytes: read it as UTF-8 and report the bad lines.
        if invalidUTF8Count(sample[start...], allowTruncatedEnd: true) * 50 < sample.count { return .text(.utf8) }
        return .unknown
    }

    /// Number of invalid sequences in UTF-8 `bytes`.
    static func invalidUTF8Count(_ bytes: ArraySlice<UInt8>, allowTruncatedEnd: Bool = false) -> Int {
        var bad = 0
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var minSecond: UInt8 = 0x80, maxSecond: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; minSecond = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; maxSecond = 0x9F
            case 0xF0: need = 3; minSecond = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; maxSecond = 0x8F
            default: bad += 1; i += 1; continue
            }
            if i + need >= end + (allowTruncatedEnd ? need : 0) { bad += 1; i += 1; continue }
            var ok = true
            for k in 1...need {
                if i + k >= end { break }  // truncated by the sample's end
                let c = bytes[i + k]
                if k == 1 ? (c < minSecond || c > maxSecond) : (c < 0x80 || c > 0xBF) { ok = false; break }
            }
            if ok { i += need + 1 } else { bad += 1; i += 1 }
        }
        return bad
    }

    /// Whether `bytes` are well-formed GB18030 (1, 2 or 4 byte sequences).
    static func isValidGB18030(_ bytes: ArraySlice<UInt8>, allowTruncatedEnd: Bool = false) -> Bool {
        var i = bytes.startIndex
        let end = bytes.endIndex
        var sawMultibyte = false
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81 && b <= 0xFE else { return false }
            guard i + 1 < end else { return allowTruncatedEnd }
            let c = bytes[i + 1]
            if (0x40...0x7E).contains(c) || (0x80...0xFE).contains(c) { i += 2; sawMultibyte = true; continue }
            guard (0x30...0x39).contains(c) else { return false }
            guard i + 3 < end else { return allowTruncatedEnd }
            guard (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) else { return false }
            i += 4
            sawMultibyte = true
        }
        return sawMultibyte
    }
}

/// Converts GB18030 bytes to a String through iconv (the corresponding C functions are
/// `iconv_open`, `iconv`, `iconv_close`). One instance per file; not shared between threads.
final class GB18030Decoder {
    private let cd: iconv_t?

    init() {
        let d = iconv_open("UTF-8", "GB18030")
        cd = (d == iconv_t(bitPattern: -1)) ? nil : d
    }

    deinit { if let cd { iconv_close(cd) } }

    /// The decoded text, or nil when the bytes are not GB18030 (or iconv is unavailable).
    func decode(_ bytes: [UInt8]) -> String? {
        guard let cd else { return nil }
        if bytes.isEmpty { return "" }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                iconv(cd, nil, nil, nil, nil)
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if r == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let n = produced else { return nil }
        return String(decoding: output[..<n], as: UTF8.self)
    }
}
