/// Unread figures (`UnreadFigure`) as text: a table line, JSON Lines, CSV.
public enum UnreadText {
    public static let csvHeader = "file,line,figure,reason,word,quote"

    /// `file:line  约122亿元  no metric word (营业收入)  | quote`
    public static func table(_ u: UnreadFigure) -> String {
        "\(u.file):\(u.line)\t\(u.figure)\t\(u.reason.rawValue)\(u.word.map { " (\($0))" } ?? "")\t\(u.quote)"
    }

    public static func jsonl(_ u: UnreadFigure) -> String {
        var s = "{\"file\": "
        FactJSONL.appendString(u.file, to: &s)
        s += ", \"line\": \(u.line), \"figure\": "
        FactJSONL.appendString(u.figure, to: &s)
        s += ", \"reason\": "
        FactJSONL.appendString(u.reason.rawValue, to: &s)
        s += ", \"word\": "
        if let w = u.word { FactJSONL.appendString(w, to: &s) } else { s += "null" }
        s += ", \"quote\": "
        FactJSONL.appendString(u.quote, to: &s)
        return s + "}"
    }

    public static func csv(_ u: UnreadFigure) -> String {
        [u.file, String(u.line), u.figure, u.reason.rawValue, u.word ?? "", u.quote].map(FactCSV.field).joined(separator: ",")
    }
}
