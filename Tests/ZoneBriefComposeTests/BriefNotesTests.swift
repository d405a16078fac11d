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
                  kind: FactKind = .actual, approx: Approx? = nil, entity: Entity = .zone, _ file: String, _ line: Int, date: String? = nil) -> Fact {
        Fact(zone: zone, entity: entity, metric: metric, value: value, unit: unit, period: period, yoyPct: yoy, kind: kind, approx: approx,
             source: SourceRef(file: file, line: line, quote: "第\(line)行原文", date: date))
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
        f("某某市", .gdp, 5006.7e8, .year(2022), entity: .city, "b.txt", 3),
        // Dates decide: the later article wins although the earlier one's file sorts later.
        f("丁高新区", .trade_total, 60e8, .months(2023, 1, 6), "e.txt", 1, date: "2023-07-10"),
        f("丁高新区", .trade_total, 58.6e8, .months(2023, 1, 6), "d.txt", 1, date: "2023-08-02"),
        // An estimate with a faster growth than any actual: marked, never the fastest.
        f("甲高新区", .gdp, 100e8, .months(2023, 1, 6), yoy: 9.9, kind: .estimate, "a.txt", 5),
    ]

    @Test func notesAndRankingDump() throws {
        let report = Aggregator.aggregate(Self.facts, options: MetricsOptions(usdRate: 7.2)).value
        let warning = Diagnostic(.warning, file: "c.txt", line: 7, "数字“三成”未能识别")
        let doc = BriefComposer.compose(report, options: BriefOptions(title: "测试简报", warnings: [warning]))
        let text = DocumentDump.text(doc)
        assertSnapshot(text, named: "notes.dump.txt")
        // The conflicts: 52.35亿 (more digits, no dates) over 52亿; the later article's 58.6亿 over 60亿.
        #expect(text.contains("| 乙高新区 | 进出口总额 | 2023年上半年 | 52.35亿元（c.txt:9，未注明日期） | 52亿元（b.txt:1，未注明日期） | 文章均未注明日期，无法按日期判断；取更精确者"))
        #expect(text.contains("| 丁高新区 | 进出口总额 | 2023年上半年 | 58.6亿元（d.txt:1，文章日期2023-08-02） | 60亿元（e.txt:1，文章日期2023-07-10） | 文章日期较晚（2023-08-02晚于2023-07-10），后发报道为准"))
        // The step 1—5月 → 上半年 is June's own value, never a growth; the computed share 47.1%.
        #expect(text.contains("| 进出口总额 | 40亿元（2023年1—5月） | 47.1亿元（2023年上半年） | 6月当月7.1亿元"))
        #expect(!text.contains("17.75%"))
        #expect(text.contains("| 47.1% | 按目标测算"))
        // A ranking of comparable zones: the 约30亿 zone is ranked too, and the sentence says who leads.
        #expect(text.contains("1. 丁高新区: 58.6"))
        let sentences = SummarySentences.sentences(report).map(\.text)
        #expect(sentences.contains("2023年上半年进出口总额（实际数），丁高新区以58.6亿元居首，乙高新区以52.35亿元次之。"))
        #expect(text.contains("heading 3 #notes-usd \"美元折算\""))
        #expect(text.contains("| c.txt:7 | 数字“三成”未能识别"))
        #expect(text.contains("| 某某市 | 城市 | 地区生产总值 | 5006.7亿元 | 2022年"))
        // The estimate carries its mark wherever its number is written.
        #expect(text.contains("| 甲高新区 | 地区生产总值 | 预计100亿元 | 2023年上半年"))
        #expect(text.contains("  | 地区生产总值 | 预计100亿元 | +9.9% | 2023年上半年 | 预计 |"))
        #expect(!text.contains(" 100亿元"))
    }

    @Test func summaryTextNamesPeriodZonesAndHeadlines() {
        let report = Aggregator.aggregate(Self.facts).value
        let text = PlainSummary.text(report)
        #expect(text.hasPrefix("高新区发展动态简报\n统计期：截至2023年6月　数据截至：2023年6月\n园区（4个）：甲高新区、乙高新区、丙高新区、丁高新区\n"))
        #expect(text.contains("- 最大投资规模：乙高新区 外商直接投资 2亿元（2023年上半年）"))
        #expect(text.contains("- 最快增速：甲高新区 进出口总额 同比增长6.2%（2023年上半年）"))
        #expect(text.contains("- 最多项目：暂无"))
        #expect(!text.contains("9.9%"))
    }

    @Test func emptyReportStillComposes() {
        let report = Aggregator.aggregate([]).value
        let text = DocumentDump.text(BriefComposer.compose(report))
        #expect(text.contains("本期没有两个以上园区共有的指标，暂无横向比较。"))
        #expect(text.contains("没有注明时间的园区数据，无法概述本期。"))
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
