import ZoneBriefCore

/// How far a zone is toward a target: the target (计划, 目标 …), the latest actual or estimate of
/// the same series in the target's year, and the share reached. The text's own share
/// (占年度任务的55.49%) is used where it is given; else the share is computed when both figures
/// share a unit. A bare growth target (预期增长13%) has no share.
public struct TargetProgress: Sendable, Hashable, CustomStringConvertible {
    public enum ShareSource: String, Sendable, Hashable { case text, computed }

    public var series: SeriesKey
    /// The year the target is for (the year of the target's or the figure's period end).
    public var year: Int?
    public var target: Figure?
    public var reached: Figure?
    public var sharePct: Double?
    public var shareSource: ShareSource?

    public var description: String {
        var s = "target \(series) \(year.map(String.init) ?? "undated")"
        s += " target=" + (target.map { NumberText.plain($0.value) } ?? "-")
        s += " reached=" + (reached.map { "\(NumberText.plain($0.value))@\($0.period?.description ?? "undated")" } ?? "-")
        if let p = sharePct, let src = shareSource { s += " share=\(String(format2(p)))%(\(src.rawValue))" }
        return s
    }
}

/// Pairs targets with what was reached.
public enum TargetMatcher {
    /// `figures`: the merged figures of one zone (already restricted to what the brief may use).
    /// What is reached is the latest actual of the target's year (an estimate only when the year
    /// has no actual), preferring figures of the brief's `period`.
    public static func progress(_ figures: [Figure], period: BriefPeriod? = nil) -> [TargetProgress] {
        let bySeries = Dictionary(grouping: figures, by: \.series)
        var out: [TargetProgress] = []
        for series in bySeries.keys.sorted() {
            let all = bySeries[series]!
            let targets = all.filter { $0.kind == .target }
            let done = all.filter { $0.kind != .target }
            var usedShares: Set<Figure> = []
            for t in targets {
                let year = t.period?.end.year
                let candidates = done.filter { f in
                    guard let y = year, let p = f.period else { return false }
                    return p.end.year == y && (p.start?.year ?? y) == y
                }
                let reached = AsOf.headline(of: candidates, in: period)
                var share: Double? = nil
                var source: TargetProgress.ShareSource? = nil
                if let r = reached, let text = r.targetPct {
                    share = text; source = .text
                    usedShares.insert(r)
                } else if let r = reached, series.unit != .percent, t.value > 0 {
                    share = r.value / t.value * 100; source = .computed
                }
                out.append(TargetProgress(series: series, year: year, target: t, reached: reached, sharePct: share, shareSource: source))
            }
            // A share stated in the text with no target figure of its own.
            for f in done where f.targetPct != nil && !usedShares.contains(f) {
                out.append(TargetProgress(series: series, year: f.period?.end.year, target: nil, reached: f,
                                          sharePct: f.targetPct, shareSource: .text))
            }
        }
        return out
    }
}

/// Two decimals at most, no trailing zeros: 55.49, 227.14, 50.
func format2(_ v: Double) -> String {
    guard v.isFinite, abs(v) < 1e15 else { return v.description }
    let r = (v * 100).rounded() / 100
    if r == r.rounded() { return String(Int64(r)) }
    var s = String(r)
    if let dot = s.firstIndex(of: "."), s.distance(from: dot, to: s.endIndex) > 3 {
        s = String(s[..<s.index(dot, offsetBy: 3)])
    }
    return s
}
