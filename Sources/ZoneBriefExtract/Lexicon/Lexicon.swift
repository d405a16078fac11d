import Foundation
import ZoneBriefCore

/// All vocabulary of the extractor, read from tab-separated data files (`Lexicon/Data/*.tsv`,
/// extendable with `--lexicon`). Each line is `kind<TAB>fields…`; `#` starts a comment.
///
/// ```
/// metric	入库税收	tax_revenue
/// zone	东湖高新区	武汉东湖新技术开发区|东湖新技术开发区
/// kind	力争	target
/// rule	range-joiner	-|~|至|到
/// ```
///
/// The words of the extractor's rules are data too (`rule` entries, ``Rules``); what stays in
/// code is the script's number and date system (the numerals, and 年/月/日 after a number).
public struct Lexicon: Sendable {
    /// One way the text names a metric.
    public struct MetricWord: Sendable {
        /// The word, or the first part of an `A…B` pair.
        public var first: [Unicode.Scalar]
        /// The second part of an `A…B` pair (nil for a plain word).
        public var second: [Unicode.Scalar]?
        public var metric: Metric
        public var kind: FactKind?
        public var label: Label
        public var needsProjects: Bool
        /// A word outside FACTS.md's metrics (营业收入, 合同利用外资): a figure it names is reported
        /// as out of scope, and the longer word keeps a shorter metric word inside it from matching.
        public var outOfScope = false
        /// The metric the figure is when the sentence counts projects before the word (`projects=`).
        public var projectsMetric: Metric?
        /// A total whose kind the set counted right before it decides (`set=counted`: 新开工项目92个，
        /// 总投资42亿元 is the projects' investment, 签约项目16个，总投资122亿元 the signed investment).
        public var setDecides = false
        /// With `label=industry`, the metric a figure is when no industry is named before the word
        /// (`alone=industrial_output`: 完成规上产值67.08亿元 is all the firms' output; 生物医药规上产值 one
        /// industry's).
        public var aloneMetric: Metric?

        /// The only unit the word names (`unit=percent`: 稀贵金属新材料产业同比增长6.6% is the industry's
        /// output growth; an amount after 产业 alone says nothing of what it measures).
        public var onlyUnit: FactUnit?
        /// Whether the word names only a figure written right after it (`adjacent=yes`: 签约209亿元 is the
        /// signed investment; 签约投资20亿元的…项目 names no figure by 签约).
        public var adjacentOnly = false
        /// Whether the word names a figure only where it opens a clause (`opens=clause`: 项目25个，投资额达到52.2亿元
        /// is the set's total; 外商实际投资额, 年度列统投资额 are other words that end in it).
        public var opensClause = false

        /// `industry`: the industry named before the word (新型储能产业 of 新型储能产业产值); `named`: the
        /// industry the word ends (稀贵金属新材料产业 of 稀贵金属新材料产业增长6.6%).
        public enum Label: Sendable, Hashable { case none, fixed(String), industry, named }
    }

    /// A unit written after a number.
    public struct UnitWord: Sendable {
        public var text: [Unicode.Scalar]
        /// nil for 个百分点 (percentage points), which is no unit of FACTS.md.
        public var unit: FactUnit?
        public var factor: Double
        /// `factor` as an exact decimal, for values computed without binary rounding.
        public var exactFactor: Decimal { Decimal(string: String(factor)) ?? Decimal(factor) }
    }

