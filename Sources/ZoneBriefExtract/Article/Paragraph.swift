/// A paragraph of a page: lines joined where the page's columns broke a sentence, with a map
/// back to the 1-based line of every offset.
public struct Paragraph: Sendable {
    public enum Role: Sendable, Hashable {
        /// Running text.
        case body
        /// A `#` heading (level 1, 2, …) or a short line without sentence punctuation (level 0):
        /// headlines, kickers, author lines.
        case heading(level: Int)
    }

    /// Folded text (full-width digits and signs as ASCII), same length as `original`.
    public var text: [Unicode.Scalar] = []
    /// The text as written where folding changed it (empty when `text` is the text as written).
    private var written: [Unicode.Scalar] = []

    /// The text as written, for quotes.
    public var original: [Unicode.Scalar] { written.isEmpty ? text : written }
    /// For a row of a flattened table read as a sentence (`text`): the row as the page wrote it,
    /// which is the quote of its facts.
    public var verbatim: [Unicode.Scalar]? = nil
    /// A row of a flattened table (its months are the table's columns: 本月, 累计).
    public var isTableRow = false
    /// A link to another page in a list of related news (- …首日签约额600亿元 2010-11-03): a heading whose
    /// figures are another page's.
    public var isLink = false
    /// (offset in `text`, line number) for each joined line, ascending.
    public var lineStarts: [(offset: Int, line: Int)] = []
    public var role: Role = .body
    /// A page's address as its text (https://…, as a saved page's first line is): no text of the page.
    public var isAddress: Bool { DatelineRecognizer.isAddressLine(text) }

    public init() {}

    public var isHeading: Bool { if case .heading = role { return true } else { return false } }

    /// For each offset of `text`, its offset in `original`, once `text` has left characters out
    /// (pinyin that a mirror site put inside words: 地區(qū)生產總值); nil while the two align.
    private var origin: [Int]? = nil

    /// The range of `original` that `r` (a range of `text`) was read from.
    public func originalRange(_ r: Range<Int>) -> Range<Int> {
        guard let origin, !r.isEmpty else { return r }
        return origin[r.lowerBound]..<(origin[r.upperBound - 1] + 1)
    }

    /// The text as written at `r` (a range of `text`), one character for each of `text`'s (what
    /// the matching text left out stays out): a label in the page's own script (電力電器產業).
    public func written(_ r: Range<Int>) -> String {
        guard !written.isEmpty else { return ScalarText.string(text[r]) }
        var out = String.UnicodeScalarView()
        for k in r { out.append(written[origin?[k] ?? k]) }
        return String(out)
    }

    /// For a paragraph whose text was rewritten from `source`'s at `r` (a list read as the pairs it
    /// stands for): each character as `source` wrote it there, so that a label keeps the page's
    /// script (高新技術 of 高新技術產值, not the matching text's 高新技术).
    public mutating func spell(as source: Paragraph, at r: Range<Int>) {
        guard !source.written.isEmpty else { return }
        var asWritten: [Unicode.Scalar: Unicode.Scalar] = [:]
        for k in r where k < source.text.count {
            let w = source.written[source.origin?[k] ?? k]
            if w != source.text[k] { asWritten[source.text[k]] = w }
        }
        guard !asWritten.isEmpty else { return }
        written = text.map { asWritten[$0] ?? $0 }
        origin = nil
    }

    /// Appends a line's scalars (already trimmed).
    mutating func append(_ scalars: ArraySlice<Unicode.Scalar>, line: Int) {
        var dropped = Self.insertedPinyin(scalars)
        if scalars.contains(" ") { dropped.formUnion(Self.layoutSpaces(scalars)) }
        dropped.formUnion(Self.doubledCommas(scalars))
        if !dropped.isEmpty || origin != nil {
            appendLeavingOut(dropped, of: scalars, line: line)
            return
        }
        lineStarts.append((text.count, line))
        let start = text.count
        text.append(contentsOf: scalars)
        // most lines have nothing to fold: find the first scalar that has before the loop below
        let firstFolded = scalars.withUnsafeBufferPointer { b -> Int in
            var k = 0
            while k < b.count && ScalarText.fold(b[k]) == b[k] { k += 1 }
            return k
        }
        var k = start + firstFolded
        for u in scalars.dropFirst(firstFolded) {
            let f = ScalarText.fold(u)
            if f != u {
                if written.isEmpty { written = Array(text[..<start]) + Array(scalars) }
                text[k] = f
            }
            k += 1
        }
        if !written.isEmpty && written.count < text.count { written.append(contentsOf: scalars) }
    }

