import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ZoneBriefCore

/// What one file gave: its facts (in line order), how many articles it held, how it was read.
public struct FileExtraction: Sendable {
    /// The file's name as given (relative paths stay relative).
    public var file: String
    /// nil when the file was skipped (empty, binary, neither UTF-8 nor GB18030).
    public var encoding: TextEncoding?
    public var articles: Int
    public var facts: [Fact]
    /// Money and count figures that became no fact, with the reason (`extract --unread`).
    public var unread: [UnreadFigure]

    public init(file: String, encoding: TextEncoding?, articles: Int, facts: [Fact], unread: [UnreadFigure] = []) {
        self.file = file
        self.encoding = encoding
        self.articles = articles
        self.facts = facts
        self.unread = unread
    }
}

/// Article pages → facts (FACTS.md). The public face of the extractor.
///
/// ```swift
/// let extractor = try FactExtractor()
/// let result = extractor.extract(fileAt: URL(fileURLWithPath: "seeds/000.txt"), name: "000.txt")
/// result.value.facts        // [Fact]
/// result.diagnostics        // warnings: file:line: warning: …
/// ```
///
/// Files are read as a stream (1 MiB chunks, two passes: the first finds the years the file
/// names), so memory stays flat whatever the file's size. Nothing here throws for bad input: what
/// cannot be read is a warning and the rest of the file still gives its facts.
public struct FactExtractor: Sendable {
    public let lexicon: Lexicon
    let assembler: FactAssembler
    let years: YearResolver
    let datelines: DatelineRecognizer
    /// First scalars of the breadcrumb separators (>, ＞, »): most lines hold none.
    let breadcrumbFirst: ScalarSet
    /// The first scalars of the news sources' words (`rule news-source`).
    let newsSourceFirst: ScalarSet
    /// The first scalars of the words that label a source line (来源, 供稿…).
    let sourceWordFirst: ScalarSet
    /// First characters of the media words (日报, 发布): where a paper's or account's name may end.
    let mediaFirst: ScalarSet
    /// The provinces' names and the province's self words (湖北, 全省), and their first characters: a page speaking
    /// of a province.
    let provinceWords: [[Unicode.Scalar]]
    let provinceFirst: ScalarSet
    /// The zone of pages that never name one (`--assume-zone`): what bare 高新区 and 全区 mean there.
    public var assumedZone: String?
    /// Longest line handled whole; longer lines are cut at a sentence end (see `LineReader`).
    public var maxLineBytes = 1 << 20
    /// At most this many warnings of one kind per file are listed; the rest are counted.
    public var maxWarningsPerKind = 20

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        assembler = FactAssembler(lexicon: lexicon)
        years = YearResolver(lexicon: lexicon)
        datelines = DatelineRecognizer(lexicon: lexicon)
        breadcrumbFirst = ScalarSet(lexicon.rules.breadcrumbSeparators.compactMap(\.first))
        newsSourceFirst = ScalarSet(lexicon.rules.newsSources.compactMap(\.first))
        sourceWordFirst = ScalarSet(lexicon.sourceWords.compactMap(\.first))
        mediaFirst = ScalarSet(lexicon.rules.mediaWords.compactMap(\.first))
        provinceWords = lexicon.provinces + lexicon.rules.provinceSelfWords
        provinceFirst = ScalarSet(provinceWords.compactMap(\.first))
    }

    /// An extractor with the built-in lexicon.
    public init() throws {
        self.init(lexicon: try Lexicon.builtIn().value)
    }

    /// Extracts the facts of one file. `name` is what facts and warnings call it; `progress`, if
    /// given, hears the bytes read so far about every MiB (for progress on long files).
    public func extract(fileAt url: URL, name: String, progress: ((Int) -> Void)? = nil) -> Warned<FileExtraction> {
        var diagnostics: [Diagnostic] = []
        var empty = FileExtraction(file: name, encoding: nil, articles: 0, facts: [])
        let handle: FileHandle
        do { handle = try ArticleFiles.open(url) } catch {
            return Warned(empty, diagnostics: [Diagnostic(.error, file: name, "\(error); skipped")])
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        let encoding: TextEncoding
        switch TextEncoding.sniff(head) {
        case .empty:
            return Warned(empty, diagnostics: [Diagnostic(file: name, "empty file; skipped")])
        case .binary:
            return Warned(empty, diagnostics: [Diagnostic(file: name, "binary file (not text); skipped")])
        case .unknown:
            return Warned(empty, diagnostics: [Diagnostic(file: name, "neither UTF-8 nor GB18030 text; skipped")])
        case .text(let e):
            encoding = e
        }
        let undecided = encoding == .utf8 && !head.contains { $0 >= 0x80 }
        empty.encoding = encoding
        do {
            // pass 1: the years the file names (for articles that name none)
            try handle.seek(toOffset: 0)
            var fileYear = FileYear()
            var reader = LineReader(handle: handle, encoding: encoding, maxLineBytes: maxLineBytes)
            var decoder = LineDecoder(encoding: encoding, undecided: undecided)
            while let line = try reader.next() {
                guard decoder.mayNameYear(line.bytes) else { continue }
                fileYear.read(decoder.decode(line.bytes).0, with: years)
            }
            // pass 2: lines → paragraphs → articles → facts
            try handle.seek(toOffset: 0)
            decoder = LineDecoder(encoding: encoding, undecided: undecided)
            reader = LineReader(handle: handle, encoding: encoding, maxLineBytes: maxLineBytes)
            var run = Run(extractor: self, file: name, fileYear: fileYear.year)
            var badLines: [Int] = []
            var bytesRead = 0, reported = 0
            while let line = try reader.next() {
                bytesRead += line.bytes.count + 1
                if let progress, bytesRead - reported >= 1 << 20 { reported = bytesRead; progress(bytesRead) }
                var (text, ok) = decoder.decode(line.bytes)
                if !ok { badLines.append(line.number) }
                if line.number == 1, text.first?.value == 0xFEFF { text.removeFirst() }
                run.add(line: line.number, text: text)
            }
            run.finish()
            diagnostics += limited(badLines.map { Diagnostic(file: name, line: $0, "invalid \(decoder.encoding.rawValue) bytes on this line; read around them") })
            diagnostics += limited(reader.hardCuts.map {
                Diagnostic(file: name, line: $0, "line longer than \(maxLineBytes / 1024) KiB with no sentence end; cut into pieces")
            })
            diagnostics += limited(run.ctxDiagnostics)
            return Warned(FileExtraction(file: name, encoding: decoder.encoding, articles: run.articleCount, facts: run.facts,
                                         unread: run.unread),
                          diagnostics: diagnostics)
        } catch {
            diagnostics.append(Diagnostic(.error, file: name, "read error: \(error.localizedDescription); the file's remaining text skipped"))
            return Warned(empty, diagnostics: diagnostics)
        }
    }

    /// Extracts the facts of one file, calling it by its path as given.
    public func extract(fileAt url: URL) -> Warned<FileExtraction> {
        extract(fileAt: url, name: url.relativePath)
    }

    /// Extracts every article file under `paths` (see `ArticleFiles.list`), one file at a time,
    /// handing each result to `each` as soon as it is ready (for progress and streaming output).
    /// Throws only for a path that does not exist.
    public func extract(paths: [String], each: (Warned<FileExtraction>) -> Void) throws {
        for entry in try ArticleFiles.list(paths) { each(extract(fileAt: entry.url, name: entry.name)) }
    }

    /// A zone name as facts give it: `青岛市国家高新区` → `青岛高新区`; other names unchanged.
    public func normalizedZoneName(_ name: String) -> String {
        let t = Array(name.unicodeScalars).map(ScalarText.fold)
        let mentions = assembler.entities.recognize(t)
        if mentions.count == 1, let m = mentions.first, m.start == 0, m.end == t.count { return canonicalZoneName(m.name) }
        return canonicalZoneName(name)
    }

    /// The lexicon's one name for a zone that texts name in several ways (东莞松山湖高新区 and
    /// 松山湖高新区 → 松山湖高新区); other names unchanged. Facts keep the page's name; a brief and
    /// a filter compare zones by this one.
    public func canonicalZoneName(_ name: String) -> String {
        var u = Array(name.unicodeScalars)
        // (四川天府新区 and 天府新区: a new area's name opening with its province's, no suffix between, is the area's
        // without it; not a province's zones together, 江苏省高新区)
        if let e = lexicon.provinceEnd(in: u, at: 0, limit: u.count - 4), u.count - e == 4, !lexicon.rules.provinceSuffixes.contains(u[e]),
           lexicon.shortNameSuffixes.contains(where: { $0.count == 2 && ScalarText.endsWith(u, at: u.count, $0) }) {
            u.removeFirst(e)
        }
        if let c = lexicon.comparedSuffixes.first(where: { u.count > $0.suffix.count && ScalarText.endsWith(u, at: u.count, $0.suffix) }) {
            u = Array(u.dropLast(c.suffix.count)) + Array(c.as.unicodeScalars)
        }
        return lexicon.zoneAliases[u] ?? ScalarText.string(u)
    }

    /// One name per zone in an article: a page that writes one zone in several ways (惠州仲愷高新區
    /// in the headline, 仲愷高新區 in the text) names it in its facts the way its text does most
    /// often (on a tie, the shorter way).
    func oneSpellingPerZone(_ facts: [Fact], spellings: [String: Int]) -> [Fact] {
        guard !spellings.isEmpty, !facts.isEmpty else { return facts }
        // the usual page: one spelling, and every zone fact already has it
        if spellings.count == 1, let only = spellings.first?.key, facts.allSatisfy({ $0.entity != .zone || $0.zone == only }) { return facts }
        var chosen: [String: String] = [:]   // canonical name → the article's spelling
        for (name, n) in spellings {
            let key = canonicalZoneName(name)
            if let c = chosen[key] {
                let m = spellings[c] ?? 0
                if n > m || (n == m && (name.count, name) < (c.count, c)) { chosen[key] = name }
            } else {
                chosen[key] = name
            }
        }
        let names = Set(chosen.values)
        return facts.map { f in
            guard f.entity == .zone, !names.contains(f.zone), let name = chosen[canonicalZoneName(f.zone)] else { return f }
            var g = f
            g.zone = name
            return g
        }
    }

    /// A zone an article names once with its district in brackets (无锡高新区(新吴区)统计局发布…) and
    /// elsewhere without (全区, 高新区, the source line's 无锡国家高新技术产业开发区) is one zone: all its facts
    /// take the name with the district (unless the article brackets the zone with two districts).
    /// The name counts where a fact has it or where the article's text `writes` it (芜湖高新区 in the
    /// headline, 芜湖高新技术产业开发区(弋江区)举行…集中签约 in the lead, 集中签约项目共15个 after it).
    func withTheirDistrict(_ facts: [Fact], writes written: some Sequence<String> = []) -> [Fact] {
        var withDistrict: [String: Set<String>] = [:]   // the zone's canonical name → its names with a district
        let named = facts.lazy.filter { $0.entity == .zone }.map(\.zone)
        for name in Array(named) + written.filter({ !assembler.namesPark($0) }) where name.hasSuffix(")") {
            guard let open = name.lastIndex(of: "("), open > name.startIndex else { continue }
            withDistrict[canonicalZoneName(String(name[..<open])), default: []].insert(name)
        }
        guard !withDistrict.isEmpty else { return facts }
        return facts.map { f in
            guard f.entity == .zone, !f.zone.hasSuffix(")"), let names = withDistrict[canonicalZoneName(f.zone)], names.count == 1 else { return f }
            var g = f
            g.zone = names.first!
            return g
        }
    }

    /// A zone named without its city (火炬高新区), in an article that names the city (中山市), is the
    /// zone the lexicon knows by the city's name and that name, named as the text names it with its
    /// city (火炬高新区 on a page of 中山市 → 中山火炬高新区); a name the lexicon knows as it stands stays.
    func withTheirCity(_ facts: [Fact], cities: Set<String>) -> [Fact] {
        guard !cities.isEmpty else { return facts }
        var known: [String: String?] = [:]   // the name as written → the city's zone (nil: none)
        return facts.map { f in
            guard f.entity == .zone else { return f }
            if known[f.zone] == nil {
                let written = Array(f.zone.unicodeScalars)
                var found: String? = nil
                if lexicon.zoneAliases[written] == nil {
                    // the name as the text writes it, with its city (火炬高新区 → 中山火炬高新区)
                    let matches = Set(cities.compactMap { city -> String? in
                        let stem = Array(city.unicodeScalars.dropLast())
                        guard stem.count >= 2, !ScalarText.matches(written, at: 0, stem), lexicon.zoneAliases[stem + written] != nil else { return nil }
                        return ScalarText.string(stem + written)
                    })
                    if matches.count == 1 { found = matches.first }
                }
                known[f.zone] = .some(found)
            }
            guard let zone = known[f.zone] ?? nil else { return f }
            var g = f
            g.zone = zone
            return g
        }
    }

    /// A zone written with the end of the article's own zone's name (医药高新区 on a page about
    /// 泰州医药高新区, named by the headline or assumed by the user) is that zone.
    func withTheHomeName(_ facts: [Fact], home: String?) -> [Fact] {
        // (only a name the lexicon does not know: 惠州仲恺高新区 and 仲恺高新区 are one zone already)
        func shortOfHome(_ f: Fact) -> Bool {
            f.entity == .zone && f.zone != home && home?.hasSuffix(f.zone) == true && f.zone.unicodeScalars.count >= 4
                && lexicon.zoneAliases[Array(f.zone.unicodeScalars)] == nil && !lexicon.zoneNames.contains(Array(f.zone.unicodeScalars))
        }
        guard let home, facts.contains(where: shortOfHome) else { return facts }
        return facts.map { f in
            guard shortOfHome(f) else { return f }
            var g = f
            g.zone = home
            return g
        }
    }

    /// A rounded figure (a headline's GDP突破3300亿元, 约3300亿元) that the article also prints
    /// exactly (3332.55亿元) is that figure again: the exact printing stays, dated by the rounded
    /// one where it has no time of its own; the rounded printing's growth rate stays as a rate of its
    /// own sentence.
    func withoutRoundedReprints(_ facts: [Fact]) -> (kept: [Fact], rounded: [Fact]) {
        guard facts.contains(where: { $0.approx != nil && $0.unit != .percent }) else { return (facts, []) }
        var out = facts
        var rounded = Set<Int>()
        for (i, f) in facts.enumerated() {
            guard let approx = f.approx, f.unit != .percent else { continue }
            guard let k = facts.indices.first(where: { k in
                let g = facts[k]
                return k != i && g.approx == nil && g.zone == f.zone && g.metric == f.metric && g.label == f.label && g.unit == f.unit
                    && g.kind == f.kind && (g.period == nil || f.period == nil || g.period == f.period)
                    && Self.rounds(g.value, to: f.value, approx)
                    // (two figures of one sentence are two statements: 820亿元以上…力争达到870亿元)
                    && (g.source.line != f.source.line || g.source.quote != f.source.quote)
            }) else { continue }
            rounded.insert(i)
            if out[k].period == nil { out[k].period = f.period }
        }
        // (成都高新区前三季度GDP超2000亿元 增长11.1%: the rounded printing's growth rate is a printing of its own, a
        // rate with no amount, as a headline's 地区生产总值增长12.1% is)
        let kept = out.indices.compactMap { i -> Fact? in
            guard rounded.contains(i) else { return out[i] }
            guard let yoy = facts[i].yoyPct else { return nil }
            var rate = facts[i]
            rate.value = yoy
            rate.unit = .percent
            rate.approx = nil
            return rate
        }
        return (kept, rounded.sorted().map { facts[$0] })
    }

    /// Whether `f`, a set of projects (or its total) at an event, is dated by one month that lies within the
    /// months `written` writes (a quarter or a year that names the event's batch).
    static func eventMonth(_ f: Fact, within written: Fact) -> Bool {
        guard f.metric.happensToProjects, let month = f.period, let start = month.start, start == month.end,
              let span = written.period, let from = span.start, from != span.end else { return false }
        return from.ordinal <= start.ordinal && start.ordinal <= span.end.ordinal
    }

    /// The same figure printed again in the article (a headline and its lead, a summary that
    /// repeats the text): each printing is a fact of its own sentence, and all of them say the
    /// figure alike, with what any printing adds (the time it writes, its growth, its share of
    /// target; the kind the body's sentence reads), so that the metrics core merges them into one
    /// figure with every source. A growth rate printed alone (a headline's 地区生产总值增长12.1%)
    /// where the article gives it with its amount is that amount's growth, printed again: a fact of
    /// its sentence, with the amount's time and kind (the metrics core folds it into the amount).
    /// A rate printed twice is a fact of each sentence, as an amount is.
    ///
    /// A printing with no time of its own (a headline: 29个项目集中签约或开工 总投资172.84亿元) takes the
    /// time of the one that has it (the lead: 3月29日，…29个项目…总投资172.84亿元). Two printings with
    /// different times are one figure only where one of them wrote its time
    /// and the other took it from the context: the written time is the figure's, but for a set of projects
    /// at an event that a day dates within it (a headline's 2024年一季度…18个项目 and the lead's
    /// 3月12日…此次开工的项目共18个: March, the quarter names the batch).
    func reprintsAlike(_ facts: [Fact], timeWritten: [Bool], headlineLines: Set<Int>) -> [Fact] {
        guard facts.count > 1 else { return facts }
        var out = facts
        // (for each later printing of a figure, its first printing: each says it as the first does)
        var firstPrinting: [Int: Int] = [:]
        // (for a rate printed alone, the amount whose growth it is: it says its time and kind)
        var amountOfRate: [Int: Int] = [:]
        var written = timeWritten
        var reprint = Set<Int>()
        for i in facts.indices.dropFirst() {
            let f = facts[i]
            // (a headline's printing reads no kind of its own: 锚定GDP增长7.2% is the body's 预期7.2%)
            func samePrinting(_ g: Fact, _ f: Fact, _ k: Int, _ i: Int) -> Bool {
                g.zone == f.zone && g.entity == f.entity && g.metric == f.metric && g.label == f.label
                    && (g.kind == f.kind || headlineLines.contains(g.source.line) != headlineLines.contains(f.source.line))
                    && (g.period == nil || f.period == nil || g.period == f.period || written[k] != written[i])
            }
            // a growth rate alone (a headline's 地区生产总值增长12.1%) that the body gives with its amount
            // (地区生产总值1800.2亿元，同比增长12.1%): the amount's growth, printed again
            if f.unit == .percent, f.yoyPct == f.value,
               let k = facts.indices.first(where: { k in k != i && !reprint.contains(k) && out[k].unit != .percent && out[k].yoyPct == f.value && samePrinting(out[k], f, k, i) }) {
                reprint.insert(i)
                amountOfRate[i] = k
                if out[k].period == nil { out[k].period = f.period }
                continue
            }
            guard let k = facts.indices.prefix(i).first(where: { k in
                let g = out[k]
                if reprint.contains(k) { return false }
                // (the rate alone came first: the amount after it is the figure)
                if g.unit == .percent, g.yoyPct == g.value, f.unit != .percent, f.yoyPct == g.value, samePrinting(g, f, k, i) { return true }
                return samePrinting(g, f, k, i) && g.unit == f.unit && g.value == f.value
                    && (g.yoyPct == nil || f.yoyPct == nil || g.yoyPct == f.yoyPct)
            }) else { continue }
            if out[k].unit == .percent && f.unit != .percent {
                // the rate alone is the reprint: the amount takes its place
                reprint.insert(k)
                amountOfRate[k] = i
                var kept = f
                kept.period = kept.period ?? out[k].period
                out[i] = kept
                continue
            }
            reprint.insert(i)
            var kept = out[k]
            // (the kind the body's sentence reads, not the headline's; of two in the body, the fuller's;
            // a rate printed twice is one fact, of that sentence)
            let inHeadline = (headlineLines.contains(kept.source.line), headlineLines.contains(f.source.line))
            if inHeadline.0 != inHeadline.1 ? inHeadline.0 : f.source.quote.unicodeScalars.count > kept.source.quote.unicodeScalars.count {
                kept.kind = f.kind
            }
            firstPrinting[i] = k
            if kept.period == nil || f.period != nil && written[i] && !written[k] {
                kept.period = f.period
                written[k] = written[i]
            } else if !written[i], written[k], Self.eventMonth(f, within: kept) {
                // (a headline's 2024年一季度…18个项目 and the lead's 3月12日…此次开工的项目共18个: the projects of an
                // event are of the month of its day, as readers date them; the quarter names the batch)
                kept.period = f.period
            }
            kept.yoyPct = kept.yoyPct ?? f.yoyPct
            kept.targetPct = kept.targetPct ?? f.targetPct
            out[k] = kept
        }
        for (i, k) in firstPrinting {
            out[i] = out[k]
            out[i].source = facts[i].source
            out[i].approx = facts[i].approx
        }
        for (rate, amount) in amountOfRate {
            out[rate].period = out[amount].period ?? out[rate].period
            out[rate].kind = out[amount].kind
        }
        // (武汉光谷9个项目开工 总投资超过180亿元: the total of a set on the line that counts it, neither dated there,
        // takes the time the count's later printing gave it, 17日，…东湖高新区集中开工…等9项目)
        for i in out.indices where out[i].period == nil && !written[i] && out[i].unit != .count && out[i].metric.totalsAProjectSet {
            if let c = out[..<i].lastIndex(where: { c in c.source.line == out[i].source.line && c.zone == out[i].zone
                                                     && c.unit == .count && c.metric.countsProjects && c.period != nil }) {
                out[i].period = out[c].period
            }
        }
        return out
    }

    /// A figure left out as another printing of one the article gives (a rounded headline figure),
    /// as `--unread` lists it: the figure as its sentence writes it.
    func unreadRestatement(_ f: Fact) -> UnreadFigure {
        let quote = Array(f.source.quote.unicodeScalars)
        var malformed: [MalformedNumber] = []
        let written = assembler.numbers.recognize(quote, malformed: &malformed)
            .first { abs($0.value - f.value) <= abs(f.value) * 1e-9 && $0.unit == f.unit }
            .map { ScalarText.string(quote[$0.start..<$0.end]) }
        return UnreadFigure(file: f.source.file, line: f.source.line, figure: written ?? NumberText.plain(f.value),
                            reason: .restated, quote: f.source.quote)
    }

    /// Whether `shown` with its approximation word is `exact` rounded: 突破/超 a little below it
    /// (within a tenth), 近 a little above it, 约 within a twentieth.
    static func rounds(_ exact: Double, to shown: Double, _ approx: Approx) -> Bool {
        switch approx {
        case .over: return exact >= shown && exact <= shown * 1.1
        case .under: return exact <= shown && exact >= shown * 0.9
        case .about: return abs(exact - shown) <= shown * 0.05
        }
    }

    /// Extracts the facts of a page given as text (tests, tools).
    public func extract(text: String, file: String) -> Warned<FileExtraction> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fileYear = FileYear()
        var scalarsLines: [[Unicode.Scalar]] = []
        for l in lines {
            var u = Array(l.unicodeScalars)
            if u.last == "\r" { u.removeLast() }
            scalarsLines.append(u)
            fileYear.read(u, with: years)
        }
        var run = Run(extractor: self, file: file, fileYear: fileYear.year)
        for (i, u) in scalarsLines.enumerated() { run.add(line: i + 1, text: u) }
        run.finish()
        return Warned(FileExtraction(file: file, encoding: .utf8, articles: run.articleCount, facts: run.facts, unread: run.unread),
                      diagnostics: limited(run.ctxDiagnostics))
    }

    /// Extracts the facts of one sentence, as if it stood in an article about `zone` in `year`
    /// (spec cases).
    public func extract(sentence: String, year: Int?, zone: String?, file: String = "spec") -> Warned<[Fact]> {
        var p = Paragraph()
        p.append(Array(sentence.unicodeScalars)[...], line: 1)
        p.normalize(lexicon)
        var ctx = ArticleContext(file: file, year: year, zone: zone)
        for r in Article.sentences(in: p.text) { assembler.assemble(p, r, into: &ctx) }
        return Warned(ctx.facts, diagnostics: ctx.diagnostics)
    }

    private func limited(_ ds: [Diagnostic]) -> [Diagnostic] {
        guard ds.count > maxWarningsPerKind else { return ds }
        var out = Array(ds.prefix(maxWarningsPerKind))
        let last = ds[ds.count - 1]
        out.append(Diagnostic(file: last.file, line: last.line, "… and \(ds.count - maxWarningsPerKind) more like these"))
        return out
    }

    /// One file's pass 2: paragraphs into articles, articles into facts.
    struct Run {
        let extractor: FactExtractor
        let file: String
        let fileYear: Int?
        var page: PageAssembler
        var splitter: ArticleSplitter
        var facts: [Fact] = []
        var unread: [UnreadFigure] = []
        var articleCount = 0
        var ctxDiagnostics: [Diagnostic] = []
        /// The last article's date: a later article of the page with none of its own shares it.
        var pageDate: ArticleDate?

        init(extractor: FactExtractor, file: String, fileYear: Int?) {
            self.extractor = extractor
            self.file = file
            self.fileYear = fileYear
            page = PageAssembler(lexicon: extractor.lexicon, entities: extractor.assembler.entities)
            splitter = ArticleSplitter(lexicon: extractor.lexicon, entities: extractor.assembler.entities)
        }

        mutating func add(line: Int, text: [Unicode.Scalar]) {
            for p in page.add(line: line, scalars: text) { add(p) }
        }

        mutating func add(_ p: Paragraph) {
            var p = p
            p.normalize(extractor.lexicon)
            if let a = splitter.add(p) { process(a) }
        }

        mutating func finish() {
            for p in page.finish() { add(p) }
            if let a = splitter.finish() { process(a) }
            // by line; within a line, in the order the text gives them
            // (usually they already are: then nothing is copied)
            if facts.indices.dropFirst().contains(where: { facts[$0 - 1].source.line > facts[$0].source.line }) {
                facts = facts.enumerated().sorted { ($0.element.source.line, $0.offset) < ($1.element.source.line, $1.offset) }.map(\.element)
            }
        }

        mutating func process(_ article: Article) {
            guard article.hasBody else {
                // (a list of related news alone: its figures are listed as another page's)
                var ctx = ArticleContext(file: file, year: nil, zone: nil)
                extractor.assembler.listLinkedFigures(of: article, into: &ctx)
                unread += ctx.unread
                return
            }
            articleCount += 1
            var year: Int? = nil
            // (您当前的位置:首页 > 湖北新闻 > 武汉光谷9个项目开工: of a site's path only its last part, the headline, is
            // read for figures; the path before it says no time, 当前 there is no "now")
            // (the extractor borrowed once for the article, not copied for each paragraph)
            let ex = extractor
            let sentences = article.paragraphs.map { p -> [Range<Int>] in
                var all = Article.sentences(in: p.text)
                // (总投资84.1亿元！杭州高新区(滨江)20个项目集中开工: a headline's exclamation marks parts of one headline,
                // whose total and set go together, not sentences of their own)
                if (p.isHeading || p.text.count <= 60 && all.count <= 3), all.count > 1,
                   all.dropLast().allSatisfy({ r in p.text[r].last.map(ScalarText.isExclamation) == true }) {
                    all = [all[0].lowerBound..<all[all.count - 1].upperBound]
                }
                guard let last = ex.breadcrumbLastPart(p.text) else { return all }
                return all.compactMap { r in r.upperBound > last ? max(r.lowerBound, last)..<r.upperBound : nil }
            }
            var yearDone: Int? = nil   // (the latest but the years of plans: 2019年，浑南区将在…)
            for (p, ranges) in zip(article.paragraphs, sentences) where p.text.contains("年") {
                for r in ranges where p.text[r].contains("年") {
                    extractor.years.forEachDatingYear(in: p.text, from: r.lowerBound, to: r.upperBound, plans: true) { y, leadsPlans in
                        year = max(year ?? y, y)
                        if !leadsPlans { yearDone = max(yearDone ?? y, y) }
                    }
                }
            }
            var date = articleDate(article, namedYear: year) ?? pageDate
            if date != nil { pageDate = date }
            // 本报讯2月25日，…召开2019年经济工作会议: a lead's day, in the year the article names
            let datelines = extractor.datelines
            let headlineLine = article.paragraphs.first?.firstLine
            // (the year of a review that goes on to the next year's plans: 12月20日，…2018年，浑南区完成…。2019年，
            // 浑南区将在…, a day of 2018)
            if date == nil, let y = yearDone ?? year ?? fileYear,
               // (nor the page's headline above the lead, a short line of its own: 江西南昌高新区21个重大项目集中投产 总投资367.3亿元)
               let lead = article.paragraphs.lazy.filter({ !$0.isHeading }).drop(while: { $0.firstLine == headlineLine && ex.isFigureHeadline($0) })
                   .prefix(2).compactMap({ datelines.leadDay(in: $0.text) }).first {
                // 1月6日，…“晒”出成绩单：2013年，…完成…: a day written without its year, on a page that
                // reports the year it names as done, is a day of the year after
                let done = lead.year == nil && lead.month < 12 && reportsYearDone(y, article: article, sentences: sentences)
                // (1992年4月10日，…动工兴建 opening a profile that goes on to 2018上半年: history, no date)
                let history = lead.year.map { namesLaterYear(article, than: $0, namedYear: year) } ?? false
                if !history { date = ArticleDate(year: lead.year ?? (done ? y + 1 : y), month: lead.month, day: lead.day) }
            }
            let home = extractor.home(of: article)
            // a zone the page names, else the one the user says pages without one are about, else the city's own
            let guessed = home.zone == nil && extractor.assumedZone == nil
            var ctx = ArticleContext(file: file, year: year ?? fileYear,
                                     zone: home.zone ?? extractor.assumedZone ?? home.cityZone ?? home.bodyCollective, date: date)
            ctx.home = home
            ctx.home.zone = ctx.zone
            if home.zone == nil { ctx.home.zoneEntity = guessed && home.cityZone == nil && home.bodyCollective != nil ? .collective : .zone }
            ctx.zoneEntity = ctx.home.zoneEntity
            // (a government's report: its city or district, whatever zone or city's zone the page names)
            if let speaker = home.speaker { (ctx.zone, ctx.zoneEntity) = speaker
            } else if ctx.zone == nil, let own = home.ownPlace { (ctx.zone, ctx.zoneEntity) = own }
            // the headline's period (not a dateline's: 2021年11月5日 dates the page, not its figures)
            // (and a headline that gives a figure, read as a paragraph for its facts: 湖南1至2月实际使用外资同比增长212.11%)
            // (past the page's address, its first line as saved: the headline under it is the page's)
            let text = article.paragraphs.drop(while: \.isAddress)
            let head = text.enumerated().prefix { $0.element.isHeading || $0.offset == 0 && extractor.isFigureHeadline($0.element) }.map(\.element)
            for p in head where ctx.articlePeriod == nil {
                if ctx.bulletinMonth == nil, let b = extractor.assembler.bulletinMonth(p.text, ctx: ctx) {
                    // a bulletin's headline month dates its figures (the year to that month)
                    ctx.bulletinMonth = b
                    ctx.articlePeriod = Period(start: YearMonth(b.year, 1), end: b)
                    ctx.dates.headingYear = b.year
                    continue
                }
                guard extractor.datelines.date(in: p.text, isHeading: true) == nil else { continue }
                let heading = extractor.assembler.headingPeriodAndYear(p.text, ctx: ctx)
                ctx.articlePeriod = heading?.period
                // (a headline's months without a year, 第二季度…集中签约 in March, are dated by the page; they
                // date nothing else)
                if let heading, heading.yearWritten { ctx.dates.headingYear = heading.period.end.year }
            }
            // (a headline above the lead that names a zone says whose the lead's events are: 济宁高新区…项目二季度集中开工)
            // (a lead's dateline after photo credits in its paragraph: …记者 扈炜 摄 长城网衡水3月27日讯(…)3月27日，…)
            let leadDays = extractor.datelines
            let newsMarks = extractor.lexicon.rules.newsLeads
            let leads = zip(article.paragraphs, sentences).map { p, ranges -> (year: Int?, month: Int, day: Int)? in
                if p.isHeading { return nil }
                if let day = leadDays.leadDay(in: p.text) { return day }
                // (20日上午，…: a day of the dateline's month, or of the month before when it is later than the dateline's day)
                let dated = ctx.dates.date
                if let d = leadDays.leadDayOfMonth(in: p.text), let day = dated?.dayOfLatestMonth(d) { return day }
                // (前日上午，…举行…: a day the lead counts back from the page's date)
                if let n = leadDays.leadDaysBack(in: p.text), let day = dated?.daysBefore(n) { return day }
                // (…新开工项目集中启动活动24日举行: the day the lead's event is held on, after its name)
                if let first = ranges.first, let held = leadDays.heldDay(in: Array(p.text[first])) {
                    if let m = held.month { return (nil, m, held.day) }
                    if let day = dated?.dayOfLatestMonth(held.day) { return day }
                }
                guard newsMarks.contains(where: { ScalarText.find($0, in: p.text) != nil }) else { return nil }
                return Article.sentences(in: p.text).dropFirst().lazy.compactMap { leadDays.leadDay(in: Array(p.text[$0]), agencyOnly: true) }.first
            }
            let leadAt = leads.firstIndex { $0 != nil }
            ctx.leadMonth = leadAt.flatMap { leads[$0] }.flatMap { l in (l.year ?? ctx.dates.date?.year).map { YearMonth($0, l.month) } }
            let headNamesZone = leadAt.map { i in
                article.paragraphs[..<i].contains { p in extractor.assembler.entities.recognize(p.text, zonesOnly: true).contains { $0.kind == .zone } }
            } ?? false
            extractor.assembler.listLinkedFigures(of: article, into: &ctx)
            var bodySeen = false
            var textSeen = false   // (a line of text read, not a site path)
            // (whether the body's last paragraph stopped inside its sentence, at a ；: a list printed one item
            // a line; a line stopped at a ，is joined to the next when the page is read)
            var runsOn = false
            for ((p, ranges), lead) in zip(zip(article.paragraphs, sentences), leads) {
                // 一、2018年工作回顾: a section's heading in the body names the year its paragraphs speak of
                // (a report of 2019 on the year 2018)
                // (一、攻坚克难，2022年成绩来之不易: a short line without a full stop is a heading too)
                // (a numbered one, 一、2014年工作回顾, right under the headline and its date lines, too)
                if bodySeen || extractor.assembler.opensWithItemNumber(p.text),
                   p.isHeading || p.text.count <= 40 && !p.text.contains(where: ScalarText.isSentenceEnd),
                   // (not a table's column printed one cell a line: 指标名称 |⏎2007年 |⏎比上年增长(±%) |)
                   !TableRows.isCellLine(p.text),
                   extractor.datelines.date(in: p.text, isHeading: true) == nil,
                   let y = extractor.years.sectionYears(in: p.text).last { ctx.sectionYear = y }
                // 2015年预计主要经济指标完成：⏎1、规模以上工业总产值567亿元…: a lead line ending in a colon gives the kind
                // its marker says to the numbered items under it, until a line that is none
                // (a lead of outcomes, 二、年度目标完成情况：, gives none)
                if extractor.assembler.endsWithColon(p.text) {
                    ctx.listKind = extractor.assembler.listLeadKind(p.text)
                } else if !runsOn, !extractor.assembler.opensWithItemNumber(p.text) {
                    ctx.listKind = nil
                }
                if p.isHeading { continue }
                // (the first line the page's text holds, under its site path: 首页>园区 > 园区动态 > > 正文)
                ctx.inHeadline = !textSeen && p.lineStarts.count == 1 && p.text.count <= 60
                if extractor.breadcrumbParts(p.text) == nil { textSeen = true }
                bodySeen = true
                let continuesSentence = runsOn
                runsOn = p.text.last(where: { !ScalarText.isSpace($0) }).map(ScalarText.isItemBreak) ?? false
                ctx.dates.yearInPlay = ctx.sectionYear
                let before = ctx.carriedPeriod
                // (【…地方新闻】2月21日上午，…举行一季度…项目集中开工活动: the months the event's name holds)
                ctx.carriedPeriod = lead.flatMap { l in
                    let s = ranges.first.map { Array(p.text[$0]) } ?? []
                    return extractor.assembler.eventTime(of: l, in: s, spans: extractor.assembler.periods.recognize(s), ctx: ctx)
                }
                // 其中，…: a paragraph opening with a part word goes on with the one before (its time, its figures)
                // (so does one after a paragraph that stopped at a ；: 1-6月，全区实现工业总产值…；⏎规上工业增加值…)
                let goesOn = lead == nil && (continuesSentence || extractor.assembler.opensWithPart(p.text))
                if goesOn { ctx.carriedPeriod = before }
                // 此次活动中，…: the event a paragraph before dated
                if let e = ctx.carriedPeriod { ctx.eventPeriod = e } else if extractor.assembler.speaksOfThisEvent(p.text) { ctx.carriedPeriod = ctx.eventPeriod }
                // (a lead's day names the events the article tells of, dated or not)
                if !headNamesZone, lead != nil {
                    // (the city the zone is named after, where the page names it, 合肥高新区 … 与合肥市合作: the
                    // holder of a city's event, 全市…集中开工推进会, when no source line names the city)
                    if ctx.home.zoneCity == nil, let zone = ctx.home.zone, ctx.home.zoneEntity == .zone {
                        ctx.home.zoneCity = extractor.assembler.cities(namedAfter: zone)
                            .first { city in article.paragraphs.contains { ScalarText.find(city, in: $0.text) != nil } }.map { ScalarText.string($0) }
                    }
                    ctx.events = extractor.assembler.events(p.text, ctx: ctx)
                }
                if !goesOn {
                    // (a zone a paragraph of a government's report named is no subject of the next)
                    if let speaker = ctx.home.speaker { (ctx.zone, ctx.zoneEntity) = speaker }
                    ctx.paragraphFacts = []
                    ctx.paragraphSubject = nil
                    ctx.spokenDistrict = nil
                    ctx.paragraphSet = nil
                    ctx.sentenceWord = nil
                    ctx.paragraphIndustry = nil
                    ctx.sinceYearStart = false
                    // (下一步，高新区将…: a paragraph of plans)
                    // (到2025年，…: a horizon still to come on the page's day, or on a page of no date)
                    let horizon = extractor.assembler.horizonYear(p.text).map { y in ctx.dates.date.map { $0.year <= y } ?? true } ?? false
                    ctx.frameKind = nil
                    ctx.paragraphKind = extractor.assembler.opensWithPlan(p.text) || horizon ? .target
                        : extractor.assembler.opensWithItemNumber(p.text) ? ctx.listKind : ctx.sameBelowKind
                    // (20日起，各地将集中开工一批重大项目。全省一季度集中开工重大项目488个: the event to come the paragraph's
                    // first sentence announces; its figures are a plan's)
                    if ctx.paragraphKind == nil, let first = ranges.first, extractor.assembler.announcesComingEvent(Array(p.text[first])) {
                        ctx.paragraphKind = .target
                    }
                    // (分行政区划来看，…区项目8个: the parts of the set the article counted)
                    ctx.paragraphBreaksDown = extractor.assembler.opensWithBreakdown(p.text)
                    if ctx.paragraphBreaksDown { ctx.paragraphSet = ctx.articleSet }
                }
                for r in ranges { extractor.assembler.assemble(p, r, into: &ctx) }
            }
            var named = extractor.withTheirCity(ctx.facts, cities: ctx.home.citiesNamed)
            named = extractor.withTheHomeName(named, home: extractor.assumedZone ?? ctx.home.zone)
            var printed = extractor.reprintsAlike(extractor.withTheirDistrict(extractor.oneSpellingPerZone(named, spellings: ctx.zoneSpellings),
                                                                                        writes: ctx.zoneSpellings.keys),
                                                  timeWritten: ctx.timeWritten,
                                                  headlineLines: headlineLines(article))
            // (a part of a set is of the set's time, as the article dated the set in the end, its printings alike: each step
            // above keeps one fact per fact)
            for (part, whole) in ctx.partOf { printed[part].period = printed[whole].period }
            let (kept, rounded) = extractor.withoutRoundedReprints(printed)
            facts += kept
            unread += ctx.unread
            // (the rounded printings are listed, not lost without a word)
            unread += rounded.filter { $0.unit != .percent }.map { extractor.unreadRestatement($0) }
            ctxDiagnostics += ctx.diagnostics
        }

        /// The lines of the article's headings and of the text before its first sentence (a headline
        /// holding a figure is read as text, not as a heading; joined to the lead, its lines end
        /// before the lead's first full stop).
        private func headlineLines(_ article: Article) -> Set<Int> {
            var lines = Set<Int>()
            var inHead = true
            for p in article.paragraphs {
                if inHead, let stop = p.text.firstIndex(where: ScalarText.isSentenceEnd) {
                    inHead = false
                    for (k, start) in p.lineStarts.enumerated() where k + 1 < p.lineStarts.count && p.lineStarts[k + 1].offset <= stop {
                        lines.insert(start.line)
                    }
                }
                if inHead || p.isHeading { lines.formUnion(p.lineStarts.map(\.line)) }
            }
            return lines
        }

        /// Whether a sentence states what the whole year `year` gave (`2013年，全区完成…`): the year
        /// written out with no months, then a verb of a result (完成, 实现), or a word of what a year adds up
        /// to (生产总值) and no narrower time, and a figure after it, and no
        /// plan or estimate word in the sentence (not 2023年…牵头研发的…人工椎体正式获批上市: a deed of the
        /// year, no result of it).
        private func reportsYearDone(_ year: Int, article: Article, sentences: [[Range<Int>]]) -> Bool {
            let lexicon = extractor.lexicon
            for (p, ranges) in zip(article.paragraphs, sentences) where !p.isHeading {
                for r in ranges {
                    let s = Array(p.text[r])
                    let spans = s.contains(CalendarMarks.year) ? extractor.assembler.periods.recognize(s) : []
                    guard let span = spans.first(where: { $0.year == .absolute(year) }),
                          span.shape == .months(1, 12),
                          !lexicon.kindMarkers.contains(where: { ScalarText.find($0.word, in: s) != nil }) else { continue }
                    // (or a word of what a year adds up to, with no narrower time after the year: 在2024年，国家高新区
                    // 园区生产总值超过了19万亿元; not 2024年第二批项目集中签约活动，…, nor 2023年…前三季度地区生产总值…)
                    let verb = lexicon.rules.statementVerbs.compactMap({ ScalarText.find($0, in: s, from: span.end, to: s.count) }).min()
                        ?? (spans.contains(where: { $0.start >= span.end }) ? nil
                            : lexicon.metricWords.lazy.filter({ $0.metric.accruesOverMonths }).compactMap({ ScalarText.find($0.first, in: s, from: span.end, to: s.count) }).min())
                    guard let verb, s[verb...].contains(where: ScalarText.isASCIIDigit) else { continue }
                    return true
                }
            }
            return false
        }

        /// Whether the article names a year after `year` (2018年, 2018上半年): a lead's day in `year` is
        /// then a day of its history, not the day it was written.
        private func namesLaterYear(_ article: Article, than year: Int, namedYear: Int?) -> Bool {
            latestYearNamed(article, namedYear: namedYear).map { $0 > year } ?? false
        }

        /// The latest year the article writes in a time (or `namedYear`, if later), nil when none; a
        /// year ahead of the text (预计在2023年春节…, 到2025年) only where it names no other.
        private func latestYearNamed(_ article: Article, namedYear: Int?) -> Int? {
            var latest = namedYear, latestAhead: Int? = nil
            for p in article.paragraphs where p.text.contains(where: ScalarText.isASCIIDigit) {
                for span in extractor.assembler.periods.recognize(p.text) {
                    guard case .absolute(let y) = span.year else { continue }
                    if extractor.years.namesYearAhead(p.text, at: span.start) { latestAhead = max(latestAhead ?? y, y) } else { latest = max(latest ?? y, y) }
                }
            }
            return latest ?? latestAhead
        }

        /// The article's dateline: the strongest date of its first paragraphs (headline block,
        /// source line, lead), else of its last ones (a date under the text).
        private func articleDate(_ article: Article, namedYear: Int?) -> ArticleDate? {
            let ps = article.paragraphs
            // the head: past a site's menu lines (short lines before the first prose), up to 8 paragraphs
            // of the text itself; then the tail
            // (an address is no prose: the ? of content.php?id=75865 ends no sentence)
            let firstProse = ps.firstIndex { p in
                (p.text.count > 60 || p.text.contains(where: ScalarText.isSentenceEnd)) && !p.isAddress
            } ?? 0
            let headEnd = min(ps.count, max(8, firstProse + 3))
            let candidates = Array(ps.prefix(headEnd).enumerated()) + Array(ps.enumerated().suffix(3)).filter { $0.offset >= headEnd }
            // (the latest year the article names, read once: a date under the text and a lead's day are each
            // weighed against it)
            var latest: Int?? = nil
            func namesLater(than year: Int) -> Bool {
                if latest == nil { latest = .some(latestYearNamed(article, namedYear: namedYear)) }
                return latest!.map { $0 > year } ?? false
            }
            var best: (ArticleDate, DatelineRecognizer.Strength)? = nil
            var bestAt = 0
            var bestLabeled = false
            var bestFromAddress = false
            var leadDate: ArticleDate? = nil
            for (i, p) in candidates {
                guard let found = extractor.datelines.date(in: p.text, isHeading: p.isHeading) else { continue }
                // (a date under the text is the page's only when the text reports nothing later: a
                // chronicle's last line, 1993年6月15日，永修县…, does not date its 2024年 figures)
                if i >= headEnd, namesLater(than: found.0.year) { continue }
                // (a day opening a sentence dates the page only in its lead, the first paragraph of prose: 2012年7月5日，
                // 东营市政府召开… in a yearbook's entry is a day of its chronicle)
                if found.1 == .leadSentence, i > firstProse { continue }
                // (of two datelines, one a line labels, 发布时间:2014-02-10, beats a bare one before it: a site's
                // banner, 网站成功改版! 2013.9.16, dates the site's news, not the article)
                let labeled = extractor.lexicon.datelineWords.contains { ScalarText.find($0, in: p.text) != nil }
                // (and a date the text gives beats its address's, the folder a repost was saved in: 时间:2007-09-14
                // under …/200809/t20080924_…)
                let fromAddress = p.isAddress
                if best == nil || found.1 > best!.1 || found.1 == best!.1 && found.1 == .dateline && labeled && !bestLabeled
                    || found.1 == best!.1 && bestFromAddress && !fromAddress {
                    best = found; bestAt = i; bestLabeled = labeled; bestFromAddress = fromAddress
                }
            }
            // (a sentence of the head that opens with a full day: 2022年1月28日，成都高新区发布…)
            // (the lead only: the first paragraph of prose and its first sentence, not a later day of the text)
            for (i, p) in candidates.prefix(headEnd) where i <= firstProse && best?.1 == .dateline && leadDate == nil && p.text.contains(CalendarMarks.year) {
                for r in Article.sentences(in: p.text).prefix(1) {
                    if let lead = extractor.datelines.leadDay(in: Array(p.text[r])), let y = lead.year {
                        leadDate = ArticleDate(year: y, month: lead.month, day: lead.day); break
                    }
                }
            }
            // a lead that opens with its full day before the page's (2022-07-14 上 a repost, 2022年1月28日，…发布…):
            // the text was written then, and 今年, 去年以来 count from that day
            // (not a day years before the page's that the lead recalls, where the text reports a later year done: 2013年3月7日，
            // …上升为国家战略。昨日，该区…。2017年，该区完成地区生产总值…, under 2018-03-08)
            if let lead = leadDate, let lm = lead.month, let ld = lead.day, let (date, _) = best, let m = date.month, let d = date.day,
               (lead.year, lm, ld) < (date.year, m, d), date.year - lead.year < 2 || !namesLater(than: lead.year) {
                return lead
            }
            // a day without its year under the dated line (a reader's page: 2026-01-25 … 日期:08-14) is
            // the article's: in the same year, or the year before when it would come after that date
            if let (date, strength) = best, strength == .dateline, let month = date.month, let day = date.day,
               let own = candidates.lazy.filter({ $0.offset > bestAt }).compactMap({ extractor.datelines.yearlessDay(in: $0.element.text) }).first,
               (own.month, own.day) != (month, day) {
                let year = (own.month, own.day) > (month, day) ? date.year - 1 : date.year
                return ArticleDate(year: year, month: own.month, day: own.day)
            }
            // a news agency's dateline without its year opening the lead under a page's date (中新社 北京12月12日电
            // under 发布时间:2024-11-15, a mirror's): the report's day, and its 今年 and 一季度以来 count from it; on a
            // later day of the year than that date it is of the year before
            if let (date, strength) = best, strength == .dateline, let month = date.month, let day = date.day,
               let lead = ps.indices.first(where: { $0 > bestAt && !ps[$0].isHeading && ps[$0].text.count > 60 })
                   .flatMap({ extractor.datelines.leadDay(in: ps[$0].text, agencyOnly: true) }),
               lead.year == nil, (lead.month, lead.day) != (month, day) {
                return ArticleDate(year: (lead.month, lead.day) > (month, day) ? date.year - 1 : date.year, month: lead.month, day: lead.day)
            }
            // a page with no dateline whose lead gives its day without the year and names its event by the year
            // (2月19日上午，淄博高新区2021春季重大项目集中开工活动举行): that day of that year
            // (or a dateline two years or more after that year, a repost's: 2024-11-13 above 8月4日下午，火炬开发区召开
            // 2022年上半年工作总结暨下半年工作部署大会。今年上半年，…)
            // (the lead is the first prose after the dateline's own line, however long that line is)
            let leadAt = best != nil && bestAt == firstProse
                ? ps.indices.first { $0 > bestAt && (ps[$0].text.count > 60 || ps[$0].text.contains(where: ScalarText.isSentenceEnd)) } ?? ps.count
                : firstProse
            if best == nil || best!.1 == .dateline, leadAt < ps.count, let r = Article.sentences(in: ps[leadAt].text).first {
                let lead = Array(ps[leadAt].text[r])
                if let day = extractor.datelines.leadDay(in: lead), day.year == nil, let y = extractor.datelines.eventYear(in: lead),
                   best.map({ $0.0.year >= y + 2 }) ?? !namesLater(than: y) {
                    return ArticleDate(year: y, month: day.month, day: day.day)
                }
                // (or the day it is held on, written after the event's name: 2020年中国广州国际投资年会暨重大项目集中签约动工活动于
                // 8月28日举办, on a page with no dateline)
                if best == nil, let held = extractor.datelines.heldDay(in: lead), let month = held.month,
                   let y = extractor.datelines.eventYear(in: lead), !namesLater(than: y) {
                    return ArticleDate(year: y, month: month, day: held.day)
                }
            }
            // (a lead's day is the article's only when nothing later is reported: 1992年4月10日，…动工兴建 opens
            // a profile that goes on to 2018上半年)
            if let (date, strength) = best, strength == .leadSentence, namesLater(than: date.year) { return nil }
            return best?.0
        }
    }
}

