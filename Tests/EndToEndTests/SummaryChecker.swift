import Foundation

/// Reads a brief's words the way a careful manager would and checks every number against the
/// facts CSV written beside it: each figure must be the value, the stated growth or the stated
/// share of a fact of the zone it is written for, of the kind its mark says (预计 → estimate,
/// 目标 → target, none → actual) and of the period written with it.
///
/// A text unit is one sentence, one summary line, one card or one table row. In it, a number's
/// zone is the nearest zone name before it (else after it), its period the nearest period phrase
/// before it (else after it), and its kind the mark right before it (past 约/超/近, 同比, 增长/下降).
struct SummaryChecker {
    /// One row of the facts CSV, with the period as the brief prints it.
    struct CheckedFact {
        var zone: String
        var entity: String
        var value: Double
        var unit: String
        var periodText: String
        var periodEnd: String?
        var periodMonths: Int?
        var kind: String
        var yoy: Double?
        var targetPct: Double?
    }

    /// A number of a text unit and the fact it was matched to.
    struct Match {
        var number: String
        var fact: CheckedFact
    }

    let facts: [CheckedFact]
    /// Every name of the facts, longest first (so 南京高新区(江宁园) is found before 南京高新区).
    let names: [String]

    init(csvRows: [[String: String]]) {
        facts = csvRows.compactMap { row in
            guard let zone = row["zone"], let v = row["value"].flatMap(Double.init), let unit = row["unit"], let kind = row["kind"] else { return nil }
            let start = row["period_start"].flatMap { $0.isEmpty ? nil : $0 }
            let end = row["period_end"].flatMap { $0.isEmpty ? nil : $0 }
            return CheckedFact(zone: zone, entity: row["entity"] ?? "zone", value: v, unit: unit,
                               periodText: Self.periodText(start: start, end: end), periodEnd: end,
                               periodMonths: Self.months(start: start, end: end), kind: kind,
                               yoy: row["yoy_pct"].flatMap(Double.init), targetPct: row["target_pct"].flatMap(Double.init))
        }
        names = Array(Set(facts.map(\.zone))).sorted { $0.count > $1.count }
    }

    // MARK: Periods, as the brief writes them (an independent reading of FACTS.md periods)

    static func ym(_ s: String) -> (Int, Int)? {
        let p = s.split(separator: "-")
        guard p.count == 2, let y = Int(p[0]), let m = Int(p[1]) else { return nil }
        return (y, m)
    }

    static func months(start: String?, end: String?) -> Int? {
        guard let s = start.flatMap(ym), let e = end.flatMap(ym) else { return nil }
        return (e.0 * 12 + e.1) - (s.0 * 12 + s.1) + 1
    }

    /// `2023年上半年`, `2023年1—5月`, `截至2023年6月底`, `时间未注明` …
    static func periodText(start: String?, end: String?) -> String {
        guard let e = end.flatMap(ym) else { return "时间未注明" }
        guard let s = start.flatMap(ym) else { return "截至\(e.0)年\(e.1)月底" }
        if s.0 != e.0 { return "\(s.0)年\(s.1)月—\(e.0)年\(e.1)月" }
        let y = "\(s.0)年"
        switch (s.1, e.1) {
        case (1, 12): return y
        case (1, 6): return y + "上半年"
        case (7, 12): return y + "下半年"
        case let (a, b) where a == b: return y + "\(a)月"
        case let (a, b) where (a - 1) % 3 == 0 && b == a + 2: return y + ["一", "二", "三", "四"][(a - 1) / 3] + "季度"
        case let (a, b): return y + "\(a)—\(b)月"
        }
    }