    /// Appends a line whose matching text leaves out some characters (`dropped`, offsets in `scalars`).
    private mutating func appendLeavingOut(_ dropped: Set<Int>, of scalars: ArraySlice<Unicode.Scalar>, line: Int) {
        if written.isEmpty { written = text }
        if origin == nil { origin = Array(0..<text.count) }
        lineStarts.append((text.count, line))
        for (k, u) in scalars.enumerated() {
            written.append(u)
            if dropped.contains(k) { continue }
            text.append(ScalarText.fold(u))
            origin!.append(written.count - 1)
        }
    }

    /// Pinyin in brackets right after a Chinese character (生產(chǎn)總值, 高新區(qū)), which some mirror
    /// sites insert into words: offsets (in `s`) of the brackets and letters, to be left out of the
    /// matching text.
    static func insertedPinyin(_ s: ArraySlice<Unicode.Scalar>) -> Set<Int> {
        guard s.contains(where: { $0 == "(" || $0 == "（" }) else { return [] }
        var out = Set<Int>()
        let b = Array(s)
        // glosses without tones and without a space after (總(zong)產值(zhi), 高(gao)(gao)新區(qu)(qu)): one
        // syllable each, and only in a line that has several of them, so a lone (a) or (gdp) stays
        var untoned: [ClosedRange<Int>] = []
        var i = 1
        while i < b.count {
            // (after a Chinese character, or after the gloss before it: 高(gao)(gao))
            guard b[i] == "(" || b[i] == "（", ScalarText.isHan(b[i - 1]) || out.contains(i - 1) || untoned.last?.upperBound == i - 1 else { i += 1; continue }
            var j = i + 1
            var toned = false
            while j < b.count && j - i <= 8 && isPinyinLetter(b[j]) {
                if b[j].value > 0x7F { toned = true }
                j += 1
            }
            if j < b.count, b[j] == ")" || b[j] == "）", j > i + 1, toned {
                for k in i...j { out.insert(k) }
                i = j + 1
                continue
            }
            // (a copy that writes them without tones and a space after: 營業(ye) 收入, 萬(wan) 億(yi) 元)
            if j + 1 < b.count, b[j] == ")", j > i + 1, j - i <= 7, b[j + 1] == " ", !toned,
               j + 2 < b.count && ScalarText.isHan(b[j + 2]) || j + 2 == b.count {
                for k in i...(j + 1) { out.insert(k) }
                i = j + 2
                continue
            }
            if j < b.count, b[j] == ")" || b[j] == "）", j > i + 1, !toned, PinyinSyllable.isSyllable(b[(i + 1)..<j]) {
                untoned.append(i...j)
                i = j + 1
                continue
            }
            i += 1
        }
        if untoned.count >= 3 { for r in untoned { out.formUnion(r) } }
        return out
    }

    /// A comma right before another clause mark (东接苏州,,南滨太湖; 示范区,、苏南…), which some mirror sites
    /// insert after words: offsets (in `s`) of the commas, left out of the matching text so the marks
    /// around them read as the page meant them.
    static func doubledCommas(_ s: ArraySlice<Unicode.Scalar>) -> Set<Int> {
        var out = Set<Int>()
        var k = 0
        var previous: Unicode.Scalar = " "
        for u in s {
            if previous == "," || previous == "，", ScalarText.isTextPunctuation(u) { out.insert(k - 1) }
            previous = u
            k += 1
        }
        return out
    }

