import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One `zonebrief run` at a time per output folder: an exclusive `flock` on
/// `OUTPUT/.zonebrief-run.lock`, held for the whole run and let go when the process ends (even
/// when it is killed), so a timer and a hand-started run never send the same brief twice.
/// The corresponding C functions are `open`, `flock` and `close`.
final class RunLock {
    private let fd: Int32

    /// Takes the lock, or throws at once when another run holds it.
    init(folder: URL) throws {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(".zonebrief-run.lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw RunStateError("cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            throw RunStateError(busy ? "another zonebrief run is working on \(folder.relativePath) (it holds \(path)); nothing done, try again when it ends"
                                     : "cannot lock \(path): \(reason)")
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
