import ZoneBriefCore

/// Two or more different values printed for the same zone, metric, kind and period. Both are
/// kept; one is chosen by `ConflictRule` and the brief lists the conflict with the articles'
/// dates, so a reader sees which article won and why.
public struct Conflict: Sendable, Hashable, CustomStringConvertible {
    /// The figure the brief uses.
    public var chosen: Figure
    /// The values set aside, each with its own sources, the strongest first.
    public var rejected: [Figure]
    /// Why `chosen` won over the strongest of `rejected`.
    public var rule: ConflictRule

    /// Whether the articles' dates could be compared (both figures dated). When false, the brief
    /// says that a date is missing.
    public var datesKnown: Bool { chosen.articleDate != nil && (rejected.first?.articleDate != nil) }

    public var description: String {
        func value(_ f: Figure) -> String { NumberText.plain(f.value) + (f.articleDate.map { "[\($0)]" } ?? "[undated]") }
        return "conflict \(chosen.series) \(chosen.kind.rawValue) \(chosen.period?.description ?? "undated"): chose \(value(chosen)) (\(rule.rawValue)) over "
            + rejected.map(value).joined(separator: ", ")
    }
}

/// The documented rule for conflicts, in order:
/// 1. **The later article** wins when both articles are dated (`source.date`) and the dates
///    differ, on the view that a later report revises an earlier one; except that an approximate
///    figure (约/超/近) that the exact one satisfies does not overrule it (超150亿 later, 157.6亿
///    earlier: 157.6亿).
/// 2. Otherwise (a date missing, or the same date) **the more precise** figure wins: an exact
///    figure over one qualified by 约/超/近, then more significant digits (157.62亿 over 157.6亿).
/// 3. Otherwise **the later place in the sources** (file, then line) is taken, and the brief says
///    that nothing but the order of the sources decided.
public enum ConflictRule: String, Sendable, Hashable {
    case laterArticle = "later article"
    case morePrecise = "more precise"
    case laterSource = "later source"

    /// The rule by which `a` is preferred to `b`, or nil when `b` is preferred.
    static func decide(_ a: Figure, _ b: Figure) -> ConflictRule? {
        if let c = ArticleDate.compare(a.articleDate, b.articleDate), c != 0 {
            if let exact = consistentExact(a, b) { return exact == 0 ? .morePrecise : nil }
            return c > 0 ? .laterArticle : nil
        }
        let pa = precision(a), pb = precision(b)
        if pa != pb { return pa > pb ? .morePrecise : nil }
        let la = a.sources.max(by: sourceOrder)!, lb = b.sources.max(by: sourceOrder)!
        return sourceOrder(lb, la) ? .laterSource : nil
    }

    /// When one figure is approximate and the exact other satisfies it (约: within 5 %; 超: at
    /// least; 近: at most), the index (0: `a`, 1: `b`) of the exact one.
    static func consistentExact(_ a: Figure, _ b: Figure) -> Int? {
        func satisfies(_ exact: Figure, _ rough: Figure) -> Bool {
            guard exact.approx == nil, let q = rough.approx else { return false }
            switch q {
            case .about: return abs(exact.value - rough.value) <= 0.05 * abs(rough.value)
            case .over: return exact.value >= rough.value
            case .under: return exact.value <= rough.value
            }
        }
        if satisfies(a, b) { return 0 }
        if satisfies(b, a) { return 1 }
        return nil
    }

    /// (exact, significant digits): an unqualified figure first, then the one with more digits.
    static func precision(_ f: Figure) -> Precision {
        Precision(exact: f.approx == nil ? 1 : 0, digits: Merger.significantDigits(f.value))
    }

    struct Precision: Comparable {
        var exact: Int
        var digits: Int
        static func < (a: Precision, b: Precision) -> Bool { (a.exact, a.digits) < (b.exact, b.digits) }
    }
}

/// An article's date as the facts carry it (`source.date`): `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
/// Two dates compare on the parts both give (2023-07 and 2023-07-15 are the same month: neither
/// is later).
public enum ArticleDate {
    /// The numbers of a date: [year], [year, month] or [year, month, day]; nil when it is none.
    static func parts(_ s: String) -> [Int]? {
        let p = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(p.count), p[0].count == 4 else { return nil }
        let n = p.compactMap { Int($0) }
        guard n.count == p.count else { return nil }
        return n
    }

    /// 1 when `a` is later, -1 when earlier, 0 when the common parts agree; nil when either is
    /// missing or unreadable.
    public static func compare(_ a: String?, _ b: String?) -> Int? {
        guard let a, let b, let x = parts(a), let y = parts(b) else { return nil }
        for (u, v) in zip(x, y) where u != v { return u > v ? 1 : -1 }
        return 0
    }

    /// The latest of some dates (the longer one when they agree as far as both go).
    static func latest(_ dates: [String]) -> String? {
        var best: String? = nil
        for d in dates where parts(d) != nil {
            guard let b = best else { best = d; continue }
            let c = compare(d, b)!
            if c > 0 || (c == 0 && d.count > b.count) { best = d }
        }
        return best
    }
}

extension Figure {
    /// The date of the latest article that prints this figure; nil when none is dated.
    public var articleDate: String? { ArticleDate.latest(sources.compactMap(\.date)) }
}
