import Foundation

/// A password held so that it cannot be printed by accident: `description`, string
/// interpolation and `dump` all show `<secret>`. Only the transport reads ``reveal()``.
public struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable {
    private let value: String

    public init(_ value: String) { self.value = value }

    public var description: String { "<secret>" }
    public var debugDescription: String { "<secret>" }
    public var customMirror: Mirror { Mirror(self, children: []) }
    public var isEmpty: Bool { value.isEmpty }

    /// The password itself, for libcurl and for ``Scrubber``; never for output.
    func reveal() -> String { value }
}

/// The login an SMTP server wants: a user name and its password.
public struct SMTPCredentials: Sendable, Equatable {
    public var user: String
    public var password: Secret

    public init(user: String, password: Secret) {
        self.user = user
        self.password = password
    }
}

/// Removes credentials from any text on its way out (curl's error text, the server's replies,
/// the SMTP transcript): the password itself and the forms SMTP AUTH sends it in.
public struct Scrubber: Sendable {
    static let mask = "********"
    private var secrets: [String]

    /// A scrubber for these credentials; nil scrubs nothing.
    public init(_ credentials: SMTPCredentials?) {
        guard let c = credentials, !c.password.isEmpty else {
            secrets = []
            return
        }
        let p = c.password.reveal()
        func b64(_ s: String) -> String { Data(s.utf8).base64EncodedString() }
        var list = [
            b64("\0\(c.user)\0\(p)"), b64("\(c.user)\0\(c.user)\0\(p)"), // AUTH PLAIN
            b64(p), // AUTH LOGIN
            p.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? p, // inside a URL
            p,
        ]
        // A base64 text without its padding can show up too.
        list += list.prefix(3).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "=")) }
        // Longest first, so a short secret inside a long one does not leave a tail behind.
        secrets = Array(Set(list.filter { !$0.isEmpty })).sorted { $0.count > $1.count }
    }

    /// `text` with every secret replaced by `********`.
    public func scrub(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.mask) }
    }
}
