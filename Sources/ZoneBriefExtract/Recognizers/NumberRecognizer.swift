import Foundation
import ZoneBriefCore

/// A number with its unit, found in text: `约122亿元`, `1590万美元`, `3.5242万户`, `同比增长3%`.
public struct NumberSpan: Sendable, Hashable {
    /// Where the numeral starts (after any approx word before it) and where it ends.
    public var numberStart: Int
    public var numberEnd: Int
    /// The end of the whole span, after the unit and any approx word after it.
    public var end: Int
    /// Where an approx word before the number starts (== numberStart when there is none).
    public var start: Int
    /// Value in base units (yuan, dollars, counts, percentage numbers).
    public var value: Double
    /// The FACTS.md unit; nil for 个百分点 (percentage points).
    public var unit: FactUnit?
    public var approx: Approx?
    /// Written only in Chinese numerals (一百二十个).
    public var chineseOnly: Bool
    /// The upper end of a range (1万-5万元): not a figure on its own.
    public var isRangeEnd: Bool
    /// The unit is implied, not written (产值达12893.5亿: 亿 alone read as 亿元): money only where a
    /// money metric word names the figure.
    public var unitImplied = false
    /// A round figure written without digits after an approx word (突破千亿元): a milestone.
    public var isRound = false

    /// No figure, only a place in the text: where a metric word is sought to end (a growth word's
    /// start, a list break, a clause's end).
    static func mark(at i: Int) -> NumberSpan {
        NumberSpan(numberStart: i, numberEnd: i, end: i, start: i, value: 0, unit: nil, approx: nil, chineseOnly: false, isRangeEnd: false)
    }
}

/// Something that looks like a number but cannot be read (`1..2亿`, `亿亿元`).
public struct MalformedNumber: Sendable, Hashable {
    public var offset: Int
    public var text: String
}

