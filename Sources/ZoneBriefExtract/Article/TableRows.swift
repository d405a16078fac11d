import ZoneBriefCore

/// Reads tables that a page flattened into lines of text, turning each row into a sentence the
/// assembler reads like any other, while the fact's quote stays the row as the page wrote it.
///
/// ```
/// 一、地区生产总值（单位：亿元；增速：%）      a section: metric and unit of the rows below
/// 1. 襄阳高新区　1312.6　7.8                 → 襄阳高新区地区生产总值1312.6亿元，增长7.8%
/// 指标名称　　单位　　1-9月　　增长（%）       a header naming the columns
/// 地区生产总值　　亿元　　186.42　　3.1       → 1-9月地区生产总值186.42亿元，增长3.1%
/// 签约项目（个）　　6　　31　　+19.2%         (本月 累计 同比) → 6月签约项目6个。签约项目31个，增长19.2%
/// 成都高新区……………………612.3               dot leaders separate cells too
/// ```
///
/// Cells are separated by a tab, two spaces, an ideographic space, `|` or dot leaders. A row is a
/// label (a metric, or an entity of a ranking, after any rank number) followed by cells that are
/// numbers (`186.42`, `38,620`, `+19.2%`, `—` for none).
struct TableRows {
    let lexicon: Lexicon
    let entities: EntityRecognizer

    /// What the columns after the label hold, from a header row.
    enum Column {
        case unit, month, cumulative(period: [Unicode.Scalar]?), growth, other
        /// A column that names its own metric and unit (签约金额（亿元）), perhaps after its time (2023年GDP):
        /// rows of a ranking's entities.
        case metric(word: [Unicode.Scalar], unit: [Unicode.Scalar]?, period: [Unicode.Scalar]?)
    }
    private var columns: [Column]? = nil
    /// The metric word and unit a section heading gives its rows (一、地区生产总值（单位：亿元）).
    private var sectionWord: [Unicode.Scalar]? = nil
    private var sectionUnit: [Unicode.Scalar]? = nil
    private var sectionIsGrowth = false
    /// The time a section heading gives in brackets (二、招商引资签约情况（1-6月））.
    private var sectionPeriod: [Unicode.Scalar]? = nil
    /// The last month of the article's period, for 本月 columns (set from the headline by the caller).
    var currentMonth: Int? = nil
    /// The headline's months as written (1-6月), for the 累计 column of a table that also has 本月.
    var currentPeriod: [Unicode.Scalar]? = nil

    /// What the 累计 column means in a table that also has a 本月 column: January to the headline's
    /// month (a headline of 2023年9月 gives 2023年1-9月).
    private var yearToDate: [Unicode.Scalar]? {
        guard let cols = columns, cols.contains(where: { if case .month = $0 { return true }; return false }),
              let p = currentPeriod, let m = currentMonth else { return nil }
        if p.contains(where: { lexicon.rules.rangeJoiners.contains([$0]) }) { return p }
        var out: [Unicode.Scalar] = []
        if let y = p.firstIndex(of: CalendarMarks.year) { out = Array(p[...y]) }
        return out + Array("1-\(m)月".unicodeScalars)
    }

    /// The header words of the lexicon (`rule table-…`) and the columns they name, in order.
    private let headerWords: [(word: [Unicode.Scalar], column: Column?)]

    init(lexicon: Lexicon, entities: EntityRecognizer) {
        self.lexicon = lexicon
        self.entities = entities
        headerWords = lexicon.rules.tableHeaders.map { h in
            let column: Column?
            switch h.header {
            case .label: column = nil
            case .unit: column = .unit
            case .month: column = .month
            case .total: column = .cumulative(period: nil)
            case .growth: column = .growth
            }
            return (h.word, column)
        }
    }

    /// The result of looking at one line.
    enum Reading {
        /// Not a table line: read it as text.
        case text
        /// A header or section line: it sets the context and gives no paragraph of its own.
        case context
        /// A row: the sentence to read in its place.
        case row([Unicode.Scalar])
    }

