import ZoneBriefCore

/// What a period without a written year is dated against: the article's own date (its dateline or
/// issue header) and the latest year the article names.
public struct DateContext: Sendable, Hashable {
    /// The latest year the article (else its file) names in its text.
    public var namedYear: Int?
    /// The article's dateline or issue header.
    public var date: ArticleDate?
    /// The year the paragraph last named before the figure (2018年,…取得新成绩。全年…): on a
    /// page without a dated month, months and 全年 written without a year are that year's.
    public var yearInPlay: Int?
    /// The year the headline's period names (高新区2011年国民经济和社会发展统计公报): the year of its
    /// 全年 and bare months, whatever the page was dated later.
    public var headingYear: Int?

    public init(namedYear: Int? = nil, date: ArticleDate? = nil) {
        self.namedYear = namedYear
        self.date = date
    }

    /// The year 今年 means: the dateline's, else the latest year the article names.
    public var relativeBase: Int? { date?.year ?? namedYear }
}

/// Gives a period span its months: `1-5月` in an article about 2023 → 2023-01..2023-05;
/// `截至6月底` → a stock at 2023-06; `今年以来` → January to the article's month.
public enum PeriodResolver {
    /// The period a span stands for, given the article's year only (nil when unknown).
    public static func resolve(_ span: PeriodSpan, articleYear: Int?) -> Period? {
        resolve(span, context: DateContext(namedYear: articleYear))
    }

    /// The period a span stands for. A year written in the span wins; 今年/去年 count from the
    /// article's date; months with no year take the dateline's year (the year before when they end
    /// after the dateline's month: a page of January 2024 reporting 1-12月 speaks of 2023), else the
    /// year the text last named before them, else the latest year the article names, else an
    /// issue header's year. 今年以来 runs from January to the
    /// article's month, 截至目前 is a stock at it; without a dated month neither has a period.
    /// `forward`: the figure is a plan or an estimate, whose months may lie after the dateline.
    public static func resolve(_ span: PeriodSpan, context c: DateContext, forward: Bool = false) -> Period? {
        switch span.shape {
        case .years(let a, let b): return Period(start: YearMonth(a, 1), end: YearMonth(b, 12))
        case .pastYears(let n):
            // 五年来 in a work report of January–March: the years just ended; later in a year, up to it
            guard let last = c.date.map({ d in (d.month ?? 1) <= 3 ? d.year - 1 : d.year }) ?? c.namedYear else { return nil }
            return Period(start: YearMonth(last - n + 1, 1), end: YearMonth(last, 12))
        default: break
        }
        let year: Int?
        var fromDateline = false
        switch span.year {
        case .absolute(let y): year = y
        case .relative(let o): year = c.relativeBase.map { $0 + o }
        case .inPlay: year = c.yearInPlay ?? c.relativeBase
        case .implicit:
            if let h = c.headingYear, c.yearInPlay == nil { year = h
            // (2019年，面对…形势，…。全年实现地区生产总值…, on a page dated 2023: the year the paragraph
            // named, before the dateline's)
            } else if let p = c.yearInPlay, let d = c.date, d.month != nil, p < d.year { year = p
            } else if let d = c.date, d.month != nil { year = d.year; fromDateline = !forward
            } else { year = c.yearInPlay ?? c.namedYear ?? c.date?.year }
        }
        guard var y = year else { return nil }
        switch span.shape {
        case .months(let a, let b):
            if fromDateline, let m = c.date?.month, b > m { y -= 1 }
            return Period.months(y, a, b)
        case .stock(let m?):
            if fromDateline, let dm = c.date?.month, m > dm { y -= 1 }
            return Period(start: nil, end: YearMonth(y, m))
        case .stock(nil):
            // 截至目前: the day the page was written, whatever year a sentence before put in play (2019年以来…。截止目前，…)
            guard let d = c.date, let m = d.month else { return nil }
            if case .absolute = span.year, d.year != y { return nil }
            return Period(start: nil, end: YearMonth(d.year, m))
        case .open:
            // 今年以来: January to the dateline's month; 去年以来, 2021年以来: from that January on
            // (2021年以来 on a page with no dated month that names 2022 as the year after, a year-end review
            // and its plans: the whole year 2021)
            if c.date?.month == nil, (c.date?.year ?? c.namedYear) == y + 1 { return Period.months(y, 1, 12) }
            guard let d = c.date, let m = d.month, y <= d.year else { return nil }
            // (2019年以来 in a report of January 2020, a year-end review: the year just ended, as a page of January or
            // February gives the year's results)
            if d.year == y + 1, m <= 2 { return Period.months(y, 1, 12) }
            return Period(start: YearMonth(y, 1), end: YearMonth(d.year, m))
        case .since(let a):
            // 2月份以来: that month to the dateline's (no dated month: an end unknown, no period)
            guard let d = c.date, let m = d.month, y < d.year || y == d.year && a <= m else { return nil }
            return Period(start: YearMonth(y, a), end: YearMonth(d.year, m))
        case .years, .pastYears: return nil   // resolved above
        case .comingYears: return nil         // a horizon: no period of a figure
        }
    }
}
