/// One row of a facts file before it is checked: field name → raw value, with the 1-based line
/// where the row starts. Both readers (JSONL, CSV) produce rows; `FactRowValidator` turns them
/// into facts or diagnostics, so both formats apply the very same checks.
struct FactRow {
    enum Raw: Equatable {
        case null
        case text(String)
        case number(Double)
        /// Text to take exactly as it is, not trimmed (a CSV cell whose formula guard was removed:
        /// `'\t=x` is the text `\t=x`).
        case literal(String)
    }

    var fields: [String: Raw]
    var line: Int
}

/// The checks a row must pass to become a fact. Each failure is one diagnostic naming the
/// file, the line and the field, in words an analyst fixing a spreadsheet can act on.
enum FactRowValidator {
    /// Largest magnitude accepted for a value (a yuan figure of a zone is far below 1e15).
    static let maxMagnitude = 1e18
    /// Largest magnitude accepted for a growth rate or a share of target, in percent.
    static let maxPercent = 1e6

    struct Failure: Error { var message: String }

    /// A row's fate: a fact (with warnings about it), or the diagnostic that says why it is not one.
    enum Outcome { case fact(Fact, [Diagnostic]), bad(Diagnostic) }

    static func fact(from row: FactRow, file: String) -> Outcome {
        do {
            // Control characters (NUL, bidi overrides…) are taken out of the text, with a warning.
            let cleaned = FactText.cleaned(try build(row, file: file))
            return .fact(cleaned.fact, FactText.warning(cleaned.changes, file: file, line: row.line).map { [$0] } ?? [])
        } catch let f as Failure {
            return .bad(Diagnostic(.error, file: file, line: row.line, f.message))
        } catch {
            return .bad(Diagnostic(.error, file: file, line: row.line, "\(error)"))
        }
    }

