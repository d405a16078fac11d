/// The year an article speaks of, for 今年 and for months written without a year (FACTS.md:
/// the latest year the article itself names, else the file's, else unknown).
///
/// A year that only names a horizon (至2025年, 到2035年) or that stands in a clause of plans
/// (力争, 目标…) is not the article's year: `至2025年,…力争突破3000亿元` says nothing of today.
/// A year compared with (较2023年末净增, 比2022年增长) dates the text to the year after it.
public final class YearResolver: Sendable {
    let lexicon: Lexicon

    /// The words that mark a target, and their first scalars (`inPlannedClause` looks for any of them).
    private let targetMarkers: [[Unicode.Scalar]]
    private let targetMarkerStarts: ScalarSet
    /// The words of every kind marker, and their first scalars (`namesYearAhead`).
    private let markers: [[Unicode.Scalar]]
    private let markerStarts: ScalarSet

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        targetMarkers = lexicon.kindMarkers.filter { $0.kind == .target }.map(\.word).filter { !$0.isEmpty }
        targetMarkerStarts = ScalarSet(targetMarkers.compactMap(\.first))
        markers = lexicon.kindMarkers.map(\.word).filter { !$0.isEmpty }
        markerStarts = ScalarSet(markers.compactMap(\.first))
    }

    /// The years named in one sentence that can date it: not a horizon (至2025年), not in a clause
    /// of plans (在2025年的基础上力争再翻一番), not a year a plan or an estimate looks to (预计在2024年…).
    public func datingYears(in t: [Unicode.Scalar]) -> [Int] {
        datingYears(in: t, from: 0, to: t.count)
    }

    /// The years a section's heading names for its paragraphs: those that date, and those its plans look to
    /// (一、2020年工作回顾; 二、2021年目标任务).
    public func sectionYears(in t: [Unicode.Scalar]) -> [Int] {
        var years: [Int] = []
        forEachDatingYear(in: t, from: 0, to: t.count, ahead: true) { y, _ in years.append(y) }
        return years
    }

    /// The same for the sentence `t[lo..<hi]`, read in place (as if it were copied out alone).
    func datingYears(in t: [Unicode.Scalar], from lo: Int, to hi: Int) -> [Int] {
        var years: [Int] = []
        forEachDatingYear(in: t, from: lo, to: hi) { y, _ in years.append(y) }
        return years
    }

    /// Each year of `t[lo..<hi]` that can date it, in order, and (asked with `plans`) whether it leads a
    /// statement of plans (2019年，浑南区将在…打头阵: a year the page names, the one after the year it reviews,
    /// but not the year of a day it writes without one).
    /// `ahead`: a year a plan looks to dates too (a section's heading, 二、2021年目标任务, names the year its
    /// plans are for).
    /// `planned`: called with each year a plan or an estimate looks to that is no horizon (力争2010年实现…,
    /// 其中2020年计划投资3.5亿元; not 到2025年, nor 预计2025年建成, a project's step to come), which dates nothing here.
    func forEachDatingYear(in t: [Unicode.Scalar], from lo: Int, to hi: Int, plans: Bool = false, ahead: Bool = false,
                           planned: ((Int) -> Void)? = nil, _ body: (_ year: Int, _ leadsPlans: Bool) -> Void) {
        var i = lo
        while i + 4 < hi {
            if ScalarText.isASCIIDigit(t[i]), let (y, e) = PeriodRecognizer.yearNumber(t, at: i, from: lo, to: hi) {
                let isBase = lexicon.rules.baseYearLeads.contains { i - $0.count >= lo && ScalarText.endsWith(t, at: i, $0) }
                // 从2001年开始, 自2001年以来: the start of a span that runs to the page's day, not its year
                let isStart = lexicon.rules.sinceLeads.contains { i - $0.count >= lo && ScalarText.endsWith(t, at: i, $0) }
                    && lexicon.rules.sinceTails.contains { ScalarText.matches(t, at: e, $0) }
                // (杭州高新区成立于1990年: a year of the place's history)
                let isHistory = lexicon.rules.historyLeads.contains { i - $0.count >= lo && ScalarText.endsWith(t, at: i, $0) }
                    || foundedAfter(t, yearEnd: e, to: hi)
                // (至2025年, 预计在2024年…: a horizon, a year a plan or an estimate looks to)
                if !isStart && !isHistory && (ahead || !inPlannedClause(t, i, from: lo, to: hi) && !namesYearAhead(t, at: i, from: lo)) {
                    body(isBase ? y + 1 : y, plans && leadsFuture(t, at: i))
                } else if let planned, !isStart && !isHistory && !isHorizon(t, at: i, from: lo),
                          !lexicon.rules.aheadVerbs.contains(where: { ScalarText.find($0, in: t, from: e, to: min(hi, ScalarText.clauseEnd(t, from: e))) != nil }) {
                    planned(y)
                }
                i = e
            } else {
                i += 1
            }
        }
    }

    /// Whether the verb of a place's founding (`rule history-tail`) follows the year that ends at `yearEnd`
    /// in its clause, or in the next where the year and its month stand alone, with no figure between
    /// (于1984年获批建设; 2021年6月国务院批复同意成立的…).
    func foundedAfter(_ t: [Unicode.Scalar], yearEnd e: Int, to hi: Int) -> Bool {
        var from = e
        while from < hi && (ScalarText.isASCIIDigit(t[from]) || CalendarMarks.isMark(t[from])) { from += 1 }
        if from < hi, ScalarText.isClauseBreak(t[from]) { from += 1 }
        let end = min(hi, ScalarText.clauseEnd(t, from: from))
        guard let k = lexicon.rules.historyTails.compactMap({ ScalarText.find($0, in: t, from: from, to: end) }).min() else { return false }
        return !t[from..<k].contains(where: ScalarText.isASCIIDigit)
    }

    /// Whether the year written at `i` is one ahead of the text: a horizon (到2025年) or a year a
    /// plan or an estimate before it in its clause looks to (预计在2023年春节正式亮相, 力争2025年…).
    func namesYearAhead(_ t: [Unicode.Scalar], at i: Int, from lo: Int = 0) -> Bool {
        if isHorizon(t, at: i, from: lo) { return true }
        let a = ScalarText.clauseStart(t, before: i, from: lo)
        return ScalarText.findAny(markers, starts: markerStarts, in: t, from: a, to: i) != nil
    }

    /// Whether the year written at `i` is a horizon (到2025年, 至2035年), not the end of an as-of word
    /// (截至2021年末 is a day passed).
    private func isHorizon(_ t: [Unicode.Scalar], at i: Int, from lo: Int) -> Bool {
        lexicon.rules.horizonLeads.contains(where: { i - $0.count >= lo && ScalarText.endsWith(t, at: i, $0) })
            && !lexicon.rules.asOf.contains(where: { i - $0.count >= lo && ScalarText.endsWith(t, at: i, $0) })
    }

    private func inPlannedClause(_ t: [Unicode.Scalar], _ i: Int, from lo: Int, to hi: Int) -> Bool {
        let a = ScalarText.clauseStart(t, before: i, from: lo)
        let b = min(hi, ScalarText.clauseEnd(t, from: i))
        return ScalarText.findAny(targetMarkers, starts: targetMarkerStarts, in: t, from: a, to: b) != nil
    }

    /// Whether the year written at `i` leads a statement of what is still to come (2019年，浑南区将在…打头阵;
    /// `rule future-lead` in the year's clause or, where the year stands alone in it, the next one, at most a
    /// subject's length after the year).
    func leadsFuture(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        var e = i
        while e < t.count && ScalarText.isASCIIDigit(t[e]) { e += 1 }
        guard e < t.count, t[e] == CalendarMarks.year else { return false }
        var from = e + 1
        while from < t.count && (ScalarText.isClauseBreak(t[from]) || ScalarText.isSpace(t[from])) { from += 1 }
        let end = min(ScalarText.clauseEnd(t, from: from), from + 12)
        return lexicon.rules.futureLeads.contains { ScalarText.find($0, in: t, from: from, to: end) != nil }
    }

    /// The years of a line that can date it, sentence by sentence, and apart the years its plans look to
    /// (read folded, as paragraphs are: the rule words of a traditional page's 於1984年獲批建設 are found as in a
    /// simplified one's).
    func fileYears(inLine raw: [Unicode.Scalar]) -> (dating: [Int], planned: [Int]) {
        let t = raw.map(ScalarText.fold)
        var dating: [Int] = [], planned: [Int] = []
        var a = 0
        for i in t.indices where ScalarText.isSentenceEnd(t[i]) || i == t.count - 1 {
            forEachDatingYear(in: t, from: a, to: i + 1, planned: { planned.append($0) }) { y, _ in dating.append(y) }
            a = i + 1
        }
        return (dating, planned)
    }
}

/// The year a file names, for its articles that name none, read line by line: the latest year that
/// dates a line; where none does, the latest a plan looks to (力争2010年实现…, 其中2020年计划投资3.5亿元: a page's
/// plans are mostly for its own year; a horizon's, 到2025年, is none).
public struct FileYear {
    private var dating: Int? = nil
    private var planned: Int? = nil

    public init() {}

    public mutating func read(_ line: [Unicode.Scalar], with years: YearResolver) {
        let found = years.fileYears(inLine: line)
        if let y = found.dating.max() { dating = max(dating ?? y, y) }
        if let y = found.planned.max() { planned = max(planned ?? y, y) }
    }

    public var year: Int? { dating ?? planned }
}
