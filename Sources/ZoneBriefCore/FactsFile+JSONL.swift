import Foundation

/// JSON Lines facts: one object per line in the shape of FACTS.md. Blank lines are skipped; a
/// line that is not a JSON object, or whose fields fail the checks, is one diagnostic.
enum FactsFileJSONL {
    static func parse(_ text: String, file: String) -> Warned<[Fact]> {
        var facts: [Fact] = []
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
            } catch {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, "not a JSON object (JSON Lines needs one complete object per line)"))
                continue
            }
            guard let dict = object as? [String: Any] else {
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, "not a JSON object (JSON Lines needs one complete object per line)"))
                continue
            }
            switch row(dict, line: lineNumber) {
            case .failure(let message):
                diagnostics.append(Diagnostic(.error, file: file, line: lineNumber, message.message))
            case .success(let r):
                switch FactRowValidator.fact(from: r, file: file) {
                case .fact(let f, let warnings): facts.append(f); diagnostics += warnings
                case .bad(let d): diagnostics.append(d)
                }
            }
        }
        return Warned(facts, diagnostics: diagnostics)
    }

    /// Flattens the FACTS.md object into the same field names as the CSV columns.
    static func row(_ d: [String: Any], line: Int) -> Result<FactRow, FactRowValidator.Failure> {
        var fields: [String: FactRow.Raw] = [:]
        for key in ["zone", "entity", "metric", "label", "value", "unit", "yoy_pct", "target_pct", "kind", "approx"] {
            guard let v = d[key] else { continue }
            guard let raw = raw(v) else { return .failure(.init(message: "\(key) must be a string, a number or null")) }
            fields[key] = raw
        }
        if let p = d["period"], !(p is NSNull) {
            guard let pd = p as? [String: Any] else {
                return .failure(.init(message: "period must be an object {\"start\": …, \"end\": …} or null"))
            }
            for (key, name) in [("start", "period_start"), ("end", "period_end")] {
                guard let v = pd[key] else { continue }
                guard let raw = raw(v) else { return .failure(.init(message: "period.\(key) must be a string YYYY-MM or null")) }
                fields[name] = raw
            }
        }
        if let s = d["source"], !(s is NSNull) {
            guard let sd = s as? [String: Any] else {
                return .failure(.init(message: "source must be an object {\"file\", \"line\", \"quote\"} or null"))
            }
            for (key, name) in [("file", "file"), ("line", "line"), ("quote", "quote"), ("date", "article_date")] {
                guard let v = sd[key] else { continue }
                guard let raw = raw(v) else { return .failure(.init(message: "source.\(key) must be a string, a number or null")) }
                fields[name] = raw
            }
        }
        return .success(FactRow(fields: fields, line: line))
    }

    private static func raw(_ v: Any) -> FactRow.Raw? {
        if v is NSNull { return .null }
        if let s = v as? String { return .text(s) }
        if let n = v as? NSNumber {
            // JSON true/false also bridge to NSNumber; they are not figures.
            if String(cString: n.objCType) == "c" { return nil }
            return .number(n.doubleValue)
        }
        return nil
    }
}
