/// The little of PDF's syntax (ISO 32000-1, 7.2–7.3) `PDFMerger` reads and rewrites, on bytes.
enum Syntax {
    static let headerCell = Array("<< /Type /StructElem\n   /S /TH\n".utf8)
    static let figure = Array("<< /Type /StructElem\n   /S /Figure\n".utf8)
    static let dictEnd = Array(">>".utf8)
    private static let structParents = Array("/StructParents".utf8), structParent = Array("/StructParent".utf8)
    private static let stream = Array("stream".utf8), obj = Array("obj".utf8)

    static func isWhite(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0 }
    static func isDelimiter(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default: return false
        }
    }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// Copies the object text `b[from..<to]` to `out` with every reference `N G R` made `map(N) G R`
    /// and the number after `/StructParents` or `/StructParent` moved by `keyOffset`; strings,
    /// names and comments are copied as they are. Stops at the keyword `stream` and returns where
    /// it starts (the stream's data is not PDF syntax), else returns nil.
    @discardableResult
    static func rewrite(_ b: [UInt8], from: Int = 0, to: Int? = nil, into out: inout [UInt8], keyOffset: Int, map: (Int) -> Int) -> Int? {
        let to = to ?? b.count
        var i = from
        // Bytes before `copied` are in `out`; what is not changed is copied in runs.
        var copied = from
        var afterKey = false
        while i < to {
            let c = b[i]
            if isWhite(c) {
                i += 1
                continue
            }
            let start = i
            switch c {
            case UInt8(ascii: "%"):
                while i < to, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
                continue
            case UInt8(ascii: "("), UInt8(ascii: "<"):
                if c == UInt8(ascii: "<"), i + 1 < to, b[i + 1] == UInt8(ascii: "<") {
                    i += 2
                } else {
                    _ = string(b, &i, limit: to)
                }
            case UInt8(ascii: "/"):
                i += 1
                while i < to, !isWhite(b[i]), !isDelimiter(b[i]) { i += 1 }
                afterKey = equal(b, start, i, structParents) || equal(b, start, i, structParent)
                continue
            case 48...57:
                var n = 0
                while i < to, isDigit(b[i]) {
                    n = n &* 10 &+ Int(b[i] - 48)
                    i += 1
                }
                if i < to, !isWhite(b[i]), !isDelimiter(b[i]) {
                    // A real number.
                    while i < to, !isWhite(b[i]), !isDelimiter(b[i]) { i += 1 }
                } else if let r = referenceEnd(b, from: i, to: to) {
                    out.append(contentsOf: b[copied..<start])
                    appendNumber(map(n), to: &out)
                    copied = i
                    i = r
                } else if afterKey {
                    out.append(contentsOf: b[copied..<start])
                    appendNumber(n + keyOffset, to: &out)
                    copied = i
                }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                while i < to, !isWhite(b[i]), !isDelimiter(b[i]) { i += 1 }
                if equal(b, start, i, stream) {
                    out.append(contentsOf: b[copied..<start])
                    return start
                }
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                i += 1
                while i < to, !isWhite(b[i]), !isDelimiter(b[i]) { i += 1 }
            default:
                i += 1
            }
            afterKey = false
        }
        out.append(contentsOf: b[copied..<to])
        return nil
    }

    /// After the first number of a reference (at `i`): where ` G R` ends, if that is what follows.
    private static func referenceEnd(_ b: [UInt8], from: Int, to: Int) -> Int? {
        var i = from
        guard i < to, isWhite(b[i]) else { return nil }
        while i < to, isWhite(b[i]) { i += 1 }
        let g = i
        while i < to, isDigit(b[i]) { i += 1 }
        guard i > g, i < to, isWhite(b[i]) else { return nil }
        while i < to, isWhite(b[i]) { i += 1 }
        guard i < to, b[i] == UInt8(ascii: "R"), i + 1 == to || isWhite(b[i + 1]) || isDelimiter(b[i + 1]) else { return nil }
        return i + 1
    }

    private static func equal(_ b: [UInt8], _ from: Int, _ to: Int, _ word: [UInt8]) -> Bool {
        guard to - from == word.count else { return false }
        for k in 0..<word.count where b[from + k] != word[k] { return false }
        return true
    }

    static func appendNumber(_ n: Int, to out: inout [UInt8]) {
        if n < 0 {
            out.append(UInt8(ascii: "-"))
            appendNumber(-n, to: &out)
            return
        }
        if n >= 10 { appendNumber(n / 10, to: &out) }
        out.append(UInt8(48 + n % 10))
    }

    /// Where an object's body starts: after `N G obj` and one end of line.
    static func bodyStart(_ b: [UInt8], from: Int, to: Int) -> Int? {
        var i = from
        guard integer(b, &i) != nil else { return nil }
        skipWhite(b, &i)
        guard integer(b, &i) != nil else { return nil }
        skipWhite(b, &i)
        guard i + 3 <= to, equal(b, i, i + 3, obj) else { return nil }
        i += 3
        if i < to, b[i] == 0x0D { i += 1 }
        if i < to, b[i] == 0x0A { i += 1 }
        return i
    }

    static func starts(_ b: [UInt8], at i: Int, with prefix: [UInt8]) -> Bool {
        i + prefix.count <= b.count && equal(b, i, i + prefix.count, prefix)
    }

    static func lastIndex(of pattern: [UInt8], in b: [UInt8]) -> Int? {
        var i = b.count - pattern.count
        while i >= 0 {
            if equal(b, i, i + pattern.count, pattern) { return i }
            i -= 1
        }
        return nil
    }

    static func skipWhite(_ b: [UInt8], _ i: inout Int) {
        while i < b.count, isWhite(b[i]) { i += 1 }
    }

    /// A non-negative integer at `i`.
    static func integer(_ b: [UInt8], _ i: inout Int) -> Int? {
        var n = 0, digits = 0
        while i < b.count, isDigit(b[i]) {
            n = n * 10 + Int(b[i] - 48)
            i += 1
            digits += 1
        }
        return digits > 0 ? n : nil
    }

    /// The number after `key` (the object number of a reference `key N 0 R`).
    static func reference(after key: String, in b: [UInt8]) -> Int? {
        TaggedPDFUpdate.number(after: key, in: b, from: 0)
    }

    /// The object numbers of the references in the array that `key` (ending in `[`) opens.
    static func references(after key: String, in b: [UInt8]) -> [Int] {
        guard var i = TaggedPDFUpdate.index(of: Array(key.utf8), in: b, from: 0).map({ $0 + key.utf8.count }) else { return [] }
        var out: [Int] = []
        while true {
            skipWhite(b, &i)
            guard i < b.count, b[i] != UInt8(ascii: "]"), let n = integer(b, &i) else { break }
            skipWhite(b, &i)
            guard integer(b, &i) != nil else { break }
            skipWhite(b, &i)
            guard i < b.count, b[i] == UInt8(ascii: "R") else { break }
            i += 1
            out.append(n)
        }
        return out
    }

    /// One value at `i` (a reference, an array, a dictionary, a string, a name, a number or a
    /// keyword), skipped: its range.
    static func value(_ b: [UInt8], _ i: inout Int) -> Range<Int>? {
        let start = i
        guard i < b.count else { return nil }
        let c = b[i]
        if c == UInt8(ascii: "[") || (c == UInt8(ascii: "<") && i + 1 < b.count && b[i + 1] == UInt8(ascii: "<")) {
            var depth = 0
            while i < b.count {
                let d = b[i]
                if d == UInt8(ascii: "(") || (d == UInt8(ascii: "<") && !(i + 1 < b.count && b[i + 1] == UInt8(ascii: "<"))) {
                    guard string(b, &i, limit: b.count) != nil else { return nil }
                    continue
                }
                if d == UInt8(ascii: "[") { depth += 1 }
                if d == UInt8(ascii: "]") { depth -= 1 }
                if d == UInt8(ascii: "<") { depth += 1; i += 1 }
                if d == UInt8(ascii: ">") { depth -= 1; i += 1 }
                i += 1
                if depth == 0 { return start..<i }
            }
            return nil
        }
        if c == UInt8(ascii: "(") || c == UInt8(ascii: "<") { return string(b, &i, limit: b.count) != nil ? start..<i : nil }
        if isDigit(c), let _ = integer(b, &i) {
            if let r = referenceEnd(b, from: i, to: b.count) { i = r }
            return start..<i
        }
        i += 1
        while i < b.count, !isWhite(b[i]), !isDelimiter(b[i]) { i += 1 }
        return start..<i
    }

    /// A string at `i`, literal `( … )` or hexadecimal `< … >`, skipped: its bytes.
    static func string(_ b: [UInt8], _ i: inout Int) -> [UInt8]? { string(b, &i, limit: b.count) }

    @discardableResult
    private static func string(_ b: [UInt8], _ i: inout Int, limit: Int) -> [UInt8]? {
        guard i < limit else { return nil }
        var out: [UInt8] = []
        if b[i] == UInt8(ascii: "<") {
            i += 1
            var half: UInt8? = nil
            while i < limit, b[i] != UInt8(ascii: ">") {
                let c = b[i]
                i += 1
                let v: UInt8
                switch c {
                case 48...57: v = c - 48
                case 65...70: v = c - 55
                case 97...102: v = c - 87
                default: continue
                }
                if let h = half {
                    out.append(h << 4 | v)
                    half = nil
                } else {
                    half = v
                }
            }
            if let h = half { out.append(h << 4) }
            guard i < limit else { return nil }
            i += 1
            return out
        }
        guard b[i] == UInt8(ascii: "(") else { return nil }
        var depth = 0
        while i < limit {
            let c = b[i]
            i += 1
            if c == UInt8(ascii: "\\") {
                guard i < limit else { return nil }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 48...55:
                    var v = Int(e - 48), k = 1
                    while k < 3, i < limit, b[i] >= 48, b[i] <= 55 {
                        v = v * 8 + Int(b[i] - 48)
                        i += 1
                        k += 1
                    }
                    out.append(UInt8(v & 0xFF))
                case 0x0A, 0x0D: break
                default: out.append(e)
                }
                continue
            }
            if c == UInt8(ascii: "(") {
                depth += 1
                if depth == 1 { continue }
            }
            if c == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return out }
            }
            out.append(c)
        }
        return nil
    }

    /// A PDF string for `s` as cairo 1.16 writes a destination's name (`_cairo_utf8_to_pdf_string`):
    /// printable ASCII as a literal string, parentheses and backslash escaped; anything else as
    /// UTF-16BE with its byte-order mark, in hex.
    static func pdfString(_ s: String) -> String {
        guard s.utf8.allSatisfy({ $0 >= 32 && $0 <= 126 }) else { return TaggedPDFUpdate.textString(s) }
        var out = "("
        for c in s {
            if c == "(" || c == ")" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out + ")"
    }
}
