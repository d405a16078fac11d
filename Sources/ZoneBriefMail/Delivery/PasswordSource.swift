import Foundation
import ZoneBriefCore

/// Where the SMTP password comes from: an environment variable or a file, never the command
/// line (where `ps` and shell history would show it).
public enum PasswordSource: Sendable, Equatable {
    case environment(String)
    case file(String)

    /// The source the settings name. With a user but no source, the variable
    /// `ZONEBRIEF_SMTP_PASSWORD` when it is set; nil when there is no user and no source.
    /// Throws ``MailError/noPassword(_:)`` for a user without any source, or a source without a user.
    init?(env: String?, file: String?, user: String?, environment: [String: String]) throws {
        switch (env, file) {
        case (let e?, nil): self = .environment(e)
        case (nil, let f?): self = .file(f)
        case (_?, _?): throw MailError.noPassword("give the password one way: --password-env or --password-file, not both")
        case (nil, nil):
            guard let user else { return nil }
            guard environment[SMTPSettings.defaultPasswordVariable] != nil else {
                throw MailError.noPassword("user '\(user)' needs a password: pass --password-env VAR or --password-file FILE, or set password_env or password_file in the SMTP config file")
            }
            self = .environment(SMTPSettings.defaultPasswordVariable)
        }
        if user == nil {
            throw MailError.noPassword("a password source is set but no user: pass --user NAME or set 'user' in the SMTP config file")
        }
    }

    /// Reads the password: the variable's value, or the file's first line (without its line end).
    func read(environment: [String: String]) throws -> Warned<Secret> {
        switch self {
        case let .environment(name):
            guard let value = environment[name] else {
                throw MailError.noPassword("the password variable \(name) is not set")
            }
            guard !value.isEmpty else { throw MailError.noPassword("the password variable \(name) is empty") }
            return Warned(Secret(value))
        case let .file(path):
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw MailError.unreadable(path: path, reason: MailError.reason(error))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw MailError.noPassword("the password file \(path) is not UTF-8 text")
            }
            // "\r\n" is one Character in Swift: split on it as well as on "\n" and "\r".
            let password = String(text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" })
            guard !password.isEmpty else { throw MailError.noPassword("the password file \(path) is empty") }
            var warnings: [Diagnostic] = []
            if let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
               mode & 0o077 != 0 {
                warnings.append(Diagnostic(file: path, String(format:
                    "the password file can be read by other users (mode %03o); chmod 600 it", mode & 0o777)))
            }
            return Warned(Secret(password), diagnostics: warnings)
        }
    }
}
