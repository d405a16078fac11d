import ZoneBriefCore

/// The period a brief speaks of: the months of one year up to its month (`--period 2023-06`, or
/// the latest month with data). Headlines, the summary and rankings use figures of this period
/// only; older, later and undated figures are context, shown with their own period.
///
///     let june = BriefPeriod(month: YearMonth(2023, 6))
///     june.contains(.months(2023, 1, 6))   // true: 上半年
///     june.contains(.months(2023, 1, 5))   // true: 1-5月, the latest some zones report
///     june.contains(.year(2023))           // false: a figure for the whole year under way (今年安排
///                                          // 重点项目130个) is context at most
///     june.contains(.year(2022))           // false: last year's figure is context
///     june.contains(nil)                   // false: an undated figure is never of the period
public struct BriefPeriod: Sendable, Hashable, CustomStringConvertible {
    public var month: YearMonth

    public init(month: YearMonth) { self.month = month }

    public var year: Int { month.year }

    /// Whether a figure of `period` speaks of this brief's period: it ends in the brief's year,
    /// in its month or earlier.
    public func contains(_ period: Period?) -> Bool {
        guard let p = period else { return false }
        return p.end.year == month.year && p.end <= month
    }

    /// `2023-01..2023-06`.
    public var description: String { "\(YearMonth(month.year, 1))..\(month)" }
}

/// Month alignment: which figures a brief "as of month M" may use, and which figure of a series
/// is its headline.
///
/// As of M, a figure counts when it is of the brief's period (`BriefPeriod.contains`: it ends in M
/// or earlier months of M's year); a target counts when it is for M's year. Without M, every figure counts. The headline of a series is its latest actual of
/// the brief's period; an estimate only when no actual of the period exists; an older figure only
/// when the period has none (it is then context, never a headline of the brief).
public enum AsOf {
    /// Whether a figure's period fits a brief as of `month` (nil: every figure fits). A target
    /// fits when it is for the month's year (a 2023 target ends in December, after June).
    public static func fits(_ period: Period?, kind: FactKind = .actual, asOf month: YearMonth?) -> Bool {
        guard let month else { return true }
        guard let p = period else { return false }
        if kind == .target { return p.end.year == month.year }
        return BriefPeriod(month: month).contains(p)
    }

    /// The headline among figures of one series (actuals and estimates; targets never): the latest
    /// actual of `period`, else its latest estimate, else the latest actual, else the latest
    /// estimate (an undated figure last of all).
    public static func headline(of figures: [Figure], in period: BriefPeriod? = nil) -> Figure? {
        let usable = figures.filter { $0.kind != .target }
        let current = period.map { p in usable.filter { p.contains($0.period) } } ?? []
        for pool in [current.filter { $0.kind == .actual }, current, usable.filter { $0.kind == .actual }, usable] where !pool.isEmpty {
            return pool.max(by: isBefore)
        }
        return nil
    }

    /// `a` is a worse headline than `b`: an earlier end, then an estimate, then a shorter period,
    /// then the earlier source.
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
