import ZoneBriefCore

/// How the brief names periods: 2021年, 2023年上半年, 2023年一季度, 2023年1—5月, 2023年6月,
/// 2021—2025年, 截至2023年6月底, 时间未注明.
public enum PeriodWords {
    static let quarters = ["一", "二", "三", "四"]

    public static func text(_ p: Period?) -> String {
        guard let p else { return "时间未注明" }
        guard let s = p.start else { return "截至\(p.end.year)年\(p.end.month)月底" }
        if s.year != p.end.year {
            if s.month == 1 && p.end.month == 12 { return "\(s.year)—\(p.end.year)年" }   // “十四五”期间, 五年来
            return "\(s.year)年\(s.month)月—\(p.end.year)年\(p.end.month)月"
        }
        let y = "\(s.year)年"
        switch (s.month, p.end.month) {
        case (1, 12): return y
        case (1, 6): return y + "上半年"
        case (7, 12): return y + "下半年"
        case let (a, b) where a == b: return y + "\(a)月"
        case let (a, b) where (a - 1) % 3 == 0 && b == a + 2: return y + quarters[(a - 1) / 3] + "季度"
        case let (a, b): return y + "\(a)—\(b)月"
        }
    }

    /// `2023年6月`.
    public static func month(_ m: YearMonth) -> String { "\(m.year)年\(m.month)月" }

    /// A short form for chart notes and table cells: `21年全年`, `23年1—5月`.
    public static func short(_ p: Period?) -> String {
        let t = text(p)
        return t.hasSuffix("年") && t.count == 5 ? t + "全年" : t
    }
}
