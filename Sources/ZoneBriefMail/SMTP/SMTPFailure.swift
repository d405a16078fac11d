/// Why a message reached no one: the server could not be reached, refused the login, broke
/// off, or refused the message. Reads as one line naming host, port, tries and what the server
/// said; carries no credential (its text has been through a ``Scrubber``).
public struct SMTPFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in the terms a user acts on.
    public enum Kind: String, Sendable, Equatable {
        /// No connection, a dropped one, a time-out: retried before it is reported.
        case connection
        /// AUTH refused (wrong user or password), or the server wants a login we lack.
        case login
        /// TLS could not be set up (STARTTLS missing when required, a certificate problem).
        case tls
        /// The server refused the sender, every recipient, or the message itself.
        case refused
        /// Anything else libcurl reports.
        case other
    }

    public var kind: Kind
    public var host: String
    public var port: Int
    public var tries: Int
    /// libcurl's explanation, scrubbed.
    public var detail: String
    /// The server's last error reply (or last reply), scrubbed; nil when it said nothing.
    public var serverSaid: String?
    /// What to do about it, when there is more to say than the kind (no STARTTLS for a login).
    public var hint: String?

    public init(kind: Kind, host: String, port: Int, tries: Int, detail: String, serverSaid: String?, hint: String? = nil) {
        self.kind = kind
        self.host = host
        self.port = port
        self.tries = tries
        self.detail = detail
        self.serverSaid = serverSaid
        self.hint = hint
    }

    public var description: String {
        let what: String
        switch kind {
        case .connection: what = "cannot reach the mail server"
        case .login: what = "the mail server refused the login or wants one (check --user and the password)"
        case .tls: what = "no secure connection to the mail server"
        case .refused: what = "the mail server refused the message"
        case .other: what = "sending failed"
        }
        let tried = tries == 1 ? "1 try" : "\(tries) tries"
        let said: String
        switch serverSaid {
        case nil: said = "no reply from the server"
        case let reply? where reply.hasPrefix("4") || reply.hasPrefix("5"): said = "server said: \(reply)"
        case let reply?: said = "the server's last reply: \(reply)"
        }
        return "\(what) (host \(host), port \(port), \(tried)): \(detail); \(said)" + (hint.map { "; " + $0 } ?? "")
    }
}
