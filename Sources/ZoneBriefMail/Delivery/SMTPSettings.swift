import Foundation
import ZoneBriefCore

/// Everything about reaching the mail server that a user may set, each part optional, as read
/// from a config file or from command-line flags; ``overridden(by:)`` merges them (flags win)
/// and ``server(environment:)`` turns the result into an ``SMTPServer`` with its password.
public struct SMTPSettings: Sendable, Equatable {
    /// `smtp://host[:port]` or `smtps://host[:port]`.
    public var url: String?
    public var from: String?
    public var user: String?
    /// The name of an environment variable that holds the password.
    public var passwordEnv: String?
    /// A file whose first line is the password.
    public var passwordFile: String?
    public var requireTLS: Bool?
    /// Send the login in clear text when an `smtp://` server offers no STARTTLS (off unless set:
    /// anyone on the path could read the password).
    public var insecurePlaintextAuth: Bool?
    public var caFile: String?
    public var retries: Int?
    public var retryDelay: Double?
    public var timeout: Double?
    /// The largest message to send, in bytes (nil: ``MessageSize/defaultLimit``, 20 MB).
    public var maxMessageSize: Int?

    public init(url: String? = nil, from: String? = nil, user: String? = nil, passwordEnv: String? = nil,
                passwordFile: String? = nil, requireTLS: Bool? = nil, insecurePlaintextAuth: Bool? = nil,
                caFile: String? = nil, retries: Int? = nil, retryDelay: Double? = nil, timeout: Double? = nil,
                maxMessageSize: Int? = nil) {
        self.url = url
        self.from = from
        self.user = user
        self.passwordEnv = passwordEnv
        self.passwordFile = passwordFile
        self.requireTLS = requireTLS
        self.insecurePlaintextAuth = insecurePlaintextAuth
        self.caFile = caFile
        self.retries = retries
        self.retryDelay = retryDelay
        self.timeout = timeout
        self.maxMessageSize = maxMessageSize
    }

    /// These settings with every value `flags` sets put over them. A password source given by
    /// flags replaces both sources of the config, so `--password-file` beats `password_env`.
    public func overridden(by flags: SMTPSettings) -> SMTPSettings {
        var s = self
        s.url = flags.url ?? url
        s.from = flags.from ?? from
        s.user = flags.user ?? user
        if flags.passwordEnv != nil || flags.passwordFile != nil {
            s.passwordEnv = flags.passwordEnv
            s.passwordFile = flags.passwordFile
        }
        s.requireTLS = flags.requireTLS ?? requireTLS
        s.insecurePlaintextAuth = flags.insecurePlaintextAuth ?? insecurePlaintextAuth
        s.caFile = flags.caFile ?? caFile
        s.retries = flags.retries ?? retries
        s.retryDelay = flags.retryDelay ?? retryDelay
        s.timeout = flags.timeout ?? timeout
        s.maxMessageSize = flags.maxMessageSize ?? maxMessageSize
        return s
    }

    /// The settings a command works with: the config file (``SMTPConfigFile/load(explicitPath:environment:)``:
    /// `configPath`, else `$ZONEBRIEF_SMTP_CONFIG`, else `~/.config/zonebrief/smtp.conf`) with
    /// `flags` put over it. The config file's warnings come back with it.
    public static func standard(configPath: String? = nil, flags: SMTPSettings = SMTPSettings(),
                                environment: [String: String]) throws -> Warned<SMTPSettings> {
        let config = try SMTPConfigFile.load(explicitPath: configPath, environment: environment)
        return Warned(config.value.overridden(by: flags), diagnostics: config.diagnostics)
    }

    /// The retry policy these settings ask for (3 tries, 0.5 s then doubling, by default).
    public var retryPolicy: RetryPolicy {
        RetryPolicy(attempts: retries ?? 3, firstDelay: retryDelay ?? 0.5)
    }

    /// The environment variable read when a user is set but no password source is.
    public static let defaultPasswordVariable = "ZONEBRIEF_SMTP_PASSWORD"

    /// The server to send through, with its login when a user is set. Reads the password now
    /// (from the environment variable or the file); a warning comes back when the password file
    /// can be read by other users.
    public func server(environment: [String: String]) throws -> Warned<SMTPServer> {
        guard let url else { throw MailError.noServer }
        var server = try SMTPServer(url: url, requireTLS: requireTLS ?? false)
        server.caFile = caFile
        server.timeout = timeout ?? 30
        var warnings: [Diagnostic] = []
        let source = try PasswordSource(env: passwordEnv, file: passwordFile, user: user, environment: environment)
        if let user, let source {
            let password = try source.read(environment: environment)
            warnings += password.diagnostics
            server.credentials = SMTPCredentials(user: user, password: password.value)
            server.allowPlaintextAuth = insecurePlaintextAuth ?? false
            if server.allowPlaintextAuth && server.security == .startTLSIfOffered {
                warnings.append(Diagnostic(file: server.url, "insecure plaintext auth is on: if the server offers no STARTTLS, "
                                           + "the password of \(user) goes over the network in clear text"))
            }
        }
        return Warned(server, diagnostics: warnings)
    }
}