    /// Reads one line (trimmed, folded).
    mutating func read(_ t: [Unicode.Scalar]) -> Reading {
        // (an ellipsis run is a dot leader here, not the end of a sentence)
        guard !t.isEmpty, !t.contains(where: { ScalarText.isSentenceEnd($0) && $0 != "…" }) else { reset(); return .text }
        var cells = Self.cells(t)
        // (a table whose cells one space parts: 地区生产总值 487.45 6.8, 指标名称 绝对额 同比)
        if cells.count == 1, let spaced = Self.spacedCells(t) { cells = spaced }
        if cells.count >= 2, let cols = headerColumns(cells) {
            columns = cols
            return .context
        }
        if cells.count >= 2, let row = rowSentence(cells) { return .row(row) }
        // 单位：亿元、% on a line of its own above a table: the unit of its rows' amounts
        if t.count <= 16, let w = lexicon.rules.tableUnitWords.first(where: { ScalarText.matches(t, at: 0, $0) }),
           w.count < t.count, t[w.count] == ":" || t[w.count] == "：", let u = unit(in: t), u != ["%"] {
            sectionUnit = u
            return .context
        }
        if cells.count == 1, let row = rankingLine(t) { return .row(row) }
        if t.count <= 48, !cells.dropFirst().contains(where: { Self.number($0) != nil }) {
            if setSection(t) { return .text }
            // 二、招商引资与创新（1-6月）: a new section, whose rows the last table's columns do not
            // describe; the time in its brackets dates them
            if Self.opensWithEnumerator(t) { columns = nil; sectionPeriod = bracketedTime(t); sectionUnit = unit(in: t) }
        }
        if cells.count == 1 && t.contains(where: { $0 == "，" || $0 == "," }) { reset() }
        return .text
    }

    mutating func reset() {
        columns = nil
        sectionPeriod = nil
        sectionWord = nil
        sectionUnit = nil
        sectionIsGrowth = false
    }

    /// The text in a line's brackets when it is a time (（1-6月）, （截至9月末）).
    private func bracketedTime(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let a = t.firstIndex(of: "(") else { return nil }
        let inside = Array(t[(a + 1)...].prefix(while: { $0 != ")" && !ScalarText.isClauseBreak($0) }))
        guard inside.contains(where: ScalarText.isASCIIDigit), inside.contains(CalendarMarks.month) || inside.contains(CalendarMarks.year) else { return nil }
        return inside
    }

    /// 一、, （二）, 3、: a section heading's enumerator.
    static func opensWithEnumerator(_ t: [Unicode.Scalar]) -> Bool {
        var k = 0
        if k < t.count, t[k] == "(" { k += 1 }
        let digits = k
        while k < t.count && k - digits < 3 && (ChineseNumeral.isNumeral(t[k]) || ScalarText.isASCIIDigit(t[k])) { k += 1 }
        return k > digits && k < t.count && (t[k] == "、" || t[k] == ")" || t[k] == ".")
    }

    // MARK: cells

    /// Whether a line is a cell of a table printed one cell a line (`2007年 |`): it ends in a cell's bar.
    static func isCellLine(_ t: [Unicode.Scalar]) -> Bool {
        guard let last = t.last(where: { !ScalarText.isSpace($0) }) else { return false }
        return last == "|" || last == "｜"
    }

    /// The cells of a line: runs of text between separators.
    static func cells(_ t: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var out: [[Unicode.Scalar]] = []
        var cur: [Unicode.Scalar] = []
        var i = 0
        func flush() { if !cur.isEmpty { out.append(cur); cur = [] } }
        while i < t.count {
            let u = t[i]
            if u == "\t" || u == "|" || u == "｜" || u == "\u{3000}" { flush(); i += 1; continue }
            if u == " " || u == "\u{A0}" {
                var j = i
                while j < t.count && (t[j] == " " || t[j] == "\u{A0}") { j += 1 }
                if j - i >= 2 { flush() } else { cur.append(u) }
                i = j
                continue
            }
            if u == "…" || u == "·" || u == "." && i + 1 < t.count && t[i + 1] == "." {
                var j = i
                while j < t.count && (t[j] == "…" || t[j] == "·" || t[j] == ".") { j += 1 }
                if j - i >= 2 || u == "…" { flush(); i = j; continue }
            }
            cur.append(u)
            i += 1
        }
        flush()
        return out.map { c in
            var c = c
            while let l = c.last, ScalarText.isSpace(l) { c.removeLast() }
            while let f = c.first, ScalarText.isSpace(f) { c.removeFirst() }
            return c
        }.filter { !$0.isEmpty }
    }