    public var metricWords: [MetricWord] = []
    public var units: [UnitWord] = []
    /// A multiplier that, ending a number with no unit after it, implies one (产值达12893.5亿,
    /// 超百亿: 亿 alone is 亿元).
    public var bareMultiplierUnits: [Unicode.Scalar: FactUnit] = [:]
    /// word → (first month, last month)
    public var periodWords: [[Unicode.Scalar]: (Int, Int)] = [:]
    /// 今年 → 0, 去年 → -1
    public var relativeYears: [[Unicode.Scalar]: Int] = [:]
    /// 当年, 同年: the year named last (`PeriodSpan.Year.inPlay`)
    public var inPlayYears: [[Unicode.Scalar]] = []
    /// Whether a line opens with a byline (本报讯…).
    public func opensWithByline<T: Collection>(_ t: T) -> Bool where T.Element == Unicode.Scalar {
        bylineWords.contains { w in t.count >= w.count && t.prefix(w.count).elementsEqual(w) }
    }
    /// Every word that writes a year as a word: the relative years and those that refer back.
    public var yearWords: [[Unicode.Scalar]] { Array(relativeYears.keys) + inPlayYears }
    public var openPeriodWords: [[Unicode.Scalar]] = []
    /// Plan periods of several years (十四五 → 2021…2025), read with a period word after them (期间, 时期).
    public var planPeriods: [(word: [Unicode.Scalar], first: Int, last: Int)] = []
    /// Words after a plan period's name that make it a time (期间, 时期, 以来).
    public var planPeriodEnds: [[Unicode.Scalar]] = []
    /// Around a count of years, the years up to the article's (五年来, 近三年来, 过去五年): (before, after).
    public var pastYears: [(before: [Unicode.Scalar], after: [Unicode.Scalar])] = []
    /// The years ahead of the article (三年内, 未来五年): before…after around the count of years.
    public var comingYears: [(before: [Unicode.Scalar], after: [Unicode.Scalar])] = []
    /// kind marker → (kind, preceding scalars that cancel it)
    public var kindMarkers: [(word: [Unicode.Scalar], kind: FactKind, cancelledAfter: Set<Unicode.Scalar>)] = []
    public var resetMarkers: [[Unicode.Scalar]] = []
    /// Markers that also govern the figure before them in its clause (8个项目即将签约): `kind … after`.
    public var postMarkers: [(word: [Unicode.Scalar], kind: FactKind)] = []
    /// Target markers that yield to an estimate marker before them (预计…将达1030亿元 is an estimate): `kind … yields`.
    public var yieldingMarkers: Set<[Unicode.Scalar]> = []
    /// Words before an entity that make it the object of a comparison (高于全市, 占全区): not the
    /// owner of the figures after it.
    public var comparisonLeads: [[Unicode.Scalar]] = []
    /// Punctuation that ends a marker's scope (；): the next clause is read afresh.
    public var scopeEnds: ScalarSet = []
    public var approxBefore: [(word: [Unicode.Scalar], approx: Approx)] = []
    /// Characters that, right before an approx word, make it part of another word (签约19个: 约 is no "about").
    public var approxCancelledAfter: [[Unicode.Scalar]: Set<Unicode.Scalar>] = [:]