    private static func build(_ row: FactRow, file: String) throws -> Fact {
        let zone = try text(row, "zone", required: true)!
        let metricText = try text(row, "metric", required: true)!
        guard let metric = Metric(rawValue: metricText.lowercased()) else {
            throw Failure(message: "unknown metric \"\(metricText)\"; use one of the ids of FACTS.md (gdp, funds_in_place, …) or other with a label")
        }
        let label = try text(row, "label", required: false)
        if metric.requiresLabel && label == nil {
            throw Failure(message: "metric \(metric.rawValue) needs a label (the text's own name for what is measured)")
        }
        let unitText = try text(row, "unit", required: true)!
        guard let unit = FactUnit(rawValue: unitText) ?? FactUnit.allCases.first(where: { $0.rawValue.lowercased() == unitText.lowercased() }) else {
            throw Failure(message: "unknown unit \"\(unitText)\"; use one of \(FactUnit.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard metric.accepts(unit) else {
            throw Failure(message: "unit \(unit.rawValue) does not fit metric \(metric.rawValue) (a \(metric.family.rawValue) metric)")
        }
        guard let value = try number(row, "value", required: true) else {
            throw Failure(message: "value is empty")
        }
        guard abs(value) <= maxMagnitude else {
            throw Failure(message: "value \(NumberText.plain(value)) is out of range (|value| > 1e18)")
        }
        if value < 0 && unit != .percent {
            throw Failure(message: "value \(NumberText.plain(value)) is negative; a \(unit.rawValue) figure cannot be")
        }
        if unit == .count && value != value.rounded() {
            throw Failure(message: "value \(NumberText.plain(value)) is not a whole count")
        }
        let period = try self.period(row)
        let yoy = try number(row, "yoy_pct", required: false)
        let share = try number(row, "target_pct", required: false)
        for (name, v) in [("yoy_pct", yoy), ("target_pct", share)] {
            if let v, abs(v) > maxPercent { throw Failure(message: "\(name) \(v) is out of range (|\(name)| > 1e6)") }
        }
        if let share, share < 0 { throw Failure(message: "target_pct \(share) is negative") }
        let kindText = try text(row, "kind", required: true)!
        guard let kind = FactKind(rawValue: kindText.lowercased()) else {
            throw Failure(message: "unknown kind \"\(kindText)\"; use actual, estimate or target")
        }
        var approx: Approx? = nil
        if let a = try text(row, "approx", required: false) {
            guard let v = Approx(rawValue: a.lowercased()) else {
                throw Failure(message: "unknown approx \"\(a)\"; use about, over, under or leave it empty")
            }
            approx = v
        }
        let sourceFile = try text(row, "file", required: false) ?? file
        var sourceLine = row.line
        if let l = try number(row, "line", required: false) {
            guard l >= 1, l == l.rounded(), l < 1e9 else { throw Failure(message: "line \(NumberText.plain(l)) is not a 1-based line number") }
            sourceLine = Int(l)
        }
        let quote = try text(row, "quote", required: false) ?? ""
        var entity = Entity.guess(fromName: zone)
        if let e = try text(row, "entity", required: false) {
            guard let v = Entity(rawValue: e.lowercased()) else {
                throw Failure(message: "unknown entity \"\(e)\"; use one of \(Entity.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            entity = v
        }
        var date = try text(row, "article_date", required: false)
        if let d = date {
            guard Self.isArticleDate(d) else { throw Failure(message: "article_date \"\(d)\" is not a date YYYY-MM-DD or YYYY-MM") }
            date = d
        }
        return Fact(zone: zone, entity: entity, metric: metric, label: label, value: value, unit: unit, period: period,
                    yoyPct: yoy, targetPct: share, kind: kind, approx: approx,
                    source: SourceRef(file: sourceFile, line: sourceLine, quote: quote, date: date))
    }

    /// `2024-07-15` or `2024-07`.
    static func isArticleDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let m = Int(parts[1]), (1...12).contains(m) else { return false }
        if parts.count == 3 { guard let d = Int(parts[2]), (1...31).contains(d) else { return false } }
        return true
    }

    private static func period(_ row: FactRow) throws -> Period? {
        let start = try month(row, "period_start")
        let end = try month(row, "period_end")
        switch (start, end) {
        case (nil, nil): return nil
        case (.some, nil): throw Failure(message: "period_start is given but period_end is empty")
        case (let s, let e?):
            if let s, s > e { throw Failure(message: "period_start \(s) is after period_end \(e)") }
            return Period(start: s, end: e)
        }
    }

    private static func month(_ row: FactRow, _ name: String) throws -> YearMonth? {
        guard let raw = try text(row, name, required: false) else { return nil }
        if let m = YearMonth(text: raw) { return m }
        // A spreadsheet may show 2023-06 as 2023/06, 2023.06 or 2023年6月.
        let t = raw.replacing("/", with: "-").replacing(".", with: "-").replacing("年", with: "-").replacing("月", with: "")
        guard let m = YearMonth(text: t) else {
            throw Failure(message: "\(name) \"\(raw)\" is not a month YYYY-MM between 1900-01 and 2200-12")
        }
        return m
    }

    /// The field as trimmed text; nil when absent, null or empty (an error when `required`).
    private static func text(_ row: FactRow, _ name: String, required: Bool) throws -> String? {
        switch row.fields[name] ?? .null {
        case .null: break
        case .number(let v): return NumberText.plain(v)
        case .literal(let s): if !s.isEmpty { return s }
        case .text(let s):
            let t = s.trimmingWhitespace()
            if !t.isEmpty { return t }
        }
        if required { throw Failure(message: "\(name) is empty") }
        return nil
    }

    /// The field as a finite number; nil when absent, null or empty.
    private static func number(_ row: FactRow, _ name: String, required: Bool) throws -> Double? {
        let v: Double
        switch row.fields[name] ?? .null {
        case .null:
            if required { throw Failure(message: "\(name) is empty") }
            return nil
        case .number(let n): v = n
        case .text(let s), .literal(let s):
            // Thousands separators and a trailing % (a spreadsheet's percent format) are dropped.
            var t = s.trimmingWhitespace().replacing(",", with: "")
            if name.hasSuffix("_pct"), t.hasSuffix("%") { t.removeLast() }
            if t.isEmpty {
                if required { throw Failure(message: "\(name) is empty") }
                return nil
            }
            guard let n = Double(t) else { throw Failure(message: "\(name) \"\(s)\" is not a number") }
            v = n
        }
        guard v.isFinite else { throw Failure(message: "\(name) is not a finite number") }
        return v
    }
}

extension String {
    /// Without leading and trailing white space (ASCII and ideographic).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let a = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let b = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[a...b])
    }
}
