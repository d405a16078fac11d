/// Helpers for working on arrays of Unicode scalars: the extractor's text form (fast, no
/// grapheme breaking, one index per character of Chinese text).
enum ScalarText {
    /// CJK unified ideographs (basic block and extension A).
    @inline(__always) static func isHan(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }

    @inline(__always) static func isASCIIDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
    /// A Latin capital (A股, IT企业: letters a count's noun may hold).
    @inline(__always) static func isASCIICapital(_ u: Unicode.Scalar) -> Bool { u.value >= 0x41 && u.value <= 0x5A }

    @inline(__always) static func isLatin(_ u: Unicode.Scalar) -> Bool {
        (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A)
    }

    @inline(__always) static func isSpace(_ u: Unicode.Scalar) -> Bool {
        if u.value > 0x3000 && u.value < 0xFEFF { return false }   // fast path: CJK text
        return u == " " || u == "\t" || u.value == 0x3000 || u.value == 0xA0 || u.value == 0xFEFF || u == "\r" || u.value == 0x0C
    }

    /// Folds full-width digits, letters and a few signs to ASCII, one scalar for one scalar, so
    /// offsets in the folded text are offsets in the original.
    @inline(__always) static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar {
        let v = u.value
        // fast path: ASCII and the like have nothing to fold; CJK only traditional characters
        if v < 0x2013 || v > 0xFF5E { return u }
        if v >= TraditionalScript.lower && v <= TraditionalScript.upper { return TraditionalScript.simplified(u) }
        if v > 0x2212 && v < 0xFF05 { return u }
        switch v {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return Unicode.Scalar(v - 0xFEE0)!
        case 0xFF0E: return "."   // ．
        case 0xFF05: return "%"   // ％
        case 0xFF08: return "("   // （
        case 0xFF09: return ")"   // ）
        case 0xFF0D, 0x2014, 0x2013, 0xFF5E, 0x2212: return "-"   // －, —, –, ～, −
        case 0x2015: return "-"
        default: return u
        }
    }

