#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file for one chunk of pages: made by `mkstemp` in `$TMPDIR` (else `/tmp`) and
/// unlinked at once, so nothing is left behind whatever ends the process; written by the chunk's
/// cairo surface, then read back by `PDFMerger`. The corresponding C functions are `mkstemp`,
/// `unlink`, `write` and `pread`; `deinit` closes the descriptor (which frees the disk space).
final class ChunkFile {
    /// What errors call the file (the output it is a part of).
    let name: String
    private let fd: Int32
    /// Bytes written so far.
    private(set) var length = 0

    init(for name: String) throws {
        self.name = name
        let dir = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(dir)/.zonebrief-chunk.XXXXXX".utf8CString)
        fd = mkstemp(&template)
        guard fd >= 0 else {
            throw RenderError.io(path: name, message: "cannot make a temporary file in \(dir): \(String(cString: strerror(errno)))")
        }
        unlink(template)
    }

    deinit { close(fd) }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure = writeAll(fd, bytes) {
            throw RenderError.io(path: name, message: "cannot write a temporary file: \(String(cString: strerror(failure)))")
        }
        length += bytes.count
    }

    /// `count` bytes from `offset` (fewer at the end of the file), appended to `buffer`.
    func read(at offset: Int, count: Int, into buffer: inout [UInt8]) throws {
        let start = buffer.count
        let wanted = max(0, min(count, length - offset))
        buffer.append(contentsOf: repeatElement(0, count: wanted))
        var done = 0
        try buffer.withUnsafeMutableBytes { raw in
            while done < wanted {
                let n = pread(fd, raw.baseAddress! + start + done, wanted - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    throw RenderError.io(
                        path: name, message: "cannot read a temporary file: \(n < 0 ? String(cString: strerror(errno)) : "it ended early")")
                }
                done += n
            }
        }
    }
}
