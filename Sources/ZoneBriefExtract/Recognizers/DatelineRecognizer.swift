import ZoneBriefCore

/// The date an article gives itself, against which 今年, 去年, 今年以来 and 截至目前 resolve.
public struct ArticleDate: Sendable, Hashable {
    public var year: Int
    /// nil for an issue header (`【2023年第5期】`), which dates an issue, not a month.
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day of the month written alone (20日上午，…) on a page of this date: of this date's month, or of the
    /// month before when it is later than this date's day; nil when this date has no day.
    public func dayOfLatestMonth(_ d: Int) -> (year: Int?, month: Int, day: Int)? {
        guard let month, let today = day else { return nil }
        return d <= today ? (year, month, d) : month > 1 ? (year, month - 1, d) : (year - 1, 12, d)
    }

    /// The day `n` days before this date (前日 on a page of 2020-10-30: 2020-10-28); nil when this date has no day.
    public func daysBefore(_ n: Int) -> (year: Int?, month: Int, day: Int)? {
        guard var m = month, var d = day else { return nil }
        var y = year
        d -= n
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
            d += [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        }
        return (y, m, d)
    }

    /// `2024-07-15`, `2024-07` or `2024`, as facts carry it (`source.date`).
    public var text: String {
        var s = String(year)
        if let month { s += "-" + (month < 10 ? "0" : "") + String(month) }
        if let month, let day { _ = month; s += "-" + (day < 10 ? "0" : "") + String(day) }
        return s
    }
}