extension FactExtractor {
    /// The city whose paper or release account a short line of the article names (淮北日报, 来源：遵义发布):
    /// a city's short name (places.tsv) right before a media word (`rule media`).
    /// Where a paper's, an account's or a source's name stands: the short lines of a page's head and its last lines, and
    /// in a long paragraph there the bracket that closes it (…的主力军。(来源:玉溪日报)) or a lead's credit that opens it
    /// (本报讯(新乡日报全媒体记者 刘军旗)…).
    func sourceTexts(of article: Article) -> [[Unicode.Scalar]] {
        let ps = article.paragraphs
        let edges = ps.count <= 11 ? ps[...] : ps.prefix(8) + ps.suffix(3)
        return edges.compactMap { p in p.text.count <= 120 ? p.text : closingBracket(of: p.text) ?? creditBracket(of: p.text) }
    }

    func mediaCity(of article: Article) -> String? {
        for t in sourceTexts(of: article) {
            var k = mediaFirst.firstIndex(in: t, from: 0, to: t.count)
            while k < t.count {
                if lexicon.rules.mediaWords.contains(where: { ScalarText.matches(t, at: k, $0) }) {
                    for n in stride(from: 4, through: 2, by: -1) where k - n >= 0 {
                        // (the name stands alone: no Han character runs into it, 三峡日报 is no 峡's)
                        guard k - n == 0 || !ScalarText.isHan(t[k - n - 1]) || lexicon.sourceWords.contains(where: { ScalarText.endsWith(t, at: k - n, $0) }),
                              let city = lexicon.cityNames[Array(t[(k - n)..<k])] else { continue }
                        return city
                    }
                }
                k = mediaFirst.firstIndex(in: t, from: k + 1, to: t.count)
            }
        }
        return nil
    }

