import Testing
import ZoneBriefTestSupport
@testable import ZoneBriefLayout

/// Dumps of each kind of block, compared with recorded snapshots.
@Suite struct BlockDumpTests {
    @Test func horizontalGroupedChartWithNegativesAndNotes() {
        let chart = BarChart(title: "图1　增速", categories: ["苏州工业园区", "肇庆高新技术产业开发区", "西安高新区"],
                             series: [ChartSeries(name: "2023年", values: [5.2, -3.1, nil]),
                                      ChartSeries(name: "2024年", values: [6.8, 2.0, 4.4], labels: ["6.8%", nil, nil])],
                             notes: [nil, "2021年全年", nil], unitCaption: "单位：%")
        let result = Fixtures.layout([.chart(chart)])
        #expect(result.warnings.isEmpty)
        assertSnapshot(result.pages[0].dump(), named: "chart-horizontal-grouped.txt")
    }

    @Test func verticalChart() {
        let chart = BarChart(orientation: .vertical, categories: ["一季度", "二季度", "三季度"],
                             series: [ChartSeries(name: "产值", values: [120, -15, 98.5])], unitCaption: "单位：亿元")
        assertSnapshot(Fixtures.layout([.chart(chart)]).pages[0].dump(), named: "chart-vertical.txt")
    }

    @Test func cards() {
        let grid = CardGrid([Card(label: "地区生产总值", value: "157.6", unit: "亿元", note: "同比增长 8.2%"),
                             Card(label: "园区数", value: "12"),
                             Card(label: "研发投入强度", value: "3.5", unit: "%", note: "全省第一", accent: Color(hex: 0xE0A030)),
                             Card(label: "新增企业", value: "105", unit: "家")], columns: 3)
        assertSnapshot(Fixtures.layout([.cards(grid)]).pages[0].dump(), named: "cards.txt")
    }

    @Test func longHorizontalChartRepeatsItsTicksOnTheNextPage() {
        let n = 90
        let chart = BarChart(categories: (1...n).map { "第\($0)个高新技术产业开发区" },
                             series: [ChartSeries(name: "值", values: (1...n).map { Double($0) })])
        let result = Fixtures.layout([.chart(chart)])
        #expect(result.pages.count >= 2)
        for page in result.pages {
            #expect(page.texts.dropFirst().first == "0", "page \(page.number) starts with \(page.texts.prefix(3))")
        }
    }

    @Test func verticalChartWithTooManyCategoriesTurnsHorizontal() {
        let chart = BarChart(title: "多", orientation: .vertical, categories: (1...30).map { "园区\($0)" },
                             series: [ChartSeries(name: "值", values: (1...30).map { Double($0) })])
        let result = Fixtures.layout([.chart(chart)])
        #expect(result.warnings == ["chart “多” has 30 categories, too many for vertical bars; it is drawn with horizontal bars"])
        #expect(result.pages[0].texts.contains("园区30"))
    }
}
