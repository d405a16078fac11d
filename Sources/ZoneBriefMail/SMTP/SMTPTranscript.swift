/// What was said on one SMTP connection, collected from libcurl's debug callback (commands
/// out, replies in), with every credential removed as it arrives: an AUTH exchange is kept
/// as `AUTH PLAIN` followed by `<credentials>`, and all text passes through a ``Scrubber``.
///
/// From it: the reply to each `RCPT TO` (which recipients were refused), whether the server
/// accepted the message after `DATA`, and the server's last words for error messages.
public struct SMTPTranscript: Sendable, Equatable {
    /// One line of the conversation.
    public enum Line: Sendable, Equatable {
        case command(String)
        case reply(String)
    }

    /// The conversation so far, in order.
    public private(set) var lines: [Line] = []
    private var scrubber: Scrubber?
    private var inAuth = false
    private var partialIn = "", partialOut = ""

    public init(scrubber: Scrubber? = nil) { self.scrubber = scrubber }

    public static func == (a: Self, b: Self) -> Bool { a.lines == b.lines }

    /// Adds bytes the client sent (CURLINFO_HEADER_OUT); they may hold several lines or part of one.
    public mutating func commandBytes(_ text: String) {
        for line in Self.split(&partialOut, text) { command(line) }
    }

    /// Adds bytes the server sent (CURLINFO_HEADER_IN).
    public mutating func replyBytes(_ text: String) {
        for line in Self.split(&partialIn, text) { reply(line) }
    }

    mutating func command(_ line: String) {
        if inAuth {
            lines.append(.command("<credentials>"))
            return
        }
        let words = line.split(separator: " ", maxSplits: 2)
        if words.first?.uppercased() == "AUTH" {
            inAuth = true
            lines.append(.command(words.prefix(2).joined(separator: " ")))
            return
        }
        lines.append(.command(scrubber?.scrub(line) ?? line))
    }

    mutating func reply(_ line: String) {
        let clean = scrubber?.scrub(line) ?? line
        lines.append(.reply(clean))
        if inAuth, let code = Self.finalCode(clean), code != 334 { inAuth = false }
    }

    /// The reply code when `line` ends a reply (`250 OK`, not `250-PIPELINING`).
    static func finalCode(_ line: String) -> Int? {
        let chars = Array(line.utf8.prefix(4))
        guard chars.count >= 3, chars[0..<3].allSatisfy({ (48...57).contains($0) }) else { return nil }
        if chars.count == 4 && chars[3] != UInt8(ascii: " ") { return nil }
        return Int(String(decoding: chars[0..<3], as: UTF8.self))
    }

    /// Each whole reply: its code and its lines joined by " / ", in order, after each command.
    struct Exchange {
        var command: String?
        var code: Int
        var text: String
    }

    var exchanges: [Exchange] {
        var out: [Exchange] = [], pending: String?, replyLines: [String] = []
        for line in lines {
            switch line {
            case let .command(c): pending = c
            case let .reply(r):
                replyLines.append(r)
                if let code = Self.finalCode(r) {
                    out.append(Exchange(command: pending, code: code, text: replyLines.joined(separator: " / ")))
                    pending = nil
                    replyLines = []
                }
            }
        }
        return out
    }

    /// The reply to `RCPT TO:<address>` for each recipient the client named, by lowercased address.
    public var recipientReplies: [String: (code: Int, text: String)] {
        var out: [String: (code: Int, text: String)] = [:]
        for e in exchanges {
            guard let c = e.command, c.uppercased().hasPrefix("RCPT TO:") else { continue }
            let address = c.dropFirst("RCPT TO:".count).trimmingCharacters(in: "<> ")
            out[address.lowercased()] = (e.code, e.text)
        }
        return out
    }

    /// True once the server answered 2xx to the end of the message data: from then on the mail
    /// is delivered and must not be sent again.
    public var messageAccepted: Bool {
        var afterData = false
        for e in exchanges {
            if afterData { return (200..<300).contains(e.code) }
            if e.command?.uppercased() == "DATA", e.code == 354 { afterData = true }
        }
        return false
    }

    /// True when any reply was a permanent refusal (5xx): trying again would not help.
    public var hasPermanentFailure: Bool { exchanges.contains { $0.code >= 500 } }

    /// The code of the server's last complete reply.
    public var lastCode: Int? { exchanges.last?.code }

    /// The server's last reply, for error messages (nil when it never said anything).
    public var lastReply: String? { exchanges.last?.text }

    /// The last reply that was an error (4xx/5xx), which usually explains a failure best.
    public var lastErrorReply: String? { exchanges.last { $0.code >= 400 }?.text }

    /// The conversation as text, `> ` for the client and `< ` for the server.
    public var text: String {
        lines.map { line in
            switch line {
            case let .command(c): return "> " + c
            case let .reply(r): return "< " + r
            }
        }.joined(separator: "\n")
    }

    private static func split(_ partial: inout String, _ text: String) -> [String] {
        partial += text
        var out: [String] = []
        while let nl = partial.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
            var line = String(partial[..<nl])
            if line.hasSuffix("\r") { line.removeLast() }
            out.append(line)
            partial = String(partial[partial.index(after: nl)...])
        }
        return out
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