/// Finds numbers followed by a unit of the lexicon. Spans only; values come from `ChineseNumeral`.
public final class NumberRecognizer: Sendable {
    public let lexicon: Lexicon
    private let numerals = ChineseNumeral.numeralSet
    private let openers = ChineseNumeral.openers
    /// First scalars of units and of approx words after a number, for a fast "nothing here".
    private let unitFirst: ScalarSet
    private let afterFirst: ScalarSet
    /// ASCII digits and Chinese numerals: where a number (or a malformed one) may begin.
    private let numberFirst: ScalarSet
    /// Rule characters of the lexicon as bitmaps: first scalars of the percent words (百分之),
    /// 多/余 inside a numeral, 一/两/几 as a lone article, last scalars of the range joiners and
    /// minus words (a fast "none ends before this number").
    private let percentFirst: ScalarSet
    private let overInside: ScalarSet
    private let loneArticles: ScalarSet
    private let joinerOrMinusLast: ScalarSet

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        unitFirst = ScalarSet(lexicon.units.compactMap { $0.text.first })
        afterFirst = ScalarSet(lexicon.approxAfter.compactMap { $0.word.first })
        percentFirst = ScalarSet(lexicon.rules.percentLeads.compactMap(\.first))
        overInside = ScalarSet(lexicon.rules.overInside)
        loneArticles = ScalarSet(lexicon.rules.loneArticles)
        joinerOrMinusLast = ScalarSet((lexicon.rules.rangeJoiners + lexicon.rules.minusWords).compactMap(\.last))
        var first = ChineseNumeral.numeralSet
        for d in UInt8(ascii: "0")...UInt8(ascii: "9") { first.insert(Unicode.Scalar(d)) }
        for u in lexicon.rules.percentLeads.compactMap(\.first) { first.insert(u) }
        numberFirst = first
    }

    /// Recognises numbers in a string (folding full-width forms first); for tests and tools.
    public func recognize(in text: String) -> [NumberSpan] {
        let t = Array(text.unicodeScalars).map(ScalarText.fold)
        var bad: [MalformedNumber] = []
        return recognize(t, malformed: &bad)
    }

    /// Every number with a unit in `t`, in order; unreadable number-like text goes to `malformed`.
    public func recognize(_ t: [Unicode.Scalar], malformed: inout [MalformedNumber]) -> [NumberSpan] {
        var out: [NumberSpan] = []
        var i = 0
        let n = t.count
        while i < n {
            i = numberFirst.firstIndex(in: t, from: i, to: n)   // skip what is neither digit nor numeral
            if i == n { break }
            let u = t[i]
            let isDigit = ScalarText.isASCIIDigit(u)
            let mayOpenPercent = percentFirst.contains(u)
            if !isDigit && !numerals.contains(u) && !mayOpenPercent { i += 1; continue }
            // 突破千亿元, 超百亿元: 百 or 千 opening a round figure right after an approx word (突破万亿元: or 万 before 亿);
            // 高新技术企业千余家, 百余个项目: or with 余 or 多 after it, then a unit, the approx word after the unit
            var opensRound = false
            if !isDigit, !openers.contains(u), i + 1 < n {
                let small = ChineseNumeral.smallUnit(u) != nil, large = ChineseNumeral.largeUnit(u)
                let next = t[i + 1], nextLarge = ChineseNumeral.largeUnit(next)
                let beforeLargerUnit = small && nextLarge != nil || large != nil && (nextLarge ?? 0) > (large ?? 0)
                let beforeOverThenUnit = (small || large == 1e4) && overInside.contains(next) && i + 2 < n && unitFirst.contains(t[i + 2])
                    && (i == 0 || !ChineseNumeral.isNumeral(t[i - 1]))
                opensRound = beforeLargerUnit && approxBefore(t, i).1 != nil || beforeOverThenUnit
            }
            let isNumeral = !isDigit && (openers.contains(u) || opensRound)
            let percentWord = mayOpenPercent ? lexicon.rules.percentLeads.first(where: { ScalarText.matches(t, at: i, $0) }) : nil
            let isPercentWord = percentWord != nil
            if !isDigit && !isNumeral && !isPercentWord {
                if let lu = ChineseNumeral.largeUnit(u), i + 1 < n, t[i + 1] == u, moneyFollows(t, i + 2) {
                    var j = i
                    while j < n, ChineseNumeral.largeUnit(t[j]) != nil { j += 1 }
                    malformed.append(MalformedNumber(offset: i, text: ScalarText.string(t[i..<min(n, j + 1)])))
                    _ = lu
                    i = j
                    continue
                }
                i += 1
                continue
            }
            // a number must not continue another number
            if i > 0, ScalarText.isASCIIDigit(t[i - 1]) || t[i - 1] == "." {
                i += 1
                continue
            }
            if let percentWord {
                let s = i + percentWord.count
                var j = s
                while j < n, ChineseNumeral.isNumeral(t[j]) || t[j] == "点" || t[j] == "點" || ScalarText.isASCIIDigit(t[j]) || t[j] == "."
                        || (t[j] == "," && ChineseNumeral.isThousandsGroup(t[...], after: j)) { j += 1 }
                if j > s, let v = ChineseNumeral.value(of: t[s..<j]) {
                    let (aStart, approx) = approxBefore(t, i)
                    out.append(NumberSpan(numberStart: i, numberEnd: j, end: j, start: aStart, value: v, unit: .percent,
                                          approx: approx, chineseOnly: true, isRangeEnd: false))
                }
                i = max(j, i + 1)
                continue
            }
            // the numeral: digits, separators, decimal point, Chinese digits and units, 多/余 inside (十余万)
            var j = i
            var approxInside: Approx? = nil
            var bad = false
            var spaceGroups = false   // 5 326 876: groups of three after spaces
            while j < n {
                let c = t[j]
                if ScalarText.isASCIIDigit(c) || ChineseNumeral.isNumeral(c) { j += 1; continue }
                if c == "," && ChineseNumeral.isThousandsGroup(t[...], after: j) && ScalarText.isASCIIDigit(t[j - 1]) { j += 1; continue }
                // 215.3 亿元: a space before 万 or 亿 still belongs to the number
                if ScalarText.isSpace(c) && c != "\t", j + 1 < n, ChineseNumeral.largeUnit(t[j + 1]) != nil, ScalarText.isASCIIDigit(t[j - 1]) { j += 1; continue }
                // 5 326户: a space before a group of three digits, after at most three digits
                if ScalarText.isSpace(c) && c != "\t", ChineseNumeral.isThousandsGroup(t[...], after: j), ScalarText.isASCIIDigit(t[j - 1]),
                   j - i <= 3 || spaceGroups { spaceGroups = true; j += 1; continue }
                // 11 0亿元, 17 5万亿元: one space between digits that run into 万 or 亿 is a lost decimal point on one
                // page (17.5万亿元) and a stray space on another (110亿元): no number can be read from it
                if ScalarText.isSpace(c) && c != "\t", ScalarText.isASCIIDigit(t[j - 1]), let k = Self.fewDigitsBeforeLargeUnit(t, from: j + 1) {
                    j = k; bad = true; break
                }
                if c == "." {
                    // (218. 5亿元: a space a page's layout put right after the point, the digits after it running into
                    // 万 or 亿; not 2. 5个项目, a list's number)
                    if j + 1 < n, ScalarText.isSpace(t[j + 1]), ScalarText.isASCIIDigit(t[j - 1]), Self.fewDigitsBeforeLargeUnit(t, from: j + 2) != nil { j += 2; continue }
                    if j + 1 < n && t[j + 1] == "." {
                        // 第2......: dots written as an ellipsis end the number; 12..5 is a broken one
                        var d = j
                        while d < n && t[d] == "." { d += 1 }
                        if d - j < 3 { bad = true }
                        break
                    }
                    if j + 1 < n && ScalarText.isASCIIDigit(t[j + 1]) && ScalarText.isASCIIDigit(t[j - 1]) { j += 1; continue }
                    break
                }
                if c == "点", j + 1 < n, ChineseNumeral.digit(t[j + 1]) != nil, ChineseNumeral.digit(t[j - 1]) != nil { j += 1; continue }
                if overInside.contains(c), j + 1 < n, ChineseNumeral.largeUnit(t[j + 1]) != nil || ChineseNumeral.smallUnit(t[j + 1]) != nil {
                    approxInside = .over
                    j += 1
                    continue
                }
                break
            }
            if bad {
                var k = j
                while k < n, ScalarText.isASCIIDigit(t[k]) || t[k] == "." || ChineseNumeral.isNumeral(t[k]) { k += 1 }
                while k < n, !ScalarText.isPunctuation(t[k]), k - j < 4 { k += 1 }
                malformed.append(MalformedNumber(offset: i, text: ScalarText.string(t[i..<k])))
                i = k
                continue
            }
            // a doubled large unit (5亿亿元) is not a number
            var k = i + 1
            var doubled = false
            while k < j { if ChineseNumeral.largeUnit(t[k]) != nil && t[k] == t[k - 1] { doubled = true }; k += 1 }
            if doubled {
                malformed.append(MalformedNumber(offset: i, text: ScalarText.string(t[i..<min(n, j + 1)])))
                i = j
                continue
            }
            // approx after the numeral (620多条), then the unit, then 以上/左右; spaces may stand
            // between a number and its unit (312.4 亿元, 新开工项目 21 个)
            var p = j
            while p < n && p - j < 2 && ScalarText.isSpace(t[p]) { p += 1 }
            if p < n, !unitFirst.contains(t[p]), !afterFirst.contains(t[p]) { p = j }
            var approx = approxInside
            if p < n, afterFirst.contains(t[p]), let (w, a) = lexicon.approxAfter.first(where: { ScalarText.matches(t, at: p, $0.word) }), w.count == 1 {
                p += w.count
                approx = approx ?? a
            }
            var found = p < n && unitFirst.contains(t[p]) ? lexicon.units.first(where: { ScalarText.matches(t, at: p, $0.text) }) : nil
            // (117亿项目开工: 项 opening the project noun is no counter)
            // (but 中粮光谷大悦城…等9项目: a plain count right after a list's end and before the project noun counts
            // the projects listed, the noun standing for its counter; not 完成3项目标任务, 3项 of 目标, nor 承接的863项目,
            // a programme's name)
            if let f = found, f.unit == .count, let project = lexicon.rules.projectNoun, ScalarText.matches(t, at: p, project) {
                let plainCount = !(j - 1 > i && lexicon.bareMultiplierUnits[t[j - 1]] != nil) && p == j
                    && lexicon.rules.listEnds.contains(where: { ScalarText.endsWith(t, at: i, $0) })
                    && !lexicon.shareNouns.contains(where: { ScalarText.matches(t, at: p + 1, $0) })
                found = plainCount ? Lexicon.UnitWord(text: [], unit: .count, factor: 1) : nil
            }
            // 20大项目: a counter that counts projects only
            if found == nil, p < n, lexicon.rules.projectOnlyCounters.contains(t[p]), projectNounFollows(t, p + 1) {
                found = Lexicon.UnitWord(text: [t[p]], unit: .count, factor: 1)
            }
            // 工业总产值达12893.5亿，…: a number ending in 亿 with no unit after it is money (implied)
            var implied = false
            if found == nil, j - 1 > i, let u = lexicon.bareMultiplierUnits[t[j - 1]] {
                found = Lexicon.UnitWord(text: [], unit: u, factor: 1)
                p = j
                implied = true
            }
            guard let unit = found else { i = j; continue }
            p += unit.text.count
            // 千亿级产业集群, 百亿元级: a class of size, not a figure
            if p < n, lexicon.rules.sizeClassMarks.contains(t[p]) { i = p; continue }
            // the value, only now that a unit says the number may matter
            // the value, exact: integer digits where the numeral is plain (108.8亿), else decimal
            // arithmetic (一百二十万); never a binary rounding of the digits
            let magnitude: Double
            if approxInside == nil, let d = ChineseNumeral.DecimalDigits(t[i..<j]), unit.factor == 1 || unit.factor == 100 {
                magnitude = d.double(times: unit.factor == 100 ? 2 : 0)
            } else {
                let digits = approxInside != nil || t[i..<j].contains(where: ScalarText.isSpace)
                    ? ArraySlice(t[i..<j].filter { !overInside.contains($0) && !ScalarText.isSpace($0) }) : t[i..<j]
                guard let exact = ChineseNumeral.exactValue(of: digits) else { i = j; continue }
                magnitude = ChineseNumeral.double(exact * unit.exactFactor)
            }
            let chineseOnly = !t[i..<j].contains(where: ScalarText.isASCIIDigit)
            if let (w, a) = lexicon.approxAfter.first(where: { ScalarText.matches(t, at: p, $0.word) }), w.count > 1 {
                p += w.count
                approx = approx ?? a
            }
            // one formal digit alone is a name's character (陆家嘴), not 6
            if chineseOnly && j - i == 1 && ChineseNumeral.formal.contains(t[i]) { i = j; continue }
            // a Chinese ordinal (第一个) or a lone 一/两 (一个项目: an article, not a figure)
            if chineseOnly && (lexicon.rules.ordinals.contains { ScalarText.endsWith(t, at: i, $0) } || (unit.unit == .count && j - i == 1 && loneArticles.contains(t[i]))) {
                i = j
                continue
            }
            let (aStart, before) = approxBefore(t, i)
            let afterMark = i > 0 && joinerOrMinusLast.contains(t[i - 1])
            let isRangeEnd = afterMark && lexicon.rules.rangeJoiners.contains { w in
                let k = i - w.count   // where the joiner starts: a number must end there
                return k > 0 && ScalarText.endsWith(t, at: i, w) && (ScalarText.isASCIIDigit(t[k - 1]) || ChineseNumeral.isNumeral(t[k - 1]))
            }
            // a minus sign: 负3.9%, -22.2% (a dash after a number is a range: 1-5)
            var sign = 1.0
            if afterMark && lexicon.rules.minusWords.contains(where: { ScalarText.endsWith(t, at: i, $0) })
                || (i > 0 && t[i - 1] == "-" && !isRangeEnd && !(i > 1 && ChineseNumeral.isNumeral(t[i - 2]))) { sign = -1 }
            out.append(NumberSpan(numberStart: i, numberEnd: j, end: p, start: aStart, value: sign * magnitude,
                                  unit: unit.unit, approx: before ?? approx, chineseOnly: chineseOnly, isRangeEnd: isRangeEnd,
                                  unitImplied: implied, isRound: opensRound))
            i = p
        }
        return out
    }

    /// The project noun at `i` or a few letters on, no punctuation between (项目, 重点项目, 产业项目).
    private func projectNounFollows(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        guard let noun = lexicon.rules.projectNoun else { return false }
        var k = i
        while k < t.count, k - i <= 4, !ScalarText.isPunctuation(t[k]), !ScalarText.isASCIIDigit(t[k]) {
            if ScalarText.matches(t, at: k, noun) { return true }
            k += 1
        }
        return false
    }

    private func moneyFollows(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        var j = i
        while j < t.count, ChineseNumeral.largeUnit(t[j]) != nil { j += 1 }
        return lexicon.rules.moneyUnits.contains { ScalarText.matches(t, at: j, $0) }
    }

    /// The approx word that ends where the number starts (约, 近, 超过), and where it starts.
    func approxBefore(_ t: [Unicode.Scalar], _ i: Int) -> (Int, Approx?) {
        for (w, a) in lexicon.approxBefore where ScalarText.endsWith(t, at: i, w) && lexicon.isApprox(w, in: t, endingAt: i) {
            // 近 in 近日/近年 is never before a number, so no further check is needed
            return (i - w.count, a)
        }
        return (i, nil)
    }

    /// Where one or two digits starting at `i` end, when 万 or 亿 follows them right away (218. 5亿, 11 0亿);
    /// nil otherwise.
    static func fewDigitsBeforeLargeUnit(_ t: [Unicode.Scalar], from i: Int) -> Int? {
        var k = i
        while k < t.count && k - i < 3 && ScalarText.isASCIIDigit(t[k]) { k += 1 }
        guard k > i, k - i <= 2, k < t.count, ChineseNumeral.largeUnit(t[k]) != nil else { return nil }
        return k
    }
}
