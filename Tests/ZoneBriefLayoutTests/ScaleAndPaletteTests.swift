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

    /// Series colours must stay apart when printed in grayscale.
    @Test func paletteSurvivesGrayscale() {
        let l = Theme.standard.palette.map(\.luminance).sorted()
        for (a, b) in zip(l, l.dropFirst()) { #expect(b - a >= 0.08, "luminances \(l)") }
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
