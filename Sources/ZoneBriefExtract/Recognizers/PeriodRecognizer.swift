/// A time expression in a sentence, before its year is known: `2022年`, `今年1-5月`, `上半年`,
/// `前6个月`, `截至6月底`, `今年以来`.
public struct PeriodSpan: Sendable, Hashable {
    public enum Year: Sendable, Hashable {
        /// No year written: the article's year applies.
        case implicit
        case absolute(Int)
        /// 今年 (0), 去年 (-1), …, relative to the article's year.
        case relative(Int)
        /// 当年, 同年: the year the text last named before it, else the article's year.
        case inPlay

        /// Whether the year is written as a word (今年, 去年, 当年).
        var isWrittenRelative: Bool {
            switch self {
            case .relative, .inPlay: return true
            case .implicit, .absolute: return false
            }
        }
    }

    public enum Shape: Sendable, Hashable {
        /// Months first...last of the year.
        case months(Int, Int)
        /// A stock figure at the end of a month (截至6月底); month nil for 截至目前.
        case stock(Int?)
        /// From a start to an unknown end (今年以来): no period.
        case open
        /// From a month to the article's (2月份以来, 今年3月以来).
        case since(Int)
        /// Whole years first...last (“十四五”期间: 2021…2025).
        case years(Int, Int)
        /// The last n years up to the article's (五年来, 过去五年).
        case pastYears(Int)
        /// The next n years (三年内, 未来五年): a horizon that dates no figure.
        case comingYears(Int)

        /// From the start of a year to the article's day (今年以来, 1月份以来).
        var runsFromYearStart: Bool {
            switch self {
            case .open: return true
            case .since(let m): return m == 1
            default: return false
            }
        }
        /// One month (1月份, 2022年3月).
        var isOneMonth: Bool { if case .months(let a, let b) = self { return a == b } else { return false } }
        /// Months within one year, short of the whole year (3月, 二季度, 上半年).
        var isPartOfAYear: Bool { if case .months(let a, let b) = self { return b - a < 11 } else { return false } }
        /// Months of one year, some or all (not a stock, nor years).
        var isMonths: Bool { if case .months = self { return true } else { return false } }
    }

    public var start: Int
    public var end: Int
    public var year: Year
    public var shape: Shape
    /// The month of a day written right before what was done to a set of projects (5月25日又开工…): it dates
    /// that set alone, not the sentences after it.
    public var isEventDay = false

    /// Whether the span writes its year out (2022年…).
    public var isAbsolute: Bool { if case .absolute = year { return true } else { return false } }
}

