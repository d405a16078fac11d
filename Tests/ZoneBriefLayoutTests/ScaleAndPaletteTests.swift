import Testing
@testable import ZoneBriefLayout

@Suite struct ScaleAndPaletteTests {
    struct ScaleCase: Sendable {
        var min: Double, max: Double
        var ticks: [Double]
        var decimals: Int
    }

    static let scales: [ScaleCase] = [
        ScaleCase(min: 0, max: 1020, ticks: [0, 250, 500, 750, 1000, 1250], decimals: 0),
        ScaleCase(min: -3, max: 157.6, ticks: [-50, 0, 50, 100, 150, 200], decimals: 0),
        ScaleCase(min: 0.1, max: 0.9, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1.0], decimals: 1),
        ScaleCase(min: -12, max: -3, ticks: [-12.5, -10, -7.5, -5, -2.5, 0], decimals: 1),
        ScaleCase(min: 0, max: 0, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1.0], decimals: 1),
        ScaleCase(min: 2.5, max: 11, ticks: [0, 2.5, 5, 7.5, 10, 12.5], decimals: 1),
        ScaleCase(min: 12, max: 100, ticks: [0, 20, 40, 60, 80, 100], decimals: 0),
    ]

    @Test(arguments: scales)
    func niceTicks(_ c: ScaleCase) {
        let s = NiceScale(min: c.min, max: c.max)
        #expect(s.ticks.count == c.ticks.count)
        for (a, b) in zip(s.ticks, c.ticks) { #expect(abs(a - b) < 1e-9, "\(s.ticks) vs \(c.ticks)") }
        #expect(s.decimals == c.decimals)
    }

    @Test(arguments: [(157.6, 1, "157.6"), (-3, 1, "-3.0"), (1200, 0, "1200"), (0.05, 1, "0.1"), (-0.04, 1, "0.0"),
                      (2.25, 2, "2.25"), (1e20, 0, "1e+20")])
    func numbersAreFormattedWithoutLocale(_ v: Double, _ decimals: Int, _ expected: String) {
        #expect(formatNumber(v, decimals: decimals) == expected)
    }

    @Test(arguments: [(157.6, "157.6"), (12.0, "12"), (-0.35, "-0.35"), (1020.03, "1020.03"), (-0.001, "0")])
    func defaultBarLabels(_ v: Double, _ expected: String) {
        #expect(formatValue(v) == expected)
    }

    /// Ten series stay apart when printed in gray (`Color.gray`, the luma a monochrome printer
    /// or `pdftoppm -gray` makes): two series of the same fill differ by at least 0.12 in gray,
    /// and every bar is darker than the paper.
    @Test func tenSeriesStayApartInGray() {
        let theme = Theme.standard
        #expect(theme.palette.count >= 10)
        let series = (0..<theme.palette.count).map { theme.series($0) }
        for i in series.indices {
            #expect(series[i].color.gray <= 0.85, "series \(i) is too light for paper: \(series[i].color.gray)")
            for j in series.indices where j > i && series[i].striped == series[j].striped {
                #expect(abs(series[i].color.gray - series[j].color.gray) >= 0.12,
                        "series \(i) and \(j) print as the same gray: \(series[i].color.gray), \(series[j].color.gray)")
            }
        }
        // Either set alone would not do: both fills are used.
        #expect(Set(series.map(\.striped)).count == 2)
    }

    /// Estimates, targets and actuals are drawn differently whatever the series' colour: a solid
    /// (or striped) fill, a light hatched fill with an outline, a dashed outline on white.
    @Test func estimateAndTargetMarksDifferFromActuals() {
        let engine = LayoutEngine(measurer: FixedAdvanceMeasurer())
        let r = Rect(x: 0, y: 0, width: 40, height: 10)
        for i in 0..<10 {
            let actual = engine.barItems(r, series: i, mark: .actual)
            let estimate = engine.barItems(r, series: i, mark: .secondary)
            let target = engine.barItems(r, series: i, mark: .target)
            let fill: (FrameItem) -> Color? = { if case .rect(let x) = $0 { return x.fill } else { return nil } }
            #expect(fill(actual[0]) == Theme.standard.palette[i])
            // The estimate's hatching and outline read on its light fill in gray.
            let light = fill(estimate[0])!
            let ink = estimate.compactMap { item -> Color? in if case .line(let l) = item { return l.color } else { return nil } }
            #expect(!ink.isEmpty)
            for c in ink { #expect(light.gray - c.gray >= 0.35, "series \(i): hatch \(c.gray) on fill \(light.gray)") }
            // The target is white inside, dashed around.
            #expect(fill(target[0]) == .white)
            let dashed = target.compactMap { item -> LineItem? in if case .line(let l) = item, !l.dash.isEmpty { return l } else { return nil } }
            #expect(dashed.count == 4)
        }
    }

    @Test func columnsKeepTheirContentWidthWhenTheyFit() {
        let engine = LayoutEngine(measurer: FixedAdvanceMeasurer())
        let fit = engine.columnWidths(natural: [40, 100, 60], weights: [1, 2, 1], minimum: 20, total: 400)
        #expect(fit == [90, 200, 110])
        let tight = engine.columnWidths(natural: [40, 600, 300], weights: [1, 1, 1], minimum: 20, total: 400)
        #expect(tight[0] == 40)
        #expect(abs(tight.reduce(0, +) - 400) < 1e-9)
        #expect(tight[1] == 180 && tight[2] == 180)
        let starved = engine.columnWidths(natural: [40, 600, 300], weights: [0.01, 1, 1], minimum: 20, total: 400)
        #expect(starved == [20, 190, 190])
    }
}
