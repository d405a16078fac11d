import ZoneBriefLayout
import ZoneBriefMetrics

/// The summary page: three headline cards and the generated sentences.
enum SummarySection {
    static func blocks(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        var blocks: [Block] = [Blocks.section("摘要", anchor: "summary")]
        var cards: [Card] = []
        let h = r.highlights
        if let f = h.largestInvestment {
            let p = NumberWords.value(f)
            cards.append(Card(label: "最大投资规模", value: NumberWords.approxWord(f.approx) + p.number, unit: p.unit,
                              note: "\(f.zone) · \(MetricWords.name(f)) · \(PeriodWords.text(f.period))", accent: Palette.accent))
        }
        if let f = h.fastestGrowth, let g = f.yoyPct {
            cards.append(Card(label: "最快增速", value: NumberWords.growth(g).replacing("%", with: ""), unit: "%",
                              note: "\(f.zone) · \(MetricWords.name(f)) · \(PeriodWords.text(f.period))", accent: Palette.growth(g)))
        }
        if let f = h.mostProjects {
            let p = NumberWords.value(f)
            cards.append(Card(label: "最多项目", value: p.number, unit: p.unit,
                              note: "\(f.zone) · \(MetricWords.name(f)) · \(PeriodWords.text(f.period))", accent: Palette.accent))
        }
        if cards.isEmpty {
            blocks.append(.paragraph(Paragraph("本期数据中没有投资、增速或项目数量类的实际数据，无法给出头条数字。", style: .note)))
        } else {
            blocks.append(.cards(CardGrid(cards, columns: 3)))
        }
        blocks.append(.spacer(8))
        let sentences = SummarySentences.sentences(r)
        if sentences.isEmpty {
            blocks.append(.paragraph(Paragraph("本期没有可供概述的实际数据。", style: .body)))
        }
        for s in sentences {
            blocks.append(.paragraph(Paragraph([TextRun("■\u{2002}", color: Palette.accent), TextRun(s.text)], style: .body)))
        }
        blocks += overview(ctx)
        blocks.append(.paragraph(Paragraph([
            TextRun("预计数与目标数单列，不计入实际完成；各数字的原文见"),
            TextRun("附录“数据来源”", color: Palette.accent, link: "sources"),
            TextRun("，口径说明见"),
            TextRun("“数据说明”", color: Palette.accent, link: "notes"),
            TextRun("。"),
        ], style: .note)))
        return blocks
    }

    /// Zones at a glance: how many figures each reports, how recent, and its leading figure.
    static func overview(_ ctx: BriefContext) -> [Block] {
        let zones = ctx.report.zones
        guard !zones.isEmpty else { return [] }
        let rows: [[TableCell]] = zones.map { z in
            let lead = z.headlines.first { $0.unit == .CNY } ?? z.headlines.first { $0.unit != .percent } ?? z.headlines.first
            return [TableCell(z.zone, link: ctx.anchor(zone: z.zone)),
                    TableCell(String(z.headlines.count)),
                    TableCell(AsOf.dataMonth(of: z.headlines).map(PeriodWords.month) ?? "—"),
                    TableCell(lead.map { "\(MetricWords.name($0)) \(NumberWords.text($0))（\(PeriodWords.text($0.period))）" } ?? "仅有目标数")]
        }
        return [
            .heading(Heading(level: 2, text: "园区一览", anchor: "overview")),
            .table(Table(columns: [TableColumn("园区", weight: 1.5, maxLines: 3), TableColumn("指标数", alignment: .trailing, weight: 0.5),
                                   TableColumn("最新数据", weight: 0.8), TableColumn("代表性指标", weight: 3)],
                         rows: rows, compact: zones.count > 20)),
        ]
    }
}
