import ZoneBriefCore
import ZoneBriefMetrics

/// A generated summary sentence and the figures each of its numbers comes from.
public struct SummarySentence: Sendable, Hashable {
    public var text: String
    public var figures: [Figure]
}

/// Writes the three to six sentences of the summary, the way a brief's editor would: the
/// biggest investment, the fastest growth, the most projects, the clearest ranking, the best
/// target progress, the change between two cumulative periods.
///
/// Every sentence speaks of the brief's period (`MetricsReport.briefPeriod`) and is checkable
/// against the facts: each number in it is a figure's printed value, the growth or the share the
/// text states, never a computed one; a comparison ("largest", "fastest", "first") is only among
/// actuals of that period; an estimate or target is written with its mark right before the number.
public enum SummarySentences {
    public static let maximum = 6

    public static func sentences(_ r: MetricsReport) -> [SummarySentence] {
        var out: [SummarySentence] = []
        var used: Set<Figure> = []
        func add(_ text: String, _ figures: [Figure]) {
            // A sentence that only repeats figures already told adds nothing.
            guard out.count < maximum, !figures.allSatisfy(used.contains) else { return }
            out.append(SummarySentence(text: text, figures: figures))
            used.formUnion(figures)
        }
        let h = r.highlights
        if let f = h.largestInvestment {
            add("投资规模方面，\(subject(f))\(value(f))，在各园区本期投资类实际数中规模最大。", [f])
        }
        if let f = h.fastestGrowth, let g = f.yoyPct {
            if f.unit == .percent {
                add("增速方面，\(subject(f))同比\(NumberWords.markedGrowth(f) ?? NumberWords.growthText(g))，为各园区本期实际数中增速最快。", [f])
            } else {
                add("增速方面，\(subject(f))\(value(f))，同比\(NumberWords.markedGrowth(f) ?? NumberWords.growthText(g))，为各园区本期实际数中增速最快。", [f])
            }
        }
        if let f = h.mostProjects {
            add("项目方面，\(subject(f))\(value(f))，在各园区本期项目数量实际数中最多。", [f])
        }
        // The ranking of the brief's period with the most ranked zones (actuals only).
        let current = r.rankings.filter { $0.isCurrent && $0.ranked.count >= 2 }
        if let rk = current.max(by: { $0.ranked.count < $1.ranked.count }) {
            let c = rk.ranked
            let a = c[0].figure, b = c[1].figure
            let name = MetricWords.name(rk.measure)
            if a.comparableValue == b.comparableValue {
                add("\(PeriodWords.text(rk.referencePeriod))\(name)（实际数），\(a.zone)与\(b.zone)并列第一，均为\(value(a))。", [a, b])
            } else {
                add("\(PeriodWords.text(rk.referencePeriod))\(name)（实际数），\(a.zone)以\(value(a))居首，\(b.zone)以\(value(b))次之。", [a, b])
            }
        }
        // The best progress toward a target the text itself states, in the brief's period.
        let stated = r.zones.flatMap(\.targets).filter { t in
            t.shareSource == .text && t.reached.map(r.isCurrent) == true
        }
        if let t = stated.max(by: { ($0.sharePct ?? 0) < ($1.sharePct ?? 0) }), let f = t.reached, let s = t.sharePct {
            add("目标进度方面，\(subject(f))\(value(f))，完成年度任务的\(NumberWords.percent(s))。", [f])
        }
        if let st = r.zones.flatMap(\.steps).first(where: { r.isCurrent($0.to) }) {
            let name = MetricWords.name(st.to)
            let verb = st.delta >= 0 ? "增至" : "变为"
            add("\(st.to.zone)\(name)由\(PeriodWords.text(st.from.period))的\(value(st.from))\(verb)\(PeriodWords.text(st.to.period))的\(value(st.to))。", [st.from, st.to])
        }
        // Fill up to three with the remaining figures of the brief's period of the richest zones.
        if out.count < 3 {
            let zones = r.zones.sorted { $0.headlines.filter(r.isCurrent).count > $1.headlines.filter(r.isCurrent).count }
            for z in zones {
                for f in z.headlines where f.unit != .percent && !f.series.measure.isPartOfSet && r.isCurrent(f) && !used.contains(f) {
                    add("\(subject(f))\(value(f))\(NumberWords.markedGrowth(f).map { "，同比\($0)" } ?? "")。", [f])
                    break
                }
                if out.count >= 3 { break }
            }
        }
        return out
    }

    /// `宝鸡高新区2023年上半年到位资金`.
    static func subject(_ f: Figure) -> String {
        let when = f.period == nil ? "" : PeriodWords.text(f.period)
        return "\(f.zone)\(when)\(MetricWords.name(f))"
    }

    /// `157.6亿元`, `预计108.8亿元`: the number with its kind's mark.
    static func value(_ f: Figure) -> String { NumberWords.marked(f) }
}
