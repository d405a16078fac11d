import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefExtract

/// The extractor against the hand-written facts of the five seed pages
/// (Specs/seeds.expected.jsonl), scored with FACTS.md's matching rule.
@Suite struct SeedScoreTests {
    @Test func seedsReachPrecisionAndRecall() throws {
        let extractor = try FactExtractor()
        let expected = try FactMatching.facts(jsonl: String(contentsOf: PackagePaths.specs.appendingPathComponent("seeds.expected.jsonl"), encoding: .utf8))
        #expect(expected.count >= 60)
        var produced: [Fact] = []
        let files = try ArticleFiles.list([PackagePaths.seeds.path])
        #expect(files.count == 5)
        for f in files {
            let r = extractor.extract(fileAt: f.url, name: f.url.lastPathComponent)
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
            produced += r.value.facts
        }
        let s = FactMatching.score(produced: produced, expected: expected)
        print("seeds: expected \(s.expected), produced \(s.produced), matched \(s.matched); "
              + "precision \(String(format: "%.3f", s.precision)), recall \(String(format: "%.3f", s.recall)), F1 \(String(format: "%.3f", s.f1))")
        for m in s.missing { print("  missing: \(FactJSONL.line(m))") }
        for e in s.extra { print("  extra:   \(FactJSONL.line(e))") }
        #expect(s.precision >= 0.95)
        #expect(s.recall >= 0.90)
    }

    @Test func everyFactIsWellFormed() throws {
        let extractor = try FactExtractor()
        for f in try ArticleFiles.list([PackagePaths.seeds.path]) {
            for fact in extractor.extract(fileAt: f.url, name: f.name).value.facts {
                #expect(fact.metric.accepts(fact.unit), "\(fact)")
                #expect(!fact.metric.requiresLabel || fact.label != nil, "\(fact)")
                #expect(fact.source.line > 0 && !fact.source.quote.isEmpty)
                #expect(fact.value.isFinite)
            }
        }
    }
}