    /// Spaces a page laid out between a figure and the Chinese around it (`2017 年`, `GDP762 億元`,
    /// `實現 GDP`), or around the marks between clauses (`216家 , 在全国`): offsets (in `s`) the matching
    /// text leaves out, so 2017 年 reads as 2017年.
    static func layoutSpaces(_ s: ArraySlice<Unicode.Scalar>) -> Set<Int> {
        var out = Set<Int>()
        let lo = s.startIndex, hi = s.endIndex
        var i = lo + 1
        while i < hi - 1 {
            guard s[i] == " " else { i += 1; continue }
            var j = i
            while j < hi && s[j] == " " { j += 1 }
            guard j < hi else { break }
            let before = s[i - 1], after = s[j]
            // (and spaces around punctuation in the text, 光谷去年…216家 , 在全国位列第三位 。 2014年 , …; not after a
            // sentence's end, where a name may follow: …新动力。 胡某)
            let spacedMark = (ScalarText.isTextPunctuation(before) && !ScalarText.isSentenceEnd(before) && (ScalarText.isHan(after) || ScalarText.isASCIIDigit(after)))
                || ((ScalarText.isHan(before) || ScalarText.isASCIIDigit(before) || ScalarText.isTextPunctuation(before)) && ScalarText.isTextPunctuation(after))
            if (ScalarText.isASCIIDigit(before) && ScalarText.isHan(after)) || (ScalarText.isHan(before) && ScalarText.isASCIIDigit(after)) || spacedMark {
                for k in i..<j { out.insert(k - lo) }
            }
            i = j
        }
        return out
    }

    private static func isPinyinLetter(_ u: Unicode.Scalar) -> Bool {
        if u.value >= 0x61 && u.value <= 0x7A { return true }
        return "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".unicodeScalars.contains(u)
    }

    /// Rewrites the lexicon's normalizations in the matching text (專案 → 项目), keeping the text as
    /// written for quotes: one pass, where at each place the first rule whose word starts there wins.
    mutating func normalize(_ lexicon: Lexicon) {
        let firsts = lexicon.normalizationFirsts
        var i = firsts.firstIndex(in: text, from: 0, to: text.count)
        while i < text.count {
            var next = i + 1
            for (from, to) in lexicon.normalizations where ScalarText.matches(text, at: i, from) {
                if written.isEmpty { written = text }
                for j in 0..<to.count { text[i + j] = to[j] }
                next = i + to.count
                break
            }
            i = firsts.firstIndex(in: text, from: next, to: text.count)
        }
    }

    /// The 1-based line the character at `offset` stands on.
    public func line(at offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        if hi < 0 { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid].offset <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lineStarts[lo].line
    }

    public var firstLine: Int { lineStarts.first?.line ?? 0 }
}

/// Turns the lines of a page into paragraphs: skips photo captions, keeps headings apart, and
/// joins a line that stops mid-sentence (the page's columns) with the next line of text, across
/// blank lines and captions.
struct PageAssembler {
    let lexicon: Lexicon
    /// A paragraph that stopped mid-sentence, waiting for its continuation.
    private var pending: Paragraph?
    /// At most this many characters in a line of its own that holds a list's 、 and is a caption or credit, no paragraph's
    /// first words (市委副书记、市长宁波致辞).
    static let captionLength = 30

    /// At most this many characters in a line before a blank line that is a headline, though a comma joins its
    /// clauses (上海64个重大项目集中开工,总投资2734亿元).
    static let headlineLength = 40
    /// The page's first line of text.
    private var firstTextLine: Int?
    /// Longest paragraph kept whole; longer text is handed on in pieces.
    var maxParagraph = 200_000
    /// Rows of tables flattened into lines, read as sentences.
    private var tables: TableRows
    private let periods: PeriodRecognizer
    private let numbers: NumberRecognizer
    private let datelines: DatelineRecognizer
    /// Last scalars of the metric words: a short line with a figure and a metric word is a row of
    /// figures (高新技术企业　586家), not a heading.
    private let metricWords: [[Unicode.Scalar]]

    init(lexicon: Lexicon, entities: EntityRecognizer) {
        self.lexicon = lexicon
        tables = TableRows(lexicon: lexicon, entities: entities)
        periods = PeriodRecognizer(lexicon: lexicon)
        numbers = NumberRecognizer(lexicon: lexicon)
        datelines = DatelineRecognizer(lexicon: lexicon)
        metricWords = lexicon.metricWords.filter { !$0.outOfScope }.map { $0.second ?? $0.first }
    }

