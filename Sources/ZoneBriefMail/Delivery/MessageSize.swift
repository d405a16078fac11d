import Foundation

/// How big a message may be before it is refused rather than sent: servers bounce what is over
/// their limit (often 20 or 25 MB), and a bounce reaches no one.
///
/// ```swift
/// try MessageSize.parse("20MB")        // 20_971_520
/// MessageSize.text(1_363_148)          // "1.3 MB"
/// ```
///
/// Sizes are in binary units as servers announce them (`SIZE 20971520` is 20 MB): 1 KB = 1024
/// bytes, 1 MB = 1024 KB.
public enum MessageSize {
    /// The limit when none is set: 20 MB.
    public static let defaultLimit = 20 * 1024 * 1024

    /// `20MB`, `20 MB`, `500KB`, `1.5M`, `20` (megabytes), `1048576B`; nil for anything else, or
    /// a size below 1 KB (no brief fits) or above 1 GB.
    public static func parse(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = t.prefix { $0.isNumber || $0 == "." }
        let unit = t.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard let n = Double(digits), n.isFinite else { return nil }
        let factor: Double
        switch unit {
        case "", "M", "MB", "MIB": factor = 1024 * 1024
        case "K", "KB", "KIB": factor = 1024
        case "G", "GB", "GIB": factor = 1024 * 1024 * 1024
        case "B": factor = 1
        default: return nil
        }
        let bytes = n * factor
        guard bytes >= 1024, bytes <= 1024 * 1024 * 1024 else { return nil }
        return Int(bytes)
    }

    /// `1.3 MB`, `85 KB`, `512 bytes`: one decimal from 1 MB up, whole kilobytes below.
    public static func text(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let tenths = (Double(bytes) / (1024 * 1024) * 10).rounded()
            let whole = Int(tenths) / 10, decimal = Int(tenths) % 10
            return decimal == 0 ? "\(whole) MB" : "\(whole).\(decimal) MB"
        }
        if bytes >= 1024 { return "\(Int((Double(bytes) / 1024).rounded())) KB" }
        return "\(bytes) bytes"
    }

    /// What the settings' limit allows: ``defaultLimit`` when none is set.
    public static func limit(_ settings: SMTPSettings) -> Int { settings.maxMessageSize ?? defaultLimit }

    /// Throws ``MailError/tooLarge(bytes:limit:)`` when `message` is over `limit`.
    public static func check(bytes: Int, limit: Int) throws {
        if bytes > limit { throw MailError.tooLarge(bytes: bytes, limit: limit) }
    }
}
