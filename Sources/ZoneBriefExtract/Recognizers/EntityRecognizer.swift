import ZoneBriefCore

/// A named entity that figures can belong to: a zone, a place (city, district, county) or a company.
public struct EntityMention: Sendable, Hashable {
    /// `collective`: many zones at once (各高新区, 全省高新区); their figures belong to no entity.
    /// `selfReference`: the article's own zone, city or district named without its name
    /// (全区, 我市, bare 高新区); the assembler knows which one the article is about.
    /// `above`: the area above every zone of the page (全省, 全国): what it holds is no zone's, no
    /// city's and no collective's figure.
    /// `park`: a park named by its own name (重庆国际生物城), not as a part of a zone's.
    public enum Kind: Sendable, Hashable { case zone, place, company, collective, selfReference(Entity), above, park }
    public var start: Int
    public var end: Int
    /// The normalised name (青岛市国家高新区 → 青岛高新区).
    public var name: String
    public var kind: Kind
    /// The district in brackets after a bare zone word (高新区(新市区)): the zone is the page's zone named
    /// with it, as the page names it where it names it in full (乌鲁木齐高新区(新市区)).
    public var district: String? = nil
}

/// Finds zones (by the alias table and by the zone-name grammar of the lexicon), places that open
/// a clause (`2022年,昆山市完成…`, `嘉兴市秀洲区…`), and companies (`…有限公司`).
public final class EntityRecognizer: Sendable {
    /// What ends a field of a header line or a cell of a flattened table, as a clause break does.
    static let fieldEnds: Set<Unicode.Scalar> = ["】", "]", "］", "|", "｜"]
    /// The first scalars of the words that say names are next (`rule names-opener`), and of the words a
    /// clause may open with before its subject (a year's word, a topic's lead, a part word, a word of the
    /// event told before, a source line's label): where the scanning loop tries them.
    private let namesOpenerFirst: ScalarSet
    private let clauseOpenerFirst: ScalarSet
    /// `fieldEnds` as the set the scanning loop tests each character against.
    private let fieldEndSet = ScalarSet(EntityRecognizer.fieldEnds)
    public let lexicon: Lexicon
    /// aliases by first scalar, longest first
    /// Aliases by first scalar: (alias, the name facts give: the alias itself when the text writes
    /// a zone's name (东莞松山湖高新区), else the canonical name (光谷 → 东湖高新区)).
    private let aliasIndex: [Unicode.Scalar: [([Unicode.Scalar], String)]]
    private let aliasFirst: ScalarSet
    private let aliasPairs: ScalarPairFilter
    private let suffixFirst: ScalarSet
    private let companyLast: ScalarSet
    /// The first scalars of the lexicon's park suffixes (生物城, 产业园).
    private let parkSuffixFirst: ScalarSet
    private let otherFirst: ScalarSet
    /// Scalars the main loop must look at (punctuation and the first or last scalars above).
    private let interesting: ScalarSet
    /// The same for a zones-only scan: only the first scalars of aliases and zone suffixes (less
    /// punctuation and spaces, which a zones-only scan steps over anyway).
    private let interestingForZones: ScalarSet
    /// place names known from zone names (石家庄高新区 → 石家庄), longest first
    private let knownNames: [[Unicode.Scalar]]
    /// The lexicon's period words (上半年, 一季度), longest first: one opening a clause leaves it at its start.
    private let periodWordsLongestFirst: [[Unicode.Scalar]]
    /// Words that open no name of another kind of zone: times, the words of an event told before, a kind's marker
    /// and a verb of a result (力争实现产业集聚区…: the kind alone).
    private let notNameOpeners: [[Unicode.Scalar]]
    private let notNameOpenerFirst: ScalarSet
    /// 份, 度: the suffix of a month's or a year's name after its mark (6月份, 2023年度).
    private let timeTails: [[Unicode.Scalar]]
    /// The years named by a word (今年, 去年, 当年), longest first.
    private let yearWordsLongestFirst: [[Unicode.Scalar]]
    private let periodWordFirst: ScalarSet
    /// `lexicon.placeSuffixes` as a bitmap (tested on every character a place may hold).
    private let placeSuffix: ScalarSet
    /// The one-character suffixes of a town's name (镇, 乡: `rule town-suffix`).
    private let townSuffix: ScalarSet
    /// Measure and count words (个, 家, 大, 余…): after a numeral, a count of places, not a name.
    private let countWords: ScalarSet
    /// The last two scalars of every entry of `lexicon.notPlaces` (all end in a place suffix), so
    /// that most candidates need no array built to be looked up.
    private let notPlaceEnds: ScalarPairFilter
    /// Entries of `lexicon.notPlaces` shorter than two scalars (then the filter above cannot say no).
    private let shortNotPlaces: Bool
    /// Characters after a place suffix that make it no place (`rule not-after-place`: 市场, 区内).
    private let notAfterCity: ScalarSet
    /// 省 (`rule province`) and 市 (`rule parent-place`: 嘉兴市秀洲区) as bitmaps.
    private let province: ScalarSet
    /// The first scalars of the provinces' short names (河北 → 河): where one may start.
    private let provinceFirst: ScalarSet
    private let parentPlace: ScalarSet
    /// First scalars of the lead words (在, 推动, …), for a fast "no lead word here"; nil when some
    /// lead word is empty (then one starts everywhere).
    private let leadFirst: ScalarSet?
    /// First scalars of the self words (全区, 我市, 高新区 alone).
    private let selfFirst: ScalarSet
    /// The self words by their first scalar.
    private let selfIndex: [Unicode.Scalar: [(word: [Unicode.Scalar], entity: Entity?, alone: Bool)]]
    /// Words that never end a zone's name: kind markers, reset words, period words, this-event and
    /// recent words (力争高新区, 四季度高新区, 本次高新区 are the bare zone after a marker or a time).
    private let notNames: [[Unicode.Scalar]]
    /// `lexicon.zoneLeads` and `notNames`: what stands before an unknown zone's name, not in it.
    private let leadsAndNotNames: [[Unicode.Scalar]]
    /// The joiners of a list written with characters (和, 及, 与: `rule list-joiner`), after which a place
    /// opens the list's next item as after 、.
    private let placeJoiners: [[Unicode.Scalar]]
    /// What may stand right before a bare self word (在高新区, 力争高新区): `notNames` and one-character leads.
    private let selfAfter: [[Unicode.Scalar]]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var index: [Unicode.Scalar: [([Unicode.Scalar], String)]] = [:]
        for (alias, canonical) in lexicon.zoneAliases where !alias.isEmpty {
            // a name the text writes as a zone's (东莞松山湖高新区) stays as written; another
            // (光谷, 武汉东湖新技术开发区) is the lexicon's name
            let written = ScalarText.string(alias)
            let keepsWritten = lexicon.zoneSuffixes.contains { written.hasSuffix($0.canonical) && $0.text == Array($0.canonical.unicodeScalars) }
            index[alias[0], default: []].append((alias, keepsWritten ? written : canonical))
        }
        for k in index.keys { index[k]!.sort { $0.0.count > $1.0.count } }
        aliasIndex = index
        aliasFirst = ScalarSet(index.keys)
        var pairs = ScalarPairFilter()
        for (alias, _) in lexicon.zoneAliases where alias.count >= 2 { pairs.insert(alias[0], alias[1]) }
        aliasPairs = pairs
        suffixFirst = ScalarSet(lexicon.zoneSuffixes.compactMap { $0.text.first })
        companyLast = ScalarSet(lexicon.companySuffixes.compactMap { $0.last })
        parkSuffixFirst = ScalarSet(lexicon.parkSuffixes.compactMap { $0.first })
        var all = Array(index.keys) + lexicon.zoneSuffixes.compactMap { $0.text.first } + lexicon.companySuffixes.compactMap { $0.last }
        all += lexicon.otherZoneSuffixes.compactMap { $0.text.first }
        otherFirst = ScalarSet(lexicon.otherZoneSuffixes.compactMap { $0.text.first })
        all += Array("。！？!?…，,；;：: \t“”】、\u{3000}\u{A0}\u{FEFF}\r".unicodeScalars)
        let selfFirsts = lexicon.selfWords.compactMap { $0.word.first }
        selfFirst = ScalarSet(selfFirsts)
        selfIndex = Dictionary(grouping: lexicon.selfWords.filter { !$0.word.isEmpty }, by: { $0.word[0] })
        notNames = lexicon.kindMarkers.map(\.word) + lexicon.resetMarkers + Array(lexicon.periodWords.keys) + lexicon.yearWords
            + lexicon.zoneLeads.filter { $0.count >= 2 } + lexicon.rules.thisEventWords + lexicon.rules.recentWords
        // (and an event's noun: 新闻发布会高新区专场, the page's zone after the meeting's name)
        selfAfter = notNames + lexicon.zoneLeads.filter { $0.count == 1 } + lexicon.rules.eventNouns
        leadsAndNotNames = lexicon.zoneLeads + notNames
        placeJoiners = lexicon.rules.wordListJoiners
        all += selfFirsts
        all += [CalendarMarks.year, CalendarMarks.month, CalendarMarks.day]
        all += Array(Self.fieldEnds)
        all += Array(Self.tagClosers)
        all += Array(lexicon.rules.zoneCounters)   // (54个园区: a count of parks)
        all += lexicon.rules.namesOpeners.compactMap(\.first)
        interesting = ScalarSet(all)
        namesOpenerFirst = ScalarSet(lexicon.rules.namesOpeners.compactMap(\.first))
        clauseOpenerFirst = ScalarSet((lexicon.yearWords + lexicon.rules.topicLeads + lexicon.subsetWords + lexicon.rules.thisEventWords
            + lexicon.sourceWords).compactMap(\.first))
        periodWordsLongestFirst = lexicon.periodWords.keys.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        yearWordsLongestFirst = lexicon.yearWords.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        periodWordFirst = ScalarSet(periodWordsLongestFirst.map { $0[0] })
        notNameOpeners = periodWordsLongestFirst + yearWordsLongestFirst + lexicon.rules.thisEventWords
            + lexicon.kindMarkers.map(\.word) + lexicon.rules.statementVerbs
        notNameOpenerFirst = ScalarSet(notNameOpeners.compactMap(\.first))
        timeTails = lexicon.rules.monthSuffixes + lexicon.rules.yearSuffixes
        notAfterCity = ScalarSet(lexicon.rules.notAfterPlace)
        province = ScalarSet(lexicon.rules.provinceSuffixes)
        provinceFirst = ScalarSet(lexicon.provinces.compactMap(\.first))
        parentPlace = ScalarSet(lexicon.rules.parentPlaceSuffixes)
        interestingForZones = ScalarSet((Array(index.keys) + lexicon.zoneSuffixes.compactMap { $0.text.first } + selfFirsts).filter {
            !(ScalarText.isSentenceEnd($0) || ScalarText.isClauseBreak($0) || ScalarText.isSpace($0) || $0 == "“" || $0 == "”")
        })
        var names: [[Unicode.Scalar]] = []
        for name in lexicon.zoneNames {
            for s in lexicon.zoneSuffixes where name.count > s.text.count && ScalarText.endsWith(name, at: name.count, Array(s.canonical.unicodeScalars)) {
                names.append(Array(name.dropLast(s.canonical.unicodeScalars.count)))
                break
            }
        }
        knownNames = names.sorted { $0.count > $1.count }
        placeSuffix = ScalarSet(lexicon.placeSuffixes)
        townSuffix = ScalarSet(lexicon.rules.townSuffixes.filter { $0.count == 1 }.map { $0[0] })
        let r = lexicon.rules
        countWords = r.projectCounters.union(r.firmCounters).union(r.zoneCounters).union(r.industryGroups).union(r.overInside)
        leadFirst = lexicon.zoneLeads.contains { $0.isEmpty } ? nil : ScalarSet(lexicon.zoneLeads.map { $0[0] })
        var ends = ScalarPairFilter()
        for w in lexicon.notPlaces where w.count >= 2 { ends.insert(w[w.count - 2], w[w.count - 1]) }
        notPlaceEnds = ends
        shortNotPlaces = lexicon.notPlaces.contains { $0.count < 2 }
    }

    /// Every mention in `t`, in order of position, without overlaps.
    public func recognize(_ t: [Unicode.Scalar]) -> [EntityMention] { recognize(t, zonesOnly: false) }

    /// The mentions in `t`; with `zonesOnly`, zones only (faster: no places, no companies).
    public func recognize(_ t: [Unicode.Scalar], zonesOnly: Bool) -> [EntityMention] {
        recognize(t, in: 0..<t.count, zonesOnly: zonesOnly)
    }

    /// The mentions within `range` of `t` (offsets in `t`), without copying the text.
    public func recognize(_ t: [Unicode.Scalar], in range: Range<Int>, zonesOnly: Bool) -> [EntityMention] {
        var out: [EntityMention] = []
        let n = range.upperBound
        var i = range.lowerBound
        var clauseStart = true
        var clauseBegin = range.lowerBound
        var lastEnd = range.lowerBound
        while i < n {
            if zonesOnly {
                // only a scalar that can start a zone matters (clause starts are for places)
                i = interestingForZones.firstIndex(in: t, from: i, to: n)
                if i == n { break }
            } else if !clauseStart {
                i = interesting.firstIndex(in: t, from: i, to: n)
                if i == n { break }
            }
            let u = t[i]
            // (a headline's tag in 【】 ends before the headline: 【投资滨江区】2018年杭州市滨江区…; so do a field's
            // label and a table's cell: | [ 发布机构 ] | 长寿区统计局 |)
            if ScalarText.isSentenceEnd(u) || ScalarText.isClauseBreak(u) || fieldEndSet.contains(u) { clauseStart = true; i += 1; clauseBegin = i; continue }
            // (and so does a news lead's tag in brackets opening the clause: 《经济通通讯社24日专讯》深圳市…, 本报讯（记者
            // 张三）深圳市…: the clause's subject comes after it)
            if !zonesOnly, Self.tagClosers.contains(u), closesLeadTag(t, at: i, from: range.lowerBound) { clauseStart = true; i += 1; clauseBegin = i; continue }
            // a time that opens the clause (2018年杭州市滨江区…, 1-7月荆门市…) leaves it at its start (not 召开的2023年宝鸡市…)
            if !zonesOnly, CalendarMarks.isMark(u), i > range.lowerBound, ScalarText.isASCIIDigit(t[i - 1]),
               t[clauseBegin..<i].allSatisfy({ ScalarText.isASCIIDigit($0) || CalendarMarks.isMark($0) || ScalarText.isSpace($0) || Self.rangeDashes.contains($0) }) {
                clauseStart = true; i += 1
                // (1-10月份开发区, 2020年度全省…: the suffix of a month's or a year's name is the time's, no name's start)
                if let tail = timeTails.first(where: { ScalarText.matches(t, at: i, $0) }) { i += tail.count }
                lastEnd = max(lastEnd, i)
                continue
            }
            // (and so does a year named by a word: 今年武进区列入…, 去年上半年黄埔区…)
            if !zonesOnly, clauseStart, i == clauseBegin, ScalarText.isHan(u), clauseOpenerFirst.contains(u),
               let w = yearWordsLongestFirst.first(where: { ScalarText.matches(t, at: i, $0) }) {
                i += w.count; clauseBegin = i
                continue
            }
            // (and so does 在 before a place that a clause break right after ends: 在陈江街道，今年上半年实现…, the
            // place the clause speaks of)
            if !zonesOnly, clauseStart, i == clauseBegin, ScalarText.isHan(u), clauseOpenerFirst.contains(u),
               let w = lexicon.rules.topicLeads.first(where: { ScalarText.matches(t, at: i, $0) }), i + w.count < n,
               let m = place(t, at: i + w.count), m.start == i + w.count, m.end < n, ScalarText.isClauseBreak(t[m.end]) {
                i += w.count; clauseBegin = i
                continue
            }
            // (the words that say names are next, as a ranking gives them, open a clause of names: 其次是兴安县和象山区，
            // 分别签约3个项目; 签约额排在前两位的是高新区和兴安县，`rule names-opener`)
            if !zonesOnly, ScalarText.isHan(u), namesOpenerFirst.contains(u), let w = lexicon.rules.namesOpeners.first(where: { ScalarText.matches(t, at: i, $0) }) {
                i += w.count; clauseStart = true; clauseBegin = i
                continue
            }
            // (and so does a period word after it, or alone: 2020年上半年黄埔区生产总值…, 一季度滨江区…)
            if !zonesOnly, clauseStart, ScalarText.isHan(u),
               t[clauseBegin..<i].allSatisfy({ ScalarText.isASCIIDigit($0) || CalendarMarks.isMark($0) || ScalarText.isSpace($0) }),
               periodWordFirst.contains(u), let w = periodWordsLongestFirst.first(where: { ScalarText.matches(t, at: i, $0) }) {
                i += w.count
                continue
            }
            // (a space between a phrase and a name opens a clause, as headlines are written: 总投资约168亿元
            // 成都天府国际生物城23个项目集中开工)
            if !zonesOnly, ScalarText.isSpace(u), i > range.lowerBound, !ScalarText.isSpace(t[i - 1]), !ScalarText.isASCIIDigit(t[i - 1]),
               i + 1 < n, ScalarText.isHan(t[i + 1]) { clauseStart = true; i += 1; clauseBegin = i; continue }
            if ScalarText.isSpace(u) || u == "“" || u == "”" { i += 1; continue }
            // (a long dash, folded to two hyphens, opens what it sets apart: ——双福工业园2025年新春贺词, a headline's
            // second line; not one hyphen, 1-6月)
            if !zonesOnly, u == "-", i + 1 < n, t[i + 1] == "-" {
                while i < n && t[i] == "-" { i += 1 }
                clauseStart = true; clauseBegin = i
                continue
            }
            // (a list of owners: 经开区18个项目、二道区10个项目; 九台市、二道区、双阳区)
            if u == "、", !zonesOnly { clauseStart = true; i += 1; clauseBegin = i; continue }

            // a part word that opens the clause (其中青石县项目5个) leaves it at its start
            // (and so does a word of the event told before: 此次无锡市集中开工…, with the event's noun after it or not:
            // 此次活动翔安区辖区内共集中开工项目7个)
            if !zonesOnly, clauseStart, i == clauseBegin, clauseOpenerFirst.contains(u),
               let w = lexicon.subsetWords.first(where: { ScalarText.matches(t, at: i, $0) }) ?? lexicon.rules.thisEventWords.first(where: { ScalarText.matches(t, at: i, $0) }) {
                i += w.count
                if let noun = lexicon.rules.eventNouns.first(where: { ScalarText.matches(t, at: i, $0) }) { i += noun.count }
                clauseBegin = i
                continue
            }
            // (and so does a source line's label before a space: 来源 长寿区统计局, as 来源：长寿区统计局)
            if !zonesOnly, clauseStart, i == clauseBegin, clauseOpenerFirst.contains(u),
               let w = lexicon.sourceWords.first(where: { ScalarText.matches(t, at: i, $0) && i + $0.count < n && ScalarText.isSpace(t[i + $0.count]) }) {
                i += w.count; clauseBegin = i + 1
                continue
            }
            // the article's own zone, city or district: 全区, 我市, 高新区 with no name before it
            if selfFirst.contains(u), let w = selfWord(t, at: i, from: range.lowerBound) {
                // (“中国钛谷、…、全市高质量发展先行区”的发展定位: a word inside a quoted name or list of names, no
                // clause of speech, names nobody)
                if Self.insideQuotedName(t, at: i) { i += w.word.count; continue }
                // 嘉峪关工业园区(高新区), 浏阳经开区(高新区): the bracket says the park or other zone named right before
                // it is the high-tech zone too, which is named as high-tech zones are, by its place: 嘉峪关高新区
                if case .zone = w.entity, i > 0, t[i - 1] == "(" || t[i - 1] == "（", i + w.word.count < n,
                   t[i + w.word.count] == ")" || t[i + w.word.count] == "）", let prev = out.last, prev.end == i - 1,
                   prev.kind == .park || prev.kind == .place, case let written = Array(prev.name.unicodeScalars),
                   let suffix = (prev.kind == .park ? lexicon.parkSuffixes : lexicon.otherZoneSuffixes.flatMap { [$0.text] + ($0.short.map { [$0] } ?? []) })
                       .first(where: { ScalarText.endsWith(written, at: written.count, $0) }) {
                    let place = written.dropLast(suffix.count)
                    let name = place.count >= 2 ? ScalarText.string(place) + ScalarText.string(w.word) : prev.name
                    out[out.count - 1] = EntityMention(start: prev.start, end: i + w.word.count + 1, name: name, kind: .zone)
                    i += w.word.count + 1; lastEnd = i; clauseStart = false
                    continue
                }
                // 高新区(滨江): the bracket names the zone (滨江高新区, a name the lexicon knows)
                if case .zone = w.entity, let (p, e) = park(t, at: i + w.word.count) {
                    let inner = Array(p.unicodeScalars.dropFirst().dropLast())
                    if let zone = lexicon.zoneAliases[inner + w.word] ?? lexicon.zoneAliases[inner] {
                        out.append(EntityMention(start: i, end: e, name: zone, kind: .zone))
                        i = e; lastEnd = e; clauseStart = false
                        continue
                    }
                    // 高新区核心区: the part of the page's zone named after it, a park
                    if lexicon.rules.parkParts.contains(where: { $0.elementsEqual(inner) }) {
                        out.append(EntityMention(start: i, end: e, name: ScalarText.string(inner), kind: .selfReference(.park)))
                        i = e; lastEnd = e; clauseStart = false
                        continue
                    }
                    // 高新区(新市区): the page's zone with the district it shares its government with
                    if t[i + w.word.count] == "(", let last = inner.last, placeSuffix.contains(last) {
                        out.append(EntityMention(start: i, end: e, name: ScalarText.string(w.word), kind: .selfReference(.zone), district: p))
                        i = e; lastEnd = e; clauseStart = false
                        continue
                    }
                }
                // the province or country is a figure's owner only as a clause's subject (2023年，全省共认定…),
                // not inside a phrase (得益于全国“新基建”…)
                if w.entity == nil, !(clauseStart || i > 0 && CalendarMarks.isMark(t[i - 1])) {
                    i += w.word.count; clauseStart = false
                    continue
                }
                // 主园区, 核心区 alone stand for the page's zone (主园区预计实现地区生产总值380亿元), as reports write
                // it; after a part word of their sentence they are the part they name (…完成固定资产投资227.5亿元。
                // 其中，主园区实现…: the park)
                var kind: EntityMention.Kind = w.entity.map { .selfReference($0) } ?? .above
                if w.entity == .park {
                    let sentence = (range.lowerBound..<i).last(where: { ScalarText.isSentenceEnd(t[$0]) }).map { $0 + 1 } ?? range.lowerBound
                    if !lexicon.subsetWords.contains(where: { ScalarText.find($0, in: t, from: sentence, to: i) != nil }) { kind = .selfReference(.zone) }
                }
                out.append(EntityMention(start: i, end: i + w.word.count, name: ScalarText.string(w.word), kind: kind))
                i += w.word.count; lastEnd = i; clauseStart = false
                // (a joiner right after the page's own zone word opens the list's next item, as after a place: 高新区和
                // 兴安县，分别为…)
                if !zonesOnly, let next = nextPlaceOfList(t, after: i, end: n) { i = next; clauseStart = true; clauseBegin = i }
                continue
            }
            // zones by alias
            if aliasFirst.contains(u), i + 1 < n, aliasPairs.contains(u, t[i + 1]), let list = aliasIndex[u], let hit = list.first(where: { ScalarText.matches(t, at: i, $0.0) }),
               !(i > range.lowerBound && lexicon.aliasesStandingAlone.contains(hit.0) && (ScalarText.isHan(t[i - 1]) || lexicon.rules.brandJoiners.contains(t[i - 1]))) {
                var end = i + hit.0.count
                var name = hit.1
                if let (park, e) = park(t, at: end), !name.contains("(") { name += park; end = e }
                // an alias that is only the start of a longer zone name gives way to the grammar
                if !(suffixFirst.contains(t[min(end, n - 1)]) && end < n && zoneSuffix(t, at: end) != nil) {
                    let m = withJoinedDistrict(t, EntityMention(start: i, end: end, name: name, kind: .zone))
                    out.append(m)
                    i = m.end; lastEnd = m.end; clauseStart = false
                    continue
                }
            }
            // zones by suffix: 宝鸡高新区, 青岛市国家高新区, 南京高新区(江宁园)
            if suffixFirst.contains(u), let (sufLen, canonicalSuffix) = zoneSuffix(t, at: i) {
                if let found = zoneBySuffix(t, suffixAt: i, length: sufLen, canonicalSuffix: canonicalSuffix, notBefore: lastEnd) {
                    let m = withJoinedDistrict(t, found)
                    if let prev = out.last, prev.end > m.start { out.removeLast() }
                    out.append(m)
                    i = m.end; lastEnd = m.end; clauseStart = false
                    // 盐南高新区新河街道, 常州高新区孟河镇: a town or sub-district of the zone named right after it
                    if !zonesOnly, let town = subPlace(t, at: m.end) {
                        out.append(town)
                        i = town.end; lastEnd = town.end
                    }
                    continue
                }
                i += sufLen
                continue
            }
            // 375家两类国家级产业园区, 54个园区: a count of parks, together a collective, named as written
            if !zonesOnly, i > lastEnd, lexicon.rules.zoneCounters.contains(u),
               ScalarText.isASCIIDigit(t[i - 1]) || ChineseNumeral.isNumeral(t[i - 1]), let end = countedParksEnd(t, counterAt: i),
               // (常德市又有一个工业园区晋升…: one park is no parks together)
               case let k = countStart(t, before: i, notBefore: lastEnd), !(k == i - 1 && ChineseNumeral.digit(t[k]) == 1) {
                out.append(countedCollective(t, counterAt: i, end: end, notBefore: lastEnd, after: &out))
                i = end; lastEnd = end; clauseStart = false
                continue
            }
            // other kinds of zone: 苏州工业园区经济技术开发区 → a place of its own
            if !zonesOnly, otherFirst.contains(u), let kind = lexicon.otherZoneSuffixes.first(where: { ScalarText.matches(t, at: i, $0.text) }) {
                let suf = kind.text
                // (发布开发区：芜湖高新技术产业开发区: a field's label, right before its colon, names no zone)
                if i + suf.count < n, t[i + suf.count] == ":" || t[i + suf.count] == "：" { i += suf.count; continue }
                var start = i
                while start > lastEnd && i - start < 6 && ScalarText.isHan(t[start - 1]) { start -= 1 }
                // (a part of the country the run cut through starts it whole: 中西部地区国家级经开区, not 部地区…;
                // `rule region`)
                if start > lastEnd, ScalarText.isHan(t[start - 1]),
                   let p = lexicon.rules.regions.lazy.compactMap({ r in
                       (max(lastEnd, start - r.count + 1)..<start).first { ScalarText.matches(t, at: $0, r) && $0 + r.count > start && $0 + r.count <= i }
                   }).min() {
                    start = p
                }
                // 97家综合保税区, 48家国家级经开区: a count of such zones names none of them; together they are a
                // collective
                if let c = (start..<i).first(where: { $0 > 0 && lexicon.rules.zoneCounters.contains(t[$0])
                        && (ScalarText.isASCIIDigit(t[$0 - 1]) || ChineseNumeral.isNumeral(t[$0 - 1])) }) {
                    out.append(countedCollective(t, counterAt: c, end: i + suf.count, notBefore: lastEnd, after: &out))
                    lastEnd = i + suf.count
                    i += suf.count; clauseStart = false
                    continue
                }
                var name = Array(t[start..<i])
                // (the name starts after the last lead word the run swallowed that leaves a name: 2021年是成都高新综合保税区)
                var cut = 0
                for k in 0..<name.count {
                    for l in lexicon.zoneLeads where k + l.count <= name.count - 2 && ScalarText.matches(name, at: k, l) { cut = max(cut, k + l.count) }
                }
                // (a short name right after a word that names a place, the run cut there: 记者从两江新区获悉)
                let ledIn = cut > 0 && lexicon.rules.namePrepositions.contains { ScalarText.endsWith(name, at: cut, $0) }
                if cut > 0 { name.removeFirst(cut); start += cut }
                // (江苏常州经开区: the province before the name is no part of it, as before a zone's)
                // (or the end of a province the run cut into, 安徽省芜湖江北新区 → …省|芜湖江北: its suffix ends it)
                let opening = provinceOpening(name)
                // (湖南湘江新区, 四川天府新区: a new area's name of two characters right after its province's, no suffix
                // between, is the area's official name, kept as written)
                let provinceKept = lexicon.shortNameSuffixes.contains(suf) && opening > 0 && name.count - opening == 2
                    && !lexicon.rules.provinceSuffixes.contains(name[opening - 1]) ? opening : 0
                let provinceCut = provinceKept > 0 ? 0 : opening > 0 ? opening
                    : name.indices.last(where: { k in k + 2 < name.count && province.contains(name[k]) }).map { $0 + 1 } ?? 0
                let provinceStart = start
                name.removeFirst(provinceCut); start += provinceCut
                // (国家新乡经济技术开发区: the level written before the city's name is no part of it, as after it)
                if let level = lexicon.zoneDrops.first(where: { name.count - $0.count >= 2 && ScalarText.matches(name, at: 0, $0) }),
                   (2...3).contains(where: { n in level.count + n <= name.count && lexicon.cityNames[Array(name[level.count..<(level.count + n)])] != nil }) {
                    name.removeFirst(level.count)   // (the mention still spans it: it opens the clause the name does)
                }
                // (增速超昆明市开发区: a city's name with its suffix inside the run starts the name; the words before it
                // are none of it)
                // (nor are the words before a city's short name that two or three characters of the zone's own name follow:
                // 2022年后半程昆明空港经济区)
                let citySuffixed = (1..<max(1, name.count - 2)).first { k in (2...3).contains { n in
                    k + n < name.count && lexicon.rules.citySuffixes.contains(name[k + n]) && lexicon.cityNames[Array(name[k..<(k + n)])] != nil } }
                if let k = citySuffixed ?? cityBeforeOwnName(name) {
                    name.removeFirst(k); start += k
                }
                // (前三季度南昌经开区, 今年西海岸新区: a time the run swallowed is no part of the name; nor is a word of the
                // event told before, 此次新区共开工…, nor a marker or a verb, 力争实现产业集聚区…)
                var timeCut = 0
                for k in 0..<name.count where notNameOpenerFirst.contains(name[k]) {
                    for w in notNameOpeners where k + w.count <= name.count && ScalarText.matches(name, at: k, w) {
                        timeCut = max(timeCut, k + w.count)
                    }
                }
                if timeCut > 0 { name.removeFirst(timeCut); start += timeCut }
                // (其中经开区9.10万亿元: a part word before the suffix is no name; the kind alone is who)
                let part = lexicon.subsetWords.first(where: { $0.count >= 2 && ScalarText.matches(name, at: 0, $0) })
                if let part { name.removeFirst(part.count); start += part.count }
                // (湖滨新区, 西海岸新区: a suffix that names a kind of zone only after a short name, two or three characters,
                // opening a clause or a list's item; 市湖滨新区, the city's, with the level before it)
                if lexicon.shortNameSuffixes.contains(suf), name.count == 3, lexicon.placeSuffixes.contains(name[0]) { name.removeFirst(); start += 1 }
                // (or its province right before it opens the clause: 总投资407.8亿元 四川天府新区三季度25个项目集中开工)
                func opensItem() -> Bool {
                    func opens(_ k: Int) -> Bool {
                        k == 0 || ScalarText.isClauseBreak(t[k - 1]) || ScalarText.isListBreak(t[k - 1]) || ScalarText.isSentenceEnd(t[k - 1])
                            || ScalarText.isSpace(t[k - 1]) || lexicon.scopeEnds.contains(t[k - 1])
                    }
                    return opens(start) || ledIn && timeCut == 0 && part == nil && provinceCut == 0
                        || provinceCut > 0 && timeCut == 0 && part == nil && opens(provinceStart)
                        || lexicon.placeSuffixes.contains(t[start - 1]) && (start == 1 || !ScalarText.isHan(t[start - 2]))
                }
                // (青岛西海岸新区: the city's name before the area's, named as written)
                let cityLength = (2...3).first { n in name.count - n >= 2 && lexicon.cityNames[Array(name.prefix(n))] != nil } ?? 0
                // (芜湖市江北新区 → 芜湖江北新区: the city's suffix between the two names is no part of the area's, as 市 is
                // none of 青岛市国家高新区's)
                if cityLength > 0, name.count - cityLength >= 3, lexicon.rules.citySuffixes.contains(name[cityLength]) {
                    name.remove(at: cityLength)
                }
                // (天水市经济技术开发区 → 天水经开区: nor of the zone named after the city alone)
                if !lexicon.shortNameSuffixes.contains(suf), let last = name.last, lexicon.rules.citySuffixes.contains(last),
                   lexicon.cityNames[Array(name.dropLast())] != nil {
                    name.removeLast()
                }
                // (来安县经济开发区 → 来安经开区: nor is a county's suffix after a name of two characters, as readers shorten
                // it; 渠县经开区 keeps its one-character county's)
                if !lexicon.shortNameSuffixes.contains(suf), name.count == 3,
                   lexicon.rules.zoneNamingPlaceSuffixes.contains(name[2]), !lexicon.rules.citySuffixes.contains(name[2]) {
                    name.removeLast()
                }
                // (a name that opens with a city's, or is the city's, stands wherever it is written: 其中广州南沙新区,
                // 特别是兰州新区)
                let cityNamed = cityLength > 0 || lexicon.cityNames[name] != nil
                if lexicon.shortNameSuffixes.contains(suf), !(2...3).contains(name.count - cityLength - provinceKept) || !(opensItem() || cityNamed) {
                    // (no name: the suffix starts no other)
                } else if lexicon.rules.rankingNouns.contains(where: { ScalarText.endsWith(name, at: name.count, $0) }) {
                    // (全省综合考核开发区第一名: a ranking's word before the suffix, the kind ranked, names no zone)
                } else if name.count == 2, lexicon.placeSuffixes.contains(name[1]),
                          !lexicon.rules.zoneNamingPlaceSuffixes.contains(name[1]) || lexicon.rules.citySuffixes.contains(name[1]) {
                    // (北区临空经济区, 东区…: a zone's quarter named by one character, then the kind of its area: a part of the
                    // zone the page is about, no zone of its own; not a county of one character, 渠县经开区)
                } else if name.isEmpty, part != nil, case let bare = ScalarText.string(kind.short ?? suf), lexicon.rules.kindSelfWords.contains(bare) {
                    // (其中经开区…: the kind alone after a part word, which the page's own zone of that kind, or its city's,
                    // names, as 经开区 alone does; never a zone called by its kind)
                    out.append(EntityMention(start: start, end: i + suf.count, name: bare, kind: .selfReference(.zone)))
                    lastEnd = i + suf.count
                } else if name.count >= 2 || part != nil && name.isEmpty {
                    out.append(EntityMention(start: start, end: i + suf.count, name: ScalarText.string(name + (kind.short ?? suf)), kind: .place))
                    lastEnd = i + suf.count
                }
                // the rest of the suffix starts no other name (综合保税区 holds 保税区)
                i += suf.count; clauseStart = false
                continue
            }
            if zonesOnly { clauseStart = false; i += 1; continue }
            if clauseStart, let m = parkName(t, at: i) {
                out.append(m)
                i = m.end; lastEnd = m.end; clauseStart = false
                continue
            }
            if clauseStart, let m = place(t, at: i) {
                out.append(m)
                i = m.end; lastEnd = m.end; clauseStart = false
                // (a joiner right after a place opens the list's next item, as 、 does: 深泽县、高邑县和平山县各3个)
                if let next = nextPlaceOfList(t, after: i, end: n) { i = next; clauseStart = true; clauseBegin = i }
                continue
            }
            if companyLast.contains(u), let m = company(t, lastAt: i, notBefore: lastEnd) {
                out.append(m)
                i = m.end; lastEnd = m.end; clauseStart = false
                continue
            }
            clauseStart = false
            i += 1
        }
        return out
    }

    /// Where the noun of parks a count's measure word at `i` opens ends (54个园区, 375家两类国家级产业园区: a
    /// group noun within ten characters, the longest), else nil.
    private func countedParksEnd(_ t: [Unicode.Scalar], counterAt i: Int) -> Int? {
        var k = i + 1
        while k < t.count, k - i <= 10, ScalarText.isHan(t[k]) {
            if zoneSuffix(t, at: k) != nil { return nil }   // (16个高新区: the zones' own grammar)
            // (9个项目落户园区: the count's noun is the projects; the parks are where they went)
            if let p = lexicon.rules.projectNoun, ScalarText.matches(t, at: k, p) { return nil }
            if let end = lexicon.rules.groupNounEnd(t, at: k) { return end }
            k += 1
        }
        return nil
    }

    /// The closing brackets of a news lead's tag (`closesLeadTag`): two, sought in order, no set hashed per scalar.
    private static let tagClosers: [Unicode.Scalar] = [")", "》"]

    /// Whether the bracket closing at `i` is a news lead's tag: it opens the clause (after a byline such as 本报讯,
    /// or nothing) and holds a news lead's mark or a credit (经济通通讯社24日专讯, 记者 张三; `rule news-lead`,
    /// `rule credit`).
    private func closesLeadTag(_ t: [Unicode.Scalar], at i: Int, from lo: Int) -> Bool {
        let opener: Unicode.Scalar = t[i] == ")" ? "(" : "《"
        let ends = { (u: Unicode.Scalar) in ScalarText.isSentenceEnd(u) || ScalarText.isClauseBreak(u) }
        guard let o = t[max(lo, i - 40)..<i].lastIndex(of: opener), !t[o..<i].contains(where: ends) else { return false }
        // (what opens the clause before the bracket: nothing, or a byline of a few characters)
        let from = max(lo, o - 17)
        guard var a = t[from..<o].lastIndex(where: ends).map({ $0 + 1 }) ?? (from == lo ? lo : nil) else { return false }
        while a < o && ScalarText.isSpace(t[a]) { a += 1 }
        let rules = lexicon.rules
        guard a == o || o - a <= 16 && rules.newsLeads.contains(where: { ScalarText.endsWith(t, at: o, $0) }) else { return false }
        // (right after a news lead's mark, a bracket of names alone is its credit too: 本网讯(朱志坚 李顺杰)漳浦县…)
        if a < o, t[(o + 1)..<i].allSatisfy({ ScalarText.isHan($0) || ScalarText.isSpace($0) || $0 == "、" }) { return true }
        let holds = { (w: [Unicode.Scalar]) in ScalarText.find(w, in: t, from: o + 1, to: i) != nil }
        return rules.newsLeads.contains(where: holds) || rules.creditWords.contains(where: holds)
    }

    /// Whether `i` stands inside double quotes whose text holds no clause break or sentence end: a name, a
    /// title or a list of them (“…、全市高质量发展先行区”), not quoted speech. (Names are short: the quotes are
    /// sought within 120 characters, so a long paragraph of self words is read in linear time.)
    static func insideQuotedName(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        guard let open = t[max(0, i - 120)..<i].lastIndex(of: "“"), !t[open..<i].contains("”"),
              let close = t[i..<min(t.count, i + 120)].firstIndex(of: "”") else { return false }
        return !t[(open + 1)..<close].contains { ScalarText.isClauseBreak($0) || ScalarText.isSentenceEnd($0) }
    }

    /// A self word at `i` (longest first); one marked `alone` only where no name runs into it.
    private func selfWord(_ t: [Unicode.Scalar], at i: Int, from lo: Int) -> (word: [Unicode.Scalar], entity: Entity?, alone: Bool)? {
        var best: (word: [Unicode.Scalar], entity: Entity?, alone: Bool)? = nil
        for w in selfIndex[t[i]] ?? [] where w.word.count > (best?.word.count ?? 0) && ScalarText.matches(t, at: i, w.word) {
            if w.alone, i > lo, ScalarText.isHan(t[i - 1]), !lexicon.selfWordPrefixes.contains(t[i - 1]),
               !selfAfter.contains(where: { ScalarText.endsWith(t, at: i, $0) }) { continue }
            best = w
        }
        // 全省高新区, 各高新区: many zones, not the article's own; 河北省高新区: the province's zones
        if best != nil, lexicon.collectiveWords.contains(where: { ScalarText.endsWith(t, at: i, $0) }) { return nil }
        if best?.entity == .zone, i > lo, province.contains(t[i - 1]),
           lexicon.provinces.contains(where: { i - 1 - $0.count >= lo && ScalarText.endsWith(t, at: i - 1, $0) }) { return nil }
        // 全省 opening 全省高新区 (the zones together), not the province
        if let b = best, b.entity == nil, lexicon.collectiveWords.contains(where: { ScalarText.matches(t, at: i, $0) }) {
            var j = i + b.word.count
            while j < t.count && j - i < 12 && (ScalarText.isASCIIDigit(t[j]) || ScalarText.isHan(t[j])) {
                if zoneSuffix(t, at: j) != nil { return nil }
                j += 1
            }
        }
        return best
    }

    /// A zone suffix starting at `i`: (its length, the canonical suffix).
    private func zoneSuffix(_ t: [Unicode.Scalar], at i: Int) -> (Int, String)? {
        for s in lexicon.zoneSuffixes where ScalarText.matches(t, at: i, s.text) { return (s.text.count, s.canonical) }
        return nil
    }

    /// `(江宁园)`, `(滨江)` right after a zone name: a park, kept in the name (not `(弋江区)`, `(资料图)`).
    private func park(_ t: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        // 宁乡高新区主体园区, 泸州高新区核心区: a part of the zone named right after it, without brackets
        if let part = lexicon.rules.parkParts.first(where: { ScalarText.matches(t, at: i, $0) }) {
            return ("(" + ScalarText.string(part) + ")", i + part.count)
        }
        // 中关村海淀园, 南京高新区江宁园: a park named after its place right after the zone's name (not 产业园,
        // a park's own suffix, nor a word running on: 江宁园区)
        if let k = (2...3).first(where: { k in
            i + k < t.count && (i..<(i + k)).allSatisfy({ ScalarText.isHan(t[$0]) }) && lexicon.rules.subparkEnds.contains(t[i + k])
        }), i + k + 1 >= t.count || !placeSuffix.contains(t[i + k + 1]),
           !lexicon.parkSuffixes.contains(where: { ScalarText.endsWith(t, at: i + k + 1, $0) }),
           !(i..<(i + k)).contains(where: { placeSuffix.contains(t[$0]) }) {
            return ("(" + ScalarText.string(t[i...(i + k)]) + ")", i + k + 1)
        }
        guard i < t.count, t[i] == "(" else { return nil }
        var j = i + 1
        while j < t.count && j - i <= 8 && ScalarText.isHan(t[j]) { j += 1 }
        guard j < t.count, t[j] == ")", j > i + 1, !lexicon.rules.notParkEnds.contains(t[j - 1]) else { return nil }
        // (含观澜湖): what the figures take in, no park of the name; (经开区): another kind of zone
        if lexicon.rules.partCues.contains(where: { ScalarText.matches(t, at: i + 1, $0) }) { return nil }
        if lexicon.otherZoneSuffixes.contains(where: { ScalarText.endsWith(t, at: j, $0.text) }) { return nil }
        // (简称益阳高新区): the zone's other name, no part of it
        if ((i + 1)..<j).contains(where: { zoneSuffix(t, at: $0) != nil }) { return nil }
        return ("(" + ScalarText.string(t[(i + 1)..<j]) + ")", j + 1)
    }

    private func zoneBySuffix(_ t: [Unicode.Scalar], suffixAt s: Int, length: Int, canonicalSuffix: String, notBefore: Int) -> EntityMention? {
        // 各高新区, 全省高新区: many zones (省级及以上高新区: a level and those above it, many zones too)
        let tail = lexicon.rules.levelTails.first { s - $0.count >= notBefore && ScalarText.endsWith(t, at: s, $0) }?.count ?? 0
        if let c = lexicon.collectiveWords.first(where: { s - tail - $0.count >= notBefore && ScalarText.endsWith(t, at: s - tail, $0) }) {
            let start = s - tail - c.count
            // 我省19家省级及以上高新区: a count of them after the province is the province's zones together
            if let (p, k) = countedAfterProvince(t, before: start, notBefore: notBefore) {
                return EntityMention(start: p, end: s + length, name: provinceName(t, from: p, to: k) + canonicalSuffix, kind: .collective)
            }
            let name = collectiveName(c) + canonicalSuffix   // 全省高新技术产业开发区 → 全省高新区
            return EntityMention(start: start, end: s + length, name: name, kind: .collective)
        }
        // 辽宁省高新区: the province's zones, together
        if s - 1 > notBefore, province.contains(t[s - 1]),
           let p = lexicon.provinces.first(where: { s - 1 - $0.count >= notBefore && ScalarText.endsWith(t, at: s - 1, $0) }) {
            return EntityMention(start: s - 1 - p.count, end: s + length, name: ScalarText.string(t[(s - 1 - p.count)..<s]) + canonicalSuffix, kind: .collective)
        }
        // 16个高新区, 8家高新区: a count of zones, together
        if s - 2 >= notBefore, lexicon.rules.zoneCounters.contains(t[s - 1]) {
            let k = countStart(t, before: s - 1, notBefore: notBefore)
            // (全省第4个高新区: its rank among them, no zones)
            if k < s - 1, lexicon.rules.rankOrdinals.contains(where: { ScalarText.endsWith(t, at: k, $0) }) { return nil }
            if k < s - 1 {
                // 湖北省27个高新区, 全省16个高新区: the province's zones together, named as such
                if let p = provinceBefore(t, at: k, notBefore: notBefore) {
                    return EntityMention(start: p, end: s + length, name: provinceName(t, from: p, to: k) + canonicalSuffix, kind: .collective)
                }
                // (全市3个高新区: the city's; a bare count, 6个高新区, stays as written: a page that names
                // its province names them by it, as 全省高新区)
                if let whole = lexicon.collectiveWords.first(where: { k - $0.count >= notBefore && ScalarText.endsWith(t, at: k, $0) && $0.count == 2 }) {
                    return EntityMention(start: k - whole.count, end: s + length, name: collectiveName(whole) + canonicalSuffix, kind: .collective)
                }
                let r = regionStart(t, before: k, notBefore: notBefore)
                return EntityMention(start: r, end: s + length, name: ScalarText.string(t[r..<s]) + canonicalSuffix, kind: .collective)
            }
        }
        var nameEnd = s
        // 青岛市国家高新区: drop 国家, 市 between the name and the suffix
        var dropped = true
        while dropped {
            dropped = false
            for d in lexicon.zoneDrops where nameEnd - d.count >= notBefore && ScalarText.endsWith(t, at: nameEnd, d) {
                nameEnd -= d.count; dropped = true; break
            }
        }
        // 178家国家高新区, 前三季度国家高新区: with no name before it, 国家高新区 is all of them
        let bare = lexicon.bareCollectiveWords.first { nameEnd + $0.count <= s && ScalarText.matches(t, at: nameEnd, $0) }
        func noName() -> EntityMention? {
            guard let bare else { return nil }
            // (全省首个国家高新区: what one zone became, the first of them, not all of them)
            if lexicon.rules.firstOfWords.contains(where: { ScalarText.endsWith(t, at: nameEnd, $0) }) { return nil }
            // 湖北省7个国家高新区; 武汉东湖、襄阳、宜昌等7个国家高新区: a count of them after a province or after
            // a list of their names is those zones, not all of them (全国169家国家高新区 is all)
            if nameEnd - 1 > notBefore, lexicon.rules.zoneCounters.contains(t[nameEnd - 1]) {
                let k = countStart(t, before: nameEnd - 1, notBefore: notBefore)
                // (成为湖南省第四个国家级高新区: its rank among them, likewise)
                if lexicon.rules.rankOrdinals.contains(where: { ScalarText.endsWith(t, at: k, $0) }) { return nil }
                if k < nameEnd - 1, let p = provinceBefore(t, at: k, notBefore: notBefore) {
                    return EntityMention(start: p, end: s + length, name: provinceName(t, from: p, to: k) + ScalarText.string(bare) + canonicalSuffix, kind: .collective)
                }
                // (哈尔滨、大庆两个国家级高新区: a list of names right before the count, without 等)
                let listed = k > notBefore && ScalarText.isHan(t[k - 1]) && {
                    var j = k - 1
                    while j > notBefore && k - j < 16 && ScalarText.isHan(t[j - 1]) { j -= 1 }
                    return j > notBefore && t[j - 1] == "、"
                }()
                if k < nameEnd - 1, listed || lexicon.rules.listEnds.contains(where: { ScalarText.endsWith(t, at: k, $0) }) {
                    return EntityMention(start: k, end: s + length, name: ScalarText.string(t[k..<s]) + canonicalSuffix, kind: .collective)
                }
            }
            return EntityMention(start: nameEnd, end: s + length, name: ScalarText.string(bare) + canonicalSuffix, kind: .collective)
        }
        var start = nameEnd
        while start > notBefore && nameEnd - start < 8 && ScalarText.isHan(t[start - 1]) { start -= 1 }
        guard nameEnd - start >= 2 else { return noName() }   // 高新区 alone, 该高新区: the zone already in play
        var name = Array(t[start..<nameEnd])
        var offset = start
        if let known = knownNames.first(where: { $0.count <= name.count && ScalarText.endsWith(name, at: name.count, $0) }) {
            offset += name.count - known.count
            name = known
        } else {
            // (江西丰城高新技术产业园区, 江苏省青松高新区: the province before a name is no part of it)
            let cut = provinceOpening(name)
            name.removeFirst(cut); offset += cut
            // (株洲市攸县高新技术产业开发区: a county's zone; the city the county belongs to is no part of its name)
            if let k = (2...3).first(where: { k in
                name.count - k - 1 >= 2 && lexicon.cityNames[Array(name[..<k])] != nil && parentPlace.contains(name[k])
            }), let last = name.last, placeSuffix.contains(last), !lexicon.rules.citySuffixes.contains(last) {
                name.removeFirst(k + 1); offset += k + 1
            }
            // (and a time or a marker before the name: 全年青松高新区, 力争青松高新区)
            var stripped = true
            while stripped && name.count > 2 {
                stripped = false
                for l in leadsAndNotNames where name.count - l.count >= 2 && ScalarText.matches(name, at: 0, l) {
                    name.removeFirst(l.count); offset += l.count; stripped = true; break
                }
            }
            // 7个重大项目落户秀洲国家高新区: a lead word inside a long run ends what stands before the name
            if name.count > 3 {
                var cut = 0
                for l in leadsAndNotNames where !l.isEmpty {
                    var k = 0
                    while let f = ScalarText.find(l, in: name, from: k, to: name.count) {
                        if (2...3).contains(name.count - f - l.count) { cut = max(cut, f + l.count) }
                        k = f + 1
                    }
                }
                if cut > 0 { name.removeFirst(cut); offset += cut }
            }
            // 力争高新区, 四季度高新区, 预计高新区: a marker or a time word, then the bare zone
            if notNames.contains(where: { $0.count <= name.count && ScalarText.endsWith(name, at: name.count, $0) }) { return noName() }
            // a rank among the zones is no name (全国首批国家级高新区, 第一批国家高新区, 第四个高新区: what the zone is)
            if lexicon.rules.firstOfWords.contains(where: { ScalarText.endsWith(name, at: name.count, $0) })
                || name.indices.contains(where: { k in lexicon.rules.rankOrdinals.contains { ScalarText.matches(name, at: k, $0) }
                                            && k + 1 < name.count && (ChineseNumeral.isNumeral(name[k + 1]) || ScalarText.isASCIIDigit(name[k + 1])) }) {
                return nil
            }
            // a figure's unit is no name's end (超12万亿元国家高新区)
            if lexicon.rules.cellUnits.contains(where: { ScalarText.endsWith(name, at: name.count, $0) }) { return noName() }
            // a place's level is no name's start (占市下达高新区全年计划: 市, then a verb)
            if let first = name.first, placeSuffix.contains(first) { return noName() }
            // nor is an authority a zone (科技部国家高新区: the ministry's; then the national zones)
            if let last = name.last, lexicon.rules.authorityEnds.contains(last) { return noName() }
            // nor an institution (中国银行高新区支行: the bank's branch named after the zone)
            if lexicon.rules.institutionEnds.contains(where: { $0.count <= name.count && ScalarText.endsWith(name, at: name.count, $0) }) { return noName() }
            // nor a level (国度级高新区: a spun copy's 国家级; 市级高新区)
            if let last = name.last, lexicon.rules.levelEnds.contains(last) { return noName() }
            // an unknown name is two or three characters and no lead word (推动高新区, 奋力实现高新区)
            // (nor one holding a function word: 下表是国家高新区), or a city's name and two or three more
            // (威海火炬高新区, 松原临港高新区)
            let cityLed = (4...6).contains(name.count) && (2...3).contains { k in
                name.count - k >= 2 && name.count - k <= 3 && lexicon.cityNames[Array(name[..<k])] != nil
            }
            guard name.count <= 3 || cityLed, !lexicon.zoneLeads.contains(where: { ScalarText.find($0, in: name) != nil }) else { return noName() }
        }
        var end = s + length
        // the zone as the text names it, its suffix normalised (东莞松山湖高新区 stays so; the
        // lexicon's canonical name, 松山湖高新区, is what a brief merges it under)
        var canonical = ScalarText.string(name) + canonicalSuffix
        if let (p, e) = park(t, at: end), !canonical.contains("(") { canonical += p; end = e }
        return EntityMention(start: offset, end: end, name: canonical, kind: .zone)
    }

    /// Where the number of a count starts whose measure word stands at `c` (16个, 十九家), not before `notBefore`;
    /// `c` itself when no digit or numeral stands before it.
    private func countStart(_ t: [Unicode.Scalar], before c: Int, notBefore: Int) -> Int {
        var k = c
        while k > notBefore && (ScalarText.isASCIIDigit(t[k - 1]) || ChineseNumeral.isNumeral(t[k - 1])) { k -= 1 }
        return k
    }

    /// Zones or parks counted together (375家两类国家级产业园区, 97家综合保税区), their count's measure word at `c`
    /// and the run ending at `end`: named as written, another kind of zone by its suffix's short form (48家国家级经开区).
    /// The part of the country or the word for all of them before the count names the group, and the count, which
    /// changes year by year, is then no part of its name (东部地区103家国家级经开区 → 东部地区国家级经开区, 全国229家国家级
    /// 经济技术开发区 → 全国国家级经开区).
    /// (The word for all of them was read as a mention of its own, right before the count: it is taken into the
    /// collective's.)
    private func countedCollective(_ t: [Unicode.Scalar], counterAt c: Int, end: Int, notBefore: Int, after out: inout [EntityMention]) -> EntityMention {
        let count = countStart(t, before: c, notBefore: notBefore)
        var start = regionStart(t, before: count, notBefore: notBefore)
        if start == count, let w = lexicon.collectiveWords.first(where: { $0.count == 2 && count >= $0.count && ScalarText.endsWith(t, at: count, $0) }) {
            if let last = out.last, last.start == count - w.count, last.end == count { out.removeLast() }
            if out.last.map({ $0.end <= count - w.count }) ?? true { start = count - w.count }
        }
        var kind = Array(t[(c + 1)..<end])
        if let other = lexicon.otherZoneSuffixes.first(where: { $0.short != nil && ScalarText.endsWith(kind, at: kind.count, $0.text) }), let short = other.short {
            kind = kind.dropLast(other.text.count) + short
        }
        // (all of a kind named by the country's level, 全国229家国家级经开区, are 国家级经开区, as 全国169家高新区 are 国家
        // 高新区; so are so many of them that only the whole country holds them, 54个国家级经开区 in 2006, 218家国家级经开区
        // in 2019; not a smaller count alone, 48家国家级经开区, which may be some of them)
        if lexicon.collectiveNames.values.contains(where: { ScalarText.matches(kind, at: 0, Array($0.unicodeScalars)) }),
           lexicon.collectiveNames[Array(t[start..<count])] != nil
            || start == count && count < c && t[count..<c].allSatisfy(ScalarText.isASCIIDigit)
                && Int(ScalarText.string(t[count..<c])).map({ $0 >= Self.wholeCountryCount }) == true {
            return EntityMention(start: start, end: end, name: ScalarText.string(kind), kind: .collective)
        }
        let name = start < count ? Array(t[start..<count]) + kind : Array(t[count...c]) + kind
        return EntityMention(start: start, end: end, name: ScalarText.string(name), kind: .collective)
    }

    /// How many zones of the country's level a count must reach to be all of them: no province and no
    /// region holds fifty national-level zones of one kind.
    static let wholeCountryCount = 50

    /// Where a collective counted from `k` starts with the part of the country written right before
    /// its count (东部沿海33家国家级开发区: `rule region`); `k` when none.
    private func regionStart(_ t: [Unicode.Scalar], before k: Int, notBefore: Int) -> Int {
        guard let r = lexicon.rules.regions.first(where: { k - $0.count >= notBefore && ScalarText.endsWith(t, at: k, $0) }) else { return k }
        return k - r.count
    }

    /// How many scalars of a province open `name` and are no part of it (江苏 of 江苏常州, 江苏省 of 江苏省青松):
    /// a province's name, with its 省, that leaves at least two scalars of the name; else 0.
    /// Where a city's short name starts inside a run before another kind of zone's suffix, ending the run or with two
    /// or three characters of the zone's own name after it (后半程昆明|空港经济区, 推进天津滨海|新区 → 3, 2), and no city's
    /// name before it, else nil.
    private func cityBeforeOwnName(_ name: [Unicode.Scalar]) -> Int? {
        guard name.count > 2 else { return nil }
        // (not after a city's name, 郑州新郑综合保税区: the name names both)
        for k in 1..<(name.count - 1) where lexicon.cityNameFirsts.contains(name[k]) && lexicon.cityNames[Array(name[..<k])] == nil {
            for n in 2...3 where [0, 2, 3].contains(name.count - k - n) {
                if lexicon.cityNames[Array(name[k..<(k + n)])] != nil { return k }
            }
        }
        return nil
    }

    private func provinceOpening(_ name: [Unicode.Scalar]) -> Int {
        lexicon.provinceEnd(in: name, at: 0, limit: name.count - 2) ?? 0
    }

    /// A count of zones (19家) ending at `i`, after a province (我省, 湖北省): where the province starts.
    private func countedAfterProvince(_ t: [Unicode.Scalar], before i: Int, notBefore: Int) -> (Int, Int)? {
        guard i - 2 >= notBefore, lexicon.rules.zoneCounters.contains(t[i - 1]) else { return nil }
        let k = countStart(t, before: i - 1, notBefore: notBefore)
        guard k < i - 1, let p = provinceBefore(t, at: k, notBefore: notBefore) else { return nil }
        return (p, k)
    }

    /// The province's name as the collective's: as written (湖北省), except 我省 and the like, which are
    /// 全省 (a page that names its province names them by it).
    private func provinceName(_ t: [Unicode.Scalar], from p: Int, to e: Int) -> String {
        let written = t[p..<e]
        if lexicon.collectiveWords.contains(where: { $0.elementsEqual(written) }), let last = written.last,
           let whole = lexicon.collectiveWords.first(where: { $0.count == written.count && $0.last == last }) {
            return ScalarText.string(whole)
        }
        return ScalarText.string(written)
    }

    /// What the zones of a collective word are named together (全国 → 国家高新区), else the word.
    private func collectiveName(_ word: [Unicode.Scalar]) -> String {
        lexicon.collectiveNames[word] ?? ScalarText.string(word)
    }

    /// Where a province ending right at `k` starts (湖北省, 黑龙江省 after a break, 全省, 我省), or nil.
    private func provinceBefore(_ t: [Unicode.Scalar], at k: Int, notBefore: Int) -> Int? {
        guard k - 3 >= notBefore, province.contains(t[k - 1]) else { return nil }
        if let c = lexicon.collectiveWords.first(where: { k - $0.count >= notBefore && ScalarText.endsWith(t, at: k, $0) }), c.count == 2 { return k - 2 }
        // a name of two characters, or three where a break stands before them
        guard ScalarText.isHan(t[k - 2]), ScalarText.isHan(t[k - 3]) else { return nil }
        if k - 4 >= notBefore, ScalarText.isHan(t[k - 4]), k - 5 < notBefore || !ScalarText.isHan(t[k - 5]) { return k - 4 }
        return k - 3
    }

    /// A zone joined by · to the district it shares its government with (荆门高新区·掇刀区), named as written, as
    /// 无锡高新区(新吴区) is; else the zone as found.
    private func withJoinedDistrict(_ t: [Unicode.Scalar], _ m: EntityMention) -> EntityMention {
        guard m.end + 1 < t.count, t[m.end] == "·", !m.name.contains("("), let d = place(t, at: m.end + 1), d.start == m.end + 1,
              let last = d.name.unicodeScalars.last, placeSuffix.contains(last), !lexicon.rules.citySuffixes.contains(last) else { return m }
        return EntityMention(start: m.start, end: d.end, name: m.name + "·" + d.name, kind: m.kind)
    }

    /// A town or sub-district right at `i`: a place whose name ends in a town's suffix (`rule town-suffix`:
    /// 新河街道, 孟河镇).
    private func subPlace(_ t: [Unicode.Scalar], at i: Int) -> EntityMention? {
        guard i < t.count, ScalarText.isHan(t[i]), let m = place(t, at: i), m.start == i else { return nil }
        return lexicon.rules.endsWithTownSuffix(Array(m.name.unicodeScalars)) ? m : nil
    }

    /// A place opening a clause: `昆山市`, `江苏省昆山市` (named 昆山市), `嘉兴市秀洲区`.
    /// A park named where a clause opens (重庆国际生物城累计签约…, 成都天府国际生物城23个项目集中开工): two to
    /// ten characters of a name, then a park suffix of the lexicon. Not where a lead word or a verb of a
    /// set stands in the run (建设新能源产业园, 新开工航空航天产业园二期: the park is what is built, the clause's
    /// object), not after a count (375家两类国家级产业园区: parks counted together), not where the
    /// project noun or a phase follows the name (威胜能源互联网产业园项目, …产业园二期: a project), and not
    /// in a list of names (…产业园、…基地等166个项目: examples of what is counted).
    /// Where a place's short name in brackets that opens at `j` (`(重庆)`) ends, past its close.
    private func bracketedPlaceEnd(_ t: [Unicode.Scalar], at j: Int) -> Int? {
        guard j < t.count, t[j] == "(" || t[j] == "（" else { return nil }
        var k = j + 1
        while k < t.count, k - j <= 4, ScalarText.isHan(t[k]) { k += 1 }
        guard k < t.count, k - j >= 3, t[k] == ")" || t[k] == "）", lexicon.cityNames[Array(t[(j + 1)..<k])] != nil else { return nil }
        return k + 1
    }

    /// The dashes of a span of months written with digits (1-7月, 1—6月).
    private static let rangeDashes: Set<Unicode.Scalar> = ["-", "–", "—", "~", "～"]

    private func parkName(_ t: [Unicode.Scalar], at i: Int) -> EntityMention? {
        // (完成紫城工业园首期…建设: a verb of a result opening the clause is no part of the park's name)
        if let verb = lexicon.rules.statementVerbs.first(where: { ScalarText.matches(t, at: i, $0) }) { return parkName(t, at: i + verb.count) }
        // (记者从苏州工业园区获悉, 从苏州工业园区传来消息: a park right after a preposition of a name that opens the clause, the
        // reporter before it or not, is named as if it opened the clause, as a new area is; `rule name-preposition`)
        let reporter = lexicon.rules.creditWords.first(where: { ScalarText.matches(t, at: i, $0) })?.count ?? 0
        if let p = lexicon.rules.namePrepositions.first(where: { ScalarText.matches(t, at: i + reporter, $0) }) {
            return parkName(t, at: i + reporter + p.count)
        }
        if i > 0, countWords.contains(t[i - 1]) { return nil }
        // (两类国家级产业园区: a count of kinds opens the run)
        if i + 1 < t.count, ChineseNumeral.isNumeral(t[i]), countWords.contains(t[i + 1]) { return nil }
        func opensVerb(_ k: Int) -> Bool {
            lexicon.zoneLeads.contains { ScalarText.matches(t, at: k, $0) } || lexicon.rules.setVerbs.contains { ScalarText.matches(t, at: k, $0) }
        }
        var j = i
        while j < t.count && j - i <= 10 {
            // (西部(重庆)科学城: the place in brackets inside the name is part of it)
            if j > i, let close = bracketedPlaceEnd(t, at: j) { j = close; continue }
            guard ScalarText.isHan(t[j]) || t[j] == "·" else { break }
            if j - i >= 2, parkSuffixFirst.contains(t[j]), let suffix = lexicon.parkSuffixes.first(where: { ScalarText.matches(t, at: j, $0) }) {
                // (中国西部预制菜产业园: the country opening the name is part of it)
                if (i..<j).contains(where: { k in opensVerb(k) && !(k == i && lexicon.rules.parkOpeners.contains { ScalarText.matches(t, at: k, $0) }) }) { return nil }
                // (常德市又有一个工业园区晋升…: a count of parks inside the run names none)
                if (i..<(j - 1)).contains(where: { k in ChineseNumeral.isNumeral(t[k]) && !ChineseNumeral.formal.contains(t[k]) && countWords.contains(t[k + 1]) }) { return nil }
                // (成都高新片区, 高新片区: the zone's short name before the suffix names the zone's own area, the zone)
                if lexicon.zoneSuffixes.contains(where: { $0.text.count >= 3 && ScalarText.endsWith(t, at: j, Array($0.text.dropLast())) }) { return nil }
                let end = j + suffix.count
                // (白沙高新园区: a zone's suffix that opens like a park's is the zone's)
                if lexicon.zoneSuffixes.contains(where: { $0.text.count > suffix.count && ScalarText.matches(t, at: j, $0.text) }) { return nil }
                // (江西丰城高新技术产业园区: a zone's suffix that ends like a park's is the zone's)
                if lexicon.zoneSuffixes.contains(where: { ScalarText.endsWith(t, at: end, $0.text) }) { return nil }
                // (but 科学城九龙坡片区项目共7个: the park's projects counted right after the noun, a set of the park's)
                if let project = lexicon.rules.projectNoun, ScalarText.matches(t, at: end, project) {
                    var q = end + project.count
                    q += lexicon.rules.countLeads.first { ScalarText.matches(t, at: q, $0) }?.count ?? 0
                    guard q < t.count, ScalarText.isASCIIDigit(t[q]) || ChineseNumeral.isNumeral(t[q]) else { return nil }
                }
                // (中国生物兰州科技健康产业园血液制品生产基地项目、…等9个项目: a project named in a list of projects)
                if let project = lexicon.rules.projectNoun {
                    var q = end
                    while q < min(t.count, end + 16), ScalarText.isHan(t[q]), !ScalarText.matches(t, at: q, project) { q += 1 }
                    let after = q + project.count
                    if ScalarText.matches(t, at: q, project), after < t.count,
                       ScalarText.isListBreak(t[after]) || lexicon.rules.listEnds.contains(where: { ScalarText.matches(t, at: after, $0) }) { return nil }
                }
                // (an item of a list: 新飞制冷家电产业园、康佳空调生产基地等166个项目 names examples of the projects counted)
                if i > 0 && ScalarText.isListBreak(t[i - 1]) || end < t.count && ScalarText.isListBreak(t[end])
                    || lexicon.rules.listEnds.contains(where: { ScalarText.matches(t, at: end, $0) }) { return nil }
                if end + 1 < t.count, ChineseNumeral.isNumeral(t[end]) || ScalarText.isASCIIDigit(t[end]),
                   lexicon.rules.projectPhases.contains(t[end + 1]) { return nil }
                // (西部(重庆)科学城核心区: a part of the park right after its name, `rule park-part`, is named with it)
                let partEnd = lexicon.rules.parkParts.first(where: { ScalarText.matches(t, at: end, $0) }).map { end + $0.count } ?? end
                return EntityMention(start: i, end: partEnd, name: ScalarText.string(t[i..<partEnd]), kind: .park)
            }
            j += 1
        }
        return nil
    }

    /// Where the next place of a list starts, when a joiner written in words (和, 及) at `i` leads to one: the
    /// list's next item, opening a clause of its own; nil otherwise.
    private func nextPlaceOfList(_ t: [Unicode.Scalar], after i: Int, end n: Int) -> Int? {
        guard let j = placeJoiners.first(where: { ScalarText.matches(t, at: i, $0) }), i + j.count < n, place(t, at: i + j.count) != nil else { return nil }
        return i + j.count
    }

    /// Whether `i` opens a sentence or a clause, spaces before it or not (…！ 江阴28个…).
    private func opensClause(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k > 0, ScalarText.isSpace(t[k - 1]) { k -= 1 }
        return k == 0 || ScalarText.isClauseBreak(t[k - 1]) || ScalarText.isSentenceEnd(t[k - 1])
    }

    /// Whether what happened to a set of projects opens the text at `i`, done together or not: a set verb
    /// (签约, 开工), after 集中 (`rule together`) or not.
    private func opensSetEvent(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        let k = lexicon.rules.togetherWords.first(where: { ScalarText.matches(t, at: i, $0) }).map { i + $0.count } ?? i
        return lexicon.rules.setVerbs.contains { ScalarText.matches(t, at: k, $0) }
    }

    private func place(_ t: [Unicode.Scalar], at i: Int) -> EntityMention? {
        // 在衢州市排名第二: a place after a preposition is where, not who
        if leadFirst?.contains(t[i]) ?? true, lexicon.zoneLeads.contains(where: { ScalarText.matches(t, at: i, $0) }) { return nil }
        // 海南规模以上工业增加值增长19.9%: a province by its short name, right before a metric's word, is the area
        // above every zone too (not 广东惠州, a city after it, nor 江苏高新区)
        if provinceFirst.contains(t[i]), let p = lexicon.provinces.first(where: { ScalarText.matches(t, at: i, $0) }),
           i + p.count < t.count, !province.contains(t[i + p.count]),
           lexicon.metricWords.contains(where: { $0.second == nil && !$0.outOfScope && $0.first.count >= 2 && ScalarText.matches(t, at: i + p.count, $0.first) }) {
            return EntityMention(start: i, end: i + p.count, name: ScalarText.string(p), kind: .above)
        }
        // 其中，成都实现外贸进出口值848亿元: a city by its short name opening a clause, right before a verb of a result,
        // is that city (not 在成都实现…, where the city is where); so before what happened to a set of projects, done
        // together or not (其中，江阴集中开工重大产业项目28个), and before a number (江阴28个重大产业项目集中开工); and before a
        // verb of holding an event (7月27日，襄阳举行…集中签约活动: the holder; not one of a list of venues, 在重庆、深圳举办…)
        // (tested here first too: a call of the look-up is no cheaper than the test on the hot path)
        if lexicon.cityNameFirsts.contains(t[i]), opensClause(t, at: i), let (city, end) = lexicon.shortCityName(in: t, at: i),
           lexicon.rules.statementVerbs.contains(where: { ScalarText.matches(t, at: end, $0) })
            || opensSetEvent(t, at: end) || end < t.count && ScalarText.isASCIIDigit(t[end])
            || lexicon.rules.venueVerbs.contains(where: { ScalarText.matches(t, at: end, $0) }) {
            return EntityMention(start: i, end: end, name: city, kind: .place)
        }
        var s = i
        // province
        for len in 2...3 where s + len < t.count && province.contains(t[s + len]) && (s..<(s + len)).allSatisfy({ ScalarText.isHan(t[$0]) }) {
            s += len + 1
            break
        }
        func unit(at p: Int) -> Int? {
            // (道县, 沛县: a county named by one character is a place by the lexicon's list only)
            if p + 2 <= t.count, placeSuffix.contains(t[p + 1]), lexicon.districtNames.contains(Array(t[p..<(p + 2)])) { return p + 2 }
            // whether the `len` characters at `p` may name a place before its suffix
            func mayName(_ len: Int) -> Bool {
                // (固镇县, 镇平县: a town's suffix may stand inside the name of a county or a city, a level above a town's)
                let above = p + len < t.count && !townSuffix.contains(t[p + len])
                guard (p..<(p + len)).allSatisfy({ k in ScalarText.isHan(t[k]) && (!placeSuffix.contains(t[k]) || above && townSuffix.contains(t[k])) }) else { return false }
                // (对我市, 记者从市统计局: a pronoun or a preposition right before the suffix makes no place)
                if lexicon.rules.notInPlace.contains(t[p + len - 1]) || lexicon.rules.notPlaceFirst.contains(t[p]) { return false }
                // (经过两市不懈努力: a numeral right before the suffix counts places; not a formal one, 安陆市)
                if ChineseNumeral.isNumeral(t[p + len - 1]), !ChineseNumeral.formal.contains(t[p + len - 1]) { return false }
                // 确保市、区重点项目: a marker or a time word, then the place's level, is no place
                if notNames.contains(where: { $0.count >= len && ScalarText.matches(t, at: p, $0) }) { return false }
                // (上半年完成市以上重点项目投资…: a verb of a result, then the level, is no place either)
                return !lexicon.rules.statementVerbs.contains(where: { $0.count >= len && ScalarText.matches(t, at: p, $0) })
            }
            // (新河街道: a suffix of two characters, after a name of two or three)
            for len in 2...3 where p + len < t.count {
                guard let w = lexicon.placeWords.first(where: { ScalarText.matches(t, at: p + len, $0) }), mayName(len),
                      !lexicon.notPlaces.contains(Array(t[p..<(p + len + w.count)])) else { continue }
                return p + len + w.count
            }
            for len in 2...3 where p + len < t.count && placeSuffix.contains(t[p + len]) {
                guard mayName(len) else { continue }
                if shortNotPlaces || notPlaceEnds.contains(t[p + len - 1], t[p + len]) {
                    let word = Array(t[(p + len - 1)...(p + len)])
                    let whole = Array(t[p...(p + len)])
                    // (共青城市: a city whose name ends in a word that is no place, 城市)
                    if lexicon.notPlaces.contains(word) || lexicon.notPlaces.contains(whole),
                       lexicon.cityNames[Array(t[p..<(p + len)])] == nil, !lexicon.districtNames.contains(whole) { continue }
                }
                // (市政, 区委; but 滨江区政府 is the district's government, and names the district)
                // (but 济南市外贸: a word of its own after the suffix, `rule place-then`)
                if p + len + 1 < t.count, notAfterCity.contains(t[p + len + 1]),
                   !lexicon.rules.governmentWords.contains(where: { ScalarText.matches(t, at: p + len + 1, $0) }),
                   !lexicon.rules.placeThenWords.contains(where: { ScalarText.matches(t, at: p + len + 1, $0) }) { continue }
                if zoneSuffix(t, at: p + len + 1) != nil { return nil }
                // (三个区, 两大县: a count of places; 五华县, 六安市, 十堰市: a name that opens with a numeral)
                if ChineseNumeral.isNumeral(t[p]), ChineseNumeral.isNumeral(t[p + 1]) || countWords.contains(t[p + 1]) { continue }
                return p + len + 1
            }
            return nil
        }
        // 张家港杨舍镇, 佛山南海区: a city by its short name, then a place of it, is that place (named alone)
        var firstUnit = unit(at: s)
        if firstUnit == nil, s < t.count, lexicon.cityNameFirsts.contains(t[s]),
           let k = (2...3).first(where: { s + $0 < t.count && lexicon.cityNames[Array(t[s..<(s + $0)])] != nil }),
           let e = unit(at: s + k), zoneSuffix(t, at: e) == nil,
           !lexicon.otherZoneSuffixes.contains(where: { ScalarText.endsWith(t, at: e, $0.text) }) {   // (not 长沙经开区: a zone of its own)
            s += k
            firstUnit = e
        }
        guard let e1 = firstUnit else {
            // 海南省规模以上工业增加值增长19.9%: a province opening a clause with no city after it is the area above
            // every zone, as 全省 is: its figures are no one's here (not 海南省高新区, the province's zones)
            // (a province the lexicon lists, not its zones counted after it: 湖北省20个高新区)
            // (nor another kind of zone's name after it: 安徽省芜湖江北新区)
            if s > i, lexicon.provinces.contains(Array(t[i..<(s - 1)])), s < t.count, ScalarText.isHan(t[s]), !ChineseNumeral.isNumeral(t[s]),
               zoneSuffix(t, at: s) == nil, !lexicon.zoneDrops.contains(where: { ScalarText.matches(t, at: s, $0) }),
               !(2...4).contains(where: { n in s + n < t.count && lexicon.otherZoneSuffixes.contains { ScalarText.matches(t, at: s + n, $0.text) } }) {
                return EntityMention(start: i, end: s, name: ScalarText.string(t[i..<s]), kind: .above)
            }
            return nil
        }
        // (天水市经济技术开发区, 天水市经开区, 来安县经济开发区: another kind of zone's suffix right after a city or a county is
        // the zone named after it)
        if lexicon.rules.zoneNamingPlaceSuffixes.contains(t[e1 - 1]), lexicon.otherZoneSuffixes.contains(where: { $0.text.count >= 3 && ScalarText.matches(t, at: e1, $0.text) }) {
            return nil
        }
        var end = e1
        // (not a place after a joiner: 晋州市和正定县 are two)
        if parentPlace.contains(t[e1 - 1]), !placeJoiners.contains(where: { ScalarText.matches(t, at: e1, $0) }),
           let e2 = unit(at: e1), !parentPlace.contains(t[e2 - 1]) { end = e2 }
        // a zone right after (嘉兴市秀洲高新区, 青岛市国家高新区) is the zone's name, not a place
        var k = end
        for d in lexicon.zoneDrops where ScalarText.matches(t, at: k, d) { k += d.count }
        if zoneSuffix(t, at: k) != nil || zoneSuffix(t, at: end) != nil { return nil }

        // (and so is another kind of zone's short name after a city, 芜湖市江北新区: the area's name opens with the city's;
        // not a place of the city, 白沙区空港经开区, nor a list, 青松市和高新区)
        if lexicon.rules.citySuffixes.contains(t[end - 1]), !placeJoiners.contains(where: { ScalarText.matches(t, at: end, $0) }),
           (2...3).contains(where: { n in end + n < t.count
               && (end..<(end + n)).allSatisfy { ScalarText.isHan(t[$0]) && !placeSuffix.contains(t[$0]) && !lexicon.rules.notInPlace.contains(t[$0]) }
               && lexicon.otherZoneSuffixes.contains { ScalarText.matches(t, at: end + n, $0.text) }
               && !lexicon.zoneSuffixes.contains { z in (max(end, end + n - 2)...(end + n)).contains { ScalarText.matches(t, at: $0, z.text) } } }) {
            return nil
        }
        // a place opening a company's name (宝鸡市金山钛业有限责任公司) is part of that name
        var j = end
        while j < t.count && j - end < 20 && ScalarText.isHan(t[j]) {
            if companyLast.contains(t[j]), company(t, lastAt: j, notBefore: i) != nil { return nil }
            j += 1
        }
        return EntityMention(start: s, end: end, name: ScalarText.string(t[s..<end]), kind: .place)
    }

    /// A company ending at `i` (`…有限公司`), or nil.
    private func company(_ t: [Unicode.Scalar], lastAt i: Int, notBefore: Int) -> EntityMention? {
        guard let suffix = lexicon.companySuffixes.first(where: { ScalarText.endsWith(t, at: i + 1, $0) }) else { return nil }
        let sStart = i + 1 - suffix.count
        var start = sStart
        while start > notBefore && sStart - start < 24,
              ScalarText.isHan(t[start - 1]) || ScalarText.isLatin(t[start - 1]) || t[start - 1] == "(" || t[start - 1] == ")" {
            if ScalarText.isSentenceEnd(t[start - 1]) { break }
            start -= 1
        }
        // strip the verbs the run swallowed (由…公司, 与…公司, 先后引进杉杉集团): the name starts after the
        // last lead word in it that leaves a name
        var name = Array(t[start...i])
        var cut = 0
        for k in 0..<max(0, name.count - suffix.count - 1) {
            for l in lexicon.zoneLeads where k + l.count <= name.count - suffix.count - 2 && ScalarText.matches(name, at: k, l) {
                cut = max(cut, k + l.count)
            }
        }
        if cut > 0 { name.removeFirst(cut); start += cut }
        guard name.count >= suffix.count + 2, !lexicon.notCompanies.contains(name) else { return nil }
        // 新增上市公司, 各类科技公司: a common noun with a word or two before it
        if lexicon.notCompanies.contains(where: { w in name.count - w.count <= 2 && ScalarText.endsWith(name, at: name.count, w) }) { return nil }
        return EntityMention(start: start, end: i + 1, name: ScalarText.string(name), kind: .company)
    }
}
