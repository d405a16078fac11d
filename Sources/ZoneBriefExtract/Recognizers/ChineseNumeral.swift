import Foundation
/// Chinese numerals and their values: `一百二十` → 120, `两千` → 2000, `三万五` → 35000,
/// `一二三` → 123, `五兆六十二亿` → 5006200000000, `三点五` → 3.5, financial forms (`壹佰万`),
/// traditional forms (`萬`, `億`, `兩`), and Arabic digits mixed in (`1.2万`, `1万600`).
public enum ChineseNumeral {
    /// The digit value of a numeral character (零〇一二两三…九, 壹贰叁…玖), or nil.
    @inline(__always) public static func digit(_ u: Unicode.Scalar) -> Int? {
        switch u {
        case "零", "〇", "○", "Ｏ": return 0
        case "一", "壹", "幺": return 1
        case "二", "两", "贰", "貳", "兩": return 2
        case "三", "叁", "參": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// 十, 百, 千 (and financial 拾, 佰, 仟) as a small unit.
    @inline(__always) public static func smallUnit(_ u: Unicode.Scalar) -> Double? {
        switch u {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1000
        default: return nil
        }
    }

    /// 万, 亿, 兆 (and 萬, 億) as a large unit.
    @inline(__always) public static func largeUnit(_ u: Unicode.Scalar) -> Double? {
        switch u {
        case "万", "萬": return 1e4
        case "亿", "億": return 1e8
        case "兆": return 1e12
        default: return nil
        }
    }

    /// Every numeral character (digits and units), for a fast first test.
    static let numeralSet = ScalarSet("零〇○Ｏ一壹幺二两贰貳兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億兆".unicodeScalars)
    /// The formal (financial) digits and units: names use them too (陆家嘴, 伍家岗, 参与), so one alone is no number.
    static let formal = ScalarSet("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".unicodeScalars)
    /// Characters that can open a number in running text: the digits and 十.
    static let openers = ScalarSet("零〇○Ｏ一壹幺二两贰貳兩三叁參四肆五伍六陆陸七柒八捌九玖十".unicodeScalars)
    /// The units that open a round figure written without digits (突破千亿元, 超百亿元, 突破万亿元).
    static let roundOpeners = Array("百佰千仟万萬".unicodeScalars)

    @inline(__always) public static func isNumeral(_ u: Unicode.Scalar) -> Bool {
        numeralSet.contains(u)
    }

    /// Whether the three characters after `j` are digits and the fourth is not (a thousands group).
    static func isThousandsGroup(_ s: ArraySlice<Unicode.Scalar>, after j: Int) -> Bool {
        guard j + 3 < s.endIndex else { return false }
        for k in 1...3 where !ScalarText.isASCIIDigit(s[j + k]) { return false }
        return j + 4 >= s.endIndex || !ScalarText.isASCIIDigit(s[j + 4])
    }

    /// The value of a whole numeral string, or nil when it is not one.
    ///
    /// ```
    /// ChineseNumeral.value(of: "一百二十")  // 120
    /// ChineseNumeral.value(of: "1.2万")     // 12000
    /// ```
    public static func value(of text: String) -> Double? {
        let s = Array(text.unicodeScalars).map(ScalarText.fold)
        return value(of: s[...])
    }

    /// The value of the scalars, or nil when they are not a numeral.
    public static func value(of s: ArraySlice<Unicode.Scalar>) -> Double? {
        if let d = DecimalDigits(s) { return d.double(times: 0) }
        return exactValue(of: s).map(double)
    }

    /// A numeral of ASCII digits with at most one decimal point and thousands separators, then at
    /// most one 万 or 亿 (108.8亿, 1,590万, 16): the digits as an integer and where the point
    /// goes, read without any arithmetic that could round. Most figures of a page are of this form.
    public struct DecimalDigits: Sendable, Hashable {
        /// The digits as an integer (108.8 → 1088).
        public var mantissa: Int64
        /// The power of ten to multiply by (108.8亿 → 1088 × 10^7).
        public var exponent: Int

        public init?(_ s: ArraySlice<Unicode.Scalar>) {
            var m: Int64 = 0, digits = 0, fraction = 0, exp = 0
            var sawDot = false, sawUnit = false
            var i = s.startIndex
            while i < s.endIndex {
                let u = s[i]
                if sawUnit { return nil }
                if u.value >= 48 && u.value <= 57 {
                    guard digits < 17 else { return nil }
                    m = m * 10 + Int64(u.value - 48)
                    digits += 1
                    if sawDot { fraction += 1 }
                } else if u == "." && !sawDot && digits > 0 {
                    sawDot = true
                } else if u == "," || ScalarText.isSpace(u) {
                    // (218. 5亿: a space right after the point is a page's layout)
                    guard !sawDot || ScalarText.isSpace(u) && fraction == 0 else { return nil }
                } else if u == "万" || u == "萬" {
                    exp = 4; sawUnit = true
                } else if u == "亿" || u == "億" {
                    exp = 8; sawUnit = true
                } else {
                    return nil
                }
                i += 1
            }
            guard digits > 0 else { return nil }
            mantissa = m
            exponent = exp - fraction
        }

        /// The value times 10^`power`, the nearest Double: exact for integers below 2^53, and
        /// one correctly rounded division otherwise (3.14 → 314 / 100).
        public func double(times power: Int) -> Double {
            let e = exponent + power
            if e >= 0 {
                var v = mantissa
                for _ in 0..<e {
                    let (r, overflow) = v.multipliedReportingOverflow(by: 10)
                    if overflow { return Double(mantissa) * pow(10, Double(e)) }
                    v = r
                }
                return Double(v)
            }
            return Double(mantissa) / pow(10, Double(-e))
        }
    }

    /// A small number in Chinese digits (一 … 九十九), as months and counts of months write them.
    static func smallInt(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty, s.count <= 3 else { return nil }
        var total = 0, pending: Int? = nil
        for u in s {
            if let d = digit(u) {
                guard pending == nil else { return nil }
                pending = d
            } else if u == "十" || u == "拾" {
                total += (pending ?? 1) * 10
                pending = nil
            } else {
                return nil
            }
        }
        return total + (pending ?? 0)
    }

    /// The nearest `Double` to an exact decimal (Swift's correctly rounded parse of its digits):
    /// 310.54亿 is 31054000000, never 31054000000.000004.
    public static func double(_ d: Decimal) -> Double {
        Double(d.description) ?? NSDecimalNumber(decimal: d).doubleValue
    }

    /// The exact value of the scalars in decimal arithmetic (digits are never rounded through
    /// binary floating point), or nil when they are not a numeral.
    public static func exactValue(of s: ArraySlice<Unicode.Scalar>) -> Decimal? {
        guard !s.isEmpty else { return nil }
        var sign: Decimal = 1
        // 廿 and 卅 are 二十 and 三十
        var body = s.contains(where: { $0 == "廿" || $0 == "卅" })
            ? ArraySlice(s.flatMap { $0 == "廿" ? ["二", "十"] : $0 == "卅" ? ["三", "十"] : [$0] as [Unicode.Scalar] })
            : s
        if body.first == "负" || body.first == "-" { sign = -1; body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        var total: Decimal = 0   // finished 亿/万 blocks
        var section: Decimal = 0 // the part below 万 being built
        var num: Decimal? = nil  // the pending digit(s)
        var lastUnit: Decimal = 0 // the last unit written (十 百 千 万 亿)
        var digitRun = 0         // consecutive Chinese digits (一二三 → 123)
        var afterUnit = false    // the pending number directly follows a unit (三万五)
        var i = body.startIndex
        var sawSomething = false
        var largestSeen: Decimal? = nil
        while i < body.endIndex {
            let u = body[i]
            if ScalarText.isASCIIDigit(u) {
                // Arabic part: digits, thousands separators, one decimal point
                var j = i
                var text = ""
                var sawDot = false
                while j < body.endIndex {
                    let c = body[j]
                    if ScalarText.isASCIIDigit(c) { text.unicodeScalars.append(c); j += 1; continue }
                    if (c == "," || c == "，" || c == " " || c == "\u{2009}" || c == "\u{202F}" || c == "\u{A0}") && !sawDot && isThousandsGroup(body, after: j) { j += 1; continue }
                    if c == "." && !sawDot && j + 1 < body.endIndex && ScalarText.isASCIIDigit(body[j + 1]) {
                        sawDot = true; text.append("."); j += 1; continue
                    }
                    break
                }
                guard num == nil, let v = Decimal(string: text) else { return nil }
                num = v
                digitRun = 0
                afterUnit = false
                sawSomething = true
                i = j
                continue
            }
            if let d = digit(u) {
                // 零 after a unit only holds a place (一千零五十)
                if d == 0 && afterUnit && num == nil { afterUnit = false; i += 1; continue }
                if let n = num, digitRun > 0 { num = n * 10 + Decimal(d) } else if num == nil { num = Decimal(d) } else { return nil }
                digitRun += 1
                sawSomething = true
                i += 1
                continue
            }
            if u == "点" || u == "點" || u == "." {
                // decimal part written in Chinese digits
                var j = i + 1
                var frac: Decimal = 0, scale = Decimal(string: "0.1")!
                var any = false
                while j < body.endIndex, let d = digit(body[j]) { frac += Decimal(d) * scale; scale /= 10; j += 1; any = true }
                guard any else { return nil }
                num = (num ?? 0) + frac
                digitRun = 0
                afterUnit = false
                i = j
                continue
            }
            if let su = smallUnit(u).map(Self.exact) {
                // 二三十 (twenty or thirty) is a range, not 230
                if digitRun >= 2 { return nil }
                // 十 alone or after 零 is 一十 (一千零十); 百/千 opening the numeral are 一百/一千
                let n = (num == nil || (num == 0 && su == 10)) ? 1 : num!
                if num == nil && su != 10 && (sawSomething || i != body.startIndex) { return nil }
                section += n * su
                num = nil
                lastUnit = su
                digitRun = 0
                afterUnit = true
                sawSomething = true
                i += 1
                continue
            }
            if let lu = largeUnit(u).map(Self.exact) {
                if digitRun >= 2 { return nil }
                var block = section + (num ?? 0)
                // (万 opening the numeral is 一万, before 亿 or alone: 突破万亿元, 万余家, round figures)
                if block == 0 && total == 0 {
                    let next = body.index(after: i)
                    guard i == body.startIndex, next == body.endIndex || largeUnit(body[next]).map(Self.exact).map({ $0 > lu }) == true else { return nil }
                    block = 1
                }
                if let largest = largestSeen, lu > largest {
                    // 万亿: everything so far times the larger unit
                    total = (total + block) * lu
                } else {
                    total += block * lu
                }
                largestSeen = largestSeen.map { max($0, lu) } ?? lu
                section = 0
                num = nil
                lastUnit = lu
                digitRun = 0
                afterUnit = true
                sawSomething = true
                i += 1
                continue
            }
            return nil
        }
        guard sawSomething else { return nil }
        if var n = num {
            // 三万五 → 35000, 一百二 → 120: a lone digit right after a unit counts in the next unit down
            if afterUnit && digitRun == 1 && lastUnit >= 100 { n *= lastUnit / 10 }
            section += n
        }
        return sign * (total + section)
    }

    /// A unit's exact value (10, 100, 1e4, 1e8, 1e12 are integers).
    private static func exact(_ unit: Double) -> Decimal { Decimal(Int64(unit)) }
}