    /// Period phrases in the order they are tried (longer forms first), and how each reads as
    /// the brief's period text.
    static let periodPatterns: [(String, @Sendable (String) -> String)] = [
        (#"截至\d{4}年\d{1,2}月底"#, { $0 }),
        (#"\d{4}年\d{1,2}月—\d{4}年\d{1,2}月"#, { $0 }),
        (#"\d{4}年\d{1,2}—\d{1,2}月"#, { $0 }),
        (#"\d{4}年[上下]半年"#, { $0 }),
        (#"\d{4}年[一二三四]季度"#, { $0 }),
        (#"截至\d{4}年\d{1,2}月"#, { "brief:" + $0 }),
        (#"\d{4}年\d{1,2}月"#, { $0 }),
        (#"\d{4}年全年"#, { String($0.dropLast(2)) }),
        (#"\d{4}年（年度数）"#, { "month:" + $0 }),
        (#"\d{4}年"#, { $0 }),
        (#"时间未注明|未注明时间"#, { _ in "时间未注明" }),
    ]

    /// The period phrases of `text` (offsets in characters) and `text` with them blanked out.
    static func periods(in text: String) -> (found: [(offset: Int, text: String)], masked: [Character]) {
        var chars = Array(text)
        var found: [(Int, String)] = []
        for (pattern, read) in periodPatterns {
            let regex = try! Regex(pattern)
            let s = String(chars)
            for m in s.matches(of: regex) {
                let offset = s.distance(from: s.startIndex, to: m.range.lowerBound)
                let length = s[m.range].count
                found.append((offset, read(String(s[m.range]))))
                for i in offset..<(offset + length) { chars[i] = "§" }
            }
        }
        return (found.sorted { $0.0 < $1.0 }, chars)
    }

    // MARK: Numbers

    static let units: [(text: String, unit: String, scale: Double)] = [
        ("亿美元", "USD", 1e8), ("万美元", "USD", 1e4), ("美元", "USD", 1), ("亿元", "CNY", 1e8), ("万元", "CNY", 1e4), ("元", "CNY", 1),
        ("%", "percent", 1), ("万个", "count", 1e4), ("万家", "count", 1e4), ("万户", "count", 1e4), ("万件", "count", 1e4),
        ("个", "count", 1), ("家", "count", 1), ("户", "count", 1), ("件", "count", 1), ("项", "count", 1),
    ]

    /// Checks one text unit; returns what no fact explains, and what each number matched.
    /// `inPeriod`: the brief's month (`2023-06`) when every figure must be of the brief's period.
    func check(_ text: String, inPeriod briefMonth: String? = nil) -> (problems: [String], matches: [Match]) {
        let (periods, chars) = Self.periods(in: text)
        var problems: [String] = []
        var matches: [Match] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            // A number inside a name or a file reference (…:41) is no figure.
            let startOfNumber = i
            var j = i
            while j < chars.count, (chars[j].isASCII && chars[j].isNumber) || chars[j] == "." || chars[j] == "," { j += 1 }
            var token = String(chars[i..<j])
            while token.hasSuffix(".") || token.hasSuffix(",") { token.removeLast(); j -= 1 }
            i = j
            if startOfNumber > 0, chars[startOfNumber - 1] == ":" || chars[startOfNumber - 1] == "_" || chars[startOfNumber - 1].isLetter && chars[startOfNumber - 1].isASCII { continue }
            guard let n = Double(token.replacing(",", with: "")) else { problems.append("unreadable number \(token) in “\(text)”"); continue }
            let rest = String(chars[j..<min(chars.count, j + 3)])
            guard let u = Self.units.first(where: { rest.hasPrefix($0.text) }) else {
                problems.append("\(token) has no unit in “\(text)”")
                continue
            }
            // What stands before: sign, growth words, approximation, and the kind's mark.
            var before = String(chars[..<startOfNumber])
            var negative = false
            var changed = true
            while changed {
                changed = false
                for w in [" ", "约", "超", "近", "+", "−", "-", "增长", "下降", "同比"] where before.hasSuffix(w) {
                    if w == "−" || w == "-" || w == "下降" { negative = true }
                    before.removeLast(w.count)
                    changed = true
                }
            }
            let kind = before.hasSuffix("预计") ? "estimate" : before.hasSuffix("目标") ? "target" : "actual"
            let zone = nearestName(in: text, before: startOfNumber)
            let period = periods.last(where: { $0.offset < startOfNumber })?.text ?? periods.first(where: { $0.offset > startOfNumber })?.text
            let printed = negative ? -n : n
            let candidates = facts.filter { f in
                (zone == nil || f.zone == zone) && f.kind == kind && (period == nil || period!.hasPrefix("brief:") || period!.hasPrefix("month:") || f.periodText == period)
            }
            let hit = candidates.first { f in
                if u.unit == "percent" {
                    return close(f.yoy, printed) || close(f.targetPct, n) || (f.unit == "percent" && close(f.value, printed))
                }
                return f.unit == u.unit && abs(f.value / u.scale - n) <= 0.0051
            }
            guard let hit else {
                problems.append("\(token)\(u.text) (\(kind), \(zone ?? "no zone"), \(period ?? "no period")) matches no fact in “\(text)”")
                continue
            }
            if let m = briefMonth, !Self.inPeriod(hit, month: m) {
                problems.append("\(token)\(u.text) is of \(hit.periodText), outside the brief's period up to \(m): “\(text)”")
            }
            matches.append(Match(number: token + u.text, fact: hit))
        }
        return (problems, matches)
    }

    func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= 0.0051
    }

    /// The zone named nearest before `offset` (else the first after it).
    func nearestName(in text: String, before offset: Int) -> String? {
        var best: (Int, String)? = nil
        var after: (Int, String)? = nil
        let chars = Array(text)
        let s = String(chars)
        for name in names {
            var search = s.startIndex
            while let r = s.range(of: name, range: search..<s.endIndex) {
                let at = s.distance(from: s.startIndex, to: r.lowerBound)
                if at < offset { if best == nil || at > best!.0 || (at == best!.0 && name.count > best!.1.count) { best = (at, name) } }
                else if after == nil || at < after!.0 { after = (at, name) }
                search = r.upperBound
            }
        }
        return best?.1 ?? after?.1
    }

    /// Whether a fact is of the brief's period as of `month` (`2023-06`): it ends in that year, no later.
    static func inPeriod(_ f: CheckedFact, month: String) -> Bool {
        guard let end = f.periodEnd else { return false }
        return end.prefix(4) == month.prefix(4) && end <= month
    }

    /// The latest month with data: the latest end among zone facts that are not targets, where a
    /// whole-year figure of a year with part-year figures does not count.
    func dataMonth() -> String? {
        let dated = facts.filter { $0.entity == "zone" && $0.kind != "target" && $0.periodEnd != nil }
        guard let latest = dated.compactMap(\.periodEnd).max() else { return nil }
        let partYear = dated.filter { $0.periodMonths != 12 && $0.periodEnd!.prefix(4) == latest.prefix(4) }.compactMap(\.periodEnd).max()
        let wholeOnly = dated.filter { $0.periodEnd == latest }.allSatisfy { $0.periodMonths == 12 }
        return wholeOnly ? (partYear ?? latest) : latest
    }

    /// Every place in a document dump (`render --dump`) where a number of an estimate or a target
    /// is written without 预计 / 目标 beside it: in the same table row, card, chart bar (its label
    /// and note) or sentence. Quotes of the sources are the articles' own words and are skipped; a
    /// number that is also an actual's is not counted.
    func unmarked(inDump dump: String) -> [String] {
        var out: [String] = []
        var chartUnit: (unit: String, scale: Double)? = nil
        var quoteColumn: Int? = nil
        for line in dump.split(separator: "\n").map(String.init) {
            var trimmed = Substring(line.drop { $0 == " " })
            let isRow = trimmed.hasPrefix("| ")
            // The sources appendix quotes the article's own words in its 原文 column: not the brief's.
            if trimmed.hasPrefix("table [") {
                let header = trimmed.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
                quoteColumn = header.components(separatedBy: " | ").firstIndex(of: "原文")
            } else if isRow, let q = quoteColumn {
                var cells = trimmed.dropFirst(2).components(separatedBy: " | ")
                if q < cells.count { cells.remove(at: q) }
                trimmed = Substring("| " + cells.joined(separator: " | "))
            }
            if trimmed.hasPrefix("paragraph quote:") || trimmed.hasPrefix("heading") || trimmed.hasPrefix("metadata")
                || trimmed.hasPrefix("cover") || trimmed.hasPrefix("contents") { continue }
            if trimmed.hasPrefix("chart ") {
                let u = line.components(separatedBy: "单位：").dropFirst().first ?? ""
                chartUnit = u.hasPrefix("%") ? ("percent", 1) : Self.units.first { u.hasPrefix($0.text) }.map { ($0.unit, $0.scale) }
                continue
            }
            // A chart bar, right after its chart line: `    name: 108.8 "预计108.8  +3%" note="…"`; the
            // label carries the unit of the chart.
            let isBar = chartUnit != nil && !isRow && trimmed.contains(": ") && trimmed.contains("\"")
            if !isBar { chartUnit = nil }
            let segments = trimmed.hasPrefix("cards ") ? trimmed.components(separatedBy: " | ") : [String(trimmed)]
            for seg in segments {
                let marked = seg.contains("预计") || seg.contains("目标")
                if marked { continue }
                var numbers: [(Double, String, Double)] = []   // value, unit, scale
                if isBar, let cu = chartUnit, let q = seg.firstIndex(of: "\"") {
                    let label = seg[seg.index(after: q)...].prefix { $0 != "\"" }
                    for t in Self.numberTokens(String(label)) { numbers.append((t.value, t.unit.isEmpty ? cu.unit : t.unit, t.unit.isEmpty ? cu.scale : t.scale)) }
                } else {
                    for t in Self.numberTokens(seg) where !t.unit.isEmpty { numbers.append((t.value, t.unit, t.scale)) }
                }
                for (n, unit, scale) in numbers {
                    func matches(_ f: CheckedFact) -> Bool {
                        unit == "percent" ? (close(f.yoy.map(abs), n) || (f.unit == "percent" && close(abs(f.value), n)))
                            : f.unit == unit && abs(f.value / scale - n) <= 0.0051
                    }
                    let planned = facts.filter { $0.kind != "actual" && matches($0) }
                    guard !planned.isEmpty, !facts.contains(where: { $0.kind == "actual" && matches($0) }) else { continue }
                    out.append("\(planned[0].kind) \(planned[0].zone) \(n) written without its mark: \(seg)")
                }
            }
        }
        return out
    }

    /// The numbers of a text with the unit right after each (`""` for none), period phrases left out.
    static func numberTokens(_ text: String) -> [(value: Double, unit: String, scale: Double)] {
        let chars = periods(in: text).masked
        var out: [(Double, String, Double)] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            let start = i
            while i < chars.count, (chars[i].isASCII && chars[i].isNumber) || chars[i] == "." || chars[i] == "," { i += 1 }
            var token = String(chars[start..<i])
            var end = i
            while token.hasSuffix(".") || token.hasSuffix(",") { token.removeLast(); end -= 1 }
            if start > 0, chars[start - 1] == ":" || chars[start - 1] == "_" || chars[start - 1] == "#" || (chars[start - 1].isASCII && chars[start - 1].isLetter) { continue }
            guard let v = Double(token.replacing(",", with: "")) else { continue }
            let rest = String(chars[end..<min(chars.count, end + 3)])
            let u = units.first { rest.hasPrefix($0.text) }
            out.append((v, u?.unit ?? "", u?.scale ?? 1))
        }
        return out
    }

    /// `2023-06` → `2023年6月`.
    static func monthWords(_ m: String) -> String {
        guard let (y, mo) = ym(m) else { return m }
        return "\(y)年\(mo)月"
    }
}

/// The text units of a brief's summary page, from `zonebrief render --dump`: the cards, the
/// sentences and the rows of "zones at a glance".
struct SummaryPage {
    var cards: [String] = []
    var sentences: [String] = []
    /// At-a-glance rows: zone, figure count, latest month, the representative figure.
    var rows: [[String]] = []
    var notes: [String] = []

    init(dump: String) {
        var inSummary = false
        for line in dump.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("heading 1 #summary") { inSummary = true; continue }
            if inSummary && line.hasPrefix("heading 1 ") { break }
            guard inSummary else { continue }
            if line.hasPrefix("cards ") {
                let body = line.drop { $0 != ":" }.dropFirst(2)
                for card in body.components(separatedBy: " | ") {
                    // label=valueunit (note)
                    guard let eq = card.firstIndex(of: "="), let open = card.range(of: " (", options: .backwards) else { continue }
                    let label = String(card[..<eq])
                    let value = String(card[card.index(after: eq)..<open.lowerBound])
                    let note = String(card[open.upperBound...].dropLast())
                    let mark = label.contains("（预计）") ? "预计" : label.contains("（目标）") ? "目标" : ""
                    cards.append("\(note) \(label) \(mark)\(value)")
                }
            } else if line.hasPrefix("paragraph body: ") {
                sentences.append(String(line.dropFirst("paragraph body: ".count)).replacing("■\u{2002}", with: ""))
            } else if line.hasPrefix("paragraph note: ") {
                notes.append(String(line.dropFirst("paragraph note: ".count)))
            } else if line.hasPrefix("  | ") {
                let cells = line.dropFirst(4).components(separatedBy: " | ").map { cell -> String in
                    // [肇庆高新区](#zone-1) → 肇庆高新区
                    if cell.hasPrefix("["), let close = cell.firstIndex(of: "]") { return String(cell[cell.index(after: cell.startIndex)..<close]) }
                    return cell
                }
                rows.append(cells)
            }
        }
    }
}
