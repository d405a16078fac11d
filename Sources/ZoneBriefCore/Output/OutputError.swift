#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file that could not be written, as one line naming the file the user asked for and
/// the operating system's reason: `cannot write reports/brief.pdf: No space left on device`.
public struct OutputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The final path (never the temporary file's).
    public var path: String
    /// `errno` (ENOSPC, EACCES, EFBIG…).
    public var code: Int32
    /// What else to say (`creating the lock file reports/.brief.pdf.lock`), or nil.
    public var detail: String?

    public init(path: String, code: Int32, detail: String? = nil) {
        self.path = path
        self.code = code
        self.detail = detail
    }

    /// `strerror(code)`.
    public var reason: String { String(cString: strerror(code)) }

    public var description: String {
        "cannot write \(path): \(reason)" + (detail.map { " (\($0))" } ?? "")
    }
}