    /// Whether `word` occurs in `text` at `i`.
    @inline(__always) static func matches(_ text: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i + word.count <= text.count else { return false }
        var k = 0
        while k < word.count {
            if text[i + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `word` ends in `text` exactly at `end` (exclusive).
    @inline(__always) static func endsWith(_ text: [Unicode.Scalar], at end: Int, _ word: [Unicode.Scalar]) -> Bool {
        matches(text, at: end - word.count, word)
    }

    /// The first index ≥ `from` and < `to` where `word` starts.
    static func find(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int? {
        let limit = (to ?? text.count) - word.count
        guard !word.isEmpty, from <= limit else { return nil }
        var i = from
        let first = word[0]
        while i <= limit {
            if text[i] == first && matches(text, at: i, word) { return i }
            i += 1
        }
        return nil
    }

    /// The first index in `from..<to` where one of `words` starts and ends by `to`, `starts` being the set of
    /// their first scalars: one pass over the text however many words there are. (The earliest of each
    /// word's `find`.)
    static func findAny(_ words: [[Unicode.Scalar]], starts: ScalarSet, in text: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int? {
        let to = to ?? text.count
        var i = starts.firstIndex(in: text, from: from, to: to)
        while i < to {
            for w in words where !w.isEmpty && i + w.count <= to && matches(text, at: i, w) { return i }
            i = starts.firstIndex(in: text, from: i + 1, to: to)
        }
        return nil
    }

    /// The last index in `from..<to` (word entirely inside) where `word` starts.
    static func findLast(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int = 0, to: Int) -> Int? {
        var i = to - word.count
        guard !word.isEmpty else { return nil }
        while i >= from {
            if matches(text, at: i, word) { return i }
            i -= 1
        }
        return nil
    }

    /// A String of the scalars, its UTF-8 written straight into the string's storage (no
    /// intermediate buffer; short names stay small strings without any allocation).
    static func string(_ s: some Collection<Unicode.Scalar>) -> String {
        var size = 0
        for u in s { size += utf8Length(u) }
        return String(unsafeUninitializedCapacity: size) { buf in
            var o = 0
            for u in s {
                let v = u.value
                switch v {
                case 0..<0x80:
                    buf[o] = UInt8(v); o += 1
                case 0x80..<0x800:
                    buf[o] = UInt8(0xC0 | (v >> 6)); buf[o + 1] = UInt8(0x80 | (v & 0x3F)); o += 2
                case 0x800..<0x10000:
                    buf[o] = UInt8(0xE0 | (v >> 12)); buf[o + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[o + 2] = UInt8(0x80 | (v & 0x3F)); o += 3
                default:
                    buf[o] = UInt8(0xF0 | (v >> 18)); buf[o + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[o + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buf[o + 3] = UInt8(0x80 | (v & 0x3F)); o += 4
                }
            }
            return o
        }
    }

    /// Bytes of a scalar in UTF-8.
    @inline(__always) static func utf8Length(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }

    /// The scalars without leading and trailing spaces.
    static func trimmed(_ s: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var a = s.startIndex, b = s.endIndex
        while a < b && isSpace(s[a]) { a += 1 }
        while b > a && isSpace(s[b - 1]) { b -= 1 }
        return s[a..<b]
    }

    /// Sentence ends as a set (for `ScalarSet.firstIndex`); the same scalars as `isSentenceEnd`.
    static let sentenceEnds = ScalarSet("。！？!?…".unicodeScalars)

    /// Sentence ends.
    @inline(__always) static func isSentenceEnd(_ u: Unicode.Scalar) -> Bool {
        if u.value > 0x3002 && u.value < 0xFF01 { return false }   // fast path: CJK text
        return u == "。" || u == "！" || u == "？" || u == "!" || u == "?" || u == "…"
    }

    /// An exclamation mark, full-width or not.
    @inline(__always) static func isExclamation(_ u: Unicode.Scalar) -> Bool { u == "！" || u == "!" }

    /// Clause separators inside a sentence (、 is not one: it separates list items).
    @inline(__always) static func isClauseBreak(_ u: Unicode.Scalar) -> Bool {
        if u.value > 0x3B && u.value < 0xFF0C { return false }   // fast path: CJK text
        return u == "，" || u == "," || u == "；" || u == ";" || u == "：" || u == ":"
    }

    @inline(__always) static func isListBreak(_ u: Unicode.Scalar) -> Bool { u == "、" }

    /// The marks between clauses and sentences (，。；：、！？ and the ASCII , ;): a space beside one is
    /// layout. (Not the ASCII full stop and colon, which are also a decimal point and a clock's.)
    @inline(__always) static func isTextPunctuation(_ u: Unicode.Scalar) -> Bool {
        u == "，" || u == "。" || u == "；" || u == "：" || u == "、" || u == "," || u == ";" || u == "！" || u == "？"
    }

    /// Marks that close a quotation or a title (”, 」, 』, ’, ", 》).
    @inline(__always) static func isClosingQuote(_ u: Unicode.Scalar) -> Bool {
        u == "”" || u == "」" || u == "』" || u == "’" || u == "\"" || u == "》"
    }

    /// Marks that open a quotation or a title (“, 「, 『, ‘, ", 《).
    @inline(__always) static func isOpeningQuote(_ u: Unicode.Scalar) -> Bool {
        u == "“" || u == "「" || u == "『" || u == "‘" || u == "\"" || u == "《"
    }

    /// Separators of a sentence's parallel items (；): each item speaks for itself.
    @inline(__always) static func isItemBreak(_ u: Unicode.Scalar) -> Bool { u == "；" || u == ";" }

    /// Whether `t` opens with one of `labels` and a colon (来源:川观新闻, 文章标题：…).
    static func opensWithLabel(_ t: [Unicode.Scalar], _ labels: [[Unicode.Scalar]]) -> Bool {
        labels.contains { w in matches(t, at: 0, w) && t.count > w.count && (t[w.count] == ":" || t[w.count] == "：") }
    }

    /// Where the clause holding `i` starts: after the last clause break or sentence end before it
    /// (not before `lo`).
    static func clauseStart(_ t: [Unicode.Scalar], before i: Int, from lo: Int = 0) -> Int {
        var c = i
        while c > lo && !isClauseBreak(t[c - 1]) && !isSentenceEnd(t[c - 1]) { c -= 1 }
        return c
    }

    /// Where the clause holding `i` ends: at the next clause break or sentence end (or the text's end).
    static func clauseEnd(_ t: [Unicode.Scalar], from i: Int) -> Int {
        var e = i
        while e < t.count && !isClauseBreak(t[e]) && !isSentenceEnd(t[e]) { e += 1 }
        return e
    }

    static func isPunctuation(_ u: Unicode.Scalar) -> Bool {
        isSentenceEnd(u) || isClauseBreak(u) || isListBreak(u) || u == "“" || u == "”" || u == "\"" || u == "《" || u == "》"
            || u == "(" || u == ")" || u == "「" || u == "」" || u == "『" || u == "』" || u == "‘" || u == "’" || u == "·"
            || u == "—" || u == "-" || u == "/" || u == "|" || isSpace(u)
    }
}