    /// The cells of a line whose cells one space parts, as a page's table lost its layout: a label
    /// (perhaps after its enumerator: (一) 地区生产总值) then numbers or `--` (地区生产总值 487.45 6.8), or
    /// short names of columns (指标名称 绝对额 同比); nil for a line of text with a space in it.
    static func spacedCells(_ t: [Unicode.Scalar]) -> [[Unicode.Scalar]]? {
        guard t.contains(" "), !t.contains(where: { ScalarText.isClauseBreak($0) || ScalarText.isSentenceEnd($0) }) else { return nil }
        var words = t.split(separator: " ").map(Array.init)
        // ((一) 地区生产总值 487.45 6.8: the row's enumerator alone is no part of its label)
        if words.count >= 3, Self.isEnumerator(words[0]) { words.removeFirst() }
        guard words.count >= 2 else { return nil }
        // a row: the words before the first number are the label, every word after it a number
        if let first = words.firstIndex(where: { number($0) != nil }), first > 0, words[first...].allSatisfy({ number($0) != nil }) {
            return [Array(words[..<first].joined())] + Array(words[first...])
        }
        // a header: short words, none a number
        return words.allSatisfy({ $0.count <= 8 && !$0.contains(where: ScalarText.isASCIIDigit) }) ? words : nil
    }

    /// (一), 一、, 3.: an enumerator and nothing else.
    static func isEnumerator(_ w: [Unicode.Scalar]) -> Bool {
        var core = w
        if core.first == "(" && core.last == ")" { core = Array(core.dropFirst().dropLast()) } else if let l = core.last, l == "、" || l == "." { core.removeLast() } else { return false }
        return !core.isEmpty && core.count <= 3 && core.allSatisfy { ChineseNumeral.isNumeral($0) || ScalarText.isASCIIDigit($0) }
    }

    /// A numeric cell's text as it can follow a metric word: `186.42`, `38,620`, `-2.7`; nil for
    /// `—` (no figure) and for text.
    private static func number(_ c: [Unicode.Scalar]) -> (digits: [Unicode.Scalar], percent: Bool)?? {
        if c.allSatisfy({ $0 == "-" || $0 == "—" || $0 == "/" || $0 == "－" }) { return .some(nil) }
        var d = c
        var percent = false
        if d.last == "%" { d.removeLast(); percent = true }
        if d.first == "+" { d.removeFirst() }
        guard !d.isEmpty, d.contains(where: ScalarText.isASCIIDigit),
              d.allSatisfy({ ScalarText.isASCIIDigit($0) || $0 == "." || $0 == "," || ($0 == "-" && $0 == d.first) }) else { return nil }
        return .some((d, percent))
    }

    // MARK: headers

    /// A header row names its columns (指标 本月 累计 同比); nil when the cells are not headers.
    private func headerColumns(_ cells: [[Unicode.Scalar]]) -> [Column]? {
        var cols: [Column] = []
        var known = 0
        for (k, c) in cells.enumerated() {
            // every cell of a header is short: a column's name, perhaps with its unit (增长（%）)
            let name = Array(c.prefix(while: { $0 != "(" }))
            guard name.count <= 8 else { return nil }
            // 签约项目（个）, 签约金额（亿元）: the column is a metric of its own; 2023年GDP: of its own time
            // too, which the rows' figures take over the page's
            let time = Self.leadingTime(name)
            let word = Array(name[time.count...])
            if k > 0, let w = lexicon.metricWords.first(where: { $0.second == nil && !$0.outOfScope && $0.first == word }) {
                known += 1
                let inside = c.count > name.count + 1 ? Array(c[(name.count + 1)...].prefix(while: { $0 != ")" })) : []
                cols.append(.metric(word: w.first, unit: inside.isEmpty ? nil : inside, period: time.isEmpty ? nil : time))
                continue
            }
            guard name.count <= 6 else { return nil }
            if let h = headerWords.first(where: { ScalarText.find($0.word, in: name) != nil }) {
                known += 1
                // label headers (排名 高新区 …) name the label, which may span two cells
                // (a line of value columns alone, 绝对额 同比 under 序号 指标名称 高新区: the header's second line)
                if let column = h.column { cols.append(column) } else if k > 0 && !cols.isEmpty { cols.append(.other) }
                continue
            }
            // a period as a column: 1-9月, 2023年
            if c.contains(CalendarMarks.month) || c.contains(CalendarMarks.year), c.contains(where: ScalarText.isASCIIDigit), c.count <= 10,
               c.allSatisfy({ u in ScalarText.isASCIIDigit(u) || u == CalendarMarks.month || u == CalendarMarks.year || u == "-"
                   || lexicon.rules.rangeJoiners.contains([u]) || lexicon.rules.monthSuffixes.contains([u]) }) {
                known += 1
                if k > 0 { cols.append(.cumulative(period: c)) }
                continue
            }
            // 总产值, 到位资金: a value column named by (part of) a metric word
            if k > 0, name.count >= 2, lexicon.metricWords.contains(where: { w in
                w.second == nil && !w.outOfScope && (ScalarText.endsWith(w.first, at: w.first.count, name) || ScalarText.find(w.first, in: name) != nil)
            }) {
                known += 1
                cols.append(.cumulative(period: nil))
                continue
            }
            if k > 0 { return nil }
        }
        return known >= 2 ? cols : nil
    }

