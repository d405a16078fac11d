import Foundation

/// An e-mail address (`zhang.wei@example.cn`), optionally with a display name
/// (`张伟 <zhang.wei@example.cn>`), checked before it goes near a header or an SMTP command.
///
/// ```swift
/// let a = try MailAddress("li@gov.cn")             // a.domain == "gov.cn"
/// let b = try MailAddress("高新区简报 <brief@gov.cn>") // b.displayName == "高新区简报"
/// let all = try MailAddress.list("a@x.cn, \"Li, Wei\" <b@y.cn>")
/// ```
///
/// The address itself must be a plain `local@domain` in ASCII: no comments, no quoted local
/// parts. That keeps CR, LF, `<`, `>`, `,` and spaces (header and SMTP injection) out of the
/// envelope by construction; the display name only ever reaches a header encoded.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The bare address, e.g. `li@gov.cn`: what the SMTP envelope uses.
    public let address: String
    /// The name shown in From/To/Cc, or nil.
    public let displayName: String?

    /// The part after the `@`, used for the Message-ID.
    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@")!)...]) }

    public var description: String { address }

    /// Checks `text` (surrounding spaces ignored): `addr`, `Name <addr>` or `"Name" <addr>`.
    /// Throws ``MailError/badAddress(_:reason:)`` saying what is wrong.
    public init(_ text: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.hasSuffix(">"), let open = t.lastIndex(of: "<") else {
            try self.init(bare: t, name: nil)
            return
        }
        var name = t[..<open].trimmingCharacters(in: .whitespaces)
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
            name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw MailError.badAddress(t, reason: "the name contains a control character")
        }
        let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
        try self.init(bare: inner.trimmingCharacters(in: .whitespaces), name: name.isEmpty ? nil : name)
    }

    private init(bare a: String, name: String?) throws {
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
        displayName = name
    }

    /// The words of this address in a header: `li@gov.cn`, or the name (quoted, or as RFC 2047
    /// encoded-words when it is not plain ASCII) followed by `<li@gov.cn>`.
    var headerWords: [String] {
        guard let displayName else { return [address] }
        // A quoted-string may fold at its spaces (RFC 5322 §3.2.4), so it goes word by word.
        let name = EncodedWord.isPlainHeaderText(displayName)
            ? MIMEParameter.quotedString(displayName).split(separator: " ").map(String.init)
            : EncodedWord.encode(displayName)
        return name + ["<\(address)>"]
    }

    /// Parses a comma-separated list (`a@x.cn,b@y.cn`; a comma inside a quoted name does not
    /// split); empty items are skipped, duplicates (compared case-insensitively) are kept once,
    /// in first-seen order.
    public static func list(_ text: String) throws -> [MailAddress] {
        var seen = Set<String>(), out: [MailAddress] = []
        var items: [String] = [], current = "", quoted = false, escaped = false
        for ch in text {
            if ch == "," && !quoted {
                items.append(current)
                current = ""
                continue
            }
            if ch == "\"" && !escaped { quoted.toggle() }
            escaped = ch == "\\" && !escaped
            current.append(ch)
        }
        items.append(current)
        for item in items where !item.trimmingCharacters(in: .whitespaces).isEmpty {
            let a = try MailAddress(String(item))
            if seen.insert(a.address.lowercased()).inserted { out.append(a) }
        }
        return out
    }
}
