import Foundation

/// A bare e-mail address (`zhang.wei@example.cn`), checked before it goes near a header or an
/// SMTP command.
///
/// ```swift
/// let a = try MailAddress("li@gov.cn")   // a.domain == "gov.cn"
/// let all = try MailAddress.list("a@x.cn, b@y.cn")
/// ```
///
/// Only the `local@domain` form is accepted: no display names, no comments, no quoted local
/// parts. That is all a command-line recipient list needs, and it keeps CR, LF, `<`, `>`, `,`
/// and spaces (header and SMTP injection) out by construction.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The address as given, e.g. `li@gov.cn`.
    public let address: String

    /// The part after the `@`, used for the Message-ID.
    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]) }

    public var description: String { address }

    /// Checks `text` (surrounding spaces ignored) and keeps it.
    /// Throws ``MailError/badAddress(_:reason:)`` saying what is wrong.
    public init(_ text: String) throws {
        let a = text.trimmingCharacters(in: .whitespaces)
        func bad(_ reason: String) -> MailError { .badAddress(a, reason: reason) }
        guard !a.isEmpty else { throw bad("it is empty") }
        guard a.utf8.count <= 254 else { throw bad("it is longer than 254 bytes") }
        guard let at = a.lastIndex(of: "@") else { throw bad("it has no @") }
        let local = a[..<at], domain = a[a.index(after: at)...]
        guard !local.isEmpty else { throw bad("nothing before the @") }
        guard !domain.isEmpty else { throw bad("nothing after the @") }
        guard local.utf8.count <= 64 else { throw bad("the part before the @ is longer than 64 bytes") }
        for scalar in a.unicodeScalars {
            if scalar.value < 0x21 || scalar.value == 0x7F { throw bad("it contains a space or control character") }
            if scalar.value > 0x7E { throw bad("it contains a non-ASCII character '\(scalar)'") }
            if "<>()[]\\,;:\"".unicodeScalars.contains(scalar) { throw bad("it contains '\(scalar)'") }
        }
        guard !local.contains("@") else { throw bad("it has more than one @") }
        guard !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else {
            throw bad("the part before the @ has a misplaced dot")
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            guard !label.isEmpty else { throw bad("the domain '\(domain)' has an empty label") }
            guard label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
                  !label.hasPrefix("-"), !label.hasSuffix("-")
            else { throw bad("the domain '\(domain)' is not a host name") }
        }
        address = a
    }

    /// Parses a comma-separated list (`a@x.cn,b@y.cn`); empty items are skipped, duplicates
    /// (compared case-insensitively) are kept once, in first-seen order.
    public static func list(_ text: String) throws -> [MailAddress] {
        var seen = Set<String>(), out: [MailAddress] = []
        for item in text.split(separator: ",") where !item.trimmingCharacters(in: .whitespaces).isEmpty {
            let a = try MailAddress(String(item))
            if seen.insert(a.address.lowercased()).inserted { out.append(a) }
        }
        return out
    }
}
