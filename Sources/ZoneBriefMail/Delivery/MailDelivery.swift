import Foundation
import ZoneBriefCore

/// A brief to deliver: the PDF, who gets it, and the words around it.
public struct MailRequest: Sendable, Equatable {
    /// The PDF to attach.
    public var attachmentPath: String
    public var from: MailAddress
    public var to: [MailAddress]
    public var cc: [MailAddress]
    /// nil: ``BriefBody/subject(forAttachment:)``.
    public var subject: String?
    /// The body text; nil: ``BriefBody/text(forAttachment:bodyFile:)`` (the summary or a generic note).
    public var body: String?
    /// One message per recipient (To and Cc alike, each addressed to that person alone)
    /// instead of one message to all.
    public var each: Bool
    /// `.html`: the page beside the PDF (``BriefBody/html(forAttachment:)``) with the text as its
    /// alternative, when there is one and `body` is nil (a body of one's own goes as plain text);
    /// `.text`: plain text only.
    public var format: BodyFormat

    public init(attachmentPath: String, from: MailAddress, to: [MailAddress], cc: [MailAddress] = [],
                subject: String? = nil, body: String? = nil, each: Bool = false, format: BodyFormat = .html) {
        self.attachmentPath = attachmentPath
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.body = body
        self.each = each
        self.format = format
    }
}

/// Delivering a brief: build the message(s), then send them or write them to .eml files.
///
/// ```swift
/// // What `zonebrief brief --mail-to` calls after rendering:
/// let settings = try SMTPConfigFile.load(explicitPath: nil, environment: env).value
/// let report = try MailDelivery.send(pdf: "reports/brief.pdf", body: summary,
///                                    to: try MailAddress.list("a@x.cn,b@y.cn"), settings: settings)
/// report.value.allDelivered
/// ```
public enum MailDelivery {
    /// The messages for `request`: one to all, or one per recipient. `stamp` gives each its
    /// date and Message-ID (``MessageStamp/fresh(domain:now:timeZone:)`` by default). A summary
    /// beside the PDF that cannot be used is a warning.
    public static func messages(
        for request: MailRequest,
        stamp: (MailAddress) -> MessageStamp = { MessageStamp.fresh(domain: $0.domain) }
    ) throws -> Warned<[MailMessage]> {
        guard !request.to.isEmpty else { throw MailError.noRecipients }
        let attachment = try Attachment(contentsOf: request.attachmentPath)
        let body = try request.body.map { Warned($0) } ?? BriefBody.text(forAttachment: request.attachmentPath)
        let html = request.format == .html && request.body == nil
            ? BriefBody.html(forAttachment: request.attachmentPath) : Warned(nil)
        let subject = request.subject ?? BriefBody.subject(forAttachment: request.attachmentPath)
        func message(to: [MailAddress], cc: [MailAddress]) -> MailMessage {
            MailMessage(from: request.from, to: to, cc: cc, subject: subject, body: body.value, html: html.value,
                        attachments: [attachment], stamp: stamp(request.from))
        }
        let diagnostics = body.diagnostics + html.diagnostics
        if request.each {
            var seen = Set<String>()
            let each = (request.to + request.cc).filter { seen.insert($0.address.lowercased()).inserted }
                .map { message(to: [$0], cc: []) }
            return Warned(each, diagnostics: diagnostics)
        }
        let toSet = Set(request.to.map { $0.address.lowercased() })
        let one = message(to: request.to, cc: request.cc.filter { !toSet.contains($0.address.lowercased()) })
        return Warned([one], diagnostics: diagnostics)
    }

    /// Each message with its bytes, checked against `limit` before anything goes out: throws
    /// ``MailError/tooLarge(bytes:limit:)`` for the first that is over it.
    public static func rendered(_ messages: [MailMessage], limit: Int) throws -> [(message: MailMessage, bytes: Data)] {
        let all = messages.map { ($0, $0.rendered()) }
        for (_, bytes) in all { try MessageSize.check(bytes: bytes.count, limit: limit) }
        return all
    }