    /// Whether the approx word `w` ending at `i` in `t` is one (not the end of 签约, 节约…).
    public func isApprox(_ w: [Unicode.Scalar], in t: [Unicode.Scalar], endingAt i: Int) -> Bool {
        let k = i - w.count
        guard k > 0, let cancel = approxCancelledAfter[w] else { return true }
        return !cancel.contains(t[k - 1])
    }
    public var approxAfter: [(word: [Unicode.Scalar], approx: Approx)] = []
    public var fillers: [[Unicode.Scalar]] = []
    public var growthWords: [(word: [Unicode.Scalar], sign: Double)] = []
    public var shareVerbs: [[Unicode.Scalar]] = []
    public var shareNouns: [[Unicode.Scalar]] = []
    /// A rate right after these is the share of its target the figure before reached (完成率110.3%).
    public var shareRates: [[Unicode.Scalar]] = []
    public var subsetWords: [[Unicode.Scalar]] = []
    /// Size classes that qualify a metric word (规上, 规模以上): never part of an industry's name.
    public var sizeWords: [[Unicode.Scalar]] = []
    /// Words that end no industry's name (“3111”工程产值, 项目产值): 产值 after them has no label.
    public var notIndustries: [[Unicode.Scalar]] = []
    public var projectionWords: [[Unicode.Scalar]] = []
    public var ratioWords: [[Unicode.Scalar]] = []
    public var captionWords: [[Unicode.Scalar]] = []
    /// word → the metrics for which a figure after it is an increment (新增高新技术企业120家)
    public var incrementWords: [(word: [Unicode.Scalar], metrics: Set<Metric>)] = []
    /// words opening a clause that totals the figure before it (累计达到1560家)
    public var totalWords: [[Unicode.Scalar]] = []
    /// Words that make the number after them a difference from another period (超去年同期).
    public var comparisonWords: [[Unicode.Scalar]] = []
    /// Metrics that count a stock at a date (firms), never a flow over months.
    public var stockMetrics: Set<Metric> = []
    /// Words that make the figure after them in its clause a stock of any metric (发明专利拥有量11125件).
    public var stockWords: [[Unicode.Scalar]] = []
    /// The provinces and autonomous regions (河北, 黑龙江, 广西…), without 省: 河北省高新区 is the province's
    /// zones together, not a zone of that name.
    public var provinces: [[Unicode.Scalar]] = []
    /// The first scalars of `provinces`.
    public var provinceFirsts = ScalarSet()
    /// Cities by their short name (淮北 → 淮北市), from places.tsv.
    public var cityNames: [[Unicode.Scalar]: String] = [:]
    /// Cities by their short names in pinyin, as a page's address writes them (yaan → 雅安市, from jkq.yaan.gov.cn); a
    /// spelling two entries give is nobody's (`pinyin` in places.tsv).
    public var pinyinCities: [String: String] = [:]
    private var pinyinShared: Set<String> = []
    /// The first scalars of those short names: where one may start (a look-up elsewhere is no use).
    public var cityNameFirsts = ScalarSet()
    /// Districts whose name ends in a word that is no place alone (龙湖区, 西湖区, 宝山区: 湖区, 山区), from
    /// places.tsv: places all the same.
    public var districtNames: Set<[Unicode.Scalar]> = []
    public var bylineWords: [[Unicode.Scalar]] = []
    /// Words of a dateline or page header (来源, 发布时间): a date in their line dates the article.
    public var datelineWords: [[Unicode.Scalar]] = []
    /// Words that open a source line (来源：, 发布单位：, 供稿): the entity they name is who the
    /// article speaks for.
    public var sourceWords: [[Unicode.Scalar]] = []
    /// Words by which an article names its own zone, city or district (全区, 我市, 本区, bare 高新区).
    /// `alone`: only where no other character of a name stands right before (园区 in 产业园区 is not).
    /// (entity nil: `above`, the area above every zone, 全省)
    public var selfWords: [(word: [Unicode.Scalar], entity: Entity?, alone: Bool)] = []
    /// Characters that may stand right before a self word marked `alone` (该高新区, 本园区).
    public var selfWordPrefixes: ScalarSet = []
    /// Equal-length rewrites applied to the folded text before matching (專案 → 项目): words of
    /// another region's usage read as the lexicon's own.
    public var normalizations: [(from: [Unicode.Scalar], to: [Unicode.Scalar])] = []
    /// The first characters of the normalizations' words (a paragraph holding none is left alone).
    public var normalizationFirsts: ScalarSet = []