/// Finds an article's dateline: `发布时间：2024-07-15`, `2019-06-19 09:30`, `来源：群众新闻2022-04-28`,
/// `2021年3月2日 来源：…`, `【2023年第5期】`, a date in a page address (`/2024/07/15/`, `t20240715_`).
///
/// A date written with dashes, slashes or dots is a dateline wherever it stands in a short line;
/// a date in words (`2021年3月2日`) only in a line that reads as a header (short, no clause
/// punctuation) or that holds a dateline word (来源, 发布, 时间…), or opening the article's first
/// sentence (news leads open with the day they report).
public final class DatelineRecognizer: Sendable {
    public let lexicon: Lexicon
    /// The first characters of the event nouns (`rule event-noun`): where `heldDay` looks.
    private let eventNounStarts: ScalarSet
    /// The first characters of the words of a day counted back (今, 昨, 前): where `leadDaysBack` looks.
    private let daysBackStarts: ScalarSet

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        eventNounStarts = ScalarSet(lexicon.rules.eventNouns.compactMap(\.first))
        daysBackStarts = ScalarSet(lexicon.rules.daysBack.compactMap(\.word.first))
    }

    /// How sure a found date is: a dateline proper beats an issue header, which beats the day a
    /// lead sentence opens with.
    public enum Strength: Int, Comparable, Sendable {
        case leadSentence = 0, issue = 1, dateline = 2
        public static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    /// The dateline of one paragraph (folded text), if it has one.
    private static let digits = ScalarSet("0123456789".unicodeScalars)
    /// How far from a date (in characters, either side) a dateline word of a long line labels it.
    static let labelReach = 24

    public func date(in t: [Unicode.Scalar], isHeading: Bool) -> (ArticleDate, Strength)? {
        // most paragraphs hold no four-digit number at all: nothing to date
        var run = 0, anyYear = false
        for u in t { if ScalarText.isASCIIDigit(u) { run += 1; if run >= 4 { anyYear = true; break } } else { run = 0 } }
        guard anyYear else { return nil }
        // (a line of prose is no header for a word far from its date: 展会期间 at the end of a paragraph
        // that told of 2017年5月27日 is no 期 of an issue; a long header line, 发布时间：2014-02-10 来源：…
        // 浏览次数：…, writes its word right at the date)
        let short = isHeading || t.count <= 60
        func headerLike(_ at: Int) -> Bool {
            if short { return true }
            let lo = max(0, at - Self.labelReach), hi = min(t.count, at + 10 + Self.labelReach)
            return lexicon.datelineWords.contains { ScalarText.find($0, in: t, from: lo, to: hi) != nil }
        }
        let isAddress = Self.holdsAddress(t)
        var best: (ArticleDate, Strength)? = nil
        // (of two dates as strong, the same month's with its day: /202112/t20211210_ in an address)
        func offer(_ d: ArticleDate, _ s: Strength) {
            if let (b, bs) = best, s == bs, b.day == nil, d.day != nil, (b.year, b.month) == (d.year, d.month) { best = (d, s); return }
            if best == nil || s > best!.1 { best = (d, s) }
        }
        var i = Self.digits.firstIndex(in: t, from: 0, to: t.count)
        while i + 4 <= t.count {
            // (every form below opens with a digit)
            guard ScalarText.isASCIIDigit(t[i]) else { i = Self.digits.firstIndex(in: t, from: i + 1, to: t.count); continue }
            // 19.01.2016 14:35: day, month and year, as some sites write a date in the European order
            // (the forms are tested before whether the line reads as a header, which looks for its words)
            if i == 0 || !ScalarText.isASCIIDigit(t[i - 1]) && t[i - 1] != ".",
               let (d, k) = Self.small(t, at: i, max: 31), k < t.count, t[k] == ".",
               let (m, k2) = Self.small(t, at: k + 1, max: 12), k2 < t.count, t[k2] == ".", let y = Self.year(t, at: k2 + 1),
               headerLike(i) {
                offer(ArticleDate(year: y, month: m, day: d), .dateline)
                i = k2 + 5
                continue
            }
            // a date in a page's address: t20240715_, /20240715, /2024/07/15/, /2024/0715/, /2024/07/, /202407/
            if isAddress, i > 0, t[i - 1] == "t" || t[i - 1] == "/" || t[i - 1] == "_", let (d, e) = Self.addressDate(t, at: i) {
                offer(d, .dateline)
                i = e
                continue
            }
            guard ScalarText.isASCIIDigit(t[i]), i == 0 || !ScalarText.isASCIIDigit(t[i - 1]),
                  let y = Self.year(t, at: i) else { i += 1; continue }
            let j = i + 4
            // 2024-07-15, 2024/7/15, 2024.07.15 (a time may follow)
            if j < t.count, t[j] == "-" || t[j] == "/" || t[j] == ".",
               let (m, k) = Self.small(t, at: j + 1, max: 12), k < t.count, t[k] == t[j],
               let (d, e) = Self.small(t, at: k + 1, max: 31), e >= t.count || !ScalarText.isASCIIDigit(t[e]), headerLike(i) {
                offer(ArticleDate(year: y, month: m, day: d), .dateline)
                i = e
                continue
            }
            // 2021年3月2日, 2023年第5期, 2023年5月
            if j < t.count, t[j] == CalendarMarks.year {
                if let (m, k) = Self.small(t, at: j + 1, max: 12), k < t.count, t[k] == CalendarMarks.month {
                    let day = Self.small(t, at: k + 1, max: 31).flatMap { d in lexicon.rules.dayMarks.contains { ScalarText.matches(t, at: d.1, $0) } ? d.0 : nil }
                    if (day != nil || isHeading) && headerLike(i) {
                        offer(ArticleDate(year: y, month: m, day: day), .dateline)
                    } else if day != nil, Self.opensSentence(t, at: i) {
                        offer(ArticleDate(year: y, month: m, day: day), .leadSentence)
                    }
                } else if lexicon.rules.issueMarks.contains(where: { issue in
                    guard ScalarText.matches(t, at: j + 1, issue.first), let (_, k) = Self.small(t, at: j + 1 + issue.first.count, max: 99) else { return false }
                    return ScalarText.matches(t, at: k, issue.second)
                }) {
                    offer(ArticleDate(year: y), .issue)
                }
            }
            i = j
        }
        return best
    }

    /// A day opening a news lead (`2月18日，西安高新区举办…`, `本报讯2月25日，…`,
    /// `据…消息，2月18日，…`, `2024年2月18日，…`): (year if written, month, day). It opens the
    /// paragraph or a clause within its first 40 characters, or follows a news-lead mark, and a
    /// clause break follows it; or a news-lead mark follows it anywhere there (`新华网南宁5月9日电`).
    /// `agencyOnly`: only a day right before a news mark (衡水3月27日讯), as a sentence inside a
    /// paragraph holds it after photo credits run into the lead.
    public func leadDay(in t: [Unicode.Scalar], agencyOnly: Bool = false) -> (year: Int?, month: Int, day: Int)? {
        var i = 0
        let limit = min(t.count, 40)
        guard t[..<limit].contains(CalendarMarks.month) else { return nil }
        while i < limit {
            defer { i += 1 }
            guard ScalarText.isASCIIDigit(t[i]), i == 0 || !ScalarText.isASCIIDigit(t[i - 1]) else { continue }
            // 2024年2月18日: the year written before the month
            var year: Int? = nil
            var lead = i
            if i >= 5, t[i - 1] == CalendarMarks.year, let y = Self.year(t, at: i - 5) { year = y; lead = i - 5 }
            // (今天(4月13日)上午: the day in brackets after 今天; 【化工机械设备网 地方新闻】2月21日上午，…: after a
            // site's tag in square brackets)
            let opens = lead == 0 || ScalarText.isClauseBreak(t[lead - 1]) || ScalarText.isSpace(t[lead - 1]) || ScalarText.isSentenceEnd(t[lead - 1])
                || t[lead - 1] == ")" || t[lead - 1] == "(" || t[lead - 1] == "】" || t[lead - 1] == "]"
                || lexicon.rules.newsLeads.contains { ScalarText.endsWith(t, at: lead, $0) }
            // (今年3月，…开工；5月27日，…签约: a day after ； dates one event of a list, not the lead)
            if t[..<lead].contains(where: lexicon.scopeEnds.contains) { break }
            guard let (m, k) = Self.small(t, at: i, max: 12), k < t.count, t[k] == CalendarMarks.month,
                  let (d, e) = Self.small(t, at: k + 1, max: 31),
                  let mark = lexicon.rules.dayMarks.first(where: { ScalarText.matches(t, at: e, $0) }) else { continue }
            var after = e + mark.count
            if after < t.count, t[after] == ")", lead > 0, t[lead - 1] == "(" { after += 1 }
            if let part = lexicon.rules.dayParts.first(where: { ScalarText.matches(t, at: after, $0) }) { after += part.count }
            guard after < t.count else { continue }
            let agency = lexicon.rules.newsLeads.contains(where: { ScalarText.matches(t, at: after, $0) })
            guard agency || !agencyOnly && opens && (ScalarText.isClauseBreak(t[after]) || ScalarText.isSpace(t[after])) else { continue }
            return (year, m, d)
        }
        return nil
    }

    /// How many days before the article's date a lead's day is, written as a word of a day counted back (前日上午，…;
    /// 本报讯 昨日，…: `rule today`, `yesterday`, `two-days-ago`), opening the text or a clause after a news lead's mark;
    /// nil when the lead opens otherwise.
    public func leadDaysBack(in t: [Unicode.Scalar]) -> Int? {
        let limit = min(t.count, 30)
        var i = daysBackStarts.firstIndex(in: t, from: 0, to: limit)
        while i < limit {
            defer { i = daysBackStarts.firstIndex(in: t, from: i + 1, to: limit) }
            guard let w = lexicon.rules.daysBack.first(where: { ScalarText.matches(t, at: i, $0.word) }) else { continue }
            let opens = i == 0 || ScalarText.isClauseBreak(t[i - 1]) || ScalarText.isSpace(t[i - 1]) || t[i - 1] == ")" || t[i - 1] == "】"
                || lexicon.rules.newsLeads.contains { ScalarText.endsWith(t, at: i, $0) }
            if opens { return w.days }
            // (今年, 今日头条: a word that only starts the same way is no day; the first day word decides)
            return nil
        }
        return nil
    }

    /// A news lead that opens with the day of the month alone (`20日上午，第十三届…博览会举行…签约仪式`), as a
    /// paper writes a day of the month its dateline gives: the day.
    public func leadDayOfMonth(in t: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < t.count, ScalarText.isSpace(t[i]) { i += 1 }
        guard let (d, e) = Self.small(t, at: i, max: 31), let mark = lexicon.rules.dayMarks.first(where: { ScalarText.matches(t, at: e, $0) }) else { return nil }
        var after = e + mark.count
        if let part = lexicon.rules.dayParts.first(where: { ScalarText.matches(t, at: after, $0) }) { after += part.count }
        guard after < t.count, ScalarText.isClauseBreak(t[after]) else { return nil }
        return d
    }

    /// The day an event is said to be held on, written after its name (…新开工项目集中启动活动24日举行,
    /// …签约仪式于3月6日在青松宾馆举行): right after an event noun (`rule event-noun`), a venue preposition or
    /// none, a day with its month or alone, a part of the day or none, then a venue verb or preposition
    /// (`rule venue-verb`, `rule venue-preposition`). Nil when the sentence says no such thing.
    public func heldDay(in t: [Unicode.Scalar]) -> (month: Int?, day: Int)? {
        let rules = lexicon.rules
        // (where a noun may start, found in one pass; each noun is then tried there, nouns in the lexicon's order)
        var starts: [Int] = []
        var i = eventNounStarts.firstIndex(in: t, from: 0, to: t.count)
        while i < t.count { starts.append(i); i = eventNounStarts.firstIndex(in: t, from: i + 1, to: t.count) }
        guard !starts.isEmpty else { return nil }
        for noun in rules.eventNouns {
            for at in starts where ScalarText.matches(t, at: at, noun) {
                var k = at + noun.count
                if let p = rules.venuePrepositions.first(where: { ScalarText.matches(t, at: k, $0) }) { k += p.count }
                var month: Int? = nil
                if let (m, e) = Self.small(t, at: k, max: 12), e < t.count, t[e] == CalendarMarks.month { month = m; k = e + 1 }
                guard let (d, e) = Self.small(t, at: k, max: 31),
                      let mark = rules.dayMarks.first(where: { ScalarText.matches(t, at: e, $0) }) else { continue }
                k = e + mark.count
                if let part = rules.dayParts.first(where: { ScalarText.matches(t, at: k, $0) }) { k += part.count }
                if (rules.venueVerbs + rules.venuePrepositions).contains(where: { ScalarText.matches(t, at: k, $0) }) { return (month, d) }
            }
        }
        return nil
    }

    /// The year that names the event a lead reports (`2月19日上午，淄博高新区2021春季重大项目集中开工活动
    /// 举行`, `3月31日，…举行2023年一季度重大项目集中开竣工…`): four digits, 年 or not, in a clause that
    /// goes on to the event (a set verb, 集中, or an event noun). A news lead gives its day without the
    /// year when the event's own name holds it. A year of an account (2022年度表彰大会) names the
    /// year before, and is none.
    public func eventYear(in t: [Unicode.Scalar]) -> Int? {
        let rules = lexicon.rules
        let eventWords = rules.setVerbs + rules.togetherWords + rules.eventNouns
        var i = Self.digits.firstIndex(in: t, from: 0, to: t.count)
        while i + 4 <= t.count {
            defer { i = Self.digits.firstIndex(in: t, from: i + 1, to: t.count) }
            guard i == 0 || !ScalarText.isASCIIDigit(t[i - 1]), let y = Self.year(t, at: i) else { continue }
            var k = i + 4
            if k < t.count, t[k] == CalendarMarks.year {
                k += 1
                if rules.yearSuffixes.contains(where: { ScalarText.matches(t, at: k, $0) }) { continue }
            }
            // (a month or a day after the year makes it a date, which the dateline reads)
            if k < t.count, ScalarText.isASCIIDigit(t[k]) { continue }
            var end = k
            while end < t.count, !ScalarText.isClauseBreak(t[end]), !ScalarText.isSentenceEnd(t[end]) { end += 1 }
            if eventWords.contains(where: { ScalarText.find($0, in: t, from: k, to: end) != nil }) { return y }
        }
        return nil
    }

    /// A day without its year in a short line that holds a dateline word (`日期:08-14`,
    /// `发布时间：8月14日`): (month, day). An e-paper reader prints today's date at the top of its page
    /// and the article's own day, without the year, under the headline.
    public func yearlessDay(in t: [Unicode.Scalar]) -> (month: Int, day: Int)? {
        guard t.count <= 40, t.contains(where: ScalarText.isASCIIDigit),
              lexicon.datelineWords.contains(where: { ScalarText.find($0, in: t) != nil }) else { return nil }
        var i = 0
        while i < t.count {
            defer { i += 1 }
            guard ScalarText.isASCIIDigit(t[i]), i == 0 || !ScalarText.isASCIIDigit(t[i - 1]) && t[i - 1] != CalendarMarks.year
                && t[i - 1] != "-" && t[i - 1] != "/" && t[i - 1] != ".",
                  let (m, k) = Self.small(t, at: i, max: 12), k < t.count else { continue }
            if t[k] == "-" || t[k] == "/", let (d, e) = Self.small(t, at: k + 1, max: 31, width: 2),
               e >= t.count || !ScalarText.isASCIIDigit(t[e]) && t[e] != t[k] {
                return (m, d)
            }
            if t[k] == CalendarMarks.month, let (d, e) = Self.small(t, at: k + 1, max: 31),
               lexicon.rules.dayMarks.contains(where: { ScalarText.matches(t, at: e, $0) }) {
                return (m, d)
            }
        }
        return nil
    }

    /// Whether a line ends with a full day in digits (2010-11-03, 2016/11/28, 2019-06-19 09:30), as a
    /// link in a list of related news does.
    static func endsWithDay(_ line: [Unicode.Scalar]) -> Bool {
        var end = line.count
        while end > 0 && ScalarText.isSpace(line[end - 1]) { end -= 1 }
        // (a time of day after it: 09:30, 09:30:15)
        var k = end
        while k > 0 && (ScalarText.isASCIIDigit(line[k - 1]) || line[k - 1] == ":") { k -= 1 }
        if k < end, line[k..<end].contains(":"), k > 0, ScalarText.isSpace(line[k - 1]) {
            end = k
            while end > 0 && ScalarText.isSpace(line[end - 1]) { end -= 1 }
        }
        // year, separator, month, the same separator, day: 8 to 10 characters ending the line
        return (8...10).contains { n in
            let i = end - n
            guard i >= 0, i == 0 || !ScalarText.isASCIIDigit(line[i - 1]), year(line, at: i) != nil, i + 4 < end else { return false }
            let sep = line[i + 4]
            guard sep == "-" || sep == "/" || sep == ".", let (_, m) = small(line, at: i + 5, max: 12), m < end, line[m] == sep,
                  let (_, d) = small(line, at: m + 1, max: 31) else { return false }
            return d == end
        }
    }

    /// Whether a paragraph holds a page's address (`https://…`, `www.…`), as a saved page's first
    /// line or a 原文链接 line does.
    public static func holdsAddress(_ t: [Unicode.Scalar]) -> Bool {
        ScalarText.find(scheme, in: t) != nil || ScalarText.find(host, in: t) != nil
    }
    private static let scheme = Array("://".unicodeScalars), host = Array("www.".unicodeScalars), http = Array("http".unicodeScalars)

    /// Whether a line is a page's address itself (https://…, www.…, after any spaces), as a saved page's first
    /// line is; not a source line that ends with one (来源:拂晓报 2019-06-19 11:30 https://www.yybnet.net/).
    public static func isAddressLine<C: Collection<Unicode.Scalar>>(_ t: C) -> Bool {
        let rest = t.drop(while: ScalarText.isSpace)
        return rest.starts(with: http) && ScalarText.find(scheme, in: Array(rest.prefix(12))) != nil || rest.starts(with: host)
    }

    /// A date in a page's address at `i` (right after `t`, `/` or `_`): 20240715 (eight digits),
    /// 2024/07/15, 2024/0715, 2024/07, 2024-07/11, 2024-07, 202407/26 or 202407 closed by `/`, `_` or `.`: (date, end).
    static func addressDate(_ t: [Unicode.Scalar], at i: Int) -> (ArticleDate, Int)? {
        func digits(_ from: Int) -> Int {
            var k = from
            while k < t.count, ScalarText.isASCIIDigit(t[k]) { k += 1 }
            return k - from
        }
        func closes(_ k: Int) -> Bool { k < t.count && (t[k] == "/" || t[k] == "_" || t[k] == ".") }
        let run = digits(i)
        // (/kx/2021052708534016414984.html, /content/2022033068950.html: a page's number that opens with the day
        // it was posted, YYYYMMDD, then the time or the day's serial number)
        if run > 8, let y = Self.year(Array(t[i..<(i + 4)]), at: 0),
           let (m, _) = small(t, at: i + 4, max: 12, width: 2), let (d, _) = small(t, at: i + 6, max: 31, width: 2) {
            return (ArticleDate(year: y, month: m, day: d), i + run)
        }
        guard run == 4 || run == 6 || run == 8, let y = Self.year(Array(t[i..<(i + 4)]), at: 0) else { return nil }
        if run == 8, let (m, _) = small(t, at: i + 4, max: 12, width: 2), let (d, _) = small(t, at: i + 6, max: 31, width: 2) {
            return (ArticleDate(year: y, month: m, day: d), i + 8)
        }
        if run == 6, closes(i + 6), let (m, _) = small(t, at: i + 4, max: 12, width: 2) {
            // (/202402/26/: the day in the folder after the month's)
            if t[i + 6] == "/", digits(i + 7) == 2, closes(i + 9), let (d, _) = small(t, at: i + 7, max: 31, width: 2) {
                return (ArticleDate(year: y, month: m, day: d), i + 9)
            }
            return (ArticleDate(year: y, month: m), i + 6)
        }
        guard run == 4, i + 5 < t.count, t[i + 4] == "/" || t[i + 4] == "-" else { return nil }
        let k = i + 5, next = digits(k)
        // (/html/cznd/2026/EFBJILJD_0212/568892.html: a folder of the year alone, the next one no date: the year)
        if next == 0, t[i - 1] == "/", t[i + 4] == "/" { return (ArticleDate(year: y), i + 4) }
        if next == 4, closes(k + 4), let (m, _) = small(t, at: k, max: 12, width: 2), let (d, _) = small(t, at: k + 2, max: 31, width: 2) {
            return (ArticleDate(year: y, month: m, day: d), k + 4)
        }
        guard next == 2, closes(k + 2) || k + 2 < t.count && t[k + 2] == "-", let (m, _) = small(t, at: k, max: 12, width: 2) else { return nil }
        if t[k + 2] == "/" || t[k + 2] == "-", digits(k + 3) == 2, closes(k + 5), let (d, _) = small(t, at: k + 3, max: 31, width: 2) {
            return (ArticleDate(year: y, month: m, day: d), k + 5)
        }
        return (ArticleDate(year: y, month: m), k + 2)
    }

    /// 1990…2100 written in four digits at `i`.
    static func year(_ t: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + 4 <= t.count else { return nil }
        var v = 0
        for k in i..<(i + 4) {
            guard ScalarText.isASCIIDigit(t[k]) else { return nil }
            v = v * 10 + Int(t[k].value - 48)
        }
        if i + 4 < t.count, ScalarText.isASCIIDigit(t[i + 4]) { return nil }
        return (1990...2100).contains(v) ? v : nil
    }

    /// A number of one or two digits (exactly `width` when given) in 1…max at `i`: (value, end).
    static func small(_ t: [Unicode.Scalar], at i: Int, max: Int, width: Int? = nil) -> (Int, Int)? {
        var v = 0, k = i
        while k < t.count, k - i < 2, ScalarText.isASCIIDigit(t[k]) { v = v * 10 + Int(t[k].value - 48); k += 1 }
        if let width, k - i != width { return nil }
        guard k > i, (1...max).contains(v) else { return nil }
        return (v, k)
    }

    /// Whether `i` opens the paragraph's text or a sentence in it.
    private static func opensSentence(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k > 0 && ScalarText.isSpace(t[k - 1]) { k -= 1 }
        return k == 0 || ScalarText.isSentenceEnd(t[k - 1])
    }
}
