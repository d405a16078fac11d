import ZoneBriefCore

/// The change between two cumulative actuals of one year (1-5月 → 1-6月): what the later months
/// added. It is derived, never printed by a source: one month's step is that month's own value
/// (6月当月), a longer one the increase over those months (增加), never a growth rate. Only
/// actuals (an estimate minus an actual is no month's value), only periods that start in January
/// of the same year.
public struct CumulativeStep: Sendable, Hashable, CustomStringConvertible {
    public var series: SeriesKey
    public var year: Int
    public var from: Figure
    public var to: Figure
    /// `to.value - from.value`: the months `from.end`+1 … `to.end` alone.
    public var delta: Double { to.value - from.value }
    /// The months the difference covers: `from.end`+1 … `to.end` (one month: 2023-06..2023-06).
    public var span: Period {
        let first = from.period!.end.ordinal + 1
        return Period(start: YearMonth(first / 12, first % 12 + 1), end: to.period!.end)
    }
    /// Whether the difference is one month's own value (1-5月 → 1-6月 gives 6月当月).
    public var isOneMonth: Bool { span.monthCount == 1 }

    public var description: String {
        "step \(series) \(year) \(from.period!.end)→\(to.period!.end) \(NumberText.plain(from.value))→\(NumberText.plain(to.value)) delta=\(NumberText.plain(delta))\(isOneMonth ? " month=\(to.period!.end)" : "")"
    }

    /// Consecutive pairs of cumulative actuals per series and year, in figure order.
    public static func steps(_ figures: [Figure]) -> [CumulativeStep] {
        let cumulative = figures.filter { f in
            guard f.kind == .actual, f.unit != .percent, let p = f.period, let s = p.start else { return false }
            return s.month == 1 && s.year == p.end.year
        }
        struct Key: Hashable { var series: SeriesKey; var year: Int }
        let groups = Dictionary(grouping: cumulative) { Key(series: $0.series, year: $0.period!.end.year) }
        var out: [CumulativeStep] = []
        for key in groups.keys.sorted(by: { ($0.series, $0.year) < ($1.series, $1.year) }) {
            // One figure per end month (merging leaves one per period; the latest source on a tie).
            let byEnd = Dictionary(grouping: groups[key]!) { $0.period!.end }
            let chain = byEnd.keys.sorted().compactMap { AsOf.headline(of: byEnd[$0]!) }
            for (a, b) in zip(chain, chain.dropFirst()) {
                out.append(CumulativeStep(series: key.series, year: key.year, from: a, to: b))
            }
        }
        return out
    }
}
