import Testing
import ZoneBriefTestSupport
import ZoneBriefCore
import ZoneBriefLayout
@testable import ZoneBriefCompose
import ZoneBriefMetrics

/// Hand-made facts that exercise every kind of note: a conflict, a cumulative step, a computed
/// share, a USD conversion, a city's figure, a warning; and a ranking of comparable zones.
struct BriefNotesTests {
    static func f(_ zone: String, _ metric: Metric, _ value: Double, _ period: Period?, unit: FactUnit = .CNY, yoy: Double? = nil,
                  kind: FactKind = .actual, approx: Approx? = nil, _ file: String, _ line: Int) -> Fact {
        Fact(zone: zone, metric: metric, value: value, unit: unit, period: period, yoyPct: yoy, kind: kind, approx: approx,
             source: SourceRef(file: file, line: line, quote: "第\(line)行原文"))
    }

    static let facts = [
        f("甲高新区", .trade_total, 40e8, .months(2023, 1, 5), yoy: 5.5, "a.txt", 1),
        f("甲高新区", .trade_total, 47.1e8, .months(2023, 1, 6), yoy: 6.2, "a.txt", 2),
        f("甲高新区", .trade_total, 100e8, .year(2023), kind: .target, "a.txt", 3),
        f("乙高新区", .trade_total, 52e8, .months(2023, 1, 6), yoy: -2.1, "b.txt", 1),
        f("乙高新区", .trade_total, 52.35e8, .months(2023, 1, 6), "c.txt", 9),
        f("丙高新区", .trade_total, 30e8, .months(2023, 1, 6), approx: .about, "c.txt", 2),
        f("甲高新区", .fdi, 1590e4, .months(2023, 1, 6), unit: .USD, "a.txt", 4),
        f("乙高新区", .fdi, 2e8, .months(2023, 1, 6), "b.txt", 2),
        f("某某市", .gdp, 5006.7e8, .year(2022), "b.txt", 3),
    ]

    @Test func notesAndRankingDump() throws {
        let report = Aggregator.aggregate(Self.facts, options: MetricsOptions(usdRate: 7.2)).value
        let warning = Diagnostic(.warning, file: "c.txt", line: 7, "数字“三成”未能识别")
        let doc = BriefComposer.compose(report, options: BriefOptions(title: "测试简报", warnings: [warning]))
        let text = DocumentDump.text(doc)
        assertSnapshot(text, named: "notes.dump.txt")
        // The conflict: 52.35亿 (more digits) chosen over 52亿, both listed.
        #expect(text.contains("| 乙高新区 | 进出口总额 | 2023年上半年 | 52.35亿元（c.txt:9） | 52亿元（b.txt:1） | 更精确"))
        // The step 1—5月 → 上半年 and the computed share 47.1%.
        #expect(text.contains("| 进出口总额 | 40亿元（2023年1—5月） | 47.1亿元（2023年上半年） | 7.1亿元 | 17.75%"))
        #expect(text.contains("| 47.1% | 按目标测算"))
        // A ranking of comparable zones: the 约30亿 zone is ranked too, and the sentence says who leads.
        #expect(text.contains("1. 乙高新区: 52.35"))
        let sentences = SummarySentences.sentences(report).map(\.text)
        #expect(sentences.contains("2023年上半年进出口总额，乙高新区以52.35亿元居首，甲高新区以47.1亿元次之。"))
        #expect(text.contains("heading 3 #notes-usd \"美元折算\""))
        #expect(text.contains("| c.txt:7 | 数字“三成”未能识别"))
        #expect(text.contains("| 某某市 | 地区生产总值 | 5006.7亿元 | 2022年"))
    }

    @Test func summaryTextNamesPeriodZonesAndHeadlines() {
        let report = Aggregator.aggregate(Self.facts).value
        let text = PlainSummary.text(report)
        #expect(text.hasPrefix("高新区发展动态简报\n统计期：2022年1月—2023年6月　数据截至：2023年6月\n园区（3个）：甲高新区、乙高新区、丙高新区\n"))
        #expect(text.contains("- 最大投资规模：乙高新区 外商直接投资(人民币) 2亿元（2023年上半年）") || text.contains("- 最大投资规模：乙高新区 外商直接投资 2亿元（2023年上半年）"))
        #expect(text.contains("- 最快增速：甲高新区 进出口总额 +6.2%（2023年上半年）"))
        #expect(text.contains("- 最多项目：暂无"))
    }

    @Test func emptyReportStillComposes() {
        let report = Aggregator.aggregate([]).value
        let text = DocumentDump.text(BriefComposer.compose(report))
        #expect(text.contains("本期没有两个以上园区共有的指标，暂无横向比较。"))
        #expect(text.contains("本期没有可供概述的实际数据。"))
        #expect(PlainSummary.text(report).contains("园区（0个）：无"))
    }
}

/// Extreme but valid figures (up to the readers' 1e18 limit, a tiny target) compose without trapping.
struct ExtremeValueTests {
    @Test(arguments: [1e18, 9.9e17, 1.23456789e13, 0.01, 0])
    func composesAnyValue(value: Double) {
        let facts = [
            BriefNotesTests.f("甲高新区", .gdp, value, .months(2023, 1, 6), yoy: 1e6, "a.txt", 1),
            BriefNotesTests.f("甲高新区", .gdp, 0.01, .year(2023), kind: .target, "a.txt", 2),
            BriefNotesTests.f("乙高新区", .gdp, value, .months(2023, 1, 6), yoy: -1e6, "a.txt", 3),
            BriefNotesTests.f("乙高新区", .projects_key, 1e15, .months(2023, 1, 6), unit: .count, "a.txt", 4),
        ]
        let report = Aggregator.aggregate(facts).value
        let text = DocumentDump.text(BriefComposer.compose(report))
        #expect(text.contains("甲高新区"))
        #expect(!PlainSummary.text(report).isEmpty)
        #expect(!report.dump().isEmpty)
    }
}
