import Testing
import ZoneBriefTestSupport
import ZoneBriefCore
import ZoneBriefLayout
@testable import ZoneBriefCompose
import ZoneBriefMetrics

struct BriefComposerTests {
    static func seeds() throws -> [Fact] {
        let read = try FactsFile.read(path: seedFixturePath())
        #expect(read.diagnostics.isEmpty)
        return read.value
    }

    static let warning = Diagnostic(.warning, file: "002_afa5e1f9941b0bd9.txt", line: 87, "a figure without a metric: 100%")

    @Test func wholeBriefDump() throws {
        let report = Aggregator.aggregate(try Self.seeds()).value
        let doc = BriefComposer.compose(report, options: BriefOptions(articleCount: 31, warnings: [Self.warning]))
        assertSnapshot(DocumentDump.text(doc), named: "brief.dump.txt")
        assertSnapshot(PlainSummary.text(report, options: BriefOptions()), named: "brief.summary.txt")
    }

    @Test func asOfBriefDump() throws {
        let report = Aggregator.aggregate(try Self.seeds(), options: MetricsOptions(asOf: YearMonth(2023, 6))).value
        let text = DocumentDump.text(BriefComposer.compose(report))
        assertSnapshot(text, named: "brief-2023-06.dump.txt")
        #expect(text.contains("cover \"高新区发展动态简报\" / \"截至2023年6月\""))
        #expect(!text.contains("兰州高新区"))
    }

    @Test func sideBySideDump() throws {
        let report = Aggregator.aggregate(try Self.seeds(), options: MetricsOptions(zones: ["宝鸡", "肇庆"])).value
        let text = DocumentDump.text(BriefComposer.compose(report))
        assertSnapshot(text, named: "brief-side.dump.txt")
        #expect(text.contains("table [指标 | 宝鸡高新区 | 肇庆高新区]"))
        #expect(text.contains("series=宝鸡高新区,肇庆高新区"))
        #expect(!text.contains("兰州高新区"))
    }

    @Test func everyZoneWithFactsIsNamedWithASection() throws {
        let report = Aggregator.aggregate(try Self.seeds()).value
        let doc = BriefComposer.compose(report)
        // A zone's heading opens a keep-together block (with its lead and key figures).
        func flattened(_ b: Block) -> [Block] {
            if case .keepTogether(let inner) = b { return inner.flatMap(flattened) }
            return [b]
        }
        let sectionTitles = Block.made(doc.blocks).flatMap(flattened).compactMap { b -> String? in
            if case .heading(let h) = b, h.level == 2, h.anchor.hasPrefix("zone-") { return h.text }
            return nil
        }
        let zonesWithFacts = Set(try Self.seeds().filter(\.entity.isZone).map(\.zone))
        #expect(Set(sectionTitles) == zonesWithFacts)
        #expect(sectionTitles.count == zonesWithFacts.count)
    }

    /// Every number in a summary sentence is printed from one of the figures it names.
    @Test func summaryNumbersComeFromFacts() throws {
        for options in [MetricsOptions(), MetricsOptions(asOf: YearMonth(2023, 6)), MetricsOptions(zones: ["兰州", "南京"])] {
            let report = Aggregator.aggregate(try Self.seeds(), options: options).value
            let sentences = SummarySentences.sentences(report)
            #expect((1...6).contains(sentences.count))
            for s in sentences {
                var allowed: Set<String> = []
                for f in s.figures {
                    let printed = [NumberWords.text(f), PeriodWords.text(f.period), f.yoyPct.map(NumberWords.growthText) ?? "",
                                   f.targetPct.map(NumberWords.percent) ?? ""]
                    allowed.formUnion(printed.flatMap(numbers))
                }
                for n in numbers(s.text) {
                    #expect(allowed.contains(n), "\(n) in “\(s.text)” is not printed from its figures")
                }
                // And each figure is a fact of the input.
                for f in s.figures {
                    #expect(f.sources.allSatisfy { src in report.facts.contains { $0.source == src && $0.zone == f.zone && $0.value == f.value } })
                }
            }
        }
    }

    @Test func targetsNeverAppearAsActuals() throws {
        let report = Aggregator.aggregate(try Self.seeds()).value
        let doc = BriefComposer.compose(report)
        var inFigureTables = 0
        for case .table(let t) in Block.made(doc.blocks) where t.columns.first?.title == "指标" && t.columns.contains(where: { $0.title == "口径" }) {
            inFigureTables += 1
            if t.columns.count == 6 && t.columns[1].title == "数值" && t.columns[2].title == "同比" {
                #expect(t.rows.allSatisfy { $0[4].text != "目标" })
            }
        }
        #expect(inFigureTables > 0)
        // The 兰州 GDP growth target (预期增长13%) is listed as a target, never charted.
        let text = DocumentDump.text(doc)
        #expect(!text.contains("\"+13%\""))
        #expect(text.contains("增长13% · 2022年"))
    }

    @Test func baojiFundsOnceWithTwoSources() throws {
        let report = Aggregator.aggregate(try Self.seeds()).value
        let text = DocumentDump.text(BriefComposer.compose(report))
        #expect(text.contains("| 宝鸡高新区 | 到位资金 | 157.6亿元 | 2023年上半年 | 000_e9e3…:99、004_c295…:25"))
        let headlineRows = text.split(separator: "\n").filter { $0.hasPrefix("  | 到位资金 | 157.6亿元 |  | 2023年上半年 | 实际 | [000_e9e3…:99、004_c295…:25]") }
        #expect(headlineRows.count == 1)
    }

    func numbers(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in s {
            if ch.isASCII && (ch.isNumber || ch == "." || ch == ",") { cur.append(ch) } else {
                if !cur.isEmpty { out.append(cur) }
                cur = ""
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out.map { $0.trimmingCharacters(in: ",.") }.filter { !$0.isEmpty }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