/// Finds time expressions (spans only; `PeriodResolver` gives them a year).
public final class PeriodRecognizer: Sendable {
    public let lexicon: Lexicon
    private let periodWords: [(word: [Unicode.Scalar], months: (Int, Int))]
    private let relYears: [(word: [Unicode.Scalar], year: PeriodSpan.Year)]
    /// First scalars of the period words and of the relative years, for a fast "none starts here"
    /// (nil when some word is empty and so starts everywhere).
    private let periodWordFirst: ScalarSet?
    private let relYearFirst: ScalarSet?
    /// First scalars of the as-of words (截至, 截止…: `lexicon.rules.asOf`).
    private let asOfFirst: ScalarSet
    /// First scalars of the words that are as-of words before a month only (到: `rule as-of-month`).
    private let asOfMonthFirst: ScalarSet
    /// What a span of years can start with: a quote or a plan's first character (“十四五”), a digit
    /// (2011-2014年), the first character of a past or coming years' word (近五年来, 未来三年), or a
    /// numeral where such a word opens with its number (五年来); nil when a plan word is empty.
    private let yearsSpanFirst: ScalarSet?
    /// The period ends and month parts of the rules: after a month, what makes it no whole
    /// month (6月底, 6月初).
    private let notWholeMonth: [[Unicode.Scalar]]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        periodWords = lexicon.periodWords.map { ($0.key, $0.value) }.sorted { $0.word.count > $1.word.count }
        relYears = (lexicon.relativeYears.map { ($0.key, PeriodSpan.Year.relative($0.value)) } + lexicon.inPlayYears.map { ($0, .inPlay) })
            .sorted { $0.word.count > $1.word.count }
        periodWordFirst = periodWords.contains { $0.word.isEmpty } ? nil : ScalarSet(periodWords.map { $0.word[0] })
        relYearFirst = relYears.contains { $0.word.isEmpty } ? nil : ScalarSet(relYears.map { $0.word[0] })
        asOfFirst = ScalarSet(lexicon.rules.asOf.compactMap(\.first))
        asOfMonthFirst = ScalarSet(lexicon.rules.asOfMonth.compactMap(\.first))
        let yearWords = lexicon.pastYears + lexicon.comingYears
        if lexicon.planPeriods.contains(where: { $0.word.isEmpty }) {
            yearsSpanFirst = nil
        } else {
            var first = ScalarSet("“\"0123456789".unicodeScalars)
            first.formUnion(lexicon.planPeriods.map { $0.word[0] })
            first.formUnion(yearWords.compactMap(\.before.first))
            if yearWords.contains(where: { $0.before.isEmpty }) { first.formUnion(ChineseNumeral.numeralSet) }
            yearsSpanFirst = first
        }
        notWholeMonth = lexicon.rules.periodEnds + lexicon.rules.monthParts
    }

    /// The first of `words` that stands in `t` at `i`.
    @inline(__always) private func word(_ words: [[Unicode.Scalar]], _ t: [Unicode.Scalar], at i: Int) -> [Unicode.Scalar]? {
        for w in words where ScalarText.matches(t, at: i, w) { return w }
        return nil
    }

    /// Whether a word whose first scalar is in `first` may start at `i` (always, without the set).
    @inline(__always) private func mayStart(_ first: ScalarSet?, _ t: [Unicode.Scalar], _ i: Int) -> Bool {
        guard let first else { return true }
        return i < t.count && first.contains(t[i])
    }

    /// Every time expression in `t`, in order.
    public func recognize(_ t: [Unicode.Scalar]) -> [PeriodSpan] {
        var out: [PeriodSpan] = []
        var i = 0
        let n = t.count
        while i < n {
            if let span = match(t, at: i) {
                out.append(span)
                i = max(span.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// A 4-digit year at `i` followed by 年: (year, index after 年). 年, 月 and 日 after a number
    /// are the calendar's own grammar (``CalendarMarks``); the words around them are rule words.
    static func yearNumber(_ t: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        yearNumber(t, at: i, from: 0, to: t.count)
    }

    /// The same within `t[lo..<hi]` only (as if that part were the whole text).
    static func yearNumber(_ t: [Unicode.Scalar], at i: Int, from lo: Int, to hi: Int) -> (Int, Int)? {
        guard i + 4 < hi, t[i + 4] == CalendarMarks.year else { return nil }
        if i > lo && ScalarText.isASCIIDigit(t[i - 1]) { return nil }
        var y = 0
        for k in 0..<4 {
            guard ScalarText.isASCIIDigit(t[i + k]) else { return nil }
            y = y * 10 + Int(t[i + k].value - 48)
        }
        guard (1949...2100).contains(y) else { return nil }
        return (y, i + 5)
    }

    /// Four digits of a year (1949…2100) with no 年, right before a period word (2008上半年).
    private func bareYear(_ t: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + 4 < t.count, !(i > 0 && ScalarText.isASCIIDigit(t[i - 1])), !ScalarText.isASCIIDigit(t[i + 4]),
              mayStart(periodWordFirst, t, i + 4), periodWords.contains(where: { ScalarText.matches(t, at: i + 4, $0.word) }) else { return nil }
        var y = 0
        for k in 0..<4 {
            guard ScalarText.isASCIIDigit(t[i + k]) else { return nil }
            y = y * 10 + Int(t[i + k].value - 48)
        }
        return (1949...2100).contains(y) ? y : nil
    }

    /// A month number (1…12) written in digits or Chinese at `i`: (month, index after it).
    static func monthNumber(_ t: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        guard let (v, j) = smallNumber(t, at: i), (1...12).contains(v) else { return nil }
        return (v, j)
    }

    /// A day of a month (1…31) written in digits or Chinese at `i`: (day, index after it).
    static func dayNumber(_ t: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        guard let (v, j) = smallNumber(t, at: i), (1...31).contains(v) else { return nil }
        return (v, j)
    }

    /// A whole number of up to three characters written in digits or Chinese at `i` (6, 12, 十二,
    /// 五): (value, index after it); not a part of a longer number or a decimal.
    static func smallNumber(_ t: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        guard i < t.count else { return nil }
        if ScalarText.isASCIIDigit(t[i]) {
            if i > 0 && (ScalarText.isASCIIDigit(t[i - 1]) || t[i - 1] == ".") { return nil }
            var j = i, v = 0
            while j < t.count && ScalarText.isASCIIDigit(t[j]) && j - i < 3 { v = v * 10 + Int(t[j].value - 48); j += 1 }
            guard j < t.count, !ScalarText.isASCIIDigit(t[j]), t[j] != "." else { return nil }
            return (v, j)
        }
        var j = i
        while j < t.count && j - i < 3 && (ChineseNumeral.digit(t[j]) != nil || t[j] == "十") { j += 1 }
        guard j > i, let v = ChineseNumeral.smallInt(t[i..<j]) else { return nil }
        return (v, j)
    }

    /// Months written at `i`: `1-5月`, `1—6月`, `1至5月`, `6月`/`6月份` (not a date: `3月24日`, unless what was done
    /// to a set of projects follows it: then its month, and `isDay`): (first, last, end, isDay).
    func monthRange(_ t: [Unicode.Scalar], at i: Int) -> (first: Int, last: Int, end: Int, isDay: Bool)? {
        guard let (a, j) = Self.monthNumber(t, at: i), j < t.count else { return nil }
        if t[j] == CalendarMarks.month {
            // 1月至9月, 1月-6月
            if let joiner = word(lexicon.rules.rangeJoiners, t, at: j + 1),
               let (b, k) = Self.monthNumber(t, at: j + 1 + joiner.count), k < t.count, t[k] == CalendarMarks.month, b >= a {
                if !(k + 1 < t.count && ChineseNumeral.isNumeral(t[k + 1]) || k + 1 < t.count && ScalarText.isASCIIDigit(t[k + 1])) {
                    return (a, b, k + 1, false)
                }
                // (1月至12月31日: the range closed by its last month's day)
                if let e = dayEnd(t, at: k + 1) { return (a, b, e, false) }
            }
            // a single month, unless it is a date or a part of a month
            let k = j + 1
            if word(notWholeMonth, t, at: k) != nil { return nil }
            // (1月1日至12月31日: from a month's day to another's, the months between)
            if let e = dayEnd(t, at: k), let joiner = word(lexicon.rules.rangeJoiners, t, at: e),
               let (b, m) = Self.monthNumber(t, at: e + joiner.count), m < t.count, t[m] == CalendarMarks.month, b >= a,
               let end = dayEnd(t, at: m + 1) {
                return (a, b, end, false)
            }
            if let (_, e) = Self.dayNumber(t, at: k), let mark = word(lexicon.rules.dayMarks, t, at: e) {
                // (…继今年1月6日开工建设5大项目后，5月25日又开工建设5个项目: a day right before what was done
                // to a set of projects dates it, wherever it stands; its month is the figures')
                // (…签约；10月28日，在深圳恳谈会上，总投资6亿元的3个项目签约: a day opening a statement of a list, its own
                // clause, dates what the statement tells, as a lead's day dates its paragraph)
                return daysSetVerb(t, at: e + mark.count) || opensStatement(t, dayAt: i, end: e + mark.count) ? (a, a, e + mark.count, true) : nil
            }
            if k < t.count && ScalarText.isASCIIDigit(t[k]) { return nil }
            let end = k + (word(lexicon.rules.monthSuffixes, t, at: k)?.count ?? 0)
            return (a, a, end, false)
        }
        guard let joiner = word(lexicon.rules.rangeJoiners, t, at: j) else { return nil }
        guard let (b, k) = Self.monthNumber(t, at: j + joiner.count), k < t.count, t[k] == CalendarMarks.month, b >= a else { return nil }
        if k + 1 < t.count, let (_, e) = Self.monthNumber(t, at: k + 1), e < t.count, t[e] == CalendarMarks.day { return nil }
        let end = k + 1 + (word(lexicon.rules.monthSuffixes, t, at: k + 1)?.count ?? 0)
        return (a, b, end, false)
    }

    /// Whether a day written from `i` to `end` opens a statement after ；(not a sentence's first words, which a
    /// lead's day reads) and is a clause of its own, a part of the day after it or none.
    private func opensStatement(_ t: [Unicode.Scalar], dayAt i: Int, end: Int) -> Bool {
        guard i > 0, lexicon.scopeEnds.contains(t[i - 1]) else { return false }
        let k = end + (word(lexicon.rules.dayParts, t, at: end)?.count ?? 0)
        return k < t.count && ScalarText.isClauseBreak(t[k])
    }

    /// Where a day of the month written at `i` (31日, 30号) ends, else nil.
    private func dayEnd(_ t: [Unicode.Scalar], at i: Int) -> Int? {
        guard let (_, e) = Self.dayNumber(t, at: i), let mark = word(lexicon.rules.dayMarks, t, at: e) else { return nil }
        return e + mark.count
    }

    /// Whether what was done to a set of projects (`rule set-verb`: 开工, 签约) follows a day at `i`, past the
    /// part of the day (上午), the word of a set handled together (集中) and 又, 再 (`rule day-then`).
    func daysSetVerb(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        for words in [lexicon.rules.dayParts, lexicon.rules.dayThenWords, lexicon.rules.togetherWords] {
            if let w = word(words, t, at: k) { k += w.count }
        }
        return word(lexicon.rules.setVerbs, t, at: k) != nil
    }

    /// A plan period (“十四五”期间) or the last years (五年来, 过去五年) starting at `i`.
    func yearsSpan(_ t: [Unicode.Scalar], at i: Int) -> PeriodSpan? {
        guard mayStart(yearsSpanFirst, t, i) else { return nil }
        var j = i
        if j < t.count, t[j] == "“" || t[j] == "\"" { j += 1 }
        for plan in lexicon.planPeriods where ScalarText.matches(t, at: j, plan.word) {
            var k = j + plan.word.count
            if k < t.count, t[k] == "”" || t[k] == "\"" { k += 1 }
            guard let end = word(lexicon.planPeriodEnds, t, at: k) else { continue }
            return PeriodSpan(start: i, end: k + end.count, year: .implicit, shape: .years(plan.first, plan.last))
        }
        // 2011-2014年, 2011年至2014年: the years from one to the other
        if i + 4 < t.count, ScalarText.isASCIIDigit(t[i]) {
            var first: (Int, Int)? = Self.yearNumber(t, at: i)
            if first == nil, i + 4 < t.count, !(i > 0 && ScalarText.isASCIIDigit(t[i - 1])), !ScalarText.isASCIIDigit(t[i + 4]),
               (i..<(i + 4)).allSatisfy({ ScalarText.isASCIIDigit(t[$0]) }) {
                let y = (i..<(i + 4)).reduce(0) { $0 * 10 + Int(t[$1].value - 48) }
                if (1949...2100).contains(y) { first = (y, i + 4) }
            }
            if let (y1, e1) = first, let joiner = word(lexicon.rules.rangeJoiners, t, at: e1),
               let (y2, e2) = Self.yearNumber(t, at: e1 + joiner.count), y2 > y1, y2 - y1 <= 30 {
                return PeriodSpan(start: i, end: e2, year: .implicit, shape: .years(y1, y2))
            }
        }
        for pair in lexicon.pastYears where ScalarText.matches(t, at: i, pair.before) {
            if pair.before.isEmpty, i > 0, ScalarText.isASCIIDigit(t[i - 1]) || ChineseNumeral.isNumeral(t[i - 1]) { continue }
            // (up to a zone's whole life: 高新技术企业33年间增长了近110倍)
            guard let (count, b) = Self.smallNumber(t, at: i + pair.before.count), (1...50).contains(count),
                  ScalarText.matches(t, at: b, pair.after) else { continue }
            return PeriodSpan(start: i, end: b + pair.after.count, year: .implicit, shape: .pastYears(count))
        }
        for pair in lexicon.comingYears where ScalarText.matches(t, at: i, pair.before) {
            if pair.before.isEmpty, i > 0, ScalarText.isASCIIDigit(t[i - 1]) || ChineseNumeral.isNumeral(t[i - 1]) { continue }
            guard let (count, b) = Self.smallNumber(t, at: i + pair.before.count), (1...30).contains(count),
                  ScalarText.matches(t, at: b, pair.after) else { continue }
            return PeriodSpan(start: i, end: b + pair.after.count, year: .implicit, shape: .comingYears(count))
        }
        return nil
    }

    /// The period (with any year before it) that starts at `i`.
    func match(_ t: [Unicode.Scalar], at i: Int) -> PeriodSpan? {
        let n = t.count
        // 截至(今年|2023年)6月底, 截至目前
        guard i < n else { return nil }
        if let span = yearsSpan(t, at: i) { return span }
        if asOfFirst.contains(t[i]), let w = word(lexicon.rules.asOf, t, at: i) {
            var j = i + w.count
            if let now = word(lexicon.rules.toDate, t, at: j) {
                return PeriodSpan(start: i, end: j + now.count, year: .implicit, shape: .stock(nil))
            }
            var year: PeriodSpan.Year = .implicit
            if let (y, e) = Self.yearNumber(t, at: j) { year = .absolute(y); j = e }
            else if mayStart(relYearFirst, t, j), let r = relYears.first(where: { ScalarText.matches(t, at: j, $0.word) }) { year = r.year; j += r.word.count }
            if let (m, e) = Self.monthNumber(t, at: j), e < n, t[e] == CalendarMarks.month, let end = word(lexicon.rules.periodEnds, t, at: e + 1) {
                return PeriodSpan(start: i, end: e + 1 + end.count, year: year, shape: .stock(m))
            }
            if let end = word(lexicon.rules.periodEnds, t, at: j), case .absolute = year {
                return PeriodSpan(start: i, end: j + end.count, year: year, shape: .stock(12))
            }
            if year.isWrittenRelative, let end = word(lexicon.rules.periodEnds, t, at: j) {
                return PeriodSpan(start: i, end: j + end.count, year: year, shape: .stock(12))
            }
            // 截至一季度, 截至上半年末: the stock at the end of those months
            if mayStart(periodWordFirst, t, j), let pw = periodWords.first(where: { ScalarText.matches(t, at: j, $0.word) }) {
                let e = j + pw.word.count
                return PeriodSpan(start: i, end: e + (word(lexicon.rules.periodEnds, t, at: e)?.count ?? 0), year: year, shape: .stock(pw.months.1))
            }
            // 截至9月, 截至9月30日: the stock at that month('s day)
            if let (m, e) = Self.monthNumber(t, at: j), e < n, t[e] == CalendarMarks.month {
                var k = e + 1
                if let (_, d) = Self.monthNumber(t, at: k), let mark = word(lexicon.rules.dayMarks, t, at: d) { k = d + mark.count }
                return PeriodSpan(start: i, end: k, year: year, shape: .stock(m))
            }
            // 截至年末: the end of the year in play
            if year == .implicit, j + 1 < n, t[j] == CalendarMarks.year, let end = word(lexicon.rules.periodEnds, t, at: j + 1) {
                return PeriodSpan(start: i, end: j + 1 + end.count, year: year, shape: .stock(12))
            }
            return PeriodSpan(start: i, end: j, year: year, shape: .stock(nil))
        }
        // 到7月10日, 到6月底: the stock at that month('s day or end); not after a month, 1月到6月, a range
        if asOfMonthFirst.contains(t[i]), !(i > 0 && t[i - 1] == CalendarMarks.month), let w = word(lexicon.rules.asOfMonth, t, at: i),
           let (m, e) = Self.monthNumber(t, at: i + w.count), e < n, t[e] == CalendarMarks.month {
            var k = e + 1
            if let end = word(lexicon.rules.periodEnds, t, at: k) { k += end.count }
            else if let (_, d) = Self.monthNumber(t, at: k), let mark = word(lexicon.rules.dayMarks, t, at: d) { k = d + mark.count }
            return PeriodSpan(start: i, end: k, year: .implicit, shape: .stock(m))
        }
        // 年末，全区有…: opening a clause, the end of the year in play
        if t[i] == CalendarMarks.year, i == 0 || !(ScalarText.isHan(t[i - 1]) || ScalarText.isASCIIDigit(t[i - 1])),
           let end = word(lexicon.rules.periodEnds, t, at: i + 1) {
            return PeriodSpan(start: i, end: i + 1 + end.count, year: .implicit, shape: .stock(12))
        }
        // a year, absolute or relative, and what follows it
        var year: PeriodSpan.Year? = nil
        var j = i
        if let (y, e) = Self.yearNumber(t, at: i) {
            year = .absolute(y); j = e
            if let suffix = word(lexicon.rules.yearSuffixes, t, at: j) { j += suffix.count }
        } else if let y = bareYear(t, at: i) {
            // 2008上半年, 2019一季度: a year written without 年 right before a period word
            year = .absolute(y); j = i + 4
        } else if mayStart(relYearFirst, t, i), let r = relYears.first(where: { ScalarText.matches(t, at: i, $0.word) }) {
            year = r.year; j = i + r.word.count
        }
        // 去年同期: a comparison base, not a period
        if year != nil, word(lexicon.rules.samePeriod, t, at: j) != nil { return nil }
        // 2021年末, 去年底: the stock at the year's end
        if year != nil, let end = word(lexicon.rules.periodEnds, t, at: j) {
            return PeriodSpan(start: i, end: j + end.count, year: year!, shape: .stock(12))
        }
        // 6月底, 今年9月末: the stock at the month's end
        if let (m, e) = Self.monthNumber(t, at: j), e < n, t[e] == CalendarMarks.month, let end = word(lexicon.rules.periodEnds, t, at: e + 1) {
            if year == nil, i > 0, ScalarText.isASCIIDigit(t[i - 1]) { return nil }
            return PeriodSpan(start: i, end: e + 1 + end.count, year: year ?? .implicit, shape: .stock(m))
        }
        // 一、二季度, 三、四季度: period words listed with 、 before the part they share, the months from the
        // first to the last
        if j + 2 < n, ScalarText.isListBreak(t[j + 1]), let last = periodWords.first(where: { ScalarText.matches(t, at: j + 2, $0.word) }),
           let first = periodWords.first(where: { $0.word.count == last.word.count && $0.word.first == t[j] && $0.word.dropFirst().elementsEqual(last.word.dropFirst()) }),
           first.months.1 < last.months.0 {
            return PeriodSpan(start: i, end: j + 2 + last.word.count, year: year ?? .implicit, shape: .months(first.months.0, last.months.1))
        }
        // what follows: a period word, months, 以来
        if mayStart(periodWordFirst, t, j), let pw = periodWords.first(where: { ScalarText.matches(t, at: j, $0.word) }) {
            // 一季度以来: from then to the article's date, not the quarter
            if pw.months.0 == 1, let o = lexicon.openPeriodWords.first(where: { ScalarText.matches(t, at: j + pw.word.count, $0) }) {
                return PeriodSpan(start: i, end: j + pw.word.count + o.count, year: year ?? .implicit, shape: .open)
            }
            // 三季度末, 上半年末: the stock at the end of those months
            if let end = word(lexicon.rules.periodEnds, t, at: j + pw.word.count) {
                return PeriodSpan(start: i, end: j + pw.word.count + end.count, year: year ?? .implicit, shape: .stock(pw.months.1))
            }
            return PeriodSpan(start: i, end: j + pw.word.count, year: year ?? .implicit, shape: .months(pw.months.0, pw.months.1))
        }
        if year != nil, let o = lexicon.openPeriodWords.first(where: { ScalarText.matches(t, at: j, $0) }) {
            return PeriodSpan(start: i, end: j + o.count, year: year!, shape: .open)
        }
        // 从1993年开始, 自2015年起, 从1993年引进第一家外资企业到目前: a span from that year to the page's day
        if case .absolute = year, lexicon.rules.sinceLeads.contains(where: { i >= $0.count && ScalarText.endsWith(t, at: i, $0) }) {
            let r = lexicon.rules
            if let tail = r.sinceTails.first(where: { ScalarText.matches(t, at: j, $0) }) {
                return PeriodSpan(start: i, end: j + tail.count, year: year!, shape: .open)
            }
            let ce = ScalarText.clauseEnd(t, from: j)
            // (the span runs to its end word, 到目前, which closes the clause it dates)
            if let e = r.sinceEnds.compactMap({ w in ScalarText.find(w, in: t, from: j, to: ce).map { $0 + w.count } }).min(), e == ce {
                return PeriodSpan(start: i, end: e, year: year!, shape: .open)
            }
        }
        // 前6个月: the first months
        for pair in lexicon.rules.firstMonths where ScalarText.matches(t, at: j, pair.first)
            && !lexicon.rules.leadTimes.contains(where: { ScalarText.endsWith(t, at: j + pair.first.count, $0) }) {
            if let (m, e) = Self.monthNumber(t, at: j + pair.first.count), ScalarText.matches(t, at: e, pair.second) {
                return PeriodSpan(start: i, end: e + pair.second.count, year: year ?? .implicit, shape: .months(1, m))
            }
        }
        if let (a, b, e, isDay) = monthRange(t, at: j) {
            if year == nil, i > 0, ScalarText.isASCIIDigit(t[i - 1]) { return nil }
            // 今年2月份以来: from that month to the article's, not the month
            if a == b, let o = lexicon.openPeriodWords.first(where: { ScalarText.matches(t, at: e, $0) }) {
                return PeriodSpan(start: i, end: e + o.count, year: year ?? .implicit, shape: .since(a))
            }
            var span = PeriodSpan(start: i, end: e, year: year ?? .implicit, shape: .months(a, b))
            span.isEventDay = isDay
            return span
        }
        // 2021年2月28日，…12个项目集中签约: a full day dates what happened on it, in its month
        if case .absolute = year, let (m, e) = Self.monthNumber(t, at: j), e < n, t[e] == CalendarMarks.month,
           let (_, d) = Self.dayNumber(t, at: e + 1), let mark = word(lexicon.rules.dayMarks, t, at: d) {
            return PeriodSpan(start: i, end: d + mark.count, year: year!, shape: .months(m, m))
        }
        if let year {
            if year.isWrittenRelative, j < n, t[j] == CalendarMarks.year { return nil }  // 今年年初
            return PeriodSpan(start: i, end: j, year: year, shape: .months(1, 12))
        }
        return nil
    }
}