    /// The county a county's own paper or site names (仪陇新闻网, 滨海日报: `rule county-media`), a name of two characters
    /// standing alone that is no city's nor a province's, with the county's suffix; else nil.
    func mediaCounty(of article: Article) -> String? {
        guard let suffix = lexicon.rules.countySuffix else { return nil }
        for t in sourceTexts(of: article) where !DatelineRecognizer.isAddressLine(t) {
            for w in lexicon.rules.countyMedia {
                var from = 0
                while let k = ScalarText.find(w, in: t, from: from, to: t.count) {
                    from = k + 1
                    guard k >= 2, k == 2 || !ScalarText.isHan(t[k - 3]) || lexicon.sourceWords.contains(where: { ScalarText.endsWith(t, at: k - 2, $0) }) else { continue }
                    let name = Array(t[(k - 2)..<k])
                    guard name.allSatisfy(ScalarText.isHan), lexicon.cityNames[name] == nil, !lexicon.provinces.contains(name),
                          !name.contains(where: { lexicon.placeSuffixes.contains($0) }) else { continue }
                    return ScalarText.string(name + [suffix])
                }
            }
        }
        return nil
    }

    /// Whether the page's headline gives a figure as a city's, naming no zone: it opens with 我市 or 全市 (.some(nil)),
    /// or with a city's name, after its province's or not (广东广州：142个建设项目动工 → 广州市); else nil.
    /// (or a later clause of it, the figure's clause having none: 认定亿元以上新开工项目104个!泰州一季度项目建设点评会召开)
    /// (a headline opening with 我市 or 全市 speaks as the city with a figure or without, 全市招商投资促进工作开局良好; not
    /// the city's zones as a group, 全市园区经济平稳增长)
    func cityHeadline(of article: Article) -> String?? {
        guard let h = zonelessHeadline(of: article) else { return nil }
        let givesFigure = h.contains(where: ScalarText.isASCIIDigit)
        /// Where a word of the city's own voice (我市, 全市) at `k` ends, else nil; `groupNoun` whether the city's parks
        /// together follow it (全市园区).
        func cityVoice(at k: Int) -> (end: Int, groupNoun: Bool)? {
            guard let w = lexicon.selfWords.first(where: { $0.entity == .city && ScalarText.matches(h, at: k, $0.word) }) else { return nil }
            let end = k + w.word.count
            return (end, lexicon.rules.groupNouns.contains { ScalarText.matches(h, at: end, $0) })
        }
        if let v = cityVoice(at: 0), givesFigure || !v.groupNoun { return .some(nil) }
        // (or after a time opening a clause of a headline that gives a figure, no sentence of a lead: 总投资1016亿元!
        // 2024年三季度全市重大项目集中开工)
        if givesFigure, !h.contains(where: ScalarText.isSentenceEnd) {
            let spans = assembler.periods.recognize(h)
            for k in Self.clauseStarts(of: h) where k > 0 {
                if let span = spans.first(where: { $0.start == k }), let v = cityVoice(at: span.end), !v.groupNoun { return .some(nil) }
            }
        }
        guard givesFigure else { return nil }
        for k in Self.clauseStarts(of: h) {
            let i = k + (lexicon.provinces.first(where: { ScalarText.matches(h, at: k, $0) })?.count ?? 0)
            guard let (city, nameEnd) = lexicon.shortCityName(in: h, at: i), nameEnd < h.count else { continue }
            // (the city itself, not a place or a zone whose name goes on: 广州开发区, 湘潭县)
            let e = lexicon.rules.citySuffixes.contains(h[nameEnd]) ? nameEnd + 1 : nameEnd
            if e < h.count, placeOrZoneNameGoesOn(h, at: e) { continue }
            // (the city saying or doing what the figure tells: 合肥107个…, 大庆今年已签约…, 湘潭实现…, 淮安全市…; not a park's name
            // going on from it, 安徽合肥侨梦苑58项目签约, whose figures are the park's)
            guard e < h.count, tellsWhatTheFigureSays(h, at: e) || cityVoice(at: e) != nil else { continue }
            return .some(city)
        }
        return nil
    }