    /// alias (as written) → canonical zone name
    public var zoneAliases: [[Unicode.Scalar]: String] = [:]
    /// Aliases that name their zone only where no name runs into them (中关村, not 南宁·中关村).
    public var aliasesStandingAlone: Set<[Unicode.Scalar]> = []
    /// canonical zone names, for knowing that 石家庄 is a three-character place name
    public var zoneNames: Set<[Unicode.Scalar]> = []
    /// The canonical names of the zones listed (zones.tsv), for callers that must tell zones from
    /// cities and companies by more than a name's suffix (衢州智造新城 is a zone).
    public var canonicalZoneNames: Set<String> { Set(zoneAliases.values) }
    public var zoneSuffixes: [(text: [Unicode.Scalar], canonical: String)] = []
    /// A canonical suffix that facts keep as written and a brief compares as another (高新园区 → 高新区).
    public var comparedSuffixes: [(suffix: [Unicode.Scalar], as: String)] = []
    /// Suffixes of other kinds of zone (经济技术开发区): their figures are theirs, not a high-tech zone's.
    /// (with the short form facts name such a zone by, where the text's suffix has one: 经济技术开发区 → 经开区, as
    /// 青岛国家高新技术产业开发区 is 青岛高新区; kept beside the suffix, in no table of its own)
    public var otherZoneSuffixes: [(text: [Unicode.Scalar], short: [Unicode.Scalar]?)] = []
    /// Of those, the suffixes that name a kind of zone only after a name of two characters that opens a
    /// clause or an item of a list (湖滨新区, 洋河新区: not 申报进入天府新区, 建设现代化新区).
    public var shortNameSuffixes: [[Unicode.Scalar]] = []
    /// Suffixes of a park's name (生物城, 产业园): a park named as a clause's subject owns its figures.
    public var parkSuffixes: [[Unicode.Scalar]] = []
    public var zoneDrops: [[Unicode.Scalar]] = []
    /// Words before 高新区 that make it many zones (各, 全省).
    public var collectiveWords: [[Unicode.Scalar]] = []
    /// The name the zones of a collective word go by together (全国 → 国家: 全国169家高新区 are 国家高新区).
    public var collectiveNames: [[Unicode.Scalar]: String] = [:]
    /// Collective words that speak of each zone, not of their total (各高新区, 其他高新区): no figure.
    public var distributiveWords: Set<[Unicode.Scalar]> = []
    /// Collective words that count only where no zone's name stands before them: 国家高新区 (the
    /// national zones together, 178家国家高新区) but 青岛国家高新区 (one zone).
    public var bareCollectiveWords: [[Unicode.Scalar]] = []
    public var zoneLeads: [[Unicode.Scalar]] = []
    public var placeSuffixes: ScalarSet = []
    /// Place suffixes of more than one character (街道: 新河街道).
    public var placeWords: [[Unicode.Scalar]] = []
    public var notPlaces: Set<[Unicode.Scalar]> = []
    public var companySuffixes: [[Unicode.Scalar]] = []
    public var notCompanies: Set<[Unicode.Scalar]> = []
    /// The words of the extractor's rules (`rule` entries): 截至, 同比, 项目, range joiners…
    public var rules: Rules {
        get { wordBox.rules }
        set { wordBox = WordBox(rules: newValue, display: wordBox.display) }
    }
    /// How the table format writes facts (`display` entries): 约, 元, 人次…
    public var display: Display {
        get { wordBox.display }
        set { wordBox = WordBox(rules: wordBox.rules, display: newValue) }
    }
    /// `rules` and `display` behind one reference: every recogniser holds a copy of the lexicon,
    /// and copying them (as calls on a struct's properties do) stays one pointer, not fifty.
    private var wordBox = WordBox(rules: Rules(), display: Display())
    private final class WordBox: Sendable {
        let rules: Rules
        let display: Display
        init(rules: Rules, display: Display) {
            self.rules = rules
            self.display = display
        }
    }

    public init() {}

    /// The lexicon shipped with ZoneBrief: the folder `ZONEBRIEF_LEXICON_DATA` names, else
    /// `Lexicon/Data` of the source tree this was built from. An installed program passes its
    /// own folder to ``load(dataFolder:)`` instead (the `ZoneBrief` library's `Installation`
    /// finds it); no `Bundle.module`, which stops a program whose build folder is gone.
    public static func builtIn() throws -> Warned<Lexicon> {
        try load(dataFolder: builtInDataURL())
    }

