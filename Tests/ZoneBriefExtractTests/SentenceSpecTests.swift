import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefExtract

/// Sentence-level cases (Specs/sentences.json): a sentence, its context (the article's year and
/// zone) and the facts it must give, in FACTS.md shape. One runner for the whole file; a known
/// gap is marked in the data with `known_issue` and its reason.
struct SentenceCase: CustomTestStringConvertible, Sendable {
    var name: String
    var sentence: String
    var year: Int?
    var zone: String?
    var expected: [[String: JSONValue]]
    var warnings: Int
    var knownIssue: String?
    var testDescription: String { name }

    static func load() throws -> [SentenceCase] {
        let data = try Data(contentsOf: PackagePaths.specs.appendingPathComponent("sentences.json"))
        guard let array = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { throw SpecError("sentences.json: not an array") }
        return array.map { c in
            SentenceCase(name: c["name"] as? String ?? "?", sentence: c["sentence"] as? String ?? "",
                         year: c["year"] as? Int, zone: c["zone"] as? String,
                         expected: (c["expected"] as? [[String: Any]] ?? []).map { $0.mapValues(JSONValue.init) },
                         warnings: c["warnings"] as? Int ?? 0, knownIssue: c["known_issue"] as? String)
        }
    }
}

/// A JSON value kept Sendable for test arguments.
enum JSONValue: Sendable, Equatable {
    case null, number(Double), string(String), array([JSONValue])
    init(_ any: Any) {
        switch any {
        case let n as NSNumber: self = .number(n.doubleValue)
        case let s as String: self = .string(s)
        case let a as [Any]: self = .array(a.map(JSONValue.init))
        default: self = .null
        }
    }
    var double: Double? { if case .number(let d) = self { return d }; return nil }
    var string: String? { if case .string(let s) = self { return s }; return nil }
}

@Suite struct SentenceSpecTests {
    static let extractor = try! FactExtractor()
    static let cases = (try? SentenceCase.load()) ?? []

    @Test func specFileLoads() throws {
        #expect(try SentenceCase.load().count >= 30)
    }

    @Test(arguments: cases)
    func sentence(_ c: SentenceCase) throws {
        let result = Self.extractor.extract(sentence: c.sentence, year: c.year, zone: c.zone)
        let check = {
            #expect(result.diagnostics.count == c.warnings, "warnings: \(result.diagnostics)")
            let got = result.value
            #expect(got.count == c.expected.count, "got \(got.map(FactJSONL.line))")
            var used = Set<Int>()
            for want in c.expected {
                let i = got.indices.first { !used.contains($0) && Self.matches(got[$0], want) }
                #expect(i != nil, "missing \(want) in \(got.map(FactJSONL.line))")
                if let i { used.insert(i) }
            }
        }
        if let reason = c.knownIssue { withKnownIssue(Comment(rawValue: reason)) { check() } } else { check() }
    }

    /// FACTS.md's matching rule, plus yoy_pct, target_pct, approx and label when the case gives them.
    static func matches(_ f: Fact, _ w: [String: JSONValue]) -> Bool {
        guard f.zone == w["zone"]?.string, f.metric.rawValue == w["metric"]?.string,
              f.unit.rawValue == w["unit"]?.string, f.kind.rawValue == (w["kind"]?.string ?? "actual"),
              let v = w["value"]?.double, abs(f.value - v) <= abs(v) * 0.005 + 1e-9 else { return false }
        if let l = w["label"] { if f.label != l.string { return false } }
        if let p = w["period"] {
            switch p {
            case .null: if f.period != nil { return false }
            case .array(let a):
                guard a.count == 2, let end = a[1].string else { return false }
                if f.period?.end.description != end || f.period?.start?.description != a[0].string { return false }
            default: return false
            }
        }
        if let y = w["yoy_pct"] { if f.yoyPct != y.double { return false } }
        if let t = w["target_pct"] { if f.targetPct != t.double { return false } }
        if let a = w["approx"] { if f.approx?.rawValue != a.string { return false } }
        return true
    }
}
