import ZoneBriefCore

/// Month alignment: which figures a brief "as of month M" may use, and which figure of a series
/// is its headline.
///
/// As of M, a figure counts when its period ends in M or earlier months of M's year (a 1-5月
/// figure counts for a June brief; a 2022 figure does not count for a 2023 brief). Without M,
/// every dated figure counts. Of the figures that count, the headline is the latest: the latest
/// end month, then an actual over an estimate, then the longer period (1-6月 over 6月).
public enum AsOf {
    /// Whether a figure's period fits a brief as of `month` (nil: every figure fits). A target
    /// fits when it is for the month's year (a 2023 target ends in December, after June).
    public static func fits(_ period: Period?, kind: FactKind = .actual, asOf month: YearMonth?) -> Bool {
        guard let month else { return true }
        guard let p = period else { return false }
        if kind == .target { return p.end.year == month.year }
        return p.end.year == month.year && p.end <= month
    }

    /// The headline among figures of one series (actuals and estimates; targets never).
    public static func headline(of figures: [Figure]) -> Figure? {
        figures.filter { $0.kind != .target }.max(by: isBefore)
    }

    /// `a` is a worse headline than `b`.
    static func isBefore(_ a: Figure, _ b: Figure) -> Bool {
        let ea = a.period?.end.ordinal ?? Int.min, eb = b.period?.end.ordinal ?? Int.min
        if ea != eb { return ea < eb }
        if a.kind != b.kind { return a.kind.order > b.kind.order }
        let ca = a.period?.monthCount ?? 0, cb = b.period?.monthCount ?? 0
        if ca != cb { return ca < cb }
        return sourceOrder(b.sources[0], a.sources[0])
    }

    /// The month the data reaches: the latest end among actuals and estimates. A whole-year
    /// figure of a year that also has part-year figures (今年安排重点项目130个, dated 01..12 while
    /// the article reports 1-6月) is a figure for a year under way, so it does not move the
    /// date past the latest part-year figure of that year.
    public static func dataMonth(of figures: [Figure]) -> YearMonth? {
        let dated = figures.filter { $0.kind != .target }.compactMap(\.period)
        guard let latest = dated.map(\.end).max() else { return nil }
        let partYear = dated.filter { $0.monthCount != 12 && $0.end.year == latest.year }.map(\.end).max()
        let wholeYearOnly = dated.filter { $0.end == latest }.allSatisfy { $0.monthCount == 12 }
        if wholeYearOnly, let partYear { return partYear }
        return latest
    }
}