    /// The time a header cell opens with (2023年 of 2023年GDP, 1-9月 of 1-9月产值): digits and the marks
    /// of a period, ending with 年 or 月; empty when the cell opens otherwise.
    private static func leadingTime(_ c: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var k = 0, end = 0
        while k < c.count, ScalarText.isASCIIDigit(c[k]) || c[k] == "-" || c[k] == "—" || c[k] == "~" || c[k] == CalendarMarks.year || c[k] == CalendarMarks.month {
            if c[k] == CalendarMarks.year || c[k] == CalendarMarks.month { end = k + 1 }
            k += 1
        }
        return end > 0 && c[..<end].contains(where: ScalarText.isASCIIDigit) ? Array(c[..<end]) : []
    }

    /// A section heading whose rows give one metric (一、地区生产总值（单位：亿元；增速：%）).
    private mutating func setSection(_ t: [Unicode.Scalar]) -> Bool {
        // a table's section heading declares its unit or opens with an enumerator (一、 表二 1.);
        // other short lines (headlines, kickers) are not looked at further
        guard t.contains("(") || t.first.map({ ChineseNumeral.isNumeral($0) || ScalarText.isASCIIDigit($0) }) == true
                || lexicon.rules.sectionCues.contains(where: { ScalarText.find($0, in: t) != nil }) else { return false }
        // the metric word ending last in the heading
        var best: [Unicode.Scalar]? = nil, bestEnd = -1
        for w in lexicon.metricWords where w.second == nil && !w.outOfScope {
            if let k = ScalarText.findLast(w.first, in: t, from: 0, to: t.count) {
                let e = k + w.first.count
                if e > bestEnd || (e == bestEnd && w.first.count > best!.count) { best = w.first; bestEnd = e }
            }
        }
        guard let word = best else { return false }
        sectionWord = word
        let rest = Array(t[bestEnd...])
        sectionIsGrowth = lexicon.rules.sectionGrowthWords.contains { ScalarText.matches(rest, at: 0, $0) }
        sectionUnit = unit(in: t)
        columns = nil
        return true
    }

    /// The unit a heading declares: `单位：亿元`, `（万美元）`, `（%）`.
    func unit(in t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        if let label = lexicon.rules.tableUnitWords.first(where: { ScalarText.find($0, in: t) != nil }), let k = ScalarText.find(label, in: t) {
            var j = k + label.count
            while j < t.count && (t[j] == "：" || t[j] == ":" || ScalarText.isSpace(t[j])) { j += 1 }
            var u: [Unicode.Scalar] = []
            while j < t.count && ScalarText.isHan(t[j]) || j < t.count && t[j] == "%" { u.append(t[j]); j += 1 }
            if !u.isEmpty { return u }
        }
        var i = 0
        while i < t.count {
            if t[i] == "(" {
                var j = i + 1
                var u: [Unicode.Scalar] = []
                while j < t.count && t[j] != ")" { u.append(t[j]); j += 1 }
                if !u.isEmpty, u.count <= 4, u == ["%"] || lexicon.rules.cellUnits.contains(where: { ScalarText.endsWith(u, at: u.count, $0) }) { return u }
                i = j
            }
            i += 1
        }
        return nil
    }

