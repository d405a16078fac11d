import Foundation
import ZoneBriefCore

/// The SMTP config file: `key = value` lines, `#` comments, blank lines ignored.
///
/// ```
/// # ~/.config/zonebrief/smtp.conf
/// url = smtp://mail.example.cn:587
/// from = brief@example.cn
/// user = brief@example.cn
/// password_file = ~/.config/zonebrief/smtp.password
/// require_tls = yes
/// ```
///
/// A line it cannot use is a warning with its line number and is skipped; the rest still
/// counts. A password is never read from this file itself (point `password_file` at one),
/// and no warning repeats a line's value, which could be one.
public enum SMTPConfigFile {
    /// The keys and what each one sets: the vocabulary of the file, in one table.
    static let keys: [String: @Sendable (inout SMTPSettings, String) -> String?] = [
        "url": { $0.url = $1; return nil },
        "from": { $0.from = $1; return nil },
        "user": { $0.user = $1; return nil },
        "password_env": { $0.passwordEnv = $1; return nil },
        "password_file": { $0.passwordFile = expandTilde($1); return nil },
        "ca_file": { $0.caFile = expandTilde($1); return nil },
        "require_tls": { s, v in
            switch v.lowercased() {
            case "yes", "true", "1", "on": s.requireTLS = true; return nil
            case "no", "false", "0", "off": s.requireTLS = false; return nil
            default: return "require_tls must be yes or no"
            }
        },
        "insecure_plaintext_auth": { s, v in
            switch v.lowercased() {
            case "yes", "true", "1", "on": s.insecurePlaintextAuth = true; return nil
            case "no", "false", "0", "off": s.insecurePlaintextAuth = false; return nil
            default: return "insecure_plaintext_auth must be yes or no"
            }
        },
        "retries": { s, v in
            guard let n = Int(v), (1...10).contains(n) else { return "retries must be a whole number from 1 to 10" }
            s.retries = n
            return nil
        },
        "retry_delay": { s, v in
            guard let d = Double(v), d >= 0, d <= 60 else { return "retry_delay must be seconds from 0 to 60" }
            s.retryDelay = d
            return nil
        },
        "timeout": { s, v in
            guard let d = Double(v), d > 0, d <= 600 else { return "timeout must be seconds from 1 to 600" }
            s.timeout = d
            return nil
        },
        "max_message_size": { s, v in
            guard let n = MessageSize.parse(v) else { return "max_message_size must be a size from 1KB to 1GB, e.g. 20MB" }
            s.maxMessageSize = n
            return nil
        },
    ]

    /// The default place: `~/.config/zonebrief/smtp.conf`.
    public static let defaultPath = "~/.config/zonebrief/smtp.conf"
    /// The environment variable naming another config file.
    public static let environmentVariable = "ZONEBRIEF_SMTP_CONFIG"

    /// Parses the text of a config file; `file` names it in warnings.
    public static func parse(_ text: String, file: String) -> Warned<SMTPSettings> {
        var settings = SMTPSettings(), warnings: [Diagnostic] = []
        // "\r\n" is one Character in Swift, so it is named apart from "\n".
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            func warn(_ message: String) { warnings.append(Diagnostic(file: file, line: i + 1, message)) }
            guard let eq = line.firstIndex(of: "=") else {
                warn("expected 'key = value'")
                continue
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if key == "password" || key == "pass" {
                warn("a password is not read from the config file; put it in a file named by password_file, or in a variable named by password_env")
                continue
            }
            guard let apply = keys[key] else {
                warn("unknown key '\(key)'; known keys: \(keys.keys.sorted().joined(separator: ", "))")
                continue
            }
            guard !value.isEmpty else {
                warn("'\(key)' has no value")
                continue
            }
            if let problem = apply(&settings, value) { warn(problem) }
        }
        return Warned(settings, diagnostics: warnings)
    }

    /// Reads the config file: `explicitPath` (from `--config`) if given, else the file named by
    /// `$ZONEBRIEF_SMTP_CONFIG`, else ``defaultPath`` when it exists. A file that was asked for
    /// by name and cannot be read is an error; a missing default file just means no settings.
    public static func load(explicitPath: String?, environment: [String: String]) throws -> Warned<SMTPSettings> {
        let named = explicitPath ?? environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        let path = expandTilde(named ?? defaultPath, home: environment["HOME"])
        if named == nil && !FileManager.default.fileExists(atPath: path) { return Warned(SMTPSettings()) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw MailError.unreadable(path: path, reason: MailError.reason(error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MailError.unreadable(path: path, reason: "it is not UTF-8 text")
        }
        return parse(text, file: path)
    }

    /// `~/x` → `$HOME/x`.
    static func expandTilde(_ path: String, home: String? = nil) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let h = home ?? ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return h + path.dropFirst()
    }
}