    /// The lexicon of the `.tsv` files of `dataFolder`. A folder that gives no words for some
    /// rule role (a lexicon older than rules.tsv) is a warning: those rules would never apply.
    public static func load(dataFolder: URL) throws -> Warned<Lexicon> {
        var lexicon = Lexicon()
        var diagnostics = try lexicon.add(contentsOf: dataFolder)
        let missing = Rules.Role.allCases.filter { lexicon.rules.words($0).isEmpty }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(file: dataFolder.path,
                                          "lexicon: no words for rule role(s) \(missing.map(\.rawValue).joined(separator: ", ")) (rules.tsv missing?)"))
        }
        return Warned(lexicon, diagnostics: diagnostics)
    }

    /// `$ZONEBRIEF_LEXICON_DATA`, else `Lexicon/Data` beside this source file.
    static func builtInDataURL() -> URL {
        if let env = ProcessInfo.processInfo.environment["ZONEBRIEF_LEXICON_DATA"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return sourceDataFolder
    }

    /// `Sources/ZoneBriefExtract/Lexicon/Data` in the tree this file was compiled in.
    public static let sourceDataFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data")

    /// Adds the entries of a `.tsv` file, or of every `.tsv` file in a folder (sorted by name).
    /// Malformed lines are returned as warnings; unreadable files throw.
    public mutating func add(contentsOf url: URL) throws -> [Diagnostic] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
            throw LexiconError(message: "\(url.path): no such lexicon file or folder")
        }
        var files = [url]
        if isDir.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            files = names.filter { $0.hasSuffix(".tsv") }.sorted().map { url.appendingPathComponent($0) }
            if files.isEmpty { throw LexiconError(message: "\(url.path): no .tsv lexicon files in this folder") }
        }
        var diagnostics: [Diagnostic] = []
        for file in files {
            // only a regular file: a FIFO would block the read forever
            guard let data = ArticleFiles.readRegularFile(file) else {
                throw LexiconError(message: "\(file.path): cannot read lexicon file (not a readable regular file)")
            }
            let text = String(decoding: data, as: UTF8.self)
            diagnostics += add(text: text, file: file.path)
        }
        finish()
        return diagnostics
    }

    /// Adds the entries of lexicon text; `file` names it in warnings.
    public mutating func add(text: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            if let problem = addEntry(fields) {
                diagnostics.append(Diagnostic(file: file, line: lineNumber, problem))
            }
        }
        finish()
        return diagnostics
    }

    /// Sorts tables so that longer words are tried first.
    mutating func finish() {
        units.sort { $0.text.count > $1.text.count }
        approxBefore.sort { $0.word.count > $1.word.count }
        approxAfter.sort { $0.word.count > $1.word.count }
        growthWords.sort { $0.word.count > $1.word.count }
        fillers.sort { $0.count > $1.count }
        zoneSuffixes.sort { $0.text.count > $1.text.count }
        otherZoneSuffixes.sort { $0.text.count > $1.text.count }
        parkSuffixes.sort { $0.count > $1.count }
        companySuffixes.sort { $0.count > $1.count }
        rules.rangeJoiners.sort { $0.count > $1.count }
    }

    private static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
    /// A word as matching sees it: full-width forms and traditional characters folded.
    /// (static: taking it as a function value, `let s = Self.folded`, copies no lexicon, as taking a method of
    /// `self` would, once for every entry read)
    private static func folded(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.map(ScalarText.fold) }

    /// Adds one entry; returns a problem description for a malformed line.
    private mutating func addEntry(_ f: [String]) -> String? {
        let kind = f[0]
        func need(_ n: Int) -> String? {
            f.count >= n && !f[1...].prefix(n - 1).contains(where: \.isEmpty) ? nil : "lexicon: '\(kind)' needs \(n - 1) field(s)"
        }
        let s = Self.folded
        switch kind {
        case "metric":
            if let p = need(3) { return p }
            guard let metric = Metric(rawValue: f[2]) else { return "lexicon: unknown metric id '\(f[2])'" }
            let parts = f[1].components(separatedBy: "…")
            guard parts.count <= 2, !parts.contains(where: \.isEmpty) else { return "lexicon: bad metric words '\(f[1])'" }
            var word = MetricWord(first: s(parts[0]), second: parts.count == 2 ? s(parts[1]) : nil,
                                  metric: metric, kind: nil, label: .none, needsProjects: false)
            for option in f.dropFirst(3).flatMap({ $0.split(separator: ",") }) {
                let kv = option.split(separator: "=", maxSplits: 1).map(String.init)
                switch (kv.first ?? "", kv.count == 2 ? kv[1] : "") {
                case ("kind", let v):
                    guard let k = FactKind(rawValue: v) else { return "lexicon: unknown kind '\(v)'" }
                    word.kind = k
                case ("label", "industry"): word.label = .industry
                case ("label", "named"): word.label = .named
                case ("unit", let v):
                    guard let u = FactUnit(rawValue: v) else { return "lexicon: unknown unit '\(v)'" }
                    word.onlyUnit = u
                case ("label", let v) where !v.isEmpty: word.label = .fixed(v)
                case ("needs", "projects"): word.needsProjects = true
                case ("adjacent", "yes"): word.adjacentOnly = true
                case ("opens", "clause"): word.opensClause = true
                case ("set", "counted"): word.setDecides = true
                case ("projects", let v):
                    guard let m = Metric(rawValue: v) else { return "lexicon: unknown metric id '\(v)'" }
                    word.projectsMetric = m
                case ("alone", let v):
                    guard let m = Metric(rawValue: v) else { return "lexicon: unknown metric id '\(v)'" }
                    word.aloneMetric = m
                default: return "lexicon: unknown option '\(option)'"
                }
            }
            metricWords.append(word)
        case "bare":
            if let p = need(3) { return p }
            guard let m = f[1].unicodeScalars.first, f[1].unicodeScalars.count == 1, let u = FactUnit(rawValue: f[2]) else {
                return "lexicon: bare needs one multiplier character and a unit, not '\(f[1])' '\(f[2])'"
            }
            bareMultiplierUnits[m] = u
        case "unit":
            if let p = need(4) { return p }
            guard let factor = Double(f[3]) else { return "lexicon: bad factor '\(f[3])'" }
            if f[2] == "points" || f[2] == "none" {
                units.append(UnitWord(text: s(f[1]), unit: nil, factor: factor))
            } else {
                guard let u = FactUnit(rawValue: f[2]) else { return "lexicon: unknown unit '\(f[2])'" }
                units.append(UnitWord(text: s(f[1]), unit: u, factor: factor))
            }
        case "period":
            if let p = need(4) { return p }
            guard let a = Int(f[2]), let b = Int(f[3]), (1...12).contains(a), (a...12).contains(b) else {
                return "lexicon: bad months '\(f[2])' '\(f[3])'"
            }
            periodWords[s(f[1])] = (a, b)
        case "relyear":
            if let p = need(3) { return p }
            guard let o = Int(f[2]) else { return "lexicon: bad year offset '\(f[2])'" }
            relativeYears[s(f[1])] = o
        case "inplay": if let p = need(2) { return p }; inPlayYears.append(s(f[1]))
        case "open": if let p = need(2) { return p }; openPeriodWords.append(s(f[1]))
        case "plan":
            if let p = need(4) { return p }
            guard let a = Int(f[2]), let b = Int(f[3]), (1949...2100).contains(a), (a...2100).contains(b) else {
                return "lexicon: bad plan years '\(f[2])' '\(f[3])'"
            }
            planPeriods.append((s(f[1]), a, b))
        case "plan-end": if let p = need(2) { return p }; planPeriodEnds.append(s(f[1]))
        case "past-years", "coming-years":
            if let p = need(2) { return p }
            let parts = f[1].components(separatedBy: "…")
            guard parts.count == 2, !parts[1].isEmpty || !parts[0].isEmpty else { return "lexicon: \(kind) needs before…after, not '\(f[1])'" }
            if kind == "past-years" { pastYears.append((s(parts[0]), s(parts[1]))) } else { comingYears.append((s(parts[0]), s(parts[1]))) }
        case "kind":
            if let p = need(3) { return p }
            guard let k = FactKind(rawValue: f[2]) else { return "lexicon: unknown kind '\(f[2])'" }
            let cancel = f.count > 3 && f[3].hasPrefix("!") ? Set(f[3].dropFirst().unicodeScalars) : []
            kindMarkers.append((s(f[1]), k, cancel))
            if f.dropFirst(3).contains("after") { postMarkers.append((s(f[1]), k)) }
            if f.dropFirst(3).contains("yields") { yieldingMarkers.insert(s(f[1])) }
        case "reset": if let p = need(2) { return p }; resetMarkers.append(s(f[1]))
        case "comparison-lead": if let p = need(2) { return p }; comparisonLeads.append(s(f[1]))
        case "scope-end":
            if let p = need(2) { return p }
            for u in f[1].unicodeScalars { scopeEnds.insert(u) }
        case "approx":
            if let p = need(4) { return p }
            guard let a = Approx(rawValue: f[3]) else { return "lexicon: unknown approx '\(f[3])'" }
            switch f[2] {
            case "before":
                approxBefore.append((s(f[1]), a))
                if f.count > 4, f[4].hasPrefix("!") { approxCancelledAfter[s(f[1])] = Set(f[4].dropFirst().unicodeScalars) }
            case "after": approxAfter.append((s(f[1]), a))
            default: return "lexicon: approx position must be before or after, not '\(f[2])'"
            }
        case "filler": if let p = need(2) { return p }; fillers.append(s(f[1]))
        case "growth":
            if let p = need(3) { return p }
            guard f[2] == "+" || f[2] == "-" else { return "lexicon: growth sign must be + or -" }
            growthWords.append((s(f[1]), f[2] == "+" ? 1 : -1))
        case "share-verb": if let p = need(2) { return p }; shareVerbs.append(s(f[1]))
        case "share-noun": if let p = need(2) { return p }; shareNouns.append(s(f[1]))
        case "share-rate": if let p = need(2) { return p }; shareRates.append(s(f[1]))
        case "subset": if let p = need(2) { return p }; subsetWords.append(s(f[1]))
        case "size": if let p = need(2) { return p }; sizeWords.append(s(f[1]))
        case "notindustry": if let p = need(2) { return p }; notIndustries.append(s(f[1]))
        case "projection": if let p = need(2) { return p }; projectionWords.append(s(f[1]))
        case "ratio": if let p = need(2) { return p }; ratioWords.append(s(f[1]))
        case "caption": if let p = need(2) { return p }; captionWords.append(s(f[1]))
        case "increment":
            if let p = need(3) { return p }
            var metrics = Set<Metric>()
            for id in f[2].split(separator: "|") {
                guard let m = Metric(rawValue: String(id)) else { return "lexicon: unknown metric id '\(id)'" }
                metrics.insert(m)
            }
            incrementWords.append((s(f[1]), metrics))
        case "total": if let p = need(2) { return p }; totalWords.append(s(f[1]))
        case "comparison": if let p = need(2) { return p }; comparisonWords.append(s(f[1]))
        case "stock-word": if let p = need(2) { return p }; stockWords.append(Self.folded(f[1]))
        case "city":
            if let p = need(3) { return p }
            let name = Self.folded(f[1])
            cityNames[name] = f[2]
            if let u = name.first { cityNameFirsts.insert(u) }
        case "pinyin":
            if let p = need(3) { return p }
            for w in f[1].split(separator: "|").map({ $0.lowercased() }) where !pinyinShared.contains(w) {
                if let other = pinyinCities[w], other != f[2] { pinyinCities[w] = nil; pinyinShared.insert(w) } else { pinyinCities[w] = f[2] }
            }
        case "district": if let p = need(2) { return p }; districtNames.formUnion(f[1].split(separator: "|").map { Self.folded(String($0)) })
        case "province":
            if let p = need(2) { return p }
            for name in f[1].split(separator: "|").map({ Self.folded(String($0)) }) {
                provinces.append(name)
                if let u = name.first { provinceFirsts.insert(u) }
            }
        case "stock":
            if let p = need(2) { return p }
            guard let m = Metric(rawValue: f[1]) else { return "lexicon: unknown metric id '\(f[1])'" }
            stockMetrics.insert(m)
        case "byline": if let p = need(2) { return p }; bylineWords.append(s(f[1]))
        case "dateline": if let p = need(2) { return p }; datelineWords.append(Self.folded(f[1]))
        case "source": if let p = need(2) { return p }; sourceWords.append(Self.folded(f[1]))
        case "self":
            if let p = need(3) { return p }
            if f[2] == "above" {
                selfWords.append((Self.folded(f[1]), nil, f.count > 3 && f[3] == "alone"))
                return nil
            }
            guard let e = Entity(rawValue: f[2]), e == .zone || e == .city || e == .district || e == .collective || e == .park else {
                return "lexicon: a self word names zone, city, district, collective, park or above, not '\(f[2])'"
            }
            selfWords.append((Self.folded(f[1]), e, f.count > 3 && f[3] == "alone"))
        case "self-prefix":
            if let p = need(2) { return p }
            for u in f[1].unicodeScalars { selfWordPrefixes.insert(u) }
        case "normalize":
            if let p = need(3) { return p }
            let from = Self.folded(f[1]), to = Self.folded(f[2])
            guard from.count == to.count else { return "lexicon: normalize needs words of equal length ('\(f[1])' → '\(f[2])')" }
            normalizations.append((from, to))
            if let u = from.first { normalizationFirsts.insert(u) }
        case "outside":
            if let p = need(2) { return p }
            let parts = f[1].components(separatedBy: "…")
            guard parts.count <= 2, !parts.contains(where: \.isEmpty) else { return "lexicon: bad words '\(f[1])'" }
            var word = MetricWord(first: Self.folded(parts[0]), second: parts.count == 2 ? Self.folded(parts[1]) : nil, metric: .other, kind: nil,
                                  label: .fixed(f[1]), needsProjects: false)
            word.outOfScope = true
            metricWords.append(word)
        case "zone":
            if let p = need(2) { return p }
            let canonical = f[1]
            zoneNames.insert(s(canonical))
            zoneAliases[s(canonical)] = canonical
            if f.count > 2 {
                for alias in f[2].split(separator: "|") where !alias.isEmpty { zoneAliases[s(String(alias))] = canonical }
            }
        case "alone-alias":
            // a zone's short name that other cities' parks borrow (南宁·中关村科技园, 南宁中关村…): the zone only
            // where no name runs into it
            if let p = need(3) { return p }
            zoneAliases[s(f[1])] = f[2]
            aliasesStandingAlone.insert(s(f[1]))
        case "suffix":
            if let p = need(3) { return p }
            zoneSuffixes.append((s(f[1]), f[2]))
            // (a fourth field: the suffix a brief compares the zone by, 莆田高新园区 as 莆田高新区)
            if f.count > 3, f[3] != f[2] { comparedSuffixes.append((Array(f[2].unicodeScalars), f[3])) }
        case "othersuffix":
            if let p = need(2) { return p }
            otherZoneSuffixes.append((s(f[1]), f.count > 2 && f[2] != f[1] ? s(f[2]) : nil))
        case "areasuffix":
            if let p = need(2) { return p }
            otherZoneSuffixes.append((s(f[1]), nil))
            shortNameSuffixes.append(s(f[1]))
        case "parksuffix": if let p = need(2) { return p }; parkSuffixes.append(s(f[1]))
        case "drop": if let p = need(2) { return p }; zoneDrops.append(s(f[1]))
        case "collective-name": if let p = need(3) { return p }; collectiveNames[s(f[1])] = f[2]
        case "collective":
            if let p = need(2) { return p }
            if f.count > 2 && f[2] == "bare" { bareCollectiveWords.append(s(f[1])); return nil }
            collectiveWords.append(s(f[1]))
            if f.count > 2 && f[2] == "each" { distributiveWords.insert(s(f[1])) }
        case "lead": if let p = need(2) { return p }; zoneLeads.append(s(f[1]))
        case "place":
            if let p = need(2) { return p }
            // (a suffix of two characters, 街道, is a word of its own: no character of it ends a place alone)
            if f[1].unicodeScalars.count > 1 { placeWords.append(s(f[1])); return nil }
            guard let u = f[1].unicodeScalars.first else { return "lexicon: a place suffix is empty" }
            placeSuffixes.insert(u)
        case "notplace":
            if let p = need(2) { return p }
            for w in f[1].split(separator: "|") { notPlaces.insert(s(String(w))) }
        case "company": if let p = need(2) { return p }; companySuffixes.append(s(f[1]))
        case "notcompany":
            if let p = need(2) { return p }
            for w in f[1].split(separator: "|") { notCompanies.insert(s(String(w))) }
        case "rule":
            if let p = need(3) { return p }
            guard let role = Rules.Role(rawValue: f[1]) else { return "lexicon: unknown rule role '\(f[1])'" }
            return rules.add(role, words: f[2].components(separatedBy: "|"))
        case "display":
            if let p = need(3) { return p }
            return display.set(f[1], f[2])
        default:
            return "lexicon: unknown entry kind '\(kind)'"
        }
        return nil
    }
}

