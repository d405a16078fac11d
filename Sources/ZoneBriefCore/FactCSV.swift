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

    /// Quotes a field when it holds a comma, quote, CR or LF.
    public static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }
}