    /// The district or county a short line of the page's head gives a figure as its own, opening a clause of it with its
    /// full name and what the figure says right after it (总投资超182亿元⏎金东区签约32个项目; not a zone's or a park's name
    /// going on from it), on a page whose head names no zone; else nil. Such a page is the district's.
    func districtHeadline(of article: Article) -> String? {
        let assembler = self.assembler
        for p in article.paragraphs where !p.isAddress {
            if Article.readsAsProse(p) { break }
            let h = p.text
            guard h.count <= 60, h.contains(where: ScalarText.isASCIIDigit), breadcrumbParts(h) == nil, !isMetaLine(p) else { continue }
            let mentions = assembler.entities.recognize(h)
            if mentions.contains(where: { $0.kind == .zone || $0.kind == .collective }) { return nil }
            for k in Self.clauseStarts(of: h) {
                guard let m = mentions.first(where: { $0.start == k }), case .place = m.kind, !assembler.isOtherZone(m),
                      assembler.placeEntity(m.name) == .district, m.end < h.count else { continue }
                if tellsWhatTheFigureSays(h, at: m.end) { return m.name }
            }
        }
        return nil
    }

    /// The city whose short name opens a clause at `k` as its subject, no place's or zone's name going on from it
    /// (孝感坚持…; not 孝感市…, 孝感高新区…, 孝南区, 中山大学), else nil.
    func citySpeaking(_ t: [Unicode.Scalar], at k: Int) -> String? {
        guard let (city, e) = lexicon.shortCityName(in: t, at: k), e < t.count, ScalarText.isHan(t[e]),
              !lexicon.rules.citySuffixes.contains(t[e]), !placeOrZoneNameGoesOn(t, at: e),
              // (nor an institution's name going on from it: 中山大学珠海校区)
              !(e..<min(t.count, e + 4)).contains(where: { k in lexicon.rules.institutionEnds.contains { ScalarText.matches(t, at: k, $0) } }) else { return nil }
        return city
    }