    /// Whether a line opens with a news dateline: a name (and a day) right before a news mark (讯, 电),
    /// then a bracket, a space or the day (中华建设网讯(通讯员…), 新华社北京3月5日电 ).
    private func opensWithNewsMark(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let t = Array(line.prefix(18))
        for mark in lexicon.rules.newsLeads where mark.count == 1 {
            guard let k = t.firstIndex(of: mark[0]), k >= 2, k + 1 < t.count,
                  t[..<k].allSatisfy({ ScalarText.isHan($0) || ScalarText.isASCIIDigit($0) }) else { continue }
            let next = t[k + 1]
            if next == "(" || next == "（" || next == "】" || ScalarText.isSpace(next) || ScalarText.isASCIIDigit(next) { return true }
        }
        return false
    }

    /// Whether the line opens with a news lead's day (3月31日，…; 2023年3月31日上午，…): the first words of a
    /// paragraph, never the rest of a headline before it.
    private func opensWithLeadDay(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.first, ScalarText.isASCIIDigit(first), let day = datelines.leadDay(in: Array(line.prefix(40))) else { return false }
        // (the day found is the one the line opens with: its year, if written, then its month and day)
        func digits(_ n: Int) -> [Unicode.Scalar] { Array(String(n).unicodeScalars) }
        let opening = (day.year.map { digits($0) + [CalendarMarks.year] } ?? []) + digits(day.month) + [CalendarMarks.month] + digits(day.day)
        return ScalarText.matches(Array(line.prefix(opening.count)), at: 0, opening)
    }

    /// A figure with its unit and a metric word: text to read, however short.
    private func holdsFigure(_ t: [Unicode.Scalar]) -> Bool {
        guard t.contains(where: ScalarText.isASCIIDigit) else { return false }
        var bad: [MalformedNumber] = []
        let figures = numbers.recognize(t, malformed: &bad).filter { $0.unit != nil }
        guard !figures.isEmpty else { return false }
        // (not a time: 前7个月 is no count)
        let times = periods.recognize(t)
        guard figures.contains(where: { n in !times.contains { $0.start <= n.start && n.start < $0.end } }) else { return false }
        return metricWords.contains { ScalarText.find($0, in: t) != nil }
    }

    /// Cells of a table that a page gave one per line (`2002 |`, `工业总产值(亿元) |`), waiting
    /// for the table's end.
    private var cellRun: [(cell: [Unicode.Scalar], line: Int, written: [Unicode.Scalar])] = []

    /// Adds one line; returns the paragraphs it completes.
    mutating func add(line number: Int, scalars: [Unicode.Scalar]) -> [Paragraph] {
        var lo = 0, hi = scalars.count
        while lo < hi && ScalarText.isSpace(scalars[lo]) { lo += 1 }
        while hi > lo && ScalarText.isSpace(scalars[hi - 1]) { hi -= 1 }
        // a table cell on a line of its own, closed by |
        if hi > lo, scalars[hi - 1] == "|" || scalars[hi - 1] == "｜", !scalars[lo..<(hi - 1)].contains(where: { $0 == "|" || $0 == "｜" }) {
            var c = Array(scalars[lo..<(hi - 1)])
            while let l = c.last, ScalarText.isSpace(l) { c.removeLast() }
            cellRun.append((c, number, Array(scalars[lo..<hi])))
            return []
        }
        var out = flushCells()
        out += addLine(number, scalars, lo, hi)
        return out
    }

