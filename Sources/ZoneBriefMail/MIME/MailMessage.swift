import Foundation

/// One e-mail: a plain-text body, optionally an HTML alternative, and attachments, rendered as
/// RFC 5322 / MIME bytes.
///
/// ```swift
/// let m = MailMessage(from: sender, to: [a, b], subject: "高新区简报", body: "您好…",
///                     attachments: [pdf], stamp: .fresh(domain: sender.domain))
/// let bytes = m.rendered()   // multipart/mixed, CRLF, every line ≤ 78 characters
/// ```
///
/// The rendering is all ASCII: the subject as RFC 2047 encoded-words when it is not plain
/// ASCII, the body as base64 UTF-8 text, attachments as base64 with RFC 2231 file names.
///
/// With ``html``, the body is `multipart/alternative`: the plain text first (what a reader
/// without HTML shows, and the fallback), then the HTML, inside `multipart/related` with its
/// images when it shows any (``InlineImage``):
///
///     multipart/mixed
///       multipart/alternative
///         text/plain
///         multipart/related          (text/html alone when it has no image)
///           text/html                <img src="cid:image1.…">
///           image/png                Content-ID: <image1.…>
///       application/pdf              the brief
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var cc: [MailAddress]
    public var subject: String
    /// Plain text; line ends may be LF or CRLF (they are sent as CRLF).
    public var body: String
    /// An HTML page shown instead of `body` by readers that can; its `data:` images travel as
    /// inline parts. nil: plain text only.
    public var html: String?
    public var attachments: [Attachment]
    /// Date, Message-ID and boundary.
    public var stamp: MessageStamp

    public init(from: MailAddress, to: [MailAddress], cc: [MailAddress] = [], subject: String, body: String,
                html: String? = nil, attachments: [Attachment], stamp: MessageStamp) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.body = body
        self.html = html
        self.attachments = attachments
        self.stamp = stamp
    }

    /// Everyone the SMTP envelope names: To then Cc.
    public var recipients: [MailAddress] { to + cc }

    /// The top-level header fields, in the order they are written.
    public var headerFields: [HeaderField] {
        var fields = [HeaderField("From", words: from.headerWords)]
        if !to.isEmpty { fields.append(HeaderField("To", words: Self.addressWords(to))) }
        if !cc.isEmpty { fields.append(HeaderField("Cc", words: Self.addressWords(cc))) }
        fields.append(HeaderField("Subject", words: Self.subjectWords(subject)))
        fields.append(HeaderField("Date", stamp.rfc5322Date))
        fields.append(HeaderField("Message-ID", words: ["<\(stamp.messageID)>"]))
        fields.append(HeaderField("MIME-Version", words: ["1.0"]))
        fields.append(HeaderField("Content-Type", words: ["multipart/mixed;", "boundary=\"\(stamp.boundary)\""]))
        return fields
    }

    /// The whole message as it goes over the wire (before SMTP dot-stuffing, which the
    /// transport does) and into an .eml file: CRLF line ends, no line over 78 characters.
    public func rendered() -> Data {
        var out = Data()
        func put(_ lines: [String]) {
            for line in lines {
                out.append(contentsOf: line.utf8)
                out.append(contentsOf: [13, 10])
            }
        }
        for field in headerFields { put(field.lines) }
        put(["", "This is a multi-part message in MIME format.", "", "--" + stamp.boundary])
        if let html {
            let alternative = boundary("alt"), related = boundary("rel")
            put(HeaderField("Content-Type", words: ["multipart/alternative;", "boundary=\"\(alternative)\""]).lines)
            put(["", "--" + alternative])
            putText(body, subtype: "plain", into: &out)
            put(["--" + alternative])
            let (page, images) = InlineImage.extract(from: html, idSuffix: stamp.messageID)
            if images.isEmpty {
                putText(page, subtype: "html", into: &out)
            } else {
                put(HeaderField("Content-Type", words: ["multipart/related;", "type=\"text/html\";", "boundary=\"\(related)\""]).lines)
                put(["", "--" + related])
                putText(page, subtype: "html", into: &out)
                for image in images {
                    put(["--" + related])
                    for field in image.headerFields { put(field.lines) }
                    put([""])
                    Base64Lines.append(image.data, to: &out)
                }
                put(["--" + related + "--"])
            }
            put(["--" + alternative + "--"])
        } else {
            putText(body, subtype: "plain", into: &out)
        }
        for attachment in attachments {
            put(["--" + stamp.boundary])
            for field in attachment.headerFields { put(field.lines) }
            put([""])
            Base64Lines.append(attachment.data, to: &out)
        }
        put(["--" + stamp.boundary + "--"])
        return out
    }

    /// One text part: its type, base64 transfer encoding, then the UTF-8 text with CRLF line ends.
    private func putText(_ text: String, subtype: String, into out: inout Data) {
        for field in [HeaderField("Content-Type", words: ["text/\(subtype);", "charset=UTF-8"]),
                      HeaderField("Content-Transfer-Encoding", words: ["base64"])] {
            for line in field.lines { out.append(contentsOf: Array(line.utf8) + [13, 10]) }
        }
        out.append(contentsOf: [13, 10])
        Base64Lines.append(Data(Self.crlf(text).utf8), to: &out)
    }

    /// The boundary of a nested multipart: `=_alt` + the message's own, so that neither delimiter
    /// line starts with the other (`--=_zonebrief_…` and `--=_alt=_zonebrief_…`).
    func boundary(_ role: String) -> String { "=_\(role)" + stamp.boundary }

    /// `a@x.cn,` `=?UTF-8?B?…?=` `<b@y.cn>`: the field folds between words.
    static func addressWords(_ list: [MailAddress]) -> [String] {
        var words: [String] = []
        for (i, a) in list.enumerated() {
            var w = a.headerWords
            if i < list.count - 1 { w[w.count - 1] += "," }
            words += w
        }
        return words
    }

    /// Plain ASCII subjects go as they are; anything else as encoded-words.
    static func subjectWords(_ subject: String) -> [String] {
        let oneLine = subject.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if EncodedWord.isPlainHeaderText(oneLine) {
            return oneLine.split(separator: " ").map(String.init)
        }
        return EncodedWord.encode(oneLine)
    }

    /// Text with every line end as CRLF (the canonical form of text/plain, RFC 2045 §6.8).
    static func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
    }
}
