import ZoneBriefCore
import ZoneBriefMetrics

/// How the brief prints numbers: money in 亿元 (or 万元 below one 亿), US dollars as 万美元 (亿美元
/// from one 亿), counts with their measure word, percentages with %; at most two decimals and no
/// trailing zeros (157.6亿元, 92.03亿元, 1590万美元, 130个, 55.49%).
public enum NumberWords {
    /// A printed figure split for cards and tables: `157.6` and `亿元`.
    public struct Printed: Sendable, Hashable {
        public var number: String
        public var unit: String
        public var text: String { number + unit }
    }

    /// The display scale of a unit for a set of values (one chart, one column): 亿元 when the
    /// largest is at least 1亿, else 万元; USD likewise.
    public struct Scale: Sendable, Hashable {
        public var divisor: Double
        public var unit: String
    }

    public static func scale(for unit: FactUnit, metric: Metric, largest: Double) -> Scale {
        switch unit {
        case .CNY: return largest >= 1e8 ? Scale(divisor: 1e8, unit: "亿元") : Scale(divisor: 1e4, unit: "万元")
        case .USD: return largest >= 1e8 ? Scale(divisor: 1e8, unit: "亿美元") : Scale(divisor: 1e4, unit: "万美元")
        case .count: return largest >= 1e5 ? Scale(divisor: 1e4, unit: "万" + (MetricWords.countWords[metric] ?? "个")) : Scale(divisor: 1, unit: MetricWords.countWords[metric] ?? "个")
        case .percent: return Scale(divisor: 1, unit: "%")
        case .person: return largest >= 1e5 ? Scale(divisor: 1e4, unit: "万人") : Scale(divisor: 1, unit: "人")
        case .person_time: return largest >= 1e5 ? Scale(divisor: 1e4, unit: "万人次") : Scale(divisor: 1, unit: "人次")
        case .mu: return largest >= 1e5 ? Scale(divisor: 1e4, unit: "万亩") : Scale(divisor: 1, unit: "亩")
        case .km2: return Scale(divisor: 1, unit: "平方公里")
        case .m2: return largest >= 1e5 ? Scale(divisor: 1e4, unit: "万平方米") : Scale(divisor: 1, unit: "平方米")
        case .ton: return largest >= 1e5 ? Scale(divisor: 1e4, unit: "万吨") : Scale(divisor: 1, unit: "吨")
        }
    }

    /// A figure's value in its own best scale, with 约/超/近 where the text qualifies it.
    public static func value(_ f: Figure) -> Printed {
        let s = scale(for: f.unit, metric: f.metric, largest: abs(f.comparableValue))
        let n = decimal(f.comparableValue / s.divisor)
        return Printed(number: n, unit: s.unit)
    }

    /// The figure as running text: `157.6亿元`, `约122亿元`, `增长15%` for a bare growth rate.
    public static func text(_ f: Figure) -> String {
        if f.unit == .percent { return growthText(f.comparableValue) }
        return approxWord(f.approx) + value(f).text
    }

    /// The figure as running text with its kind right before the number: `预计108.8亿元`,
    /// `目标300亿元`, `预计增长3%`; an actual as `text(_:)` prints it. Every number a brief writes
    /// goes through here (or shows its kind in a column of its own), so no estimate or target is
    /// ever printed without its mark.
    public static func marked(_ f: Figure) -> String {
        MetricWords.kindMark(f.kind) + text(f)
    }

    /// A figure's stated growth as running text with its kind's mark: `增长3%`, `预计增长3%`.
    public static func markedGrowth(_ f: Figure) -> String? {
        f.yoyPct.map { MetricWords.kindMark(f.kind) + growthText($0) }
    }

    /// `约`, `超`, `近` or nothing.
    public static func approxWord(_ a: Approx?) -> String {
        switch a {
        case .about: return "约"
        case .over: return "超"
        case .under: return "近"
        case nil: return ""
        }
    }

    /// `+3%`, `−2.1%`, `0%` (for tables and bars).
    public static func growth(_ pct: Double) -> String {
        let d = decimal(abs(pct))
        if pct > 0 { return "+" + d + "%" }
        if pct < 0 { return "−" + d + "%" }
        return "0%"
    }

    /// `增长3%`, `下降2.1%`, `持平` (for sentences).
    public static func growthText(_ pct: Double) -> String {
        pct > 0 ? "增长\(decimal(pct))%" : pct < 0 ? "下降\(decimal(-pct))%" : "持平"
    }

    /// `55.49%`.
    public static func percent(_ v: Double) -> String { decimal(v) + "%" }

    /// At most two decimals, trailing zeros dropped, digits grouped by thousands from 10 000:
    /// 157.6, 92.03, 1639, 12,345.5.
    public static func decimal(_ v: Double) -> String {
        guard v.isFinite else { return "—" }
        let neg = v < 0
        let cents = (abs(v) * 100).rounded()
        guard cents < 9e15 else { return abs(v) < 9e18 ? (neg ? "-" : "") + String(Int64(abs(v))) : v.description }
        let whole = Int64(cents / 100)
        let frac = Int64(cents) - whole * 100
        var w = String(whole)
        if whole >= 10_000 {
            var grouped = ""
            for (i, ch) in w.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            w = String(grouped.reversed())
        }
        var s = (neg ? "-" : "") + w
        if frac != 0 {
            s += frac % 10 == 0 ? ".\(frac / 10)" : (frac < 10 ? ".0\(frac)" : ".\(frac)")
        }
        return s
    }
}
