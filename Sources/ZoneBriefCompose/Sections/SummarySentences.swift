import ZoneBriefCore
import ZoneBriefMetrics

/// A generated summary sentence and the figures each of its numbers comes from.
public struct SummarySentence: Sendable, Hashable {
    public var text: String
    public var figures: [Figure]
}

/// Writes the three to six sentences of the summary, the way a brief's editor would: the
/// biggest investment, the fastest growth, the most projects, the clearest ranking, the best
/// target progress, the change between two cumulative periods. Every number in them is a
/// figure's printed value, growth or stated share, never a computed one.
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
            add("投资规模方面，\(subject(f))\(NumberWords.text(f))，在各园区投资类指标中规模最大。", [f])
        }
        if let f = h.fastestGrowth, let g = f.yoyPct {
            if f.unit == .percent {
                add("增速方面，\(subject(f))\(NumberWords.growthText(g))，为各项指标中增速最快。", [f])
            } else {
                add("增速方面，\(subject(f))\(NumberWords.text(f))，同比\(NumberWords.growthText(g))，为各项指标中增速最快。", [f])
            }
        }
        if let f = h.mostProjects {
            add("项目方面，\(subject(f))\(NumberWords.text(f))，数量居各园区之首。", [f])
        }
        // The ranking with the most comparable zones.
        if let rk = r.rankings.filter({ $0.entries.filter(\.comparable).count >= 2 })
            .max(by: { $0.entries.filter(\.comparable).count < $1.entries.filter(\.comparable).count }) {
            let c = rk.entries.filter(\.comparable)
            let a = c[0].figure, b = c[1].figure
            let name = MetricWords.name(rk.measure)
            if a.comparableValue == b.comparableValue {
                add("\(PeriodWords.text(rk.referencePeriod))\(name)，\(a.zone)与\(b.zone)并列第一，均为\(NumberWords.text(a))。", [a, b])
            } else {
                add("\(PeriodWords.text(rk.referencePeriod))\(name)，\(a.zone)以\(NumberWords.text(a))居首，\(b.zone)以\(NumberWords.text(b))次之。", [a, b])
            }
        }
        // The best progress toward a target the text itself states.
        let stated = r.zones.flatMap(\.targets).filter { $0.shareSource == .text && $0.reached != nil }
        if let t = stated.max(by: { ($0.sharePct ?? 0) < ($1.sharePct ?? 0) }), let f = t.reached, let s = t.sharePct {
            add("目标进度方面，\(subject(f))\(NumberWords.text(f))，完成年度任务的\(NumberWords.percent(s))。", [f])
        }
        if let st = r.zones.flatMap(\.steps).first {
            let name = MetricWords.name(st.to)
            add("\(st.to.zone)\(name)由\(PeriodWords.text(st.from.period))的\(NumberWords.text(st.from))增至\(PeriodWords.text(st.to.period))的\(NumberWords.text(st.to))。", [st.from, st.to])
        }
        // Fill up to three with the remaining headlines of the richest zones.
        if out.count < 3 {
            for z in r.zones.sorted(by: { $0.headlines.count > $1.headlines.count }) {
                for f in z.headlines where f.unit != .percent && !used.contains(f) {
                    add("\(subject(f))\(NumberWords.text(f))\(f.yoyPct.map { "，同比\(NumberWords.growthText($0))" } ?? "")。", [f])
                    break
                }
                if out.count >= 3 { break }
            }
        }
        return out
    }

    /// `宝鸡高新区2023年上半年到位资金` (with 预计 for an estimate).
    static func subject(_ f: Figure) -> String {
        let when = f.period == nil ? "" : PeriodWords.text(f.period)
        return "\(f.zone)\(when)\(f.kind == .estimate ? "预计" : "")\(MetricWords.name(f))"
    }
}