    // MARK: rows

    /// Strips a rank number before the label: `1.`, `1、`, `①`, `(1)`, `1` as a cell of its own.
    private static func withoutRank(_ cells: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
        var cells = cells
        guard var first = cells.first else { return cells }
        if first.allSatisfy(ScalarText.isASCIIDigit), cells.count > 2 { cells.removeFirst(); return cells }
        if let u = first.first, (0x2460...0x2473).contains(u.value) { first.removeFirst() }
        var k = 0
        while k < first.count && ScalarText.isASCIIDigit(first[k]) { k += 1 }
        if k > 0 && k < first.count && (first[k] == "." || first[k] == "、" || first[k] == ")") { first.removeFirst(k + 1) }
        while let f = first.first, ScalarText.isSpace(f) { first.removeFirst() }
        cells[0] = first
        return cells
    }

    /// A row of a table: label, then numeric cells.
    private func rowSentence(_ rawCells: [[Unicode.Scalar]]) -> [Unicode.Scalar]? {
        let cells = Self.withoutRank(rawCells)
        guard cells.count >= 2, let label = cells.first, label.contains(where: ScalarText.isHan),
              !label.contains(where: ScalarText.isASCIIDigit) || label.count > 4 else { return nil }
        var numbers: [(digits: [Unicode.Scalar], percent: Bool)?] = []   // one per cell after the label
        var unitCell: [Unicode.Scalar]? = nil
        // (a note in brackets after a cell's figure, 4.6%（预估数）: the marker it holds, 预估, says the row's kind)
        var noted: [Unicode.Scalar] = []
        for (k, cell) in cells.dropFirst().enumerated() {
            var c = cell
            if c.last == ")", let open = c.lastIndex(of: "("), open > 0, ScalarText.isASCIIDigit(c[open - 1]) || c[open - 1] == "%" {
                let note = Array(c[(open + 1)..<(c.count - 1)])
                if noted.isEmpty, let m = lexicon.kindMarkers.first(where: { ScalarText.find($0.word, in: note) != nil }) { noted = m.word }
                c = Array(c[..<open])
            }
            if let n = Self.number(c) { numbers.append(n); continue }
            // 新签约项目……27个, 协议总投资……138.4亿元: a figure with its unit in one cell
            if let split = c.firstIndex(where: { !(ScalarText.isASCIIDigit($0) || $0 == "." || $0 == ",") }), split > 0,
               isUnitWord(Array(c[split...])), let n = Self.number(Array(c[..<split])) {
                numbers.append(n)
                if unitCell == nil { unitCell = Array(c[split...]) }
                continue
            }
            // a unit column (亿元, 个) in a table with a 单位 header
            if let cols = columns, k < cols.count, case .unit = cols[k] { unitCell = c; numbers.append(nil); continue }
            if numbers.isEmpty, isUnitWord(c) { unitCell = c; continue }
            // 产值 82.5　增长 13.6%: cells that name their figure; the row reads as written
            if let worded = wordedCells(label: label, cells: Array(cells.dropFirst())) { return worded }
            return nil
        }
        guard numbers.contains(where: { $0 != nil }) else { return nil }
        // the label: a metric (with a unit in brackets), or an entity of a ranking
        var name = label
        var unit = unitCell ?? sectionUnit
        var when: [Unicode.Scalar] = []
        if let bracket = name.firstIndex(of: "(") {
            let inside = Array(name[(bracket + 1)...].prefix(while: { $0 != ")" }))
            if isUnitWord(inside) || inside == ["%"] { unit = inside } else if inside.contains(CalendarMarks.month) || inside.contains(CalendarMarks.year) {
                when = inside   // 有效发明专利拥有量（截至9月末）: the row's own time
            }
            name = Array(name[..<bracket])
        }
        let mentions = entities.recognize(name)
        // (全省高新区合计: a total row of the entities above)
        let isEntity = mentions.first.map { $0.start == 0 && (name.count - $0.end <= 1
            || lexicon.rules.sumWords.contains { ScalarText.endsWith(name, at: name.count, $0) && name.count - $0.count == mentions[0].end }) } ?? false
        // (an entity's row takes its metric from the section, or from the columns that name their own)
        let sectionPrefix: [Unicode.Scalar]? = isEntity ? sectionWord.map { name + $0 } : name
        // a ranking whose columns name their metrics: 西安高新区　86　1,126.4 → 西安高新区签约项目86个，签约金额1126.4亿元
        if let cols = columns, cols.contains(where: { if case .metric = $0 { return true }; return false }) {
            // (a column of its own time, 2023年GDP | 增速: each figure a sentence of that time, with the growth
            // column right after it)
            if cols.contains(where: { if case .metric(_, _, _?) = $0 { return true }; return false }) {
                var out: [Unicode.Scalar] = []
                for (k, (col, n)) in zip(cols, numbers).enumerated() {
                    guard case .metric(let word, let u, let p) = col, let n else { continue }
                    if let t = p ?? (when.isEmpty ? sectionPeriod : when) { out += t + ["，"] }
                    out += name + noted + word + n.digits + (n.percent ? ["%"] : (u ?? unitCell ?? []))
                    if k + 1 < cols.count, k + 1 < numbers.count, case .growth = cols[k + 1], let g = numbers[k + 1] {
                        out += ["，"] + growthWritten(g.digits)
                    }
                    out.append("。")
                }
                return out.isEmpty ? nil : out
            }
            var parts: [[Unicode.Scalar]] = []
            for (col, n) in zip(cols, numbers) {
                guard case .metric(let word, let u, _) = col, let n else { continue }
                parts.append(word + n.digits + (n.percent ? ["%"] : (u ?? [])))
            }
            guard !parts.isEmpty else { return nil }
            var out = (when.isEmpty ? sectionPeriod.map { $0 + ["，"] } ?? [] : when + ["，"]) + name
            for (k, part) in parts.enumerated() { if k > 0 { out.append("，") }; out += part }
            out.append("。")
            return out
        }
        guard let prefix = sectionPrefix.map({ noted + $0 }) else { return nil }
        let growthIsMain = isEntity && sectionIsGrowth
        var out: [Unicode.Scalar] = []
        func add(_ s: String) { out += Array(s.unicodeScalars) }
        func figure(_ n: (digits: [Unicode.Scalar], percent: Bool), growth: Bool) -> [Unicode.Scalar] {
            if growth || n.percent || growthIsMain { return growthWritten(n.digits) }
            return n.digits + (unit ?? [])
        }
        // which numbers are which: by the header's columns, else value then growth
        var kinds: [Column] = []
        if let cols = columns, cols.count >= numbers.count { kinds = Array(cols.prefix(numbers.count)) }
        let values = numbers.compactMap { $0 }
        if kinds.count < numbers.count {
            kinds = numbers.enumerated().map { k, _ in k == 0 && numbers.count > 1 || numbers.count == 1 ? Column.cumulative(period: nil) : Column.growth }
            if numbers.count == 1, values.first?.percent == true { kinds = [.growth] }
        }
        // columns of periods (2002年 | 2003年 | …): a sentence for each
        let periodCells: [([Unicode.Scalar], (digits: [Unicode.Scalar], percent: Bool))] = zip(kinds, numbers).compactMap { kind, n in
            guard case .cumulative(let p?) = kind, let n else { return nil }
            return (p, n)
        }
        if periodCells.count > 1 {
            for (p, n) in periodCells { out += p; add("，"); out += prefix + figure(n, growth: false); add("。") }
            return out
        }
        var main: [Unicode.Scalar] = []
        var growthPart: [Unicode.Scalar] = []
        var monthPart: [Unicode.Scalar] = []
        var period: [Unicode.Scalar]? = nil
        let usable = zip(kinds, numbers).filter { $0.1 != nil }.map { ($0.0, $0.1!) }
        for (kind, n) in usable {
            switch kind {
            case .cumulative(let p): if main.isEmpty { main = figure(n, growth: false); period = p }
            case .growth: if growthPart.isEmpty { growthPart = figure(n, growth: true) }
            case .month: if monthPart.isEmpty { monthPart = figure(n, growth: false) }
            case .unit, .other, .metric: break
            }
        }
        if let m = currentMonth, !monthPart.isEmpty {
            add("\(m)月"); out += prefix + monthPart; add("。")
        }
        if main.isEmpty && growthPart.isEmpty { return out.isEmpty ? nil : out }
        if !when.isEmpty { out += when; add("，") } else if let period { out += period; add("，") } else if let p = yearToDate {
            out += p; add("，")   // 本月 beside 累计: 累计 runs from January to the headline's month
        }
        if growthIsMain {
            out += prefix + (main.isEmpty ? growthPart : main)
        } else if main.isEmpty {
            out += prefix + growthPart
        } else {
            out += prefix + main
            if !growthPart.isEmpty { add("，"); out += growthPart }
        }
        add("。")
        return out
    }