    /// The table of a run of one-cell lines, row by row: the header is the cells before the first
    /// label that numbers follow, and every row is a label and as many numbers as the header has
    /// columns (a header of years: 2002 | 2003 | … gives each number its year).
    private mutating func flushCells() -> [Paragraph] {
        guard !cellRun.isEmpty else { return [] }
        let run = cellRun
        cellRun = []
        func isNumber(_ c: [Unicode.Scalar]) -> Bool {
            !c.isEmpty && c.contains(where: ScalarText.isASCIIDigit) && c.allSatisfy { ScalarText.isASCIIDigit($0) || ".,-%+".unicodeScalars.contains($0) }
                || !c.isEmpty && c.allSatisfy { $0 == "-" || $0 == "—" }
        }
        // the row width: the header's cells (label column + k columns), tried from the shortest
        var width: Int? = nil
        for w in 2...12 where w < run.count {
            var k = w, rows = 0, ok = true
            while k + w <= run.count {
                if isNumber(run[k].cell) || !run[(k + 1)..<(k + w)].allSatisfy({ isNumber($0.cell) }) { ok = false; break }
                rows += 1; k += w
            }
            if ok && rows >= 1 && run.count - k < w { width = w; break }
        }
        var out: [Paragraph] = []
        guard let w = width else {
            // (cells that make no table are lines as written, bar and all: 2007年 | is no heading of a year)
            for c in run { out += addLine(c.line, c.written, 0, c.written.count) }
            return out
        }
        // an empty corner cell is named as a label column (the first table-label word: 指标), so
        // the header keeps its columns
        let labelHeader = lexicon.rules.tableHeaders.first { $0.header == .label }?.word ?? []
        func line(_ cells: ArraySlice<(cell: [Unicode.Scalar], line: Int, written: [Unicode.Scalar])>, header: Bool) -> [Unicode.Scalar] {
            var t: [Unicode.Scalar] = []
            for (k, c) in cells.enumerated() {
                if k > 0 { t.append("\t") }
                var cell = c.cell
                // 2002 in a header: the year it names
                if header, cell.count == 4, cell.allSatisfy(ScalarText.isASCIIDigit) { cell.append(CalendarMarks.year) }
                t += cell.isEmpty && k == 0 ? labelHeader : cell
            }
            return t
        }
        out += addLine(run[0].line, line(run[0..<w], header: true), 0, -1)
        var k = w
        while k + w <= run.count {
            out += addLine(run[k].line, line(run[k..<(k + w)], header: false), 0, -1)
            k += w
        }
        for c in run[k...] { out += addLine(c.line, c.written, 0, c.written.count) }
        return out
    }

    /// Whether a text ends with a figure and its unit (…总投资2734亿元).
    private func endsWithFigure(_ t: [Unicode.Scalar]) -> Bool {
        var bad: [MalformedNumber] = []
        return numbers.recognize(t, malformed: &bad).last.map { $0.unit != nil && $0.end == t.count } ?? false
    }

