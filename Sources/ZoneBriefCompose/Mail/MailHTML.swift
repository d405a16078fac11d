import ZoneBriefLayout

/// The HTML body of a brief's e-mail, from its ``MailDigest``: title and period, the headline
/// cards, the summary sentences, the zones with their key figure, one chart, and a line saying the
/// PDF is attached and where every number comes from.
///
///     let page = MailHTML.page(MailDigest(document), chartImage: "data:image/png;base64,…",
///                              attachmentName: "brief.pdf")
///
/// Written for mail readers, not browsers: inline styles only, tables for layout, no script,
/// no link, nothing fetched from outside (the chart comes inside the message), at most 640 px wide
/// and fluid below that (cards wrap, the chart scales), explicit light backgrounds behind every
/// text so a reader's dark mode cannot leave dark text on a dark page, and a font stack of the
/// systems' CJK fonts. Every text is escaped.
public enum MailHTML {
    /// The widest the message gets, in CSS pixels.
    public static let maxWidth = 640
    /// The chart's width in the PNG's layout, in points: near a phone's width, so its type stays
    /// readable at 375 px; wider screens show it larger, up to ``chartMaxWidth``.
    public static let chartLayoutWidth = 320.0
    public static let chartMaxWidth = 560
    /// The chart's type, relative to the PDF's: larger, for a phone.
    public static let chartTextScale = 1.3

    static let fonts = "-apple-system,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Helvetica Neue',Arial,sans-serif"
    static let page = "#eef1f5", paper = "#ffffff", ink = "#1f1f1f", muted = "#5a5f66", rule = "#d9dee5", zebra = "#f4f6f9"

    public static func page(_ d: MailDigest, chartImage: String?, attachmentName: String) -> String {
        var h = ""
        h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta name=\"color-scheme\" content=\"light\">\n<meta name=\"supported-color-schemes\" content=\"light\">\n"
        h += "<title>\(escape(d.title))</title>\n</head>\n"
        h += "<body style=\"margin:0;padding:0;background-color:\(page);color:\(ink);font-family:\(fonts);\">\n"
        h += "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"\(page)\" style=\"width:100%;background-color:\(page);\">\n"
        h += "<tr><td align=\"center\" style=\"padding:12px 6px;\">\n"
        h += "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"\(paper)\" style=\"width:100%;max-width:\(maxWidth)px;background-color:\(paper);border-collapse:collapse;\">\n"
        h += header(d)
        h += cards(d.cards)
        h += sentences(d.sentences)
        h += zones(d)
        if let chart = d.chart, let chartImage { h += self.chart(chart, image: chartImage) }
        h += closing(d.notes, attachmentName: attachmentName)
        h += "</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
        return h
    }

    static func row(_ content: String, padding: String = "0 16px 12px") -> String {
        "<tr><td style=\"padding:\(padding);background-color:\(paper);\">\(content)</td></tr>\n"
    }

    static func header(_ d: MailDigest) -> String {
        var s = "<tr><td style=\"padding:18px 16px 12px;background-color:#1f4e79;color:#ffffff;\">"
        s += "<div style=\"font-size:21px;line-height:1.3;font-weight:bold;color:#ffffff;\">\(escape(d.title))</div>"
        s += "<div style=\"font-size:14px;line-height:1.5;color:#ffffff;margin-top:4px;\">统计期：\(escape(d.period))</div>"
        for f in d.coverFacts {
            s += "<div style=\"font-size:13px;line-height:1.5;color:#e6edf5;\">\(escape(f.label))：\(escape(f.value))</div>"
        }
        return s + "</td></tr>\n"
    }

