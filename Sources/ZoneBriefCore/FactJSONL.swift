/// Writes facts as JSON Lines in the exact key order of FACTS.md. Hand-written rather than
/// `JSONEncoder` so the order, number forms and escaping are fixed and output is byte-stable.
public enum FactJSONL {
    /// One line (without the trailing newline).
    public static func line(_ f: Fact) -> String {
        var s = "{\"zone\": "
        s.reserveCapacity(256 + f.source.quote.utf8.count)
        appendString(f.zone, to: &s)
        s += ", \"entity\": \""; s += f.entity.rawValue
        s += "\", \"metric\": \""; s += f.metric.rawValue; s += "\", \"label\": "
        if let l = f.label { appendString(l, to: &s) } else { s += "null" }
        s += ", \"value\": "; s += NumberText.plain(f.value)
        s += ", \"unit\": \""; s += f.unit.rawValue; s += "\", \"period\": "
        if let p = f.period {
            s += "{\"start\": "
            if let st = p.start { s += "\"\(st)\"" } else { s += "null" }
            s += ", \"end\": \"\(p.end)\"}"
        } else {
            s += "null"
        }
        s += ", \"yoy_pct\": "; s += f.yoyPct.map(NumberText.rate) ?? "null"
        s += ", \"target_pct\": "; s += f.targetPct.map(NumberText.rate) ?? "null"
        s += ", \"kind\": \""; s += f.kind.rawValue; s += "\", \"approx\": "
        if let a = f.approx { s += "\"\(a.rawValue)\"" } else { s += "null" }
        s += ", \"source\": {\"file\": "; appendString(f.source.file, to: &s)
        s += ", \"line\": \(f.source.line), \"quote\": "; appendString(f.source.quote, to: &s)
        if let d = f.source.date { s += ", \"date\": "; appendString(d, to: &s) }
        s += "}}"
        return s
    }

    /// Appends `text` as a JSON string literal (RFC 8259 escaping; non-ASCII kept as UTF-8).
    public static func appendString(_ text: String, to s: inout String) {
        s += "\""
        for u in text.unicodeScalars {
            switch u {
            case "\"": s += "\\\""
            case "\\": s += "\\\\"
            case "\n": s += "\\n"
            case "\r": s += "\\r"
            case "\t": s += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                s += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: s.unicodeScalars.append(u)
            }
        }
        s += "\""
    }
}
