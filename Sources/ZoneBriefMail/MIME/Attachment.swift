import Foundation

/// A file carried by a message: its name as the reader will see it, its MIME type and bytes.
public struct Attachment: Sendable, Equatable {
    /// The name shown to the reader (`肇庆高新区简报.pdf`); no directories.
    public var fileName: String
    /// `application/pdf` for a brief.
    public var contentType: String
    public var data: Data

    public init(fileName: String, contentType: String = "application/pdf", data: Data) {
        self.fileName = fileName
        self.contentType = contentType
        self.data = data
    }

    /// Reads the file at `path`; the attachment takes the file's last path component as its name.
    /// Throws ``MailError/unreadable(path:reason:)``.
    public init(contentsOf path: String, contentType: String = "application/pdf") throws {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            self.init(fileName: (path as NSString).lastPathComponent, contentType: contentType, data: data)
        } catch {
            throw MailError.unreadable(path: path, reason: MailError.reason(error))
        }
    }

    /// The MIME part's header fields: type with an RFC 2047 `name` (for older readers) and a
    /// disposition with the RFC 2231 `filename*` (what current readers use) for names that are
    /// not short plain ASCII.
    var headerFields: [HeaderField] {
        let plain = MIMEParameter.isPlain(fileName)
        let name: [[String]] = plain
            ? [MIMEParameter.quoted("name", value: fileName)]
            : [Self.quotedEncodedWords("name", EncodedWord.encode(fileName))]
        let filename: [[String]] = plain
            ? [MIMEParameter.quoted("filename", value: fileName)]
            : MIMEParameter.rfc2231("filename", value: fileName).map { [$0] }
        return [
            HeaderField("Content-Type", words: Self.parameterList(contentType, name)),
            HeaderField("Content-Transfer-Encoding", words: ["base64"]),
            HeaderField("Content-Disposition", words: Self.parameterList("attachment", filename)),
        ]
    }

    /// `name="=?UTF-8?B?…?= =?UTF-8?B?…?="`, one word per encoded-word so the field can fold
    /// between them; a reader unfolds and decodes adjacent encoded-words as one text.
    static func quotedEncodedWords(_ attribute: String, _ words: [String]) -> [String] {
        guard words.count > 1 else { return ["\(attribute)=\"\(words.first ?? "")\""] }
        var out = words
        out[0] = "\(attribute)=\"" + out[0]
        out[out.count - 1] += "\""
        return out
    }

    /// `value;` followed by the parameters (each one or more foldable words), with `;` after
    /// every parameter but the last.
    static func parameterList(_ value: String, _ parameters: [[String]]) -> [String] {
        var words = [value + (parameters.isEmpty ? "" : ";")]
        for (i, p) in parameters.enumerated() {
            var p = p
            if i < parameters.count - 1, !p.isEmpty { p[p.count - 1] += ";" }
            words += p
        }
        return words
    }
}
