import ZoneBriefMetrics

/// The plain-text summary written beside the PDF as `<stem>.summary.txt`: the title, the period,
/// the zones, three headline figures and the summary sentences. The mail command sends it as the
/// message body, so it is plain UTF-8 text with short lines and no markup. Like the summary page,
/// it speaks of the brief's period, compares actuals only, and marks every estimate or target.
public enum PlainSummary {
    public static func text(_ report: MetricsReport, options: BriefOptions = BriefOptions()) -> String {
        let ctx = BriefContext(report: report, options: options)
        var lines: [String] = []
        lines.append(ctx.title)
        lines.append("统计期：\(ctx.periodText)　数据截至：\(ctx.dataMonthText)")
        if ctx.periodPastData { lines.append("（所选统计期内，\(ctx.dataMonthText)以后没有数据。）") }
        lines.append("园区（\(report.zones.count)个）：\(report.zones.isEmpty ? "无" : report.zones.map(\.zone).joined(separator: "、"))")
        lines.append("")
        lines.append("头条数字（本期实际数，\(ctx.briefPeriodText)）：")
        let h = report.highlights
        let items: [(String, Figure?)] = [("最大投资规模", h.largestInvestment), ("最快增速", h.fastestGrowth), ("最多项目", h.mostProjects)]
        for (label, f) in items {
            guard let f else { lines.append("- \(label)：暂无"); continue }
            var s = "- \(label)：\(f.zone) \(MetricWords.name(f)) "
            if label == "最快增速", let g = NumberWords.markedGrowth(f) { s += "同比" + g } else { s += NumberWords.marked(f) }
            s += "（\(PeriodWords.text(f.period))）"
            lines.append(s)
        }
        let sentences = SummarySentences.sentences(report)
        if !sentences.isEmpty {
            lines.append("")
            lines.append("摘要：")
            lines += sentences.map { "- " + $0.text }
        }
        lines.append("")
        if !report.estimates.isEmpty || !report.targets.isEmpty {
            lines.append("预计数和目标数未计入头条数字和排名，列于 PDF“数据说明”。")
        }
        lines.append("详见附件 PDF；每个数字的原文出处见其附录“数据来源”。")
        return lines.joined(separator: "\n") + "\n"
    }
}
