import Foundation

/// Writes a rendered message to an `.eml` file (what `--eml` does instead of sending): the
/// exact bytes, CRLF line ends, written to a temporary file beside the target and renamed
/// into place, so a reader never sees half a message.
public enum EMLWriter {
    /// Writes `message` to `path`. Throws ``MailError/unwritable(path:reason:)``.
    public static func write(_ message: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try message.write(to: temp, options: .withoutOverwriting)
        } catch {
            throw MailError.unwritable(path: path, reason: MailError.reason(error))
        }
        guard rename(temp.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw MailError.unwritable(path: path, reason: reason)
        }
    }

    /// Where message `index` (0-based) of `count` goes: `out.eml` for a single message, else
    /// `out.<recipient>.eml` for each recipient's own message (`--each`).
    public static func path(_ base: String, recipient: MailAddress, count: Int) -> String {
        guard count > 1 else { return base }
        let ns = base as NSString
        let ext = ns.pathExtension.isEmpty ? "eml" : ns.pathExtension
        return ns.deletingPathExtension + "." + recipient.address + "." + ext
    }
}
