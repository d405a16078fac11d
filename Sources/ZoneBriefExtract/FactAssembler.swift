import ZoneBriefCore

/// An event a lead names (…全市…重大项目集中开工推进会): who holds it and the set verbs its name holds.
typealias LeadEvent = (host: (name: String, entity: Entity)?, verbs: [[Unicode.Scalar]])

/// Who an article speaks for, found before its sentences are read: the zone that bare 高新区,
/// 全区 and 我区 mean, the city of 全市 and 我市, and the district of a district's own site.
struct ArticleHome {
    var zone: String?
    /// `collective` when the article is about many zones together (its headline names 国家高新区).
    var zoneEntity: Entity = .zone
    var city: String?
    var district: String?
    /// The source line or site header names a district: its 全区 / 我区 are the district's.
    var isDistrictSite = false
    /// The text set its 全区 / 我区 above the zone (全区签约27个项目，其中，高新区签约19个; 我区（包括
    /// 铜仁高新区）…): they mean the district (when its name is known; else no one the figures can go to).
    var selfAboveZone = false
    /// The page names a province or says 全省: zones it counts together (9个高新区) are the province's.
    var speaksOfProvince = false
    /// The one province the page names in full (福建省各地…, 据福建省发改委…): what 全省 and 我省 mean, whose figures are
    /// the province's (entity city: the contract's region above a district).
    var province: String?
    /// Cities the article's source lines and opening paragraphs name (中山市): they tell which zone a
    /// name that leaves out its city means (火炬高新区 on a page of 中山市 → 中山火炬高新区).
    var citiesNamed: Set<String> = []
    /// Every city those lines name: as a subject (`citiesNamed`) or in full inside a clause (记者从潍坊市发改委
    /// 获悉): what 全市 means when they name one city and no line tells more.
    var citiesNamedAnywhere: Set<String> = []
    /// The city the page's zone is named after, where the page names it (合肥高新区 … 合肥市).
    var zoneCity: String?
    /// The first zone the page names, where it names it only as one item of a list (绵阳高新区、涪城区、游仙区分别
    /// 上榜…): not the page's zone, but the city it is named after may be the page's.
    var listedZone: String?
    /// The zone of a city's site that says only 高新区 (楚雄市 → 楚雄高新区): a guess that a zone
    /// the user assumes (`--assume-zone`) overrides.
    var cityZone: String?
    /// The zones together that a page naming no zone speaks of as a subject (我省高新区…): a guess too.
    var bodyCollective: String?
    /// The city 全市 and 我市 mean: the source line's, else the one city the text names.
    var ownCity: String? { pageCity ?? (citiesNamedAnywhere.count == 1 ? citiesNamedAnywhere.first : nil) }
    /// The city whose page this is: the source line's, else the one city the text names as a subject.
    var pageCity: String? { city ?? (citiesNamed.count == 1 ? citiesNamed.first : nil) }
    /// The article says 高新区, 园区 or 开发区 without a name somewhere (not only 全区, 我区).
    var saysZone = false
    /// The kind the first such word names where it is another kind than a high-tech zone's (经开区): the kind of the
    /// zone named after the page's city.
    var zoneKind: String?
    /// The article says 全市 or 我市 in its opening lines: a city's page.
    var saysCity = false
    /// The city or district whose government gives the page as its report (2023年株洲市天元区政府工作报告):
    /// whom figures without a subject belong to, in every paragraph, whatever zone a paragraph before named.
    var speaker: (name: String, entity: Entity)?
    /// Whom figures without a subject belong to on a city's or district's own page that names no
    /// zone and never says 高新区: the district of a district's site, else the city (its source line's, or
    /// the one city its text names: 6月1日，自贡市…33个重大项目集中开工。…集中开工的项目共33个，其中…高新区2个).
    var ownPlace: (name: String, entity: Entity)? {
        guard zone == nil, cityZone == nil else { return nil }
        if isDistrictSite, let district { return (district, .district) }
        return (city ?? (saysZone ? nil : pageCity)).map { ($0, .city) }
    }
}

/// What an article's sentences share: its dates, the zone in play, the period carried from the
/// paragraph's earlier sentences, and the facts so far.
struct ArticleContext {
    var file: String
    var dates: DateContext
    /// The latest year the article names (for callers that know no more).
    var year: Int? { dates.namedYear }
    /// The zone the article is talking about now: the last zone named, else the article's own.
    var zone: String?
    var zoneEntity: Entity = .zone
    var home = ArticleHome()
    /// A city or district a sentence of this paragraph named as its subject (全市…。规上工业…):
    /// the subject of the paragraph's next sentences that name none (reset at each paragraph).
    var paragraphSubject: (name: String, entity: Entity)?
    /// A district a sentence of this paragraph without figures named as its subject (崇川区举办…开工仪式):
    /// what 全区 or 全县 in the paragraph's later sentences stands for on a page that names no zone.
    var spokenDistrict: String?
    /// The metric word of the paragraph's last count of projects (签约项目30个): what a later bare count of
    /// projects by owner (其中丰顺县项目2个) counts (reset at each paragraph).
    var paragraphSet: Lexicon.MetricWord?
    /// The metric word of the last figure of the paragraph's sentence before (园区工业增加值同比增长12.51%。其中：东川工业园区
    /// 增长15.43%，…: the parts' rates after 其中 are of it).
    var sentenceWord: (Lexicon.MetricWord, FactUnit)?
    /// Whether the paragraph opened saying it breaks the article's set down by owner (分县市区、开发区看，…):
    /// a bare count right after an owner's name there is that owner's part (reset at each paragraph).
    var paragraphBreaksDown = false
    /// The kind a marker said holds for what follows (预计（下同）): of the paragraph's later figures that
    /// have no marker of their own (reset at each paragraph).
    var paragraphKind: FactKind?
    /// The kind such a marker gave (预计（下同）): what 下同 says, "the same below", holds for the article's later
    /// paragraphs too, for their figures that have no marker of their own.
    var sameBelowKind: FactKind?
    /// The kind a marker announcing a list by a colon gave (总体目标为：…): of the paragraph's later sentences that
    /// write no time of their own (reset at each paragraph).
    var frameKind: FactKind?
    /// The kind a list's lead line gave the numbered items under it (2015年预计主要经济指标完成：), while the
    /// paragraphs go on being its items.
    var listKind: FactKind?
    /// The industry a paragraph opens with as its topic (生物医药产业方面，…), as the page wrote it.
    var paragraphIndustry: String?
    /// The industry a numbered item opens with (1、光电子信息产业进一步加快增长速度，…): 产值 in the item
    /// that names no industry of its own is that industry's.
    var itemIndustry: String?
    /// The metric word of the article's last count of projects: the set a paragraph that opens breaking it
    /// down (分行政区划来看，…) counts by owner.
    var articleSet: Lexicon.MetricWord?
    /// The labelled parts of sets of projects (其中亿元以上项目9个) and the figure each takes its time from: the set's
    /// count, or the part's own count for the part's totals (kept in step when the article dates the set again).
    var partOf: [(part: Int, whole: Int)] = []
    /// Whether a sentence of the paragraph put a year in play since its start (今年以来, 1月份以来) (reset at each
    /// paragraph).
    var sinceYearStart = false
    /// The period of the paragraph's last time expression (reset at each paragraph).
    var carriedPeriod: Period?
    /// The period the headline names (潍坊高新区2023年1-6月主要经济指标): the period of every figure
    /// whose sentence and paragraph name none.
    var articlePeriod: Period?
    /// The year the body's last section heading named (一、2018年工作回顾): the year in play at each of its
    /// paragraphs' start.
    var sectionYear: Int?
    /// The paragraph read is the page's headline, a short line of its own (临沂高新区18个重大项目集中开工，总投资109.6亿元！).
    var inHeadline = false
    /// The month of the day the page's first lead names (2月14日，临沂高新区召开…): the day of the events its headline
    /// tells of.
    var leadMonth: YearMonth?
    /// The month of the event the last news lead dated (3月29日，…举行集中签约活动).
    var eventPeriod: Period?
    /// The events the lead names (…全市…集中开工推进会暨…高新区…签约仪式): who holds each and the set
    /// verbs its name holds, so that a figure of "this event" (本次集中开工…) is its holder's.
    var events: [LeadEvent] = []
    /// A monthly bulletin's month (2020年10月全区经济运行情况): a figure dated that month alone
    /// covers the year to it.
    var bulletinMonth: YearMonth?
    /// The period the last sentence opening with a time named (2016年，高新区实现…): what the
    /// following paragraphs speak of, for figures that neither they nor the headline date.
    var periodInPlay: Period?
    /// The period a sentence set as the text's topic (2021年是…之年): a part of it that opens a later
    /// sentence (1-11月，规上服务业…) dates that paragraph only.
    var topicPeriod: Period?

    mutating func putInPlay(_ p: Period, topic: Bool = false) {
        if topic { topicPeriod = p; periodInPlay = p; return }
        if let t = topicPeriod, p != t, (p.start ?? p.end) >= (t.start ?? t.end), p.end <= t.end { return }
        periodInPlay = p
    }
    var facts: [Fact] = []
    /// For each of `facts`: whether its own sentence wrote its time (2024年一季度…18个项目), not the
    /// context (a dateline's or an event's month, a time of the sentences before).
    var timeWritten: [Bool] = []
    /// The current sentence's facts, to read a figure the sentence restates (…GDP突破5000亿元)
    /// once. The same figure printed again in another sentence (a headline and its lead) is
    /// another fact with its own source; the metrics core merges them.
    var seen: Set<FactKey> = []
    var diagnostics: [Diagnostic] = []
    /// Money and count figures that became no fact, with the reason.
    var unread: [UnreadFigure] = []
    /// The current sentence as a quote, made once for all its facts.
    var quote: String?
    /// Facts of the current paragraph (a 其中 sentence refers back to them).
    var paragraphFacts: [Int] = []
    /// The place the sentence before named last, where this one opens with a word that refers back
    /// to it (…成都高新综合保税区…。该区去年…): 该区's owner.
    var referent: (String, Entity)?
    /// The last sentence of the paragraph before, when the current sentence opens a paragraph: what a word
    /// referring back (该街道) at its start refers to.
    var sentenceBefore: (text: [Unicode.Scalar], range: Range<Int>)?
    /// Whether the sentence before opened with a word of the event the lead tells of (此次集中开竣工项目共20个。):
    /// a sentence opening with 其中 after it parts that event's sets.
    var eventSentenceBefore = false
    /// The last zone named as where an event was held (…签署仪式在东海高新区举行), no subject: the county a 我县 may
    /// be named after.
    var venueZone: String?
    /// How often the article's text names each zone in each spelling (仲愷高新區 ×4, 惠州仲愷高新區 ×1).
    var zoneSpellings: [String: Int] = [:]

    init(file: String, year: Int?, zone: String?, date: ArticleDate? = nil) {
        self.file = file
        dates = DateContext(namedYear: year, date: date)
        self.zone = zone
        home.zone = zone
    }
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
final class FactAssembler: Sendable {
    let lexicon: Lexicon
    let numbers: NumberRecognizer
    let periods: PeriodRecognizer
    let entities: EntityRecognizer
    let metricWords: MetricWordMatcher
    let datelines: DatelineRecognizer
    private let monthMark = CalendarMarks.month
    /// The metric words that are one word (not A…B), longest first.
    private let singleMetricWords: [[Unicode.Scalar]]
    /// 和, 及, 与: the list joiners written as words (two metrics and two figures joined by one).
    private let wordJoiners: [[Unicode.Scalar]]
    /// Nouns of a kind of zone or park after a count (54个园区, 12家省级高新区): group nouns and zone suffixes.
    private let zoneNouns: [[Unicode.Scalar]]
    /// What opens an industry's label without being part of it: 其中, 实现, 规上, 力争, 上半年, 新增…
    private let labelOpeners: [[Unicode.Scalar]]
    /// The plain words of investment, trade and revenue (利用外资, 固定资产投资, 进出口): a sentence naming one is about
    /// a whole an industry's growth after it is a part of.
    private let otherKindWholeWords: [[Unicode.Scalar]]
    /// Self words of the zone that name an area (全区, 我区), and those that name the zone itself
    /// (高新区: they end in a zone suffix; 园区: they hold a park mark).
    private let areaSelfNames: Set<String>
    /// First scalars of the respectively words (分别, 依次): most sentences hold none.
    private let respectivelyFirst: ScalarSet
    /// First scalars of the each-figure words (各): kept apart, as 各 is common (各类, 各县).
    private let eachFigureFirst: ScalarSet
    /// The self words of a county (我县, 全县: the `self` words of a district), and the suffixes of
    /// the counties they speak for (县).
    let countyWords: [[Unicode.Scalar]]
    let countySuffixes: ScalarSet
    /// First scalars of the part cues (其中, 包括); last scalars of the kind markers (预计, 力争).
    private let partCueFirst: ScalarSet
    /// The subset words and part cues together (其中, 包括, 这些项目中): what turns a sentence to the parts of a set.
    private let partCueWords: [[Unicode.Scalar]]
    /// First scalars of the subset words (其中).
    private let subsetFirst: ScalarSet
    /// The change-to verbs of two characters or more (增至, 增加到; not 到, 至 alone): after a time alone,
    /// the level the metric before rose or fell to (…为828家，2019年增至2899家).
    private let changeToVerbs: [[Unicode.Scalar]]
    /// `rule topic-lead` and `rule possessive` words, held here so a sentence reads them without
    /// copying the lexicon's rules.
    private let topicLeadWords: [[Unicode.Scalar]]
    private let possessiveWords: [[Unicode.Scalar]]
    private let markerLast: ScalarSet
    private let zoneSelfNames: Set<String>
    /// Each set verb after each word of projects handled together (集中开工, 集中签约).
    private let setVerbsTogether: [[Unicode.Scalar]]
    let years: YearResolver
    private let periodFirst: ScalarSet
    /// `periodFirst` and the ASCII digits: where a time expression may begin.
    private let periodOrDigitFirst: ScalarSet
    private let markerFirst: ScalarSet
    /// `markerFirst` and the spaces: where `kindMarkers` stops (a space between phrases ends a marker's scope).
    private let markerOrSpaceFirst: ScalarSet
    /// The first scalars of the words of a ratio (`ratioBefore` looks for any of them).
    private let ratioWordFirst: ScalarSet
    /// Metric words that say their own kind (年度计划投资), and for each kind marker the metric
    /// words that hold it (计划 → 计划总投资): a marker there governs nothing.
    private let kindedWords: [[Unicode.Scalar]]
    private let markerHosts: [[Unicode.Scalar]: [[Unicode.Scalar]]]
    private let projectionLast: ScalarSet
    /// Units that some metric word of the lexicon accepts.
    private let usefulUnits: Set<FactUnit>
    /// Last scalars of fillers and approx-before words, and of growth words: a fast "none ends here".
    private let fillerLast: ScalarSet
    private let growthLast: ScalarSet
    /// What a figure can open with: an ASCII digit, a Chinese numeral that opens numbers, the
    /// first character of a percent word (百分之).
    private let numberOpeners: ScalarSet

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        numbers = NumberRecognizer(lexicon: lexicon)
        periods = PeriodRecognizer(lexicon: lexicon)
        entities = EntityRecognizer(lexicon: lexicon)
        metricWords = MetricWordMatcher(lexicon: lexicon)
        datelines = DatelineRecognizer(lexicon: lexicon)
        years = YearResolver(lexicon: lexicon)
        var first = Set(lexicon.rules.asOf.compactMap(\.first) + lexicon.rules.asOfMonth.compactMap(\.first) + lexicon.rules.firstMonths.compactMap(\.first.first))
        for w in lexicon.periodWords.keys { if let f = w.first { first.insert(f) } }
        for w in lexicon.yearWords { if let f = w.first { first.insert(f) } }
        // plan periods (“十四五”期间) and the last years (过去五年, 近三年来)
        for p in lexicon.planPeriods { if let f = p.word.first { first.insert(f) } }
        first.insert("“")
        for p in lexicon.pastYears + lexicon.comingYears { if let f = p.before.first { first.insert(f) } }
        for d in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] { first.insert(Unicode.Scalar(d)!) }
        periodFirst = ScalarSet(first)
        for d in UInt8(ascii: "0")...UInt8(ascii: "9") { first.insert(Unicode.Scalar(d)) }
        periodOrDigitFirst = ScalarSet(first)
        usefulUnits = Set(FactUnit.allCases.filter { u in lexicon.metricWords.contains { $0.metric.accepts(u) } })
        projectionLast = ScalarSet(lexicon.projectionWords.compactMap { $0.last })
        fillerLast = ScalarSet(lexicon.fillers.compactMap { $0.last } + lexicon.approxBefore.compactMap { $0.word.last })
        growthLast = ScalarSet(lexicon.growthWords.compactMap { $0.word.last })
        let single = lexicon.metricWords.filter { $0.second == nil }
        singleMetricWords = single.map(\.first).sorted { $0.count > $1.count }
        wordJoiners = lexicon.rules.listJoiners.filter { $0.allSatisfy(ScalarText.isHan) }
        zoneNouns = lexicon.rules.groupNouns + lexicon.zoneSuffixes.map(\.text)
        let others: Set<Metric> = [.fdi, .trade_total, .fixed_asset_investment, .manufacturing_investment, .hightech_investment,
                                   .funds_in_place, .tax_revenue, .retail_sales]
        otherKindWholeWords = lexicon.metricWords.filter { !$0.outOfScope && $0.second == nil && others.contains($0.metric) }.map(\.first)
        labelOpeners = lexicon.subsetWords + lexicon.rules.labelVerbs + lexicon.rules.referenceWords + lexicon.rules.focusWords + lexicon.sizeWords + lexicon.kindMarkers.map(\.word)
            + Array(lexicon.periodWords.keys) + lexicon.yearWords + lexicon.incrementWords.map(\.word)
        var area = Set<String>(), zoneSelf = Set<String>()
        for w in lexicon.selfWords where w.entity == .zone {
            let namesZone = lexicon.zoneSuffixes.contains { ScalarText.endsWith(w.word, at: w.word.count, $0.text) }
                || lexicon.rules.parkMarks.contains { ScalarText.find($0, in: w.word) != nil }
            if namesZone { zoneSelf.insert(ScalarText.string(w.word)) } else { area.insert(ScalarText.string(w.word)) }
        }
        areaSelfNames = area
        respectivelyFirst = ScalarSet(lexicon.rules.respectivelyWords.compactMap(\.first))
        eachFigureFirst = ScalarSet(lexicon.rules.eachFigureWords.compactMap(\.first))
        countyWords = lexicon.selfWords.filter { $0.entity == .district }.map(\.word)
        countySuffixes = ScalarSet(countyWords.compactMap(\.last))
        partCueFirst = ScalarSet(lexicon.rules.partCues.compactMap(\.first))
        partCueWords = lexicon.subsetWords + lexicon.rules.partCues
        subsetFirst = ScalarSet(lexicon.subsetWords.compactMap(\.first))
        changeToVerbs = lexicon.rules.changeToWords.filter { $0.count >= 2 }
        topicLeadWords = lexicon.rules.topicLeads
        possessiveWords = lexicon.rules.possessives
        markerLast = ScalarSet(lexicon.kindMarkers.compactMap(\.word.last))
        ratioWordFirst = ScalarSet(lexicon.ratioWords.compactMap(\.first))
        zoneSelfNames = zoneSelf
        setVerbsTogether = lexicon.rules.togetherWords.flatMap { w in lexicon.rules.setVerbs.map { w + $0 } }
        kindedWords = single.filter { $0.kind != nil }.map(\.first)
        var hosts: [[Unicode.Scalar]: [[Unicode.Scalar]]] = [:]
        for m in lexicon.kindMarkers {
            let holders = single.filter { $0.kind == nil && $0.first.count > m.word.count && ScalarText.find(m.word, in: $0.first) != nil }.map(\.first)
            if !holders.isEmpty { hosts[m.word] = holders }
        }
        markerHosts = hosts
        markerFirst = ScalarSet(lexicon.kindMarkers.compactMap { $0.word.first } + lexicon.resetMarkers.compactMap { $0.first } + Array(lexicon.scopeEnds))
        markerOrSpaceFirst = markerFirst.union(ScalarSet(" \u{3000}\u{A0}".unicodeScalars))
        var openers = ChineseNumeral.openers
        for u in "0123456789".unicodeScalars { openers.insert(u) }
        for u in lexicon.rules.percentLeads.compactMap(\.first) { openers.insert(u) }
        // (a round figure written without digits opens with its unit: 突破千亿元, 超百亿元)
        openers.formUnion(ChineseNumeral.roundOpeners)
        numberOpeners = openers
    }

    /// Quick test: can `t[range]` hold a figure at all (a digit or a Chinese numeral)?
    @inline(__always) func mayHoldNumber(_ t: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        numberOpeners.firstIndex(in: t, from: range.lowerBound, to: range.upperBound) < range.upperBound
    }

    /// Reads one sentence of a paragraph (`range` in `p.text`), adding facts to `ctx`.
    /// Lists every money and count figure of an article's links to other pages (a list of related news)
    /// as unread: they are read for no fact.
    func listLinkedFigures(of article: Article, into ctx: inout ArticleContext) {
        for p in article.paragraphs where p.isLink { listUnread(p, reason: .otherPage, into: &ctx) }
    }

    /// Lists every money and count figure of a paragraph that is read for none as unread, with `reason`.
    private func listUnread(_ p: Paragraph, reason: UnreadReason, into ctx: inout ArticleContext) {
        guard mayHoldNumber(p.text, 0..<p.text.count) else { return }
        var malformed: [MalformedNumber] = []
        let quote = ScalarText.string(p.original)
        for num in numbers.recognize(p.text, malformed: &malformed) {
            guard let u = num.unit, u == .CNY || u == .USD || u == .count else { continue }
            ctx.unread.append(UnreadFigure(file: ctx.file, line: p.line(at: num.numberStart),
                                           figure: ScalarText.string(p.original[p.originalRange(num.start..<num.end)]),
                                           reason: reason, quote: quote))
        }
    }

    func assemble(_ p: Paragraph, _ range: Range<Int>, into ctx: inout ArticleContext) {
        // (该区去年…: the next sentence refers back to the place this one names last)
        let nextRefersBack = referenceWordOpens(p.text, from: range.upperBound)
        // (a paragraph's last sentence: the next paragraph's first may refer back to it, 该街道公共财政预算收入…)
        let endsParagraph = !p.text[range.upperBound...].contains(where: { !ScalarText.isSpace($0) })
        let opensEvent = opensWithThisEvent(p.text, at: range.lowerBound)
            || ctx.eventSentenceBefore && lexicon.subsetWords.contains(where: { ScalarText.matches(p.text, at: range.lowerBound, $0) })
        defer {
            ctx.referent = nextRefersBack ? lastPlaceNamed(p.text, in: range, kind: referenceKind(p.text, from: range.upperBound), ctx: ctx) : nil
            ctx.sentenceBefore = endsParagraph ? (p.text, range) : nil
            ctx.eventSentenceBefore = opensEvent && !endsParagraph
        }
        let slice = p.text[range]
        // 该街道公共财政预算收入…。新增…: a place referred back to at a sentence's start is the subject of the
        // paragraph's sentences after it too, as a place named so would be
        if referenceWordOpens(p.text, from: range.lowerBound), let r = referredPlace(ctx, kind: referenceKind(p.text, from: range.lowerBound)),
           r.1 != .zone, r.1 != .collective { ctx.paragraphSubject = r }
        // (a sentence without a figure still says the time of the next ones where it opens with one written
        // without digits: 上半年，高新区…势头良好。完成工业总产值…)
        guard mayHoldNumber(p.text, range) || slice.prefix(12).contains(CalendarMarks.year) else {
            let zones = entities.recognize(p.text, in: range, zonesOnly: true)
            updateZone(zones, in: p.text, from: range.lowerBound, &ctx)
            // (成都未来科技城自成立以来，加速推动…。截至目前，已引进重大项目18个: on a page with no zone in play, a park
            // a sentence without figures names as its subject is the subject of the paragraph's next sentences)
            if zones.isEmpty, ctx.zone == nil,
               let park = entities.recognize(p.text, in: range, zonesOnly: false).first(where: { $0.kind == .park && isSubject($0, in: p.text, from: range.lowerBound) }) {
                ctx.paragraphSubject = (park.name, .park)
            }
            noteSpokenDistrict(Array(slice), &ctx)
            return
        }
        let s = Array(slice)
        if range.lowerBound == 0 { ctx.paragraphIndustry = industryTopic(p, s); ctx.itemIndustry = industryOpeningItem(p, s) }
        ctx.quote = nil
        ctx.seen.removeAll(keepingCapacity: true)
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
        if spans.contains(where: { $0.shape.runsFromYearStart }) { ctx.sinceYearStart = true }
        // …工业总产值完成61.8亿元，同比增长3.6%。这是海口高新区今年一季度交出的“成绩单”: a sentence that says what the
        // one before was dates the figures before it that no time dated (by months or a year it names: not 这是
        // 近五年来最高, a comparison over years)
        if let lead = lexicon.rules.restateLeads.first(where: { ScalarText.matches(s, at: s.prefix(while: ScalarText.isSpace).count, $0) }),
           let span = spans.first(where: { $0.start >= lead.count && $0.shape.isMonths }),
           let period = PeriodResolver.resolve(span, context: ctx.dates) {
            for f in ctx.paragraphFacts where ctx.facts[f].period == nil && !ctx.timeWritten[f] { ctx.facts[f].period = period }
        }
        // …。11月3日下午，…签约活动举行。会上，…: a sentence led by a day dates the event of what follows
        let leadDay = s.prefix(12).contains(monthMark) ? datelines.leadDay(in: s) : nil
        if leadDay == nil, let lead = dayAfterPurpose(s), let e = eventTime(of: lead, in: s, spans: spans, ctx: ctx) {
            ctx.carriedPeriod = e
            ctx.eventPeriod = e
        } else if let lead = leadDay, let e = eventTime(of: lead, in: s, spans: spans, ctx: ctx) {
            ctx.carriedPeriod = e
            ctx.eventPeriod = e
            if nums.isEmpty { updateZone(s, &ctx); return }
        } else if ctx.eventPeriod == nil, let r = recentLead(s),
                  lexicon.rules.eventNouns.contains(where: { ScalarText.find($0, in: s, from: r, to: s.count) != nil }) {
            // 近日，…举行1月份重大项目“一月一签约”活动, 近日，…2024年二季度重点项目集中开工仪式…: an event of the
            // months its name holds
            if let e = namedEventTime(s, spans: spans, from: r, year: ctx.dates.date?.year, ctx: ctx) {
                ctx.eventPeriod = e
            } else if let d = ctx.dates.date, let m = d.month {
                // 近日，…重点项目集中开工仪式在…举行: an event of the dateline's month
                ctx.eventPeriod = Period.months(d.year, m, m)
            }
        } else if ctx.eventPeriod == nil, let d = ctx.dates.date, let m = d.month,
                  lexicon.rules.thisDayWords.contains(where: { ScalarText.find($0, in: s) != nil }),
                  projectCount(s, numbers: nums, from: 0, to: s.count) {
            // 落户高新区的27个重大项目，今日下午在…集中开工: projects of an event on the page's own day, so of
            // its month; 此次… after it speaks of that event
            ctx.eventPeriod = Period.months(d.year, m, m)
            ctx.carriedPeriod = ctx.eventPeriod
        }
        // 本次集中开工项目13个…: a sentence of the event the lead told of takes its month
        if let e = ctx.eventPeriod, speaksOfThisEvent(s) { ctx.carriedPeriod = e }
        // 2022年时间过半，青松高新区上半年成绩单亮点纷呈: the time of the report the article gives
        if let r = spans.first(where: { sp in lexicon.rules.reportNouns.contains { ScalarText.matches(s, at: sp.end, $0) } }),
           let p = PeriodResolver.resolve(r, context: ctx.dates) {
            ctx.putInPlay(p, topic: true)
            ctx.carriedPeriod = p
        }
        if nums.isEmpty {
            // no figure: only the zone in play and the paragraph's period move on
            noteYearInPlay(s, spans: spans, &ctx)
            // (…今年上半年的经济社会发展工作可谓亮点纷呈。其中，…89个项目实现集中开工: a sentence the next one takes
            // its parts from, with 其中, dates them by its time)
            var next = range.upperBound
            while next < p.text.count && ScalarText.isSpace(p.text[next]) { next += 1 }
            if let last = spans.last, lexicon.subsetWords.contains(where: { w in
                ScalarText.matches(p.text, at: next, w) && next + w.count < p.text.count && ScalarText.isClauseBreak(p.text[next + w.count]) }) {
                ctx.carriedPeriod = PeriodResolver.resolve(last, context: ctx.dates)
                // (opening the sentence, it is also the time the next paragraphs speak of: 1至2月，经开区多项经济指标
                // 两位数增长。其中，…。 then 从项目建设看，…16个重点项目相继开工)
                if last.start == 0, last.end < s.count, ScalarText.isClauseBreak(s[last.end]), let p = ctx.carriedPeriod { ctx.putInPlay(p) }
            } else if let told = toldNews(s), let first = spans.first(where: { $0.start == told + 1 && $0.shape.isPartOfAYear }),
                      let p = PeriodResolver.resolve(first, context: ctx.dates) {
                // 15日，记者从市统计局获悉，前九月全市工业生产平稳向好。…完成工业产值2292.70亿元: the time the news
                // opens with dates the paragraph's figures after it
                ctx.carriedPeriod = p
            } else if let last = spans.last(where: { $0.end < s.count && ScalarText.isClauseBreak(s[$0.end]) }) {
                ctx.carriedPeriod = PeriodResolver.resolve(last, context: ctx.dates)
                // (opening the sentence, or right after a news lead's mark: 本报讯 2021年，高新区…)
                // (or after a section's label in lenticular brackets: 【工业概况】 2021年，中山市…)
                var k = last.start
                while k > 0 && ScalarText.isSpace(s[k - 1]) { k -= 1 }
                if textOpens(s, at: k), let p = ctx.carriedPeriod { ctx.putInPlay(p) }
            }
            // 2023年是…开局之年，…。; 高新区在2009年的经济表现亮眼。; 一、2011年开发区经济发展情况…。: the
            // time the next sentences speak of
            if let first = spans.first, first.isAbsolute,
               first.start == 0 && lexicon.rules.topicCopulas.contains(where: { ScalarText.matches(s, at: first.end, $0) })
                || lexicon.rules.topicLeads.contains(where: { ScalarText.endsWith(s, at: first.start, $0) })
                || first.start >= 2 && ScalarText.isListBreak(s[first.start - 1])
                    && (ChineseNumeral.isNumeral(s[first.start - 2]) || ScalarText.isASCIIDigit(s[first.start - 2])),
               let p = PeriodResolver.resolve(first, context: ctx.dates) {
                ctx.putInPlay(p, topic: true)
                ctx.carriedPeriod = p
            }
            updateZone(s, &ctx)
            noteSpokenDistrict(s, &ctx)
            return
        }
        // 汽车机械、食品加工产业产值增幅分别为6.67%、4.13%: read as the pairs it stands for
        if let pairs = periodSeries(s, nums) ?? ownersPairs(s, nums) ?? respectivePairs(s, nums) ?? yearSeries(s, nums) ?? jointPairs(s, nums) ?? rankedPairs(s, nums) ?? eachOfTheNamed(s, nums) ?? allOfTheNamed(s, nums) {
            var q = Paragraph()
            q.text = pairs
            q.spell(as: p, at: range)
            q.lineStarts = [(0, p.line(at: range.lowerBound + nums[0].numberStart))]
            q.verbatim = p.verbatim ?? Array(p.original[p.originalRange(range)])
            assemble(q, 0..<pairs.count, into: &ctx)
            return
        }
        // (进入2023年，全区182家规上工业企业前8个月…: a year the sentence writes before its figures is the year
        // in play for them, not the one a sentence before named)
        if let first = nums.first, let y = years.datingYears(in: s, from: 0, to: first.start).last { ctx.dates.yearInPlay = y }
        let mentions = entities.recognize(s)
        for m in mentions where m.kind == .zone { ctx.zoneSpellings[m.name, default: 0] += 1 }
        notesAreaAboveZone(s, mentions: mentions, &ctx)
        // clause starts
        func clauseStart(_ i: Int) -> Int {
            var j = i
            while j > 0 && !ScalarText.isClauseBreak(s[j - 1]) { j -= 1 }
            return j
        }
        /// Where a figure's metric word may start: its clause (after the figure before it), or the
        /// clause before a colon (地区生产总值：325.6亿元: the label names the figure after it).
        func wordSearchStart(clauseStart c: Int, previousEnd: Int) -> Int {
            let lo = max(c, previousEnd)
            guard lo == c, c > 0, s[c - 1] == "：" || s[c - 1] == ":" else { return lo }
            return max(previousEnd, clauseStart(c - 1))
        }
        func clauseEnd(_ i: Int) -> Int {
            var j = i
            while j < s.count && !ScalarText.isClauseBreak(s[j]) { j += 1 }
            return j
        }
        // time expressions that can date a figure: followed by a clause break, or by a number in their clause
        // (the words in locals: a closure that reads several of the assembler's fields copies the assembler)
        let leads = topicLeadWords, possessives = possessiveWords, shareNouns = lexicon.shareNouns
        let taskNouns = lexicon.rules.taskNouns, baseYearLeads = lexicon.rules.baseYearLeads, frameEnds = lexicon.rules.frameEnds
        let multiples = lexicon.rules.multiples
        let comparedWith = lexicon.rules.comparedWith, comparedTails = lexicon.rules.comparedTails + lexicon.rules.yoyWords
        let zoneNouns = self.zoneNouns, credits = lexicon.rules.creditWords, project = lexicon.rules.projectNoun
        // 近日，…举行2020年招商项目视频签约仪式，…签约项目总投资209亿元: a year inside the name of an event a lead
        // dated (before the event's noun, in its clause) is the event's edition; the event's day dates its figures
        let eventNouns = ctx.eventPeriod == nil ? [] : lexicon.rules.eventNouns
        let together = ctx.eventPeriod == nil ? [] : setVerbsTogether
        let eventYear = ctx.eventPeriod?.end.year
        let namesEvent = { (span: PeriodSpan) -> Bool in Self.namesEvent(span, in: s, eventNouns: eventNouns, handledTogether: together, eventYear: eventYear) }
        // (a count of zones in the subject, 146家国家高新区营业收入预计…, is no figure the marker came after)
        let firstFigure = nums.first(where: { n in !mentions.contains { $0.kind == .collective && ($0.start <= n.start && n.start < $0.end || $0.start == n.end) } })
        let markers = kindMarkers(s, firstFigure: firstFigure?.start ?? s.count)
        let candidates = spans.filter { span in
            // 今年任务, 年度计划: the target's year, not the figure's period
            if shareNouns.contains(where: { noun in ScalarText.matches(s, at: span.end, noun)
                    && (possessives.contains { ScalarText.matches(s, at: span.end + noun.count, $0) }
                        || taskNouns.contains { ScalarText.matches(s, at: span.end + noun.count, $0) }) })
                || taskNouns.contains(where: { ScalarText.matches(s, at: span.end, $0) }) { return false }
            // 比上年增长, 较2022年末: the base of a comparison, not the figure's time
            if baseYearLeads.contains(where: { ScalarText.endsWith(s, at: span.start, $0) }) { return false }
            // (是2013年的近2倍: the base of a multiple)
            if possessives.contains(where: { ScalarText.matches(s, at: span.end, $0) }),
               multiples.contains(where: { ScalarText.find($0, in: s, from: span.end, to: clauseEnd(span.end)) != nil }) { return false }
            // (与2020年同比增长, 与2018年相比: the year compared with)
            if comparedWith.contains(where: { ScalarText.endsWith(s, at: span.start, $0) }),
               comparedTails.contains(where: { ScalarText.matches(s, at: span.end, $0) }) { return false }
            // 6个高新区(来宾高新区2015年3月获批)工业总产值…: a time in brackets is an aside
            if Self.inBrackets(span.start, of: s) { return false }
            if namesEvent(span) { return false }
            if span.end < s.count && ScalarText.isClauseBreak(s[span.end]) { return true }
            if span.end >= s.count { return false }
            // 在今年6月初挂旗出征的…部门: the time of a verb in a clause that describes a noun, not a figure's
            // (not where the noun described is the set a frame takes parts from, the figure's own: 在今年上半年签约
            // 落户的18个工业项目中，…; but 在今年3月初组建的8个招商专班交出答卷)
            let end = clauseEnd(span.end)
            if Self.attributiveTime(span, in: s, clauseEnd: end, leads: leads, possessives: possessives,
                                    describesFigure: { k in end > k && frameEnds.contains(s[end - 1])
                                        && nums.first { $0.start == k }.map { !Self.countsZones(s, after: $0.end, nouns: zoneNouns, project: project) } ?? false }) { return false }
            // 前三季度成都高新区…表现亮眼，…增长14.2%: opening its clause, it dates what follows
            if clauseStart(span.start) == span.start { return true }
            // (“2015年上半年襄阳高新区…实现了GDP363.9亿元。”: opening a quoted statement, too)
            if span.start > 0, s[span.start - 1] == "“", clauseStart(span.start - 1) == span.start - 1 { return true }
            // (荆楚网消息(记者冯梓晔)“2015年上半年…: right after a news lead's credit, too)
            if Self.followsCredit(span.start, in: s, credits: credits) { return true }
            // 天津滨海高新区上半年经济发展量质并进，地区生产总值增长6.7%: right after the clause's subject, too
            if mentions.contains(where: { $0.end == span.start && $0.start == clauseStart(span.start) && $0.kind != .company }) { return true }
            let ce = clauseEnd(span.end)
            // 发布今年上半年经济运行情况：全区实现…: the time of a report whose figures follow the colon
            if ce < s.count, s[ce] == "：" || s[ce] == ":" { return true }
            // 该区力争在上半年通过…，实现17个重点项目开工: the time a goal's marker leads, right after it or after 在,
            // is the time the goal is for
            if markers.contains(where: { m in
                m.1 != nil && m.1 != .actual && (m.0 == span.start || leads.contains { w in m.0 + w.count == span.start && ScalarText.matches(s, at: m.0, w) })
            }) { return true }
            return nums.contains { $0.start >= span.end && $0.start < ce }
        }
        // 高新区营业收入、技工贸收入预计（下同）分别增长9.7%、9.6%。天元区GDP增长4.0%…: a marker the text says holds
        // for what follows (下同) governs the paragraph's later sentences too, and the later paragraphs'
        for (at, kind) in markers {
            guard let kind else { continue }
            var k = at
            while k < s.count && ScalarText.isSpace(s[k]) { k += 1 }
            if k < s.count, s[k] == "(" || s[k] == "（",
               lexicon.rules.sameBelowWords.contains(where: { ScalarText.matches(s, at: k + 1, $0) }) { ctx.paragraphKind = kind; ctx.sameBelowKind = kind }
            // 2017年，…总体目标为：产业集聚区…。特色商业区…完成增加值5亿元: a plan's marker announcing its list by a colon,
            // before all figures, governs the paragraph's later sentences that write no time of their own
            if kind == .target, k < firstFigure?.start ?? s.count, announcesList(s, at: k) { ctx.frameKind = kind }
        }
        // 达产后预计年产值…: what projects will bring, to the end of the sentence or of its item (…；新投产项目9个…:
        // the next item of a list is the list's again)
        var projections: [Range<Int>] = []
        var i = projectionLast.firstIndex(in: s, from: 0, to: s.count)
        while i < s.count {
            defer { i = projectionLast.firstIndex(in: s, from: i + 1, to: s.count) }
            if let w = lexicon.projectionWords.first(where: { ScalarText.endsWith(s, at: i + 1, $0) }) {
                // (a word that ends its clause makes the clause a condition: 20个项目建成投产后，预计年产值…: the projects
                // counted there are those to be, not ones that went into production)
                let from = i + 1 < s.count && ScalarText.isClauseBreak(s[i + 1]) ? ScalarText.clauseStart(s, before: i + 1 - w.count) : i + 1 - w.count
                if projections.last?.contains(from) == true { continue }
                projections.append(from..<(s[(i + 1)...].firstIndex(where: ScalarText.isItemBreak) ?? s.count))
            }
        }
        let singleProjectAt = singleProjectSubject(s, mentions: mentions, numbers: nums) ?? Int.max

        var sentenceFacts: [Int] = []      // indices into ctx.facts made from this sentence
        let unreadFrom = ctx.unread.count  // where this sentence's unread figures start
        var lastFigureFact: Int? = nil     // the fact made from the most recent money/count number
        // the metric word of the last figure (at first, after 其中 or a breakdown's lead opening the sentence, the sentence
        // before's: its parts, 其中：东川工业园区增长15.43%; 分季度看，一季度…同比增长7%)
        var previousWord: (Lexicon.MetricWord, FactUnit)? = ctx.sentenceWord.flatMap { opensWithPart(s) || opensWithBreakdown(s) ? $0 : nil }
        defer { ctx.sentenceWord = previousWord }
        // the last growth rate read as a fact of its own (GDP同比增长8.1%): the amount it reaches may follow
        var rateOnly: (fact: Int, word: MetricWordMatch, end: Int, rate: Double)? = nil
        // (the metric word of an average growth over years, no fact, and where its rate ends)
        var averageRate: (word: MetricWordMatch, end: Int)? = nil
        // where the metric words that made figures stand (the A of an A…B word serves one figure of its metric)
        var wordsUsed: [(start: Int, end: Int, metric: Metric)] = []
        var prevEnd = 0
        // the counts left unread as parts or as counts no word named, and where they stand in the unread list: each may
        // be a part of a set of projects named by its kind or size (其中亿元以上项目19个), read after the sentence's figures
        var partCandidates: [(num: NumberSpan, unreadAt: Int)] = []
        var partAmounts: [Int: Int] = [:]   // the amounts left unread as parts, by where they start
        var earlierLevelEnd: Int? = nil     // where the level a change starts from, left unread as of an earlier time, ends
        /// A money or count figure that became no fact: listed with the reason (`--unread`).
        func unread(_ num: NumberSpan, _ reason: UnreadReason, word: [Unicode.Scalar]? = nil) {
            guard let u = num.unit, u == .CNY || u == .USD || u == .count else { return }
            if u == .count, reason == .subset || reason == .noMetricWord || reason == .unitMismatch { partCandidates.append((num, ctx.unread.count)) }
            if u != .count, reason == .subset { partAmounts[num.start] = ctx.unread.count }
            if ctx.quote == nil { ctx.quote = quote(p, range) }
            ctx.unread.append(UnreadFigure(file: ctx.file, line: p.line(at: range.lowerBound + num.numberStart),
                                           figure: ScalarText.string(p.original[p.originalRange((range.lowerBound + num.start)..<(range.lowerBound + num.end))]),
                                           reason: reason, word: word.map(ScalarText.string), quote: ctx.quote!))
        }
        // the last set of projects counted (N个项目…): an amount after it in the sentence describes it
        // (其中过亿元项目6个，总投资18.8亿元: a part; 在谈储备项目379个，计划投资总额855.8亿元: out of scope)
        var countedSet: (end: Int, isPart: Bool, outOfScope: Bool, joined: Bool)? = nil
        // the facts the money and count figures made, by where the figure starts, and the words they were read with
        var factOfFigure: [Int: Int] = [:]
        var wordOfFigure: [Int: MetricWordMatch] = [:]
        var setTotal: (amountEnd: Int, fact: Int)? = nil   // an amount that totals the set counted after it
        // the counts no metric word named, by where they start
        var unnamedCounts: Set<Int> = []
        let listedRates = respectiveRates(s, nums)
        /// 签约项目30个…。其中广梅产业园项目13个，…丰顺县项目2个 (…，二道区10个项目): a bare count of projects
        /// after an owner's name is a part of the set the paragraph counted.
        /// (科学城九龙坡片区项目共7个, in a paragraph of its own after the event's 50个重点项目集中开工: a part named by
        /// a park of the set the article counted)
        /// (新签约亿元以上项目154个 … 其中 随州高新区45个，合同金额251.6亿元 曾都区31个: after 其中, a count of the
        /// projects' counter right after an owner's name, the noun left out; so too in a paragraph that opens
        /// breaking the set down, 分县市区看，奎文区22个，总投资234.3亿元, and in a line of a list that opens with the
        /// owner's name)
        /// (- 宜都市35个，总投资209.8亿元, a line of a list under an event's set: the owner's name opens the line, its
        /// count right after it)
        func opensItem(_ num: NumberSpan) -> Bool {
            guard p.lineStarts.count == 1, let m = mentions.first(where: { $0.end == num.start }) else { return false }
            return s[..<m.start].allSatisfy { !ScalarText.isHan($0) && !ScalarText.isASCIIDigit($0) }
        }
        // (新开工项目中，靖江市16个，泰兴市24个: a sentence opening with a clause that frames the set counted before, 项目
        // and a frame's end, breaks it down by owner as 其中 does)
        // (the set's own metric word in the frame, 新签约项目中, says which set it is)
        let setFrame = setFrameEnd(s)
        let opensWithSetFrame = setFrame != nil
        // (or, where the frame counts the set, its word before the count: 在本次动工的142个项目中，…)
        let frameSet = setFrame.flatMap { e in metricWord(in: s, from: 0, endingAt: e - 1)
            ?? nums.first(where: { $0.end < e && $0.unit == .count }).flatMap { metricWord(in: s, from: 0, endingAt: $0.start) } }
            .flatMap { $0.word.metric.countsProjects ? $0.word : nil }
        func partOfParagraphSet(_ num: NumberSpan, clauseStart c: Int) -> MetricWordMatch? {
            // (the owner right before the count, or before a word of a count's total: 广州高新区有107个; 0 when none)
            let lead = lexicon.rules.countLeads.first { ScalarText.endsWith(s, at: num.start, $0) }?.count ?? 0
            func countAfterOwner() -> Range<Int>? {
                guard (num.numberEnd..<num.end).contains(where: { lexicon.rules.projectCounters.contains(s[$0]) }),
                      mentions.contains(where: { $0.end == num.start - lead }),
                      ctx.paragraphBreaksDown || lexicon.subsetWords.contains(where: { ScalarText.find($0, in: s, from: 0, to: num.start) != nil })
                        || opensItem(num) || opensWithSetFrame else { return nil }
                return num.start..<num.start
            }
            guard num.unit == .count, let set = frameSet ?? ctx.paragraphSet ?? (ctx.eventPeriod != nil ? ctx.articleSet : nil),
                  let noun = bareProjectCount(s, num, after: max(c, prevEnd)) ?? countAfterOwner(),
                  mentions.contains(where: { $0.start >= max(c, prevEnd) && isSubject($0, in: s)
                      && ($0.end <= noun.lowerBound && noun.lowerBound - $0.end <= 1 || $0.end == num.start - lead) }) else { return nil }
            return MetricWordMatch(word: set, start: noun.lowerBound, end: noun.upperBound, ofParagraphSet: true)
        }
        var partsFrom = Int.max   // where the parts of a set the sentence names (…的22个项目中，) begin
        var framedSet: NumberSpan? = nil   // the count of that set, where the sentence gives it
        // whether the figures between that set and `num` are counts alone, two or more, that add up to the set's
        func partsAddUp(to set: NumberSpan, before num: NumberSpan) -> Bool {
            let parts = nums.filter { $0.start >= partsFrom && $0.end <= num.start }
            return parts.count >= 2 && parts.allSatisfy { $0.unit == .count } && parts.reduce(0) { $0 + $1.value } == set.value
        }
        var lastWord: (figureStart: Int, word: MetricWordMatch)? = nil   // the metric word the last fact made was made with
        // 在省重点四类项目中，省重大项目完成投资23.3亿元: a clause that frames a set of projects (a topic lead,
        // then 项目 and a frame's end closing the clause) makes the figures after it parts of that set
        // (the sentence's opening clause; not 在这些大项目中，青松高新区新开工项目5个: a set counted before, whose
        // share a zone has is its own)
        // (or a this-event word: 本次集中开工的项目中，先进制造业项目153个: the event's set, whose kinds follow; not
        // where the sentence names an owner after it, whose share is its own)
        // (nor where an owner opens the clause after the frame: 在本次动工的142个项目中，广州高新区有107个, its share)
        let frameClauseEnd = ScalarText.clauseEnd(s, from: 0)
        let framed = leads.contains(where: { ScalarText.matches(s, at: 0, $0) }) && !mentions.contains(where: { $0.start == frameClauseEnd + 1 && isSubject($0, in: s) })
            || opensWithThisEvent(s, at: 0) && !mentions.contains(where: { $0.start > frameClauseEnd })
        if let first = nums.first, framed, let e = setFrame, e < first.start,
           !lexicon.rules.pluralDeterminers.contains(where: { ScalarText.find($0, in: s, from: 0, to: e) != nil }) { partsFrom = e }
        var milestone: NumberSpan? = nil   // the last milestone passed (首次突破千亿元)
        var sizeClass: (end: Int, previousEnd: Int)? = nil   // the last size class of projects (1亿元以上) and the figure end before it
        var sizeClassPartEnd: Int? = nil   // where the last count of a size class read as a part (其中100亿元以上项目1个) ends
        for num in nums {
            var passedOver = false   // (a milestone leaves the metric word before it to the figure after it)
            defer { if !passedOver { prevEnd = num.end } }
            if num.unit == .count, projectCount(s, numbers: [num], from: clauseStart(num.start), to: clauseEnd(num.end)) {
                // (其中 before the count, with no other figure between them)
                let c = max(clauseStart(num.start), prevEnd)
                // (包括…在内的19个项目: including, so the whole set)
                let opensPart = subsetFirst.firstIndex(in: s, from: c, to: num.start) < num.start
                    && lexicon.subsetWords.contains { ScalarText.find($0, in: s, from: c, to: num.start) != nil }
                    && !lexicon.rules.inclusiveEnds.contains { ScalarText.find($0, in: s, from: c, to: num.start) != nil }
                    // (包括中国长城…基地、…产业园等17个项目: examples of the set, closed by its count, are the whole set)
                    && !closesExamples(s, num)
                // (or the next item of the list of parts it opened, a kind of project with no verb of a set of its own,
                // after the part before it and its total: 其中产业项目8项，总投资约36亿元，社会民生项目2项，总投资约19亿元;
                // not a list of counts alone, 包括7个产业投资项目和14个政府投资项目，计划总投资97亿元, whose total is the whole's,
                // nor of counts of size classes, 其中在建亿元以上项目52个、10亿元以上项目7个，完成投资109.34亿元)
                let nextPart = countedSet.map { set in
                    set.isPart && !s[set.end..<num.start].contains(where: lexicon.scopeEnds.contains)
                        && nums.contains { $0.unit != .count && $0.start >= set.end && $0.end < num.start && ScalarText.isClauseBreak(s[$0.end]) }
                        && !lexicon.rules.setVerbs.contains { ScalarText.find($0, in: s, from: clauseStart(num.start), to: num.start) != nil }
                } ?? false
                // (the parts of sets counted together are those sets, each with its own total: 参与集中开竣工项目共40个，
                // 总投资714亿元，其中开工项目30个、总投资241亿元)
                let afterJoined = countedSet?.joined == true
                countedSet = (num.end, (opensPart || nextPart) && !afterJoined, false, false)
            }
            if num.isRangeEnd { lastFigureFact = nil; unread(num, .rangeEnd); continue }
            // 首次超千亿元，达到1088.9亿元; 首次突破400亿元大关，达到415.35亿元: the milestone passed, then
            // the figure itself
            // (突破千亿元，实现1055.74亿元: a milestone passed, then a verb of a result and the figure alone)
            if num.isRound || num.approx == .over, let next = nums.first(where: { $0.start >= num.end }), next.unit == num.unit, next.start - num.end <= 12,
               lexicon.rules.reachWords.contains(where: { w in
                   // (right before the figure: not 项目70多个，投产达效约50个, another count)
                   ScalarText.findLast(w, in: s, from: num.end, to: next.start).map { skipFillers(s, next.start) <= $0 + w.count } ?? false })
                || num.approx == .over && lexicon.rules.statementVerbs.contains(where: { v in
                    ScalarText.find(v, in: s, from: num.end, to: next.start).map { skipFillers(s, next.start) == $0 + v.count } ?? false }) {
                unread(num, .restated)
                passedOver = true
                milestone = num
                continue
            }
            // 记者从2022年南昌高新区GDP超千亿元新闻发布会上获悉: an amount in an event's name (the clause runs on to an
            // event noun, no project's set between) names the event, it is no figure of the sentence
            if num.unit == .CNY || num.unit == .USD, inEventName(s, num, clauseEnd: clauseEnd(num.end)) { unread(num, .inName); continue }
            // 重点项目“三个一批”活动: a figure inside a short quoted name (a slogan, a campaign) is part of the name
            if Self.insideShortQuote(s, num) { unread(num, .inName); continue }
            // 67个园区拥有高新技术企业…: a count of zones or parks says who, it measures nothing
            if num.unit == .count, countsZones(s, after: num.end) { unread(num, .zoneCount); continue }
            // 共有54个园区生产总值超过1000亿元: after a count of zones or parks in its clause, an amount or count
            // passed is the class they are counted in, no figure of theirs
            if num.approx == .over {
                let c = clauseStart(num.start)
                var passed = false
                for n in nums where n.unit == .count && n.end <= num.start && n.start >= c && countsZones(s, after: n.end) { passed = true; break }
                if passed { unread(num, .subset); continue }
            }
            // 16个高新区重大项目…: the count in a name of many zones says who, it measures nothing
            if mentions.contains(where: { $0.kind == .collective && $0.start <= num.start && num.start < $0.end }) {
                unread(num, .zoneCount)
                continue
            }
            // 开工的22个项目中，9个工业项目总投资81.6亿元: the set a sentence takes parts from (…项目中，) is no new
            // figure, and the figures after it in the sentence are its parts
            // (but a total after parts counted in full, 此次开工的7个项目中，包括6个产业项目和1个基础设施项目，总投资约
            // 9.6亿元: the parts' counts add up to the set's, and the total is the set's)
            // (nor a place's own share, a place opening the figure's clause: 在开工的重大产业项目中，沭阳县开工24个项目，
            // 计划总投资170.5亿元；泗阳县开工23个项目…, each place's figures its own)
            if num.start > partsFrom, !(num.unit != .count && framedSet.map { partsAddUp(to: $0, before: num) } == true),
               !placeOwnsShare(s, num, after: partsFrom, mentions: mentions) { unread(num, .subset); continue }
            if num.unit == .count, let project = lexicon.rules.projectNoun, case let e = nounEnd(s, num), e < s.count,
               ScalarText.isClauseBreak(s[e]), lexicon.rules.frameEnds.contains(s[e - 1]), ScalarText.endsWith(s, at: e - 1, project) {
                // (not a set the article counted before without naming what it is: 此次活动涉及29个项目…。29个项目中，
                // 集中开工的建设项目共21个…: the sets named after it are each its own metric's, no parts of a figure)
                // (but parts with no verb of a set of their own, 19个项目中，有省“十强”产业13个，基础设施…项目4个, are parts)
                let written = ScalarText.string(p.original[p.originalRange((range.lowerBound + num.start)..<(range.lowerBound + num.end))])
                if !ctx.unread.contains(where: { $0.reason == .noMetricWord && $0.figure == written })
                    || !lexicon.rules.setVerbs.contains(where: { ScalarText.find($0, in: s, from: e, to: s.count) != nil }) { partsFrom = e; framedSet = num }
                // (该县签约落户的18个工业项目中，…: a set no figure of the page counted before is the page's figure)
                if ctx.facts.contains(where: { $0.unit == .count && $0.value == num.value }) {
                    unread(num, .restated)
                    continue
                }
            }
            if projections.contains(where: { $0.contains(num.start) }) { lastFigureFact = nil; unread(num, .projection); continue }
            if num.start >= singleProjectAt { lastFigureFact = nil; unread(num, .singleProject); continue }
            let cStart = clauseStart(num.start)
            guard let unit = num.unit else { continue }   // 个百分点
            if unit == .percent {
                // 实际到位内资232.47亿元、外资9.18亿美元，同比分别增长19.1%、19.8%: each rate is its figure's
                if let (figure, sign) = listedRates[num.start] {
                    if let f = factOfFigure[figure], ctx.facts[f].yoyPct == nil { ctx.facts[f].yoyPct = sign * num.value }
                    continue
                }
                if let f = targetShareFigure(s, before: num.start, nums: nums, lastFigureFact: lastFigureFact, sentenceFacts: sentenceFacts, ctx: ctx) {
                    for k in f where ctx.facts[k].targetPct == nil { recordTargetShare(num.value, of: k, s, shareAt: num.start, &ctx) }
                    continue
                }
                if isTargetShare(s, before: num.start) {
                    if let f = lastFigureFact { recordTargetShare(num.value, of: f, s, shareAt: num.start, &ctx) }
                    continue
                }
                // 同比增长9.5%，…高于全市(7.1%)2.4个百分点: the rate in brackets right after the place a figure's growth is
                // compared with is that place's rate of the same measure, in the same time
                let lastMetricWord = [lastWord.map { ($0.figureStart, $0.word) }, rateOnly.map { ($0.end, $0.word) }].compactMap { $0 }.max { $0.0 < $1.0 }?.1
                if let w = lastMetricWord, let place = comparedPlace(s, rateInBracketsAt: num, mentions: mentions, ctx: ctx) {
                    if case .made(let f) = makeFact(s, p, range, num: num, value: num.value, unit: .percent, word: w, mentions: mentions, spans: spans,
                                                    candidates: candidates, markers: markers, sentenceFacts: sentenceFacts, owner: place, ctx: &ctx) {
                        ctx.facts[f].yoyPct = num.value
                        sentenceFacts.append(f)
                    }
                    continue
                }
                // (增长目标是7%，力争8%: a rate under a marker alone, right after a metric's rate, is another rate of it)
                guard let (gStart, sign) = growth(s, before: num.start) ?? growthAfter(s, number: num)
                        ?? markedAlternative(s, number: num, clauseStart: cStart, after: rateOnly?.end == prevEnd ? rateOnly?.rate : nil, spans: spans) else { continue }
                // 招商引资年均增长25%以上: an average over years, no year-on-year figure
                if let avg = lexicon.rules.averageLeads.first(where: { ScalarText.endsWith(s, at: gStart, $0) }) {
                    // (全区地区生产总值年均增长15.5%，2015年达到951亿元: what it grew to, in the next clause, is the metric's)
                    let lo = wordSearchStart(clauseStart: cStart, previousEnd: prevEnd)
                    if gStart - avg.count > lo, let mw = metricWord(in: s, from: lo, endingAt: gStart - avg.count), !mw.word.outOfScope {
                        averageRate = (mw, num.end)
                    }
                    continue
                }
                // 拉动产值增长19.04%: what a part adds to the whole's growth
                if lexicon.rules.pullLeads.contains(where: { ScalarText.find($0, in: s, from: cStart, to: gStart) != nil }) { continue }
                // 光谷高新技术企业为828家，2019年增至2899家，5年增长3倍多: growth over a count of years, no year-on-year
                // figure
                // (as the rate of the figure before it; a rate of its own it stays: 企业数量十年增长了6.4倍)
                if Self.countOfYearsEnds(s, at: gStart), lastFigureFact != nil { continue }
                // 与2018年相比，2021年…增长64%; 比2018年增长37% (in 2021): growth over years, no year-on-year figure
                if comparesWithAnEarlierYear(s, spans: spans, before: gStart, ctx: ctx) { continue }
                let rate = sign * num.value
                let lo = wordSearchStart(clauseStart: cStart, previousEnd: prevEnd)
                let fakeNumber = NumberSpan.mark(at: gStart)
                if gStart > lo, let mw = metricWord(in: s, from: lo, endingAt: gStart), !mw.word.outOfScope,
                   mw.word.onlyUnit == nil || growthRightAfter(mw, at: gStart, in: s) {
                    // a growth rate of a named metric with no figure: its own fact; metric words listed
                    // with 、 before it share the rate (工业总产值、工业增加值同比增长15%)
                    var word = mw
                    var labelMade: String? = nil
                    while true {
                        if case .made(let f) = makeFact(s, p, range, num: num, value: rate, unit: .percent, word: word, mentions: mentions,
                                                        spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts, ctx: &ctx) {
                            ctx.facts[f].yoyPct = rate
                            sentenceFacts.append(f)
                            if word.start == mw.start { rateOnly = (f, mw, num.end, rate); labelMade = ctx.facts[f].label }
                        }
                        let listEnd = word.start - 1
                        guard listEnd > lo, ScalarText.isListBreak(s[listEnd]) else { break }
                        guard let other = metricWord(in: s, from: lo, endingAt: listEnd), other.end == listEnd,
                              !other.word.outOfScope, other.word.metric != word.word.metric else { break }
                        word = other
                    }
                    // (濉溪县规上工业增加值增长14.7%，相山区增长53%: the next entity's rate is of the same metric;
                    // of the same industry, when the word takes its label from the name before it)
                    previousWord = (Self.carryingLabel(mw.word, labelMade), .percent)
                    lastFigureFact = nil
                } else if let mw = parallelWord(s, clauseStart: cStart, number: fakeNumber, mentions: mentions, previous: previousWord.map { ($0.0, .percent) }, after: prevEnd) {
                    // …增长10.1%，伍家岗区增长9.2%: another entity's rate of the same metric
                    // (and a clause of a rate alone after it is of that metric too: 一季度…同比增长7%，上半年增速7.3%)
                    if case .made(let f) = makeFact(s, p, range, num: num, value: rate, unit: .percent, word: mw, mentions: mentions,
                                                    spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts, ctx: &ctx) {
                        ctx.facts[f].yoyPct = rate
                        sentenceFacts.append(f)
                        rateOnly = (f, mw, num.end, rate)
                    }
                    lastFigureFact = nil
                } else if let mw = grownInClauseBefore(s, clauseStart: cStart, after: prevEnd) {
                    // GDP逆势强劲增长，实现了10.1%的高增速: the clause before says a metric grew and gives no figure; the rate
                    // in this one, which names no metric, is how much
                    if case .made(let f) = makeFact(s, p, range, num: num, value: rate, unit: .percent, word: mw, mentions: mentions,
                                                    spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts, ctx: &ctx) {
                        ctx.facts[f].yoyPct = rate
                        sentenceFacts.append(f)
                        rateOnly = (f, mw, num.end, rate)
                    }
                    lastFigureFact = nil
                } else if let r = rateOnly, r.end == prevEnd, lastFigureFact == nil,
                          namesOnlyTimeOrMarker(s, from: cStart, to: gStart, spans: spans) {
                    // 地区生产总值增长7%，力争增长8%; GDP一季度增长3.2%，前三季度增长4%: a clause of a rate alone, right
                    // after a metric's rate, is that metric's (in another time, or under another marker)
                    if case .made(let f) = makeFact(s, p, range, num: num, value: rate, unit: .percent, word: r.word, mentions: mentions,
                                                    spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts, ctx: &ctx) {
                        ctx.facts[f].yoyPct = rate
                        sentenceFacts.append(f)
                        rateOnly = (f, r.word, num.end, rate)
                    }
                } else if let f = lastFigureFact, ctx.facts[f].yoyPct == nil,
                          prevEnd > cStart || namingLength(s, from: cStart, to: gStart) <= 4,
                          !(prevEnd < gStart && s[prevEnd..<gStart].lastIndex(where: lexicon.scopeEnds.contains).map { k in
                              mentions.contains { $0.start >= k && $0.end <= gStart } || s[k..<gStart].contains(where: ScalarText.isASCIIDigit) } == true) {
                    // the figure's own rate: in its clause, or in a clause naming nothing else
                    // (，同比增长7.2%; ，比上年同期增长9%), not 规模高新技术产业增加值增长15%
                    // (nor past a ； where another owner or another figure is named: …最高的也是高港区，达到809.41亿元；…增长
                    // 最快的是高新区，增幅达21.71%; 固定资产投入56.3亿元；工业用电量10.7亿千瓦时，同比增长29.1%; but 完成投资20.9亿元，
                    // 同比增加6.8亿元；同比增长47.7% is its rate)
                    ctx.facts[f].yoyPct = rate
                }
                continue
            }
            let previousFigure = lastFigureFact
            lastFigureFact = nil
            // 增加5亿元: an increase, not a level (…623.13亿元，比上年增加122.66亿元，同比增长24.5%: the rate after it
            // is still the level's)
            if growth(s, before: num.start) != nil { lastFigureFact = previousFigure; unread(num, .difference); continue }
            let beforeNumber = skipFillers(s, num.start)
            // 超去年同期371亿元: by how much (not 由上年336家增加到378家: the level a change starts from, in the year compared with)
            if lexicon.comparisonWords.contains(where: { ScalarText.endsWith(s, at: beforeNumber, $0) }), !isChangeStart(num, in: s) {
                unread(num, .difference); continue
            }
            // 实际外资超出半年任务目标2000万美元: by how much the figure passed its target
            if lexicon.rules.excessWords.contains(where: { pair in
                ScalarText.endsWith(s, at: beforeNumber, pair.second)
                    && ScalarText.findLast(pair.first, in: s, from: max(cStart, beforeNumber - pair.second.count - 8), to: beforeNumber - pair.second.count) != nil }) {
                unread(num, .difference); continue
            }
            if ratioBefore(s, from: cStart, to: num.start) { unread(num, .ratio); continue }
            // 为石家庄市经济总量过万亿元贡献高新力量: an aim the work contributes to, no figure of its own (`rule contribution`)
            if lexicon.rules.purposeLeads.contains(where: { ScalarText.matches(s, at: cStart, $0) }),
               lexicon.rules.contributionWords.contains(where: { ScalarText.find($0, in: s, from: num.end, to: clauseEnd(num.end)) != nil }) {
                unread(num, .projection); continue
            }
            // 82.9万元/亩: per a unit of something
            if num.end + 1 < s.count, s[num.end] == "/", ScalarText.isHan(s[num.end + 1]) { unread(num, .ratio); continue }
            // 总投资额4.5亿元的福融新材料…扩产项目: the figure describes the one project named after it;
            // 总投资125亿元的32个重点项目, 总投资237亿元的签约项目53个: the set of projects counted after it
            var describesSet = false
            // (总投资759亿元、年度计划投资110亿元的重点项目: amounts listed with 、 before 的 describe it together)
            let listed = listedAmounts(s, num, nums: nums)
            if let de = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: listed.last.end, $0) }), let project = lexicon.rules.projectNoun,
               ScalarText.find(project, in: s, from: listed.last.end + de.count, to: clauseEnd(listed.last.end)) != nil {
                // (引进了4个总投资3.85亿美元的…项目: the set counted right before its total)
                let counters = lexicon.rules.projectCounters
                let countedBefore = nums.contains { n in
                    n.unit == .count && n.end < listed.first.start && listed.first.start - n.end <= 6 && counters.contains(s[n.end - 1])
                        && s[n.end..<listed.first.start].allSatisfy(ScalarText.isHan)
                }
                guard countedBefore || projectCount(s, numbers: nums, from: listed.last.end + de.count, to: clauseEnd(listed.last.end)) else { unread(num, .singleProject); continue }
                // 合同金额超过5亿元的项目14个: a size class of projects, not a set's total (but 总投资超200亿元的25个
                // 项目: the set counted right after 的 passes it together)
                if num.approx == .over, !nums.contains(where: { $0.start == listed.last.end + de.count && $0.unit == .count }) { unread(num, .subset); continue }
                describesSet = true
            }
            // 年销售额超百亿元的高新技术企业2家, 产值超500亿元的产业集群: an amount that a thing is said to pass
            // is a class of things of that size, not a figure
            // (产值超500亿元、300亿元的产业集群: every amount of such a list)
            if !describesSet, num.unit == .CNY || num.unit == .USD {
                var run = [num]
                while let next = nums.first(where: { $0.start > run[run.count - 1].end }), next.unit == num.unit,
                      lexicon.rules.listJoiners.contains(where: { $0.elementsEqual(s[run[run.count - 1].end..<next.start]) }) { run.append(next) }
                var k = nums.firstIndex(where: { $0.start == num.start }) ?? 0
                while k > 0, nums[k - 1].unit == num.unit, nums[k - 1].end < nums[k].start,
                      lexicon.rules.listJoiners.contains(where: { $0.elementsEqual(s[nums[k - 1].end..<nums[k].start]) }) { run.insert(nums[k - 1], at: 0); k -= 1 }
                // (not a goal: 规上工业总产值超千亿元的目标)
                // (nor the metric's own figure: 实现了超2000亿元的规上工业总产值)
                if run.contains(where: { $0.approx == .over }),
                   let de = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: run[run.count - 1].end, $0) }),
                   metricAfterPossessive(s, number: run[run.count - 1]) == nil,
                   !(lexicon.shareNouns + lexicon.rules.taskNouns).contains(where: { ScalarText.matches(s, at: run[run.count - 1].end + de.count, $0) }) {
                    unread(num, .subset); continue
                }
            }
            // 高新技术企业数量超过300家的园区共有65个: a count that a thing is said to pass, then 的, is a class of
            // things of that size; the count after it counts those things (园区), no metric's figure
            if num.unit == .count {
                // (not the set counted right after 的: 总投资超200亿元的25个重大产业项目)
                let possessives = lexicon.rules.possessives
                let classed = nums.contains { p in
                    p.approx == .over && p.end <= num.end && p.start >= cStart && (p.start == num.start || p.end < num.start)
                        && possessives.contains { ScalarText.matches(s, at: p.end, $0) && p.end + $0.count != num.start }
                }
                if classed { unread(num, .subset); continue }
            }
            // 总投资10亿元以上项目达39个, 5亿元以上10亿元以下项目26个: a size class of projects, not a figure
            // (总投资100亿元或10亿美元以上项目: an amount and its alternative in another measure, one class)
            // (总投资近90亿元的项目: an amount told only roughly bounds no class, 约, 近)
            let alternative = lexicon.rules.alternatives.first(where: { ScalarText.matches(s, at: num.end, $0) })
                .flatMap { w in nums.first(where: { $0.start == num.end + w.count && boundsClass(s, $0) }) }
            if boundsClass(s, num) || alternative != nil, num.unit == .CNY || num.unit == .USD, let project = lexicon.rules.projectNoun {
                var k = alternative?.end ?? num.end
                while let next = nums.first(where: { $0.start == k }), boundsClass(s, next) { k = next.end }
                // (新签约固投5亿元以上工业项目: a kind of project between the class and 项目)
                var q = k
                while q < s.count, q - k < 4, !ScalarText.matches(s, at: q, project), ScalarText.isHan(s[q]) { q += 1 }
                // (the class is part of the noun of the count after it, whose metric word may stand before it:
                // 新开工1亿元以上重点项目35个 are started projects)
                if ScalarText.matches(s, at: q, project) { sizeClass = (num.end, prevEnd); unread(num, .subset); continue }
                // (产值超百亿元企业: firms of a class of size)
                if lexicon.rules.firmNouns.contains(where: { ScalarText.matches(s, at: k, $0) }) { unread(num, .subset); continue }
            }
            // 其中单体投资最大的硅基新材料项目总投资达80亿元: the clause speaks of one project
            if let project = lexicon.rules.projectNoun, let q = ScalarText.find(project, in: s, from: cStart, to: num.start),
               lexicon.rules.singleProjectCues.contains(where: { ScalarText.find($0, in: s, from: cStart, to: q) != nil }) {
                unread(num, .singleProject); continue
            }
            // 总投资40.6亿元 石家庄高新区一季度31个重点项目集中开工: a headline's amount and the set it
            // counts right after it (the next figure; 总投资超90亿元8个项目签约, with no space between)
            // (not an amount after a set counted before it: 签约项目5个，总投资33.7亿元；竣工项目8个…, a short sentence)
            if !describesSet, s.count <= Self.headlineLength, !nums.contains(where: { $0.unit == .count && $0.end <= num.start }),
               let next = nums.first(where: { $0.start >= num.end }), next.unit == .count,
               projectCount(s, numbers: [next], from: next.start, to: clauseEnd(next.end)) {
                describesSet = true
            }
            // 西安高新区总投资763亿元，涵盖…等四大类的31个项目集中开工: an amount, then (with no project named
            // between) the set it totals, described by what comes before 的
            if !describesSet, num.unit == .CNY, countedSet == nil, let project = lexicon.rules.projectNoun,
               let next = nums.first(where: { $0.start > num.end }), next.unit == .count,
               ScalarText.matches(s, at: next.end, project), next.start > 0,
               lexicon.rules.possessives.contains(where: { ScalarText.endsWith(s, at: next.start, $0) }),
               ScalarText.find(project, in: s, from: num.end, to: next.start) == nil,
               !s[num.end..<next.start].contains(where: ScalarText.isSentenceEnd) {
                describesSet = true
            }
            // 集中签约和开工的84个项目, 总投资544.77亿元: two sets counted together are no set of one metric,
            // nor is their total; the parts that follow (其中，签约项目54个…) are each set's own
            if unit == .count, countedSet?.end == num.end, joinsSets(s, from: cStart, to: nounEnd(s, num)) {
                countedSet?.joined = true
                unread(num, .joinedSets); continue
            }
            // 引进产业链项目65个(含重大项目9个): a part written in brackets after the figure it is part of
            if let open = s[..<num.start].lastIndex(of: "("), !s[open..<num.start].contains(")"),
               lexicon.rules.partCues.contains(where: { ScalarText.matches(s, at: open + 1, $0) }) {
                unread(num, .subset); continue
            }
            // 6个项目清单, 3个项目库: a count whose noun goes on past 项目 with a noun of its own counts those
            if unit == .count, let project = lexicon.rules.projectNoun,
               let q = ScalarText.find(project, in: s, from: num.end, to: nounEnd(s, num)),
               lexicon.rules.projectListNouns.contains(where: { ScalarText.matches(s, at: q + project.count, $0) }) {
                unread(num, .noMetricWord); continue
            }
            // 420亿元(兰州高新区292亿元、白银高新区128亿元): figures in brackets right after a figure, each right
            // after a name, are that figure split by owner: each owner's figure of the same metric; a growth
            // rate after the bracket is the whole's
            if unit != .percent, let (outer, owner) = ownerInBracket(s, num, nums: nums, mentions: mentions, ctx: ctx),
               let f = factOfFigure[outer.start], let (at, mw) = lastWord, at == outer.start, ctx.facts[f].unit == unit {
                if case .made(let g) = makeFact(s, p, range, num: num, value: num.value, unit: unit, word: mw, mentions: mentions,
                                                spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts,
                                                owner: owner, ctx: &ctx) {
                    sentenceFacts.append(g)
                    factOfFigure[num.start] = g
                }
                lastFigureFact = f
                continue
            }
            // 35个新建项目开工建设8个, 20个签约项目已开工15个: a set counted, then in the same clause a set verb
            // and a count with the same measure word: the first is the set the second is taken from, and the
            // verb names the second
            // (but a count of key projects is the zone's list, whatever is said of some of them next: 191个区重点实施
            // 项目已开工在建175个; its noun names its metric)
            // 其中100亿元以上项目1个，70亿元以上项目1个: the next size class of the list of parts is a part too
            let ofSizeClass = unit == .count && sizeClass.map { $0.end >= cStart && $0.end <= num.start } == true
            if ofSizeClass, let e = sizeClassPartEnd, !s[e..<num.start].contains(where: { lexicon.scopeEnds.contains($0) || ScalarText.isSentenceEnd($0) }) {
                sizeClassPartEnd = num.end
                unread(num, .subset); continue
            }
            // 其中，10亿元以上项目21个、签约金额947亿元: after 其中, the amount joined by 、 to a class of size counted
            // (no owner named) is the class's, a part of the set (not after a clause break: 其中10亿元以上项目3个，
            // 合同引资额284亿元 is the set's again)
            if unit == .CNY || unit == .USD, let sc = sizeClass, sc.end <= num.start,
               s[sc.end..<num.start].contains(where: ScalarText.isListBreak),
               !s[sc.end..<num.start].contains(where: { ScalarText.isClauseBreak($0) || ScalarText.isSentenceEnd($0) }),
               let sub = lexicon.subsetWords.compactMap({ ScalarText.findLast($0, in: s, to: sc.end) }).max(),
               !mentions.contains(where: { $0.start >= sub && $0.end <= num.start }) {
                unread(num, .subset); continue
            }
            var keyProjectList: MetricWordMatch? = nil
            if unit == .count, poolOfNextCount(s, num, nums: nums, clauseStart: cStart) {
                keyProjectList = keyProjectsNoun(s, num)
                if keyProjectList == nil { unread(num, .subset); continue }
            }
            let lo = wordSearchStart(clauseStart: cStart, previousEnd: sizeClass.flatMap { $0.end == prevEnd ? $0.previousEnd : nil } ?? prevEnd)
            // 完成150亿元的固定投资: an amount of what 的 names right after it, whatever word stands before it
            // (近千亿的地区生产总值和超2000亿的规上工业总产值: the second amount is output, not GDP)
            let namedAfter = unit == .count ? nil : metricAfterPossessive(s, number: num).flatMap { $0.word.metric.accepts(unit) ? $0 : nil }
            var matched = keyProjectList ?? namedAfter ?? metricWords.match(in: s, from: lo, number: num, nounEnd: nounEnd(s, num))
            // 14个省级重点项目全部开工: a set verb said of all of a count of key projects (全部, 均) leaves the count the
            // zone's list, as its noun names it (not 12个新建项目全部开工, whose noun names no list)
            if unit == .count, let m = matched, m.word.second != nil, m.start >= num.end, let key = keyProjectsNoun(s, num), key.end <= m.end,
               lexicon.rules.allOfWords.contains(where: { ScalarText.find($0, in: s, from: key.end, to: m.end) != nil }) {
                matched = key
            }
            // the A of an A…B word serves one figure of its metric: 签约总投资86.5亿元的18个项目,另有总投资40亿元的
            // 6个项目即将签约 (the second figure is read without the first 签约); 新增市场主体4267户,实有市场主体5.8万户
            // (none); 经开区共签约5个项目，总投资80亿元；高新区共签约2个项目，总投资6.32亿元 (each 签约 its own)
            // (nor the B of the figure before's word: 21个项目开工，30个项目在建 are not started)
            if let m = matched, m.word.second != nil,
               let used = wordsUsed.last(where: { $0.metric == m.word.metric && $0.start <= m.start && m.start < $0.end }) {
                guard let other = metricWords.match(in: s, from: lo, number: num, nounEnd: nounEnd(s, num), pairsFrom: max(prevEnd, used.end, lo))
                        ?? partOfParagraphSet(num, clauseStart: cStart) else {
                    previousWord = nil; unread(num, .noMetricWord); continue
                }
                matched = other
            }
            // a figure inside a share reached (完成年度目标120亿元的112.4%) is the target, whatever names it
            var shareTarget = shareNounEnds(s, at: num.start)
            if matched == nil, let prev = previousFigure, let m = shareTargetWord(s, number: num, previous: ctx.facts[prev], previousWord: previousWord) {
                // 完成年度目标6亿元的131%: the target of the figure before it
                matched = m
                shareTarget = true
            }
            if matched == nil, previousFigure != nil, let m = bracketTargetWord(s, number: num, after: prevEnd, previousWord: previousWord) {
                matched = m   // 上报到位资金36亿元(任务数34亿元): the target of the figure before it
                shareTarget = true
            }
            // 地区生产总值从2014年的211亿元增长到2017年的297亿元 (，增长41%: over the years between, no year-on-year rate)
            var endsChange = false
            var changeStart = 0   // (where the figure the change starts from stands: its time is not this figure's)
            /// Whether a time is the attribute of the figure the change starts from (从2012年的不足2万家).
            func attributesStart(_ sp: PeriodSpan) -> Bool { sp.end <= changeStart && changeStart - sp.end <= 6 }
            // (the figure it started from a fact, or left unread as a level of an earlier time: 由336家扩大到378家)
            if matched == nil, let before = nums.last(where: { $0.end <= num.start }), before.end == prevEnd,
               previousFigure != nil || earlierLevelEnd == before.end,
               let m = changeEndWord(s, number: num, from: before, previousWord: previousWord) {
                matched = m
                endsChange = true
                changeStart = before.start
            }
            // 高新技术企业数量十年增长了6.4倍，从2012年的不足2万家，增至11.5万家: the figure a change starts from, in
            // the clause after the change's rate, is of the rate's metric (and the figure it leads to, after it)
            if matched == nil, let r = rateOnly, r.end <= cStart, let u = num.unit, r.word.word.metric.accepts(u),
               num.start - cStart <= 12, lexicon.rules.changeFromWords.contains(where: { ScalarText.matches(s, at: cStart, $0) }) {
                matched = reused(r.word.word, kind: nil, at: num)
            }
            // GDP同比增长8.1%，达3332.55亿元: the amount the grown metric reached
            var reached: (fact: Int, rate: Double)? = nil
            if matched == nil, let r = rateOnly, r.end == prevEnd, reachesAfterRate(s, rateEnd: r.end, number: num) {
                matched = r.word
                reached = (r.fact, r.rate)
            }
            // (全区地区生产总值年均增长15.5%，2015年达到951亿元: after an average growth, the level reached; a time may
            // open the clause)
            if matched == nil, let a = averageRate, a.end == prevEnd, cStart > a.end,
               s[a.end..<cStart].allSatisfy({ ScalarText.isClauseBreak($0) || ScalarText.isSpace($0) }),
               reachOpens(s, at: pastMarkerAndTime(s, at: cStart), number: num), let u = num.unit, a.word.word.metric.accepts(u) {
                matched = a.word
            }
            // 实现地区生产总值首次超千亿元，达到1088.9亿元: a clause that opens with a reach word takes the
            // metric the clause before it named (with no figure of its own)
            // (…在前8个月就一举突破千亿元，实现1055.74亿元: after a milestone passed in the clause before, a verb of
            // a result too; the word is sought before the milestone)
            let milestoneBefore = milestone.flatMap { $0.end < cStart && $0.start >= clauseStart(cStart - 1) ? $0 : nil }
            // (首次突破千亿元大关，预计年底达到1100亿元以上: after the milestone, a marker and a time may open the clause)
            // (确保全年新签约…项目35个，力争实现40个: a marker of a target opening the clause, a verb of a result or
            // nothing after it, then the figure: a higher aim for the same figure)
            let aimFrom = cStart < s.count && markerFirst.contains(s[cStart])
                ? lexicon.kindMarkers.first(where: { $0.kind == .target && ScalarText.matches(s, at: cStart, $0.word) }).map { cStart + $0.word.count } : nil
            let aimsHigher = aimFrom.map { a in resultOpens(s, at: a, number: num) || skipFillers(s, num.start) <= a } ?? false
            if matched == nil, aimsHigher, let (w, u) = previousWord, u == unit, prevEnd < cStart,
               !s[prevEnd..<cStart].contains(where: { lexicon.scopeEnds.contains($0) || ScalarText.isSentenceEnd($0) }) {
                matched = reused(w, kind: .target, at: num)
            }
            if matched == nil, cStart > 0, prevEnd < cStart, reachOpens(s, at: cStart, number: num)
                || milestoneBefore != nil && (resultOpens(s, at: cStart, number: num)
                    || reachOpens(s, at: pastMarkerAndTime(s, at: cStart), number: num)) {
                let breakAt = milestoneBefore?.start ?? cStart - 1
                if let m = metricWord(in: s, from: max(clauseStart(breakAt), prevEnd), endingAt: breakAt), !m.word.outOfScope {
                    matched = m
                }
            }
            // (地区生产总值突破2000亿元大关、达到2271.06亿元: the milestone and the figure reached in one clause, a 、
            // between)
            if matched == nil, let ms = milestone, ms.start >= cStart, ms.end <= num.start,
               let j = s[ms.end..<num.start].firstIndex(where: ScalarText.isListBreak), reachOpens(s, at: j + 1, number: num),
               let m = metricWord(in: s, from: cStart, endingAt: ms.start), !m.word.outOfScope {
                matched = m
            }
            if matched == nil, let total = totalOf(s, clauseStart: cStart, number: num, previous: previousWord) {
                matched = total
            }
            if matched == nil, prevEnd < cStart, let m = continuation(s, clauseStart: cStart, number: num, previous: previousWord, spans: spans) {
                matched = m
            }
            if matched == nil, let m = parallelWord(s, clauseStart: cStart, number: num, mentions: mentions, previous: previousWord, after: prevEnd) {
                matched = m   // 全市…1,302家，其中高新区412家
            }
            // 7个招商引资项目和1个合作协议: the noun of the count before serves that count, not one with a noun of its own
            if let m = matched, unit == .count, m.word.second == nil, let before = nums.last(where: { $0.end <= num.start }), before.unit == .count,
               m.start >= before.end, m.end <= nounEnd(s, before), nounEnd(s, num) - num.end >= 2 {
                previousWord = nil; unread(num, .noMetricWord); continue
            }
            // 奖池36.57亿: a figure whose unit is only implied is money where a money word names it, else nothing
            // (listed all the same: 汽车产业突破2500亿 is a figure the tool could not read, not one it may hide)
            if num.unitImplied, matched.map({ !$0.word.metric.accepts(unit) || $0.word.outOfScope }) ?? true {
                previousWord = nil
                unread(num, matched.map { $0.word.outOfScope ? .outOfScope : .unitMismatch } ?? .noMetricWord, word: matched?.word.first)
                continue
            }
            if matched == nil { matched = partOfParagraphSet(num, clauseStart: cStart) }
            if matched == nil { matched = setVerbAfterBareCount(s, num) }
            if matched == nil, let project = lexicon.rules.projectNoun,
               ScalarText.find(project, in: p.text, from: 0, to: range.lowerBound + num.start) != nil { matched = setVerbBeforeBareCount(s, num) }
            if matched == nil { matched = setCountedAfterExamples(s, num, nums: nums) }
            guard var mw = matched else {
                // (an item of a list of parts that names no owner leaves the metric to the items after it:
                // 共有高新技术企业1745家，其中区外企业415家、哈尔滨高新区956家)
                let listGoesOn = num.end < s.count && ScalarText.isListBreak(s[num.end]) && previousWord?.1 == unit
                if !listGoesOn { previousWord = nil }
                unread(num, .noMetricWord)
                if unit == .count { unnamedCounts.insert(num.start) }
                continue
            }
            // 新增发明专利3122件(高价值发明专利约1500件): a figure of the same metric in a bracket right after a
            // figure is a part of it
            if !shareTarget, let (outer, _) = figureBracketed(s, num, nums: nums), let f = factOfFigure[outer.start],
               ctx.facts[f].metric == mw.word.metric, mw.start > outer.end {
                unread(num, .subset, word: mw.word.first); continue
            }
            // 年销售额超百亿元的高新技术企业2家以上: firms of a class of size (an amount before the word), not their number
            if unit == .count, lexicon.stockMetrics.contains(mw.word.metric),
               nums.contains(where: { ($0.unit == .CNY || $0.unit == .USD) && $0.start >= cStart && $0.end <= mw.start }) {
                unread(num, .subset, word: mw.word.first); continue
            }
            // (27个项目列入省级重点项目名单…。一季度，完成投资35.4亿元: in a paragraph about a list of key projects,
            // a result that names no one else is the list's)
            if let m = mw.word.projectsMetric, countsProjects(s, before: mw.start, numbers: nums)
                || ctx.paragraphSet?.metric == .projects_key && !mentions.contains(where: { $0.start >= cStart && $0.end <= mw.start }) {
                mw.word.metric = m
            }
            if mw.word.outOfScope {
                if unit == .count, countedSet?.end == num.end { countedSet?.outOfScope = true }
                unread(num, .outOfScope, word: mw.word.first); continue
            }
            // 对东盟、非洲分别进出口325.9亿元、196.8亿元: trade with a partner is a part of the trade total
            if mw.word.metric == .trade_total, tradesWithPartner(s, before: min(num.start, max(mw.start, cStart))) {
                unread(num, .subset, word: mw.word.first); continue
            }
            // 来自香港、韩国的实际使用外资分别为4.6亿美元、4.2亿美元: foreign investment from a source is a part of it
            if mw.word.metric == .fdi, lexicon.rules.originLeads.contains(where: { ScalarText.find($0, in: s, from: cStart, to: min(num.start, max(mw.start, cStart))) != nil }) {
                unread(num, .subset, word: mw.word.first); continue
            }
            let describedSet = unit != .count && mw.word.metric.totalsAProjectSet ? countedSet : nil
            if describedSet?.outOfScope == true { unread(num, .outOfScope, word: mw.word.first); continue }
            if describedSet?.joined == true { unread(num, .joinedSets, word: mw.word.first); continue }
            guard mw.word.metric.accepts(unit) else { unread(num, .unitMismatch, word: mw.word.first); continue }
            // 累计签约13户企业: firms signed, not projects; 73家企业获专利…奖励: firms, not patents
            // (but a count right after the project noun counts projects, whatever its measure: 共引进项目150余家)
            if unit == .count, mw.word.metric.countsProjects || mw.word.metric == .patents, num.end > 0, lexicon.rules.firmCounters.contains(s[num.end - 1]),
               !(mw.word.metric.countsProjects && lexicon.rules.projectNoun.map({ ScalarText.endsWith(s, at: skipFillers(s, num.start), $0) }) == true) {
                unread(num, .unitMismatch, word: mw.word.first); continue
            }
            previousWord = (mw.word, unit)
            // (新增高新技术企业120家; 高新技术企业全年通过认定210家, the verb between the noun and its count)
            let increment = isIncrement(s, from: max(cStart, prevEnd), to: mw.start, metric: mw.word.metric)
                || mw.end <= num.start && isIncrement(s, from: mw.end, to: num.start, metric: mw.word.metric)
                // (32家企业升规入统: the word itself says the firms grew into the class)
                || isIncrement(s, from: mw.start, to: mw.end, metric: mw.word.metric)
                // (新增四上企业93家，其中规上工业企业44家: a part of what was added was added too)
                || cStart > 0 && lexicon.subsetWords.contains(where: { ScalarText.matches(s, at: cStart, $0) })
                    && isIncrement(s, from: ScalarText.clauseStart(s, before: cStart - 1), to: cStart, metric: mw.word.metric)
            // 总投资46亿元的8个项目即将签约: the investment of projects signed is the signed investment
            if describesSet, mw.word.metric == .project_investment,
               let count = nums.first(where: { $0.start >= num.end && $0.unit == .count }), countedMetric(s, count) == .projects_signed {
                mw.word.metric = .signed_investment
            }
            // (…的29个项目集中签约，总投资123.47亿元的37个项目集中开工: a total that describes the set counted after it
            // is that set's, not what an A…B word reaching back to an earlier clause's verb makes it)
            if describesSet, mw.word.second != nil, mw.word.metric.totalsAProjectSet, mw.start < cStart,
               let count = nums.first(where: { $0.start >= num.end && $0.unit == .count }), let counted = countedMetric(s, count), counted.countsProjects {
                mw.word.metric = Self.totalMetric(ofSetCounted: counted)
            }
            // the figure before this one, and it if it is a count right before it
            // (a share in brackets between them is an aside: 132个项目签约落地(占全省的12%)，计划总投资1084亿元)
            func aside(_ n: NumberSpan) -> Bool { n.unit == .percent && Self.inBrackets(n.start, of: s, from: 0) }
            let figureBefore = nums.last(where: { $0.end <= num.start && !aside($0) })
            let countBefore = figureBefore.flatMap { f in
                f.unit == .count && (f.end == prevEnd || nums.allSatisfy { $0.start < f.end || $0.end > prevEnd || aside($0) }) ? f : nil }
            // 引进外资项目47个，新开工项目92个，总投资42亿元: the total right after a count is of the set just
            // counted (signed or brought in: what was signed; started, completed, key: the projects' investment);
            // so is a total an A…B word names whose A stands before that count (签约引进项目153个，重点推进产业项目
            // 94个，总投资477亿元: 签约…总投资 does not reach past the key projects)
            if !describesSet, let before = countBefore,
               mw.word.setDecides || mw.word.second != nil && mw.start < before.start && mw.word.metric.totalsAProjectSet,
               let counted = countedMetric(s, before) ?? factOfFigure[before.start].map({ ctx.facts[$0].metric }), counted.countsProjects {
                mw.word.metric = Self.totalMetric(ofSetCounted: counted)
            }
            // 组织实施重大项目125个，其中…。总投资678亿元: a sentence opening with a total, right after the
            // sentence that counted a set of projects, totals that set
            // (and so does a sentence opening with the bare project word, 27个项目集中开工。项目涵盖了…领域，总投资达238亿元:
            // those projects, no one project)
            let opensWithProjects = lexicon.rules.projectNoun.map { ScalarText.matches(s, at: 0, $0) } ?? false
            let setBefore = (mw.start == 0 || opensWithProjects) && sentenceFacts.isEmpty && mw.word.setDecides
                ? ctx.paragraphFacts.last.flatMap { ctx.facts[$0].unit == .count && ctx.facts[$0].metric.countsProjects ? $0 : nil } : nil
            if !describesSet, countBefore == nil, let k = setBefore {
                mw.word.metric = Self.totalMetric(ofSetCounted: ctx.facts[k].metric)
            }
            // 签约项目30个…。其中工业项目27个、计划投资额83.54亿元: the total of a kind of the paragraph's set (a
            // word before 项目N个) whose count no metric word named is no fact either
            if !describesSet, mw.word.setDecides, ctx.paragraphSet != nil, let before = countBefore,
               unnamedCounts.contains(before.start), let kind = bareProjectCount(s, before, after: clauseStart(before.start)),
               kind.upperBound == before.start, kind.lowerBound > clauseStart(before.start), ScalarText.isHan(s[kind.lowerBound - 1]) {
                unread(num, .subset, word: mw.word.first); continue
            }
            // 总投资达120亿元的30个重点项目…集中开工开业: the total of two sets together, as their count
            if describesSet, mw.word.metric.totalsAProjectSet, let count = nums.first(where: { $0.start >= num.end && $0.unit == .count }),
               joinsSets(s, from: count.start, to: clauseEnd(count.end)) {
                unread(num, .joinedSets, word: mw.word.first); continue
            }
            // 14个重点产业项目签约落户…，亿元以上项目12个: a class of size of the set just counted is a part of it
            if unit == .count, mw.word.metric.countsProjects, mw.start < cStart, countsSizeClass(s, num, clauseStart: cStart),
               sentenceFacts.contains(where: { ctx.facts[$0].metric == mw.word.metric && ctx.facts[$0].unit == .count }) {
                unread(num, .subset, word: mw.word.first); continue
            }
            // (新增开工项目星河智能、白鹭新材等7个，总投资41.6亿元: the count before made a count of projects)
            let afterProjectCount = figureBefore.flatMap { factOfFigure[$0.start] }.map { ctx.facts[$0].metric.countsProjects } ?? false
            var namedSet = false
            // (签约的项目总投资; 本批新开工项目总投资, 这些项目总投资: many projects, named as such)
            if let pw = lexicon.rules.projectNoun, ScalarText.endsWith(s, at: mw.start, pw) {
                namedSet = namesSetByVerb(s, projectAt: mw.start - pw.count)
                    || lexicon.rules.pluralDeterminers.contains { ScalarText.find($0, in: s, from: cStart, to: mw.start - pw.count) != nil }
            }
            if mw.word.needsProjects && !describesSet && !afterProjectCount && !namedSet && setBefore == nil && !countsProjects(s, before: mw.start, numbers: nums) {
                unread(num, .singleProject, word: mw.word.first); continue
            }
            switch makeFact(s, p, range, num: num, value: num.value, unit: unit, word: mw, mentions: mentions,
                            spans: endsChange ? spans.filter { !attributesStart($0) } : spans,
                            candidates: endsChange ? candidates.filter { !attributesStart($0) } : candidates,
                            markers: markers, sentenceFacts: sentenceFacts, kind: shareTarget ? .target : nil, flow: increment,
                            partOfSet: (unit == .count ? nil : countedSet)?.isPart == true, numbers: nums, ctx: &ctx) {
            case .made(var f):
                // (1-10月，全市实际使用外资完成年度计划147.6亿元的94.0%: a target the year's plan or task names is the
                // whole year's, not the months the figure measured against it was summed over)
                if shareTarget, ctx.facts[f].kind == .target, ctx.facts[f].metric.accruesOverMonths, let p = ctx.facts[f].period, p.start != nil,
                   lexicon.rules.wholeYearWords.contains(where: { ScalarText.find($0, in: s, from: max(0, num.start - 6), to: num.start) != nil }) {
                    ctx.facts[f].period = Period.months(p.end.year, 1, 12)
                }
                // the rate read alone before is this figure's growth: one fact, not two
                if let (rateFact, rate) = reached, rateFact == f - 1, ctx.facts[rateFact].unit == .percent {
                    ctx.facts.remove(at: rateFact)
                    ctx.timeWritten.remove(at: rateFact)
                    sentenceFacts = sentenceFacts.filter { $0 != rateFact }.map { $0 > rateFact ? $0 - 1 : $0 }
                    f -= 1
                    ctx.facts[f].yoyPct = rate
                }
                sentenceFacts.append(f)
                lastFigureFact = endsChange ? nil : f
                factOfFigure[num.start] = f
                wordOfFigure[num.start] = mw
                lastWord = (num.start, mw)
                // (the word as this figure read it: 规模以上产值 with no industry named is all the firms' output,
                // and so is the figure a change leads to after it, 从2003年的12.68亿元增长至2023年的387.3亿元)
                if case .industry = mw.word.label, let alone = mw.word.aloneMetric, ctx.facts[f].metric == alone, ctx.facts[f].label == nil {
                    var read = mw.word
                    read.metric = alone
                    read.label = .none
                    previousWord = (read, unit)
                }
                // (实施重点项目12个，总投资88亿元: the total of the year's list of key projects is the year's too, a
                // difference between them or not, 重大建设项目102个，比去年多34个，涉及项目总投资777.28亿元; and
                // the total of a set summed up to a day, 累计引进项目1366个，总投资3588.2亿元, is the sum to that day)
                if ctx.facts[f].metric.totalsAProjectSet,
                   let k = countBefore.flatMap({ factOfFigure[$0.start] }) ?? setBefore
                    ?? sentenceFacts.dropLast().last.flatMap({ ctx.facts[$0].unit == .count && ctx.facts[$0].metric == .projects_key ? $0 : nil }),
                   ctx.facts[k].zone == ctx.facts[f].zone,
                   ctx.facts[f].metric == .project_investment && ctx.facts[k].metric == .projects_key
                    || ctx.facts[k].unit == .count && ctx.facts[k].metric.countsProjects && ctx.facts[k].period.map({ $0.start == nil }) == true
                        // (not a figure whose clause writes its own time: 截至一季度，建设项目829个，…，今年预计投资974.43亿元)
                        && !spans.contains(where: { $0.start >= clauseStart(num.start) && $0.end <= num.start }) {
                    ctx.facts[f].period = ctx.facts[k].period
                }
                // (总投资40.6亿元 石家庄高新区2024年一季度31个重点项目集中开工: the total written before the set it
                // totals is dated as the set, by the time written between them)
                if ctx.facts[f].metric.countsProjects, ctx.timeWritten[f], let (amountEnd, total) = setTotal,
                   spans.contains(where: { $0.start >= amountEnd && $0.end <= num.start }),
                   !ctx.timeWritten[total], ctx.facts[total].zone == ctx.facts[f].zone {
                    ctx.facts[total].period = ctx.facts[f].period
                    ctx.timeWritten[total] = true
                }
                if describesSet, ctx.facts[f].metric.totalsAProjectSet { setTotal = (num.end, f) }
                if unit == .count, mw.word.metric.countsProjects { ctx.paragraphSet = mw.word; ctx.articleSet = mw.word }
                wordsUsed.append((mw.start, mw.end, mw.word.metric))
            case .repeated(let f):
                lastFigureFact = f
                factOfFigure[num.start] = f
            case .skipped(let reason):
                if reason == .subset, ofSizeClass { sizeClassPartEnd = num.end }
                if reason == .difference { earlierLevelEnd = num.end }
                unread(num, reason, word: mw.word.first)
            }
        }
        // 其中亿元以上项目19个, 包括先进制造业项目58个、基础设施项目65个, 其中包括7个购地项目: a part of a set of projects
        // counted before it, named by its kind or its class of size, is a figure of the set's metric labelled with that
        // name (a series of its own, never the set's total), of the set's owner, time and kind
        var partsRead: [Int] = []
        // (41个新签约台资项目中，制造业项目33个: the set the sentence frames, counted in the frame or by the paragraph;
        // its parts take their own time and kind, as the frame is no figure)
        let frameWord = partCandidates.isEmpty ? nil
            : framedSet.flatMap { n in metricWords.match(in: s, from: 0, number: n, nounEnd: nounEnd(s, n)) }?.word
        for (num, at) in partCandidates {
            let c = clauseStart(num.start)
            guard let part = projectPartName(s, num, from: c, nums: nums), let project = lexicon.rules.projectNoun else { continue }
            // the set: the last count of projects the sentence made before the part, the part cue between them
            // (其中, 包括), no owner named between; else the paragraph's set (the event's, in an article about one),
            // where the sentence turns to parts (其中, 包括) or the part is a class of size (億元以上項目19個)
            let setStart = factOfFigure.keys.filter { k in
                k < num.start && ctx.facts[factOfFigure[k]!].unit == .count && ctx.facts[factOfFigure[k]!].metric.countsProjects
            }.max()
            var set: (fact: Int?, word: MetricWordMatch)? = nil
            if partsFrom <= part.lowerBound, setStart.map({ $0 < partsFrom }) ?? true,
               let word = frameWord.flatMap({ $0.metric.countsProjects ? $0 : nil }) ?? ctx.paragraphSet ?? (ctx.eventPeriod != nil ? ctx.articleSet : nil),
               framedSet.map({ num.value <= $0.value }) ?? true, !mentions.contains(where: { $0.end <= num.start && $0.start >= partsFrom }) {
                set = (nil, MetricWordMatch(word: word, start: part.lowerBound, end: part.upperBound, ofParagraphSet: true))
            } else if let k = setStart, let f = factOfFigure[k], let w = wordOfFigure[k], let end = nums.first(where: { $0.start == k })?.end {
                guard partCueWords.contains(where: { ScalarText.find($0, in: s, from: end, to: part.lowerBound) != nil }),
                      !mentions.contains(where: { $0.start >= end && $0.end <= num.start }) else { continue }
                set = (f, w)
            } else if let word = ctx.paragraphSet ?? (ctx.eventPeriod != nil ? ctx.articleSet : nil),
                      let f = ctx.facts.lastIndex(where: { $0.unit == .count && $0.metric == word.metric && $0.label == nil }),
                      partCueWords.contains(where: { ScalarText.find($0, in: s, from: 0, to: part.lowerBound) != nil })
                        || lexicon.rules.classBounds.contains(where: { ScalarText.find($0, in: s, from: part.lowerBound, to: part.upperBound) != nil }),
                      !mentions.contains(where: { $0.end <= num.start && $0.start >= c }) {
                set = (f, MetricWordMatch(word: word, start: part.lowerBound, end: part.upperBound, ofParagraphSet: true))
            }
            guard let (whole, setWord) = set, whole.map({ num.value <= ctx.facts[$0].value }) ?? true else { continue }
            var word = setWord
            word.word.label = .fixed(p.written((range.lowerBound + part.lowerBound)..<(range.lowerBound + part.upperBound)))
            word.start = part.lowerBound
            word.end = part.upperBound
            guard case .made(let f) = makeFact(s, p, range, num: num, value: num.value, unit: .count, word: word, mentions: mentions,
                                               spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts,
                                               kind: whole.map { ctx.facts[$0].kind }, owner: whole.map { (ctx.facts[$0].zone, ctx.facts[$0].entity) },
                                               labelledPart: true, numbers: nums, ctx: &ctx) else { continue }
            if let whole {
                ctx.facts[f].period = ctx.facts[whole].period
                ctx.timeWritten[f] = ctx.timeWritten[whole]
                ctx.partOf.append((f, whole))
            }
            sentenceFacts.append(f)
            partsRead.append(at)
            // (其中外资项目3个，总投资3亿美元，年度计划投资1.2亿元: the totals in the clauses right after a part named before
            // its count are the part's, labelled alike; not after a part counted before its name, 其中包括7个购地项目，总投资
            // 额超100亿元, 包括6个产业项目和1个基础设施项目，总投资约12.4亿元: the set's, or the parts' together)
            var from = part.lowerBound == num.end ? s.count : num.end
            while let m = nums.first(where: { $0.start >= from }), m.unit == .CNY || m.unit == .USD, let mAt = partAmounts[m.start],
                  !s[from..<m.start].contains(where: { lexicon.scopeEnds.contains($0) || ScalarText.isSentenceEnd($0) }),
                  s[from..<m.start].filter(ScalarText.isClauseBreak).count + s[from..<m.start].filter(ScalarText.isListBreak).count == 1,
                  // (not the class of size of the next part: 合同金额超过5亿元的项目14个，合同金额超过10亿元的项目11个)
                  // (nor 总投资20亿元或3亿美元以上项目5个: an amount in a part's name, its clause going on to 项目)
                  !(lexicon.rules.possessives + [project]).contains(where: { ScalarText.matches(s, at: m.end, $0) }),
                  ScalarText.find(project, in: s, from: m.end, to: clauseEnd(m.end)) == nil,
                  var total = metricWords.match(in: s, from: from, number: m, nounEnd: nounEnd(s, m)), total.word.metric.totalsAProjectSet {
                if total.word.metric != .annual_investment { total.word.metric = Self.totalMetric(ofSetCounted: word.word.metric) }
                total.word.label = word.word.label
                guard case .made(let g) = makeFact(s, p, range, num: m, value: m.value, unit: m.unit!, word: total, mentions: mentions,
                                                   spans: spans, candidates: candidates, markers: markers, sentenceFacts: sentenceFacts,
                                                   kind: total.word.metric == .annual_investment ? nil : ctx.facts[f].kind,
                                                   owner: (ctx.facts[f].zone, ctx.facts[f].entity),
                                                   labelledPart: true, numbers: nums, ctx: &ctx) else { break }
                if total.word.metric != .annual_investment {
                    ctx.facts[g].period = ctx.facts[f].period
                    ctx.timeWritten[g] = ctx.timeWritten[f]
                    ctx.partOf.append((g, f))
                }
                sentenceFacts.append(g)
                partsRead.append(mAt)
                partAmounts[m.start] = nil   // (one part's, once)
                from = m.end
            }
        }
        for at in partsRead.sorted(by: >) { ctx.unread.remove(at: at) }
        ctx.paragraphFacts += sentenceFacts
        noteYearInPlay(s, spans: spans, &ctx)
        // (其中9月实现总产值13.62亿元: the time of a part is not the paragraph's; 本年预计新增投资额近90亿元: nor the
        // time an estimate or a plan looks to)
        // (nor a time after the sentence turned to its parts: 5个项目竣工投产，其中1个项目当年入库，当年竣工)
        // (nor the day of an event the sentence told of: 5月25日又开工建设…5个项目。该区力争在上半年…)
        if var last = candidates.last, !last.isEventDay, !lexicon.subsetWords.contains(where: { ScalarText.endsWith(s, at: last.start, $0) }),
           !lexicon.subsetWords.contains(where: { ScalarText.find($0, in: s, from: 0, to: last.start) != nil }),
           !(last.end < s.count && markerFirst.contains(s[last.end]) && lexicon.kindMarkers.contains(where: { ScalarText.matches(s, at: last.end, $0.word) })) {
            // (全年科研经费投入达17.15亿元。…新增企业有效专利6812件: the whole year in play, as for the sentence's figures)
            if let y = wholeYearInPlay(for: last, after: spans, ctx) { last.year = .absolute(y) }
            // (2017年，…全年…签约落地15个以上: of the year the sentence wrote before it, as for its figures)
            if last.year == .implicit, let y = spans.last(where: { $0.end <= last.start && $0.isAbsolute }) { last.year = y.year }
            ctx.carriedPeriod = PeriodResolver.resolve(last, context: ctx.dates)
        }
        // 2016年，高新区实现…; …获悉，1-2月，我省高新区…; 2023年是…之年: a time that opens the sentence
        // or a clause of its own is the time the next paragraphs speak of
        if let first = spans.first(where: { $0.start == 0 || ScalarText.isClauseBreak(s[$0.start - 1]) || textOpens(s, at: $0.start) }),
           first.end < s.count, first.start == 0 || ScalarText.isClauseBreak(s[first.end]),
           ScalarText.isClauseBreak(s[first.end]) || lexicon.rules.topicCopulas.contains(where: { ScalarText.matches(s, at: first.end, $0) })
            // (or a written year right before the sentence's subject: 2016年高新区核心区地区生产总值增长11.8%; or months of the
            // year, 三季度我市新开工亿元以上项目192个, on a page that gives one clause a line)
            || first.start == 0 && (first.isAbsolute && first.shape == .months(1, 12) || first.shape.isPartOfAYear && !first.isEventDay)
                && mentions.contains(where: { $0.start == first.end && isSubject($0, in: s) }),
           let p = PeriodResolver.resolve(first, context: ctx.dates) {
            ctx.putInPlay(p, topic: lexicon.rules.topicCopulas.contains(where: { ScalarText.matches(s, at: first.end, $0) }))
        }
        // (12月22日，坦洲镇投资10亿元的明彩智慧显示项目…动工。全年动工重点工业项目235个: a sentence whose figures are
        // one project's only names where that project is, not the subject of the paragraph's next sentences)
        let ofOneProject = sentenceFacts.isEmpty && ctx.unread.count > unreadFrom && ctx.unread[unreadFrom...].allSatisfy { $0.reason == .singleProject }
        updateZone(mentions, in: s, carriesSubject: !ofOneProject, &ctx)
    }

    /// Whether the sentence's text opens at `k`: nothing before it but spaces and an opening quote, or a section's label
    /// (【工业概况】 2021年), a news lead's mark (本报讯 2021年), or a lead's credit (…网讯 记者苟俊报道 “2023年，…).
    func textOpens(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        var j = k
        while j > 0 && ScalarText.isSpace(s[j - 1]) { j -= 1 }
        if j > 0, ScalarText.isOpeningQuote(s[j - 1]) { j -= 1 }
        while j > 0 && ScalarText.isSpace(s[j - 1]) { j -= 1 }
        if j == 0 || Self.endsSectionLabel(s, at: j) || lexicon.rules.newsLeads.contains(where: { ScalarText.endsWith(s, at: j, $0) }) { return true }
        // (a credit: its word, a name of Han characters and spaces, its tail)
        guard let tail = lexicon.rules.creditTails.first(where: { ScalarText.endsWith(s, at: j, $0) }) else { return false }
        let nameEnd = j - tail.count
        return lexicon.rules.creditWords.contains { w in
            guard let at = ScalarText.find(w, in: s, from: max(0, nameEnd - w.count - 8), to: nameEnd) else { return false }
            return s[(at + w.count)..<nameEnd].allSatisfy { ScalarText.isHan($0) || ScalarText.isSpace($0) }
        }
    }

    /// Whether a section's label in lenticular brackets, and spaces after it, are all that stands before `k`
    /// (【工业概况】 2021年，…): what follows opens the sentence.
    static func endsSectionLabel(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        var j = k
        while j > 0 && ScalarText.isSpace(s[j - 1]) { j -= 1 }
        guard j >= 3, s[0] == "【", s[j - 1] == "】" else { return false }
        return !s[1..<(j - 1)].contains { $0 == "【" || $0 == "】" }
    }

    // MARK: facts

    /// What became of a figure: a new fact, one already made (the same figure again), or none.
    enum FactOutcome { case made(Int), repeated(Int), skipped(UnreadReason) }

    private func makeFact(_ s: [Unicode.Scalar], _ p: Paragraph, _ range: Range<Int>, num: NumberSpan, value: Double,
                          unit: FactUnit, word mw: MetricWordMatch, mentions: [EntityMention], spans: [PeriodSpan], candidates: [PeriodSpan],
                          markers: [(Int, FactKind?)], sentenceFacts: [Int], kind forcedKind: FactKind? = nil,
                          flow: Bool = false, partOfSet: Bool = false, owner forcedOwner: (String, Entity)? = nil,
                          labelledPart: Bool = false, numbers: [NumberSpan] = [], ctx: inout ArticleContext) -> FactOutcome {
        var metric = mw.word.metric
        // 由336家扩大到378家: the level a change starts from, at a time before the figure's the text does not give (not
        // 从2020年的588亿元到…, 由上年336家…: its own time written)
        // (nor over a span of years the sentence names, 1998年至2012年，…从3.2亿元增加到…: the first year's)
        if isChangeStart(num, in: s),
           let from = lexicon.rules.changeFromWords.compactMap({ ScalarText.findLast($0, in: s, from: max(0, num.start - 12), to: num.start) }).max(),
           !spans.contains(where: { $0.start >= from && $0.end <= num.start }),
           !spans.contains(where: { sp in if case .years(let a, let b) = sp.shape { return a < b && sp.end <= num.start }; return false }) {
            return .skipped(.difference)
        }
        // the first part of an A…B word already served a figure of this metric in the sentence
        // (a money or count figure's pair was checked where it was matched: its A stands after the figure before)
        if unit == .percent, mw.word.second != nil, let f = sentenceFacts.last(where: { ctx.facts[$0].metric == metric }) { return .repeated(f) }
        var label: String? = nil
        switch mw.word.label {
        // (航空航天制造业实现工业总产值29.22亿元: the whole output word after an industry named as its subject is that
        // industry's output)
        case .none where metric == .industrial_output && unit != .percent && industryEnds(s, before: mw.start, spans: spans):
            if let l = industryLabel(s, before: mw.start, mentions: mentions, spans: spans) {
                metric = .industry_output
                label = p.written((range.lowerBound + l.lowerBound)..<(range.lowerBound + l.upperBound))
            }
        case .none: break
        case .fixed(let l): label = l
        case .industry:
            // the industry as the page wrote it (電力電器產業 on a page in traditional script)
            guard let l = industryLabel(s, before: mw.start, mentions: mentions, spans: spans) else {
                // (完成规上产值67.08亿元: with no industry named, all the firms' output)
                if let alone = mw.word.aloneMetric { metric = alone; break }
                // (规上工业总产值7498亿元，实现增加值2352亿元: value added after the whole industry's output, its value added)
                if metric == .other, sentenceFacts.contains(where: { ctx.facts[$0].metric == .industrial_output && ctx.facts[$0].label == nil }) {
                    metric = .industrial_value_added; break
                }
                if metric == .other { return .skipped(.noLabel) }
                // (规上工业增加值增长14.3%…；产值增长2.0%: after the value added of the firms above scale, their output,
                // where the clause names nothing before 产值; not 工业前50强实现产值, some firms')
                // (and after the whole output of the paragraph's sentence before, 全区规上工业实现总产值121.25亿元…。其中9月实现
                // 总产值13.62亿元: the same output, of the month)
                let named = nameEnd(s, before: mw.start, skipping: lexicon.rules.labelVerbs, spans: spans, quotes: false)
                let opening = ScalarText.clauseStart(s, before: mw.start)
                if named == opening, sentenceFacts.contains(where: { ctx.facts[$0].metric == .industrial_value_added && ctx.facts[$0].label == nil }) {
                    metric = .industrial_output; break
                }
                if nameEnd(s, before: mw.start, skipping: lexicon.rules.labelVerbs + lexicon.subsetWords, spans: spans, quotes: false) == opening,
                   ctx.paragraphFacts.last.map({ ctx.facts[$0].metric == .industrial_output && ctx.facts[$0].label == nil }) == true {
                    metric = .industrial_output; break
                }
                // (玉林高新区产值突破100亿元，龙潭临港产业园产值首次突破300亿元: a zone's or a park's output, named right
                // before the word, is all its industry's)
                if let place = mentions.last(where: { $0.end == named }), namesIndustrialArea(place) { metric = .industrial_output; break }
                // (1、光电子信息产业…。1-6月预计完成产值113亿元: the industry the item is about)
                guard let item = ctx.itemIndustry else { return .skipped(.noLabel) }
                label = item
                break
            }
            // (大健康产业规模突破1200亿元: a word that opens with an industry's end, 产业规模, leaves it to the name)
            let end = lexicon.rules.industrySuffixes.first(where: { l.upperBound == mw.start && ScalarText.matches(s, at: mw.start, $0) })
                .map { mw.start + $0.count } ?? l.upperBound
            // (高端装备制造产业实现增加值: the industry's measure, named by the industry and the word)
            if metric == .other, partOfValueAdded(s, industryAt: l.lowerBound, sentenceFacts: sentenceFacts, ctx) { return .skipped(.subset) }
            // (27个行业大类中有20个行业实现增加值正增长: sectors counted, no industry's value added)
            if metric == .other, unit == .count { return .skipped(.unitMismatch) }
            label = metric == .other ? industryMeasureLabel(p, range, industry: l, word: mw)
                : p.written((range.lowerBound + l.lowerBound)..<(range.lowerBound + end))
        case .named:
            // the industry's name ends with the word itself (稀贵金属新材料产业同比增长6.6%)
            guard let l = industryLabel(s, before: mw.start, mentions: mentions, spans: spans) else { return .skipped(.noLabel) }
            // (…规模以上工业增加值同比增长9.12%…。…其中，专用设备制造业同比增长54.5%: after the value added of industry,
            // the growth of an industry's value added, which the contract has no metric for; after output, its output's)
            // (the latest such figure: the sentence's own, else the paragraph's before it)
            func ofIndustry(_ f: Int) -> Bool { [.industrial_value_added, .industrial_output].contains(ctx.facts[f].metric) }
            let whole = sentenceFacts.last(where: ofIndustry) ?? ctx.paragraphFacts.last(where: ofIndustry)
            if let whole, ctx.facts[whole].metric == .industrial_value_added, metric != .other { return .skipped(.outOfScope) }
            // (制造业利用外资总体稳定，其中，高技术制造业增长5.3%: after a word of investment, trade or revenue in the
            // sentence, an industry's growth is its part of that, no output)
            if whole == nil, namesWholeOfOtherKind(s, before: l.lowerBound) { return .skipped(.outOfScope) }
            if metric == .other {
                if partOfValueAdded(s, industryAt: l.lowerBound, sentenceFacts: sentenceFacts, ctx) { return .skipped(.subset) }
                label = industryMeasureLabel(p, range, industry: l, word: mw)
                break
            }
            label = p.written((range.lowerBound + l.lowerBound)..<(range.lowerBound + mw.start + mw.word.first.count))
        }
        // (生物医药产业方面，…。一季度，完成规上工业总产值16.5亿元: the output of the paragraph's industry; its
        // investment, 新能源产业累计完成投资1000亿元, an industry's part, which the contract has no metric for)
        if metric == .industrial_output || metric == .fixed_asset_investment, label == nil, let industry = ctx.paragraphIndustry,
           !mentions.contains(where: { $0.end <= num.start && $0.start >= ScalarText.clauseStart(s, before: num.start) }) {
            if metric == .fixed_asset_investment { return .skipped(.outOfScope) }
            metric = .industry_output
            label = industry
        }
        if metric.requiresLabel && label == nil { return .skipped(.noLabel) }
        // 三大战略性新兴产业上半年共实现工业增加值270.3亿元: the value added of industries named as the subject, no
        // figure of the zone's, and no metric of the contract (an industry's output is 产值)
        if metric == .industrial_value_added, mw.word.label == .none, mw.word.second == nil, industryEnds(s, before: mw.start, spans: spans) {
            return .skipped(.outOfScope)
        }
        // 制造业实际使用外资6.99亿美元, 机电产业进出口12亿元: an industry's part of foreign investment or trade,
        // which the contract gives no industry, no figure of the zone's; so is a kind of firms' (国有企业进出口9.1亿元)
        if metric == .fdi || metric == .trade_total, mw.word.label == .none, mw.word.second == nil,
           industryEnds(s, before: mw.start, spans: spans)
            || lexicon.rules.firmKinds.contains(where: { ScalarText.endsWith(s, at: nameEnd(s, before: mw.start, skipping: lexicon.rules.labelVerbs, spans: spans, quotes: false), $0) }) {
            return .skipped(.subset)
        }
        // the firms of one industry (151家电子信息规上工业企业, 钛合金新材料产业的88家规上企业) are a part of
        // the zone's firms, not their number
        if unit == .count, lexicon.stockMetrics.contains(metric), firmsOfAnIndustry(s, count: num, word: mw.start, mentions: mentions, spans: spans) {
            return .skipped(.subset)
        }
        // firms that someone serves or visits (领导包抓248户规模以上企业, 走访规上企业120家) are work done,
        // not the zone's firms
        if unit == .count, lexicon.stockMetrics.contains(metric),
           lexicon.rules.serviceVerbs.contains(where: { v in
               ScalarText.endsWith(s, at: num.start, v) || mw.end <= num.start && ScalarText.find(v, in: s, from: max(ScalarText.clauseStart(s, before: num.start), mw.start - v.count - 2), to: mw.start) != nil
           }) {
            return .skipped(.noMetricWord)
        }
        // the entity: the nearest one named before the figure, else the paragraph's subject, else the zone in play
        guard var (zone, entity) = forcedOwner ?? owner(of: num, mentions: mentions, in: s, ctx: ctx) else { return .skipped(.noZone) }
        // (another kind of zone, 南宁经开区, 两江新区, is a zone, not a district, whatever it ends with)
        if entity == .district, namesOtherZone(zone) { entity = .zone }
        // 其中…: a part of an earlier figure of the same metric (其中 in the figure's clause, or
        // standing alone before it: 其中,产业项目20个,总投资120亿元)
        let cStart = s[..<num.start].lastIndex(where: ScalarText.isClauseBreak).map { $0 + 1 } ?? 0
        // (or a clause of its own before it: …总投资40.6亿元，其中，工业类项目22个，总投资24.1亿元; not
        // when it names the part: …，其中，乐山高新区完成…: that entity's own figure)
        var subsetOpensSentence = false
        let opensWithSubset = subsetFirst.firstIndex(in: s, from: 0, to: num.start) < num.start && lexicon.subsetWords.contains { w in
            var at = ScalarText.find(w, in: s, from: 0, to: num.start)
            while let k = at {
                if (k == 0 || ScalarText.isClauseBreak(s[k - 1])) && (k + w.count == s.count || ScalarText.isClauseBreak(s[k + w.count])),
                   k == 0 || !mentions.contains(where: { $0.start >= k + w.count && $0.end <= num.start }) {
                    // (the last one before the figure: …其中，…项目537个…，其中，先进制造业项目116个 is a part)
                    subsetOpensSentence = k == 0 && ScalarText.find(w, in: s, from: 1, to: num.start) == nil
                    return true
                }
                at = ScalarText.find(w, in: s, from: k + 1, to: num.start)
            }
            return false
        }
        // (or a list of parts that goes on past ；: 其中产业项目11个，总投资23.4亿元；安置房项目1个，总投资15.4亿元)
        let partsGoOn = cStart > 0 && lexicon.subsetWords.contains { w in
            guard let k = ScalarText.find(w, in: s, from: 0, to: cStart), k == 0 || ScalarText.isClauseBreak(s[k - 1]),
                  let item = s[k..<cStart].lastIndex(where: lexicon.scopeEnds.contains) else { return false }
            // (not past an item that opens a statement of its own: 辅导企业8家，其中2家企业成功申报科创板；新增发明专利
            // 授权1938件，有效发明专利累计达15749件)
            if opensStatement(s, at: item + 1) { return false }
            // (nor past an item that counts a set by what happened to it, the count before the noun and the verb
            // after: …其中10亿元以上项目3个；创智、兴乐等23个项目集中动工，计划投资总额67亿元, a set of its own)
            if countsSetByEvent(s, numbers: numbers, from: item + 1, to: cStart) { return false }
            // (a place a share is of, 占全市61%, is no owner of a part of its own)
            return !mentions.contains { $0.start > k && $0.end <= num.start && isSubject($0, in: s) }
        }
        // (key projects are a class of any set of projects: 签约项目23个，…其中优强重点产业项目8个 are some of the signed;
        // within the clauses of 其中, not past a ； where a verb puts the projects on the list: …外资项目45个；列入江阴市级
        // 以上重点重大项目40个 is a list of its own, while …；政府投资项目15个 is a kind of the set still)
        let keyClassReaches = mw.word.second == nil || !lexicon.subsetWords.contains { w in
            ScalarText.findLast(w, in: s, to: num.start).map { k in s[k..<num.start].contains(where: lexicon.scopeEnds.contains) } ?? false
        }
        // (and the projects of a list are of any kind: 共有6个项目列入省级重大项目，其中结转续建项目2个，新开工项目3个 are
        // some of the key projects, the count right before 其中 (or the sentence's before, where 其中 opens one); not
        // more of them than the list has: 86个…重点在建项目…；新开工项目92个 are a set of their own; nor the parts of
        // another set counted last: 实施重点项目51个…；列入…“三个一批”项目44个，…其中包括签约项目14个 are the programme's)
        // (the last subset word before the figure, and where it ends)
        let lastSubset = lexicon.subsetWords.compactMap({ w in ScalarText.findLast(w, in: s, to: num.start).map { ($0, $0 + w.count) } })
            .max { $0.0 < $1.0 }
        let lastSubsetWord = lastSubset?.0
        let countBeforeParts = lastSubsetWord.flatMap { w in numbers.last(where: { $0.unit == .count && $0.end <= w }) }
        func sameFigure(_ f: Int) -> Bool {
            ctx.facts[f].zone == zone && (ctx.facts[f].metric == metric && ctx.facts[f].label == label
                || keyClassReaches && metric == .projects_key && unit == .count && ctx.facts[f].unit == .count && ctx.facts[f].metric.countsProjects
                || metric.countsProjects && unit == .count && ctx.facts[f].unit == .count && ctx.facts[f].metric == .projects_key && ctx.facts[f].value >= value
                    && (countBeforeParts.map { $0.value == ctx.facts[f].value } ?? true))
        }
        // (区属实现GDP40.4亿元，规上工业总产值113.6亿元: a sentence whose clause opens with a part of the
        // zone's scope speaks of that part throughout)
        let partScope = lexicon.rules.partScopes.contains { w in
            var k = 0
            while let f = ScalarText.find(w, in: s, from: k, to: num.start) {
                if f == 0 || ScalarText.isClauseBreak(s[f - 1]) { return true }
                k = f + 1
            }
            return false
        }
        let subsetInClause = partOfSet || partScope || subsetWordStands(in: s, from: cStart, to: num.start)
        // (a part named by a time of its own, 其中9月实现工业总产值13.62亿元, 其中，2021年新开工项目17个, is that
        // time's figure, no size class of a total)
        // (the part's time right after 其中, and no other item of the list between it and the figure)
        let partTime = lastSubset.map { (_, e) in spans.contains { sp in
            sp.start >= e && sp.end <= num.start && s[e..<sp.start].allSatisfy { !ScalarText.isHan($0) }
                && !s[sp.end..<num.start].contains(where: ScalarText.isItemBreak) } } == true
        let ownTime = (unit == .percent && !partOfSet && spans.contains { $0.start >= cStart && $0.end <= num.start }) || partTime
        // (a sentence opening with 其中 holds parts of what came before it, side by side: 其中，总投资1700亿元的89个项目
        // 实现集中开工，总投资约224亿元的27个项目竣工投用 are two sets, neither part of the other)
        let wholesInSentence = opensWithSubset && subsetOpensSentence && !partsGoOn && !subsetInClause ? false : sentenceFacts.contains(where: sameFigure)
        // (a part named by its owner in the clause of 其中, whose whole the sentence gives another, 全省共有高新技术
        // 企业1745家，其中…哈尔滨高新区956家, is the owner's own figure, whatever the owner's figures earlier in the
        // paragraph)
        let ownerNamed = subsetInClause && lastSubsetWord.map { namesOwner(mentions, in: s, from: $0, to: num.start) } == true
        // (其中结转续建项目2个，新开工项目3个，储备项目1个: a list of counts of kinds of projects after 其中, one a
        // clause, goes on past the ，: each is a part)
        let partsListGoesOn = unit == .count && metric.countsProjects && lastSubsetWord.map { w -> Bool in
            guard !s[w..<num.start].contains(where: { lexicon.scopeEnds.contains($0) || ScalarText.isSentenceEnd($0) }) else { return false }
            let between = numbers.filter { $0.start > w && $0.end <= num.start }
            return !between.isEmpty && between.allSatisfy { $0.unit == .count } && between.count == s[w..<num.start].filter(ScalarText.isClauseBreak).count
        } ?? false
        // (其中，8个省级重点实施类项目总投资131.3亿元…；41个市级重点建设类项目总投资1974.5亿元: after 其中, a count the
        // sentence gave before it, given again, is that set again, each set's figures its own, no part of another)
        let restatesSet = lastSubsetWord.map { w -> Bool in
            let from = s[w..<num.start].lastIndex(where: lexicon.scopeEnds.contains) ?? w
            guard let count = numbers.first(where: { $0.unit == .count && $0.start >= from && $0.end <= num.end }) else { return false }
            return numbers.contains { $0.unit == .count && $0.end <= w && $0.value == count.value }
        } ?? false
        if opensWithSubset || partsGoOn || subsetInClause || partsListGoesOn, !ownTime, !restatesSet, !labelledPart {
            // (the paragraph's wholes looked for in a statement of its own: the swift 6.3 optimiser miscompiled
            // this test written as one condition, with sameFigure reading ctx inside a nested autoclosure)
            var whole = wholesInSentence
            if !whole, !ownerNamed { whole = ctx.paragraphFacts.contains(where: sameFigure) }
            if whole { return .skipped(.subset) }
        }
        // (the total of a set counted as a part: 其中外资项目3个，总投资3亿美元; and what the part gave:
        // 其中有59个项目投入生产经营，实现收入4.2亿元，税收3450万元)
        // (not where the part names its own owner: 其中北海高新区新签约项目23个，签约总额186.4亿元; nor its own
        // time: 其中，2021年新开工项目17个，总投资26.8亿元; nor past a ；: …其中…项目6个；累计签约项目总投资达到423.7亿元)
        if partOfSet, !labelledPart, unit != .percent, !ownTime, let w = lastSubsetWord,
           !mentions.contains(where: { $0.start > w && $0.end <= num.start }), !s[w..<num.start].contains(where: lexicon.scopeEnds.contains) {
            return .skipped(.subset)
        }
        // the same count or amount again in the sentence (计划新开工项目9个，…确保9个项目全部开工): restated
        if unit != .percent, let f = sentenceFacts.first(where: { ctx.facts[$0].metric == metric && ctx.facts[$0].zone == zone
                                                                  && ctx.facts[$0].unit == unit && ctx.facts[$0].value == value }) {
            return .repeated(f)
        }
        // a threshold restating a figure already given (GDP突破5000亿元 after 5006.7亿元)
        // (not the total of another set of projects in the same measure: 1月6日开工总投资33.7亿元的5个项目，5月25日又开工
        // 总投资12亿余元的8个项目, where only the rounding of the same total is the same figure)
        if num.approx == .over,
           let f = sentenceFacts.first(where: { ctx.facts[$0].metric == metric && ctx.facts[$0].label == label && ctx.facts[$0].zone == zone && ctx.facts[$0].value >= value
                && (!metric.totalsAProjectSet || ctx.facts[$0].unit != unit || FactExtractor.rounds(ctx.facts[$0].value, to: value, .over)) }) {
            return .repeated(f)
        }
        var kind = forcedKind ?? mw.word.kind ?? postMarker(s, after: num) ?? markedKind(markers, s, number: num, clauseStart: cStart, spans: spans, ctx)
            ?? ctx.paragraphKind ?? (spans.isEmpty ? ctx.frameKind : nil) ?? .actual
        // 提前完成年度到账外资7.6亿美元的任务, 实现规上工业总产值超千亿元的目标: an amount right before 的 and the
        // noun of a task, a plan or a target is what that task asked for
        if kind == .actual, unit != .percent, let de = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: num.end, $0) }),
           lexicon.shareNouns.contains(where: { ScalarText.matches(s, at: num.end + de.count, $0) }) {
            kind = .target
        }
        var period: Period?
        var timeWritten = true
        var fromTopic = false   // the period is the article's or the topic's in play, nothing nearer
        // (a stock at a month's end that the sentence wrote: 截至7月底, 截至2024年底, 截至目前)
        var asOfMonth = false
        // …7.4亿元，预计全年完成8.1亿；新增…213件: the time of a plan that follows a figure (right
        // after its marker) ends with the marker's scope, as the marker does
        /// 今年3月，…项目开工；5月27日，…项目签约；新增签约项目…等16个: a month that dated one event of a list
        /// before ； dates none of the figures after it
        func datesAnEarlierEvent(_ span: PeriodSpan) -> Bool {
            guard s[span.end..<num.start].contains(where: lexicon.scopeEnds.contains), !(cStart > 0 && span.end == cStart - 1) else { return false }
            if span.shape.isOneMonth { return true }
            // (今年…项目有5个，截至目前累计完成投资7.67亿元；列入市重点项目的项目有13个: a day a statement's figure
            // stood at, inside a sentence that opened with its own time, dates that statement only)
            guard case .stock = span.shape else { return false }
            return span.start > 0 && spans.contains { $0.start == 0 && $0.end < span.start }
        }
        func plansTime(_ span: PeriodSpan) -> Bool {
            markers.contains { $0.0 == span.start && $0.1 != nil } && markers.contains { $0.0 > span.end && $0.0 <= num.start && $0.1 == nil }
        }
        if let own = spans.first(where: { $0.start == num.end + 1 && $0.end < s.count && $0.isAbsolute
                                       && (s[num.end] == "(" || s[num.end] == "（") && (s[$0.end] == ")" || s[$0.end] == "）") }) {
            // 地区生产总值：141.27亿元(2017年): a time in brackets right after the figure is the figure's own
            period = PeriodResolver.resolve(own, context: ctx.dates)
        } else if unit == .count, let own = spans.first(where: { sp in
            sp.start > num.end && sp.start - num.end <= 8 && sp.end < s.count && ScalarText.isHan(s[sp.end])
                && s[num.end..<sp.start].allSatisfy(ScalarText.isHan)
                // (not the time of the figure a change goes to: 由2016年的20家增长到2019年的38家)
                && !changeToVerbs.contains(where: { ScalarText.find($0, in: s, from: num.end, to: sp.start) != nil }) }) {
            // 健大电子等20个项目上半年投产: a time between a count's noun and its verb is the count's
            period = PeriodResolver.resolve(own, context: ctx.dates, forward: kind != .actual)
        } else if var span = candidates.last(where: { $0.end <= num.start && !plansTime($0) && !datesAnEarlierEvent($0) }) {
            // 截至10月底，…今年已引进…: a bare year after a more specific time only names its year
            // (not a year joined to the figure by 的: 全区规上工业总产值从2020年的588亿元到2024年的1921亿元, each year's)
            let ownYear = lexicon.rules.possessives.contains { ScalarText.matches(s, at: span.end, $0) && span.end + $0.count == num.start }
            // (not for a plan or an estimate: 截至一季度，…建设项目829个，今年预计投资974.43亿元 is the whole year's)
            if case .months(1, 12) = span.shape, span.year != .implicit, span.end - span.start <= 5, !ownYear, kind == .actual,
               let specific = candidates.last(where: { sp in
                   // (a span of years is no more specific: 2018年—2019年，…，2019年规上工业完成总产值… is 2019)
                   if case .years = sp.shape { return false }
                   return sp.end <= span.start && !(sp.shape == .months(1, 12))
               }),
               !s[specific.end..<span.start].contains(where: lexicon.scopeEnds.contains) {
                // (not a time of another year: 1991年3月经国务院批准…，2016年园区实现… is 2016; nor one that
                // dates nothing on this page: 截至目前，…今年共引进… on a page with no dated month is this year)
                var narrowed = span
                if specific.year == .implicit { narrowed = specific; narrowed.year = span.year } else if specific.year == span.year { narrowed = specific }
                if PeriodResolver.resolve(narrowed, context: ctx.dates) != nil || PeriodResolver.resolve(span, context: ctx.dates) == nil { span = narrowed }
            }
            // 2024年,力争全年…: a period without a year takes the year the sentence named before it
            if span.year == .implicit, let y = spans.last(where: { $0.end <= span.start && $0.isAbsolute }) { span.year = y.year }
            // 尽管去年受到…影响，但当年实际利用外资仍达到28亿美元: 当年 is the year the sentence named before it, written
            // out or not, before any year in play from the sentences before
            if span.year == .inPlay, let y = spans.last(where: { sp in
                guard sp.end <= span.start else { return false }
                switch sp.year { case .absolute, .relative: return true; default: return false }
            }) { span.year = y.year }
            // 2015年，…取得重大突破。(一)经济指标 …全年预计实现工业总产值830亿元, on a page of January 2016: 全年
            // is the whole year the text put in play, when the page was written in it or early in the year after
            // (not an aim: 力争全年… on that page is the new year's; nor after the sentence's own 今年)
            if kind != .target, let y = wholeYearInPlay(for: span, after: spans, ctx) { span.year = .absolute(y) }
            // (当年: the year the sentence named last before it, else the one in play)
            if span.year == .inPlay, let y = years.datingYears(in: s, from: 0, to: span.start).last { span.year = .absolute(y) }
            // (一季度重点项目开工 on a page of January: projects of the quarter under way, this year's; a result of
            // longer months not yet over, 前三季度 on a page of March, is last year's)
            let underWay = metric.happensToProjects && {
                guard case .months(let a, let b) = span.shape, let m = ctx.dates.date?.month else { return false }
                return a <= m && m <= b && b - a <= 2
            }()
            // (预计全年…实现205亿元 on a page of January or February: the year just ended, whose results are
            // estimated before its statistics are out; the new year's are aims, 力争, 目标)
            let yearJustEnded = kind == .estimate && span.shape == .months(1, 12) && span.year == .implicit
                && (ctx.dates.date?.month).map { $0 <= 2 } == true
            period = PeriodResolver.resolve(span, context: ctx.dates, forward: (kind != .actual || underWay) && !yearJustEnded)
            // 截至目前，…一、二季度累计开工项目36个 on a page of May: months not yet over, counted up to now, are this
            // year's up to the article's month
            if kind == .actual, case .months(let a, let b) = span.shape, span.year == .implicit, let d = ctx.dates.date, let m = d.month,
               a <= m, m < b, spans.contains(where: { $0.end <= span.start && $0.shape == .stock(nil) }) {
                period = Period.months(d.year, a, m)
            }
            // 今年，高新区新开工产业项目已经达到15个, on a page of June: the year so far; so is the year's count of
            // projects signed, started or brought in, and their total, on such a page (今年又新引进了4个…项目), as
            // what has happened cannot be the whole year's (not the key projects: the year's list, whole)
            // (全年 names the whole year, done or not)
            if kind == .actual, case .months(1, 12) = span.shape, span.year != .implicit, lexicon.periodWords[Array(s[span.start..<span.end])] == nil,
               let d = ctx.dates.date, let m = d.month, m < 12,
               let p = period, p.start == YearMonth(d.year, 1), p.end == YearMonth(d.year, 12),
               metric.happensToProjects || metric != .projects_key && lexicon.rules.soFarWords.contains(where: { ScalarText.find($0, in: s, from: span.end, to: num.start) != nil }) {
                period = Period.months(d.year, 1, m)
            }
            if case .stock = span.shape { asOfMonth = true }
            // 高新技术企业33年间增长了近110倍, 五年来…增长1.2倍: a growth over years is no year-on-year rate
            if unit == .percent {
                switch span.shape {
                case .pastYears: return .skipped(.difference)
                case .years(let a, let b) where a < b: return .skipped(.difference)
                default: break
                }
            }
            // 1992年至2010年，…工业总产值从1.46亿元增加到近1300亿元: over a span of years, a change starts in the
            // first year and ends in the last
            if case .years(let first, let last) = span.shape, first < last, let role = changeEnd(of: num, in: s) {
                period = .months(role == .from ? first : last, 1, 12)
            }
            // 三年内…超千亿元, 未来五年…: what the years ahead are to bring is a plan
            if case .comingYears = span.shape, kind == .actual { kind = .target }
        } else if !metric.accruesOverMonths, let d = ctx.dates.date, let m = d.month,
                  lexicon.rules.nowWords.contains(where: { ScalarText.find($0, in: s, from: 0, to: num.start) != nil }) {
            // 现有入园企业115家，其中高新技术企业17家: a stock on the day the article was written
            period = Period(start: nil, end: YearMonth(d.year, m))
            timeWritten = false
        } else if let e = ctx.eventPeriod, lexicon.rules.thisDayWords.contains(where: { ScalarText.find($0, in: s, from: 0, to: num.start) != nil }) {
            period = e   // 高新区今天集中启动项目7个, on the day the lead dated (before the
            // time a sentence before wrote: 今年，…共实施…项目83个。参加今天集中开工的项目37个)
            timeWritten = false
        } else if let carried = ctx.carriedPeriod, lexicon.rules.monthInPlayWords.contains(where: { w in
                      ScalarText.matches(s, at: 0, w) || ScalarText.find(w, in: s, from: cStart, to: num.start) != nil }) {
            // 截至11月底，…。当月，…21个产业项目实现投产: the month the text just spoke of, alone
            period = Period.months(carried.end.year, carried.end.month, carried.end.month)
            timeWritten = false
        } else if let carried = ctx.carriedPeriod {
            period = carried
            timeWritten = false
            // (截至一季度，…完成工业产值184.3亿元。完成规模以上工业增加值53.9亿元: a day a stock stood at, carried,
            // ends the next sentence's amounts as it ends the first's)
            if carried.start == nil { asOfMonth = true }
        } else if let year = spans.last(where: { $0.end <= num.start && $0.isAbsolute && $0.shape == .months(1, 12) && !Self.namesEvent($0, in: s, eventNouns: ctx.eventPeriod == nil ? [] : lexicon.rules.eventNouns, eventYear: ctx.eventPeriod?.end.year) }) {
            // 部署2014年主要预期发展指标是：…: the year the sentence names before the figure
            period = PeriodResolver.resolve(year, context: ctx.dates)
        } else if let e = ctx.eventPeriod, metric.countsProjects || metric.totalsAProjectSet,
                  mw.ofParagraphSet || ctx.paragraphSet?.metric == metric
                    || ctx.paragraphBreaksDown && ctx.paragraphSet.map({ Self.totalMetric(ofSetCounted: $0.metric) == metric }) == true
                    || handledTogether(s, before: num.start)
                    // (沭阳县开工24个项目，… after the event's 开工重大产业项目112个 of another owner: the event's set by place)
                    || eventSetByPlace(metric, zone: zone, event: e, ctx) {
            period = e   // 6月11日上午，…项目…举行。…长春市集中启动100个亿元以上的项目: the event's sets (and their totals:
            // 分县市区看，奎文区22个，总投资234.3亿元)
            timeWritten = false
        } else if ctx.inHeadline, ctx.eventPeriod == nil, metric.happensToProjects, unit != .percent,
                  lexicon.rules.setVerbs.contains(where: { ScalarText.find($0, in: s) != nil }),
                  let month = ctx.leadMonth ?? ctx.dates.date.flatMap({ d in d.month.map { YearMonth(d.year, $0) } }) {
            // 临沂高新区18个重大项目集中开工，总投资109.6亿元！: a headline that tells of a set of projects tells of the
            // event of the page's days, the day its lead names (2月14日，…), else its dateline's (2023-02-15); its count
            // or total, not a rate (新开工项目同比增长22.4%, which is of months)
            period = Period.months(month.year, month.month, month.month)
            timeWritten = false
        } else if lexicon.rules.recentWords.contains(where: { ScalarText.find($0, in: s, from: 0, to: num.start) != nil })
                    || ctx.eventPeriod == nil && metric.happensToProjects && opensWithThisEvent(s, at: 0) {
            if metric.happensToProjects, let d = ctx.dates.date, let m = d.month {
                // 昨日，高新区6个产业项目集中开工，总投资预计达30亿元: a set of projects at an event of the
                // days just before the dateline, so of its month (and so is a set of the event a sentence speaks
                // of, 此次集中开工的重大项目共有11项, when no lead's day dated it)
                period = Period.months(d.year, m, m)
            } else {
                period = ctx.articlePeriod   // 近日，…: recently, not in the period the text was in
            }
            timeWritten = false
        } else if let y = ctx.sectionYear, ctx.articlePeriod.map({ $0.end.year != y }) ?? (ctx.periodInPlay == nil) {
            // (2022年政府工作报告 … 2021年工作回顾 … 规上工业总产值达到5554.58亿元: the year the section reviews,
            // not the year its headline gives the report in; on a page whose headline gives no period, the section's
            // year where no paragraph before put one in play)
            period = Period.months(y, 1, 12)
            timeWritten = false
            fromTopic = true
        } else {
            period = ctx.articlePeriod ?? ctx.periodInPlay
            timeWritten = false
            fromTopic = true
        }
        // 上年同期，全区规上工业总产值为…: the same months a year (or more) before
        if let p = period, let shift = samePeriodShift(s, clauseStart: cStart) ?? samePeriodShift(s, clauseStart: 0) {
            period = Period(start: p.start.map { YearMonth($0.year + shift, $0.month) }, end: YearMonth(p.end.year + shift, p.end.month))
        }
        // 五年来，…地区生产总值达2300亿元: the level a year's amount reached in the last of the years, not their
        // sum (累计完成固定资产投资1500亿元 is the sum)
        if let p = period, let start = p.start, start.year < p.end.year, p.end.month == 12, metric.accruesOverMonths,
           lexicon.rules.reachWords.contains(where: { ScalarText.endsWith(s, at: num.start, $0) }),
           !lexicon.rules.cumulativeWords.contains(where: { ScalarText.find($0, in: s, from: cStart, to: num.start) != nil }) {
            period = Period.months(p.end.year, 1, 12)
        }
        // (今年1-4月…完成…。…确定了“经济发展目标”，即固定资产投资突破100亿元: a target of the zone's economy that
        // names no time of its own is the year's, not the months an earlier figure was reported for; not a set of
        // projects pending, 另有拟签约项目12个)
        if !timeWritten, kind == .target, !metric.happensToProjects, let p = period, let start = p.start,
           start.year == p.end.year, start.month > 1 || p.end.month < 12 {
            period = Period.months(p.end.year, 1, 12)
        }
        // months that had not ended when the article was written hold no actual yet: a plan
        // (2月18日…“2024年，…规上工业总产值超600亿元”)
        // (not a time the figure only inherits from the topic in play: 2023年园区高质量发展百强中… may be a list's name)
        // (but a year-end review, written in the year's last months, tells the year's results: 2021年11月5日…2021年，
        // 完成固定资产投资138.1亿元)
        // (nor does a stock at the end of a year still to come, 31.03.2018 …力争到2020年…。…高新技术企业数量达到80家)
        // (but not an amount summed so far, 累计完成投资142.4亿元, nor one compared with the same months before,
        // …，同比增长11.21%: results, whatever date the page's repost carries, 发布时间:2018-08-15 above 今年1至10月…)
        if kind == .actual, !fromTopic, let d = ctx.dates.date, let m = d.month, let end = period?.end,
           metric.accruesOverMonths && end > YearMonth(d.year, m) && !(m >= Self.yearEndReviewMonth && end.year == d.year)
            && !measuredSoFar(s, number: num, clauseStart: cStart)
            || lexicon.stockMetrics.contains(metric) && end.year > d.year && end.month == 12 {
            kind = .target
        }
        // 2020年10月…经济运行情况: 10月 in a monthly bulletin is January to October
        if let b = ctx.bulletinMonth, !p.isTableRow, let p = period, p.start == b, p.end == b, b.month > 1, metric.accruesOverMonths || unit == .percent {
            period = Period(start: YearMonth(b.year, 1), end: b)
        }
        // an amount that accrues over months up to a month's end (截至7月底，已完成投资54249万元; 截至2024年底，
        // …实现园区生产总值19.3万亿元; 截至目前) is the year's to that month, unless summed since earlier (累计)
        if asOfMonth, metric.accruesOverMonths || metric == .annual_investment, let p = period, p.start == nil,
           !lexicon.rules.cumulativeWords.contains(where: { ScalarText.find($0, in: s, from: cStart, to: num.start) != nil }) {
            period = Period(start: YearMonth(p.end.year, 1), end: p.end)
        }
        // projects counted to a month's end (截至7月底) as new ones (已新引进项目19个), and their totals, are the year's to
        // that month, as an amount that accrues is; not a sum since earlier (累计签约项目1366个); in a paragraph that put
        // the year in play since its start (今年以来，…。截至目前，累计签约项目23个，总投资195亿元), sums too
        if asOfMonth, metric.happensToProjects, let p = period, p.start == nil {
            let cumulative = lexicon.rules.cumulativeWords.contains(where: { ScalarText.find($0, in: s, from: cStart, to: num.start) != nil })
            let new = lexicon.rules.newSetMarks.contains(where: { ScalarText.endsWith(s, at: mw.start, $0) || ScalarText.matches(mw.word.first, at: 0, $0) })
            if new && !cumulative || ctx.sinceYearStart && ctx.carriedPeriod.map({ $0.start == YearMonth(p.end.year, 1) }) ?? true {
                period = Period(start: YearMonth(p.end.year, 1), end: p.end)
            }
        }
        // a year's planned investment (1-4月…年度计划投资6.5亿元) is the plan for the whole year; with no time
        // of its own or of the text's, the year the article was written (昨日，…集中开工8个重大项目，…年度计划投资31.9亿元)
        if metric == .annual_investment, kind == .target, let p = period ?? ctx.dates.date.map({ Period.months($0.year, 1, 12) }) {
            period = Period(start: YearMonth(p.end.year, 1), end: YearMonth(p.end.year, 12))
        }
        // 全年引进项目518个，…累计引进项目1366个: a sum after the period's own figure of its metric is summed since
        // before the period, a total at its end
        if let p = period, p.start != nil, lexicon.rules.cumulativeWords.contains(where: { ScalarText.find($0, in: s, from: cStart, to: num.start) != nil }),
           sentenceFacts.contains(where: { ctx.facts[$0].metric == metric && ctx.facts[$0].zone == zone && ctx.facts[$0].period == p && ctx.facts[$0].value < value }) {
            period = Period(start: nil, end: p.end)
        }
        // a count of firms is a stock: 1-6月…累计1560家 is the number at the end of June
        // (an increment, 新增高新技术企业120家, counts the firms added over the months: a flow)
        if !flow, let p = period, p.start != nil,
           lexicon.stockMetrics.contains(metric) || lexicon.stockWords.contains(where: { ScalarText.find($0, in: s, from: cStart, to: num.start) != nil }) {
            period = Period(start: nil, end: p.end)
        }
        let key = FactKey(zone: zone, metric: metric, label: label, value: value, unit: unit, period: period, kind: kind)
        guard ctx.seen.insert(key).inserted else {   // one hash, not two
            return ctx.facts.lastIndex(where: { FactKey(zone: $0.zone, metric: $0.metric, label: $0.label, value: $0.value, unit: $0.unit, period: $0.period, kind: $0.kind) == key }).map { .repeated($0) } ?? .skipped(.restated)
        }
        if ctx.quote == nil { ctx.quote = self.quote(p, range) }
        let quote = ctx.quote!
        let fact = Fact(zone: zone, entity: entity, metric: metric, label: label, value: value, unit: unit, period: period,
                        kind: kind, approx: num.approx,
                        source: SourceRef(file: ctx.file, line: p.line(at: range.lowerBound + num.numberStart), quote: quote,
                                          date: ctx.dates.date?.text))
        ctx.facts.append(fact)
        ctx.timeWritten.append(timeWritten)
        return .made(ctx.facts.count - 1)
    }

    /// The sentence as the page wrote it (a table row: the row).
    private func quote(_ p: Paragraph, _ range: Range<Int>) -> String {
        if let v = p.verbatim { return ScalarText.string(ScalarText.trimmed(v[...])) }
        return ScalarText.string(ScalarText.trimmed(p.original[p.originalRange(range)]))
    }

    /// Who a figure belongs to: the nearest entity named before it in the sentence (a zone, a city
    /// or district, a company, the article's own zone or city by 全区 / 我市), else the subject a
    /// sentence of the paragraph named, else the zone in play; nil when the article names none.
    private func owner(of num: NumberSpan, mentions: [EntityMention], in s: [Unicode.Scalar], ctx: ArticleContext) -> (String, Entity)? {
        guard let m = mentions.last(where: { $0.end <= num.start && isSubject($0, in: s) && !isFrame($0, in: s, after: mentions) }) else {
            if referenceWordOpens(s, from: 0, before: num.start), let r = referredPlace(ctx, kind: referenceKind(s, from: 0)) { return r }
            if let host = eventHost(of: num, in: s, ctx: ctx) { return host }
            if let subject = ctx.paragraphSubject { return subject }
            return ctx.zone.map { ($0, ctx.zoneEntity) }
        }
        // 全市工业园区和高新区完成…: entities joined as one subject own the figure together
        if let group = joinedGroup(m, mentions: mentions, in: s, before: num.start) { return (group, .collective) }
        let owner = resolve(m, ctx: ctx)
        // 178家国家高新区发展向好，园区生产总值…: 园区 is the zone (or zones) the sentence named
        if case .selfReference = m.kind, owner == nil || owner?.1 == .zone,
           let named = mentions.last(where: { $0.end <= m.start && isSubject($0, in: s) && ($0.kind == .zone || $0.kind == .collective || isOtherZone($0)) }),
           let e = resolve(named, ctx: ctx) {
            return e
        }
        return owner
    }

    /// Whether a word that refers back to a place (`rule reference-word`: 该区, 该县) opens the sentence
    /// starting at `from` (past spaces), or one of its clauses before `limit`.
    func referenceWordOpens(_ t: [Unicode.Scalar], from: Int, before limit: Int? = nil) -> Bool {
        var k = from
        while k < t.count && ScalarText.isSpace(t[k]) { k += 1 }
        let words = lexicon.rules.referenceWords
        if words.contains(where: { ScalarText.matches(t, at: k, $0) }) { return true }
        guard let limit else { return false }
        return words.contains { w in
            var at = ScalarText.find(w, in: t, from: k, to: limit)
            while let a = at {
                if a > 0, ScalarText.isClauseBreak(t[a - 1]) { return true }
                at = ScalarText.find(w, in: t, from: a + 1, to: limit)
            }
            return false
        }
    }

    /// What a word referring back (该区, 该街道) refers to: the place the sentence before named last, in the
    /// paragraph or at the end of the one before.
    func referredPlace(_ ctx: ArticleContext, kind: [Unicode.Scalar]?) -> (String, Entity)? {
        ctx.referent ?? ctx.sentenceBefore.flatMap { lastPlaceNamed($0.text, in: $0.range, kind: kind, ctx: ctx) }
    }

    /// The kind of town a word referring back at `from` names (该街道 → 街道, 该镇 → 镇: `rule town-suffix`); nil
    /// when no such word opens there (该区 refers to the zone or district named last, whichever it is).
    func referenceKind(_ t: [Unicode.Scalar], from: Int) -> [Unicode.Scalar]? {
        var k = from
        while k < t.count && ScalarText.isSpace(t[k]) { k += 1 }
        guard let w = lexicon.rules.referenceWords.first(where: { $0.count >= 2 && ScalarText.matches(t, at: k, $0) }) else { return nil }
        let kind = Array(w.dropFirst())
        return lexicon.rules.townSuffixes.contains(kind) ? kind : nil
    }

    /// The place a sentence names last (a zone, a park, a district or city, another kind of zone),
    /// as its owner would be read; nil when it names none.
    /// (With `kind`, the last place of that kind, where the sentence names one: 该街道 after …盐南高新区新河街道…，为盐南
    /// 高新区的…贡献 is the sub-district.)
    func lastPlaceNamed(_ t: [Unicode.Scalar], in range: Range<Int>, kind: [Unicode.Scalar]? = nil, ctx: ArticleContext) -> (String, Entity)? {
        let mentions = entities.recognize(t, in: range, zonesOnly: false)
        if let kind, let m = mentions.last(where: { m in
            guard case .place = m.kind else { return false }
            let name = Array(m.name.unicodeScalars)
            return ScalarText.endsWith(name, at: name.count, kind)
        }) { return resolve(m, ctx: ctx) }
        for m in mentions.reversed() {
            switch m.kind {
            case .zone, .place, _ where isOtherZone(m): return resolve(m, ctx: ctx)
            default: continue
            }
        }
        return nil
    }

    /// The events a lead paragraph names, each ending in an event noun (推进会, 签约仪式) and joined by
    /// 暨: the first entity named in each (not a company) holds it.
    /// The written name of a group a zone's mention stands in as one subject: joined by a group joiner
    /// to a zone, place or collective right before it (全市工业园区和高新区), or to a run ending in a group
    /// noun right after it (高新区和六个省级工业园区); nil when the mention stands alone or is no zone.
    func joinedGroup(_ m: EntityMention, mentions: [EntityMention], in s: [Unicode.Scalar], before limit: Int) -> String? {
        func isZone(_ x: EntityMention) -> Bool {
            if case .zone = x.kind { return true }
            if case .selfReference(.zone) = x.kind { return !isAreaWord(x) }
            return false
        }
        func member(_ x: EntityMention) -> Bool {
            switch x.kind {
            case .zone, .place, .collective, .selfReference: return true
            default: return isOtherZone(x)
            }
        }
        let joiners = lexicon.rules.groupJoiners
        // a member right before, joined
        if let j = joiners.first(where: { ScalarText.endsWith(s, at: m.start, $0) }),
           let before = mentions.last(where: { $0.end == m.start - j.count }), member(before), isZone(m) || isZone(before) {
            return ScalarText.string(s[before.start..<m.end])
        }
        // a run after, joined, ending in a group noun
        guard isZone(m), let j = joiners.first(where: { ScalarText.matches(s, at: m.end, $0) }) else { return nil }
        let from = m.end + j.count
        var k = from
        while k < min(limit, from + 12), !ScalarText.isClauseBreak(s[k]), !ScalarText.isSentenceEnd(s[k]) {
            if let end = lexicon.rules.groupNounEnd(s, at: k) { return ScalarText.string(s[m.start..<end]) }
            k += 1
        }
        return nil
    }

    /// The first entity a part of a lead names that is no company (the holder of the event it tells of).
    /// (of names run together, 无锡市新吴区空港经开区, the last, the one the others place)
    private func firstNonCompany(in segment: [Unicode.Scalar]) -> EntityMention? {
        let mentions = entities.recognize(segment)
        guard var i = mentions.firstIndex(where: { if case .company = $0.kind { return false }; return true }) else { return nil }
        while i + 1 < mentions.count, mentions[i + 1].start == mentions[i].end, mentions[i + 1].kind != .company { i += 1 }
        return mentions[i]
    }

    func events(_ t: [Unicode.Scalar], ctx: ArticleContext) -> [LeadEvent] {
        let end = t.firstIndex(where: ScalarText.isSentenceEnd) ?? t.count
        var out: [LeadEvent] = []
        var start = 0
        while start < end {
            func first(_ words: [[Unicode.Scalar]]) -> (Int, [Unicode.Scalar])? {
                words.compactMap { w in ScalarText.find(w, in: t, from: start, to: end).map { ($0, w) } }.min { $0.0 < $1.0 }
            }
            guard let named = first(lexicon.rules.eventNouns) else { break }
            // (暨 joins two events in one name, the first without its noun: …项目集中开工暨…奠基仪式)
            let (e, noun) = first(lexicon.rules.eventJoiners).flatMap { $0.0 < named.0 ? $0 : nil } ?? named
            let segment = Array(t[start..<e])
            // (a word for two sets together names each set verb whose characters it holds in order: 开竣工 is 开工
            // and 竣工)
            let joined = lexicon.rules.joinedSetWords.filter { ScalarText.find($0, in: segment) != nil }
            let verbs = lexicon.rules.setVerbs.filter { v in
                ScalarText.find(v, in: segment) != nil || joined.contains { w in
                    var k = 0
                    for u in w where k < v.count && u == v[k] { k += 1 }
                    return k == v.count
                }
            }
            // (a city inside the name, …博览会桂林市经济合作项目签约仪式: the one the page's zone is named after)
            // (全市 in the name: the city, the page's own or the one its zone is named after)
            let firstNamed = firstNonCompany(in: segment)
            let host = firstNamed.flatMap { m -> (String, Entity)? in
                if case .selfReference(.city) = m.kind { return (ctx.home.ownCity ?? ctx.home.zoneCity).map { ($0, .city) } }
                return resolve(m, ctx: ctx)
            } ?? ctx.home.zone.flatMap { zone in cities(namedAfter: zone).first { ScalarText.find($0, in: segment) != nil } }.map { (ScalarText.string($0), Entity.city) }
            out.append((host, verbs))
            start = e + noun.count
        }
        // (a lead whose sentence ends with a set verb, 3月2日，2018年无锡市首批重大项目集中开工。, tells of that event
        // without naming it: the city or district it names first holds it)
        if out.isEmpty, end > 0, let verb = lexicon.rules.setVerbs.first(where: { ScalarText.endsWith(t, at: end, $0) }),
           let m = firstNonCompany(in: Array(t[..<end])), case .place = m.kind, let host = resolve(m, ctx: ctx) {
            out.append((host, [verb]))
        }
        return out
    }

    /// The city (as the lexicon knows it) whose short name opens the name of the page's zone
    /// (重庆高新区 → 重庆市, 东莞松山湖高新区 → 东莞市), else of the zone it names only in a list.
    func homeZoneCity(_ ctx: ArticleContext) -> String? {
        guard let zone = ctx.home.zoneEntity == .zone ? ctx.home.zone ?? ctx.home.listedZone : ctx.home.listedZone else { return nil }
        return lexicon.shortCityName(in: Array(zone.unicodeScalars), at: 0)?.city
    }

    /// The county the zone in play (else the page's) is named after, for 我县 on its page (东海高新区 → 东海县):
    /// the zone's name without its suffix, two characters that are no city's short name, and the county
    /// word's own suffix.
    func homeZoneCounty(for m: EntityMention, _ ctx: ArticleContext) -> String? {
        let inPlay = ctx.zoneEntity == .zone ? ctx.zone : nil
        // (or the zone an event was held in, …签署仪式在东海高新区举行。…我县举办了…)
        return [inPlay ?? (ctx.home.zoneEntity == .zone ? ctx.home.zone : nil), ctx.venueZone].lazy.compactMap { $0 }.compactMap { zone -> String? in
            guard let suffix = self.lexicon.rules.homeZoneSuffix, zone.hasSuffix(suffix),
                  let kind = m.name.unicodeScalars.last, self.lexicon.placeSuffixes.contains(kind), !self.lexicon.rules.citySuffixes.contains(kind) else { return nil }
            let stem = Array(zone.unicodeScalars.dropLast(suffix.unicodeScalars.count))
            guard stem.count == 2, stem.allSatisfy(ScalarText.isHan), self.lexicon.cityNames[stem] == nil else { return nil }
            // (攸县高新区: a county of one character, named with its suffix)
            if let last = stem.last, self.lexicon.placeSuffixes.contains(last) { return last == kind ? ScalarText.string(stem) : nil }
            return ScalarText.string(stem + [kind])
        }.first
    }

    /// The cities a zone may be named after (合肥高新区 → 合肥市, 合肥高市…): its first three or two
    /// characters and a city's suffix, longest first.
    func cities(namedAfter zone: String) -> [[Unicode.Scalar]] {
        let name = Array(zone.unicodeScalars)
        return [3, 2].filter { $0 < name.count }.flatMap { n in lexicon.rules.citySuffixes.map { Array(name[..<n]) + [$0] } }
    }

    /// Who holds the event a figure's clause speaks of (本次集中开工重大项目30个 after 全市…集中开工推进会,
    /// 现场签约33个项目 at 桂林市…项目签约仪式): the holder of the event whose name holds the clause's set
    /// verb (of the only event, when the clause names none). Nil when the clause does not open with a
    /// this-event word (nor follows one in its sentence) or no such event is known.
    private func eventHost(of num: NumberSpan, in s: [Unicode.Scalar], ctx: ArticleContext) -> (String, Entity)? {
        guard !ctx.events.isEmpty else { return nil }
        // the clause, or one before it in the sentence (本次集中开工重大项目30个，总投资149亿元: the set's total)
        // (or a sentence opening with 其中 right after one that opens so: 此次集中开竣工项目共20个。其中，集中开工…项目10个)
        var c = ScalarText.clauseStart(s, before: num.start)
        while !lexicon.rules.thisEventWords.contains(where: { ScalarText.matches(s, at: c, $0) }) {
            guard c > 0 else {
                guard ctx.eventSentenceBefore, lexicon.subsetWords.contains(where: { ScalarText.matches(s, at: 0, $0) }) else { return nil }
                break
            }
            c = ScalarText.clauseStart(s, before: c - 1)
        }
        let verbs = lexicon.rules.setVerbs.filter { ScalarText.find($0, in: s, from: c, to: num.start) != nil }
        let held = verbs.isEmpty ? (ctx.events.count == 1 ? ctx.events : [])
            : ctx.events.filter { e in e.verbs.contains { v in verbs.contains { $0.elementsEqual(v) } } }
        // (of events joined by 暨, one a single project's, …集中开竣工暨江松科技…二期项目开工仪式, the one a place holds)
        let hosted = held.compactMap(\.host)
        guard hosted.count == 1 else { return nil }
        return hosted[0]
    }

    /// Whether a trade-partner word (对) stands in the clause before `to` (its partners listed with 、 in it) that
    /// opens no word naming no partner (对外).
    private func tradesWithPartner(_ s: [Unicode.Scalar], before to: Int) -> Bool {
        (ScalarText.clauseStart(s, before: to)..<to).contains { partnerWord(in: s, at: $0) != nil }
    }

    /// The trade-partner word (对) at `k`, unless it is part of a word that names no partner (对外, 针对).
    private func partnerWord(in s: [Unicode.Scalar], at k: Int) -> [Unicode.Scalar]? {
        let rules = lexicon.rules
        guard let w = rules.tradePartnerWords.first(where: { ScalarText.matches(s, at: k, $0) }),
              !rules.notTradePartnerWords.contains(where: { n in (0..<n.count).contains { ScalarText.matches(s, at: k - $0, n) } }) else { return nil }
        return w
    }

    /// Whether the sentence at `i` opens with a word of the event the lead tells of (此次, 本次).
    private func opensWithThisEvent(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k < t.count, ScalarText.isSpace(t[k]) { k += 1 }
        return lexicon.rules.thisEventWords.contains { ScalarText.matches(t, at: k, $0) } || opensWithEventNoun(t, at: k)
    }

    /// Whether the event's noun alone opens `t` at `i`, then what was done at it (大会共达成签约项目39个, 活动上…;
    /// `rule event-tail`): the event told before, as 此次 says.
    private func opensWithEventNoun(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        lexicon.rules.eventNouns.contains { n in
            ScalarText.matches(t, at: i, n) && lexicon.rules.eventTails.contains { ScalarText.matches(t, at: i + n.count, $0) }
        }
    }

    /// Another kind of zone (长沙经开区, 南宁综合保税区): its 园区 is itself, not the high-tech zone.
    func isOtherZone(_ m: EntityMention) -> Bool {
        guard case .place = m.kind else { return false }
        return namesOtherZone(m.name)
    }

    /// Whether an industry's value added, its name starting at `i`, is a part of a whole's value added the paragraph
    /// gave before it, named after 其中 (服务业增加值增长8.5%。其中，…金融业增加值增长12.3%; 规上工业增加值增长9%，其中
    /// 高新技术产业增加值增长12%).
    private func partOfValueAdded(_ s: [Unicode.Scalar], industryAt i: Int, sentenceFacts: [Int], _ ctx: ArticleContext) -> Bool {
        let whole = (sentenceFacts + ctx.paragraphFacts).contains { f in
            ctx.facts[f].metric == .industrial_value_added || ctx.facts[f].metric == .other && ctx.facts[f].label != nil }
        return whole && lexicon.subsetWords.contains { ScalarText.find($0, in: s, from: 0, to: i) != nil }
    }

    /// The place a growth is compared with right before a rate in brackets (高于全市(7.1%), 快于全省平均水平（5.2%）):
    /// a comparison lead (`comparison-lead`), the place, its average or none, then the bracket holding the rate alone.
    private func comparedPlace(_ s: [Unicode.Scalar], rateInBracketsAt num: NumberSpan, mentions: [EntityMention], ctx: ArticleContext) -> (String, Entity)? {
        guard num.start > 0, s[num.start - 1] == "(" || s[num.start - 1] == "（", num.end < s.count, s[num.end] == ")" || s[num.end] == "）" else { return nil }
        var k = num.start - 1
        if let tail = lexicon.rules.averageTails.first(where: { ScalarText.endsWith(s, at: k, $0) }) { k -= tail.count }
        guard let m = mentions.last(where: { $0.end == k }),
              lexicon.comparisonLeads.contains(where: { ScalarText.endsWith(s, at: m.start, $0) }),
              let owner = resolve(m, ctx: ctx), owner.1 == .city || owner.1 == .district || owner.1 == .collective else { return nil }
        return owner
    }

    /// The label of an industry's measure that has no metric of its own (新一代信息技术产业实现产业增加值134.4亿元): the
    /// industry's name as written, then the word, the words between and the name's end the word repeats left out
    /// (新一代信息技术产业增加值).
    private func industryMeasureLabel(_ p: Paragraph, _ range: Range<Int>, industry l: Range<Int>, word mw: MetricWordMatch) -> String {
        let name = Array(p.written((range.lowerBound + l.lowerBound)..<(range.lowerBound + l.upperBound)).unicodeScalars)
        var word = Array(p.written((range.lowerBound + mw.start)..<(range.lowerBound + mw.start + mw.word.first.count)).unicodeScalars)
        // (实现增加值: the verb of the word no part of the measure's name)
        if let verb = lexicon.rules.labelVerbs.first(where: { word.count > $0.count && ScalarText.matches(word, at: 0, $0) }) { word.removeFirst(verb.count) }
        let overlap = (0...min(name.count, word.count)).last { n in name.suffix(n).elementsEqual(word.prefix(n)) } ?? 0
        return ScalarText.string(name + word.dropFirst(overlap))
    }

    /// Whether a name ends with the suffix of another kind of zone (`othersuffix`, `areasuffix` in zones.tsv).
    /// Whether a name ends in a high-tech zone's suffix (高新区, 高新技术产业开发区).
    func endsWithZoneSuffix(_ name: String) -> Bool {
        let u = Array(name.unicodeScalars)
        return lexicon.zoneSuffixes.contains { ScalarText.endsWith(u, at: u.count, $0.text) }
    }

    func namesOtherZone(_ name: String) -> Bool {
        let name = Array(name.unicodeScalars)
        return lexicon.otherZoneSuffixes.contains { ScalarText.endsWith(name, at: name.count, $0.text) }
    }

    /// 全区, 我区 (not 高新区, 园区, which always name the zone).
    func isAreaWord(_ m: EntityMention) -> Bool {
        guard case .selfReference(let e) = m.kind, e != .city, e != .district else { return false }
        return areaSelfNames.contains(m.name)
    }

    /// 全区签约27个项目，其中，高新区签约19个; 我区（包括铜仁高新区）…: a part word between 全区 and a
    /// zone sets the area above the zone.
    private func notesAreaAboveZone(_ s: [Unicode.Scalar], mentions: [EntityMention], _ ctx: inout ArticleContext) {
        guard !ctx.home.selfAboveZone, mentions.count >= 2, partCueFirst.firstIndex(in: s, from: 0, to: s.count) < s.count,
              let a = mentions.firstIndex(where: isAreaWord) else { return }
        for b in mentions[(a + 1)...] {
            let isZone: Bool
            switch b.kind {
            case .zone: isZone = true
            case .selfReference(let e): isZone = e == .zone && zoneSelfNames.contains(b.name)
            default: isZone = false
            }
            guard isZone else { continue }
            if lexicon.rules.partCues.contains(where: { ScalarText.find($0, in: s, from: mentions[a].end, to: b.start) != nil }) {
                ctx.home.selfAboveZone = true
            }
            return
        }
    }

    /// Whether a rank stands at `i` (第一, 第3位, 首位, 前列: `rule rank`), ending its clause: after a place,
    /// the place the rank is counted in (增速全市第一), not a subject (全市第一季度 is no rank). An item of a
    /// list ends there too (推动经济发展走在全市前列、更好服务…).
    func isRank(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard let w = lexicon.rules.rankWords.first(where: { ScalarText.matches(s, at: i, $0) }) else { return false }
        var k = i + w.count
        if lexicon.rules.rankOrdinals.contains(w) {
            let n = k
            while k < s.count && (ScalarText.isASCIIDigit(s[k]) || ChineseNumeral.isNumeral(s[k])) { k += 1 }
            guard k > n else { return false }
            if k < s.count, lexicon.rules.rankTails.contains(s[k]) { k += 1 }
        }
        return k == s.count || ScalarText.isClauseBreak(s[k]) || ScalarText.isSentenceEnd(s[k]) || s[k] == "、"
    }

    /// Whether a rank follows a place at `i` after the units it is made of (各区县) and a verb of rank (列, 位居):
    /// 在全市各区县列第二, 在全市列第三.
    func ranksIn(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        let verbs = lexicon.rules.rankVerbs
        func verb(at k: Int) -> [Unicode.Scalar]? { verbs.first { ScalarText.matches(s, at: k, $0) } }
        var k = i
        if let d = lexicon.distributiveWords.first(where: { ScalarText.matches(s, at: k, $0) }) {
            k += d.count
            let from = k
            while k < s.count, k - from < 4, ScalarText.isHan(s[k]), verb(at: k) == nil, !isRank(s, at: k) { k += 1 }
        }
        guard let v = verb(at: k) else { return false }
        return isRank(s, at: k + v.count)
    }

    /// Whether a zone is named as what the subject is to become (更名为宣城高新区, 升级为…).
    func isBecoming(_ m: EntityMention, in s: [Unicode.Scalar]) -> Bool {
        lexicon.rules.becomingLeads.contains { ScalarText.endsWith(s, at: m.start, $0) }
    }

    /// Whether `m` is where an event is held (开工仪式在白沙高新区举行, 在…隆重举行).
    func isVenue(_ m: EntityMention, in s: [Unicode.Scalar]) -> Bool {
        lexicon.rules.venuePrepositions.contains { ScalarText.endsWith(s, at: m.start, $0) }
            && (0...2).contains { k in m.end + k < s.count && s[m.end..<(m.end + k)].allSatisfy(ScalarText.isHan)
                && lexicon.rules.venueVerbs.contains { ScalarText.matches(s, at: m.end + k, $0) } }
    }

    /// Whether `m` is (or opens) an item of a list joined by 、 that ends in 等 (火炬高新区管委会、…、同安区、火炬集团等
    /// 各部门): one of the examples of a group.
    func isListedExample(_ m: EntityMention, in s: [Unicode.Scalar]) -> Bool {
        // (the item may go on past the name with its agency: 火炬高新区管委会、…)
        var k = m.end
        if let a = lexicon.rules.agencies.first(where: { ScalarText.matches(s, at: k, $0) }) { k += a.count }
        guard m.start > 0 && ScalarText.isListBreak(s[m.start - 1]) || k < s.count && ScalarText.isListBreak(s[k]) else { return false }
        while k < s.count, ScalarText.isHan(s[k]) || ScalarText.isListBreak(s[k]) {
            if lexicon.rules.listEnds.contains(where: { ScalarText.matches(s, at: k, $0) }) { return true }
            k += 1
        }
        return false
    }

    /// Whether a mention can own the figures after it: not in brackets (碧江区（含高新区）), not the
    /// object of a comparison (高于全市平均水平, 占全市的).
    /// Whether an office's title (`rule office-title`) follows the name within a few letters, its agency
    /// between (苏州高新区党工委书记, 虎丘区委书记), in a sentence of no figure: the name says where a person
    /// serves. (长春高新区管委会主任孙亚明部署…工业总产值实现4500亿元: who speaks for the zone gives its figures.)
    func namesOffice(after m: EntityMention, in s: [Unicode.Scalar]) -> Bool {
        var k = m.end
        while k < s.count, k - m.end <= 5, ScalarText.isHan(s[k]) {
            if lexicon.rules.officeTitles.contains(where: { ScalarText.matches(s, at: k, $0) }) {
                return !s.contains(where: ScalarText.isASCIIDigit)
            }
            k += 1
        }
        return false
    }

    /// Where the words before many zones' name that are no part of it (zones.tsv lead: 全国, 先进) start, up to
    /// two of them (跻身|全国一流|国家高新区行列); the name's start where none stands there.
    func leadWordsStart(_ m: EntityMention, in s: [Unicode.Scalar]) -> Int {
        var k = m.start
        for _ in 0..<2 {
            guard let w = lexicon.zoneLeads.first(where: { ScalarText.endsWith(s, at: k, $0) }) else { break }
            k -= w.count
        }
        return k
    }

    /// Whether the mention is a later item of a list of names (joined by 、) that opens right after an
    /// object lead in its clause (承担着国家传感网创新示范区、苏南国家自主创新示范区两个国家战略).
    private func listedObject(_ m: EntityMention, in s: [Unicode.Scalar], from lo: Int) -> Bool {
        guard m.start > lo + 1, ScalarText.isListBreak(s[m.start - 1]) else { return false }
        var k = m.start - 1
        while k > lo, ScalarText.isHan(s[k - 1]) || ScalarText.isListBreak(s[k - 1]) {
            k -= 1
            if lexicon.rules.objectLeads.contains(where: { ScalarText.endsWith(s, at: k, $0) }) { return true }
        }
        return false
    }

    func isSubject(_ m: EntityMention, in s: [Unicode.Scalar], from lo: Int = 0) -> Bool {
        if Self.inBrackets(m.start, of: s, from: lo) { return false }
        // (a count of the zones may stand between: 增速高居54个国家级高新区首位)
        var lead = m.start
        if m.kind == .collective, m.start >= 2, lexicon.rules.zoneCounters.contains(s[m.start - 1]) {
            var k = m.start - 1
            while k > lo && (ScalarText.isASCIIDigit(s[k - 1]) || ChineseNumeral.isNumeral(s[k - 1])) { k -= 1 }
            if k < m.start - 1 { lead = k }
        }
        if lexicon.comparisonLeads.contains(where: { w in ScalarText.endsWith(s, at: m.start, w) || ScalarText.endsWith(s, at: lead, w) }) { return false }
        // …完成61.8亿元，与全市工业发展保持基本一致: a clause opening with 与 before a place compares with it
        if let w = lexicon.rules.comparedWith.first(where: { ScalarText.endsWith(s, at: m.start, $0) }),
           ScalarText.clauseStart(s, before: m.start, from: lo) == m.start - w.count { return false }
        // 排名在国家高新区中上升至第22位: 在…中 frames where, the one inside is no subject
        // (在全国169家国家级高新区中: a place or a count may stand between 在 and the frame)
        if m.end < s.count, lexicon.rules.frameEnds.contains(s[m.end]),
           let k = (max(lo, m.start - 8)...m.start).last(where: { k in topicLeadWords.contains(where: { ScalarText.endsWith(s, at: k, $0) }) }),
           s[k..<m.start].allSatisfy({ ScalarText.isHan($0) || ScalarText.isASCIIDigit($0) }) { return false }
        // 增速超全省开发区平均水平: the places' average a figure is compared with
        if lexicon.rules.averageTails.contains(where: { ScalarText.matches(s, at: m.end, $0) }) { return false }
        // 全省首笔“科技创新积分贷”顺利落地: the place whose first one it is frames a rank
        if lexicon.rules.firstOfWords.contains(where: { ScalarText.matches(s, at: m.end, $0) }) { return false }
        // 增速全市第一; 居全省第3位; 全市首位: the place a rank is counted in (增速全市排名第一 too)
        if isRank(s, at: m.end) { return false }
        // (增速在全市各区县列第二, 在全市列第三: the units the place is made of and a verb of rank between)
        if m.kind != .zone, m.kind != .collective, ranksIn(s, after: m.end) { return false }
        // (工业总产值增速全市；: a place right after a rate, with its rank left out)
        if m.kind != .zone, m.kind != .collective, lexicon.rules.rateFrames.contains(where: { ScalarText.endsWith(s, at: m.start, $0) }) { return false }
        if let noun = lexicon.rules.rankingNouns.first(where: { ScalarText.matches(s, at: m.end, $0) }), isRank(s, at: m.end + noun.count) { return false }
        // 被批准为首批27个国家级高新区之一: the set the subject is one of
        if lexicon.rules.oneOfWords.contains(where: { ScalarText.matches(s, at: m.end, $0) }) { return false }
        // 在2007年54个国家级开发区投资环境评价中由19位提升到18位: an evaluation of many zones frames a rank
        if m.kind == .collective, let e = (m.end..<min(s.count, m.end + 10)).first(where: { !ScalarText.isHan(s[$0]) || lexicon.rules.frameEnds.contains(s[$0]) }),
           lexicon.rules.frameEnds.contains(s[e]), lexicon.rules.rankingNouns.contains(where: { ScalarText.endsWith(s, at: e, $0) }) { return false }
        // (在全省47个省级开发区中排名第一，10个省级高新区中排名第二: the zones a rank is counted among, 在 left out)
        if m.kind == .collective, m.end < s.count, lexicon.rules.frameEnds.contains(s[m.end]), ranksIn(s, after: m.end + 1) { return false }
        // 国家高新区排名实现“五连升”: the ranking among many zones, not the zones
        if m.kind == .collective, lexicon.rules.rankingNouns.contains(where: { ScalarText.matches(s, at: m.end, $0) }) { return false }
        // 青松高新区是2015年批准设立的国家级高新区: many zones after 是…的 are what the subject is
        if m.kind == .collective, m.start > lo, lexicon.rules.possessives.contains(where: { ScalarText.endsWith(s, at: m.start, $0) }),
           lexicon.rules.topicCopulas.contains(where: { ScalarText.find($0, in: s, from: ScalarText.clauseStart(s, before: m.start, from: lo), to: m.start) != nil }) { return false }
        // 2009年晋升为国家级高新区: many zones after 为 are what the subject became
        // (跻身全国一流国家高新区行列: words before the name, no part of it, may stand between)
        if m.kind == .collective {
            let leadStart = leadWordsStart(m, in: s)
            if lexicon.rules.predicateLeads.contains(where: { ScalarText.endsWith(s, at: m.start, $0) || ScalarText.endsWith(s, at: leadStart, $0) }) { return false }
        }
        // 宣州经济开发区更名为宣城高新技术产业开发区: what the subject is to become
        if isBecoming(m, in: s) { return false }
        // 以郑洛新国家自主创新示范区建设为核心, 依托青松高新区…: what a clause works by or through is no subject
        // (but 以长沙高新区为例: the example the clauses after it speak of)
        if lexicon.rules.meansLeads.contains(where: { ScalarText.endsWith(s, at: m.start, $0) }),
           !lexicon.rules.exampleTails.contains(where: { ScalarText.matches(s, at: m.end, $0) }) { return false }
        // 开工仪式在白沙高新区举行: where an event is held is no subject either
        if isVenue(m, in: s) { return false }
        // 苏州高新区党工委书记…出席活动: where a person serves is no subject
        if namesOffice(after: m, in: s) { return false }
        // 管委会、同安区、翔安区、火炬集团等各级各部门通力合作: an example in a list of those who act together
        if isListedExample(m, in: s) { return false }
        // 推动企业向园区集聚: where the clause moves something to is no subject either
        if lexicon.rules.goalLeads.contains(where: { ScalarText.endsWith(s, at: m.start, $0) }) { return false }
        // 以项目带动郑洛新自创区建设: what a verb acts on is no subject
        // (nor a later item of the list it acts on: 承担着国家传感网创新示范区、苏南国家自主创新示范区两个国家战略)
        if lexicon.rules.objectLeads.contains(where: { ScalarText.endsWith(s, at: m.start, $0) }) || listedObject(m, in: s, from: lo) { return false }
        // (完成全市新型显示…等5条重点产业链图谱编制: a city or a district right after a verb of a result is the
        // object's, whoever did it)
        if m.kind == .place || m.kind == .selfReference(.city) || m.kind == .selfReference(.district), lexicon.rules.statementVerbs.contains(where: { ScalarText.endsWith(s, at: m.start, $0) }) { return false }
        // 最高的吉安高新区为86.21%: the first of a ranking is an example, no subject
        if let de = lexicon.rules.possessives.first(where: { ScalarText.endsWith(s, at: m.start, $0) }),
           lexicon.rules.superlatives.contains(where: { w in ScalarText.findLast(w, in: s, from: max(lo, m.start - de.count - 2 - w.count), to: m.start - de.count) != nil }) { return false }
        // 引进杉杉集团、美的集团等企业5个；签约…: a company inside its clause is what the clause acts on;
        // a company owns figures where it opens its clause (其中，美的集团实现产值…)
        if m.kind == .company, !opensClause(m, in: s, from: lo) { return false }
        // 增速高于全省2.5个百分点、全市1.3个百分点: the next one a comparison lists is compared with too
        if m.start > 0, ScalarText.isListBreak(s[m.start - 1]) {
            var c = m.start - 1
            while c > lo && !ScalarText.isClauseBreak(s[c - 1]) { c -= 1 }
            if lexicon.comparisonLeads.contains(where: { ScalarText.find($0, in: s, from: c, to: m.start) != nil }) { return false }
        }
        // 占全市53%，全省30%；…: a place with only a rate after it in its clause, right after a clause that
        // compares, is compared with too (and so owns nothing after the ；)
        if m.start > lo, ScalarText.isClauseBreak(s[m.start - 1]) {
            let rest = s[m.end..<ScalarText.clauseEnd(s, from: m.end)]
            if !rest.isEmpty, rest.allSatisfy({ ScalarText.isASCIIDigit($0) || $0 == "." || $0 == "%" }) {
                let c = ScalarText.clauseStart(s, before: m.start - 1, from: lo)
                if lexicon.comparisonLeads.contains(where: { ScalarText.find($0, in: s, from: c, to: m.start - 1) != nil }) { return false }
            }
        }
        return true
    }

    /// Whether a mention opens its clause: nothing before it there but a time (2023年，青松高新区…;
    /// 上半年青松高新区…) or a part cue (其中).
    /// (讯 今年昆明经开区…: a news lead's mark left alone at a paragraph's head, its paper's name on the dateline's
    /// line above, is no word of the clause)
    func opensClause(_ m: EntityMention, in s: [Unicode.Scalar], from lo: Int = 0) -> Bool {
        var c = ScalarText.clauseStart(s, before: m.start, from: lo)
        if c == 0, let w = lexicon.rules.newsLeads.first(where: { ScalarText.matches(s, at: 0, $0) }),
           w.count < m.start, ScalarText.isSpace(s[w.count]) {
            c = w.count
            while c < m.start, ScalarText.isSpace(s[c]) { c += 1 }
        }
        // (安徽省芜湖江北新区举行…: the province the name is written after is no word of the clause either)
        if lexicon.provinceEnd(in: s, at: c, limit: m.start) == m.start { c = m.start }
        let before = s[c..<m.start]
        if before.allSatisfy({ ScalarText.isASCIIDigit($0) || CalendarMarks.isMark($0) || ScalarText.isSpace($0) }) { return true }
        if lexicon.rules.partCues.contains(where: { $0.elementsEqual(before) }) { return true }
        return periods.recognize(Array(before)).contains { $0.start == 0 && $0.end == before.count }
    }

    /// Whether a mention opens its text after a time alone (1至5月，湄潭县工业园区…; 上半年湄潭县工业园区…).
    func opensAfterATime(_ m: EntityMention, in t: [Unicode.Scalar]) -> Bool {
        var e = m.start
        while e > 0 && (ScalarText.isClauseBreak(t[e - 1]) || ScalarText.isSpace(t[e - 1])) { e -= 1 }
        return e > 0 && periods.recognize(Array(t[..<e])).contains { $0.start == 0 && $0.end == e }
    }

    /// Whether a mention is one item of a list (吴江、高新区和太仓; 同安区、翔安区、火炬高新区): a list break right
    /// before or after it.
    /// (`pastAgency`: the list break may come after the name's agency, 青翔高新城指挥部、…)
    func isListItem(_ m: EntityMention, in t: [Unicode.Scalar], pastAgency: Bool = false) -> Bool {
        let end = pastAgency ? m.end + (lexicon.rules.agencies.first { ScalarText.matches(t, at: m.end, $0) }?.count ?? 0) : m.end
        return m.start > 0 && ScalarText.isListBreak(t[m.start - 1]) || end < t.count && ScalarText.isListBreak(t[end])
    }

    /// Whether a mention is one item of a breakdown by place, each place right before its figure (其中，富顺县12个，
    /// 总投资59亿元；…高新区2个，总投资11亿元): a figure right after it, as after another place of the text.
    func isBreakdownItem(_ m: EntityMention, among mentions: [EntityMention], in t: [Unicode.Scalar]) -> Bool {
        func figureFollows(_ e: Int) -> Bool { e < t.count && (ScalarText.isASCIIDigit(t[e]) || ChineseNumeral.isNumeral(t[e])) }
        guard figureFollows(m.end) else { return false }
        return mentions.contains { o in
            if case .place = o.kind, o.start != m.start, figureFollows(o.end) { return true }
            return false
        }
    }

    /// 高新区上半年地区生产总值在全市率先转正，前三季度…: a city or district after 在 (`rule topic-lead`),
    /// once the sentence has named a subject before it, is the frame the subject is compared in.
    func isFrame(_ m: EntityMention, in s: [Unicode.Scalar], after mentions: [EntityMention]) -> Bool {
        switch m.kind {
        case .place: break
        case .selfReference(let e) where e == .city || e == .district: break
        default: return false
        }
        guard lexicon.rules.topicLeads.contains(where: { ScalarText.endsWith(s, at: m.start, $0) }) else { return false }
        return mentions.contains { $0.end <= m.start && isSubject($0, in: s) }
    }

    /// Whether `i` stands inside brackets opened in `s[lo..<i]` and not closed yet (the matching
    /// text: full-width brackets are folded to ASCII).
    static func inBrackets(_ i: Int, of s: [Unicode.Scalar], from lo: Int = 0) -> Bool {
        var depth = 0
        for u in s[lo..<i] { if u == "(" { depth += 1 } else if u == ")" { depth = max(0, depth - 1) } }
        return depth > 0
    }

    /// The word for the page's city (全市, 我市) that opens `name` (全市工业园区, 我市高新区), if one does.
    private func citySelfWord(opening name: String) -> [Unicode.Scalar]? {
        lexicon.selfWords.first(where: { $0.entity == .city && name.unicodeScalars.starts(with: $0.word) })?.word
    }

    /// The first month of the year-end reviews: from it on, a page tells the year's results before the
    /// year has ended.
    static let yearEndReviewMonth = 11

    /// The longest sentence read as a headline (an amount, then the set it counts: `describesSet`).
    private static let headlineLength = 40

    /// The name and entity a mention stands for in this article.
    func resolve(_ m: EntityMention, ctx: ArticleContext) -> (String, Entity)? {
        switch m.kind {
        // 南京高新区(江宁园) is a park of the zone; 杭州高新区(滨江), a zone the lexicon lists, is the zone, and so
        // is one named with its district (乌鲁木齐高新区(新市区))
        case .zone: return (m.name, namesPark(m.name) ? .park : .zone)
        case .collective:
            // 各高新区将力争…: each zone's aim, no one's figure and no total
            if lexicon.distributiveWords.contains(where: { ScalarText.matches(Array(m.name.unicodeScalars), at: 0, $0) }) { return nil }
            return (countedCollectiveName(m.name, ctx: ctx), .collective)
        case .company: return (m.name, .company)
        case .park: return (m.name, .park)
        // 全省共认定高新技术企业685家: the province's, where the page names it in full (福建省…，全省一季度集中开工重大项目
        // 488个), else no one's here; the country's (全国) no one's
        case .above:
            if lexicon.rules.provinceSelfWords.contains(where: { $0.elementsEqual(m.name.unicodeScalars) }) { return ctx.home.province.map { ($0, .city) } }
            return nil
        case .place: return (m.name, placeEntity(m.name))
        case .selfReference(let e):
            switch e {
            // (全市 on a page with no source line: the one city its text names, 烟台市…签约仪式…全市集中签约35个项目)
            // (else the city the page's zone is named after: 全市 on a zone's page, 重庆高新区 … 全市新开工项目1491个)
            case .city: return (ctx.home.ownCity ?? ctx.home.zoneCity ?? homeZoneCity(ctx)).map { ($0, .city) }
            // 全市工业园区: the city's parks together, named with the page's city where it is known (银川市工业园区:
            // 全市 on two cities' pages are two collectives), else as written (the contract's 全省高新区)
            case .collective:
                if let word = citySelfWord(opening: m.name), let city = ctx.home.ownCity ?? ctx.home.zoneCity ?? homeZoneCity(ctx) {
                    return (city + ScalarText.string(Array(m.name.unicodeScalars.dropFirst(word.count))), .collective)
                }
                return (m.name, .collective)
            // (全县 after a county a sentence of the paragraph spoke of: 东乡县着力…。全县这次集中开工的21个项目…)
            // (全镇, 全街道: the town or street the page or the paragraph names, never a county)
            case .district where lexicon.rules.endsWithTownSuffix(Array(m.name.unicodeScalars)):
                return [ctx.home.district.map { ($0, Entity.district) }, ctx.paragraphSubject].lazy.compactMap { $0 }
                    .first { $0.1 == .district && self.lexicon.rules.endsWithTownSuffix(Array($0.0.unicodeScalars)) }
            case .district: return ctx.home.district.map { ($0, .district) } ?? ctx.paragraphSubject.flatMap { $0.entity == .district ? $0 : nil }
                ?? spokenDistrict(for: m, ctx: ctx) ?? homeZoneCounty(for: m, ctx).map { ($0, .district) }
            // 核心区实现地区生产总值391亿元: a part of the page's zone (宁波高新区(核心区))
            case .park: return ctx.home.zone.map { ($0 + "(" + m.name + ")", .park) }
            // (经开区 alone: the zone last named, or the page's, where it is of that kind, or of another kind than a
            // high-tech zone's, 白城经济开发区; else the zone of that kind named after the page's city, 高新区增长8%，经开区
            // 增长5% on 青松市's page: 青松经开区)
            case .zone where lexicon.rules.kindSelfWords.contains(m.name):
                let kindWords = lexicon.rules.kindSelfWords
                // (a zone of another kind named by no kind word of its own, 白城经济开发区, is an 经开区; not 唐河特色商业区)
                func ofKind(_ z: String) -> Bool {
                    let u = Array(z.unicodeScalars)
                    return z.hasSuffix(m.name) || namesOtherZone(z) && !lexicon.shortNameSuffixes.contains { ScalarText.endsWith(u, at: u.count, $0) }
                        && !kindWords.contains { z.hasSuffix($0) }
                }
                // (a kind word read before with no zone to name, 特色商业区 alone, names none now)
                func named(_ z: String?) -> String? { z.flatMap { kindWords.contains($0) ? nil : $0 } }
                if let z = named(ctx.zone), ofKind(z) { return (z, .zone) }
                if let z = named(ctx.home.zone ?? ctx.home.cityZone), ofKind(z) { return (z, .zone) }
                if let z = (ctx.home.ownCity ?? ctx.home.zoneCity ?? homeZoneCity(ctx)).flatMap({ lexicon.cityZone(of: $0, kind: m.name) }) { return (z, .zone) }
                // (特色商业区 after 唐河产业集聚区, or on 唐河县's page: the zone of that kind named after the place of the
                // paragraph's subject or the zone in play, or of the page's county)
                for z in [ctx.paragraphSubject?.name, ctx.zone, ctx.home.zone].compactMap(named) {
                    if let other = kindWords.first(where: { z.hasSuffix($0) }),
                       (2...3).contains(z.unicodeScalars.count - other.unicodeScalars.count) {
                        return (String(z.unicodeScalars.dropLast(other.unicodeScalars.count)) + m.name, .zone)
                    }
                }
                if let d = ctx.home.district, (3...4).contains(d.unicodeScalars.count),
                   let last = d.unicodeScalars.last, countySuffixes.contains(last) {
                    return (String(d.unicodeScalars.dropLast()) + m.name, .zone)
                }
                // (with no city, no one the page names: never a zone called by its kind alone, 经开区, as never a bare
                // 高新区; the figure is listed as having no zone, for --assume-zone to name)
                return nil
            default:
                // (该区力争…，实现全区固定资产投资170亿元: in a sentence that refers back to a district, 全区 is it)
                if let r = ctx.referent, r.1 == .district, isAreaWord(m) { return r }
                // 全区 on a district's own site is the district; 高新区, 园区 are always the zone
                if ctx.home.isDistrictSite || ctx.home.selfAboveZone, isAreaWord(m) {
                    return ctx.home.district.map { ($0, .district) }
                }
                // (全区 on a page that names no zone, after a district a sentence of the paragraph spoke of:
                // 崇川区举办重大项目开工仪式。当天，全区共有36个重大项目开工)
                if ctx.home.zone == nil, isAreaWord(m) {
                    if let subject = ctx.paragraphSubject, subject.entity == .district,
                       let kind = subject.name.unicodeScalars.last, m.name.unicodeScalars.contains(kind) { return subject }
                    if let spoken = spokenDistrict(for: m, ctx: ctx) { return spoken }
                }
                // (园区 in a city government's report that names no zone: the city's parks together, 玉林市园区, as
                // 全市工业园区 is; not 高新区, the city's zone)
                if let speaker = ctx.home.speaker, speaker.entity == .city, ctx.home.cityZone != nil, ctx.home.zone == ctx.home.cityZone,
                   lexicon.rules.parkMarks.contains(where: { ScalarText.find($0, in: Array(m.name.unicodeScalars)) != nil }),
                   !lexicon.zoneSuffixes.contains(where: { ScalarText.endsWith(Array(m.name.unicodeScalars), at: m.name.unicodeScalars.count, $0.text) }) {
                    return (speaker.name + m.name, .collective)
                }
                // (高新区(新市区) where the page's zone was named without its district)
                if let d = m.district, let z = ctx.home.zone, ctx.home.zoneEntity == .zone, !z.hasSuffix(")") { return (z + d, .zone) }
                // (我市高新区 on a page that names no zone, a district's site: the zone named after the page's city)
                if ctx.home.zone == nil, citySelfWord(opening: m.name) != nil,
                   let zone = (ctx.home.ownCity ?? ctx.home.zoneCity).flatMap { lexicon.cityZone(of: $0) } { return (zone, .zone) }
                // (高新区 as one item of a city's breakdown by place, on the city's page: 其中，富顺县12个…；高新区2个: the
                // city's zone)
                // (高新区, a word ending in a zone's suffix; not 园区, which may be all the city's parks: 湘潭园区完成…; on a page
                // that says 高新区 nowhere else, so that no zone of the page comes in play)
                if ctx.home.zone == nil, !ctx.home.saysZone, zoneSelfNames.contains(m.name), let own = ctx.home.ownPlace, own.entity == .city,
                   lexicon.zoneSuffixes.contains(where: { ScalarText.endsWith(Array(m.name.unicodeScalars), at: m.name.unicodeScalars.count, $0.text) }),
                   let zone = lexicon.cityZone(of: own.name) { return (zone, .zone) }
                // (高新区 on the page of another kind of zone, 青松经开区…。上半年，高新区完成…: not that zone, but the high-tech
                // zone named after the page's city; with no city, no one's)
                if let z = ctx.home.zone, namesOtherZone(z), !endsWithZoneSuffix(z), zoneSelfNames.contains(m.name), endsWithZoneSuffix(m.name) {
                    // (the high-tech zone last named, 今年以来，济南高新区…。截至7月底，高新区…, else the city's)
                    if let named = ctx.zone, ctx.zoneEntity == .zone, endsWithZoneSuffix(named) { return (named, .zone) }
                    let city = ctx.home.ownCity ?? ctx.home.zoneCity ?? lexicon.shortCityName(in: Array(z.unicodeScalars), at: 0)?.city
                    return city.flatMap { lexicon.cityZone(of: $0) }.map { ($0, .zone) }
                }
                return ctx.home.zone.map { ($0, ctx.home.zoneEntity) }
            }
        }
    }

    /// Zones counted together on a page that speaks as a province are the province's, named as a reader names them,
    /// without their count (桂林、南宁…9个高新区 → 全省高新区, 7个国家高新区 → 全省国家高新区); elsewhere the count stays,
    /// as written (16个高新区: never a bare 高新区; 青松、白沙两个国家级高新区: not all national zones).
    func countedCollectiveName(_ name: String, ctx: ArticleContext) -> String {
        guard ctx.home.speaksOfProvince, let province = lexicon.rules.provinceSelfWords.first else { return name }
        let u = Array(name.unicodeScalars)
        var k = 0
        while k < u.count, ScalarText.isASCIIDigit(u[k]) || ChineseNumeral.isNumeral(u[k]) { k += 1 }
        guard k > 0, k + 1 < u.count, lexicon.rules.zoneCounters.contains(u[k]) else { return name }
        // (only a kind, after a level or not: 国家级开发区, 高新区; not 47家入榜的国家级经开区, 109个天府新区, a count of
        // something else before a name)
        let kind = Array(u[(k + 1)...])
        var core = kind[...]
        let levels = lexicon.zoneDrops + lexicon.collectiveWords + lexicon.bareCollectiveWords
        while let w = levels.first(where: { core.count > $0.count && core.starts(with: $0) }) { core = core.dropFirst(w.count) }
        guard lexicon.selfWords.contains(where: { $0.entity == .zone && $0.word.elementsEqual(core) })
                || lexicon.otherZoneSuffixes.contains(where: { $0.text.elementsEqual(core) }) else { return name }
        // (three or more: 荆门、仙桃两家高新区 are those two, on any page)
        guard (ChineseNumeral.value(of: u[..<k]) ?? 0) >= Double(Self.wholeProvinceCount) else { return name }
        return ScalarText.string(province + kind)
    }

    /// At most this many characters between a kind marker and an event's noun (目标动员大会): the marker is in the
    /// event's name.
    static let eventNameTail = 6

    /// Fewer zones than this, counted together (两家高新区), are the ones named, never a province's all.
    static let wholeProvinceCount = 3

    /// Whether a zone's name ends with a park in brackets (南京高新区(江宁园)), not with the district the zone
    /// shares its government with (乌鲁木齐高新区(新市区)), nor is a name the lexicon lists (杭州高新区(滨江)).
    func namesPark(_ name: String) -> Bool {
        let u = Array(name.unicodeScalars)
        guard u.last == ")", u.count >= 2, !lexicon.zoneNames.contains(u) else { return false }
        // (a part of the zone named as such is a park: 泸州高新区(核心区), 宁乡高新区(主体园区))
        if let open = u.lastIndex(of: "("), lexicon.rules.parkParts.contains(where: { $0.elementsEqual(u[(open + 1)..<(u.count - 1)]) }) { return true }
        return !lexicon.placeSuffixes.contains(u[u.count - 2])
    }

    /// The district a figureless sentence of the paragraph spoke of, when `m` (全区, 全县) is a word of its kind.
    private func spokenDistrict(for m: EntityMention, ctx: ArticleContext) -> (String, Entity)? {
        guard let d = ctx.spokenDistrict, let kind = d.unicodeScalars.last, m.name.unicodeScalars.contains(kind) else { return nil }
        return (d, .district)
    }

    /// A place's entity by its last character: 市, 州, 盟 are cities (`rule city`); 区, 县, 旗 districts.
    func placeEntity(_ name: String) -> Entity {
        name.unicodeScalars.last.map(lexicon.rules.citySuffixes.contains) == true ? .city : .district
    }

    private func updateZone(_ s: [Unicode.Scalar], _ ctx: inout ArticleContext) {
        updateZone(entities.recognize(s, zonesOnly: true), in: s, &ctx)
    }

    /// After a sentence: the last zone (or zones together) it names as a subject is the zone in play (not one it
    /// compares with after it: 成都高新区实现…，总量占全市的11.7%); a city or district it names as its subject
    /// (or 全市, 我区) stays the subject of the paragraph's next sentences.
    private func updateZone(_ mentions: [EntityMention], in s: [Unicode.Scalar], from lo: Int = 0, carriesSubject: Bool = true, _ ctx: inout ArticleContext) {
        // (not a part named after 其中 in its clause: …园区达到9家，其中合肥经开区突破6000亿元大关; but the page's own
        // zone is: 全市开工项目60个，…，其中高新区共8个开工项目，总投资80亿元。年度计划投资25亿元)
        let subsetWords = lexicon.subsetWords
        if let venue = mentions.last(where: { $0.kind == .zone && isVenue($0, in: s) }) { ctx.venueZone = venue.name }
        guard let last = mentions.last(where: { m in
            if case .company = m.kind { return false }
            if m.start > lo, m.kind != .selfReference(.zone), subsetWords.contains(where: { ScalarText.matches(s, at: ScalarText.clauseStart(s, before: m.start, from: lo), $0) }) { return false }
            return isSubject(m, in: s, from: lo)
        }) else { return }
        // (高新区和六个省级工业园区完成工业产值184.3亿元。完成…: the group stays the subject of the paragraph)
        if let group = joinedGroup(last, mentions: mentions, in: s, before: s.count) {
            ctx.paragraphSubject = (group, .collective)
            return
        }
        switch last.kind {
        case .zone:
            // (同安区、翔安区、火炬高新区、厦门自贸片区四个载体区已提前完成年度任务: one of the places a list names, none
            // of them the subject the next sentences go on with)
            if isListItem(last, in: s), mentions.contains(where: { m in
                guard m.start != last.start, isListItem(m, in: s) else { return false }
                if case .place = m.kind { return true }
                return m.kind == .zone || isOtherZone(m)
            }) { return }
            ctx.zone = last.name
            ctx.zoneEntity = .zone
            ctx.paragraphSubject = nil
        case .collective:
            // (各高新区, 所有国家高新区: each zone, no one to carry on)
            if lexicon.distributiveWords.contains(where: { ScalarText.matches(Array(last.name.unicodeScalars), at: 0, $0) }) { return }
            // 16个高新区重大项目开工382个…。三是…规上工业总产值达2893.8亿元: the zones together stay the subject
            ctx.zone = last.name
            ctx.zoneEntity = .collective
            ctx.paragraphSubject = nil
        case .park:
            // (a park named by its own name stays the subject of the paragraph's next sentences, as a district does;
            // not one named in a clause of no figure, after the zone's own: 全区地区生产总值达到1767.3亿元，…，
            // 东区彩虹湖片区蓄力勃发，…)
            let own = s[last.end..<ScalarText.clauseEnd(s, from: last.end)]
            if mentions.contains(where: { $0.start < last.start && ($0.kind == .zone || $0.kind == .selfReference(.zone)) }),
               !own.contains(where: { ScalarText.isASCIIDigit($0) }) { return }
            ctx.paragraphSubject = (last.name, .park)
        case .selfReference, .place:
            if let (name, entity) = resolve(last, ctx: ctx) {
                if entity == .zone || entity == .collective {
                    ctx.zone = name; ctx.zoneEntity = entity; ctx.paragraphSubject = nil
                } else if entity == .park {
                    // (a part of the zone is the subject of its own sentence only: 核心区全年实现…。完成固定资产投资…)
                } else if lexicon.subsetWords.contains(where: { ScalarText.matches(s, at: lo, $0) }) {
                    // (nor is the last of the parts a sentence lists: 其中高新区23个项目，…九台市11个项目)
                } else if carriesSubject {
                    ctx.paragraphSubject = (name, entity)
                }
            }
        default: break
        }
    }

    /// A sentence without figures that names a district as its subject (崇川区举办重大项目开工仪式) on a page
    /// that names no zone: the district 全区 or 全县 stands for in the paragraph's later sentences.
    private func noteSpokenDistrict(_ s: [Unicode.Scalar], _ ctx: inout ArticleContext) {
        guard ctx.home.zone == nil, ctx.home.district == nil,
              s.contains(where: { lexicon.placeSuffixes.contains($0) && !lexicon.rules.citySuffixes.contains($0) }) else { return }
        if let m = entities.recognize(s).last(where: { $0.kind == .place && placeEntity($0.name) == .district && isSubject($0, in: s) }) {
            ctx.spokenDistrict = m.name
        }
    }

    // MARK: rules on the sentence

    /// A clause opening with a total word and no metric word of its own (累计达到1560家) totals
    /// the figure before it in the sentence: it takes that figure's metric and label.
    private func totalOf(_ s: [Unicode.Scalar], clauseStart c: Int, number: NumberSpan,
                         previous: (Lexicon.MetricWord, FactUnit)?) -> MetricWordMatch? {
        // (or an item after 、: 新认定国家高新技术企业1757家、累计达到5008家)
        let c = (c..<number.start).last(where: { ScalarText.isListBreak(s[$0]) }).map { $0 + 1 } ?? c
        guard let (prev, unit) = previous, c > 0, unit == number.unit, unit != .percent,
              let w = lexicon.totalWords.first(where: { ScalarText.matches(s, at: c, $0) }),
              c + w.count <= number.start,
              // 累计达到1560家, 累计已拥有40家; not 累计上市及过会企业达52家 (a noun of its own)
              s[(c + w.count)..<number.start].filter(ScalarText.isHan).count <= 3 else { return nil }
        var word = prev
        word.second = nil
        word.first = w
        word.needsProjects = false
        if word.label == .industry || word.label == .named { return nil }
        return MetricWordMatch(word: word, start: c, end: c + w.count)
    }

    /// The metric word that ends at `i` (searched from `lo`), with no figure after it.
    private func metricWord(in s: [Unicode.Scalar], from lo: Int, endingAt i: Int) -> MetricWordMatch? {
        metricWords.match(in: s, from: lo, number: .mark(at: i), nounEnd: i)
    }

    /// A clause that names no metric and opens with a reach word (达到, 总量达到), after a time of its own
    /// (三季度) or a plan word (力争), right after a figure of the sentence: the level that figure's
    /// metric reached or is to reach (地区生产总值820亿元以上，增长20%以上，力争达到870亿元). A time led by
    /// 到 (到三季度达到1198.95亿元) is left alone: the months up to it are no period this reads.
    private func continuation(_ s: [Unicode.Scalar], clauseStart c: Int, number: NumberSpan,
                              previous: (Lexicon.MetricWord, FactUnit)?, spans: [PeriodSpan]) -> MetricWordMatch? {
        guard let (prev, _) = previous, c > 0, let unit = number.unit, unit != .percent, prev.metric.accepts(unit),
              prev.label != .industry, prev.label != .named else { return nil }
        // (the clause before names no metric of its own: 地方财政收入突破50亿大关，达到51.22亿元 is no level of
        // the figure before that)
        if let other = metricWord(in: s, from: ScalarText.clauseStart(s, before: c - 1), endingAt: c - 1),
           other.word.outOfScope || other.word.metric != prev.metric { return nil }
        var i = c
        // (a time of its own, written alone: 三季度; not 到三季度, the months up to it, which the figure
        // before may not share)
        if let span = spans.first(where: { $0.start == c && $0.end <= number.start }) { i = span.end }
        if let marker = lexicon.kindMarkers.first(where: { ScalarText.matches(s, at: i, $0.word) }) { i += marker.word.count }
        // (or a change to it after a time of its own: 2014年，光谷高新技术企业为828家，2019年增至2899家)
        // (or the firms the year added, after their stock: 规上企业达83家，当年新增11家; not firms the count goes on
        // to name: 认定40家瞪羚企业)
        let added = lexicon.incrementWords.filter { $0.metrics.contains(prev.metric) }.map(\.word)
        let closes = number.end == s.count || ScalarText.isClauseBreak(s[number.end]) || ScalarText.isSentenceEnd(s[number.end])
        guard reachOpens(s, at: i, number: number) || i > c && opens(s, at: i, with: changeToVerbs, number: number)
                || closes && opens(s, at: i, with: added, number: number) else { return nil }
        var word = prev
        word.second = nil
        word.needsProjects = false
        return MetricWordMatch(word: word, start: c, end: c)
    }

    /// A metric word that takes its label from the text before it (产值 after an industry's name), with
    /// the label it took fixed, for a figure after it that names no industry (濉溪县战略性新兴产业产值增长
    /// 14.7%，相山区增长53%: the same industry's).
    static func carryingLabel(_ word: Lexicon.MetricWord, _ label: String?) -> Lexicon.MetricWord {
        guard word.label == .industry || word.label == .named, let label else { return word }
        var w = word
        w.label = .fixed(label)
        return w
    }

    /// A clause that names an entity of its own and no metric word (…增长10.1%，伍家岗区增长9.2%;
    /// …1,302家，其中高新区412家) gives that entity's figure of the metric before it.
    private func parallelWord(_ s: [Unicode.Scalar], clauseStart c: Int, number: NumberSpan, mentions: [EntityMention],
                              previous: (Lexicon.MetricWord, FactUnit)?, after previousEnd: Int) -> MetricWordMatch? {
        // (the entity stands after the figure before: 16个高新区…2893.8亿元、同比增长9.9% is one figure's rate)
        guard let (prev, unit) = previous, c > 0, unit == number.unit || number.unit == nil,
              let m = mentions.last(where: { $0.start >= max(c, previousEnd) && $0.end <= number.start }), isSubject(m, in: s) else { return nil }
        var word = prev
        word.second = nil
        word.needsProjects = false
        if word.label == .industry || word.label == .named { return nil }
        // (11家上市企业纷至沓来，光谷生物城已集聚企业450余家: a count whose clause names firms of its own counts
        // them, not the metric before)
        if number.unit == .count, lexicon.rules.firmNouns.contains(where: { ScalarText.find($0, in: s, from: m.end, to: number.start) != nil }) { return nil }
        return MetricWordMatch(word: word, start: m.end, end: m.end)
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

    /// A clause opening with 上年同期 / 去年同期: how many years back its figures lie.
    private func samePeriodShift(_ s: [Unicode.Scalar], clauseStart c: Int) -> Int? {
        for (word, offset) in lexicon.relativeYears where offset < 0 && ScalarText.matches(s, at: c, word) {
            if lexicon.rules.samePeriod.contains(where: { ScalarText.matches(s, at: c + word.count, $0) }) { return offset }
        }
        return nil
    }

    /// The sentence's last year that dates it (not a horizon, not a plan's) becomes the year in play.
    private func noteYearInPlay(_ s: [Unicode.Scalar], spans: [PeriodSpan], _ ctx: inout ArticleContext) {
        guard spans.contains(where: \.isAbsolute), let y = years.datingYears(in: s).last else { return }
        ctx.dates.yearInPlay = y
    }

    /// Whether a growth rate ending at `i` is measured against a year two or more before the year the
    /// sentence speaks of (与2018年相比，2021年…增长64%; 2021年…比2018年增长37%): a base year (`rule base-year`
    /// before it, or `rule compared-with` before it and `rule compared-tail` after it) among the sentence's
    /// times before the rate (`spans`), and a later year they (else the page) name.
    func comparesWithAnEarlierYear(_ s: [Unicode.Scalar], spans: [PeriodSpan], before i: Int, ctx: ArticleContext) -> Bool {
        var base: Int? = nil, later: Int? = nil
        for sp in spans where sp.end <= i {
            guard case .absolute(let y) = sp.year else { continue }
            let led = lexicon.rules.baseYearLeads.contains { ScalarText.endsWith(s, at: sp.start, $0) }
            let framed = lexicon.rules.comparedWith.contains { ScalarText.endsWith(s, at: sp.start, $0) }
                && lexicon.rules.comparedTails.contains { ScalarText.matches(s, at: sp.end, $0) }
            if led || framed { base = y; continue }
            var last = y
            if case .years(_, let b) = sp.shape { last = b }
            later = max(later ?? last, last)
        }
        guard let b = base, let y = later ?? ctx.dates.relativeBase else { return false }
        return y - b >= 2
    }

    /// Where a recent word (近日) that opens the sentence, or its lead after a byline's bracket
    /// (本报讯（通讯员…）近日，…), ends; nil when none does.
    private func recentLead(_ s: [Unicode.Scalar]) -> Int? {
        for w in lexicon.rules.recentWords {
            guard let k = ScalarText.find(w, in: s, from: 0, to: min(s.count, 30)) else { continue }
            // (近日，…; (记者 …)近日，…; or after the subject, in the sentence's first clause: 郑州高新区近日举行…)
            if k == 0 || s[k - 1] == ")" || s[k - 1] == "）" || !s[..<k].contains(where: ScalarText.isClauseBreak) { return k + w.count }
        }
        return nil
    }

    /// Whether a paragraph opens saying how it breaks something down (分行政区划来看，…; 从区域分布看，…;
    /// 分县市区、开发区看，…; `rule breakdown`): its counts by owner are parts of the set the article counted last.
    func opensWithBreakdown(_ t: [Unicode.Scalar]) -> Bool {
        lexicon.rules.breakdownLeads.contains { pair in
            guard ScalarText.matches(t, at: 0, pair.first) else { return false }
            var k = pair.first.count
            while k < min(t.count, 16) {
                if ScalarText.matches(t, at: k, pair.second), k + pair.second.count < t.count, ScalarText.isClauseBreak(t[k + pair.second.count]) { return true }
                // (a list of the kinds of owner between, 分县市区、开发区看, is still the lead's)
                if !ScalarText.isListBreak(t[k]), ScalarText.isClauseBreak(t[k]) || ScalarText.isSentenceEnd(t[k]) { return false }
                k += 1
            }
            return false
        }
    }

    /// The metric of a total of a set of projects counted as `counted`: what was signed or brought in totals
    /// the signed investment; started, completed or key projects, their investment.
    static func totalMetric(ofSetCounted counted: Metric) -> Metric {
        counted == .projects_signed || counted == .projects_introduced ? .signed_investment : .project_investment
    }

    /// The metric word right after an amount and 的 (完成150亿元的固定投资, 实现2亿元的税收), not a set of projects
    /// (总投资46亿元的8个项目 is the set's total), else nil.
    private func metricAfterPossessive(_ s: [Unicode.Scalar], number num: NumberSpan) -> MetricWordMatch? {
        guard let de = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: num.end, $0) }) else { return nil }
        let a = num.end + de.count
        var e = a
        while e < s.count && e - a < 12 && ScalarText.isHan(s[e]) { e += 1 }
        // (the word ends the noun: 5000万元的产业引导资金 is a fund, not an industry's output; or a predicate of
        // the figure closes it: 以850亿元的工业总产值位居全省第二)
        guard e > a, let m = metricWords.match(in: s, from: a, number: .mark(at: a), nounEnd: e), m.start == a,
              m.end == e || lexicon.rules.nounClosers.contains(where: { ScalarText.matches(s, at: m.end, $0) }),
              // (a pair only written as one word: 规上工业…总产值 in 规上工业总产值)
              m.word.second.map({ m.start + m.word.first.count + $0.count == m.end }) ?? true, !m.word.needsProjects, !m.word.metric.countsProjects, !m.word.outOfScope,
              m.word.label != .industry, m.word.label != .named else { return nil }
        return m
    }

    /// Whether an amount is told as a result measured so far: summed (累计 in its clause before it), compared with
    /// the same months a year before (同比 right after it: 完成投资142.4亿元，同比增长11.21%) or with the year's
    /// target (引进外资7469.39万美元，完成全年目标的83%).
    private func measuredSoFar(_ s: [Unicode.Scalar], number num: NumberSpan, clauseStart: Int) -> Bool {
        let after = min(s.count, num.end + Self.measureReach)
        // (the share reached, after a verb of a result: not 向3000亿元目标冲刺, the target itself)
        return lexicon.rules.cumulativeWords.contains { ScalarText.find($0, in: s, from: clauseStart, to: num.start) != nil }
            || lexicon.rules.yoyWords.contains { ScalarText.find($0, in: s, from: num.end, to: after) != nil }
            || lexicon.shareNouns.contains { noun in
                guard let j = ScalarText.find(noun, in: s, from: num.end, to: after) else { return false }
                return lexicon.rules.statementVerbs.contains { ScalarText.find($0, in: s, from: num.end, to: j) != nil }
            }
    }

    /// How far after an amount the word that measures it may stand (，同比增长; ，完成全年目标的: a mark, a verb, the word).
    static let measureReach = 8

    /// Whether a paragraph opens with a time still to come (下一步，…; 明年，…): it tells plans (rule plan-opening).
    /// Whether a sentence that gives no figure announces a set's event still to come (20日起，各地将集中开工一批重大项目): a
    /// plan's marker, then a set's verb (将集中开工, 即将签约), so the paragraph's figures after it, with no marker of their
    /// own, are of that event and a plan (全省一季度集中开工重大项目488个), never actuals.
    func announcesComingEvent(_ s: [Unicode.Scalar]) -> Bool {
        // (a set's verb first, rare in a sentence: where one stands, a plan's marker ending right before it or with it)
        let verbs = lexicon.rules.setVerbs.compactMap { v in ScalarText.find(v, in: s).map { (at: $0, verb: v) } }
        guard !verbs.isEmpty else { return false }
        // (no figure: a day or a month, 20日起, is none)
        let figures = s.indices.contains { k in
            ScalarText.isASCIIDigit(s[k]) && (k + 1 == s.count || !ScalarText.isASCIIDigit(s[k + 1]) && !CalendarMarks.isMark(s[k + 1]))
        }
        guard !figures else { return false }
        return verbs.contains { v in
            lexicon.kindMarkers.contains { m in
                m.kind == .target && (ScalarText.endsWith(s, at: v.at, m.word) || ScalarText.endsWith(s, at: v.at + v.verb.count, m.word))
            }
        }
    }

    func opensWithPlan(_ t: [Unicode.Scalar]) -> Bool {
        let k = t.firstIndex { !ScalarText.isSpace($0) } ?? t.count
        return lexicon.rules.planOpenings.contains { ScalarText.matches(t, at: k, $0) }
    }

    /// The year a paragraph opens with as a plan's horizon (到2025年，…: rule horizon), else nil.
    func horizonYear(_ t: [Unicode.Scalar]) -> Int? {
        let k = t.firstIndex { !ScalarText.isSpace($0) } ?? t.count
        guard let lead = lexicon.rules.horizonLeads.first(where: { ScalarText.matches(t, at: k, $0) }) else { return nil }
        let y = k + lead.count
        guard let year = DatelineRecognizer.year(t, at: y), y + 5 < t.count, t[y + 4] == CalendarMarks.year,
              ScalarText.isClauseBreak(t[y + 5]) else { return nil }
        return year
    }

    /// The kind a list's lead line gives the numbered items under it (2015年预计主要经济指标完成：⏎1、规模以上工业
    /// 总产值567亿元…: estimates): a line ending in a colon that holds a kind marker; not a lead of outcomes
    /// (主要目标完成情况：, `rule outcome-noun`).
    func listLeadKind(_ t: [Unicode.Scalar]) -> FactKind? {
        guard endsWithColon(t), let last = t.lastIndex(where: { !ScalarText.isSpace($0) }),
              !lexicon.rules.outcomeNouns.contains(where: { ScalarText.find($0, in: t, from: 0, to: last) != nil }) else { return nil }
        return kindMarkers(Array(t[..<last]), firstFigure: last).last(where: { $0.1 != nil })?.1
    }

    /// Where the sentence's opening clause ends when it frames a set of projects (…项目中，: 项目 and a frame's end closing
    /// it, 新开工项目中，在省重点四类项目中，), else nil.
    func setFrameEnd(_ s: [Unicode.Scalar]) -> Int? {
        guard let project = lexicon.rules.projectNoun else { return nil }
        let e = ScalarText.clauseEnd(s, from: 0)
        guard e < s.count, e > project.count, lexicon.rules.frameEnds.contains(s[e - 1]), ScalarText.endsWith(s, at: e - 1, project) else { return nil }
        return e
    }

    /// Whether a colon stands at `k`, after one of `frameCopulas` or none (目标为：, 目标：): what stands before it
    /// announces the list after it.
    func announcesList(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        let c = lexicon.rules.frameCopulas.first(where: { ScalarText.matches(s, at: k, $0) })?.count ?? 0
        return k + c < s.count && (s[k + c] == "：" || s[k + c] == ":")
    }

    /// Whether a paragraph ends in a colon: the lead of what follows it.
    func endsWithColon(_ t: [Unicode.Scalar]) -> Bool {
        t.last(where: { !ScalarText.isSpace($0) }).map { $0 == ":" || $0 == "：" } ?? false
    }

    /// Whether a paragraph opens with an item's number (1、…, 2．…, (3)…, （一）…; not 1.5亿元).
    func opensWithItemNumber(_ t: [Unicode.Scalar]) -> Bool {
        var k = t.firstIndex { !ScalarText.isSpace($0) } ?? t.count
        let bracketed = k < t.count && (t[k] == "(" || t[k] == "（")
        if bracketed { k += 1 }
        let a = k
        while k < t.count && k - a < 3 && (ScalarText.isASCIIDigit(t[k]) || ChineseNumeral.isNumeral(t[k])) { k += 1 }
        guard k > a, k < t.count else { return false }
        if bracketed { return t[k] == ")" || t[k] == "）" }
        // (digits right after a number in digits, 1.5亿元 or 3、4月, are no item's; after one in words they are its
        // text: 一、2014年工作回顾)
        return lexicon.rules.itemNumberEnds.contains(t[k]) && !(ScalarText.isASCIIDigit(t[a]) && k + 1 < t.count && ScalarText.isASCIIDigit(t[k + 1]))
    }

    /// Whether a year written at `span` is inside the name of an event (举行2020年招商项目视频签约仪式: a year in
    /// digits inside its clause, before one of `eventNouns`): the event's edition, not the time of its figures
    /// (not one opening its clause, 今年，…召开招商大会后: the time of what the clause tells).
    /// (6月1日，自贡市2017年第六批33个重大项目集中开工: or the batch a set verb of projects handled together,
    /// `handledTogether` words, closes the clause of: the year names the batch, the day dates it)
    static func namesEvent(_ span: PeriodSpan, in s: [Unicode.Scalar], eventNouns: [[Unicode.Scalar]],
                           handledTogether: [[Unicode.Scalar]] = [], eventYear: Int? = nil) -> Bool {
        // (so is a part of a year there, the batch an event held on a day gathers: 8月3日，…举行的2023年三季度重点项目
        // 集中开工仪式上，…53个重点项目集中开工, projects of August)
        // (or the year opens the sentence and the name runs on from it: 2023年南京市重大招商项目签约活动2月4日举行; or a
        // clause, the year the event was dated in: 3月31日，2020年上海市重大产业项目集中签约活动举行, not another year's event,
        // 10月22日，…吹风会上…；2024年全球招商大会签约…)
        // (the name running on in words or in quotes: 2025年“开门红”重大项目集中签约…)
        let runsOn = span.end < s.count && (ScalarText.isHan(s[span.end]) || ScalarText.isOpeningQuote(s[span.end]))
        // (a news lead's credit in brackets closing right before it opens the clause too: 中新社上海2月20日电 (记者 李姝徵)2025年…)
        let opensClause = span.start > 0 && (ScalarText.isClauseBreak(s[span.start - 1]) || s[span.start - 1] == ")" || s[span.start - 1] == "）")
        let opensClauseOfEventYear = opensClause && runsOn && eventYear.map { span.year == .absolute($0) } == true
        guard span.shape == .months(1, 12) && span.isAbsolute || span.shape.isPartOfAYear,
              span.start > 0 ? ScalarText.isHan(s[span.start - 1]) || opensClauseOfEventYear : runsOn else { return false }
        let end = ScalarText.clauseEnd(s, from: span.end)
        return eventNouns.contains { ScalarText.find($0, in: s, from: span.end, to: end) != nil }
            || handledTogether.contains { ScalarText.endsWith(s, at: end, $0) }
    }

    /// Whether a paragraph opens with a part word as its own clause (其中，…): it goes on with the
    /// paragraph before.
    func opensWithPart(_ t: [Unicode.Scalar]) -> Bool {
        lexicon.subsetWords.contains { w in w.count < t.count && ScalarText.matches(t, at: 0, w) && ScalarText.isClauseBreak(t[w.count]) }
    }

    /// Whether the sentence before `i` holds a set verb of projects handled together (集中启动, 集中签约).
    private func handledTogether(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        lexicon.rules.togetherWords.contains { w in
            var from = 0
            while let q = ScalarText.find(w, in: s, from: from, to: i) {
                if lexicon.rules.setVerbs.contains(where: { ScalarText.matches(s, at: q + w.count, $0) }) { return true }
                from = q + 1
            }
            return false
        }
    }

    /// 为进一步聚焦年度目标任务，全面加快…，4月22日，宿迁市举行…集中开工活动: a sentence opening with what the work is
    /// for (`rule purpose-lead`), then a clause opening with a day: that day leads the sentence.
    private func dayAfterPurpose(_ s: [Unicode.Scalar]) -> (year: Int?, month: Int, day: Int)? {
        guard lexicon.rules.purposeLeads.contains(where: { ScalarText.matches(s, at: 0, $0) }) else { return nil }
        for c in s.indices where c > 0 && ScalarText.isClauseBreak(s[c - 1]) && ScalarText.isASCIIDigit(s[c]) {
            if let lead = datelines.leadDay(in: Array(s[c...])) { return lead }
        }
        return nil
    }

    /// Whether a paragraph opens speaking of the event told before (此次活动中, 本次签约的…).
    func speaksOfThisEvent(_ t: [Unicode.Scalar]) -> Bool {
        // (past a short lead of its own: 据了解，参与此次签约的15个项目…; 据悉，本次…; or past a clause telling whose report it
        // passes on, 据「大江资讯」报道，此次签约…)
        let attributed = lexicon.rules.attributionLeads.contains { ScalarText.matches(t, at: 0, $0) }
        let opening = t.prefix(attributed ? 20 : 6).firstIndex(where: ScalarText.isClauseBreak).map { $0 + 1 } ?? 0
        return [0, opening].contains { from in
            lexicon.rules.thisEventWords.contains { w in ScalarText.find(w, in: t, from: from, to: min(t.count, from + w.count + 4)) != nil }
                || opensWithEventNoun(t, at: from)
        }
    }

    /// The time of the event a lead's day opens (its sentence `s`): the day's month, whatever months its name
    /// holds (2月18日，…举办2024年一季度重点项目集中开工活动: February, the month the projects started in, as readers
    /// date them; the quarter names the batch). A day that dates only the report of an event held 近日
    /// (新华网南京7月2日电 …近日举行了2020年第二季度重大项目集中签约暨竣工仪式) leaves the months its name holds.
    func eventTime(of lead: (year: Int?, month: Int, day: Int), in s: [Unicode.Scalar], spans: [PeriodSpan], ctx: ArticleContext) -> Period? {
        // (15日，记者从市统计局获悉，…: the day the news was told, where the sentence names no event)
        if toldNews(s) != nil, !lexicon.rules.eventNouns.contains(where: { ScalarText.find($0, in: s) != nil }) { return nil }
        guard let day = eventMonth(of: lead, ctx: ctx) else { return nil }
        guard lexicon.rules.recentWords.contains(where: { ScalarText.find($0, in: s) != nil }) else { return day }
        return namedEventTime(s, spans: spans, from: 0, year: day.end.year, ctx: ctx) ?? day
    }

    /// Where the clause in which the reporter says how the news was learned ends (15日，记者从市统计局获悉，…;
    /// `rule news-source`, within the sentence's opening clauses), nil when none does.
    func toldNews(_ s: [Unicode.Scalar]) -> Int? {
        let limit = min(s.count, 40)
        guard let k = lexicon.rules.newsSources.compactMap({ w in ScalarText.find(w, in: s, from: 0, to: limit).map { $0 + w.count } }).min(),
              k < s.count, ScalarText.isClauseBreak(s[k]) else { return nil }
        return k
    }

    /// The months an event's name holds (1月份重大项目“一月一签约”活动, 2024年二季度重点项目集中开工仪式,
    /// 一季度扩大有效投资项目集中开工活动): a time after `r`, in the same clause as the event noun after it
    /// (`rule event-noun`), and short of a whole year (2024年第二批项目集中签约活动 names no months). As any
    /// time written later in a paragraph, it dates the figures after it rather than the day the lead
    /// wrote before it; with no year of its own it is of the year the event was held in (`year`).
    func namedEventTime(_ s: [Unicode.Scalar], spans: [PeriodSpan], from r: Int, year: Int?, ctx: ArticleContext) -> Period? {
        // (after a lead's day, any such time its sentence writes: 2月18日，…举办2024年一季度重点项目集中开工活。)
        // (of events joined by 暨, the one whose name holds the time: 人才安居宣传月启动仪式暨6月份重点项目签约仪式)
        var nouns: [Int] = []
        for w in lexicon.rules.eventNouns {
            var k = r
            while let at = ScalarText.find(w, in: s, from: k, to: s.count) { nouns.append(at); k = at + w.count }
        }
        if nouns.isEmpty, r == 0 { nouns = [s.count] }
        for noun in nouns.sorted() {
            guard var span = spans.last(where: { $0.start >= r && $0.end < noun && $0.shape.isPartOfAYear }),
                  !s[span.end..<noun].contains(where: ScalarText.isClauseBreak) else { continue }
            if !span.isAbsolute, let year { span.year = .absolute(year) }
            return PeriodResolver.resolve(span, context: ctx.dates)
        }
        return nil
    }

    /// A day opening a paragraph (2月18日，高新区举办…集中开工活动。此次共开工32个项目; 本报讯（记者…）
    /// 2月19日，…; 人民网合肥8月21日电: `DatelineRecognizer.leadDay`): the event's month, in the year it
    /// writes or the article's; the period of the paragraph's figures that name no time of their own.
    func eventMonth(of lead: (year: Int?, month: Int, day: Int), ctx: ArticleContext) -> Period? {
        if let y = lead.year { return Period.months(y, lead.month, lead.month) }
        return PeriodResolver.resolve(PeriodSpan(start: 0, end: 0, year: .implicit, shape: .months(lead.month, lead.month)), context: ctx.dates)
    }

    /// 在今年6月初挂旗出征的全区15个专业招商部门: a time after 在 (`rule topic-lead`) whose clause goes on
    /// past a verb to 的 (`rule possessive`) describes the noun after 的; the sentence's figures are
    /// not of that time. (在今年1-6月的经济运行中: 的 right after the time names the time itself.)
    static func attributiveTime(_ span: PeriodSpan, in s: [Unicode.Scalar], clauseEnd: Int,
                                leads: [[Unicode.Scalar]], possessives: [[Unicode.Scalar]],
                                describesFigure: (Int) -> Bool = { _ in false }) -> Bool {
        // the lead right before the time, or before who acted then (在科技部火炬中心7月公布的…排名中)
        var k = span.start
        while !leads.contains(where: { ScalarText.endsWith(s, at: k, $0) }) {
            guard k > 0, span.start - k < 10, ScalarText.isHan(s[k - 1]) else { return false }
            k -= 1
        }
        var i = span.end + 1
        while i < clauseEnd {
            if ScalarText.isASCIIDigit(s[i]) { return false }
            if let de = possessives.first(where: { ScalarText.matches(s, at: i, $0) }) { return !describesFigure(i + de.count) }
            i += 1
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

    /// The period a heading names (its last time expression with months), resolved in `ctx`.
    /// The month of a monthly bulletin's headline (2020年10月全区经济运行情况), else nil.
    func bulletinMonth(_ t: [Unicode.Scalar], ctx: ArticleContext) -> YearMonth? {
        guard lexicon.rules.monthlyBulletinWords.contains(where: { ScalarText.find($0, in: t) != nil }),
              let p = headingPeriod(t, ctx: ctx), let start = p.start, start == p.end else { return nil }
        return start
    }

    func headingPeriod(_ t: [Unicode.Scalar], ctx: ArticleContext) -> Period? {
        headingPeriodAndYear(t, ctx: ctx)?.period
    }

    /// The headline's period, and whether the headline writes its year (高新区2011年…统计公报, 今年一季度)
    /// rather than leaving it to the article's date (第二季度重大项目集中签约).
    func headingPeriodAndYear(_ t: [Unicode.Scalar], ctx: ArticleContext) -> (period: Period, yearWritten: Bool)? {
        let spans = recognizePeriods(t)
        let years = Set(spans.compactMap { if case .absolute(let y) = $0.year { return y }; return nil })
        // (a headline naming two years, 2024年经济社会发展情况及2025年重点工作, reports on the first and plans the
        // next: the figures it speaks of without a time are the first's)
        for span in years.count >= 2 ? spans : spans.reversed() {
            var span = span
            if span.year == .implicit, let y = spans.last(where: { $0.end <= span.start && $0.isAbsolute }) { span.year = y.year }
            // (a headline naming two years, 2023年工作总结和2024年工作安排, dates no figure by its year)
            if let p = PeriodResolver.resolve(span, context: ctx.dates), p.start != nil { return (p, span.year != .implicit && years.count <= 1) }
        }
        return nil
    }

    /// Whether a subject is named within `from..<to` of `s` (the owner of a part after 其中).
    private func namesOwner(_ mentions: [EntityMention], in s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        mentions.contains { $0.start > from && $0.end <= to && isSubject($0, in: s) }
    }

    /// Whether an item of a list at `i` opens a statement of its own: with a verb of a result (实现, 完成),
    /// a stock of the day (现有), an increment (新增, 新认定) or a time.
    private func opensStatement(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        lexicon.rules.statementVerbs.contains(where: { ScalarText.matches(s, at: i, $0) })
            || lexicon.rules.nowWords.contains(where: { ScalarText.matches(s, at: i, $0) })
            || lexicon.incrementWords.contains(where: { ScalarText.matches(s, at: i, $0.word) })
            || opensWithTime(s, at: i)
    }

    /// Whether a time opens the clause at `i` (…；上半年到位省外资金35.2亿元: a statement of its own).
    private func opensWithTime(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        timeOpening(s, at: i) != nil
    }

    /// The time that opens the text at `i` (上半年, 1-6月, 年底), if any.
    private func timeOpening(_ s: [Unicode.Scalar], at i: Int) -> PeriodSpan? {
        guard i < s.count, periodFirst.contains(s[i]) || ScalarText.isASCIIDigit(s[i]) else { return nil }
        return periods.recognize(Array(s[i..<min(s.count, i + 12)])).first { $0.start == 0 }
    }

    /// Whether a clause after the ； at `i` and before its first figure opens with a time (…；推进农旅资源
    /// 开发，今年共引进项目5个: what the year did, a statement of its own).
    private func timedClause(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        var k = i + 1
        while k < s.count, !lexicon.scopeEnds.contains(s[k]), !ScalarText.isSentenceEnd(s[k]) {
            if ScalarText.isASCIIDigit(s[k]) { return false }
            if ScalarText.isClauseBreak(s[k]), opensWithTime(s, at: k + 1) { return true }
            k += 1
        }
        return false
    }

    /// Whether the space at `i` separates two phrases of a line (Han text or figures on both sides, no clause mark), as
    /// summaries and headlines separate their statements; not a space a copy left inside a phrase (营业(ye) 收入).
    private func separatesPhrases(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var a = i, b = i
        while a > 0 && ScalarText.isSpace(s[a - 1]) { a -= 1 }
        while b < s.count && ScalarText.isSpace(s[b]) { b += 1 }
        guard a > 0, b < s.count else { return false }
        func phrase(_ u: Unicode.Scalar) -> Bool { ScalarText.isHan(u) || ScalarText.isASCIIDigit(u) || u == "%" }
        return phrase(s[a - 1]) && phrase(s[b])
    }

    /// Kind markers in order: (position after the marker, kind); nil kind resets to actual.
    ///
    /// A marker governs its clause and the list that follows it, up to a semicolon or the end of
    /// the sentence (力争全年…增长7%，…突破460亿元，实际使用外资2.3亿美元: three targets). A reset word
    /// (已, 实际) that opens a metric word is that word, not a reset (实际使用外资); a marker word
    /// inside a share reached (完成年度目标的120%) names the target, not the figure's kind.
    private func kindMarkers(_ s: [Unicode.Scalar], firstFigure: Int) -> [(Int, FactKind?)] {
        var out: [(Int, FactKind?)] = []
        // (a marker's scope closed ahead of the markers after it, by its brackets or its clause: `out` is sorted again
        // at the end)
        var closedAhead = false
        var i = markerOrSpaceFirst.firstIndex(in: s, from: 0, to: s.count)
        // (a statement after ； that opens with a marker of its own: the writer marks each statement, and the
        // marker before all figures no longer governs a later one that has none)
        var statementStart = -1
        var statementMarked = false
        while i < s.count {
            defer { i = markerOrSpaceFirst.firstIndex(in: s, from: i + 1, to: s.count) }
            // (a space between two phrases, as a summary or a headline separates its statements, ends a marker's scope:
            // 上半年的高新区目标再攀高 全员冲锋全力攻坚 1~8月，高新区新增外资项目61个 are done)
            if ScalarText.isSpace(s[i]) {
                if separatesPhrases(s, at: i), out.last?.1 != nil { out.append((i + 1, nil)); statementStart = i + 1; statementMarked = false }
                continue
            }
            // ；ends the scope of a marker that came after a figure (…填报7.4亿元，预计全年完成8.1亿；
            // 新增授权发明专利213件): the sentence mixes kinds, each statement has its own; a marker
            // before all figures governs the sentence (预计完成GDP108.8亿元…；规上工业总产值540亿元)
            // (…；实现工业增加值108亿元: a clause opening with its own verb is a statement of its own too)
            if lexicon.scopeEnds.contains(s[i]) {
                // (…预计达到420亿元…；现有高新技术企业436家: a stock of the day opens a statement of its own too)
                let opensStatement = lexicon.rules.statementVerbs.contains(where: { ScalarText.matches(s, at: i + 1, $0) })
                    || lexicon.rules.nowWords.contains(where: { ScalarText.matches(s, at: i + 1, $0) })
                if let last = out.last, last.1 != nil, last.0 > firstFigure || opensStatement || opensWithTime(s, at: i + 1) || timedClause(s, after: i) {
                    // (back to the marker before all figures, where one governs the list: 主要目标是：…；地区生产总值
                    // 820亿元以上，力争达到870亿元；工业增加值360亿元以上 are all targets)
                    // (预计全年分别增长29.5%、24%；预计全年完成…128.1亿元；…36个项目开工 : the third is done)
                    let outer = last.0 > firstFigure && !opensWithTime(s, at: i + 1) && !opensStatement && !statementMarked
                        ? out.last(where: { $0.0 <= firstFigure })?.1 : nil
                    out.append((i + 1, outer))
                }
                statementStart = i + 1
                statementMarked = false
                continue
            }
            for m in lexicon.kindMarkers where ScalarText.matches(s, at: i, m.word) {
                if i > 0 && m.cancelledAfter.contains(s[i - 1]) { continue }
                // (right after a quoted name, the aim so named: 锚定“产业强区”目标再发力，全年排定…项目26个;
                // 围绕“重大项目强化攻坚年”目标任务)
                if i > 0 && ScalarText.isClosingQuote(s[i - 1]) { continue }
                // 年度计划投资: the word says its own kind and governs nothing after it; 计划总投资:
                // a marker inside a metric word is part of its name
                if kindedWords.contains(where: { ScalarText.find($0, in: s, from: max(0, i - $0.count), to: min(s.count, i + $0.count + m.word.count)) != nil })
                    || (markerHosts[m.word] ?? []).contains(where: { ScalarText.find($0, in: s, from: max(0, i + m.word.count - $0.count), to: min(s.count, i + $0.count)) != nil }) {
                    continue
                }
                if lexicon.shareNouns.contains(where: { $0 == m.word }),
                   lexicon.shareVerbs.contains(where: { ScalarText.find($0, in: s, from: max(0, i - 6), to: i) != nil }) { continue }
                // 制定全年项目投资计划；…, 超额完成年度目标，实现…: a marker that ends its clause is the plan
                // named as a thing, and governs nothing after it (not 目标：…, which announces the targets)
                let after = i + m.word.count
                // (but an estimate's verb opening its clause, a lead of its own, governs what follows: 初步预计，地区生产总值
                // 增长7%以上；规上工业增加值增长22%; not 好于预计，…)
                // (`rule estimate-lead`)
                func leadsItsClause() -> Bool {
                    let clauseOpen = ScalarText.clauseStart(s, before: i)
                    return clauseOpen == i || lexicon.rules.estimateLeads.contains { clauseOpen + $0.count == i && ScalarText.matches(s, at: clauseOpen, $0) }
                }
                if after < s.count, s[after] == "，" || s[after] == "," || lexicon.scopeEnds.contains(s[after]) || ScalarText.isSentenceEnd(s[after]),
                   !(m.kind == .estimate && (s[after] == "，" || s[after] == ",") && leadsItsClause()) { continue }
                // (冲刺2025全年目标动员大会暨一季度招商项目集中签约仪式，…36个项目集中签约: a marker in an event's name, a
                // few characters before the event's noun, names the event and governs nothing)
                if let e = (after..<min(s.count, after + Self.eventNameTail)).first(where: { k in
                       lexicon.rules.eventNouns.contains { ScalarText.matches(s, at: k, $0) } }),
                   s[after..<e].allSatisfy(ScalarText.isHan) { continue }
                let before = out.last?.1
                // (为进一步聚焦年度目标任务，…，4月22日，…开工重大产业项目112个: a marker in a clause that says what the work
                // is for is the aim pursued, its own clause's at most; the clauses after it keep the kind before it,
                // rule purpose-lead)
                if lexicon.rules.purposeLeads.contains(where: { ScalarText.matches(s, at: ScalarText.clauseStart(s, before: i), $0) }) {
                    out.append((after, m.kind))
                    let e = ScalarText.clauseEnd(s, from: i)
                    if e < s.count { out.append((e + 1, before)); closedAhead = true }
                    continue
                }
                // (预计2002年工业生产总值将达1030亿元: a future 将… under an estimate before it is the estimate's)
                out.append((i + m.word.count, before == .estimate && lexicon.yieldingMarkers.contains(m.word) ? .estimate : m.kind))
                if i == statementStart { statementMarked = true }
                // (right after its clause's metric word, 全年涉软产业产值预计突破700亿元，引进重点项目36个: a marker of that
                // figure alone; the clauses after it keep the kind before it)
                // (not a marker after its figure, 137个重点项目将陆续开工，总投资136.61亿元: the set and its total are to come)
                let c = ScalarText.clauseStart(s, before: i)
                if c > 0 || firstFigure > i, let w = metricWord(in: s, from: c, endingAt: i), w.end == i, !w.word.outOfScope,
                   !Self.inBrackets(i, of: s), !s[c..<i].contains(where: ScalarText.isASCIIDigit) {
                    let e = ScalarText.clauseEnd(s, from: i)
                    if e < s.count, !ScalarText.isSentenceEnd(s[e]) { out.append((e + 1, before)); closedAhead = true }
                }
                // (a marker in brackets governs to their close: 实施…思路(确立…“2大目标”，…)，全年引进重点产业项目518个
                // is done; the kind before the brackets holds again after them)
                if Self.inBrackets(i, of: s), let close = s[after...].firstIndex(of: ")"), let open = s[..<i].lastIndex(of: "(") {
                    out.append((close + 1, out.last(where: { $0.0 <= open })?.1))
                    closedAhead = true
                }
            }
            for r in lexicon.resetMarkers where ScalarText.matches(s, at: i, r) {
                if lexicon.metricWords.contains(where: { $0.second == nil && $0.first.count > r.count && ScalarText.matches(s, at: i, $0.first) }) { continue }
                out.append((i + r.count, nil))
            }
        }
        return closedAhead ? out.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element) : out
    }

    /// A marker that stands after the figure in its clause and still governs it (8个项目即将签约).
    private func postMarker(_ s: [Unicode.Scalar], after num: NumberSpan) -> FactKind? {
        var j = num.end
        while j < s.count && !ScalarText.isClauseBreak(s[j]) && !ScalarText.isSentenceEnd(s[j]) {
            for m in lexicon.postMarkers where ScalarText.matches(s, at: j, m.word) { return m.kind }
            j += 1
        }
        return nil
    }

    /// Whether a share's noun, with its verb before it, ends right before `i` (完成年度目标|6亿元).
    private func shareNounEnds(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let j = skipFillers(s, i)
        guard let noun = lexicon.shareNouns.first(where: { ScalarText.endsWith(s, at: j, $0) }) else { return false }
        let nounStart = j - noun.count
        return lexicon.shareVerbs.contains { ScalarText.find($0, in: s, from: max(0, nounStart - 6), to: nounStart) != nil }
    }

    /// 完成年度目标6亿元的131%: the rate after a target written inside a share expression is that
    /// target's share reached, and the share of the actual figure before it: (the facts to mark).
    private func targetShareFigure(_ s: [Unicode.Scalar], before i: Int, nums: [NumberSpan], lastFigureFact: Int?,
                                   sentenceFacts: [Int], ctx: ArticleContext) -> [Int]? {
        var j = skipFillers(s, i)
        guard let de = lexicon.rules.possessives.first(where: { ScalarText.endsWith(s, at: j, $0) }), let f = lastFigureFact else { return nil }
        j -= de.count
        guard let n = nums.last(where: { $0.end == j }), n.unit != .percent, shareNounEnds(s, at: n.start) else { return nil }
        var out = [f]
        if let a = sentenceFacts.last(where: { $0 != f && ctx.facts[$0].metric == ctx.facts[f].metric && ctx.facts[$0].kind == .actual }) { out.append(a) }
        return out
    }

    /// The kind the last marker before a figure gives it, if any. (2022年光谷GDP目标出炉了，2021年武汉光谷地区生产总值
    /// 突破2400亿元: a clause opening with a year already over when the article was written reports what that
    /// year did; a plan marked in an earlier clause is not its.)
    private func markedKind(_ markers: [(Int, FactKind?)], _ s: [Unicode.Scalar], number num: NumberSpan, clauseStart cStart: Int,
                            spans: [PeriodSpan], _ ctx: ArticleContext) -> FactKind? {
        guard let marker = markers.last(where: { $0.0 <= num.start }) else { return nil }
        if marker.1 == .target, marker.0 < cStart, let now = ctx.dates.date?.year, spans.contains(where: { sp in
            guard sp.start == cStart, case .absolute(let y) = sp.year else { return false }
            return y < now && !s[sp.end..<num.start].contains(where: lexicon.scopeEnds.contains)
        }) {
            return .actual
        }
        return marker.1
    }

    /// The share of its target a figure reached, written at `i`. (截至11月底，…累计完成投资98.92亿元，占年度投资计划的
    /// 118.2%: an amount summed up to a month's end, a stock at that date, that is measured against the year's
    /// plan is the year's, from January.)
    private func recordTargetShare(_ pct: Double, of k: Int, _ s: [Unicode.Scalar], shareAt i: Int, _ ctx: inout ArticleContext) {
        ctx.facts[k].targetPct = pct
        let f = ctx.facts[k]
        guard f.metric.accruesOverMonths || f.metric == .annual_investment, let p = f.period, p.start == nil,
              lexicon.rules.wholeYearWords.contains(where: { ScalarText.find($0, in: s, from: max(0, i - 10), to: i) != nil }) else { return }
        ctx.facts[k].period = Period(start: YearMonth(p.end.year, 1), end: p.end)
    }

    /// The metric of a target written inside a share expression (完成年度目标6亿元的131%): the
    /// figure before it in the sentence, whose target it is.
    private func shareTargetWord(_ s: [Unicode.Scalar], number: NumberSpan, previous: Fact,
                                 previousWord: (Lexicon.MetricWord, FactUnit)?) -> MetricWordMatch? {
        guard let (w, u) = previousWord, u == number.unit, shareNounEnds(s, at: number.start) else { return nil }
        return reused(w, kind: nil, at: number)
    }

    /// Whether only 同比 and the like stand between a word and the growth at `g` (稀土产业同比增长22.2%;
    /// not 稀土产业增加值同比增长22.2%, where the rate measures a thing the word does not name).
    private func growthRightAfter(_ mw: MetricWordMatch, at g: Int, in s: [Unicode.Scalar]) -> Bool {
        var k = mw.end
        while k < g, let w = lexicon.rules.yoyWords.first(where: { ScalarText.matches(s, at: k, $0) }) { k += w.count }
        return k == g
    }

    /// The metric word of the figure before, serving `number` with `kind` (none for an industry's
    /// output: its label stands before the word, not before this figure).
    private func reused(_ w: Lexicon.MetricWord, kind: FactKind?, at number: NumberSpan) -> MetricWordMatch? {
        var word = w
        word.second = nil
        word.needsProjects = false
        word.kind = kind
        if word.label == .industry || word.label == .named { return nil }
        return MetricWordMatch(word: word, start: number.start, end: number.start)
    }

    /// 上报到位资金36亿元(任务数34亿元), 引进企业21家（目标18家）: a figure in a bracket opened by a
    /// target word, right after another figure, is that figure's target (its metric word, kind target).
    private func bracketTargetWord(_ s: [Unicode.Scalar], number: NumberSpan, after previousEnd: Int,
                                   previousWord: (Lexicon.MetricWord, FactUnit)?) -> MetricWordMatch? {
        guard let (w, u) = previousWord, u == number.unit, previousEnd < number.start else { return nil }
        var i = previousEnd
        while i < number.start && ScalarText.isSpace(s[i]) { i += 1 }
        guard i < number.start, s[i] == "(" else { return nil }
        i += 1
        guard let t = lexicon.rules.bracketTargets.first(where: { ScalarText.matches(s, at: i, $0) }), skipFillers(s, number.start) <= i + t.count else { return nil }
        return reused(w, kind: .target, at: number)
    }

    /// 地区生产总值从2014年的211亿元增长到2017年的297亿元, GDP由1.35亿元增长到875亿元: the figure a change
    /// leads to (增长到, 至), right after the figure it started from (从, 由), is of that figure's metric. A
    /// time of either may stand between, as an attribute (2017年的, 现在的).
    private func changeEndWord(_ s: [Unicode.Scalar], number: NumberSpan, from before: NumberSpan,
                               previousWord: (Lexicon.MetricWord, FactUnit)?) -> MetricWordMatch? {
        guard let (w, u) = previousWord, u == number.unit, before.unit == number.unit else { return nil }
        /// Whether `s[a..<b]` is empty or a short attribute (2017年的) with no break.
        func attributeOrNothing(_ a: Int, _ b: Int) -> Bool {
            guard a < b else { return a == b }
            return b - a <= 10 && !s[a..<b].contains(where: { ScalarText.isClauseBreak($0) || ScalarText.isSentenceEnd($0) })
                && lexicon.rules.possessives.contains { ScalarText.endsWith(s, at: b, $0) }
        }
        var i = before.end
        while i < number.start && ScalarText.isSpace(s[i]) { i += 1 }
        // (a comma may stand between: 从2012年的不足2万家，增至11.5万家)
        if i < number.start, s[i] == "，" || s[i] == "," { i += 1 }
        guard let to = lexicon.rules.changeToWords.first(where: { ScalarText.matches(s, at: i, $0) }),
              attributeOrNothing(i + to.count, skipFillers(s, number.start)) else { return nil }
        let start = skipFillers(s, Self.writtenStart(before, in: s))
        let lo = max(0, start - 12)
        // (or the year compared with alone: 由上年336家增加到378家)
        func yearComparedWith(_ a: Int) -> Bool { lexicon.comparisonWords.contains { a + $0.count == start && ScalarText.matches(s, at: a, $0) } }
        guard (lo..<start).contains(where: { j in
                  lexicon.rules.changeFromWords.contains { ScalarText.matches(s, at: j, $0) && (attributeOrNothing(j + $0.count, start) || yearComparedWith(j + $0.count)) }
              }) else { return nil }
        return reused(w, kind: nil, at: number)
    }

    enum ChangeEnd { case from, to }

    /// Whether `num` is where a change starts (从1.46亿元, right before the verb that leads on: 增加到) or
    /// where it ends (the figure right after that verb, 增加到近1300亿元); nil when it is neither.
    func changeEnd(of num: NumberSpan, in s: [Unicode.Scalar]) -> ChangeEnd? {
        if isChangeStart(num, in: s) { return .from }
        // (the sentence's numbers are read again only here: a span of years before a change is rare)
        var malformed: [MalformedNumber] = []
        let nums = numbers.recognize(s, malformed: &malformed)
        if let k = nums.lastIndex(where: { $0.end <= num.start }), nums[k].unit == num.unit, startsChange(nums[k], in: s),
           let e = changeLeadsOn(nums[k], in: s), e == skipFillers(s, Self.writtenStart(num, in: s)) { return .to }
        return nil
    }

    /// Whether `num` is where a change starts: a change-from word right before it, a change-to verb right after it
    /// (从1.46亿元增加到…, 由上年336家增加到…). Cheap: the sentence's numbers are not read again.
    func isChangeStart(_ num: NumberSpan, in s: [Unicode.Scalar]) -> Bool {
        startsChange(num, in: s) && changeLeadsOn(num, in: s) != nil
    }

    /// Whether a change-from word stands right before `n` (从, 由; fillers between: 从近2万家; or a word of the year
    /// compared with between: 由上年336家增加到378家).
    private func startsChange(_ n: NumberSpan, in s: [Unicode.Scalar]) -> Bool {
        var start = skipFillers(s, Self.writtenStart(n, in: s))
        if let w = lexicon.comparisonWords.first(where: { ScalarText.endsWith(s, at: start, $0) }) { start -= w.count }
        return lexicon.rules.changeFromWords.contains { ScalarText.endsWith(s, at: start, $0) }
    }

    /// Where a change-to word right after `n` ends (增加到), else nil.
    private func changeLeadsOn(_ n: NumberSpan, in s: [Unicode.Scalar]) -> Int? {
        var i = n.end
        while i < s.count && ScalarText.isSpace(s[i]) { i += 1 }
        return changeToVerbs.first { ScalarText.matches(s, at: i, $0) }.map { i + $0.count }
    }

    /// For 全年 written without a year (and no year written before it in its sentence, `spans`): the year
    /// whose whole the text put in play (2015年，…), when the page is dated in it or in the first quarter of
    /// the year after (a review of the year just ended), or bears no date; nil otherwise.
    private func wholeYearInPlay(for span: PeriodSpan, after spans: [PeriodSpan], _ ctx: ArticleContext) -> Int? {
        guard span.year == .implicit, span.shape == .months(1, 12),
              !spans.contains(where: { $0.end <= span.start && $0.year != .implicit }),
              let p = ctx.periodInPlay, let start = p.start, start.month == 1, p.end.month == 12, start.year == p.end.year else { return nil }
        let y = p.end.year
        guard let d = ctx.dates.date, let m = d.month else { return ctx.dates.date == nil ? y : nil }
        return y == d.year || y == d.year - 1 && m <= 3 ? y : nil
    }

    /// Whether only a reach word (达, 达到), after a clause break or right after the rate, stands
    /// between a growth rate and `number` (GDP同比增长8.1%，达3332.55亿元; 社会消费品零售额同比增长25%达305亿元).
    private func reachesAfterRate(_ s: [Unicode.Scalar], rateEnd: Int, number: NumberSpan) -> Bool {
        var i = rateEnd
        while i < number.start && ScalarText.isSpace(s[i]) { i += 1 }
        guard i < number.start else { return false }
        return reachOpens(s, at: ScalarText.isClauseBreak(s[i]) ? i + 1 : i, number: number)
    }

    /// Whether a reach word (达, 达到) at `i` is all that stands before `number` (fillers and approx
    /// words aside).
    /// Past a kind marker and a time that open the clause at `i` (预计|年底|达到, 力争|全年|达到): where its verb starts.
    private func pastMarkerAndTime(_ s: [Unicode.Scalar], at i: Int) -> Int {
        var j = i
        if let m = lexicon.kindMarkers.first(where: { ScalarText.matches(s, at: j, $0.word) }) { j += m.word.count }
        if let span = timeOpening(s, at: j) { j += span.end }
        return j
    }

    private func reachOpens(_ s: [Unicode.Scalar], at i: Int, number: NumberSpan) -> Bool {
        opens(s, at: i, with: lexicon.rules.reachWords, number: number)
    }

    /// Whether a verb of a result (实现, 完成) at `i` is all that stands before `number`.
    private func resultOpens(_ s: [Unicode.Scalar], at i: Int, number: NumberSpan) -> Bool {
        opens(s, at: i, with: lexicon.rules.statementVerbs, number: number)
    }

    /// Whether one of `words` at `i` is all that stands before `number` (fillers and approx words aside).
    private func opens(_ s: [Unicode.Scalar], at i: Int, with words: [[Unicode.Scalar]], number: NumberSpan) -> Bool {
        guard let w = words.first(where: { ScalarText.matches(s, at: i, $0) }) else { return false }
        return skipFillers(s, number.start) <= i + w.count
    }

    /// Skips approx words and fillers backwards from `i`.
    private func skipFillers(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        var moved = true
        while moved {
            moved = false
            while j > 0 && ScalarText.isSpace(s[j - 1]) { j -= 1; moved = true }   // 增长 8.1%
            guard j > 0, fillerLast.contains(s[j - 1]) else { break }   // no word ends here
            for w in lexicon.fillers where ScalarText.endsWith(s, at: j, w) { j -= w.count; moved = true; break }
            if !moved { for (w, _) in lexicon.approxBefore where ScalarText.endsWith(s, at: j, w) && lexicon.isApprox(w, in: s, endingAt: j) { j -= w.count; moved = true; break } }
        }
        return j
    }

    /// A growth word right before the number (同比增长3%, 下降约2.1%): (where it starts, sign).
    private func growth(_ s: [Unicode.Scalar], before i: Int) -> (Int, Double)? {
        // 增幅为-33.82%: the number's own minus sign stands between; 增长预计超过20%: a kind marker
        var j = skipFillers(s, i > 0 && s[i - 1] == "-" ? i - 1 : i)
        if j > 0, markerLast.contains(s[j - 1]), let m = lexicon.kindMarkers.first(where: { ScalarText.endsWith(s, at: j, $0.word) }) {
            j = skipFillers(s, j - m.word.count)
        }
        guard j > 0, growthLast.contains(s[j - 1]) else { return nil }   // no growth word ends here
        for (w, sign) in lexicon.growthWords where ScalarText.endsWith(s, at: j, w) {
            var start = j - w.count
            if let yoy = lexicon.rules.yoyWords.first(where: { ScalarText.endsWith(s, at: start, $0) }) { start -= yoy.count }
            return (start, sign)
        }
        return nil
    }

    /// A rate the clause gives under a kind marker alone (，力争8%), right after a rate of a metric (`previous`,
    /// of the same sign): (where the rate starts, its sign).
    private func markedAlternative(_ s: [Unicode.Scalar], number num: NumberSpan, clauseStart c: Int, after previous: Double?,
                                   spans: [PeriodSpan]) -> (Int, Double)? {
        guard let previous, previous >= 0 else { return nil }
        let start = Self.writtenStart(num, in: s)
        guard lexicon.kindMarkers.contains(where: { ScalarText.find($0.word, in: s, from: c, to: start) != nil }),
              namesOnlyTimeOrMarker(s, from: c, to: start, spans: spans) else { return nil }
        return (start, 1)
    }

    /// Whether `s[a..<b]` holds nothing but times, kind markers and fillers (，力争; ，前三季度; ，全年预计).
    private func namesOnlyTimeOrMarker(_ s: [Unicode.Scalar], from a: Int, to b: Int, spans: [PeriodSpan]) -> Bool {
        var k = a
        while k < b {
            if !ScalarText.isHan(s[k]) { k += 1; continue }
            if let sp = spans.first(where: { $0.start == k && $0.end <= b }) { k = sp.end; continue }
            if let w = lexicon.kindMarkers.first(where: { ScalarText.matches(s, at: k, $0.word) && k + $0.word.count <= b }) { k += w.word.count; continue }
            if let w = lexicon.fillers.first(where: { ScalarText.matches(s, at: k, $0) && k + $0.count <= b }) { k += w.count; continue }
            return false
        }
        return true
    }

    /// How many Han characters a clause holds before its growth word, less the base it is measured
    /// against (，比上年同期增长47.25%: 比上年同期 names nothing else).
    private func namingLength(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Int {
        let all = s[a..<b].filter(ScalarText.isHan).count
        var k = a
        while k < b && !ScalarText.isHan(s[k]) { k += 1 }
        guard let lead = lexicon.rules.baseYearLeads.first(where: { ScalarText.matches(s, at: k, $0) }),
              let base = lexicon.comparisonWords.filter({ k + lead.count + $0.count <= b && ScalarText.matches(s, at: k + lead.count, $0) })
                .max(by: { $0.count < $1.count }) else { return all }
        return all - lead.count - base.count
    }

    /// The metric word of the clause right before the one at `c` where that clause says the metric grew and gives no
    /// figure (GDP逆势强劲增长，实现了10.1%的高增速: GDP), nor does any clause after `prevEnd` (the last figure's end) before it.
    private func grownInClauseBefore(_ s: [Unicode.Scalar], clauseStart c: Int, after prevEnd: Int) -> MetricWordMatch? {
        guard c > 1, ScalarText.isClauseBreak(s[c - 1]) else { return nil }
        let pc = ScalarText.clauseStart(s, before: c - 1)
        guard pc >= prevEnd, !s[pc..<(c - 1)].contains(where: ScalarText.isASCIIDigit),
              let g = lexicon.growthWords.compactMap({ ScalarText.find($0.0, in: s, from: pc, to: c - 1) }).min(), g > pc,
              let mw = metricWord(in: s, from: pc, endingAt: g), !mw.word.outOfScope, mw.word.onlyUnit == nil else { return nil }
        return mw
    }

    /// A growth word after the rate and 的, how fast or not (GDP预期7.2%的增长指标, 实现了15%的增长, 保持了6.4%的中高
    /// 增速): (where the rate
    /// starts, sign). The metric is named before the rate, as before a growth word.
    private func growthAfter(_ s: [Unicode.Scalar], number num: NumberSpan) -> (Int, Double)? {
        guard let de = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: num.end, $0) }) else { return nil }
        var j = num.end + de.count
        // (保持了6.4%的中高增速: how fast, between 的 and the word; rule growth-qualifier)
        if let q = lexicon.rules.growthQualifiers.filter({ ScalarText.matches(s, at: j, $0) }).max(by: { $0.count < $1.count }) { j += q.count }
        guard let (_, sign) = lexicon.growthWords.first(where: { ScalarText.matches(s, at: j, $0.0) }) else { return nil }
        return (Self.writtenStart(num, in: s), sign)
    }

    /// 占年度任务的55.49%, 完成年度计划的101%, 为全年任务的60.15%.
    private func isTargetShare(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        var j = skipFillers(s, i)
        if lexicon.shareRates.contains(where: { ScalarText.endsWith(s, at: j, $0) }) { return true }   // 完成率110.3%
        if let de = lexicon.rules.possessives.first(where: { ScalarText.endsWith(s, at: j, $0) }) { j -= de.count }
        guard let noun = lexicon.shareNouns.first(where: { ScalarText.endsWith(s, at: j, $0) }) else { return false }
        let nounStart = j - noun.count
        let from = max(0, nounStart - 6)
        return lexicon.shareVerbs.contains { ScalarText.find($0, in: s, from: from, to: nounStart) != nil }
    }

    private func ratioBefore(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        return ScalarText.findAny(lexicon.ratioWords, starts: ratioWordFirst, in: s, from: a, to: b) != nil
    }

    /// Whether the sentence counts projects before `i` (项目N个, N个项目): a total investment then
    /// belongs to that set, not to one project.
    private func countsProjects(_ s: [Unicode.Scalar], before i: Int, numbers: [NumberSpan]) -> Bool {
        projectCount(s, numbers: numbers, from: 0, to: i)
    }

    /// A sentence that lists names with 、 and, after 分别, as many figures (A、B、C产业产值分别达
    /// 1亿元、2亿元、3亿元; GDP、规上工业增加值分别增长6.1%和7.2%), written as the pairs it stands for
    /// (A产业产值达1亿元，B产业产值达2亿元，…): the metric word that ends the last name, and what
    /// follows it, serves every name that does not end in a metric word of its own. Nil when the
    /// sentence has no such lists.
    private func respectivePairs(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Unicode.Scalar]? {
        guard nums.count >= 2, respectivelyFirst.firstIndex(in: s, from: 0, to: s.count) < s.count else { return nil }
        for w in lexicon.rules.respectivelyWords {
            guard let r = ScalarText.find(w, in: s), let (verbRange, values) = respectiveFigures(s, nums, after: r + w.count) else { continue }
            let verb = Array(s[verbRange])
            let (c, namesEnd) = Self.namesBefore(respectively: r, in: s)
            // (figures before 分别 are what its rates are of: 内资232.47亿元、外资9.18亿美元，同比分别增长…)
            // (not a count of the zones listed: 滨海开发区、高新开发区和综合保税区3个国家级开发区进出口增幅分别为…)
            if nums.contains(where: { $0.start >= c && $0.end <= namesEnd && !($0.unit == .count && countsZones(s, after: $0.end)) }) { continue }
            var names = s[c..<namesEnd].split(separator: "、", omittingEmptySubsequences: false).map { Array($0) }
            // (生物医药、纳米技术应用、人工智能产业能级不断提升，2023年分别实现产值…: what the last name's clause says of the
            // industries after their word is no part of their names, where the figures' own verb names their metric (not
            // 高新技术产业增加值、战略性新兴产业增加值分别增长…, 食品加工产业产值增幅分别为…: the metric's words)
            if metricWordStart(in: verb) != nil, let last = names.last, let e = lexicon.rules.industrySuffixes.compactMap({ w in
                   last.indices.last(where: { ScalarText.matches(last, at: $0, w) }).map { $0 + w.count } }).max(),
               e < last.count, last[e...].allSatisfy(ScalarText.isHan), metricWordStart(in: Array(last[e...])) == nil {
                names[names.count - 1] = Array(last[..<e])
            }
            // (…、高新技术企业产值和实际上缴税收分别达…765亿元和50.5亿元: the last two names joined by 和, where
            // the figures are one more than the names 、 parts; not 计算机、通信和其他电子设备制造业, one name)
            if names.count == values.count - 1, let last = names.last,
               let (k, j) = lexicon.rules.wordListJoiners.flatMap({ j in
                   last.indices.filter { ScalarText.matches(last, at: $0, j) }.map { ($0, j) } }).max(by: { $0.0 < $1.0 }),
               k >= 2, last.count - k - j.count >= 2 {
                names.removeLast()
                names += [Array(last[..<k]), Array(last[(k + j.count)...])]
            }
            // (对东盟、非洲分别进出口325.9亿元、196.8亿元: the trade-partner word of the first name is every name's,
            // 对非洲进出口196.8亿元; so is an origin's, 来自香港、韩国的实际使用外资分别为…)
            if let first = names.first, let partner = first.indices.lazy.compactMap({ k in
                self.partnerWord(in: first, at: k) ?? self.lexicon.rules.originLeads.first { ScalarText.matches(first, at: k, $0) } }).first {
                for i in names.indices.dropFirst() where !names[i].isEmpty && !ScalarText.matches(names[i], at: 0, partner) { names[i] = partner + names[i] }
            }
            // (…分别增长48%、20%，分别达到215家、433家: a second list right after the first, in a clause of its own, is of
            // the same names: each name's figure then its second, 高新技术企业数增长48%，达到215家)
            let second = secondRespectiveList(s, nums, after: values[values.count - 1].end, count: values.count)
            let remainder = second.map { Array(s[$0.values[$0.values.count - 1].end...]) } ?? Array(s[values[values.count - 1].end...])
            /// What the `i`th name is said to have: the verb and its figure, then the second list's verb and figure (the
            /// amount before its rate, as such pairs are written: 高新技术企业数达到215家，同比增长48%).
            func said(_ i: Int) -> [Unicode.Scalar] {
                let first = verb + s[Self.writtenStart(values[i], in: s)..<values[i].end]
                guard let second else { return first }
                let then = Array(s[second.verb]) + s[Self.writtenStart(second.values[i], in: s)..<second.values[i].end]
                return values[i].unit == .percent && second.values[i].unit != .percent ? then + ["，"] + first : first + ["，"] + then
            }
            // (化工、医药、家居分别实现产值156.2亿元、28.3亿元、39亿元: the metric word is the verb's, and serves
            // every name: 化工实现产值156.2亿元，医药实现产值28.3亿元，…)
            // (高新技术企业数、科技型中小企业数分别达到215家、433家; 高新技术企业、科技型中小企业数量分别…: a list of measures
            // whose last ends in no metric word, each a measure of its own, named as written: 高新技术企业数达到215家)
            if values.count >= 2, names.count == values.count, names.allSatisfy({ !$0.isEmpty }),
               !names.contains(where: { metricWordStart(in: $0) != nil }) && metricWordStart(in: verb) != nil
                || metricWordStart(in: names[names.count - 1]) == nil && names.contains(where: { metricWordStart(in: $0) != nil }) {
                var out = Array(s[..<c])
                for (i, name) in names.enumerated() {
                    if i > 0 { out.append("，") }
                    out += name + said(i)
                }
                return out + remainder
            }
            guard values.count >= 2, names.count == values.count, names.allSatisfy({ !$0.isEmpty }), let last = names.last,
                  let t = metricWordStart(in: last),
                  let head = singleMetricWords.first(where: { ScalarText.matches(last, at: t, $0) }) else { continue }
            let tail = Array(last[t...])
            let rest = Array(tail[head.count...])
            /// After a name that ends in a metric word of its own, what follows that word in the last name
            /// (汽车机械产值、食品加工产业产值增幅 → 汽车机械产值增幅; 光电产业、装备制造产业产值 → 光电产业产值).
            /// (工业增加值、数字经济核心产业产值分别增长10%、13%: a word of its own that the last name lacks takes
            /// what follows the last name's last metric word, nothing: not 工业增加值产值)
            func after(_ name: [Unicode.Scalar]) -> [Unicode.Scalar] {
                guard let w = singleMetricWords.first(where: { ScalarText.endsWith(name, at: name.count, $0) }) else { return rest }
                guard let k = ScalarText.find(w, in: last) else {
                    let end = last.indices.compactMap { i in singleMetricWords.first { ScalarText.matches(last, at: i, $0) }.map { i + $0.count } }.max() ?? t
                    return Array(last[max(end, t)...])
                }
                return Array(last[(k + w.count)...])
            }
            // (工业总产值、工业增加值、税收收入、出口值、进口值、实际利用外资金额…依次增长…: a list of measures, some named by
            // metric words of their own; one that ends in none, 出口值, is a measure outside the vocabulary, not a
            // name the last one's word serves)
            let measures = names.dropLast().contains { metricWordStart(in: $0) != nil }
            var out = Array(s[..<c])
            for (i, written) in names.enumerated() {
                var name = written
                // (通信通讯、节能环保两大产业集群: the count of the names listed is no part of the last one's; nor is
                // what it calls them before the industry's word, 新一代信息技术、高端装备制造两大主导产业产值)
                if i == names.count - 1, let g = name.indices.dropFirst().first(where: { opensIndustryGroup(name, at: $0) }) {
                    let word = (g + 2..<name.count).first { k in lexicon.rules.industrySuffixes.contains { ScalarText.matches(name, at: k, $0) } }
                    name.removeSubrange(g..<(word ?? g + 2))
                }
                // (滨海开发区、高新开发区和综合保税区3个国家级开发区进出口增幅: nor the count of the zones listed, with
                // what they are)
                // (the metric word found in this name, which the removal just above may have moved)
                if i == names.count - 1, let w = metricWordStart(in: name), let g = name.indices.dropFirst().first(where: { g in
                    g + 1 < w && (ChineseNumeral.isNumeral(name[g]) || ScalarText.isASCIIDigit(name[g])) && lexicon.rules.zoneCounters.contains(name[g + 1])
                        && lexicon.otherZoneSuffixes.contains { ScalarText.endsWith(name, at: w, $0.text) } }) {
                    name.removeSubrange(g..<w)
                }
                if i > 0 { out.append("，") }
                out += name
                if i < names.count - 1 {
                    // (集成电路、软件和信息技术服务业、大数据产业产值: 产业 is the last name's own, 集成电路产值; not where
                    // the list is counted, 通信通讯、节能环保两大产业集群: every name's)
                    let counted = last.indices.dropFirst().contains { opensIndustryGroup(last, at: $0) }
                    // (汽车、电子信息、新能源新材料产业增速: where no metric word follows the suffix, it is every name's
                    // word, 汽车产业增速)
                    let own = counted ? nil : lexicon.rules.industrySuffixes.first { tail.count > $0.count && ScalarText.matches(tail, at: 0, $0)
                        && metricWordStart(in: Array(tail[$0.count...])) != nil }
                    let endsInWord = singleMetricWords.contains { ScalarText.endsWith(name, at: name.count, $0) }
                    // (a measure outside the vocabulary stays as written)
                    if !measures || endsInWord {
                        out += endsInWord ? after(name) : own.map { Array(tail[$0.count...]) } ?? tail
                    }
                }
                out += said(i)
            }
            return out + remainder
        }
        return nil
    }

    /// A second list after 分别 opening the clause right after a first list ends at `end` (…分别增长48%、20%，分别达到
    /// 215家、433家), with as many figures: its verb and figures.
    private func secondRespectiveList(_ s: [Unicode.Scalar], _ nums: [NumberSpan], after end: Int, count: Int) -> (verb: Range<Int>, values: [NumberSpan])? {
        guard end < s.count, ScalarText.isClauseBreak(s[end]),
              let w = lexicon.rules.respectivelyWords.first(where: { ScalarText.matches(s, at: end + 1, $0) }),
              let (verb, values) = respectiveFigures(s, nums, after: end + 1 + w.count), values.count == count else { return nil }
        return (verb, values)
    }

    /// Where the first metric word of a name or a verb starts (汽车机械产值 → 4, 实现产值 → 2), else nil.
    private func metricWordStart(in name: [Unicode.Scalar]) -> Int? {
        name.indices.first { i in singleMetricWords.contains { ScalarText.matches(name, at: i, $0) } }
    }

    /// Growth rates listed after 分别 (同比分别增长19.1%、19.8%) right after as many money or count figures
    /// (实际到位内资232.47亿元、外资9.18亿美元; 分别达到120亿元、300亿元): each rate, by where it starts, with the
    /// start of the figure it is the growth of and the sign of its growth word. Empty when the counts differ.
    private func respectiveRates(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Int: (figure: Int, sign: Double)] {
        guard nums.count >= 4, respectivelyFirst.firstIndex(in: s, from: 0, to: s.count) < s.count else { return [:] }
        var rates: [Int: (Int, Double)] = [:]
        for w in lexicon.rules.respectivelyWords {
            var from = 0
            while let r = ScalarText.find(w, in: s, from: from, to: s.count) {
                from = r + w.count
                guard let (_, values) = respectiveFigures(s, nums, after: r + w.count), values.count >= 2,
                      values.allSatisfy({ $0.unit == .percent }), let (_, sign) = growth(s, before: values[0].start) else { continue }
                let before = nums.filter { $0.end <= r }
                guard before.count >= values.count else { continue }
                let figures = before.suffix(values.count)
                guard figures.allSatisfy({ $0.unit == .CNY || $0.unit == .USD || $0.unit == .count }),
                      let last = figures.last, r - last.end <= 6,
                      !s[last.end..<r].contains(where: ScalarText.isSentenceEnd) else { continue }
                for (figure, value) in zip(figures, values) { rates[value.start] = (figure.start, sign) }
            }
        }
        return rates
    }

    /// The figures of a list after 分别 that ends at `end` (分别为1亿元、2亿元和3亿元; 分别增长6.1%、7.2%):
    /// the verb between the word and the first figure (为, 增长, 达到: at most six characters, no
    /// break) and the figures joined by 、, 和, 及 (`rule list-joiner`).
    private func respectiveFigures(_ s: [Unicode.Scalar], _ nums: [NumberSpan], after end: Int, reach: Int = 6) -> (verb: Range<Int>, values: [NumberSpan])? {
        guard let k0 = nums.firstIndex(where: { $0.start >= end }) else { return nil }
        let verb = end..<max(end, Self.writtenStart(nums[k0], in: s))
        // (or a base of comparison before the verb: 分别比上年同期增长42.4%、36.8%和48.5%)
        let base = lexicon.comparisonLeads.contains(where: { ScalarText.matches(s, at: end, $0) }) ? 4 : 0
        guard verb.count <= reach + base, !s[verb].contains(where: { ScalarText.isClauseBreak($0) || ScalarText.isSentenceEnd($0) }) else { return nil }
        var values = [nums[k0]]
        var k = k0 + 1
        while k < nums.count, Self.writtenStart(nums[k], in: s) >= values[values.count - 1].end,
              lexicon.rules.listJoiners.contains(where: { $0.elementsEqual(s[values[values.count - 1].end..<Self.writtenStart(nums[k], in: s)]) }) {
            values.append(nums[k])
            k += 1
        }
        return (verb, values)
    }

    /// Where the names a 分别 at `r` pairs with lie: its clause before it, or the whole clause before
    /// when 分别 opens its own (地区生产总值、第二产业增加值增速，分别达到16.8%、17.4%; 其次是兴安县和象山区，
    /// 分别签约3个项目): (start, end).
    /// (a year or months written in digits between the clause's start and 分别 leave it opening the clause: …人工智能产业
    /// 能级不断提升，2023年分别实现产值1523亿元、…)
    private static func namesBefore(respectively r: Int, in s: [Unicode.Scalar]) -> (Int, Int) {
        let c = ScalarText.clauseStart(s, before: r)
        let opens = c == r || s[c..<r].allSatisfy { ScalarText.isASCIIDigit($0) || CalendarMarks.isMark($0) || $0 == "-" }
        guard opens, c > 1, ScalarText.isClauseBreak(s[c - 1]) else { return (c, r) }
        return (ScalarText.clauseStart(s, before: c - 1), c - 1)
    }

    /// Whether `i` follows a bracket holding a news lead's credit (荆楚网消息(记者冯梓晔 摄影记者 钟剑桥)“2015年…),
    /// an opening quote mark or spaces between: where the text's first clause opens.
    static func followsCredit(_ i: Int, in s: [Unicode.Scalar], credits: [[Unicode.Scalar]]) -> Bool {
        var k = i
        while k > 0, s[k - 1] == "“" || ScalarText.isSpace(s[k - 1]) { k -= 1 }
        guard k > 0, s[k - 1] == ")" || s[k - 1] == "）", let open = s[..<(k - 1)].lastIndex(where: { $0 == "(" || $0 == "（" }),
              k - 1 - open <= 40 else { return false }
        return credits.contains { ScalarText.find($0, in: s, from: open + 1, to: k - 1) != nil }
    }

    /// Where a figure starts as written, with its own minus sign (分别为-33.82%、-15.75%).
    private static func writtenStart(_ n: NumberSpan, in s: [Unicode.Scalar]) -> Int {
        n.start > 0 && s[n.start - 1] == "-" && n.value < 0 ? n.start - 1 : n.start
    }

    /// A span of years and, after 分别, as many figures as years (2021-2023年，地区生产总值分别为100亿元、
    /// 120亿元和150亿元; 从2006年至2009年，工业总产值同比分别增长了26.3%、40.0%、29.8%、30.0%，工业增加值…):
    /// each figure is its year's, written as the clauses it stands for (2021年，地区生产总值为100亿元，
    /// 2022年…). Every such list in the clauses right after the span is read so. Nil when the counts differ.
    private func yearSeries(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Unicode.Scalar]? {
        guard nums.count >= 2, respectivelyFirst.firstIndex(in: s, from: 0, to: s.count) < s.count else { return nil }
        guard let span = recognizePeriods(s).first(where: { if case .years(let a, let b) = $0.shape { return b > a }; return false }),
              case .years(let a, let b) = span.shape else { return nil }
        var lists: [(clause: Int, word: Int, verb: Range<Int>, values: [NumberSpan])] = []
        var at = span.end
        while let (r, w) = lexicon.rules.respectivelyWords.compactMap({ w in ScalarText.find(w, in: s, from: at, to: s.count).map { ($0, w) } }).min(by: { $0.0 < $1.0 }) {
            guard let (verb, values) = respectiveFigures(s, nums, after: r + w.count), values.count == b - a + 1 else { break }
            // (the list's clause: right after the span, or right after the list before it)
            let c = lists.last.map { l in l.values[l.values.count - 1].end } ?? span.end
            let opens = ScalarText.clauseStart(s, before: r)
            guard opens <= c + 1, !s[c..<opens].contains(where: ScalarText.isSentenceEnd) else { break }
            lists.append((opens, r, verb, values))
            at = values[values.count - 1].end
        }
        guard let last = lists.last else { return nil }
        var out = Array(s[..<span.start])
        for (n, list) in lists.enumerated() {
            for (i, value) in list.values.enumerated() {
                if n > 0 || i > 0 { out.append("，") }
                out += Array(String(a + i).unicodeScalars) + [CalendarMarks.year]
                let clause = n == 0 ? span.end : list.clause
                out += s[clause..<list.word].drop { ScalarText.isClauseBreak($0) && n > 0 }
                out += s[list.verb]
                out += s[Self.writtenStart(value, in: s)..<value.end]
            }
        }
        out += s[last.values[last.values.count - 1].end...]
        return out
    }

    /// A list of periods that share their end (一、二、三季度: period words whose first scalar differs) and,
    /// after 分别, as many figures (一、二、三季度开工项目分别为39个、24个、15个): each figure is its period's,
    /// written as the clauses it stands for (一季度开工项目为39个，二季度…). What the sentence says after the
    /// list is of the months they span together (…，实现固定资产投资增长5%: January to September). Nil when
    /// the counts differ.
    private func periodSeries(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Unicode.Scalar]? {
        guard nums.count >= 2, respectivelyFirst.firstIndex(in: s, from: 0, to: s.count) < s.count else { return nil }
        var k = 2
        while k < s.count {
            defer { k += 1 }
            guard ScalarText.isListBreak(s[k - 1]) else { continue }
            // the last item, a period word (三季度), and the items before it, its first scalar changed (一、二)
            guard let last = lexicon.periodWords.keys.first(where: { $0.count >= 2 && ScalarText.matches(s, at: k, $0) }) else { continue }
            let tail = Array(last.dropFirst())
            var items = [last]
            var start = k
            while start >= 2, ScalarText.isListBreak(s[start - 1]), lexicon.periodWords[[s[start - 2]] + tail] != nil {
                items.insert([s[start - 2]] + tail, at: 0)
                start -= 2
            }
            let end = k + last.count
            let months = items.compactMap { lexicon.periodWords[$0] }   // (every item is a period word)
            guard items.count >= 2, let (r, w) = lexicon.rules.respectivelyWords.compactMap({ w in ScalarText.find(w, in: s, from: end, to: ScalarText.clauseEnd(s, from: end)).map { ($0, w) } }).first,
                  let (verb, values) = respectiveFigures(s, nums, after: r + w.count), values.count == items.count else { continue }
            var out = Array(s[..<start])
            for (i, value) in values.enumerated() {
                if i > 0 { out.append("，") }
                out += items[i]
                out += s[end..<r]
                out += s[verb]
                out += s[Self.writtenStart(value, in: s)..<value.end]
            }
            var rest = Array(s[values[values.count - 1].end...])
            // (the months the list spans together, written as months: 1-9月)
            if let first = rest.first, ScalarText.isClauseBreak(first), let a = months.map(\.0).min(), let b = months.map(\.1).max() {
                rest.insert(contentsOf: Array("\(a)-\(b)月".unicodeScalars), at: 1)
            }
            return out + rest
        }
        return nil
    }

    /// Names joined by 和 or 、 and one figure after 分别 (永福县和高新区分别签约4个项目) or right after 各
    /// (晋州市和赵县，各4个): each name's figure, written as one clause a name (永福县签约4个项目，高新区签约4个项目;
    /// 晋州市4个，赵县4个). Nil unless every part of the list is an entity's name.
    private func eachOfTheNamed(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Unicode.Scalar]? {
        guard !nums.isEmpty, respectivelyFirst.firstIndex(in: s, from: 0, to: s.count) < s.count
                || eachFigureFirst.firstIndex(in: s, from: 0, to: s.count) < s.count else { return nil }
        let each = lexicon.rules.eachFigureWords
        for w in lexicon.rules.respectivelyWords + each {
            var from = 0
            while let r = ScalarText.find(w, in: s, from: from, to: s.count) {
                from = r + 1
                // (各 right before the figure only: 各4个, not 各类, 各县)
                if each.contains(w), !nums.contains(where: { $0.start == r + w.count }) { continue }
                let (c, namesEnd) = Self.namesBefore(respectively: r, in: s)
                let e = ScalarText.clauseEnd(s, from: r + w.count)
                // one figure after 分别 in its clause
                guard nums.filter({ $0.start >= r && $0.end <= e }).count == 1 else { continue }
                // the names before it: entities joined by 和 or 、 and nothing else, ending the clause
                let mentions = names(in: s, c..<namesEnd)
                guard mentions.count >= 2, mentions.last?.end == namesEnd else { continue }
                guard zip(mentions, mentions.dropFirst()).allSatisfy({ listed($0, $1, in: s) }) else { continue }
                return clausePerName(s, names: mentions, saying: (r + w.count)..<e)
            }
        }
        return nil
    }

    /// A metric ranked by owners named after the words that say names come next (`rule names-opener`), then
    /// as many figures after 分别 (签约额排在前两位的是高新区和兴安县，分别为33亿元和23亿元), written as the pairs it
    /// stands for (高新区签约额为33亿元，兴安县签约额为23亿元). Nil unless every part of the list is an entity's name.
    private func rankedPairs(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Unicode.Scalar]? {
        guard nums.count >= 2 else { return nil }
        for (r, verbRange, values) in respectiveLists(s, nums) {
            let (c, namesEnd) = Self.namesBefore(respectively: r, in: s)
            guard let (o, opener) = lexicon.rules.namesOpeners.lazy.compactMap({ w in ScalarText.find(w, in: s, from: c, to: namesEnd).map { ($0, w) } }).first,
                  !nums.contains(where: { $0.start >= c && $0.end <= namesEnd }),
                  let t = metricWordStart(in: Array(s[c..<o])), let word = singleMetricWords.first(where: { ScalarText.matches(s, at: c + t, $0) }) else { continue }
            let mentions = names(in: s, (o + opener.count)..<namesEnd)
            guard mentions.count == values.count, mentions.first?.start == o + opener.count, mentions.last?.end == namesEnd,
                  zip(mentions, mentions.dropFirst()).allSatisfy({ listed($0, $1, in: s) }) else { continue }
            return clausePerOwner(s, from: c, owners: mentions.map { Array(s[$0.start..<$0.end]) }, saying: word + s[verbRange], values: values)
        }
        return nil
    }

    /// Every 分别 (or 依次) of `s` with the figures listed after it (`respectiveFigures`, the verb before them at most
    /// `reach` characters): where the word stands, the verb, the figures; by word, then in order.
    private func respectiveLists(_ s: [Unicode.Scalar], _ nums: [NumberSpan], reach: Int = 6) -> [(at: Int, verb: Range<Int>, values: [NumberSpan])] {
        guard respectivelyFirst.firstIndex(in: s, from: 0, to: s.count) < s.count else { return [] }
        var out: [(at: Int, verb: Range<Int>, values: [NumberSpan])] = []
        for w in lexicon.rules.respectivelyWords {
            var from = 0
            while let r = ScalarText.find(w, in: s, from: from, to: s.count) {
                from = r + 1
                if let (verb, values) = respectiveFigures(s, nums, after: r + w.count, reach: reach) { out.append((r, verb, values)) }
            }
        }
        return out
    }

    /// `s` with a list's owners each given its figure after 分别, written as the clauses the list stands for: the text
    /// before `start`, then each owner, `said` (what they share and the verb) and its figure, then the text after the
    /// last figure (高新区签约额为33亿元，兴安县签约额为23亿元).
    private func clausePerOwner(_ s: [Unicode.Scalar], from start: Int, owners: [[Unicode.Scalar]], saying said: [Unicode.Scalar],
                                values: [NumberSpan]) -> [Unicode.Scalar] {
        var out = Array(s[..<start])
        for (i, owner) in owners.enumerated() {
            if i > 0 { out.append("，") }
            out += owner + said
            out += s[Self.writtenStart(values[i], in: s)..<values[i].end]
        }
        out += s[values[values.count - 1].end...]
        return out
    }

    /// Owners listed with 、 or 和 opening a clause, what they share, then 分别 and as many figures (烟台市、青岛市、东营市高新
    /// 技术产业产值分别为x、y、z; 烟台、青岛、东营分别实现地区生产总值x、y、z), or a ranking's owners after the words that say
    /// names come next, closing the clause before one that says what the figures are (高新技术产业产值总量前三名为烟台、青岛、
    /// 东营，产值分别为x、y、z: the metric the ranking's clause names in full): each owner's figure, written as the clauses it
    /// stands for (烟台市高新技术产业产值分别为x，青岛市…; 烟台高新技术产业产值分别为x，…). Nil unless every part of the list
    /// is an entity's name and the counts agree.
    private func ownersPairs(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Unicode.Scalar]? {
        guard nums.count >= 2 else { return nil }
        // (the verb and the metric's word may both stand after 分别: 分别实现地区生产总值…)
        for (r, verbRange, values) in respectiveLists(s, nums, reach: 12) where values.count >= 2 {
            let c = ScalarText.clauseStart(s, before: r)
            guard !nums.contains(where: { $0.start >= c && $0.end <= r }) else { continue }
            var owners = ownerNames(in: s, c..<r)
            var shared = Array(s[(owners.last?.end ?? r)..<r])
            if owners.count != values.count || owners.first?.start != c {
                // (the ranking's names in the clause before, after a names opener, ending it)
                guard c > 1, ScalarText.isClauseBreak(s[c - 1]) else { continue }
                let c0 = ScalarText.clauseStart(s, before: c - 1)
                guard let (o, opener) = lexicon.rules.namesOpeners.lazy.compactMap({ w in ScalarText.find(w, in: s, from: c0, to: c - 1).map { ($0, w) } }).first
                else { continue }
                owners = ownerNames(in: s, (o + opener.count)..<(c - 1))
                guard owners.first?.start == o + opener.count, owners.last?.end == c - 1 else { continue }
                // (产值: the metric the ranking's clause names in full, 高新技术产业产值, where it holds the word)
                shared = Array(s[c..<r])
                if !shared.isEmpty, let t = metricWordStart(in: Array(s[c0..<o])), let k = ScalarText.find(shared, in: s, from: c0 + t, to: o) {
                    var a = c0 + t
                    while a > c0, ScalarText.isHan(s[a - 1]), !lexicon.rules.provinceSelfWords.contains(where: { ScalarText.endsWith(s, at: a, $0) })
                            && !lexicon.selfWords.contains(where: { ScalarText.endsWith(s, at: a, $0.word) }) && a > c0 + t - 8 { a -= 1 }
                    shared = Array(s[a..<(k + shared.count)])
                }
            }
            guard owners.count == values.count, zip(owners, owners.dropFirst()).allSatisfy({ listed($0, $1, in: s) }) else { continue }
            // (a city by its short name, 烟台, written in full: the short name alone is no owner where the clause goes on)
            let written = owners.map { m in
                m.kind == .place && !s[m.start..<m.end].elementsEqual(m.name.unicodeScalars) ? Array(m.name.unicodeScalars) : Array(s[m.start..<m.end])
            }
            return clausePerOwner(s, from: owners[0].start, owners: written, saying: shared + s[verbRange], values: values)
        }
        return nil
    }

    /// The owners a list in `s[range]` names: its entities, or, where it opens with two or more cities by their short names
    /// joined by 、 or 和 (烟台、青岛、东营), those cities (a short name alone is a city only where a clause opens with it).
    private func ownerNames(in s: [Unicode.Scalar], _ range: Range<Int>) -> [EntityMention] {
        let found = names(in: s, range)
        guard found.count < 2 else { return found }
        var cities: [EntityMention] = []
        var k = range.lowerBound
        while let (city, e) = lexicon.shortCityName(in: s, at: k), e <= range.upperBound {
            cities.append(EntityMention(start: k, end: e, name: city, kind: .place))
            guard let j = ([["、"]] + wordJoiners).first(where: { ScalarText.matches(s, at: e, $0) }) else { break }
            k = e + j.count
        }
        return cities.count >= 2 ? cities : found
    }

    /// The names of entities in `s[range]` that a figure after 分别 or 各 can belong to (not the area above every
    /// zone, 全省).
    private func names(in s: [Unicode.Scalar], _ range: Range<Int>) -> [EntityMention] {
        entities.recognize(s, in: range, zonesOnly: false).filter { if case .above = $0.kind { return false }; return true }
    }

    /// Whether only 、 or a list joiner written in words (和, 及, 与) stands between two names.
    private func listed(_ a: EntityMention, _ b: EntityMention, in s: [Unicode.Scalar]) -> Bool {
        s[a.end..<b.start].elementsEqual(["、"]) || wordJoiners.contains { $0.elementsEqual(s[a.end..<b.start]) }
    }

    /// `s` with the clause of several names written as one clause a name, each saying `said` (永福县和高新区分别
    /// 签约4个项目 → 永福县签约4个项目，高新区签约4个项目); the text before the first name and after `said` stays.
    private func clausePerName(_ s: [Unicode.Scalar], names: [EntityMention], saying said: Range<Int>) -> [Unicode.Scalar] {
        var out = Array(s[..<names[0].start])
        for (i, m) in names.enumerated() {
            if i > 0 { out.append("，") }
            out += s[m.start..<m.end]
            out += s[said]
        }
        out += s[said.upperBound...]
        return out
    }

    /// Names joined by 和 or 、 opening a clause, what they share, then 均 and one figure (玉山镇、狮山镇和北滘镇的地区
    /// 生产总值均过千亿元): every name's figure, written as one clause a name (玉山镇的地区生产总值均过千亿元，狮山镇的…).
    /// Nil unless the clause opens with the names (after a part word at most) and holds that one figure.
    private func allOfTheNamed(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Unicode.Scalar]? {
        for w in lexicon.rules.allFigureWords {
            var from = 0
            while let r = ScalarText.find(w, in: s, from: from, to: s.count) {
                from = r + 1
                // (the figure right after it, or after an approx word: 均过千亿元, 均超100亿元)
                guard let num = nums.first(where: { $0.start >= r + w.count }), num.start - (r + w.count) <= 2 || num.numberStart - (r + w.count) <= 2 else { continue }
                let c = ScalarText.clauseStart(s, before: r)
                let e = ScalarText.clauseEnd(s, from: r + w.count)
                guard nums.filter({ $0.start >= c && $0.end <= e }).count == 1 else { continue }
                let mentions = names(in: s, c..<r)
                guard mentions.count >= 2, let first = mentions.first,
                      first.start == c || lexicon.subsetWords.contains(where: { $0.elementsEqual(s[c..<first.start]) }) else { continue }
                // the run of names joined by 和 or 、 and nothing else
                var run = [first]
                for m in mentions.dropFirst() {
                    guard let last = run.last, listed(last, m, in: s) else { break }
                    run.append(m)
                }
                guard run.count >= 2, let namesEnd = run.last?.end, namesEnd < r else { continue }
                return clausePerName(s, names: run, saying: namesEnd..<e)
            }
        }
        return nil
    }

    /// Two metrics joined by 和 (及, 与, 、) and two figures joined the same way, without 分别
    /// (固定资产投资和招商引资到位资金五年累计实现363.86亿元和412.89亿元; 规上工业总产值、工业投资较同期增长
    /// 18.1%、11.2%), written as the pairs it stands for (固定资产投资五年累计实现363.86亿元，招商引资到位资金
    /// 五年累计实现412.89亿元). Each name must end in a metric word of its own; nil otherwise.
    private func jointPairs(_ s: [Unicode.Scalar], _ nums: [NumberSpan]) -> [Unicode.Scalar]? {
        guard nums.count >= 2 else { return nil }
        let joiners = wordJoiners + [["、"]]
        func endsInMetricWord(_ e: Int) -> Bool { singleMetricWords.contains { ScalarText.endsWith(s, at: e, $0) } }
        for k in 0..<(nums.count - 1) {
            let a = nums[k], b = nums[k + 1]
            guard a.unit != nil, a.unit == b.unit, b.start > a.end, joiners.contains(where: { $0.elementsEqual(s[a.end..<b.start]) }) else { continue }
            // (exactly two: not the first two of a longer list)
            if k + 2 < nums.count, lexicon.rules.listJoiners.contains(where: { $0.elementsEqual(s[b.end..<nums[k + 2].start]) }) { continue }
            if k > 0, lexicon.rules.listJoiners.contains(where: { $0.elementsEqual(s[nums[k - 1].end..<a.start]) }) { continue }
            let c = ScalarText.clauseStart(s, before: a.start)
            for j in joiners {
                var from = c
                while let q = ScalarText.find(j, in: s, from: from, to: a.start) {
                    from = q + 1
                    guard q > c, endsInMetricWord(q) else { continue }
                    let second = q + j.count
                    // the second name ends where its metric word ends, the verb after it (五年累计实现)
                    guard let nameEnd = (second..<a.start).reversed().first(where: { $0 - second <= 16 && $0 > second && endsInMetricWord($0) }) else { continue }
                    let verb = Array(s[nameEnd..<a.start])
                    guard verb.count <= 8, !verb.contains(where: { ScalarText.isClauseBreak($0) || ScalarText.isSentenceEnd($0) }) else { continue }
                    var out = Array(s[..<q])
                    out += verb
                    out += s[a.start..<a.end]
                    out.append("，")
                    out += s[second..<nameEnd]
                    out += verb
                    out += s[b.start...]
                    return out
                }
            }
        }
        return nil
    }

    /// Whether two different set verbs stand joined in `from..<to` (签约和开工, 签约或开工, 签约、开工), or a
    /// word names two sets at once (开竣工).
    private func joinsSets(_ s: [Unicode.Scalar], from lo: Int, to hi: Int) -> Bool {
        if lexicon.rules.joinedSetWords.contains(where: { ScalarText.find($0, in: s, from: lo, to: hi) != nil }) { return true }
        for v in lexicon.rules.setVerbs {
            var k = lo
            while let a = ScalarText.find(v, in: s, from: k, to: hi) {
                k = a + 1
                let j = a + v.count
                guard let joiner = lexicon.rules.setJoiners.first(where: { ScalarText.matches(s, at: j, $0) }) else { continue }
                if lexicon.rules.setVerbs.contains(where: { !$0.elementsEqual(v) && ScalarText.matches(s, at: j + joiner.count, $0) }) { return true }
            }
        }
        return false
    }

    /// Where the noun after a count's measure word ends (6个项目, 8个项目即将签约); a money figure has none.
    private func nounEnd(_ s: [Unicode.Scalar], _ num: NumberSpan) -> Int {
        var end = num.end
        if num.unit == .count {
            // (12家A股上市公司: capitals in the noun; 15个重大项目在市“金洽会”集中签约: a short quoted name inside the run)
            while end < s.count && end - num.end < 16 {
                if ScalarText.isHan(s[end]) || ScalarText.isASCIICapital(s[end]) { end += 1; continue }
                guard s[end] == "“", let close = s[(end + 1)..<min(s.count, end + 12)].firstIndex(of: "”") else { break }
                end = close + 1
            }
            // (3个异地孵化器引进科创项目11个: a word counting projects that ends right before the next figure is that
            // figure's; not 24个市级重点项目完成投资41.1亿元, the set's own total)
            if end < s.count, ScalarText.isASCIIDigit(s[end]), let w = metricWord(in: s, from: num.end, endingAt: end), w.end == end, w.start > num.end + 1,
               w.word.metric.countsProjects {
                return w.start
            }
            // 17个带动能力强、经济效益好的重大项目: qualities listed with 、 before 的, then the noun
            if end < s.count, ScalarText.isListBreak(s[end]) {
                var k = end
                while k < s.count && k - num.end < 40 && (ScalarText.isHan(s[k]) || ScalarText.isListBreak(s[k])) { k += 1 }
                if let de = (end..<k).last(where: { i in lexicon.rules.possessives.contains { ScalarText.matches(s, at: i, $0) && i + $0.count < k } }),
                   let deWord = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: de, $0) }) {
                    end = de + deWord.count
                    let from = end
                    while end < s.count && end - from < 12 && ScalarText.isHan(s[end]) { end += 1 }
                } else if end > num.end, k - end <= 16, let project = lexicon.rules.projectNoun, ScalarText.find(project, in: s, from: end, to: k) != nil {
                    // (21个二、三产项目集中引进: kinds listed with 、 in the noun, up to 项目)
                    end = k
                }
            }
            // 4个总投资3.85亿美元的供应链外资项目: the set's total inside the noun, which goes on after 的
            // (80个总投资759亿元、年度计划投资110亿元的重点项目: or its totals listed with 、, each after its words)
            var k = end
            var amountEnd: Int? = nil
            while true {
                let digitsStart = k
                while k < s.count && (ScalarText.isASCIIDigit(s[k]) || s[k] == ".") { k += 1 }
                let digitsEnd = k
                while k < s.count && k - digitsEnd < 2 && ChineseNumeral.isNumeral(s[k]) { k += 1 }   // (亿, 万)
                guard digitsEnd > digitsStart, let u = lexicon.rules.moneyUnits.first(where: { ScalarText.matches(s, at: k, $0) }) else { break }
                amountEnd = k + u.count
                var q = k + u.count
                guard q < s.count, ScalarText.isListBreak(s[q]) else { break }
                q += 1
                let wordsStart = q
                while q < s.count && q - wordsStart < 8 && ScalarText.isHan(s[q]) { q += 1 }
                guard q < s.count, ScalarText.isASCIIDigit(s[q]) else { break }
                k = q
            }
            if let k = amountEnd {
                // (11个总投资20亿元项目: or the project word right after the amount)
                if let de = lexicon.rules.possessives.first(where: { ScalarText.matches(s, at: k, $0) }) {
                    end = k + de.count
                    let from = end
                    while end < s.count && end - from < 12 && ScalarText.isHan(s[end]) { end += 1 }
                } else if let project = lexicon.rules.projectNoun, ScalarText.matches(s, at: k, project) {
                    end = k + project.count
                }
            }
        }
        return end
    }

    /// Whether a count counts projects of a class of size: an amount of money written in the count's noun
    /// (亿元以上项目12个, 33个亿元级重点项目, 过亿元项目70个), not an amount the set is said to have
    /// (签约总投资86.5亿元的项目18个: a set and its total).
    private func countsSizeClass(_ s: [Unicode.Scalar], _ num: NumberSpan, clauseStart: Int) -> Bool {
        guard let word = projectWord(s, num, from: clauseStart, gap: 2, inNoun: true) else { return false }
        // the noun: from the measure word to 项目 (N个亿元级重点项目), or up to eight characters before 项目N个
        let noun = word.lowerBound >= num.end ? num.end..<word.lowerBound : max(clauseStart, word.lowerBound - 8)..<word.lowerBound
        guard let money = lexicon.rules.moneyUnits.compactMap({ w in
            noun.last(where: { ScalarText.matches(s, at: $0, w) }).map { $0 + w.count }
        }).max() else { return false }
        return !lexicon.rules.possessives.contains { ScalarText.find($0, in: s, from: money, to: noun.upperBound) != nil }
    }

    /// Where the noun of a count that counts projects and names nothing else stands (丰顺县项目2个, 13个项目):
    /// the project word right before the count, or right after its measure word.
    /// 签约61个重大产业项目，其中28个已开工: a count of projects with no noun after its measure word, then a set
    /// verb (after 已): the projects that verb names (开工项目), where the sentence counted projects before it.
    private func setVerbAfterBareCount(_ s: [Unicode.Scalar], _ num: NumberSpan) -> MetricWordMatch? {
        guard num.unit == .count, let project = lexicon.rules.projectNoun,
              (num.numberEnd..<num.end).contains(where: { lexicon.rules.projectCounters.contains(s[$0]) }),
              ScalarText.find(project, in: s, from: 0, to: num.start) != nil else { return nil }
        let v = num.end + (lexicon.rules.soFarWords.first { ScalarText.matches(s, at: num.end, $0) }?.count ?? 0)
        guard let verb = lexicon.rules.setVerbs.first(where: { ScalarText.matches(s, at: v, $0) }) else { return nil }
        let named = verb + project
        guard let m = metricWord(in: named, from: 0, endingAt: named.count), m.start == 0, !m.word.outOfScope else { return nil }
        return MetricWordMatch(word: m.word, start: v, end: v + verb.count)
    }

    /// 开竣工项目共73个…。其中开工46个，总投资180亿元；竣工27个: a set's verb right before a bare count of projects (no noun
    /// after it), where the paragraph named projects before: the projects the verb names (the caller checks the paragraph).
    private func setVerbBeforeBareCount(_ s: [Unicode.Scalar], _ num: NumberSpan) -> MetricWordMatch? {
        guard num.unit == .count, let project = lexicon.rules.projectNoun,
              (num.numberEnd..<num.end).contains(where: { lexicon.rules.projectCounters.contains(s[$0]) }),
              num.end == s.count || !ScalarText.isHan(s[num.end]),
              let verb = lexicon.rules.setVerbs.first(where: { ScalarText.endsWith(s, at: num.start, $0) }) else { return nil }
        let named = verb + project
        guard let m = metricWord(in: named, from: 0, endingAt: named.count), m.start == 0, !m.word.outOfScope else { return nil }
        return MetricWordMatch(word: m.word, start: num.start - verb.count, end: num.start)
    }

    /// Whether a mention names an area whose 产值 is all its industry's: a zone, a park, zones together, the page's
    /// zone, or another kind of zone (玉林经济技术开发区产值达到280亿元).
    private func namesIndustrialArea(_ m: EntityMention) -> Bool {
        switch m.kind {
        case .zone, .park, .collective, .selfReference(.zone): return true
        case .place: return lexicon.otherZoneSuffixes.contains { ScalarText.endsWith(Array(m.name.unicodeScalars), at: m.name.unicodeScalars.count, $0.text) }
        default: return false
        }
    }

    /// Whether a place, a zone or a park opens the clause of `num` after `lo` (or a clause before it with no ； between): the figure
    /// is that owner's own share, no part of the set framed before (在开工的重大产业项目中，沭阳县开工24个项目).
    private func placeOwnsShare(_ s: [Unicode.Scalar], _ num: NumberSpan, after lo: Int, mentions: [EntityMention]) -> Bool {
        mentions.contains { m in
            // (a zone's or a park's too: 在本次动工的142个项目中，广州高新区有107个)
            let owner: Bool
            switch m.kind { case .place, .zone, .park: owner = true; default: owner = false }
            guard owner, m.start >= lo, m.end <= num.start, opensClause(m, in: s) else { return false }
            return ScalarText.clauseStart(s, before: num.start) <= m.start || !s[m.end..<num.start].contains(where: lexicon.scopeEnds.contains)
        }
    }

    /// Whether a figure of a set of projects, with no time of its own, counts or totals the set the article's
    /// event dated for another owner (4月22日，宿迁市…开工重大产业项目112个。沭阳县开工24个项目，计划总投资170.5亿元):
    /// that event's set, by place.
    private func eventSetByPlace(_ metric: Metric, zone: String, event: Period, _ ctx: ArticleContext) -> Bool {
        guard let set = ctx.facts.last(where: { $0.unit == .count && $0.metric.countsProjects }), set.period == event, set.zone != zone else { return false }
        return set.metric == metric || Self.totalMetric(ofSetCounted: set.metric) == metric
    }

    /// Whether a count of projects closes, after 等, a clause that opens by listing examples (包括中国长城…基地、
    /// …产业园等17个项目): the count is of the whole set the examples stand for (rule set-examples).
    private func closesExamples(_ s: [Unicode.Scalar], _ num: NumberSpan) -> Bool {
        guard num.unit == .count, lexicon.rules.listEnds.contains(where: { ScalarText.endsWith(s, at: num.start, $0) }),
              projectWord(s, num, from: 0, gap: 0, inNoun: true) != nil else { return false }
        let c = ScalarText.clauseStart(s, before: num.start)
        return lexicon.rules.setExamples.contains { ScalarText.matches(s, at: c, $0) }
    }

    /// 本次集中开工的项目涵盖…领域，包括中国长城…基地、…产业园等17个项目: such a count, after a set named by its
    /// verb and 的 earlier in the sentence with no count of its own, is the set's count.
    private func setCountedAfterExamples(_ s: [Unicode.Scalar], _ num: NumberSpan, nums: [NumberSpan]) -> MetricWordMatch? {
        guard closesExamples(s, num), let project = lexicon.rules.projectNoun else { return nil }
        let c = ScalarText.clauseStart(s, before: num.start)
        // the set: the last project word before the clause that a set verb and 的 name, and no count of projects since
        var q = c
        while let k = ScalarText.findLast(project, in: s, from: 0, to: q) {
            q = k
            guard namesSetByVerb(s, projectAt: k) else { continue }
            guard !projectCount(s, numbers: nums, from: k, to: num.start) else { return nil }
            guard let de = lexicon.rules.possessives.first(where: { ScalarText.endsWith(s, at: k, $0) }),
                  let verb = lexicon.rules.setVerbs.first(where: { ScalarText.endsWith(s, at: k - de.count, $0) }) else { return nil }
            let named = verb + project
            guard let m = metricWord(in: named, from: 0, endingAt: named.count), m.start == 0, !m.word.outOfScope else { return nil }
            let v = k - de.count - verb.count
            return MetricWordMatch(word: m.word, start: v, end: v + verb.count)
        }
        return nil
    }

    private func bareProjectCount(_ s: [Unicode.Scalar], _ num: NumberSpan, after lo: Int) -> Range<Int>? {
        // (项目共7个: a word of a total between the noun and the count)
        let lead = lexicon.rules.countLeads.first { ScalarText.endsWith(s, at: num.start, $0) }?.count ?? 0
        return projectWord(s, num, from: lo, gap: lead, inNoun: false)
    }

    /// The name of a part of a set of projects a count gives, by kind or by class of size, as sentence offsets:
    /// the noun after the count up to 项目 (其中包括7个购地项目 → 购地项目), else the words before 项目 right before
    /// the count, back to the clause's or the list item's start, a part cue or a part opener (其中亿元以上项目19个 →
    /// 亿元以上项目; 其中有外资项目3个 → 外资项目); nil for projects named by no more than 项目 (其中9个项目).
    private func projectPartName(_ s: [Unicode.Scalar], _ num: NumberSpan, from lo: Int, nums: [NumberSpan]) -> Range<Int>? {
        guard num.unit == .count, let project = lexicon.rules.projectNoun else { return nil }
        if let q = ScalarText.find(project, in: s, from: num.end, to: nounEnd(s, num)) {
            // (有60个是制造业项目: the copula between the count and the kind is no part of its name)
            var a = num.end
            while let w = lexicon.rules.partOpeners.first(where: { a + $0.count < q && ScalarText.matches(s, at: a, $0) }) { a += w.count }
            return q > a ? a..<(q + project.count) : nil
        }
        guard let noun = bareProjectCount(s, num, after: lo) else { return nil }
        var a = noun.lowerBound
        while a > lo, ScalarText.isHan(s[a - 1]) || ScalarText.isASCIIDigit(s[a - 1]) || "．.~～-—“”\"".unicodeScalars.contains(s[a - 1]) { a -= 1 }
        // (after the last part cue or end of examples in the run: 其中, 包括; 思越智能…基地、西门子项目等强链补链重大产业项目7个)
        if let e = (partCueWords + lexicon.rules.listEnds).compactMap({ w in ScalarText.findLast(w, in: s, from: a, to: noun.lowerBound).map { $0 + w.count } }).max() {
            a = e
        }
        // (and past the words that open the part: 有, 共有)
        while let w = lexicon.rules.partOpeners.first(where: { a + $0.count <= noun.lowerBound && ScalarText.matches(s, at: a, $0) }) { a += w.count }
        guard a < noun.lowerBound else { return nil }
        // (an amount in the name bounds a class of size, 5亿元以上项目, 20~50亿元项目, 百亿级项目; not 总投资237.1亿元的合同
        // 项目, a set its total describes)
        if nums.contains(where: { ($0.unit == .CNY || $0.unit == .USD) && $0.start >= a && $0.end <= noun.lowerBound }),
           !(lexicon.rules.classBounds + lexicon.rules.rangeJoiners).contains(where: { ScalarText.find($0, in: s, from: a, to: noun.lowerBound) != nil }),
           !s[a..<noun.lowerBound].contains(where: lexicon.rules.sizeClassMarks.contains) { return nil }
        return a..<noun.upperBound
    }

    /// Where the project word of a count stands: ending at most `gap` characters before the count
    /// (项目N个, 项目共N个), not before `lo`; else right after its measure word (N个项目) or, with `inNoun`,
    /// anywhere in its noun (N个亿元级重点项目).
    private func projectWord(_ s: [Unicode.Scalar], _ num: NumberSpan, from lo: Int, gap: Int, inNoun: Bool) -> Range<Int>? {
        guard num.unit == .count, let project = lexicon.rules.projectNoun else { return nil }
        if let g = (0...gap).first(where: { num.start - $0 - project.count >= lo && ScalarText.endsWith(s, at: num.start - $0, project) }) {
            return (num.start - g - project.count)..<(num.start - g)
        }
        let q = inNoun ? ScalarText.find(project, in: s, from: num.end, to: nounEnd(s, num))
                       : ScalarText.matches(s, at: num.end, project) ? num.end : nil
        return q.map { $0..<($0 + project.count) }
    }

    /// The figure a bracket right after it splits by owner, and this figure's owner, for a figure inside
    /// that bracket right after an entity's name (420亿元(兰州高新区292亿元、白银高新区128亿元)); nil otherwise.
    private func ownerInBracket(_ s: [Unicode.Scalar], _ num: NumberSpan, nums: [NumberSpan], mentions: [EntityMention],
                                ctx: ArticleContext) -> (NumberSpan, (String, Entity))? {
        guard let (outer, open) = figureBracketed(s, num, nums: nums),
              let m = mentions.last(where: { $0.start > open && $0.end == num.start }),
              m.kind == .zone || m.kind == .place || isOtherZone(m),
              m.start == open + 1 || ScalarText.isListBreak(s[m.start - 1]) || s[m.start - 1] == "，" || s[m.start - 1] == "," else { return nil }
        return resolve(m, ctx: ctx).map { (outer, $0) }
    }

    /// The figure a bracket holding this figure opens right after, and where the bracket opens
    /// (3122件(高价值发明专利约1500件)); nil when the figure stands in no such bracket.
    private func figureBracketed(_ s: [Unicode.Scalar], _ num: NumberSpan, nums: [NumberSpan]) -> (NumberSpan, Int)? {
        // (back to the nearest bracket mark, within a short breakdown's length)
        var k = num.start
        while k > 0, num.start - k < 60 {
            k -= 1
            let u = s[k]
            if u == ")" || u == "）" || ScalarText.isSentenceEnd(u) { return nil }
            if u == "(" || u == "（" {
                guard let outer = nums.last(where: { $0.end == k }) else { return nil }
                return (outer, k)
            }
        }
        return nil
    }

    /// Whether `lo..<hi` counts a set of projects by what happened to it: a count right before the project noun
    /// (a kind between, 23个重点项目) and a set verb after it (创智、兴乐等23个项目集中动工, 8个项目签约), not a kind
    /// of projects counted after its noun (竣工项目3个, a part of a set).
    private func countsSetByEvent(_ s: [Unicode.Scalar], numbers: [NumberSpan], from lo: Int, to hi: Int) -> Bool {
        guard let project = lexicon.rules.projectNoun else { return false }
        return numbers.contains { n in
            guard n.unit == .count, n.start >= lo, n.end < hi else { return false }
            var k = n.end
            while k < min(hi, n.end + 6), ScalarText.isHan(s[k]), !ScalarText.matches(s, at: k, project) { k += 1 }
            guard ScalarText.matches(s, at: k, project) else { return false }
            return countedMetric(s, n)?.countsProjects == true
        }
    }

    /// Whether the project word at `q` names the projects a set verb and 的 name (当天开工的项目总投资124.1亿元,
    /// 签约的项目): the event's set, not one project.
    private func namesSetByVerb(_ s: [Unicode.Scalar], projectAt q: Int) -> Bool {
        guard let de = lexicon.rules.possessives.first(where: { ScalarText.endsWith(s, at: q, $0) }) else { return false }
        return lexicon.rules.setVerbs.contains { ScalarText.endsWith(s, at: q - de.count, $0) }
    }

    /// Whether the noun after a count (its measure word at `i` - 1) is a kind of zone or park: 54个园区,
    /// 12家省级高新区 (up to four words between the count and the noun).
    /// (not past the project noun: 9个项目落户园区 counts projects)
    private func countsZones(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        Self.countsZones(s, after: i, nouns: zoneNouns, project: lexicon.rules.projectNoun)
    }

    private static func countsZones(_ s: [Unicode.Scalar], after i: Int, nouns: [[Unicode.Scalar]], project: [Unicode.Scalar]?) -> Bool {
        var k = i
        while k < s.count, k - i <= 4, ScalarText.isHan(s[k]) {
            if let project, ScalarText.matches(s, at: k, project) { return false }
            if nouns.contains(where: { ScalarText.matches(s, at: k, $0) }) { return true }
            k += 1
        }
        return false
    }

    /// The industry a paragraph's first sentence opens with as its topic (生物医药产业方面，…; 卷烟及配套产业是…):
    /// a run of words ending in an industry's end, then a topic word, at the paragraph's start; or then a verb of
    /// a result, after a plan's horizon or not (到2025年，新能源产业累计完成投资1000亿元，规上工业产值达到2300亿元:
    /// the industry's figures).
    private func industryTopic(_ p: Paragraph, _ s: [Unicode.Scalar]) -> String? {
        let from = horizonYear(s) == nil ? 0 : (s.firstIndex(where: ScalarText.isClauseBreak) ?? s.count) + 1
        var k = from
        while k < s.count, k - from < 16, ScalarText.isHan(s[k]) {
            k += 1
            guard k - from >= 3, lexicon.rules.industrySuffixes.contains(where: { ScalarText.endsWith(s, at: k, $0) }) else { continue }
            let verbAt = lexicon.rules.cumulativeWords.first(where: { ScalarText.matches(s, at: k, $0) }).map { k + $0.count } ?? k
            guard lexicon.rules.industryTopics.contains(where: { ScalarText.matches(s, at: k, $0) })
                    || lexicon.rules.statementVerbs.contains(where: { ScalarText.matches(s, at: verbAt, $0) }) else { continue }
            return p.written(from..<k)
        }
        return nil
    }

    /// The industry a numbered item opens with, as its subject (1、光电子信息产业进一步加快增长速度; 2、生物医药产业
    /// 正在恢复性增长): the first name of three or more characters ending in an industry word (`rule industry`)
    /// right after the item's number.
    private func industryOpeningItem(_ p: Paragraph, _ s: [Unicode.Scalar]) -> String? {
        var k = 0
        while k < s.count && k < 3 && (ScalarText.isASCIIDigit(s[k]) || ChineseNumeral.isNumeral(s[k])) { k += 1 }
        guard k > 0, k < s.count, lexicon.rules.itemNumberEnds.contains(s[k]) else { return nil }
        let start = k + 1
        var e = start
        while e < s.count && e - start < 16 && ScalarText.isHan(s[e]) {
            e += 1
            if e - start >= 3, lexicon.rules.industrySuffixes.contains(where: { ScalarText.endsWith(s, at: e, $0) }) { return p.written(start..<e) }
        }
        return nil
    }

    /// Whether a count of projects is the set the next count is taken from (35个新建项目开工建设8个): the
    /// next figure is a count with the same measure word, only words stand between them, and a set verb
    /// follows the project word (none before the first count in its clause: 开工15个项目竣工8个 is two sets).
    /// Whether a count of years (5年, 十年; not a year, 2019年) ends right before `i`.
    static func countOfYearsEnds(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 2, s[i - 1] == CalendarMarks.year else { return false }
        var k = i - 1
        while k > 0, ScalarText.isASCIIDigit(s[k - 1]) || ChineseNumeral.isNumeral(s[k - 1]) { k -= 1 }
        return (1...2).contains(i - 1 - k)
    }

    /// Whether a subset word stands in `lo..<hi`, not inside brackets closed before `hi`
    /// (59个市重点项目(包括新入库10个项目)、182个区重点项目: the 包括 speaks inside its brackets only).
    private func subsetWordStands(in s: [Unicode.Scalar], from lo: Int, to hi: Int) -> Bool {
        lexicon.subsetWords.contains { w in
            var k = lo
            while let f = ScalarText.find(w, in: s, from: k, to: hi) {
                guard Self.inBrackets(f, of: s, from: lo), s[f..<hi].contains(")") else { return true }
                k = f + 1
            }
            return false
        }
    }

    /// The key-project word a count's noun ends in (191个区重点实施项目), if it does.
    private func keyProjectsNoun(_ s: [Unicode.Scalar], _ num: NumberSpan) -> MetricWordMatch? {
        guard let project = lexicon.rules.projectNoun, let q = ScalarText.find(project, in: s, from: num.end, to: nounEnd(s, num)),
              let m = metricWord(in: s, from: num.end, endingAt: q + project.count), m.word.metric == .projects_key else { return nil }
        return m
    }

    private func poolOfNextCount(_ s: [Unicode.Scalar], _ num: NumberSpan, nums: [NumberSpan], clauseStart c: Int) -> Bool {
        guard let project = lexicon.rules.projectNoun, let next = nums.first(where: { $0.start >= num.end }),
              next.unit == .count, num.end > num.start, next.end > next.start, s[num.end - 1] == s[next.end - 1],
              s[num.end..<next.start].allSatisfy(ScalarText.isHan),
              let q = ScalarText.find(project, in: s, from: num.end, to: next.start), q - num.end <= 8 else { return false }
        let verbs = lexicon.rules.setVerbs
        return verbs.contains { ScalarText.find($0, in: s, from: q + project.count, to: next.start) != nil }
            && !verbs.contains { ScalarText.find($0, in: s, from: c, to: num.start) != nil }
    }

    /// Whether the clause runs on from a figure to an event noun within eight characters, Han ones only and
    /// no project's set nor 的 between (GDP超千亿元新闻发布会: the figure names the event).
    private func inEventName(_ s: [Unicode.Scalar], _ num: NumberSpan, clauseEnd ce: Int) -> Bool {
        guard let project = lexicon.rules.projectNoun,
              let noun = lexicon.rules.eventNouns.compactMap({ ScalarText.find($0, in: s, from: num.end, to: ce) }).min(), noun - num.end <= 8,
              s[num.end..<noun].allSatisfy(ScalarText.isHan) else { return false }
        return ScalarText.find(project, in: s, from: num.end, to: noun) == nil
            && !lexicon.rules.possessives.contains { ScalarText.find($0, in: s, from: num.end, to: noun) != nil }
    }

    /// Whether a figure stands inside a short quoted name (“三个一批”, “双百工程”): an opening quote at most
    /// six characters before it and its closing quote at most six after, with no clause break between.
    static func insideShortQuote(_ s: [Unicode.Scalar], _ num: NumberSpan) -> Bool {
        guard let open = s[max(0, num.start - 6)..<num.start].lastIndex(of: "“"),
              !s[open..<num.start].contains(where: { $0 == "”" || ScalarText.isClauseBreak($0) }) else { return false }
        guard let close = s[num.end..<min(s.count, num.end + 6)].firstIndex(of: "”") else { return false }
        return !s[num.end..<close].contains(where: ScalarText.isClauseBreak)
    }

    /// The metric a count names in its own clause (8个项目即将签约 → projects_signed).
    private func countedMetric(_ s: [Unicode.Scalar], _ count: NumberSpan) -> Metric? {
        var c = count.start
        while c > 0 && !ScalarText.isClauseBreak(s[c - 1]) { c -= 1 }
        return metricWords.match(in: s, from: c, number: count, nounEnd: nounEnd(s, count))?.word.metric
    }

    /// Whether an approx word of `num` bounds a class of size (5亿元以上, 超亿元), not one that tells the
    /// amount roughly (约, 近).
    private func boundsClass(_ s: [Unicode.Scalar], _ num: NumberSpan) -> Bool {
        guard num.approx != nil else { return false }
        return lexicon.rules.classBounds.contains { w in
            (num.start + w.count <= num.numberStart && ScalarText.matches(s, at: num.start, w)) || ScalarText.find(w, in: s, from: num.numberEnd, to: num.end) != nil
        }
    }

    /// The amounts listed with 、 around `num`, each after its own words (总投资759亿元、年度计划投资110亿元):
    /// the first and the last of the list (`num` itself at both ends when it stands alone).
    private func listedAmounts(_ s: [Unicode.Scalar], _ num: NumberSpan, nums: [NumberSpan]) -> (first: NumberSpan, last: NumberSpan) {
        let isAmount = { (n: NumberSpan) in n.unit == .CNY || n.unit == .USD }
        guard isAmount(num) else { return (num, num) }
        // (another amount, after 、 and at most 8 characters of its words)
        func joined(_ a: NumberSpan, _ b: NumberSpan) -> Bool {
            a.end < b.start && b.start - a.end <= 9 && ScalarText.isListBreak(s[a.end]) && s[(a.end + 1)..<b.start].allSatisfy(ScalarText.isHan)
        }
        var first = num, last = num
        while let n = nums.last(where: { $0.end <= first.start }), isAmount(n), joined(n, first) { first = n }
        while let n = nums.first(where: { $0.start >= last.end }), isAmount(n), joined(last, n) { last = n }
        return (first, last)
    }

    /// Whether a count of projects (项目N个, N个(重点)项目) lies within `from..<to`.
    private func projectCount(_ s: [Unicode.Scalar], numbers: [NumberSpan], from lo: Int, to hi: Int) -> Bool {
        guard let project = lexicon.rules.projectNoun else { return false }
        for n in numbers where n.start >= lo && n.end <= hi && n.unit == .count {
            // (“四个中心”基地项目: a count inside quotes is part of a name)
            if let open = s[..<n.start].lastIndex(of: "“"), !s[open..<n.start].contains("”") { continue }
            // 项目14个, 项目共14个, 项目达32个
            for gap in 0...2 where n.start - gap >= lo && ScalarText.endsWith(s, at: n.start - gap, project)
                && s[(n.start - gap)..<n.start].allSatisfy(ScalarText.isHan) { return true }
            // (4个总投资3.85亿美元的…项目, 11个总投资20亿元项目: the set's total inside the noun)
            if n.end < s.count, ScalarText.isHan(s[n.end]), ScalarText.find(project, in: s, from: n.end, to: nounEnd(s, n)) != nil { return true }
            var k = n.end
            // (24个市、区重点项目: a list of kinds inside the noun; 217个“双百工程”项目: a quoted name)
            while k < min(s.count, n.end + 12) && (ScalarText.isHan(s[k]) || ScalarText.isListBreak(s[k]) || s[k] == "“" || s[k] == "”") {
                if ScalarText.matches(s, at: k, project) { return true }
                k += 1
            }
        }
        return false
    }

    /// Whether an industry's name (…产业, …制造业; or several in quotes, “四大战略性新兴产业”) ends before `i`
    /// with only its verb and a time between (产业上半年共实现|工业增加值).
    private func industryEnds(_ s: [Unicode.Scalar], before i: Int, spans: [PeriodSpan]) -> Bool {
        let j = nameEnd(s, before: i, skipping: lexicon.rules.labelVerbs, spans: spans, quotes: true)
        return lexicon.rules.industrySuffixes.contains { ScalarText.endsWith(s, at: j, $0) }
    }

    /// Where a name ends before `i`, past the words between it and a metric word (`words`: 完成, 实现,
    /// 共…), a time (高技术产业前三季度实现产值) and, with `quotes`, the mark closing a quoted name.
    private func nameEnd(_ s: [Unicode.Scalar], before i: Int, skipping words: [[Unicode.Scalar]], spans: [PeriodSpan], quotes: Bool) -> Int {
        var j = i
        var moved = true
        while moved {
            moved = false
            for v in words where ScalarText.endsWith(s, at: j, v) { j -= v.count; moved = true; break }
            if !moved, let time = spans.last(where: { $0.end == j && $0.start < j }) { j = time.start; moved = true }
            if !moved, quotes, j > 0, ScalarText.isClosingQuote(s[j - 1]) { j -= 1; moved = true }
        }
        return j
    }

    /// Whether a count of industries opens at `g` (两大, 五大, 5大, 三类: a numeral or a digit, then `rule
    /// industry-group`): several industries named as one.
    private func opensIndustryGroup(_ t: [Unicode.Scalar], at g: Int) -> Bool {
        g + 1 < t.count && (ChineseNumeral.isNumeral(t[g]) || ScalarText.isASCIIDigit(t[g])) && lexicon.rules.industryGroups.contains(t[g + 1])
    }

    /// Where the industry named before a metric word stands: 新型储能产业(完成)产值 → 新型储能产业.
    private func industryLabel(_ s: [Unicode.Scalar], before i: Int, mentions: [EntityMention], spans: [PeriodSpan]) -> Range<Int>? {
        // the words between the industry and 产值 (完成, 实现, 总, 规上): 新型储能产业完成产值; a time between the
        // name and its verb is none of the name (高技术产业前三季度实现产值)
        var j = nameEnd(s, before: i, skipping: lexicon.rules.labelVerbs + lexicon.sizeWords + lexicon.rules.listEnds, spans: spans, quotes: false)
        // 战略性新兴产业取得突破，实现产值425.7亿元: the clause names no industry, the one before does
        if j > 0, ScalarText.isClauseBreak(s[j - 1]) { return industrySubject(s, clauseBefore: j - 1, mentions: mentions, spans: spans) }
        // the industry's name: the words before, back to the entity named or the clause start
        let floor = max(mentions.last(where: { $0.end <= j })?.end ?? 0, 0)
        var a = j
        // (a part in brackets inside the name: 新能源汽车(零部件)产业)
        var inBrackets = false
        while a > floor && j - a < 18 {
            let u = s[a - 1]
            if u == ")" || u == "）" { if inBrackets { break }; inBrackets = true
            } else if u == "(" || u == "（" { if !inBrackets { break }; inBrackets = false
            // (a quoted name inside it: “两特三新一智能”产业)
            } else if !(ScalarText.isHan(u) || u == "、" || u == "“" || u == "”") { break }
            a -= 1
        }
        // (a quote the run cut through, its other mark outside the name, is none of it)
        if let close = s[a..<j].firstIndex(of: "”"), !s[a..<close].contains("“") { a = close + 1 }
        if let open = s[a..<j].lastIndex(of: "“"), !s[open..<j].contains("”") { j = open }
        // (a list of industries runs longer: 高端装备制造、电子信息及智能制造、石化及新材料产业 takes in its first item
        // where the item starts the clause within a few letters more)
        if j - a >= 18, !inBrackets, s[a..<j].contains("、") {
            var b = a
            while b > floor, a - b < 10, ScalarText.isHan(s[b - 1]) || s[b - 1] == "、" { b -= 1 }
            if b < a, b == floor || !ScalarText.isHan(s[b - 1]) && s[b - 1] != "、" { a = b }
        }
        // (a bracket left open is no part of the name: 市场(新材料产业 → 新材料产业)
        if inBrackets, let close = s[a..<j].lastIndex(where: { $0 == ")" || $0 == "）" }) { a = close + 1 }
        // (nor one opening it: 泰州医药高新区(高港区)大健康产业 → 大健康产业; the bracket names a place)
        if a < j, s[a] == "(" || s[a] == "（", let close = s[a..<j].firstIndex(where: { $0 == ")" || $0 == "）" }) { a = close + 1 }
        // a time before the name is none of it (1至9月集成电路产业产值 → 集成电路产业)
        if let time = spans.last(where: { $0.end > a && $0.end < j }) { a = time.end }
        // nor the measure word of a count before it (151家电子信息规上工业企业 → 电子信息…)
        if a > 0, a < j, ScalarText.isASCIIDigit(s[a - 1]) || ChineseNumeral.isNumeral(s[a - 1]),
           lexicon.rules.zoneCounters.contains(s[a]) || lexicon.rules.firmCounters.contains(s[a]) { a += 1 }
        // the firms of an industry (电子信息规上工业企业实现产值): the industry is what stands before their size
        if lexicon.notIndustries.contains(where: { $0.count < j - a && ScalarText.endsWith(s, at: j, $0) }),
           let cut = lexicon.sizeWords.compactMap({ w in ScalarText.find(w, in: s, from: a, to: j) }).min(), cut - a >= 2 {
            return a..<cut
        }
        // an industry's name then the size of its firms (生物产业规上工业实现产值 → 生物产业)
        if let cut = lexicon.sizeWords.compactMap({ w in ScalarText.find(w, in: s, from: a + 2, to: j) }).min(),
           lexicon.rules.industrySuffixes.contains(where: { ScalarText.endsWith(s, at: cut, $0) }) { j = cut }
        // what opens it is not the name: 其中, 实现, 上半年, 力争, 规上 (实现战略性新兴产业 → 战略性新兴产业)
        let openers = labelOpeners
        var moved = true
        while moved && j - a > 2 {
            moved = false
            for w in openers where j - a > w.count + 1 && ScalarText.matches(s, at: a, w) { a += w.count; moved = true; break }
        }
        while a < j && s[a] == "、" { a += 1 }
        // (汽车、电子信息…及新能源新材料等五大支柱产业实现总产值: a list of industries closed by 等 and their count
        // is the group the count names, not its last item)
        if let g = (a..<j).last(where: { g in lexicon.rules.listEnds.contains { ScalarText.endsWith(s, at: g, $0) } && opensIndustryGroup(s, at: g) }) {
            a = g
        }
        guard j - a >= 2 else { return nil }
        // a name that is only such a word (预计新增产值5亿元) is none
        if openers.contains(where: { $0.count == j - a && ScalarText.matches(s, at: a, $0) }) { return nil }
        let label = s[a..<j]
        // a name that is only a count word, or a word that names no industry (工程, 项目), is none
        if label.allSatisfy({ ChineseNumeral.isNumeral($0) }) { return nil }
        // nor an area's (经开区产值635.9亿元, 高新园区产值): a kind of zone or a place's suffix ends it
        if lexicon.placeSuffixes.contains(s[j - 1]) || lexicon.otherZoneSuffixes.contains(where: { ScalarText.endsWith(s, at: j, $0.text) })
            || lexicon.zoneSuffixes.contains(where: { ScalarText.endsWith(s, at: j, $0.text) }) { return nil }
        // a name of several industries named as one (五大主导产业产值增长35.2%, 5大主导产业) keeps its count; not
        // where the figures are each one's (“芯屏端网”四大产业集群产值分别同比增长6.98%、45.05%…)
        // (the group's quoted name before its count: “芯屏端网”四大产业集群)
        let afterQuote = s[a] == "“" ? s[a..<j].firstIndex(of: "”").map { $0 + 1 } : nil
        if a > 0 && opensIndustryGroup(s, at: a - 1) || j - a > 2 && opensIndustryGroup(s, at: a)
            || afterQuote.map({ $0 < j && opensIndustryGroup(s, at: $0) }) == true {
            let ce = ScalarText.clauseEnd(s, from: j)
            if lexicon.rules.respectivelyWords.contains(where: { ScalarText.find($0, in: s, from: j, to: ce) != nil }) { return nil }
            while a > 0, ChineseNumeral.isNumeral(s[a - 1]) || ScalarText.isASCIIDigit(s[a - 1]) { a -= 1 }
        }
        // 钛合金新材料产业的88家规上企业实现产值: the firms are counted, the industry the clause opens with is named
        if lexicon.notIndustries.contains(where: { ScalarText.endsWith(s, at: j, $0) && $0.count <= j - a }) {
            // (电子信息产业延续高位运行，规上企业产值4702亿: firms that open their clause are those of the industry the
            // clause before has as its subject)
            let c = ScalarText.clauseStart(s, before: j)
            return industrySubject(s, clauseBefore: j, mentions: mentions, spans: spans)
                ?? (c > 0 && !mentions.contains(where: { $0.start >= c && $0.end <= j }) ? industrySubject(s, clauseBefore: c - 1, mentions: mentions, spans: spans) : nil)
        }
        // (高新技术产业(规模以上工业企业)实现产值: a bracket after the industry's word says whose output is counted, no part
        // of the industry's name)
        if s[j - 1] == ")" || s[j - 1] == "）", let open = s[a..<j].lastIndex(where: { $0 == "(" || $0 == "（" }), open - a >= 2,
           lexicon.rules.industrySuffixes.contains(where: { ScalarText.endsWith(s, at: open, $0) }) {
            return a..<open
        }
        return a..<j
    }

    /// Whether the sentence before `i` names a figure of investment, trade or revenue (`otherKindWholeWords`): the
    /// whole an industry's growth after it is a part of.
    private func namesWholeOfOtherKind(_ s: [Unicode.Scalar], before i: Int) -> Bool {
        otherKindWholeWords.contains { ScalarText.find($0, in: s, from: 0, to: i) != nil }
    }

    /// Whether a count of firms (`151家电子信息规上工业企业`, `…产业的88家规上企业`) counts the firms of
    /// one industry: an industry's name between the count and the word, or ending right before the count.
    private func firmsOfAnIndustry(_ s: [Unicode.Scalar], count num: NumberSpan, word: Int, mentions: [EntityMention], spans: [PeriodSpan]) -> Bool {
        guard num.end <= word else { return false }
        // (56家企业通过高新技术企业认定: the firms counted are named, then what they did; no industry between)
        if let f = lexicon.notIndustries.first(where: { ScalarText.matches(s, at: num.end, $0) }), num.end + f.count < word { return false }
        // (110家中小企业升级为规上企业: a qualifier of the firms, then what they did)
        if lexicon.rules.qualifiedFirmDeed(in: s, after: num.end, before: word) != nil { return false }
        if industryLabel(s, before: word, mentions: mentions, spans: spans).map({ $0.lowerBound >= num.start }) == true { return true }
        var k = num.start
        if k > 0, s[k - 1] == "的" { k -= 1 }
        return lexicon.rules.industrySuffixes.contains { ScalarText.endsWith(s, at: k, $0) }
    }

    /// The industry a clause opens with as its subject (…、新材料等战略性新兴产业取得突破): the
    /// words from the list's end (等) or the clause start to the industry suffix (产业).
    private func industrySubject(_ s: [Unicode.Scalar], clauseBefore end: Int, mentions: [EntityMention], spans: [PeriodSpan]) -> Range<Int>? {
        var start = end
        while start > 0 && !ScalarText.isClauseBreak(s[start - 1]) && !ScalarText.isSentenceEnd(s[start - 1]) { start -= 1 }
        var best: Int? = nil
        for suffix in lexicon.rules.industrySuffixes {
            var k = start
            while let f = ScalarText.find(suffix, in: s, from: k, to: end) { best = max(best ?? 0, f + suffix.count); k = f + 1 }
        }
        guard let nameEnd = best else { return nil }
        var a = start
        for w in lexicon.rules.listEnds {
            var k = start
            while let f = ScalarText.find(w, in: s, from: k, to: nameEnd) { a = max(a, f + w.count); k = f + 1 }
        }
        // (the clause's subject before the industry is none of its name: 青松高新区新能源产业的52家…)
        if let m = mentions.last(where: { $0.start >= a && $0.end < nameEnd }) { a = m.end }
        // (nor what the clause says before the name, a verb or a time: 成都高新区公布了上半年电子信息产业发展情况 → 电子信息产业)
        if let k = (a..<nameEnd).last(where: { lexicon.rules.notInIndustry.contains(s[$0]) }) { a = k + 1 }
        if let time = spans.last(where: { $0.start >= a && $0.end < nameEnd }) { a = time.end }
        let label = Array(s[a..<nameEnd])
        guard label.count >= 3, label.allSatisfy(ScalarText.isHan),
              !lexicon.notIndustries.contains(where: { ScalarText.endsWith(label, at: label.count, $0) }) else { return nil }
        return a..<nameEnd
    }

    /// Where a sentence about one named project starts talking about it (`…产业化项目总投资11亿元`,
    /// `湘投金天新材的“…”项目完成…`): the first 项目 of the sentence, when no zone or place is named
    /// before it and it is not counted (N个项目, 项目N个, 项目建设).
    private func singleProjectSubject(_ s: [Unicode.Scalar], mentions: [EntityMention], numbers: [NumberSpan]) -> Int? {
        guard let project = lexicon.rules.projectNoun, let q = ScalarText.find(project, in: s) else { return nil }
        // the project's figures stand in its clause or the next (“新基建”项目全面加快建设，在…领域需求
        // 不断增加，电力电器产业实现产值142.6亿元: the project is not the subject of that figure)
        var reach = q, breaks = 0
        while reach < s.count {
            if ScalarText.isClauseBreak(s[reach]) { breaks += 1; if breaks == 2 { break } }
            reach += 1
        }
        guard numbers.contains(where: { $0.start > q && $0.start < reach }) else { return nil }
        if mentions.contains(where: { $0.end <= q && $0.kind != .company }) { return nil }
        let after = q + project.count
        if after < s.count, ScalarText.isASCIIDigit(s[after]) || ChineseNumeral.isNumeral(s[after]) { return nil }
        // 签约项目共15个, 项目达32个: counted, a word or two between
        if numbers.contains(where: { $0.unit == .count && $0.start > after && $0.start - after <= 3 && s[after..<$0.start].allSatisfy(ScalarText.isHan) }) {
            return nil
        }
        if q > 0, lexicon.rules.projectCounters.contains(s[q - 1]) { return nil }
        // (落实…服务项目机制，137个市重点项目完成投资236.8亿元: the first figure after 项目 counts projects of its own, whose
        // noun names them; that set is the subject, no single project)
        if let n = numbers.first(where: { $0.start > after }), n.unit == .count,
           (n.numberEnd..<n.end).contains(where: { lexicon.rules.projectCounters.contains(s[$0]) }),
           ScalarText.find(project, in: s, from: n.end, to: nounEnd(s, n)) != nil { return nil }
        // (在国药器械项目现场，16个重点项目集中开工: the project is where the event is held)
        if lexicon.rules.siteNouns.contains(where: { ScalarText.matches(s, at: after, $0) }) { return nil }
        // (通过重点项目“百日会战”，…实现17个重点项目开工: a campaign's quoted name after 项目, no project)
        if after < s.count, s[after] == "“" { return nil }
        if q > 0 && s[q - 1] == "”" {
            // 217个“双百工程”项目: a set counted before its quoted name
            if let open = s[..<(q - 1)].lastIndex(of: "“"), open > 0, lexicon.rules.projectCounters.contains(s[open - 1]) { return nil }
            return q
        }
        var a = q
        while a > 0 && (ScalarText.isHan(s[a - 1]) || ScalarText.isLatin(s[a - 1])) { a -= 1 }
        // (在这些大项目中, 上述项目: many projects, named as such)
        if lexicon.rules.pluralDeterminers.contains(where: { ScalarText.find($0, in: s, from: a, to: q) != nil }) { return nil }
        // (预计全年完成重点项目投资: a verb of a result, then a kind of projects, is no project's name)
        if lexicon.rules.statementVerbs.contains(where: { ScalarText.find($0, in: s, from: a, to: q) != nil }) { return nil }
        // (集中开工项目有湘潭万洋众创城等9个项目: a set's verb right before 项目, which the clause then names
        // and counts, names the set, not one project)
        if lexicon.rules.setVerbs.contains(where: { ScalarText.endsWith(s, at: q, $0) }),
           let copula = lexicon.rules.setListings.first(where: { ScalarText.matches(s, at: after, $0) }) {
            let end = ScalarText.clauseEnd(s, from: after)
            if numbers.contains(where: { n in n.unit == .count && n.start < end && n.start > after + copula.count
                && lexicon.rules.listEnds.contains { ScalarText.endsWith(s, at: n.start, $0) } }) { return nil }
        }
        if namesSetByVerb(s, projectAt: q) { return nil }
        // (在集中开工的重大项目中，福州115个…: a frame's end right after 项目, then the clause's end, frames the projects the
        // clause's parts are of, many projects)
        if after + 1 < s.count, lexicon.rules.frameEnds.contains(s[after]), ScalarText.isClauseBreak(s[after + 1]) { return nil }
        // (在四季度招商引资项目签约大会上，光谷就集中签约9个重大招商项目: 项目 inside an event's name, the event's noun a few
        // characters after it, names the kind of event, no project)
        if let noun = lexicon.rules.eventNouns.compactMap({ ScalarText.find($0, in: s, from: after, to: min(s.count, after + 6)) }).min(),
           s[after..<noun].allSatisfy(ScalarText.isHan) { return nil }
        // (宝鸡航天…基地项目、宝鸡吉利汽车…项目等15个重点项目集中开工: projects named as examples of a set the
        // clause counts after 等, not one project)
        let clauseEnd = ScalarText.clauseEnd(s, from: after)
        if numbers.contains(where: { n in n.unit == .count && n.start > after && n.start < clauseEnd
            && lexicon.rules.listEnds.contains { ScalarText.endsWith(s, at: n.start, $0) } }) { return nil }
        if lexicon.rules.projectVerbs.contains(where: { ScalarText.endsWith(s, at: q, $0) }) { return nil }
        // (其中，先进制造业项目完成投资259亿元: an industry's projects are a kind of projects, not one)
        if lexicon.rules.industrySuffixes.contains(where: { ScalarText.endsWith(s, at: q, $0) }) { return nil }
        // (主导产业新签约项目签约额402.43亿元: a set verb right before 项目, and no other project named before the
        // figure, names a kind of projects, not one)
        if lexicon.rules.setVerbs.contains(where: { ScalarText.endsWith(s, at: q, $0) }),
           let n = numbers.first(where: { $0.start > after }), ScalarText.find(project, in: s, from: after, to: n.start) == nil { return nil }
        let clauseStart = a == 0 || ScalarText.isClauseBreak(s[a - 1]) || ScalarText.isSentenceEnd(s[a - 1])
        return (clauseStart && q - a >= 4) ? q : nil
    }
}