    /// Adds one line (`scalars[lo..<hi]`, trimmed; hi -1 for all of it).
    private mutating func addLine(_ number: Int, _ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> [Paragraph] {
        let lo = lo, hi = hi < 0 ? scalars.count : hi
        if lo == hi {
            // a blank line after a paragraph that ends by announcing what follows (…以下数据——,
            // …如下：) ends it; a line wrapped inside a sentence (…产业，) waits for the rest
            if let p = pending, let last = p.text.last, "—–-…:：".unicodeScalars.contains(last) {
                pending = nil
                return [p]
            }
            // nor is a headline that holds a figure (芜湖高新区29个项目集中签约 总投资172.84亿元) the
            // start of the lead after the blank line: one short line with no clause punctuation
            if let p = pending, p.lineStarts.count == 1, looksLikeHeading(p.text) {
                pending = nil
                return [p]
            }
            // (nor a headline whose clauses a mirror joined with a comma, 上海64个重大项目集中开工,总投资2734亿元: one short
            // line that ends with a figure and its unit, no punctuation after it; a line wrapped inside a clause, …重大平台
            // 创新项目 | 共5个, ends before its figure)
            if let p = pending, p.lineStarts.count == 1, p.text.count <= Self.headlineLength, endsWithFigure(p.text) {
                pending = nil
                return [p]
            }
            return []
        }
        let line = scalars[lo..<hi]
        var out: [Paragraph] = []
        if firstTextLine == nil { firstTextLine = number }

        // a Markdown heading: hashes, then a space (as CommonMark has it); a statistics table's row that
        // opens with # is a part of the row above (#油菜籽 | 78吨: of which), no heading
        let hashes = line.prefix { $0 == "#" }.count
        if hashes > 0, hashes == line.count || ScalarText.isSpace(line[line.startIndex + hashes]) {
            let level = hashes
            var i = line.startIndex + hashes
            while i < line.endIndex && ScalarText.isSpace(line[i]) { i += 1 }
            if let p = pending { out.append(p); pending = nil }
            if i < line.endIndex {
                var h = Paragraph()
                h.append(line[i...], line: number)
                h.role = .heading(level: level)
                out.append(h)
            }
            return out
        }
        if isCaption(line) { return [] }
        // a row of a flattened table (or the header naming its columns); a line of sentences is none
        let reading: TableRows.Reading
        if line.contains(where: { $0 == "。" || $0 == "！" || $0 == "？" }) {
            tables.reset()
            reading = .text
        } else {
            reading = tables.read(line.map(ScalarText.fold))
        }
        switch reading {
        case .text: break
        case .context:
            if let p = pending { out.append(p); pending = nil }
            return out
        case .row(let sentence):
            if let p = pending { out.append(p); pending = nil }
            var row = Paragraph()
            row.text = sentence
            row.lineStarts = [(0, number)]
            row.verbatim = Array(line)
            row.isTableRow = true
            out.append(row)
            return out
        }
        // a list item (- …, * …, • …, 1. …): one paragraph of text, even without a full stop
        if let body = listItem(line) {
            if let q = pending { out.append(q); pending = nil }
            var item = Paragraph()
            item.append(body, line: number)
            // a site's menu entry or headline set as an item (• 【投资滨江区】2018年…政府工作报告): a heading; so
            // is a link to another page in a list of related news, its headline and its day (- 合肥…对接会开幕，
            // 首日签约额600亿元 2010-11-03): no text of this page
            let isLink = DatelineRecognizer.endsWithDay(Array(body))
            if !endsSentence(item.text) && (looksLikeHeading(item.text) && !holdsFigure(item.text) || isLink) {
                item.role = .heading(level: 0)
                item.isLink = isLink
            }
            out.append(item)
            return out
        }

        // a short line holding a full date (2022-04-18 河北日报, 2021年3月2日 来源：…), or a day under a
        // dateline word (日期:08-14), is a page's header line: it is never the rest of the text before it
        // (nor is a source line, 来源:川观新闻, after a headline that holds a figure)
        // (counted without the spaces a page's layout put between its fields: 发布日期:2019-06-03      来源:发改委,
        // nor the pinyin a mirror site put into its words: 来源:荆楚网(wǎng); a line of fields and no clauses
        // may run longer: 发布时间:2023-02-13  来源:江阴日报  发布开发区:江阴国家高新技术产业开发区)
        // (glosses are looked for only in a line long enough for them to matter)
        let written = line.count(where: { !ScalarText.isSpace($0) })
        let length = written > 40 ? written - Paragraph.insertedPinyin(line).count : written
        // (a line of labelled fields may hold a comma inside one: 来源:弋江发布,投资促进部  发布开发区:…)
        let fields = line.count(where: { $0 == ":" || $0 == "：" })
        if length <= 40 || length <= 80 && (fields >= 2 || !line.contains(where: { "，,；;、".unicodeScalars.contains($0) })), !line.contains(where: ScalarText.isSentenceEnd),
           datelines.date(in: Array(line), isHeading: true)?.0.day != nil || datelines.yearlessDay(in: Array(line)) != nil
            || ScalarText.opensWithLabel(Array(line), lexicon.sourceWords) {
            if let q = pending { out.append(q); pending = nil }
            var h = Paragraph()
            h.append(line, line: number)
            h.role = .heading(level: 0)
            out.append(h)
            return out
        }
        // a short title line after a long unfinished paragraph (…面积为300平方公里[3] / 园区概况) is a
        // section's title, not the paragraph's last words: a hard-wrapped line holds more, or ends it
        if let q = pending, q.text.count > 40, line.count <= 10, !line.contains(where: ScalarText.isASCIIDigit),
           !line.contains(where: ScalarText.isSentenceEnd), looksLikeHeading(Array(line)) {
            out.append(q)
            pending = nil
            var h = Paragraph()
            h.append(line, line: number)
            h.role = .heading(level: 0)
            out.append(h)
            return out
        }
        // a line opening with a byline (本报讯…) begins a paragraph: the short line before it (a headline
        // holding a figure, 7个项目集中开竣工 总投资13.81亿元) is not its first words
        // (and so does a wire's or site's dateline: 中华建设网讯(通讯员…), 长城网衡水3月27日讯)
        // (or a news lead's day: 3月31日，…空港经开区举行…, after …20个项目开竣工)
        // (and the page's first line, short, with no clause punctuation, is its headline, not the lead's first
        // words: 总投资84.1亿元！杭州高新区(滨江)20个项目集中开工 / 奋战四季度，冲刺“全年红”。10月27日，…)
        if let q = pending, lexicon.opensWithByline(line) || opensWithNewsMark(line) || q.text.count <= 60 && opensWithLeadDay(line)
            || q.lineStarts.count == 1 && q.firstLine == firstTextLine && q.text.count <= 60 && looksLikeHeading(q.text) {
            out.append(q)
            pending = nil
        }
        // a site's path (嵊州新闻网 >> 图片中心 >> 嵊州图闻) is a line of its own: neither the end of the line before
        // it nor the start of the headline under it; and so is a page's address (https://…/西安高新区…开工_82106.html)
        if DatelineRecognizer.isAddressLine(line) || isSitePath(line) {
            if let q = pending { out.append(q); pending = nil }
            var path = Paragraph()
            path.append(line, line: number)
            out.append(path)
            return out
        }
        var p: Paragraph
        let joined: Bool
        if let q = pending { p = q; pending = nil; joined = true } else { p = Paragraph(); joined = false }
        p.append(line, line: number)

        if endsSentence(p.text) {
            out.append(p)
        } else if !joined && looksLikeHeading(p.text) && !holdsFigure(p.text) {
            p.role = .heading(level: 0)
            // the months a heading names (1-6月) are what 本月 columns of its tables mean
            if let m = periods.recognize(p.text).last(where: { if case .months = $0.shape { return true }; return false }),
               case .months(_, let last) = m.shape {
                tables.currentMonth = last
                tables.currentPeriod = Array(p.text[m.start..<m.end])
            }
            out.append(p)
        } else if p.text.count > maxParagraph {
            out.append(p)
        } else {
            pending = p
        }
        return out
    }

    /// Whether a short line is a site's path: two of the lexicon's breadcrumb separators or more
    /// (首页 > 新闻 > 正文).
    private func isSitePath(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let separators = lexicon.rules.breadcrumbSeparators
        guard line.count <= 80, line.contains(where: { u in separators.contains { $0.first == u } }) else { return false }
        return lexicon.rules.breadcrumbSeparatorRanges(in: Array(line)).count >= 2
    }

    /// The paragraph left waiting at the end of the page.
    mutating func finish() -> [Paragraph] {
        var out = flushCells()
        if let p = pending { out.append(p) }
        pending = nil
        return out
    }

    /// The text of a list item line without its marker, or nil when the line is no list item.
    private func listItem(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
        var i = line.startIndex
        guard i < line.endIndex else { return nil }
        if line[i] == "-" || line[i] == "*" || line[i] == "•" || line[i] == "·" || line[i] == "+" {
            i += 1
        } else if ScalarText.isASCIIDigit(line[i]) {
            while i < line.endIndex && ScalarText.isASCIIDigit(line[i]) && i - line.startIndex < 3 { i += 1 }
            guard i < line.endIndex, line[i] == "." || line[i] == ")" || line[i] == "、" else { return nil }
            i += 1
        } else {
            return nil
        }
        guard i < line.endIndex, ScalarText.isSpace(line[i]) else { return nil }
        while i < line.endIndex && ScalarText.isSpace(line[i]) { i += 1 }
        return i < line.endIndex ? line[i...] : nil
    }

    private func isCaption(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        // (as matching reads it: 圖為 on a page in traditional script is 图为)
        if lexicon.captionWords.contains(where: { w in line.count >= w.count && line.prefix(w.count).lazy.map(ScalarText.fold).elementsEqual(w) }) { return true }
        // (…工作会议。人民网 李思玥摄: a short line whose last words are a photographer's name and 摄)
        guard line.count <= 60, let tail = lexicon.rules.captionTails.first(where: { w in
            line.count > w.count && line.suffix(w.count).lazy.map(ScalarText.fold).elementsEqual(w) }) else { return false }
        let name = line.dropLast(tail.count)
        var k = name.endIndex
        while k > name.startIndex, ScalarText.isSpace(name[k - 1]) { k -= 1 }
        let end = k
        while k > name.startIndex, ScalarText.isHan(name[k - 1]) { k -= 1 }
        return (2...4).contains(end - k) && k > name.startIndex && ScalarText.isSpace(name[k - 1])
    }

    /// Ends with 。！？； (possibly inside closing quotes), with a dash or colon announcing what
    /// follows, or with credits after the last sentence end (`…贡献高新力量。 胡俊超`).
    private func endsSentence(_ t: [Unicode.Scalar]) -> Bool {
        guard var i = t.indices.last else { return false }
        while i > 0 && (t[i] == "”" || t[i] == "」" || t[i] == "』" || t[i] == "\"" || t[i] == ")" || t[i] == "’") { i -= 1 }
        if ScalarText.isSentenceEnd(t[i]) || ScalarText.isItemBreak(t[i]) { return true }
        // a line that announces what follows (…提到了以下数据——, 主要指标如下：) ends its paragraph
        if t[i] == ScalarText.fold("—") || t[i] == ScalarText.fold("：") || t[i] == ":" { return true }
        // credits: a space and a few characters after the last sentence end
        var k = t.count - 1
        let stop = max(0, t.count - 16)
        while k > stop {
            if ScalarText.isSentenceEnd(t[k]) { return k + 1 < t.count && (ScalarText.isSpace(t[k + 1]) || isTrackingTag(t[(k + 1)...])) }
            k -= 1
        }
        return false
    }

    /// Letters and digits mixed in lower case after a finished sentence (…过境。8jflu9), the tag a
    /// copying site glues to its lines: the line is whole, and the digits are no start of the next
    /// line's date (8jflu9 + 2024年). A wrapped sentence (…增长5%。2023 + 年，) leaves no letters.
    private func isTrackingTag(_ tail: ArraySlice<Unicode.Scalar>) -> Bool {
        tail.count >= 3 && tail.count <= 12
            && tail.allSatisfy { ScalarText.isASCIIDigit($0) || ("a"..."z").contains($0) }
            && tail.contains(where: ScalarText.isASCIIDigit) && !tail.allSatisfy(ScalarText.isASCIIDigit)
    }

    /// No clause punctuation and short: a headline, kicker or author line; or a page's header line
    /// (a dateline, a source line: 发布时间：…　来源：…), which is never joined to the text after it.
    private func looksLikeHeading(_ t: [Unicode.Scalar]) -> Bool {
        // an enumerator opening a section heading (一、 （二） 3、) is no clause punctuation
        var start = 0
        while start < t.count && start < 4 && (ChineseNumeral.isNumeral(t[start]) || ScalarText.isASCIIDigit(t[start]) || t[start] == "(") { start += 1 }
        if start > 0, start < t.count, t[start] == "、" || t[start] == ")" { start += 1 } else { start = 0 }
        let t = Array(t[start...])
        guard !t.contains(where: { $0 == "，" || $0 == "," || $0 == "；" || $0 == ";" }) else { return false }
        // (a list's 、 inside a short line, no clause after it: a caption or a credit, 市委副书记、市长宁波致辞, 王丽娟、白赟;
        // a longer line with 、 is a list wrapped, the paragraph's first words)
        if t.contains("、"), t.count > Self.captionLength { return false }
        if t.count <= 60 { return true }
        return t.count <= 120 && (lexicon.datelineWords + lexicon.sourceWords).contains { ScalarText.find($0, in: t) != nil }
    }
}
