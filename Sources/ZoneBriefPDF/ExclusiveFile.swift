#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file created beside `path` by `mkstemps` (a fresh random name, `O_CREAT|O_EXCL`,
/// so nothing planted under a guessed name is ever written through), renamed over `path` by
/// `commit()` or removed by `discard()`. For a lone PDF; the brief writes its three files as one
/// set (`OutputSet` in ZoneBriefCore).
final class ExclusiveFile {
    let path: String
    private var temp: [CChar]
    private var fd: Int32

    init(beside path: String) throws {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temp = Array("\(dir).\(name).XXXXXX.tmp".utf8CString)
        fd = mkstemps(&temp, 4)
        guard fd >= 0 else { throw RenderError.io(path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
        fchmod(fd, 0o644)
    }

    deinit { discard() }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure = writeAll(fd, bytes) {
            throw RenderError.io(path: path, message: "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    /// Flushes, closes and renames the file into place.
    func commit() throws {
        if fsync(fd) != 0 && errno != EINVAL {
            throw RenderError.io(path: path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        close(fd)
        fd = -1
        if rename(temp, path) != 0 {
            throw RenderError.io(path: path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        temp = []
    }

    func discard() {
        if fd >= 0 { close(fd) }
        fd = -1
        if !temp.isEmpty { unlink(temp) }
        temp = []
    }
}

/// Writes all of `bytes` to `fd`, again after an interrupted call; nil, or the errno that stopped it.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        #if canImport(Glibc)
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        #else
        let n = Darwin.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        #endif
        if n < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += n
    }
    return nil
}
