import Foundation

/// The words around the attachment: the body text and the subject of a brief's e-mail.
///
/// The body is, in order of preference: the file given with `--body`; the summary the `brief`
/// command writes beside the PDF (`<stem>.summary.txt`: period, zones, three headline figures);
/// else a short generic note naming the file.
public enum BriefBody {
    /// `reports/brief.pdf` → `reports/brief.summary.txt`.
    public static func summaryPath(forAttachment path: String) -> String {
        let ns = path as NSString
        return (ns.deletingPathExtension as NSString).appendingPathExtension("summary.txt") ?? ns.deletingPathExtension + ".summary.txt"
    }

    /// The body for a message carrying `attachmentPath`. Throws ``MailError/unreadable(path:reason:)``
    /// when `bodyFile` is given and cannot be read as UTF-8 text.
    public static func text(forAttachment attachmentPath: String, bodyFile: String? = nil) throws -> String {
        if let bodyFile { return try readText(bodyFile) }
        let summary = summaryPath(forAttachment: attachmentPath)
        if FileManager.default.fileExists(atPath: summary), let text = try? readText(summary),
           !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return text
        }
        return generic(fileName: (attachmentPath as NSString).lastPathComponent)
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
