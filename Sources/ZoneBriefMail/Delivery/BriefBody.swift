import Foundation
import ZoneBriefCore

/// What a brief's message shows: HTML with the plain text as its alternative (the default), or
/// plain text only.
public enum BodyFormat: String, Sendable, CaseIterable {
    case text, html
}

/// The words around the attachment: the body text, the HTML body and the subject of a brief's e-mail.
///
/// The body is, in order of preference: the file given with `--body-file`; the summary the `brief`
/// command writes beside the PDF (`<stem>.summary.txt`: period, zones, three headline figures);
/// else a short generic note naming the file. The HTML body is the page the `brief` command
/// writes beside the PDF (`<stem>.mail.html`: cards, sentences, zones, one chart).
public enum BriefBody {
    /// `reports/brief.pdf` → `reports/brief.summary.txt`.
    public static func summaryPath(forAttachment path: String) -> String {
        let ns = path as NSString
        return (ns.deletingPathExtension as NSString).appendingPathExtension("summary.txt") ?? ns.deletingPathExtension + ".summary.txt"
    }

    /// `reports/brief.pdf` → `reports/brief.mail.html`.
    public static func htmlPath(forAttachment path: String) -> String {
        let ns = path as NSString
        return (ns.deletingPathExtension as NSString).appendingPathExtension("mail.html") ?? ns.deletingPathExtension + ".mail.html"
    }

    /// The HTML body for a message carrying `attachmentPath`: the page beside it, or nil. A brief
    /// with a summary but no page (made by an older zonebrief), or a page that cannot be read, is
    /// a warning: the message is then plain text.
    public static func html(forAttachment attachmentPath: String) -> Warned<String?> {
        let page = htmlPath(forAttachment: attachmentPath)
        guard FileManager.default.fileExists(atPath: page) else {
            guard FileManager.default.fileExists(atPath: summaryPath(forAttachment: attachmentPath)) else { return Warned(nil) }
            return Warned(nil, diagnostics: [Diagnostic(file: page, "no HTML body beside the PDF (make the brief again to have one); the message is plain text")])
        }
        do {
            return Warned(try readText(page))
        } catch let error as MailError {
            let reason: String
            if case let .unreadable(_, r) = error { reason = r } else { reason = "\(error)" }
            return Warned(nil, diagnostics: [Diagnostic(file: page, "cannot use the HTML body (\(reason)); the message is plain text")])
        } catch {
            return Warned(nil, diagnostics: [Diagnostic(file: page, "cannot use the HTML body (\(error)); the message is plain text")])
        }
    }

    /// The body for a message carrying `attachmentPath`. Throws ``MailError/unreadable(path:reason:)``
    /// when `bodyFile` is given and cannot be read as UTF-8 text; a summary that is there but
    /// unusable is a warning, and the generic note is used.
    public static func text(forAttachment attachmentPath: String, bodyFile: String? = nil) throws -> Warned<String> {
        if let bodyFile { return Warned(try readText(bodyFile)) }
        let summary = summaryPath(forAttachment: attachmentPath)
        let generic = generic(fileName: (attachmentPath as NSString).lastPathComponent)
        guard FileManager.default.fileExists(atPath: summary) else { return Warned(generic) }
        do {
            let text = try readText(summary)
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                return Warned(generic, diagnostics: [Diagnostic(file: summary, "the summary is empty; the body is a generic note")])
            }
            return Warned(text)
        } catch let error as MailError {
            let reason: String
            if case let .unreadable(_, r) = error { reason = r } else { reason = "\(error)" }
            return Warned(generic, diagnostics: [Diagnostic(file: summary, "cannot use the summary (\(reason)); the body is a generic note")])
        }
    }

    /// The note used when there is no summary.
    public static func generic(fileName: String) -> String {
        """
        您好：

        附件《\(fileName)》是高新区主要经济指标对比简报，请查收。
        简报由 zonebrief 根据公开报道整理，各项数据均注明出处，以原文为准。

        此邮件由 zonebrief 自动发送。
        """
    }

    /// The default subject: `高新区对比简报：brief`.
    public static func subject(forAttachment path: String) -> String {
        "高新区对比简报：" + ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    static func readText(_ path: String) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw MailError.unreadable(path: path, reason: MailError.reason(error))
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw MailError.unreadable(path: path, reason: "it is not UTF-8 text")
        }
        return text
    }
}
