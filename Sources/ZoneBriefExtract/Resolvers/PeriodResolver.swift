import ZoneBriefCore

/// Gives a period span its months: `1-5月` in an article about 2023 → 2023-01..2023-05;
/// `截至6月底` → a stock at 2023-06; `今年以来` or an unknown year → no period.
public enum PeriodResolver {
    /// The period a span stands for, given the article's year (nil when unknown).
    public static func resolve(_ span: PeriodSpan, articleYear: Int?) -> Period? {
        let year: Int?
        switch span.year {
        case .absolute(let y): year = y
        case .relative(let o): year = articleYear.map { $0 + o }
        case .implicit: year = articleYear
        }
        guard let y = year else { return nil }
        switch span.shape {
        case .months(let a, let b): return Period.months(y, a, b)
        case .stock(let m?): return Period(start: nil, end: YearMonth(y, m))
        case .stock(nil), .open: return nil
        }
    }
}
