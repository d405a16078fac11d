import ZoneBriefCore

/// What an article's sentences share: its year, the zone in play, the period carried from the
/// paragraph's earlier sentences, and the facts so far (to drop repeats).
struct ArticleContext {
    var file: String
    var year: Int?
    /// The zone the article is talking about now: the last zone named, else the headline's.
    var zone: String?
    /// The period of the paragraph's last time expression (reset at each paragraph).
    var carriedPeriod: Period?
    var facts: [Fact] = []
    var seen: Set<FactKey> = []
    var diagnostics: [Diagnostic] = []
    /// The current sentence as a quote, made once for all its facts.
    var quote: String?
    /// Facts of the current paragraph (a 其中 sentence refers back to them).
    var paragraphFacts: [Int] = []
}

/// The fields that make two facts the same figure.
struct FactKey: Hashable {
    var zone: String, metric: Metric, label: String?, value: Double, unit: FactUnit, period: Period?, kind: FactKind
}

/// The assembler (Recognizers-Text's "model"): runs the recognizers over a sentence and applies
/// the rules that turn spans into facts. Every hard rule lives here: who a figure belongs to
/// (the nearest entity named before it, else the article's zone), its kind (预计 → estimate,
/// 计划/力争/… → target), its period (the time expression that opens its clause, else the
/// paragraph's), growth and target shares attached to the figure before them, subsets (其中…)
/// and restated thresholds (GDP突破5000亿元) dropped, and a single project's figures left out.
struct FactAssembler {
    let lexicon: Lexicon
    let numbers: NumberRecognizer
    let periods: PeriodRecognizer
    let entities: EntityRecognizer
    let metricWords: MetricWordMatcher
    private let periodFirst: ScalarSet
    /// `periodFirst` and the ASCII digits: where a time expression may begin.
    private let periodOrDigitFirst: ScalarSet
    private let markerFirst: ScalarSet
    private let projectionLast: ScalarSet
    /// Units that some metric word of the lexicon accepts.
    private let usefulUnits: Set<FactUnit>
    /// Last scalars of fillers and approx-before words, and of growth words: a fast "none ends here".
    private let fillerLast: ScalarSet
    private let growthLast: ScalarSet
    private static let xiangmu: [Unicode.Scalar] = Array("项目".unicodeScalars)
    private static let tongbi: [Unicode.Scalar] = Array("同比".unicodeScalars)
    private static let industry: [Unicode.Scalar] = Array("产业".unicodeScalars)
    private static let de: [Unicode.Scalar] = ["的"]
    private static let renwu: [Unicode.Scalar] = Array("任务".unicodeScalars)
    private static let labelVerbs: [[Unicode.Scalar]] = ["完成", "实现", "总", "的", "达"].map { Array($0.unicodeScalars) }

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        numbers = NumberRecognizer(lexicon: lexicon)
        periods = PeriodRecognizer(lexicon: lexicon)
        entities = EntityRecognizer(lexicon: lexicon)
        metricWords = MetricWordMatcher(lexicon: lexicon)
        var first: Set<Unicode.Scalar> = ["截", "前"]
        for w in lexicon.periodWords.keys { if let f = w.first { first.insert(f) } }
        for w in lexicon.relativeYears.keys { if let f = w.first { first.insert(f) } }
        for d in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] { first.insert(Unicode.Scalar(d)!) }
        periodFirst = ScalarSet(first)
        for d in UInt8(ascii: "0")...UInt8(ascii: "9") { first.insert(Unicode.Scalar(d)) }
        periodOrDigitFirst = ScalarSet(first)
        usefulUnits = Set(FactUnit.allCases.filter { u in lexicon.metricWords.contains { $0.metric.accepts(u) } })
        projectionLast = ScalarSet(lexicon.projectionWords.compactMap { $0.last })
        fillerLast = ScalarSet(lexicon.fillers.compactMap { $0.last } + lexicon.approxBefore.compactMap { $0.word.last })
        growthLast = ScalarSet(lexicon.growthWords.compactMap { $0.word.last })
        markerFirst = ScalarSet(lexicon.kindMarkers.compactMap { $0.word.first } + lexicon.resetMarkers.compactMap { $0.first })
    }

    /// What a figure can open with: an ASCII digit, a Chinese numeral that opens numbers, 百 (百分之).
    private static let numberOpeners: ScalarSet = {
        var set = ChineseNumeral.openers
        for u in "0123456789百".unicodeScalars { set.insert(u) }
        return set
    }()

    /// Quick test: can `t[range]` hold a figure at all (a digit or a Chinese numeral)?
    @inline(__always) func mayHoldNumber(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        Self.numberOpeners.firstIndex(in: t, from: range.lowerBound, to: range.upperBound) < range.upperBound
    }

    /// Reads one sentence of a paragraph (`range` in `p.text`), adding facts to `ctx`.
    func assemble(_ p: Paragraph, _ range: Range<Int>, into ctx: inout ArticleContext) {
        let slice = p.text[range]
        guard mayHoldNumber(p.text, range) else {
            updateZone(entities.recognize(p.text, in: range, zonesOnly: true), &ctx)
            return
        }
        let s = Array(slice)
        ctx.quote = nil
        var malformed: [MalformedNumber] = []
        // only units some metric word can take (a count of people is no fact unless the lexicon says so)
        var nums = numbers.recognize(s, malformed: &malformed)
        var kept = 0   // filtered in place: no second array
        for k in nums.indices {
            if let u = nums[k].unit, usefulUnits.contains(u) { nums[kept] = nums[k]; kept += 1 }
        }
        nums.removeLast(nums.count - kept)
        for m in malformed {
            ctx.diagnostics.append(Diagnostic(file: ctx.file, line: p.line(at: range.lowerBound + m.offset),
                                              "cannot read the number '\(m.text)'; skipped"))
        }
        let spans = recognizePeriods(s)
        if nums.isEmpty {
            // no figure: only the zone in play and the paragraph's period move on
            if let last = spans.last(where: { $0.end < s.count && ScalarText.isClauseBreak(s[$0.end]) }) {
                ctx.carriedPeriod = PeriodResolver.resolve(last, articleYear: ctx.year)
            }
            updateZone(s, &ctx)
            return
        }
        let mentions = entities.recognize(s)
        // clause starts
        func clauseStart(_ i: Int) -> Int {
            var j = i
            while j > 0 && !ScalarText.isClauseBreak(s[j - 1]) { j -= 1 }
            return j
        }
        func clauseEnd(_ i: Int) -> Int {
            var j = i
            while j < s.count && !ScalarText.isClauseBreak(s[j]) { j += 1 }
            return j
        }
        // time expressions that can date a figure: followed by a clause break, or by a number in their clause
        let candidates = spans.filter { span in
            // 今年任务, 年度计划: the target's year, not the figure's period
            if lexicon.shareNouns.contains(where: { ScalarText.matches(s, at: span.end, $0)
                    && (ScalarText.matches(s, at: span.end + $0.count, Self.de) || ScalarText.matches(s, at: span.end + $0.count, Self.renwu)) })
                || ScalarText.matches(s, at: span.end, Self.renwu) { return false }
            if span.end < s.count && ScalarText.isClauseBreak(s[span.end]) { return true }
            if span.end >= s.count { return false }
            let ce = clauseEnd(span.end)
            return nums.contains { $0.start >= span.end && $0.start < ce }
        }
        let markers = kindMarkers(s)
        var projectionAt = Int.max
        var i = projectionLast.firstIndex(in: s, from: 0, to: s.count)
        while i < s.count {
            defer { i = projectionLast.firstIndex(in: s, from: i + 1, to: s.count) }
            if let w = lexicon.projectionWords.first(where: { ScalarText.endsWith(s, at: i + 1, $0) }) {
                projectionAt = i + 1 - w.count
                break
            }
        }
        let singleProjectAt = singleProjectSubject(s, mentions: mentions) ?? Int.max

        var sentenceFacts: [Int] = []      // indices into ctx.facts made from this sentence
        var lastFigureFact: Int? = nil     // the fact made from the most recent money/count number
        var previousWord: (Lexicon.MetricWord, FactUnit)? = nil   // the metric word of the last figure
        var prevEnd = 0
        for num in nums {
            defer { prevEnd = num.end }
            if num.isRangeEnd || num.start >= projectionAt || num.start >= singleProjectAt { lastFigureFact = nil; continue }
            let cStart = clauseStart(num.start)
            guard let unit = num.unit else { continue }   // 个百分点
            if unit == .percent {
                if isTargetShare(s, before: num.start) {
                    if let f = lastFigureFact { ctx.facts[f].targetPct = num.value }
                    continue
                }
                guard let (gStart, sign) = growth(s, before: num.start) else { continue }
                let rate = sign * num.value
                let lo = max(cStart, prevEnd)
                let fakeNumber = NumberSpan(numberStart: gStart, numberEnd: gStart, end: gStart, start: gStart, value: 0,
                                            unit: nil, approx: nil, chineseOnly: false, isRangeEnd: false)
                if gStart > lo, let mw = metricWords.match(in: s, from: lo, number: fakeNumber, nounEnd: gStart) {
                    // a growth rate of a named metric with no figure: its own fact
                    if let f = makeFact(s, p, range, num: num, value: rate, unit: .percent, word: mw, mentions: mentions,
                                        spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts, ctx: &ctx) {
                        ctx.facts[f].yoyPct = rate
                        sentenceFacts.append(f)
                    }
                    lastFigureFact = nil
                } else if let f = lastFigureFact, ctx.facts[f].yoyPct == nil {
                    ctx.facts[f].yoyPct = rate
                }
                continue
            }
            lastFigureFact = nil
            if growth(s, before: num.start) != nil { continue }   // 增加5亿元: an increase, not a level
            let beforeNumber = skipFillers(s, num.start)
            if lexicon.comparisonWords.contains(where: { ScalarText.endsWith(s, at: beforeNumber, $0) }) { continue }   // 超去年同期371亿元
            if ratioBefore(s, from: cStart, to: num.start) { continue }
            // the noun after a count's measure word (6个项目)
            var nounEnd = num.end
            if unit == .count {
                while nounEnd < s.count && nounEnd - num.end < 6 && ScalarText.isHan(s[nounEnd]) { nounEnd += 1 }
            }
            var matched = metricWords.match(in: s, from: max(cStart, prevEnd), number: num, nounEnd: nounEnd)
            if matched == nil, let total = totalOf(s, clauseStart: cStart, number: num, previous: previousWord) {
                matched = total
            }
            guard let mw = matched, mw.word.metric.accepts(unit) else { continue }
            previousWord = (mw.word, unit)
            if isIncrement(s, from: max(cStart, prevEnd), to: mw.start, metric: mw.word.metric) { continue }
            if mw.word.needsProjects && !countsProjects(s, before: mw.start, numbers: nums) { continue }
            if let f = makeFact(s, p, range, num: num, value: num.value, unit: unit, word: mw, mentions: mentions,
                                spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts, ctx: &ctx) {
                sentenceFacts.append(f)
                lastFigureFact = f
            }
        }
        ctx.paragraphFacts += sentenceFacts
        if let last = candidates.last {
            ctx.carriedPeriod = PeriodResolver.resolve(last, articleYear: ctx.year)
        }
        updateZone(mentions, &ctx)
    }

    // MARK: facts

    private func makeFact(_ s: [Unicode.Scalar], _ p: Paragraph, _ range: Range<Int>, num: NumberSpan, value: Double,
                          unit: FactUnit, word mw: MetricWordMatch, mentions: [EntityMention], spans: [PeriodSpan], candidates: [PeriodSpan],
                          markers: [(Int, FactKind?)], sentenceFacts: [Int], ctx: inout ArticleContext) -> Int? {
        let metric = mw.word.metric
        // the first part of an A…B word already served a figure of this metric in the sentence
        if mw.word.second != nil, sentenceFacts.contains(where: { ctx.facts[$0].metric == metric }) { return nil }
        var label: String? = nil
        switch mw.word.label {
        case .none: break
        case .fixed(let l): label = l
        case .industry:
            guard let l = industryLabel(s, before: mw.start, mentions: mentions) else { return nil }
            label = l
        }
        if metric.requiresLabel && label == nil { return nil }
        // the entity: the nearest one named before the figure, else the zone in play
        let nearest = mentions.last(where: { $0.end <= num.start })
        if nearest?.kind == .collective { return nil }
        guard let zone = nearest?.name ?? ctx.zone else { return nil }
        // 其中…: a part of an earlier figure of the same metric (其中 in the figure's clause, or
        // standing alone before it: 其中,产业项目20个,总投资120亿元)
        let cStart = s[..<num.start].lastIndex(where: ScalarText.isClauseBreak).map { $0 + 1 } ?? 0
        let opensWithSubset = lexicon.subsetWords.contains { w in
            ScalarText.matches(s, at: 0, w) && (w.count == s.count || ScalarText.isClauseBreak(s[w.count]))
        }
        func sameFigure(_ f: Int) -> Bool { ctx.facts[f].metric == metric && ctx.facts[f].label == label }
        if opensWithSubset || lexicon.subsetWords.contains(where: { ScalarText.find($0, in: s, from: cStart, to: num.start) != nil }),
           sentenceFacts.contains(where: sameFigure) || ctx.paragraphFacts.contains(where: sameFigure) {
            return nil
        }
        // a threshold restating a figure already given (GDP突破5000亿元 after 5006.7亿元)
        if num.approx == .over,
           sentenceFacts.contains(where: { ctx.facts[$0].metric == metric && ctx.facts[$0].zone == zone && ctx.facts[$0].value >= value }) {
            return nil
        }
        let kind = mw.word.kind ?? markers.last(where: { $0.0 <= num.start })?.1 ?? .actual
        var period: Period?
        if var span = candidates.last(where: { $0.end <= num.start }) {
            // 2024年,力争全年…: a period without a year takes the year the sentence named before it
            if span.year == .implicit, let y = spans.last(where: { $0.end <= span.start && $0.isAbsolute }) { span.year = y.year }
            period = PeriodResolver.resolve(span, articleYear: ctx.year)
        } else {
            period = ctx.carriedPeriod
        }
        // a count of firms is a stock: 1-6月…累计1560家 is the number at the end of June
        if lexicon.stockMetrics.contains(metric), let p = period, p.start != nil { period = Period(start: nil, end: p.end) }
        let key = FactKey(zone: zone, metric: metric, label: label, value: value, unit: unit, period: period, kind: kind)
        guard ctx.seen.insert(key).inserted else { return nil }   // one hash, not two
        if ctx.quote == nil { ctx.quote = ScalarText.string(ScalarText.trimmed(p.original[range])) }
        let quote = ctx.quote!
        let fact = Fact(zone: zone, metric: metric, label: label, value: value, unit: unit, period: period,
                        kind: kind, approx: num.approx,
                        source: SourceRef(file: ctx.file, line: p.line(at: range.lowerBound + num.numberStart), quote: quote))
        ctx.facts.append(fact)
        return ctx.facts.count - 1
    }

    private func updateZone(_ s: [Unicode.Scalar], _ ctx: inout ArticleContext) {
        updateZone(entities.recognize(s, zonesOnly: true), &ctx)
    }

    private func updateZone(_ mentions: [EntityMention], _ ctx: inout ArticleContext) {
        if let z = mentions.last(where: { $0.kind == .zone }) { ctx.zone = z.name }
    }

    // MARK: rules on the sentence

    /// A clause opening with a total word and no metric word of its own (累计达到1560家) totals
    /// the figure before it in the sentence: it takes that figure's metric and label.
    private func totalOf(_ s: [Unicode.Scalar], clauseStart c: Int, number: NumberSpan,
                         previous: (Lexicon.MetricWord, FactUnit)?) -> MetricWordMatch? {
        guard let (prev, unit) = previous, c > 0, unit == number.unit, unit != .percent,
              let w = lexicon.totalWords.first(where: { ScalarText.matches(s, at: c, $0) }),
              c + w.count <= number.start else { return nil }
        var word = prev
        word.second = nil
        word.first = w
        word.needsProjects = false
        if case .industry = word.label { return nil }
        return MetricWordMatch(word: word, start: c, end: c + w.count)
    }

    /// Whether an increment word (新增, 新认定) stands between `a` and the metric word: the
    /// figure counts new firms, not the stock the metric counts.
    private func isIncrement(_ s: [Unicode.Scalar], from a: Int, to b: Int, metric: Metric) -> Bool {
        guard a < b else { return false }
        for inc in lexicon.incrementWords where inc.metrics.contains(metric) {
            if ScalarText.find(inc.word, in: s, from: a, to: b) != nil { return true }
        }
        return false
    }

    private func recognizePeriods(_ s: [Unicode.Scalar]) -> [PeriodSpan] {
        var out: [PeriodSpan] = []
        var i = 0
        while i < s.count {
            i = periodOrDigitFirst.firstIndex(in: s, from: i, to: s.count)
            if i == s.count { break }
            let u = s[i]
            if ScalarText.isASCIIDigit(u) || periodFirst.contains(u), !(i > 0 && ScalarText.isASCIIDigit(s[i - 1]) && ScalarText.isASCIIDigit(u)),
               let span = periods.match(s, at: i) {
                out.append(span)
                i = max(span.end, i + 1)
                continue
            }
            i += 1
        }
        return out
    }

    /// Kind markers in order: (position after the marker, kind); nil kind resets to actual.
    private func kindMarkers(_ s: [Unicode.Scalar]) -> [(Int, FactKind?)] {
        var out: [(Int, FactKind?)] = []
        var i = markerFirst.firstIndex(in: s, from: 0, to: s.count)
        while i < s.count {
            defer { i = markerFirst.firstIndex(in: s, from: i + 1, to: s.count) }
            for m in lexicon.kindMarkers where ScalarText.matches(s, at: i, m.word) {
                if !(i > 0 && m.cancelledAfter.contains(s[i - 1])) { out.append((i + m.word.count, m.kind)) }
            }
            for r in lexicon.resetMarkers where ScalarText.matches(s, at: i, r) { out.append((i + r.count, nil)) }
        }
        return out
    }

    /// Skips approx words and fillers backwards from `i`.
    private func skipFillers(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        var moved = true
        while moved {
            moved = false
            guard j > 0, fillerLast.contains(s[j - 1]) else { break }   // no word ends here
            for w in lexicon.fillers where ScalarText.endsWith(s, at: j, w) { j -= w.count; moved = true; break }
            if !moved { for (w, _) in lexicon.approxBefore where ScalarText.endsWith(s, at: j, w) { j -= w.count; moved = true; break } }
        }
        return j
    }

    /// A growth word right before the number (同比增长3%, 下降约2.1%): (where it starts, sign).
    private func growth(_ s: [Unicode.Scalar], before i: Int) -> (Int, Double)? {
        let j = skipFillers(s, i)
        guard j > 0, growthLast.contains(s[j - 1]) else { return nil }   // no growth word ends here
        for (w, sign) in lexicon.growthWords where ScalarText.endsWith(s, at: j, w) {
            var start = j - w.count
            if ScalarText.endsWith(s, at: start, Self.tongbi) { start -= Self.tongbi.count }
            return (start, sign)
        }
        return nil
    }

    /// 占年度任务的55.49%, 完成年度计划的101%, 为全年任务的60.15%.
    private func isTargetShare(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var j = skipFillers(s, i)
        if j > 0 && s[j - 1] == "的" { j -= 1 }
        guard let noun = lexicon.shareNouns.first(where: { ScalarText.endsWith(s, at: j, $0) }) else { return false }
        let nounStart = j - noun.count
        let from = max(0, nounStart - 6)
        return lexicon.shareVerbs.contains { ScalarText.find($0, in: s, from: from, to: nounStart) != nil }
    }

    private func ratioBefore(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        return lexicon.ratioWords.contains { ScalarText.find($0, in: s, from: a, to: b) != nil }
    }

    /// Whether the sentence counts projects before `i` (项目N个, N个项目): a total investment then
    /// belongs to that set, not to one project.
    private func countsProjects(_ s: [Unicode.Scalar], before i: Int, numbers: [NumberSpan]) -> Bool {
        for n in numbers where n.end <= i && n.unit == .count {
            if ScalarText.endsWith(s, at: n.start, Self.xiangmu) { return true }
            var k = n.end
            while k < min(s.count, n.end + 12) && ScalarText.isHan(s[k]) {
                if ScalarText.matches(s, at: k, Self.xiangmu) { return true }
                k += 1
            }
        }
        return false
    }

    /// The industry named before a metric word: 新型储能产业(完成)产值 → 新型储能产业.
    private func industryLabel(_ s: [Unicode.Scalar], before i: Int, mentions: [EntityMention]) -> String? {
        var j = i
        var moved = true
        while moved {
            moved = false
            for v in Self.labelVerbs where ScalarText.endsWith(s, at: j, v) { j -= v.count; moved = true; break }
        }
        guard ScalarText.endsWith(s, at: j, Self.industry) else { return nil }
        let floor = max(mentions.last(where: { $0.end <= j })?.end ?? 0, 0)
        var a = j - Self.industry.count
        while a > floor && j - a < 14 && ScalarText.isHan(s[a - 1]) { a -= 1 }
        var label = Array(s[a..<j])
        for w in lexicon.subsetWords where ScalarText.matches(label, at: 0, w) { label.removeFirst(w.count) }
        guard label.count > Self.industry.count else { return nil }
        return ScalarText.string(label)
    }

    /// Where a sentence about one named project starts talking about it (`…产业化项目总投资11亿元`,
    /// `湘投金天新材的“…”项目完成…`): the first 项目 of the sentence, when no zone or place is named
    /// before it and it is not counted (N个项目, 项目N个, 项目建设).
    private func singleProjectSubject(_ s: [Unicode.Scalar], mentions: [EntityMention]) -> Int? {
        guard let q = ScalarText.find(Self.xiangmu, in: s) else { return nil }
        if mentions.contains(where: { $0.end <= q && $0.kind != .company }) { return nil }
        let after = q + Self.xiangmu.count
        if after < s.count, ScalarText.isASCIIDigit(s[after]) || ChineseNumeral.isNumeral(s[after]) { return nil }
        if q > 0, s[q - 1] == "个" || s[q - 1] == "项" || s[q - 1] == "批" { return nil }
        if q > 0 && s[q - 1] == "”" { return q }
        var a = q
        while a > 0 && ScalarText.isHan(s[a - 1]) { a -= 1 }
        let clauseStart = a == 0 || ScalarText.isClauseBreak(s[a - 1]) || ScalarText.isSentenceEnd(s[a - 1])
        return (clauseStart && q - a >= 4) ? q : nil
    }
}

