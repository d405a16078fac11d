import ZoneBriefCore

/// A metric word found before a number.
struct MetricWordMatch {
    var word: Lexicon.MetricWord
    /// Where the word (for `A…B`, A) starts and where it ends, in sentence offsets.
    var start: Int
    var end: Int
    /// The word of a set an earlier sentence of the paragraph counted, serving a part of it (其中二道区10个项目).
    var ofParagraphSet = false

    /// Which of two words ending at the same place is meant: the longer written word; a pair
    /// counts as its second part and a half (签约…总投资 over 总投资, 竣工项目 over 开工…项目).
    var specificity: Double {
        word.second.map { Double($0.count) + 0.5 } ?? Double(word.first.count)
    }
}

/// Finds the metric word that a number belongs to: the word of the metric lexicon that ends
/// closest before the number in its clause (`入库税收24.6亿元`), or that a count's noun completes
/// (`开工为6个项目` → 开工…项目), or an `A…B` pair whose A stands earlier in the sentence.
struct MetricWordMatcher {
    let lexicon: Lexicon
    /// How far before the number the word may end (达, 实现, 完成 stand between).
    var maxGap = 12
    /// How far apart the two parts of an `A…B` word may be.
    var maxPairGap = 80

    /// Metric words by their last scalar (the second part's, for pairs), each with the written
    /// word that must end before the number (`second ?? first`), kept apart so that a word that
    /// does not end there is rejected without copying the whole metric word.
    private struct Bucket {
        var lasts: [[Unicode.Scalar]] = []
        var words: [Lexicon.MetricWord] = []
    }
    private let byLast: [Unicode.Scalar: Bucket]
    private let lastScalars: ScalarSet

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var index: [Unicode.Scalar: Bucket] = [:]
        for w in lexicon.metricWords {
            let last = w.second ?? w.first
            if let l = last.last { index[l, default: Bucket()].lasts.append(last); index[l]!.words.append(w) }
        }
        byLast = index
        lastScalars = ScalarSet(index.keys)
    }

    /// - Parameters:
    ///   - s: the sentence
    ///   - lo: where the search may start (the clause start, or the end of the previous number)
    ///   - number: the number
    ///   - nounEnd: for a count, the end of the noun after its measure word (`6个项目`), else `number.end`
    ///   - pairsFrom: where the first part of an `A…B` word may start at the earliest (an A that
    ///     served an earlier figure does not serve another)
    func match(in s: [Unicode.Scalar], from lo: Int, number: NumberSpan, nounEnd: Int, pairsFrom: Int = 0) -> MetricWordMatch? {
        // W = s[lo..<number.start] + s[number.end..<nounEnd]; offsets map back to s
        let head = number.start - lo
        let tail = nounEnd - number.end
        // W is read in place (no copy): its k-th scalar is s[toS(k)]
        let wCount = head + tail
        func toS(_ k: Int) -> Int { k < head ? lo + k : number.end + (k - head) }
        /// Whether `word` ends in W exactly at `e` (the caller checked `e >= word.count`).
        func wEndsWith(_ e: Int, _ word: [Unicode.Scalar]) -> Bool {
            var k = 0
            let ws = e - word.count
            while k < word.count {
                if s[toS(ws + k)] != word[k] { return false }
                k += 1
            }
            return true
        }
        /// Whether the words from the noun's start (W offset) to `start` (in s) name an industry (先进制造业) or
        /// a class of size (亿元以上的).
        func qualifiedByKindOrSize(_ nounStart: Int, _ start: Int) -> Bool {
            var a = toS(nounStart)
            // (or by the set's total: 4个总投资3.85亿美元的供应链外资项目, qualified after 的)
            let totalEnd = lexicon.rules.moneyUnits.compactMap { (w: [Unicode.Scalar]) -> Int? in
                ScalarText.findLast(w, in: s, from: a, to: start).map { $0 + w.count }
            }.max()
            if let t = totalEnd, let de = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: t, $0) }) {
                a = t + de.count
                if start - a <= 6 { return true }
            }
            // (or by qualities listed before 的: 17个带动能力强、经济效益好的重大项目)
            if (a..<start).contains(where: { ScalarText.isListBreak(s[$0]) }),
               let de = (a..<start).last(where: { i in lexicon.rules.possessives.contains { ScalarText.matches(s, at: i, $0) } }),
               let deWord = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: de, $0) }),
               start - (de + deWord.count) <= 5, (a..<de).allSatisfy({ ScalarText.isHan(s[$0]) || ScalarText.isListBreak(s[$0]) }) { return true }
            // (or by kinds of projects listed with 、, each with the project noun: 30个招商大项目、好项目集中签约, 12个工业项目、
            // 服务业项目开工: the noun is the last kind's)
            if let project = lexicon.rules.projectNoun, ScalarText.matches(s, at: start, project),
               let lastBreak = (a..<start).last(where: { ScalarText.isListBreak(s[$0]) }), start - lastBreak <= 8,
               ScalarText.endsWith(s, at: lastBreak, project), (a..<start).allSatisfy({ ScalarText.isHan(s[$0]) || ScalarText.isListBreak(s[$0]) }) {
                return true
            }
            guard start - a <= 8 else { return false }
            // (or by a class of size: 100个亿元以上的项目)
            return lexicon.rules.industrySuffixes.contains { ScalarText.endsWith(s, at: start, $0) && $0.count < start - a }
                || lexicon.rules.moneyUnits.contains { ScalarText.find($0, in: s, from: a, to: start) != nil }
        }
        /// (the verb, then the count's examples named before it: 引进了君正、芯京源等27个…项目)
        func namesExamples(from a: Int, to b: Int) -> Bool {
            lexicon.rules.listEnds.contains { ScalarText.endsWith(s, at: b, $0) }
                && !s[a..<b].contains { ScalarText.isClauseBreak($0) || ScalarText.isSentenceEnd($0) }
        }
        func best(endingAt e: Int, startingAt requiredStart: Int?) -> MetricWordMatch? {
            var best: MetricWordMatch? = nil
            guard e > 0 else { return nil }
            let lastScalar = s[toS(e - 1)]
            guard lastScalars.contains(lastScalar), let bucket = byLast[lastScalar] else { return nil }
            for k in bucket.lasts.indices {
                let lastCount = bucket.lasts[k].count
                guard e >= lastCount, wEndsWith(e, bucket.lasts[k]) else { continue }
                let word = bucket.words[k]
                // (a word that names figures of one unit only: 产业 names an industry's growth rate)
                if let only = word.onlyUnit, let u = number.unit, only != u { continue }
                // (a word that names only the figure right after it: 签约209亿元)
                if word.adjacentOnly && (requiredStart != nil || e != head) { continue }
                // (in a count's noun, a word of another unit goes on past the noun: 21个项目总投资 are projects)
                if requiredStart != nil, let u = number.unit, !word.metric.accepts(u) { continue }
                let ws = e - lastCount
                if ws < head && e > head { continue }   // wholly in one part of W
                let sStart = toS(ws)
                let sEnd = toS(e - 1) + 1
                // (a word that names a figure only opening a clause: ，投资额达到52.2亿元, not 外商实际投资额)
                if word.opensClause, sStart > 0, !ScalarText.isClauseBreak(s[sStart - 1]), !ScalarText.isListBreak(s[sStart - 1]),
                   !ScalarText.isSentenceEnd(s[sStart - 1]) { continue }
                var start = sStart
                if word.second != nil {
                    // (nor where the second part is: 21个市级重点项目开工率为100% are key projects, none started)
                    if lexicon.rules.rateNouns.contains(where: { ScalarText.matches(s, at: sEnd, $0) }) { continue }
                    // (nor where a list's noun it ends with opens an event's name: 18个项目纳入本次…重大项目现场推进会 are
                    // the event's, on no list; 12个重点项目集中开工仪式 are started all the same)
                    if let project = lexicon.rules.projectNoun, ScalarText.endsWith(s, at: sEnd, project) {
                        let site = lexicon.rules.siteNouns.first(where: { ScalarText.matches(s, at: sEnd, $0) })?.count ?? 0
                        if lexicon.rules.eventNouns.contains(where: { ScalarText.matches(s, at: sEnd + site, $0) }) { continue }
                    }
                    let from = max(0, sStart - maxPairGap - word.first.count)
                    guard let a = ScalarText.findLast(word.first, in: s, from: max(from, pairsFrom), to: sStart) else { continue }
                    // (not where the first part is a rate's noun: 开工率均达95.7%，实施重点产业项目100个)
                    if lexicon.rules.rateNouns.contains(where: { ScalarText.matches(s, at: a + word.first.count, $0) }) { continue }
                    // (not across a ；: 新增规模以上工业企业20家；加速发展现代服务业，三产业完成增加值208.4亿元 is a
                    // statement of its own)
                    if (a + word.first.count..<sStart).contains(where: { lexicon.scopeEnds.contains(s[$0]) }) { continue }
                    // (not across another set's verb: 新增签约项目…16个；新增开工项目…9个，总投资98.9亿元 is the
                    // started projects' investment)
                    if let brk = (a + word.first.count..<sStart).first(where: { ScalarText.isClauseBreak(s[$0]) }),
                       lexicon.rules.setVerbs.contains(where: { v in !ScalarText.matches(word.first, at: 0, v)
                        && ScalarText.find(v, in: s, from: brk, to: sStart) != nil }) { continue }
                    start = a
                }
                // (a word whose first scalars end an industry's name is none: 农产品加工业产值 holds 工业产值, but the
                // output is 农产品加工业's; 加工业 runs into the word)
                if lexicon.rules.industrySuffixes.contains(where: { suf in
                    (1..<suf.count).contains { k in start >= k && ScalarText.matches(s, at: start - k, suf) } }) { continue }
                // in a count's noun, the word opens the noun (6个项目…, 28个项目集中开工)
                // (after at most five characters that qualify it: 33个市级重点项目, 54个年初在库市重点项目; or after an
                // industry's name or a class of size: 31个先进制造业项目集中竣工, 100个亿元以上的项目)
                // (a verb right before the count and its noun after class words: 集中开工了24个重大项目 are started)
                if let requiredStart, start != toS(requiredStart), !(word.second != nil && sStart == toS(requiredStart)),
                   !(word.second != nil && sStart > toS(requiredStart) && (sStart - toS(requiredStart) <= 6 || qualifiedByKindOrSize(requiredStart, sStart))
                     && start + word.first.count <= number.start && (number.start - (start + word.first.count) <= 1 || namesExamples(from: start + word.first.count, to: number.start))),
                   !(start > toS(requiredStart) && ws >= requiredStart && (start - toS(requiredStart) <= 5 || qualifiedByKindOrSize(requiredStart, start))) { continue }
                let m = MetricWordMatch(word: word, start: start, end: sEnd)
                // a verb…noun pair within the figure's own phrase (引进重大项目26个, 签约亿元以上项目35个)
                // says more than a class of project; elsewhere the more specific word wins
                func rank(_ x: MetricWordMatch) -> (Int, Double, Int) {
                    (x.word.second != nil && x.start >= lo ? 1 : 0, x.specificity, x.end - x.start)
                }
                if best == nil || rank(m) >= rank(best!) { best = m }   // on a tie the later entry (a user's lexicon) wins
            }
            return best
        }
        // the noun right after a count's measure word: 6个项目, 175家规模以上工业企业
        // (after firms and what they won: 17家企业获得国家级高新技术企业称号)
        if tail > 0 {
            let deed = lexicon.rules.firmDeeds.first { w in
                w.count < tail && w.indices.allSatisfy { s[number.end + $0] == w[$0] }
            }?.count ?? 0
            // (110家中小企业升级为规上企业: a qualifier of a few letters before the firms and their deed)
            let qualified = deed == 0 ? lexicon.rules.qualifiedFirmDeed(in: s, after: number.end, before: number.end + tail - 1) : nil
            let from = head + (qualified.map { $0.qualifier + $0.deed } ?? deed)
            for e in stride(from: wCount, to: from, by: -1) {
                if let m = best(endingAt: e, startingAt: from) { return m }
            }
        }
        var e = head
        // (an aside in brackets between the word and the figure does not count towards the gap: 规模以上工业总产值
        // (不含阳和工业新区)累计完成435亿元)
        var aside = 0
        if let close = s[lo..<number.start].lastIndex(where: { $0 == ")" || $0 == "）" }),
           let open = s[lo..<close].lastIndex(where: { $0 == "(" || $0 == "（" }) { aside = close + 1 - open }
        let minEnd = max(1, head - maxGap - aside)
        while e >= minEnd {
            if let m = best(endingAt: e, startingAt: nil) { return m }
            e -= 1
        }
        return nil
    }
}