    /// The line that tells a message's size before it is sent: `message to a@x.cn, b@y.cn:
    /// 1.3 MB (PDF 1.2 MB; limit 20 MB)`.
    public static func sizeLine(_ message: MailMessage, bytes: Int, limit: Int) -> String {
        let attached = message.attachments.map { a in
            let kind = a.contentType.split(separator: "/").last.map { $0.uppercased() } ?? "attachment"
            return "\(kind) \(MessageSize.text(a.data.count))"
        }
        return "message to \(message.recipients.map(\.address).joined(separator: ", ")): \(MessageSize.text(bytes)) ("
            + (attached + ["limit \(MessageSize.text(limit))"]).joined(separator: "; ") + ")"
    }

    /// Sends every message through `transport`; one recipient's failure never stops the others.
    public static func send(_ messages: [MailMessage], via transport: any MailTransport) -> DeliveryReport {
        send(rendered: messages.map { ($0, $0.rendered()) }, via: transport)
    }

    /// Sends messages already rendered (``rendered(_:limit:)``).
    public static func send(rendered messages: [(message: MailMessage, bytes: Data)], via transport: any MailTransport) -> DeliveryReport {
        var outcomes: [DeliveryReport.Outcome] = []
        for (message, bytes) in messages {
            let result = transport.send(bytes, from: message.from, to: message.recipients)
            for address in message.recipients {
                let status: DeliveryReport.Status
                if let refusal = result.refused.first(where: { $0.address == address }) {
                    status = .refused(reply: refusal.reply)
                } else if let failure = result.failure {
                    status = .failed(failure)
                } else {
                    status = .delivered
                }
                outcomes.append(.init(address: address, status: status, tries: result.tries))
            }
        }
        return DeliveryReport(outcomes: outcomes, messageCount: messages.count)
    }

    /// Writes the messages to `path` (one) or to `path`'s per-recipient siblings (several);
    /// returns the paths written with each message's size.
    public static func writeEML(_ messages: [MailMessage], to path: String) throws -> [(path: String, bytes: Int)] {
        try messages.map { m in
            let p = EMLWriter.path(path, recipient: m.recipients[0], count: messages.count)
            let bytes = m.rendered()
            try EMLWriter.write(bytes, to: p)
            return (p, bytes.count)
        }
    }

    /// The one call for other commands: sends the PDF at `pdf` with `body` (nil: the summary
    /// beside the PDF, or a generic note; with `format` `.html`, the HTML page beside it too) to
    /// `to`, through the server `settings` name. Throws ``MailError`` for a request that cannot be
    /// sent at all (no server, no sender, unreadable PDF, missing password, a message over the
    /// size limit); the report says who got it. Warnings (a password file others can read, a
    /// login allowed in clear text) go to `warn` before anything is sent when it is given, else
    /// come back beside the report. `announce` hears each message's size
    /// (``sizeLine(_:bytes:limit:)``) before anything is sent.
    public static func send(pdf: String, body: String?, to: [MailAddress], cc: [MailAddress] = [],
                            subject: String? = nil, each: Bool = false, format: BodyFormat = .html,
                            settings: SMTPSettings,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            log: (@Sendable (String) -> Void)? = nil,
                            warn: (([Diagnostic]) -> Void)? = nil,
                            announce: ((String) -> Void)? = nil) throws -> Warned<DeliveryReport> {
        guard let fromText = settings.from else { throw MailError.noSender }
        let request = MailRequest(attachmentPath: pdf, from: try MailAddress(fromText), to: to, cc: cc,
                                  subject: subject, body: body, each: each, format: format)
        let server = try settings.server(environment: environment)
        let messages = try messages(for: request)
        var diagnostics = server.diagnostics + messages.diagnostics
        if let warn {
            warn(diagnostics)
            diagnostics = []
        }
        let limit = MessageSize.limit(settings)
        let rendered = try rendered(messages.value, limit: limit)
        for (m, bytes) in rendered { announce?(sizeLine(m, bytes: bytes.count, limit: limit)) }
        let transport = SMTPTransport(server: server.value, retry: settings.retryPolicy, log: log)
        return Warned(send(rendered: rendered, via: transport), diagnostics: diagnostics)
    }
}