    /// A growth rate's cell written out for the sentence: 12.8 → 增长12.8%, -3.1 → 下降3.1% (`rule table-rise`, `table-fall`).
    private func growthWritten(_ digits: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let negative = digits.first == "-"
        return ((negative ? lexicon.rules.fallWord : lexicon.rules.riseWord) ?? []) + (negative ? Array(digits.dropFirst()) : digits) + ["%"]
    }

    /// A row whose cells name their figures (`电子信息产业　产值 82.5　增长 13.6%`): the label, then
    /// each cell's word and number, with the section's unit after a plain amount and % after a
    /// growth word (a growth word of the rules: table-rise, table-fall, table-growth).
    private func wordedCells(label: [Unicode.Scalar], cells: [[Unicode.Scalar]]) -> [Unicode.Scalar]? {
        var out = (sectionPeriod.map { $0 + ["，"] } ?? []) + label
        var any = false
        let growthWords = [lexicon.rules.riseWord, lexicon.rules.fallWord].compactMap { $0 } + lexicon.rules.tableHeaders.filter { $0.header == .growth }.map(\.word)
        for (k, c) in cells.enumerated() {
            guard let split = c.firstIndex(where: { ScalarText.isASCIIDigit($0) || $0 == "-" || $0 == "+" }), split > 0,
                  Array(c[..<split]).allSatisfy({ ScalarText.isHan($0) || ScalarText.isSpace($0) }),
                  let n = Self.number(Array(c[split...])), let n else { return nil }
            let word = Array(c[..<split]).filter { !ScalarText.isSpace($0) }
            let isGrowth = n.percent || growthWords.contains { ScalarText.find($0, in: word) != nil }
            if k > 0 { out.append("，") }
            out += word + n.digits + (isGrowth ? ["%"] : (sectionUnit ?? []))
            any = true
        }
        guard any else { return nil }
        return out + ["。"]
    }