    /// Whether a place's or a zone's name goes on at `e`, right after a city's name (广州开发区, 湘潭县, 孝感高新区).
    func placeOrZoneNameGoesOn(_ t: [Unicode.Scalar], at e: Int) -> Bool {
        lexicon.placeSuffixes.contains(t[e]) || lexicon.zoneSuffixes.contains(where: { ScalarText.matches(t, at: e, $0.text) })
            || lexicon.otherZoneSuffixes.contains(where: { ScalarText.matches(t, at: e, $0.text) })
    }

    /// Whether what stands at `e` of a head line, right after its subject's name, says what its figure tells: what
    /// `opensWhatTheFigureSays`, a relative year, a verb of a result or a set verb (大庆今年已签约…, 湘潭实现…, 金东区签约…).
    private func tellsWhatTheFigureSays(_ h: [Unicode.Scalar], at e: Int) -> Bool {
        opensWhatTheFigureSays(h, at: e)
            || lexicon.relativeYears.keys.contains(where: { ScalarText.matches(h, at: e, $0) })
            || lexicon.rules.statementVerbs.contains(where: { ScalarText.matches(h, at: e, $0) })
            || lexicon.rules.setVerbs.contains(where: { ScalarText.matches(h, at: e, $0) })
    }

    /// Where a headline's clauses start: its start and after each clause break, sentence end or space (…104个!泰州一季度…).
    static func clauseStarts(of h: [Unicode.Scalar]) -> [Int] {
        h.indices.filter { k in k == 0 || ScalarText.isClauseBreak(h[k - 1]) || ScalarText.isSentenceEnd(h[k - 1]) || ScalarText.isSpace(h[k - 1]) }
    }

    /// Whether what stands at `e` of a headline, right after a place's name, opens what its figure says: a
    /// number or a mark, a metric's word or a period's (湖南1至2月…, 河源工业生产…, 湖南：…).
    private func opensWhatTheFigureSays(_ h: [Unicode.Scalar], at e: Int) -> Bool {
        !ScalarText.isHan(h[e]) || lexicon.metricWords.contains { !$0.outOfScope && ScalarText.matches(h, at: e, $0.first) }
            || lexicon.periodWords.keys.contains { !$0.isEmpty && ScalarText.matches(h, at: e, $0) }
    }

