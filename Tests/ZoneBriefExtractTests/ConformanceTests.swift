import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefExtract

/// The number parser against other projects' test cases (Specs/conformance/, see its README):
/// cn2an (Chinese numerals), JioNLP (money strings), Recognizers-Text (currency, percent).
/// Cases outside the parser's scope are listed in Specs/conformance/scope.json with the reason;
/// every other case must pass.
struct ConformanceCase: CustomTestStringConvertible, Sendable {
    var file: String
    var index: Int
    var input: String
    var expected: [(text: String, value: Double, unit: String?, approx: String?)]
    var outOfScope: String?
    var testDescription: String { "\(file)#\(index) \(input)" }
}

struct ScopeRule: Decodable, Sendable {
    var files: [String]
    var contains: [String]?
    var units: [String]?
    var reason: String

    /// Whether the rule takes this case out of scope.
    func applies(_ c: ConformanceCase) -> Bool {
        guard files.contains(c.file) else { return false }
        if let contains, contains.contains(where: { c.input.contains($0) }) { return true }
        if let units, c.expected.contains(where: { $0.unit.map(units.contains) ?? false }) { return true }
        return false
    }
}

enum Conformance {
    static let files = ["cn2an/cn2an.json", "cn2an/an2cn-reversed.json", "jionlp/money-parse.json",
                        "recognizers-text/currency.json", "recognizers-text/percent.json"]

    static func load() throws -> [ConformanceCase] {
        let dir = PackagePaths.specs.appendingPathComponent("conformance")
        let rules = try JSONDecoder().decode([ScopeRule].self, from: Data(contentsOf: dir.appendingPathComponent("scope.json")))
        var out: [ConformanceCase] = []
        for f in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(f))
            guard let cases = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { throw SpecError("\(f): not an array") }
            for (i, c) in cases.enumerated() {
                let exp = (c["expected"] as? [[String: Any]] ?? []).map { e in
                    (text: e["text"] as? String ?? "", value: (e["value"] as? NSNumber)?.doubleValue ?? .nan,
                     unit: (e["iso"] as? String) ?? (e["unit"] as? String), approx: e["definition"] as? String)
                }
                var cc = ConformanceCase(file: f, index: i, input: c["input"] as? String ?? "", expected: exp)
                cc.outOfScope = rules.first { $0.applies(cc) }?.reason
                out.append(cc)
            }
        }
        return out
    }
}

@Suite struct ConformanceTests {
    static let cases = (try? Conformance.load()) ?? []
    static let recognizer = NumberRecognizer(lexicon: try! Lexicon.builtIn().value)

    @Test func scopeIsReported() throws {
        let all = try Conformance.load()
        #expect(all.count > 300)
        var byReason: [String: Int] = [:]
        for c in all { byReason[c.outOfScope ?? "in scope", default: 0] += 1 }
        for (r, n) in byReason.sorted(by: { $0.value > $1.value }) { print("conformance: \(n) \(r)") }
        #expect((byReason["in scope"] ?? 0) * 2 > all.count, "most cases are in scope")
    }

    @Test(arguments: cases.filter { $0.outOfScope == nil })
    func inScope(_ c: ConformanceCase) {
        switch c.file {
        case "cn2an/cn2an.json", "cn2an/an2cn-reversed.json":
            let v = ChineseNumeral.value(of: c.input)
            #expect(v.map { close($0, c.expected[0].value) } ?? false, "got \(String(describing: v))")
        case "jionlp/money-parse.json", "recognizers-text/currency.json":
            // currencies as written: a bare 亿 (奖池36.57亿) is money to the extractor only where a money
            // metric word names the figure (`unitImplied`), not a currency mention
            let spans = Self.recognizer.recognize(in: c.input).filter { ($0.unit == .CNY || $0.unit == .USD) && !$0.unitImplied }
            let want = c.expected.filter { ["元", "美元", "CNY", "USD"].contains($0.unit ?? "") }
            #expect(spans.count == want.count, "got \(spans)")
            for (s, w) in zip(spans, want) {
                #expect(close(s.value, w.value), "got \(s.value) for \(w.text)")
                #expect(s.unit == ((w.unit == "美元" || w.unit == "USD") ? .USD : .CNY))
                if let a = w.approx {
                    let approx: Approx? = ["blur": .about, "blur-": .under, "blur+": .over][a]
                    #expect(s.approx == approx, "approx of \(w.text)")
                }
            }
        default:
            let spans = Self.recognizer.recognize(in: c.input).filter { $0.unit == .percent }
            #expect(spans.map(\.value).count == c.expected.count, "got \(spans)")
            for (s, w) in zip(spans, c.expected) { #expect(close(s.value, w.value), "got \(s.value) for \(w.text)") }
        }
    }

    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= max(abs(b) * 1e-12, 1e-9) }
}
