import ZoneBriefCore

/// The change between two cumulative figures of one year (1-5月 → 1-6月): what the later months
/// added. Only actuals and estimates, only periods that start in January of the same year.
public struct CumulativeStep: Sendable, Hashable, CustomStringConvertible {
    public var series: SeriesKey
    public var year: Int
    public var from: Figure
    public var to: Figure
    /// `to.value - from.value`: the months `from.end`+1 … `to.end` alone.
    public var delta: Double { to.value - from.value }
    /// The cumulative growth, in percent of `from`.
    public var changePct: Double? { from.value > 0 ? delta / from.value * 100 : nil }

    public var description: String {
        "step \(series) \(year) \(from.period!.end)→\(to.period!.end) \(NumberText.plain(from.value))→\(NumberText.plain(to.value)) delta=\(NumberText.plain(delta))"
    }

    /// Consecutive pairs of cumulative figures per series and year, in figure order.
    public static func steps(_ figures: [Figure]) -> [CumulativeStep] {
        let cumulative = figures.filter { f in
            guard f.kind != .target, f.unit != .percent, let p = f.period, let s = p.start else { return false }
            return s.month == 1 && s.year == p.end.year
        }
        struct Key: Hashable { var series: SeriesKey; var year: Int }
        let groups = Dictionary(grouping: cumulative) { Key(series: $0.series, year: $0.period!.end.year) }
        var out: [CumulativeStep] = []
        for key in groups.keys.sorted(by: { ($0.series, $0.year) < ($1.series, $1.year) }) {
            // One figure per end month: the headline among those ending there (actual over estimate).
            let byEnd = Dictionary(grouping: groups[key]!) { $0.period!.end }
            let chain = byEnd.keys.sorted().compactMap { AsOf.headline(of: byEnd[$0]!) }
            for (a, b) in zip(chain, chain.dropFirst()) {
                out.append(CumulativeStep(series: key.series, year: key.year, from: a, to: b))
            }
        }
        return out
    }
}