    /// Whether a page's first paragraph is a headline that gives a figure (湖南1至2月实际使用外资同比增长212.11%
    /// 增幅排名全国第四): one short line, no table's row, no full stop.
    func isFigureHeadline(_ p: Paragraph) -> Bool {
        p.lineStarts.count == 1 && !p.isTableRow && p.text.count <= 60 && !p.text.contains(where: ScalarText.isSentenceEnd)
    }

    /// The page's first line when it is a short headline that gives a figure and names no zone nor
    /// many zones together (我市第二季度集中开工186个重大项目, 湖南1至2月实际使用外资…); else nil.
    func zonelessFigureHeadline(of article: Article) -> [Unicode.Scalar]? {
        zonelessHeadline(of: article).flatMap { $0.contains(where: ScalarText.isASCIIDigit) ? $0 : nil }
    }

    /// The page's first line when it is a short headline that names no zone nor many zones together, with a figure or
    /// without; else nil.
    func zonelessHeadline(of article: Article) -> [Unicode.Scalar]? {
        guard let h = firstLineBelowPath(of: article), h.count <= 60,
              !assembler.entities.recognize(h, zonesOnly: true).contains(where: { $0.kind == .zone || $0.kind == .collective }) else { return nil }
        return h
    }

    /// The text of the article's first paragraph, or of the one after it when that is a site's path
    /// (当前位置: 首页>龙江要闻>市县 above 大庆今年已签约超亿元项目25个…); a path that ends in the headline
    /// (您当前的位置:首页 > 湖北新闻 > 武汉光谷9个项目开工) gives that last part. A page's address, its first line
    /// as saved, is no line of the page.
    func firstLineBelowPath(of article: Article) -> [Unicode.Scalar]? {
        let texts = article.paragraphs.lazy.filter { !$0.isAddress }.map(\.text).filter { !$0.isEmpty }
        guard let first = texts.first else { return nil }
        guard let parts = breadcrumbParts(first) else { return first }
        if let last = parts.last, last.contains(where: ScalarText.isASCIIDigit) { return last }
        return texts.dropFirst().first
    }

    /// Whether the page's headline gives a figure as a province's, naming no zone: it opens with a
    /// province's name (湖南1至2月实际使用外资…, 湖南省…), with no city's or zone's name going on from it.
    func provinceHeadline(of article: Article) -> Bool {
        guard let h = zonelessFigureHeadline(of: article), let p = lexicon.provinces.first(where: { ScalarText.matches(h, at: 0, $0) }) else { return false }
        var e = p.count
        if e < h.count, lexicon.rules.provinceSuffixes.contains(h[e]) { e += 1 }
        // (湖南长沙…: a city after it is cityHeadline's; 湖南湘江新区…, 湖北省高新区: a place or zone's name)
        guard e < h.count, lexicon.shortCityName(in: h, at: e) == nil, !lexicon.placeSuffixes.contains(h[e]),
              !lexicon.zoneSuffixes.contains(where: { ScalarText.matches(h, at: e, $0.text) }) else { return false }
        return opensWhatTheFigureSays(h, at: e)
    }

    /// The city whose short name opens the article's headline or one of its clauses (河源工业生产：…, 湘潭实现地区生产总值…,
    /// 认定亿元以上新开工项目104个!泰州一季度项目建设点评会召开), where no zone's or other place's name goes on from it;
    /// nil otherwise. The headline is the page's short first line (a page's address is none).
    func headlineCity(of article: Article) -> String? {
        if let h = firstLineBelowPath(of: article), h.count <= 60 {
            for k in Self.clauseStarts(of: h) {
                guard let (city, n) = lexicon.shortCityName(in: h, at: k), n < h.count else { continue }
                // (河源市…, 湘潭高新区…, 湘潭县…: a name that goes on is read by the recogniser, not here)
                if assembler.entities.recognize(Array(h[k...]), zonesOnly: true).first?.start == 0 { continue }
                if lexicon.placeSuffixes.contains(h[n]) || lexicon.zoneSuffixes.contains(where: { ScalarText.matches(h, at: n, $0.text) }) { continue }
                return city
            }
        }
        return nil
    }

    /// The cities a text names in full, by the lexicon's short name and 市 (潍坊市发改委 → 潍坊市), wherever
    /// they stand, but as a venue's place (主会场设在福清市的…: rule venue-lead).
    func citiesNamedInFull(_ t: [Unicode.Scalar]) -> Set<String> {
        var out = Set<String>()
        for m in t.indices where m >= 2 && lexicon.rules.citySuffixes.contains(t[m]) {
            for n in 2...4 where m - n >= 0 {
                if let city = lexicon.cityNames[Array(t[(m - n)..<m])], city.unicodeScalars.elementsEqual(t[(m - n)...m]) {
                    if !lexicon.rules.venueLeads.contains(where: { ScalarText.endsWith(t, at: m - n, $0) }) { out.insert(city) }
                    break
                }
            }
        }
        return out
    }

    /// The one city named in full in the clause that tells where the news came from (记者从烟台市商务局了解到;
    /// `rule news-source`), in the first paragraph that has such a clause; nil when none or more than one.
    func newsSourceCity(of article: Article) -> String? {
        for p in article.paragraphs where !p.isHeading {
            let t = p.text
            guard let k = ScalarText.findAny(lexicon.rules.newsSources, starts: newsSourceFirst, in: t) else { continue }
            let cities = citiesNamedInFull(Array(t[ScalarText.clauseStart(t, before: k)..<k]))
            return cities.count == 1 ? cities.first : nil
        }
        return nil
    }

    /// The parts of a site's breadcrumb line (首页 > 安徽 > 宿州市 > 正文: a short line of three parts or
    /// more between the lexicon's separators), each without its spaces; nil for any other line.
    func breadcrumbParts(_ t: [Unicode.Scalar]) -> [[Unicode.Scalar]]? {
        guard t.count <= 80 else { return nil }
        // (a path written with spaces after the site's home: 导航 : 首页 江苏 泰州 海陵区 寺巷街道; short words without
        // punctuation, at least three)
        if let home = lexicon.rules.breadcrumbHomes.lazy.compactMap({ h in ScalarText.find(h, in: t).map { $0 + h.count } }).first,
           home < t.count, ScalarText.isSpace(t[home]) {
            let words = t[home...].split(whereSeparator: ScalarText.isSpace).map(Array.init)
            if words.count >= 3, words.allSatisfy({ $0.count <= 8 && $0.allSatisfy(ScalarText.isHan) }) { return words }
        }
        guard breadcrumbFirst.firstIndex(in: t, from: 0, to: t.count) < t.count else { return nil }
        var parts: [[Unicode.Scalar]] = [], from = 0
        for sep in lexicon.rules.breadcrumbSeparatorRanges(in: t) {
            parts.append(Array(t[from..<sep.lowerBound]))
            from = sep.upperBound
        }
        parts.append(Array(t[from...]))
        // (新华网天津 > 正文: two parts, the second the page itself)
        let leaf = parts.last.map { last in lexicon.rules.breadcrumbLeaves.contains { $0.elementsEqual(last.filter { !ScalarText.isSpace($0) }) } } ?? false
        guard parts.count >= 3 || parts.count == 2 && leaf else { return nil }
        return parts.map { $0.filter { !ScalarText.isSpace($0) } }.filter { !$0.isEmpty }
    }

    /// Where the last part of a site's breadcrumb line starts (past its last separator), else nil.
    func breadcrumbLastPart(_ t: [Unicode.Scalar]) -> Int? {
        guard breadcrumbParts(t) != nil else { return nil }
        return lexicon.rules.breadcrumbSeparatorRanges(in: t).last?.upperBound
    }

    /// The bracket after a news lead's mark that opens a paragraph, holding a credit (本报讯(新乡日报全媒体记者
    /// 刘军旗)…: 新乡日报全媒体记者 刘军旗), else nil.
    func creditBracket(of t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // (新乡网讯 (新乡日报全媒体记者…): a space may stand before the bracket)
        guard let open = t.prefix(12).firstIndex(where: { $0 == "(" || $0 == "（" }),
              case let leadEnd = t[..<open].lastIndex(where: { !ScalarText.isSpace($0) }).map { $0 + 1 } ?? open,
              lexicon.rules.newsLeads.contains(where: { ScalarText.endsWith(t, at: leadEnd, $0) }),
              let close = t[open...].prefix(40).firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
        let inside = Array(t[(open + 1)..<close])
        return lexicon.rules.creditWords.contains(where: { ScalarText.find($0, in: inside) != nil }) ? inside : nil
    }

    /// What a short bracket closing a paragraph holds (…主力军。(来源:玉溪日报) → 来源:玉溪日报), else nil.
    func closingBracket(of t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var e = t.count
        while e > 0 && ScalarText.isSpace(t[e - 1]) { e -= 1 }
        guard e > 0, t[e - 1] == ")" || t[e - 1] == "）",
              let open = t[..<(e - 1)].lastIndex(where: { $0 == "(" || $0 == "（" }), e - 1 - open <= 30 else { return nil }
        return Array(t[(open + 1)..<(e - 1)])
    }