    /// Cards side by side where they fit (three at 640 px), one under another on a phone.
    static func cards(_ cards: [Card]) -> String {
        guard !cards.isEmpty else { return "" }
        var s = "<div style=\"text-align:center;font-size:0;\">"
        for c in cards {
            let accent = c.accent?.hexString ?? "#1F4E79"
            s += "<div style=\"display:inline-block;vertical-align:top;width:100%;max-width:186px;margin:0 2px 8px;text-align:left;\">"
            s += "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#f4f6f9\" style=\"width:100%;background-color:#f4f6f9;border-left:4px solid \(accent);\">"
            s += "<tr><td style=\"padding:10px 10px 10px 12px;background-color:#f4f6f9;\">"
            s += "<div style=\"font-size:13px;line-height:1.4;color:\(muted);\">\(escape(c.label))</div>"
            s += "<div style=\"font-size:26px;line-height:1.25;font-weight:bold;color:\(accent);\">\(escape(c.value))"
            s += "<span style=\"font-size:14px;font-weight:normal;color:\(ink);\">\(escape(c.unit))</span></div>"
            s += "<div style=\"font-size:12px;line-height:1.45;color:\(muted);\">\(escape(c.note))</div>"
            s += "</td></tr></table></div>"
        }
        return row(s + "</div>", padding: "14px 10px 4px")
    }

    static func sentences(_ sentences: [String]) -> String {
        guard !sentences.isEmpty else { return "" }
        var s = sectionTitle("摘要")
        for text in sentences {
            s += "<p style=\"margin:0 0 8px;font-size:15px;line-height:1.65;color:\(ink);\">"
            s += "<span style=\"color:#1f4e79;\">■</span>&#8194;\(escape(text))</p>"
        }
        return row(s)
    }

    static func zones(_ d: MailDigest) -> String {
        guard !d.zoneRows.isEmpty else { return "" }
        var s = sectionTitle("园区一览")
        s += "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;table-layout:fixed;border-collapse:collapse;font-size:14px;line-height:1.5;\">"
        let widths = d.zoneColumns.count == 2 ? ["36%", "64%"] : d.zoneColumns.map { _ in "" }
        s += "<tr>"
        for (title, w) in zip(d.zoneColumns, widths) {
            s += "<th align=\"left\" style=\"\(w.isEmpty ? "" : "width:\(w);")padding:6px 8px;background-color:#1f4e79;color:#ffffff;font-weight:bold;text-align:left;\">\(escape(title))</th>"
        }
        s += "</tr>"
        for (i, cells) in d.zoneRows.enumerated() {
            let bg = i % 2 == 1 ? zebra : paper
            s += "<tr>"
            for (k, cell) in cells.enumerated() {
                let color = cell.color?.hexString ?? ink
                s += "<td style=\"padding:6px 8px;background-color:\(bg);color:\(color);border-bottom:1px solid \(rule);vertical-align:top;word-break:break-word;overflow-wrap:anywhere;\(k == 0 || cell.bold ? "font-weight:bold;" : "")\">\(escape(cell.text))</td>"
            }
            s += "</tr>"
        }
        return row(s + "</table>")
    }

    static func chart(_ c: MailDigest.Chart, image: String) -> String {
        var s = sectionTitle(c.title)
        let alt = [c.title, c.chart.unitCaption ?? ""].filter { !$0.isEmpty }.joined(separator: "，")
        s += "<img src=\"\(escape(image))\" width=\"\(chartMaxWidth)\" alt=\"\(escape(alt))\" style=\"display:block;width:100%;max-width:\(chartMaxWidth)px;height:auto;border:1px solid \(rule);background-color:#ffffff;\">"
        return row(s)
    }

    /// The attachment and where the numbers come from, then the summary's own notes.
    static func closing(_ notes: [String], attachmentName: String) -> String {
        var s = "<p style=\"margin:4px 0 8px;font-size:14px;line-height:1.6;color:\(ink);\">完整简报见附件《\(escape(attachmentName))》（PDF）。"
        s += "本邮件的每个数字都与 PDF 相同，其原文出处（文件、行号和原句）见 PDF 附录“数据来源”。</p>"
        for n in notes {
            s += "<p style=\"margin:0 0 8px;font-size:12px;line-height:1.6;color:\(muted);\">\(escape(n))</p>"
        }
        s += "<p style=\"margin:8px 0 0;font-size:12px;line-height:1.6;color:\(muted);\">此邮件由 zonebrief 自动生成。</p>"
        return row(s, padding: "8px 16px 18px")
    }

    static func sectionTitle(_ text: String) -> String {
        "<div style=\"margin:10px 0 8px;padding-bottom:4px;border-bottom:2px solid #1f4e79;font-size:17px;line-height:1.4;font-weight:bold;color:#1f4e79;\">\(escape(text))</div>"
    }

    /// `text` with `& < > " '` written as entities: nothing in it can open a tag or end an attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
