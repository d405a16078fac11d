import Foundation

/// How the connection is protected.
public enum SMTPSecurity: String, Sendable, Equatable {
    /// `smtp://`: STARTTLS when the server offers it, plain text otherwise (CURLUSESSL_TRY).
    case startTLSIfOffered
    /// `smtp://` with `--require-tls`: STARTTLS or fail (CURLUSESSL_ALL).
    case startTLSRequired
    /// `smtps://`: TLS from the first byte (implicit TLS, port 465).
    case implicitTLS
}

/// Where the mail goes and how: host, port, TLS, login, timeouts.
public struct SMTPServer: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var security: SMTPSecurity
    public var credentials: SMTPCredentials?
    /// A PEM bundle of CA certificates to trust instead of the system's (a company CA).
    public var caFile: String?
    /// Seconds to wait for the connection and for each reply of the server.
    public var timeout: Double
    /// Let a login go out in clear text when an `smtp://` server offers no STARTTLS. Off by
    /// default: with credentials, STARTTLS is required before AUTH (see ``requiresTLS``).
    public var allowPlaintextAuth = false

    public init(host: String, port: Int, security: SMTPSecurity, credentials: SMTPCredentials? = nil,
                caFile: String? = nil, timeout: Double = 30) {
        self.host = host
        self.port = port
        self.security = security
        self.credentials = credentials
        self.caFile = caFile
        self.timeout = timeout
    }

    /// Parses `smtp://host[:port]` or `smtps://host[:port]` (IPv6 hosts in brackets). A URL that
    /// carries a user or password is refused: credentials never travel on the command line.
    /// - Parameter requireTLS: for `smtp://`, fail unless STARTTLS works.
    public init(url: String, requireTLS: Bool = false) throws {
        func bad(_ reason: String) -> MailError { .badURL(url, reason: reason) }
        let scheme: String, rest: Substring
        if let r = url.range(of: "://") {
            scheme = url[..<r.lowerBound].lowercased()
            rest = url[r.upperBound...]
        } else {
            throw bad("write it as smtp://host[:port] or smtps://host[:port]")
        }
        switch scheme {
        case "smtp": security = requireTLS ? .startTLSRequired : .startTLSIfOffered; port = 25
        case "smtps": security = .implicitTLS; port = 465
        default: throw bad("the scheme must be smtp or smtps, not \(scheme)")
        }
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if authority.contains("@") {
            throw MailError.badURL(Self.withoutUserInfo(url), reason:
                "it must not carry a user or password; use --user and --password-env or --password-file")
        }
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw bad("an IPv6 host needs its closing ]") }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            authority = authority[authority.index(after: close)...]
            if !authority.isEmpty && !authority.hasPrefix(":") { throw bad("unexpected text after the IPv6 host") }
        } else {
            host = String(authority.prefix { $0 != ":" })
            authority = authority.drop { $0 != ":" }
        }
        guard !host.isEmpty else { throw bad("it names no host") }
        guard host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-.:_".contains($0)) }) else {
            throw bad("'\(host)' is not a host name")
        }
        if authority.hasPrefix(":") {
            guard let p = Int(authority.dropFirst()), (1...65535).contains(p) else {
                throw bad("the port must be a number from 1 to 65535")
            }
            port = p
        }
        timeout = 30
    }

    /// Whether the connection must be encrypted before anything else is said: always for
    /// `smtps://` and `--require-tls`, and for `smtp://` whenever there is a login to protect
    /// (the password is never sent in clear unless ``allowPlaintextAuth`` says so). Mail without
    /// a login may still go in clear when the server offers no STARTTLS.
    public var requiresTLS: Bool {
        switch security {
        case .startTLSRequired, .implicitTLS: return true
        case .startTLSIfOffered: return credentials != nil && !allowPlaintextAuth
        }
    }

    /// `smtp://host:port` for libcurl and for messages.
    public var url: String {
        let h = host.contains(":") ? "[\(host)]" : host
        return "\(security == .implicitTLS ? "smtps" : "smtp")://\(h):\(port)"
    }

    /// The URL with anything between `://` and `@` cut out, so an error never repeats a
    /// password someone put there.
    static func withoutUserInfo(_ url: String) -> String {
        guard let s = url.range(of: "://"), let at = url[s.upperBound...].firstIndex(of: "@") else { return url }
        return String(url[..<s.upperBound]) + "…" + String(url[at...])
    }
}
