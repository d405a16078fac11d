import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// Data notes: the rules, then estimates, targets, conflicts, merged duplicates, figures of
/// cities and companies, differing periods, USD conversions and the warnings of earlier stages.
enum NotesSection {
    static func blocks(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        var blocks: [Block] = [Blocks.section("数据说明", anchor: "notes")]
        var rules = [
            "数据来自新闻报道，由程序抽取，每条数据的原文见附录“数据来源”。",
            "预计数（预计、初步统计）与实际数分开列示；目标数（计划、力争、目标、预期）从不作为完成数。",
            "同一园区、指标、统计期、数值在多处出现时合并为一条，保留全部出处；数值不同时两者均保留，按“更精确者优先（无约数限定、有效数字更多），其次出处较晚者优先”取用，并列于“数据冲突”。",
            "“截至某月”的简报取各园区各指标在该年该月及以前结束的最新一期数据。",
            "横向排名只在统计期相同、单位相同的数据间进行；美元数据不折算为人民币，除非另给汇率。",
        ]
        if let rate = r.options.usdRate { rules[4] = "美元数据按 1 美元 = \(NumberWords.decimal(rate)) 元折算为人民币后比较（用户给定汇率）。" }
        blocks.append(Blocks.sub("口径与规则", anchor: "notes-rules"))
        for rule in rules { blocks.append(.paragraph(Paragraph([TextRun("· ", color: Palette.accent), TextRun(rule)], style: .small))) }

        let figureColumns = [TableColumn("园区", weight: 1.4, maxLines: 3), TableColumn("指标", weight: 1.4, maxLines: 3), TableColumn("数值", alignment: .trailing),
                             TableColumn("统计期"), TableColumn("出处", weight: 1.2)]
        func rows(_ fs: [Figure]) -> [[TableCell]] {
            fs.map { f in [TableCell(f.zone), TableCell(MetricWords.name(f)), Blocks.valueCell(f), TableCell(PeriodWords.text(f.period)), TableCell(Blocks.sources(f))] }
        }
        func section(_ title: String, _ anchor: String, _ intro: String, _ table: Table?) {
            blocks.append(Blocks.sub(title, anchor: anchor))
            blocks.append(.paragraph(Paragraph(intro, style: .small)))
            if let table { blocks.append(.table(table)) }
        }

        let estimates = r.estimates
        section("预计数", "notes-estimates", estimates.isEmpty ? "本期没有预计数。" : "以下 \(estimates.count) 项为预计数，图表中标注“预计”。",
                estimates.isEmpty ? nil : Table(columns: figureColumns, rows: rows(estimates), compact: true))
        let targets = r.targets
        section("目标数", "notes-targets", targets.isEmpty ? "本期没有目标数。" : "以下 \(targets.count) 项为计划或目标，仅用于计算完成度，不作为完成数。",
                targets.isEmpty ? nil : Table(columns: figureColumns, rows: rows(targets), compact: true))
        section("数据冲突", "notes-conflicts",
                r.conflicts.isEmpty ? "没有发现同一指标同一时期的不同数值。" : "以下 \(r.conflicts.count) 项在不同出处数值不同，两者均保留，简报采用第一列数值。",
                r.conflicts.isEmpty ? nil : Table(
                    columns: [TableColumn("园区", weight: 1.2, maxLines: 3), TableColumn("指标", weight: 1.2, maxLines: 3), TableColumn("统计期"),
                              TableColumn("采用", alignment: .trailing), TableColumn("未采用", alignment: .trailing), TableColumn("依据", weight: 0.8)],
                    rows: r.conflicts.map { c in
                        [TableCell(c.chosen.zone), TableCell(MetricWords.name(c.chosen)), TableCell(PeriodWords.text(c.chosen.period)),
                         TableCell("\(NumberWords.text(c.chosen))（\(Blocks.sources(c.chosen))）", bold: true),
                         TableCell(c.rejected.map { "\(NumberWords.text($0))（\(Blocks.sources($0))）" }.joined(separator: "；")),
                         TableCell(c.rule == .morePrecise ? "更精确" : "出处较晚")]
                    }, compact: true))
        section("重复报道合并", "notes-duplicates",
                r.duplicates.isEmpty ? "没有重复报道的数据。" : "以下 \(r.duplicates.count) 项在多处出现，已合并为一条并保留全部出处。",
                r.duplicates.isEmpty ? nil : Table(columns: figureColumns, rows: rows(r.duplicates), compact: true))
        section("非园区口径数据", "notes-others",
                r.otherEntities.isEmpty ? "没有属于城市、区县或企业的数据。" : "以下 \(r.otherEntities.count) 项数据属于城市、区县或企业，不是园区数据，不参与园区比较。",
                r.otherEntities.isEmpty ? nil : Table(columns: figureColumns.enumerated().map { $0.offset == 0 ? TableColumn("主体", weight: 1.4, maxLines: 3) : $0.element },
                                                      rows: rows(r.otherEntities), compact: true))
        let differing = r.rankings.filter(\.hasDifferingPeriods)
        if !differing.isEmpty {
            section("统计期不一致", "notes-periods", "以下指标各园区统计期不同，图中未参与排名的园区已注明时期。",
                    Table(columns: [TableColumn("指标", weight: 1.2, maxLines: 3), TableColumn("排名所用统计期"), TableColumn("其他统计期的园区", weight: 2.4)],
                          rows: differing.map { rk in
                              [TableCell(MetricWords.name(rk.measure)), TableCell(PeriodWords.text(rk.referencePeriod)),
                               TableCell(rk.entries.filter { !$0.comparable }.map { "\($0.zone)（\(PeriodWords.short($0.figure.period))）" }.joined(separator: "、"))]
                          }, compact: true))
        }
        if !r.convertedFromUSD.isEmpty {
            section("美元折算", "notes-usd", "以下数据原为美元，按用户给定汇率折算为人民币。",
                    Table(columns: figureColumns, rows: rows(r.convertedFromUSD), compact: true))
        }
        let warnings = ctx.options.warnings
        section("抽取与读取提示", "notes-warnings",
                warnings.isEmpty ? "抽取和读取过程中没有提示。" : "抽取或读取数据时有 \(warnings.count) 条提示，相关句子或行未计入或需人工核对。",
                warnings.isEmpty ? nil : Table(
                    columns: [TableColumn("位置", weight: 1.2), TableColumn("提示", weight: 3)],
                    rows: warnings.map { d in
                        [TableCell(d.line.map { "\(d.file):\($0)" } ?? d.file), TableCell(d.message, color: d.severity == .error ? Palette.down : nil)]
                    }, compact: true))
        return blocks
    }
}
