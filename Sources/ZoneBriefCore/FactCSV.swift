/// Facts as CSV (RFC 4180): the columns `render` reads first, then the optional ones.
/// `zone,entity,metric,label,period_start,period_end,value,unit,yoy_pct,target_pct,kind,approx,file,line,quote,article_date`
public enum FactCSV {
    /// The columns a facts file must have for `zonebrief render`.
    public static let requiredColumns = ["zone", "metric", "label", "period_start", "period_end",
                                         "value", "unit", "yoy_pct", "kind"]
    /// Every column, in the order `extract --format csv` and `brief.facts.csv` write them.
    public static let columns = ["zone", "entity", "metric", "label", "period_start", "period_end", "value", "unit",
                                 "yoy_pct", "target_pct", "kind", "approx", "file", "line", "quote", "article_date"]

    public static var header: String { columns.joined(separator: ",") }

    public static func row(_ f: Fact) -> String {
        let fields: [String] = [
            f.zone, f.entity.rawValue, f.metric.rawValue, f.label ?? "",
            f.period?.start?.description ?? "", f.period?.end.description ?? "",
            NumberText.plain(f.value), f.unit.rawValue,
            f.yoyPct.map(NumberText.rate) ?? "", f.targetPct.map(NumberText.rate) ?? "",
            f.kind.rawValue, f.approx?.rawValue ?? "",
            f.source.file, String(f.source.line), f.source.quote, f.source.date ?? "",
        ]
        return fields.map(field).joined(separator: ",")
    }

    /// A cell as written: formula-neutralised (`neutralized`), then quoted when it holds a comma,
    /// quote, CR or LF.
    public static func field(_ s: String) -> String {
        let s = neutralized(s)
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }

    // MARK: formulas

    /// The characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"):
    /// `=`, `+`, `-`, `@`, tab and carriage return.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `=HYPERLINK(…)` → `'=HYPERLINK(…)`: a cell a spreadsheet would run as a formula gets a
    /// leading single quote, which makes it text (OWASP's advice for CSV meant for spreadsheets).
    /// Plain numerals (`-2.1`, `1e-05`) stay numbers. A cell that already starts with quotes
    /// before such a character gets one more, so `restored` always gives back the exact text.
    public static func neutralized(_ s: String) -> String {
        needsQuote(s.unicodeScalars[...]) && !isPlainNumeral(s) ? "'" + s : s
    }

    /// The text of a cell `neutralized` wrote: `'=SUM(A1)` → `=SUM(A1)`; other cells unchanged
    /// (so a file saved by a spreadsheet, which drops the quote, reads the same).
    public static func restored(_ s: String) -> String {
        let u = s.unicodeScalars
        guard u.first == "'", needsQuote(u.dropFirst()) else { return s }
        return String(u.dropFirst())
    }

    /// Starts with a formula character, after any number of single quotes.
    private static func needsQuote(_ u: Substring.UnicodeScalarView) -> Bool {
        guard let first = u.first(where: { $0 != "'" }) else { return false }
        return formulaStarts.contains(first)
    }

    /// `-2.1`, `+3`, `1e-05`: what the number columns hold, a number to any spreadsheet.
    static func isPlainNumeral(_ s: String) -> Bool {
        var u = s.unicodeScalars[...]
        if u.first == "-" || u.first == "+" { u = u.dropFirst() }
        func digits() -> Int {
            let n = u.prefix { ("0"..."9").contains($0) }.count
            u = u.dropFirst(n)
            return n
        }
        guard digits() > 0 else { return false }
        if u.first == "." {
            u = u.dropFirst()
            guard digits() > 0 else { return false }
        }
        if u.first == "e" || u.first == "E" {
            u = u.dropFirst()
            if u.first == "-" || u.first == "+" { u = u.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return u.isEmpty
    }
}