    /// Who an article speaks for: the zone its headline names, else the zone of its source line
    /// (来源：宜昌高新区管委会), else the first zone it names anywhere (a bulletin may name its zone
    /// only in the last paragraph); the city or district of its source line or header (全市, 我区);
    /// a city's site that says only 高新区 means the city's own zone (楚雄市 → 楚雄高新区).
    func home(of article: Article) -> ArticleHome {
        var home = ArticleHome()
        // (what the closures below read, held apart from `self`: a closure that reads a field of `self`
        // copies the whole extractor)
        let assembler = self.assembler
        let recognizer = assembler.entities
        let distributiveWords = lexicon.distributiveWords, topicLeads = lexicon.rules.topicLeads
        var sourceZone: String? = nil, firstZone: String? = nil, headingCollective: String? = nil, firstCollective: String? = nil
        var labelledZone: String? = nil
        var headingDistrict: String? = nil
        var headingCity: String? = nil
        // (成都天府国际生物城23个项目集中开工: a headline whose subject is a park, on a page that names no zone; or
        // another kind of zone, …空港经开区一季度投资百亿的20个项目开竣工)
        var headlineSubject: (name: String, entity: Entity)? = nil
        var leadOtherZone: (name: String, entity: Entity)? = nil
        // (the headline's park again the subject of the body's text before any zone is: 6月27日，中国西部预制菜产业园重点
        // 项目暨招商项目签约仪式在梁平区举行, where a zone named later, 位于梁平高新区预制菜产业园的…, is where it lies)
        var parkLeadsBody = false
        var headLines = 0   // (the page's lines read so far, site paths left out)
        var proseSeen = false   // (whether a paragraph of prose was read)
        // (a zone named as what a clause acts on, 抢抓…光谷科创大走廊战略机遇, does not overrule the zone the
        // user assumes for pages that never name their own)
        var firstSubjectZone: String? = nil
        // (a county's own voice, 我县 or 全县, before any zone is a clause's subject, and the county named as
        // a subject before it: 道县瞄准…。该县…，全县铺排重点产业项目63个; …道县高新区完成…; …签署仪式在东海高新区
        // 举行。…我县举办了…)
        var saysCountyFirst = false
        let countyWords = assembler.countyWords, countySuffixes = assembler.countySuffixes
        // (a zone as a clause's subject before any county word; on a page with none, no matter)
        /// (found by the county's suffix, a rare scalar, then the words that end there)
        func saysCounty(_ t: [Unicode.Scalar]) -> Bool {
            var i = countySuffixes.firstIndex(in: t, from: 0, to: t.count)
            while i < t.count {
                if countyWords.contains(where: { ScalarText.endsWith(t, at: i + 1, $0) }) { return true }
                i = countySuffixes.firstIndex(in: t, from: i + 1, to: t.count)
            }
            return false
        }
        var zoneSubjectSeen = !article.paragraphs.contains { saysCounty($0.text) }
        var firstCounty: String? = nil
        for p in article.paragraphs {
            // (a page's address, its first line as saved, is no line of the page's head)
            if p.isAddress { continue }
            // (地址：…, a publisher's or an office's street address in a footer: where it sits, not what the page is of)
            if ScalarText.opensWithLabel(p.text, lexicon.rules.addressLabels) { continue }
            if !zoneSubjectSeen, !saysCountyFirst {
                if saysCounty(p.text) { saysCountyFirst = true }
                else { zoneSubjectSeen = recognizer.recognize(p.text, zonesOnly: true).contains { $0.kind == .zone && assembler.opensClause($0, in: p.text) } }
            }
            // 地方网 > 安徽 > 宿州市 > 今日宿州 > 正文: a site's path, whose city is the page's city
            if let parts = breadcrumbParts(p.text) {
                for part in parts {
                    for m in recognizer.recognize(part) {
                        if case .place = m.kind, assembler.placeEntity(m.name) == .city { home.citiesNamed.insert(m.name) }
                    }
                }
                continue
            }
            // 文章标题：…: a line labelled as the headline is one, whatever punctuation and figures it holds
            let labelled = ScalarText.opensWithLabel(p.text, lexicon.rules.headlineLabels)
            // a source line is short (来源：…管委会, （…供稿）); running text is not read for one
            let isSource = p.isHeading || labelled || p.text.count <= 120 && ScalarText.findAny(lexicon.sourceWords, starts: sourceWordFirst, in: p.text) != nil
            let mentions = isSource || firstZone == nil || assumedZone != nil && firstSubjectZone == nil ? recognizer.recognize(p.text) : []
            // (not a zone the subject is to become: …更名为宣城高新技术产业开发区)
            if !zoneSubjectSeen, firstCounty == nil {
                firstCounty = mentions.first { m in
                    if case .place = m.kind { return assembler.placeEntity(m.name) == .district && m.name.unicodeScalars.last.map { countySuffixes.contains($0) } == true && assembler.isSubject(m, in: p.text) }
                    return false
                }?.name
            }
            // (not one item of a list of a city's parts, 同安区、翔安区、火炬高新区、厦门自贸片区四个载体区…: the page is
            // not that zone's; the city it is named after may still be what 全市 means)
            if firstZone == nil {
                let zones = mentions.filter { $0.kind == .zone && !assembler.isBecoming($0, in: p.text) }
                firstZone = zones.first { p.isHeading || !assembler.isListItem($0, in: p.text) }?.name
                if home.listedZone == nil { home.listedZone = zones.first?.name }
            }
            if !p.isHeading, !parkLeadsBody, firstSubjectZone == nil, let subject = headlineSubject, subject.entity == .park,
               let park = mentions.first(where: { $0.name == subject.name && assembler.isSubject($0, in: p.text) }) {
                parkLeadsBody = !mentions.contains { $0.kind == .zone && $0.start < park.start && assembler.opensClause($0, in: p.text) }
            }
            if firstSubjectZone == nil { firstSubjectZone = mentions.first { $0.kind == .zone && assembler.opensClause($0, in: p.text) }?.name }
            if labelled, labelledZone == nil { labelledZone = mentions.first { $0.kind == .zone }?.name }
            // 高新区(新北区)2011年…统计公报: the headline's bare zone with the district it shares its government with
            if p.isHeading || labelled, headingDistrict == nil {
                headingDistrict = mentions.first { if case .selfReference(.zone) = $0.kind { return $0.district != nil }; return false }?.district
            }
            // 新乡市…新闻发布会高新区专场: a headline naming a city and the bare zone word names the city's zone
            if p.isHeading || labelled, headingCity == nil,
               mentions.contains(where: { $0.kind == .selfReference(.zone) && !assembler.isAreaWord($0) }) {
                headingCity = mentions.first { m in
                    if case .place = m.kind { return assembler.placeEntity(m.name) == .city }
                    return false
                }?.name
            }
            // (or a short line of the page's head that gives a figure, read as a paragraph)
            if p.isHeading || labelled || headLines < 3 && isFigureHeadline(p), headlineSubject == nil {
                headlineSubject = mentions.first { ($0.kind == .park || assembler.isOtherZone($0)) && assembler.isSubject($0, in: p.text) }
                    .map { ($0.name, $0.kind == .park ? .park : assembler.placeEntity($0.name)) }
            }
            // (or a park that opens the page's first lines of text: 苏州工业园区于1994年2月经国务院批准设立，…。2012年，
            // 园区实现地区生产总值1738亿元: the page is the park's, and its bare 园区 is the park)
            // (the first paragraph of prose: not a later one, 9月6日，青松市组织…活动。 then 青翔高新城指挥部、…联合举办…)
            // (or opens its first clause after a time, as its subject: 1至5月，湄潭县工业园区累计完成…)
            if headLines < 3, !proseSeen, headlineSubject == nil, let first = mentions.first, first.kind == .park,
               first.start == 0 || assembler.isSubject(first, in: p.text) && assembler.opensAfterATime(first, in: p.text) {
                headlineSubject = (first.name, .park)
            }
            // (on a page that names no high-tech zone, so is another kind of zone that opens a clause of its first lines,
            // a time before it or none: 今年以来，滨海新区深入贯彻…。前三季度，滨海新区实现地区生产总值662.29亿元, and
            // its figures with no subject after them)
            // (or that the reporter names as where the news was learned: 记者4月27日从两江新区获悉，今年一季度新区…; a park so
            // too, 从苏州工业园区传来消息，…园区完成地区生产总值…, and a park as such a subject, not one item of a list of those who
            // acted, its agency after it or not: 青翔高新城指挥部、火炬管委会、东湖区…联合举办…)
            if headLines < 3, leadOtherZone == nil, let first = mentions.first, assembler.isOtherZone(first) || first.kind == .park,
               assembler.opensClause(first, in: p.text) && assembler.isSubject(first, in: p.text) && !assembler.isListItem(first, in: p.text, pastAgency: true)
                || assembler.toldNews(p.text).map({ first.end < $0 }) == true {
                leadOtherZone = (first.name, first.kind == .park ? .park : assembler.placeEntity(first.name))
            }
            if Article.readsAsProse(p) { proseSeen = true }
            if !isMetaLine(p) { headLines += 1 }
            // 国家高新区成经济增长重要引擎: a headline about many zones together
            if p.isHeading || labelled, headingCollective == nil {
                headingCollective = mentions.first { m in
                    m.kind == .collective && !distributiveWords.contains { ScalarText.matches(Array(m.name.unicodeScalars), at: 0, $0) }
                }?.name
            }
            // the zones as a whole (国家高新区, 全省高新区), not some of them (各高新区, 5家国家高新区, 两个园区), as
            // a subject (not 排名在国家高新区中…)
            if firstCollective == nil {
                firstCollective = mentions.first { m in
                    m.kind == .collective && !distributiveWords.contains { ScalarText.matches(Array(m.name.unicodeScalars), at: 0, $0) }
                        && !(m.name.unicodeScalars.first.map { ScalarText.isASCIIDigit($0) || ChineseNumeral.isNumeral($0) } ?? false)
                        && !(m.start > 0 && ScalarText.isASCIIDigit(p.text[m.start - 1]) || m.start > 1 && ScalarText.isASCIIDigit(p.text[m.start - 2]))
                        && assembler.isSubject(m, in: p.text) && !topicLeads.contains { ScalarText.endsWith(p.text, at: m.start, $0) }
                }?.name
            }
            // (全省…, 我省…, or a province its head names, 湖北省…: a page that speaks as a province, whose zones counted
            // together are the province's, 全省高新区)
            if !home.speaksOfProvince,
               ScalarText.findAny(headLines < 3 ? provinceWords : lexicon.rules.provinceSelfWords,
                                  starts: provinceFirst, in: p.text) != nil {
                home.speaksOfProvince = true
            }
            for m in mentions {
                if case .place = m.kind, assembler.placeEntity(m.name) == .city { home.citiesNamed.insert(m.name) }
                // (not one item of a list of the city's parts: 吴江、高新区和太仓三地的到账外资…; 其中，富顺县12个…；
                // 高新区2个…)
                if case .selfReference(.zone) = m.kind, !assembler.isAreaWord(m), !assembler.isListItem(m, in: p.text),
                   !assembler.isBreakdownItem(m, among: mentions, in: p.text) {
                    if !home.saysZone, lexicon.rules.kindSelfWords.contains(m.name) { home.zoneKind = m.name }
                    home.saysZone = true
                }
                if case .selfReference(.city) = m.kind { home.saysCity = true }
            }
            // (a city named in full inside a clause: 记者从潍坊市发改委获悉, 8月份全市…)
            if !mentions.isEmpty || firstZone == nil { home.citiesNamedAnywhere.formUnion(citiesNamedInFull(p.text)) }
            guard isSource else { continue }
            if sourceZone == nil, !p.isHeading { sourceZone = mentions.first { $0.kind == .zone }?.name }
            for m in mentions {
                guard case .place = m.kind else { continue }
                switch assembler.placeEntity(m.name) {
                case .city: if home.city == nil { home.city = m.name }
                default:
                    if home.district == nil {
                        home.district = m.name
                        if !p.isHeading { home.isDistrictSite = true }
                    }
                }
            }
        }
        home.citiesNamedAnywhere.formUnion(home.citiesNamed)
        // (a government's report to its congress speaks for its city or district: the zone it names is one
        // subject among others)
        if assumedZone == nil, article.headingZone == nil, let speaker = governmentSpeaker(of: article) {
            home.speaker = speaker
            if speaker.entity == .city { home.city = speaker.name } else { home.district = speaker.name; home.isDistrictSite = true }
            firstZone = nil; sourceZone = nil; firstSubjectZone = nil
        }
        // (淮北日报, 遵义发布: the paper or account of a city, where no line names the city in full)
        // (a city's paper on its source line, 来源:石家庄日报, before a county-level city the text names among others:
        // 其次为高新区、晋州市、正定县和赵县)
        // (记者昨日从烟台市商务局了解到，全市…，增幅高于全市平均水平的有高新区、栖霞市、蓬莱市…: the city of the office the
        // news came from, whatever other cities the text names)
        if home.city == nil { home.city = newsSourceCity(of: article) }
        if home.city == nil { home.city = mediaCity(of: article) ?? headlineCity(of: article) }
        // (仪陇新闻网讯…全县累计签约项目53个, 来源:滨海日报…县工业园: a county's own paper or site, named by the county's name
        // alone, on a page that speaks as a county and names none: the county 全县 and 该县 mean)
        let saysCountyAnywhere = !zoneSubjectSeen || saysCountyFirst
        if home.district == nil, firstCounty == nil, saysCountyAnywhere, let county = mediaCounty(of: article) { home.district = county }
        // a headline that gives a figure as a city's (我市第二季度集中开工186个重大项目; 广东广州：142个建设项目动工) and
        // names no zone makes the page the city's: a zone its body names owns what it is named with, no more
        var speaksAsCity = false
        if assumedZone == nil, article.headingZone == nil, labelledZone == nil, home.speaker == nil, let said = cityHeadline(of: article) {
            speaksAsCity = true
            if let city = said { home.city = city }
            // (我市… on a page that names its city only inside its zones' names, 福州高新区: that city)
            if home.city == nil, home.citiesNamedAnywhere.isEmpty {
                let lexicon = self.lexicon
                let named = Set(article.paragraphs.flatMap { p in recognizer.recognize(p.text, zonesOnly: true) }.compactMap { m -> String? in
                    m.kind == .zone ? lexicon.shortCityName(in: Array(m.name.unicodeScalars), at: 0)?.city : nil
                })
                if named.count == 1 { home.city = named.first }
            }
            firstZone = nil; sourceZone = nil; firstSubjectZone = nil
        }
        // (a short line of the head that gives a figure as a district's, 金东区签约32个项目, makes the page the district's in
        // the same way: its figures without a subject are the district's)
        if !speaksAsCity, assumedZone == nil, article.headingZone == nil, labelledZone == nil, home.speaker == nil, home.district == nil,
           let district = districtHeadline(of: article) {
            home.district = district
            home.isDistrictSite = true
            firstZone = nil; sourceZone = nil; firstSubjectZone = nil
        }
        // (湖南1至2月实际使用外资同比增长212.11%: a headline that gives a figure as a province's makes the page the
        // province's, above every zone: a zone its body names owns what it is named with, no more)
        if !speaksAsCity, assumedZone == nil, article.headingZone == nil, labelledZone == nil, home.speaker == nil, provinceHeadline(of: article) {
            firstZone = nil; sourceZone = nil; firstSubjectZone = nil
        }
        let headlineZone = article.headingZone ?? labelledZone
            ?? headingCity.flatMap { city in lexicon.cityZone(of: city).map { $0 + (headingDistrict ?? "") } }
        home.zone = headlineZone ?? headingCollective ?? sourceZone ?? (assumedZone == nil ? firstZone : firstSubjectZone)
        // a county's page (道县瞄准…。该县…，全县…) that speaks as the county before a zone is its subject is the
        // county's: its figures without a subject are the county's, not the zone's it names
        if headlineZone == nil, headingCollective == nil, sourceZone == nil, assumedZone == nil, saysCountyFirst, home.district == nil || home.isDistrictSite {
            home.zone = nil
            if let county = firstCounty, home.district == nil { home.district = county }
            home.isDistrictSite = home.district != nil
        }
        // (a park named first, 青松高新区核心区, is part of the page's zone: the zone is the page's own)
        if let z = home.zone, assembler.namesPark(z), let open = z.firstIndex(of: "(") { home.zone = String(z[..<open]) }
        if headlineZone == nil, headingCollective != nil { home.zoneEntity = .collective }
        // a page about the zones as a whole that names no zone (国家高新技术产业开发区是指…; a table; 我省高新区…):
        // a guess from its text, which a zone the user assumes overrides
        if home.zone == nil { home.bodyCollective = firstCollective }
        // a page whose headline names a park or another kind of zone and that names no high-tech zone is its
        // (another kind of zone, the headline's subject, beats a high-tech zone the body names after it: 空港经开区作为
        // 无锡高新区唯一的省级开发区)
        if home.zone == nil || headlineZone == nil && headingCollective == nil && sourceZone == nil && (headlineSubject?.entity != .park || parkLeadsBody),
           assumedZone == nil, home.speaker == nil, let subject = headlineSubject {
            home.zone = subject.name
            home.zoneEntity = subject.entity
        }
        // (not on a page whose headline speaks as the city: 广东广州：142个建设项目动工…, then 在本次动工的142个项目中，广州开发区…
        // 有107个: the zone owns what it is named with, no more)
        if home.zone == nil, assumedZone == nil, home.speaker == nil, !speaksAsCity, let subject = leadOtherZone {
            home.zone = subject.name
            home.zoneEntity = subject.entity
        }
        // (a page of no zone that speaks as its city, 我市 or 全市, and names it only by its short name opening a clause as its
        // subject: 近年来，孝感坚持把项目建设…; …全市亿元以上产业项目签约571个)
        if home.zone == nil, home.city == nil, speaksAsCity || home.saysCity, !home.saysZone, home.citiesNamedAnywhere.isEmpty {
            let text = article.paragraphs.filter { !$0.isAddress && !ScalarText.opensWithLabel($0.text, lexicon.rules.addressLabels) }
            let opened = Set(text.flatMap { p in Self.clauseStarts(of: p.text).compactMap { k in citySpeaking(p.text, at: k) } })
            if opened.count == 1 { home.city = opened.first }
        }
        if home.speaksOfProvince { home.province = namedProvince(of: article) }
        // (a page whose text names no city, saved with its address, whose host or a folder is a city's name in pinyin,
        // jkq.yaan.gov.cn, /news/ankang/: that city's page, for what 全市 and a bare 经开区 mean)
        if home.city == nil, home.citiesNamedAnywhere.isEmpty, home.speaker == nil, let city = addressCity(of: article) { home.city = city }
        // a district's own page (its header or headline names the district and no zone): its 全区 and
        // 我区 are the district's
        if article.headingZone == nil, home.district != nil { home.isDistrictSite = true }
        // (a page that never says 高新区 speaks of its city or district itself: 2018年杭州市滨江区政府工作报告)
        // (a page with no source line that names one city only, 孝感市举行…活动, is that city's page too)
        // (or a city named inside a clause, 记者从潍坊市发改委获悉，8月份全市…, on a page that says 全市)
        if home.zone == nil, home.saysZone, !speaksAsCity, let city = home.pageCity ?? (home.saysCity ? home.ownCity : nil),
           let zone = lexicon.cityZone(of: city, kind: home.zoneKind) {
            home.cityZone = zone + (headingDistrict ?? "")
        }
        return home
    }

