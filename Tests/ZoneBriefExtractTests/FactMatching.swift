import Foundation
import ZoneBriefCore

/// Reading expected facts (FACTS.md JSON shape) and scoring produced facts against them with
/// FACTS.md's matching rule.
enum FactMatching {
    struct JSONFact: Decodable {
        struct P: Decodable { var start: String?; var end: String }
        struct S: Decodable { var file: String; var line: Int; var quote: String }
        var zone: String, metric: String, label: String?, value: Double, unit: String
        var period: P?
        var yoy_pct: Double?, target_pct: Double?, kind: String, approx: String?
        var source: S?
    }

    static func fact(_ j: JSONFact) throws -> Fact {
        guard let metric = Metric(rawValue: j.metric), let unit = FactUnit(rawValue: j.unit),
              let kind = FactKind(rawValue: j.kind) else { throw SpecError("bad metric/unit/kind in \(j)") }
        var period: Period? = nil
        if let p = j.period {
            guard let end = YearMonth(text: p.end) else { throw SpecError("bad period end \(p.end)") }
            period = Period(start: p.start.flatMap { YearMonth(text: $0) }, end: end)
        }
        return Fact(zone: j.zone, metric: metric, label: j.label, value: j.value, unit: unit, period: period,
                    yoyPct: j.yoy_pct, targetPct: j.target_pct, kind: kind, approx: j.approx.flatMap(Approx.init(rawValue:)),
                    source: SourceRef(file: j.source?.file ?? "", line: j.source?.line ?? 0, quote: j.source?.quote ?? ""))
    }

    /// Facts from JSON Lines text (blank lines and `//` comments skipped).
    static func facts(jsonl: String) throws -> [Fact] {
        try jsonl.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("//") }.map {
            try fact(JSONDecoder().decode(JSONFact.self, from: Data($0.utf8)))
        }
    }

    /// FACTS.md: zone, metric (and label for industry_output), unit and kind agree, the value is
    /// within 0.5 %, and the period agrees wherever the expected fact gives one.
    static func matches(_ got: Fact, _ want: Fact) -> Bool {
        guard got.zone == want.zone, got.metric == want.metric, got.unit == want.unit, got.kind == want.kind else { return false }
        if want.metric == .industry_output && got.label != want.label { return false }
        let tolerance = abs(want.value) * 0.005
        guard abs(got.value - want.value) <= max(tolerance, 1e-9) else { return false }
        if let p = want.period, got.period != p { return false }
        return true
    }

    struct Score {
        var matched: Int, produced: Int, expected: Int
        var missing: [Fact], extra: [Fact]
        var precision: Double { produced == 0 ? 1 : Double(matched) / Double(produced) }
        var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// One-to-one matching, expected facts in order, each taking the first unused produced fact
    /// that matches (same file first).
    static func score(produced: [Fact], expected: [Fact]) -> Score {
        var used = [Bool](repeating: false, count: produced.count)
        var missing: [Fact] = []
        var matched = 0
        for want in expected {
            let sameFile = produced.indices.first { !used[$0] && produced[$0].source.file.hasSuffix(want.source.file) && matches(produced[$0], want) }
            if let i = sameFile ?? produced.indices.first(where: { !used[$0] && matches(produced[$0], want) }) {
                used[i] = true
                matched += 1
            } else {
                missing.append(want)
            }
        }
        let extra = produced.indices.filter { !used[$0] }.map { produced[$0] }
        return Score(matched: matched, produced: produced.count, expected: expected.count, missing: missing, extra: extra)
    }
}

struct SpecError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Paths of the package, found from this source file.
enum PackagePaths {
    static var root: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
    static var seeds: URL { root.appendingPathComponent("seeds") }
    static var specs: URL { Bundle.module.url(forResource: "Specs", withExtension: nil)! }
}
