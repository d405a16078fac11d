import ZoneBriefLayout
import ZoneBriefMetrics

/// The cover: title, period, date of the data, the counts of zones, articles and facts.
enum CoverSection {
    static func cover(_ ctx: BriefContext) -> Cover {
        let r = ctx.report
        var subtitle = ctx.periodText
        // Each name at most `SourcesSection.fullNameAbove` characters here (whole in the appendix),
        // so one very long name does not crowd out the others.
        let names = r.zones.map { short($0.zone) }
        if ctx.isSideBySide { subtitle = names.joined(separator: " · ") + "　" + subtitle }
        let shown = names.count > 5 ? names.prefix(4).joined(separator: "、") + " 等 \(names.count) 个" : names.joined(separator: "、")
        let facts: [(label: String, value: String)] = [
            ("覆盖园区", shown.isEmpty ? "无" : shown),
            ("统计期", ctx.periodText),
            ("数据截至", ctx.dataMonthText + (ctx.periodPastData ? "（其后月份没有数据）" : "")),
            ("数据时间范围", ctx.spanText + (ctx.hasOlderData ? "（统计期以前的数据仅作背景）" : "")),
            ("园区数", "\(r.zones.count) 个"),
            // Articles are known when the brief read them; a facts file only names its source files.
            ctx.options.articleCount.map { ("文章", "\($0) 篇（来源文件 \(r.sourceFiles.count) 个）") }
                ?? ("来源文件", "\(r.sourceFiles.count) 个"),
            ("数据", "\(r.facts.count) 条（合并后 \(r.zones.reduce(0) { $0 + $1.figures.count } + r.otherEntities.count) 项）"),
        ]
        return Cover(title: ctx.title, subtitle: subtitle, facts: facts,
                     footnote: "\(ctx.options.issuer) · 数据截至\(ctx.dataMonthText) · 每个数字均可在附录“数据来源”中查到原文")
    }

    static func short(_ name: String) -> String {
        name.count <= SourcesSection.fullNameAbove ? name : String(name.prefix(SourcesSection.fullNameAbove - 1)) + "…"
    }
}
