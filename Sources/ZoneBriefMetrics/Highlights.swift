import ZoneBriefCore

/// The figures a summary leads with, chosen from the zones' headlines: actuals of the brief's
/// period only (never an estimate or a target, never an older or undated figure): the largest
/// investment (CNY, `MetricsVocabulary.investmentMetrics`), the fastest growth (the highest
/// year-on-year change the text states for a money or count figure, or a bare growth rate), and
/// the most projects (`MetricsVocabulary.projectMetrics`); never a part of a set of projects. Ties go to the
/// earlier zone in the brief.
public struct Highlights: Sendable, Hashable, CustomStringConvertible {
    public var largestInvestment: Figure?
    public var fastestGrowth: Figure?
    public var mostProjects: Figure?

    /// `period` nil: no figure is dated, so nothing can lead the brief.
    public init(headlines: [Figure], period: BriefPeriod?) {
        // (a part of a set of projects, 亿元以上项目, is no zone's total: it leads nothing)
        let usable = headlines.filter { $0.kind == .actual && $0.entity.isZone && !$0.series.measure.isPartOfSet && (period?.contains($0.period) ?? false) }
        largestInvestment = Self.first(usable.filter { MetricsVocabulary.investmentMetrics.contains($0.metric) && $0.unit == .CNY }) { $0.value }
        fastestGrowth = Self.first(usable.filter { $0.yoyPct != nil }) { $0.yoyPct! }
        mostProjects = Self.first(usable.filter { MetricsVocabulary.projectMetrics.contains($0.metric) && $0.unit == .count }) { $0.value }
    }

    /// The figure with the largest `key`, the earliest one on ties.
    private static func first(_ figures: [Figure], by key: (Figure) -> Double) -> Figure? {
        var best: Figure? = nil
        for f in figures where best == nil || key(f) > key(best!) { best = f }
        return best
    }

    public var description: String {
        [("largest_investment", largestInvestment), ("fastest_growth", fastestGrowth), ("most_projects", mostProjects)]
            .map { "highlight \($0.0) \($0.1?.description ?? "-")" }.joined(separator: "\n")
    }
}