    /// The one province a page's text names in full, with its suffix (福建省), else nil.
    func namedProvince(of article: Article) -> String? {
        var named: Set<String> = []
        for p in article.paragraphs where !p.isAddress {
            let t = p.text
            var k = provinceFirst.firstIndex(in: t, from: 0, to: t.count)
            while k < t.count {
                if let name = lexicon.provinces.first(where: { ScalarText.matches(t, at: k, $0) }),
                   k + name.count < t.count, lexicon.rules.provinceSuffixes.contains(t[k + name.count]) {
                    named.insert(ScalarText.string(name + [t[k + name.count]]))
                    if named.count > 1 { return nil }
                }
                k = provinceFirst.firstIndex(in: t, from: k + 1, to: t.count)
            }
        }
        return named.first
    }

    /// The one city a page's address names by its short name in pinyin (jkq.yaan.gov.cn, /news/ankang/aknews/…: a host's
    /// label or a folder, whole), else nil; the address is the page's first line as saved.
    func addressCity(of article: Article) -> String? {
        guard !lexicon.pinyinCities.isEmpty, let address = article.paragraphs.first(where: { $0.isAddress }) else { return nil }
        let text = String(String.UnicodeScalarView(address.text)).lowercased()
        let rest = text.range(of: "://").map { String(text[$0.upperBound...]) } ?? text
        let path = rest.split(separator: "?", maxSplits: 1).first.map(String.init) ?? rest
        var parts = path.split(separator: "/")
        let host = parts.isEmpty ? [] : parts.removeFirst().split(separator: ".")
        let cities = Set((host + parts).compactMap { lexicon.pinyinCities[String($0)] })
        return cities.count == 1 ? cities.first : nil
    }

    /// Whether a short line of the page's head only dates, credits or sources the page, or is a field's label with
    /// nothing after it (昆明在线 发布时间:2018-08-15; 记者 张雁群; 来源:济宁新闻网; 日期:): no line of its text.
    func isMetaLine(_ p: Paragraph) -> Bool {
        let t = p.text
        guard t.count <= Self.metaLineLength, let last = t.last else { return false }
        return last == ":" || last == "：" || datelines.date(in: t, isHeading: true) != nil
            || lexicon.rules.creditWords.contains { ScalarText.matches(t, at: 0, $0) }
            || lexicon.sourceWords.contains { ScalarText.matches(t, at: 0, $0) }
    }

    /// How long a line that only dates, credits or sources the page may be.
    static let metaLineLength = 40

    /// The city or district whose government gives the page as its report, or nil: a short head line naming
    /// the report (政府工作报告, …人民代表大会…会议上) or the head's words giving it (我代表市政府向大会报告
    /// 工作) in the page's first lines; the place is the one those lines name, else the first the text names
    /// as a subject (天元区经济运行总体平稳). A head line naming a zone makes it the zone's report, not a government's.
    func governmentSpeaker(of article: Article) -> (name: String, entity: Entity)? {
        let head = article.paragraphs.prefix(8)
        let rules = lexicon.rules
        func isHeadLine(_ p: Paragraph) -> Bool { p.text.count <= 60 }
        guard head.contains(where: { p in
            isHeadLine(p) && rules.governmentReports.contains { ScalarText.find($0, in: p.text) != nil }
                || rules.governmentSpeakers.contains { ScalarText.find($0, in: p.text) != nil }
        }) else { return nil }
        let recognizer = assembler.entities
        // (——2021年1月6日在常州市新北区…: the place the congress meets in, after its preposition)
        func congressPlace(_ slice: ArraySlice<Unicode.Scalar>) -> (name: String, entity: Entity)? {
            let t = Array(slice)
            for k in t.indices where lexicon.zoneLeads.contains(where: { ScalarText.endsWith(t, at: k, $0) }) {
                if let m = recognizer.recognize(Array(t[k...])).first, case .place = m.kind, m.start == 0 {
                    return (m.name, assembler.placeEntity(m.name))
                }
            }
            return nil
        }
        for p in head where isHeadLine(p) {
            let mentions = recognizer.recognize(p.text)
            if mentions.contains(where: { $0.kind == .zone }) { return nil }
            for m in mentions { if case .place = m.kind { return (m.name, assembler.placeEntity(m.name)) } }
            if let place = congressPlace(p.text[...]) { return place }
        }
        // (a page that prints the report's head and text as one line: …政府工作报告(2011年2月25日在杭州市滨江区第三届
        // 人民代表大会第五次会议上)…: the place the congress meets in, where the congress is named, before any zone a
        // title in the report names)
        for p in head where !isHeadLine(p) {
            guard let c = rules.governmentReports.compactMap({ ScalarText.find($0, in: p.text, from: 0, to: min(p.text.count, 160)) }).max() else { continue }
            if let place = congressPlace(p.text[..<c]) { return place }
        }
        for p in article.paragraphs where !p.isHeading {
            for m in recognizer.recognize(p.text) {
                if case .place = m.kind, assembler.isSubject(m, in: p.text) { return (m.name, assembler.placeEntity(m.name)) }
            }
        }
        return nil
    }

}

/// Decodes one line's bytes in the file's encoding. Invalid bytes are replaced (U+FFFD) and
/// reported, so the rest of the line still counts. When the file began with plain ASCII (nothing
/// to tell the encoding by), the first line that is not UTF-8 but is GB18030 settles it.
final class LineDecoder {
    private(set) var encoding: TextEncoding
    private var gb: GB18030Decoder?
    private var undecided: Bool

    init(encoding: TextEncoding, undecided: Bool = false) {
        self.encoding = encoding
        self.undecided = undecided
        gb = encoding == .gb18030 || undecided ? GB18030Decoder() : nil
    }

    /// (scalars, whether the bytes were valid)
    func decode(_ bytes: ArraySlice<UInt8>) -> ([Unicode.Scalar], Bool) {
        switch encoding {
        case .utf8:
            let (u, ok) = UTF8Scalars.decode(bytes)
            if ok || !undecided { return (u, ok) }
            undecided = false
            if TextEncoding.isValidGB18030(bytes), let s = gb?.decode(Array(bytes)) {
                encoding = .gb18030
                return (Array(s.unicodeScalars), true)
            }
            return (u, ok)
        case .gb18030:
            if let s = gb?.decode(Array(bytes)) { return (Array(s.unicodeScalars), true) }
            // decode piecewise: keep ASCII, drop what iconv refuses
            let s = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
            return (Array(s.unicodeScalars), false)
        }
    }

    /// Cheap test whether a line can name a year (年 is E5 B9 B4 in UTF-8, C4 EA in GB18030).
    func mayNameYear(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        let end = bytes.endIndex
        if encoding == .utf8 && !undecided {
            // memchr for 年's last byte, then check the two before it and a digit
            return bytes.withUnsafeBufferPointer { b -> Bool in
                guard let base = b.baseAddress, b.count >= 4 else { return false }
                var from = 3
                while from < b.count, let p = memchr(base + from, 0xB4, b.count - from) {
                    let k = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if b[k - 1] == 0xB9 && b[k - 2] == 0xE5 && b[k - 3] >= 0x30 && b[k - 3] <= 0x39 { return true }
                    from = k + 1
                }
                return false
            }
        }
        switch encoding {
        case .utf8:
            // a digit right before 年 (in GB18030 too while the encoding is undecided)
            while i + 3 < end {
                if bytes[i + 3] == 0xB4 && bytes[i + 2] == 0xB9 && bytes[i + 1] == 0xE5 && bytes[i] >= 0x30 && bytes[i] <= 0x39 { return true }
                if undecided && bytes[i + 1] == 0xC4 && bytes[i + 2] == 0xEA && bytes[i] >= 0x30 && bytes[i] <= 0x39 { return true }
                i += 1
            }
        case .gb18030:
            while i + 1 < end {
                if bytes[i] == 0xC4 && bytes[i + 1] == 0xEA { return true }
                i += 1
            }
        }
        return false
    }
}