/// A lexicon file or folder that cannot be used at all.
extension Lexicon {
    /// The city whose short name stands at `i` of `t` (a three-character name tried before a two-character
    /// one: 石家庄高新区 → 石家庄市, 重庆高新区 → 重庆市) and where the name ends, with a character after it;
    /// nil for none.
    /// Where a province's name that stands at `i` of `t` ends, its suffix (省) with it where one follows before
    /// `limit`; nil for none that ends by `limit` (河北省青松高新区 → 3).
    public func provinceEnd(in t: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard i < limit, i < t.count, provinceFirsts.contains(t[i]),
              let p = provinces.first(where: { i + $0.count <= limit && ScalarText.matches(t, at: i, $0) }) else { return nil }
        let end = i + p.count
        return end < limit && rules.provinceSuffixes.contains(t[end]) ? end + 1 : end
    }

    public func shortCityName(in t: [Unicode.Scalar], at i: Int) -> (city: String, end: Int)? {
        guard i < t.count, cityNameFirsts.contains(t[i]) else { return nil }
        for n in stride(from: 3, through: 2, by: -1) where t.count > i + n {
            if let city = cityNames[Array(t[i..<(i + n)])] { return (city, i + n) }
        }
        return nil
    }

    /// The zone named after a city (新乡市 → 新乡高新区; of another kind, 经开区: 新乡经开区), or nil for a name too
    /// short to be one's.
    public func cityZone(of city: String, kind: String? = nil) -> String? {
        guard city.unicodeScalars.count >= 3, let zone = kind ?? rules.homeZoneSuffix else { return nil }
        return String(city.unicodeScalars.dropLast()) + zone
    }
}

public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