    /// `① 德阳高新区：增长28.4%` under a section heading: the entity, then its figure.
    private func rankingLine(_ t: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let word = sectionWord else { return nil }
        var cells = Self.withoutRank([t])
        let ranked = cells[0].count < t.count
        let line = cells.removeFirst()
        let mentions = entities.recognize(line)
        guard let m = mentions.first, m.start == 0, m.end < line.count else { return nil }
        // without a rank, only `entity：number` (抚州高新区：8,960)
        guard ranked || (line[m.end] == "：" || line[m.end] == ":") && Self.number(Array(line[(m.end + 1)...])).flatMap({ $0 }) != nil else { return nil }
        var rest = Array(line[m.end...])
        while let f = rest.first, f == "：" || f == ":" || ScalarText.isSpace(f) { rest.removeFirst() }
        guard rest.contains(where: ScalarText.isASCIIDigit) else { return nil }
        if !rest.contains(where: ScalarText.isHan), let n = Self.number(rest), let n {
            let u = n.percent || sectionIsGrowth ? (lexicon.rules.riseWord ?? []) + n.digits + ["%"] : n.digits + (sectionUnit ?? [])
            return Array(line[..<m.end]) + word + u + ["。"]
        }
        return Array(line[..<m.end]) + word + rest + ["。"]
    }

    private func isUnitWord(_ c: [Unicode.Scalar]) -> Bool {
        c.count <= 4 && (c.last == "%" || lexicon.rules.cellUnits.contains { ScalarText.endsWith(c, at: c.count, $0) })
    }
}
