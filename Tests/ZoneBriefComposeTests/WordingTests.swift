import Testing
import ZoneBriefCore
@testable import ZoneBriefCompose
import ZoneBriefLayout
import ZoneBriefMetrics

struct WordingTests {
    static let figures: [(Double, FactUnit, Metric, Approx?, String)] = [
        (15_760_000_000, .CNY, .funds_in_place, nil, "157.6亿元"),
        (9_203_000_000, .CNY, .project_investment, nil, "92.03亿元"),
        (163_900_000_000, .CNY, .project_investment, nil, "1639亿元"),
        (500_670_000_000, .CNY, .gdp, nil, "5006.7亿元"),
        (12_200_000_000, .CNY, .signed_investment, .about, "约122亿元"),
        (36_000_000, .CNY, .signed_investment, nil, "3600万元"),
        (15_900_000, .USD, .fdi, nil, "1590万美元"),
        (130, .count, .projects_key, nil, "130个"),
        (37, .count, .high_tech_enterprises, .over, "超37家"),
        (15_000, .count, .new_market_entities, nil, "15,000户"),
        (2_000_000_000_000_000, .CNY, .gdp, nil, "20,000,000亿元"),
    ]

    @Test(arguments: figures)
    func figureText(value: Double, unit: FactUnit, metric: Metric, approx: Approx?, expected: String) {
        let f = Figure(series: SeriesKey(zone: "z高新区", metric: metric, unit: unit), kind: .actual, period: nil, value: value,
                       approx: approx, sources: [SourceRef(file: "a", line: 1, quote: "")])
        #expect(NumberWords.text(f) == expected)
    }

    @Test(arguments: [(3.0, "+3%", "增长3%"), (-2.1, "−2.1%", "下降2.1%"), (232, "+232%", "增长232%"), (0, "0%", "持平"), (55.499, "+55.5%", "增长55.5%")])
    func growth(pct: Double, short: String, sentence: String) {
        #expect(NumberWords.growth(pct) == short)
        #expect(NumberWords.growthText(pct) == sentence)
    }

    @Test(arguments: [
        (Period?.some(.year(2021)), "2021年"), (.months(2023, 1, 6), "2023年上半年"), (.months(2023, 1, 3), "2023年一季度"),
        (.months(2023, 1, 5), "2023年1—5月"), (.months(2023, 6, 6), "2023年6月"), (.months(2023, 7, 12), "2023年下半年"),
        (Period(start: nil, end: YearMonth(2023, 6)), "截至2023年6月底"), (nil, "时间未注明"),
        (Period(start: YearMonth(2022, 11), end: YearMonth(2023, 2)), "2022年11月—2023年2月"),
        (Period(start: YearMonth(2021, 1), end: YearMonth(2025, 12)), "2021—2025年"),
    ])
    func periodWords(period: Period?, expected: String) {
        #expect(PeriodWords.text(period) == expected)
    }

    @Test func measureNames() {
        #expect(MetricWords.name(MeasureKey(metric: .industry_output, label: "新型储能产业", unit: .CNY)) == "新型储能产业产值")
        #expect(MetricWords.name(MeasureKey(metric: .fixed_asset_investment, unit: .percent)) == "固定资产投资增速")
        #expect(MetricWords.name(MeasureKey(metric: .other, label: "技能人才", unit: .person)) == "技能人才")
        // (a part of a set of projects is named with the set, as the page named the part)
        #expect(MetricWords.name(MeasureKey(metric: .projects_signed, label: "億元以上項目", unit: .count)) == "签约项目(億元以上項目)")
        #expect(MetricWords.name(MeasureKey(metric: .signed_investment, label: "外资项目", unit: .USD)) == "签约项目总投资(外资项目)(美元)")
        #expect(Metric.allCases.allSatisfy { MetricWords.names[$0] != nil })
        #expect(Metric.allCases.filter { $0.family == .count }.allSatisfy { MetricWords.countWords[$0] != nil })
    }
}

struct SourcesFolderTests {
    @Test(arguments: [
        (["seeds/a.txt", "seeds/b.txt"], Optional("seeds/")),
        (["seeds/a.txt", "other/b.txt"], nil),
        (["seeds/a.txt", "seeds/x/b.txt"], nil),
        (["a.txt"], nil),
        ([], nil),
    ] as [([String], String?)])
    func commonFolder(files: [String], folder: String?) {
        #expect(SourcesSection.commonFolder(files) == folder)
    }
}

/// Long metric names set on two lines for narrow table headers: the layout picks the break, at a
/// word of the wording's `lineStarts` where it can.
struct StackedNameTests {
    @Test(arguments: [
        ("地区生产总值", "地区生产\n总值"), ("签约项目总投资", "签约项目\n总投资"), ("重点项目总投资", "重点项目\n总投资"),
        ("新增经营主体", "新增经营\n主体"), ("新开工项目", "新开工\n项目"), ("规上工业总产值", "规上工业\n总产值"),
        ("高新技术产业投资", "高新技术\n产业投资"), ("社会消费品零售总额", "社会消费品\n零售总额"),
        ("到位资金", "到位资金"), ("专利", "专利"), ("已有\n两行", "已有\n两行"), ("", ""),
    ])
    func stacked(name: String, expected: String) {
        let column = TableColumn(name, titleWrap: .balanced(lineStarts: MetricWords.lineStarts))
        #expect(LayoutEngine.headerTitle(column) == expected)
        #expect(LayoutEngine.headerTitle(TableColumn(name)) == name)
    }
}
