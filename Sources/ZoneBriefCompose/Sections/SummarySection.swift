import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// The summary page: three headline cards and the generated sentences, then the zones at a
/// glance. All of it speaks of the brief's period: headline cards are actuals of that period; a
/// zone with nothing in it shows an older figure as context, labelled so, never as its headline.
enum SummarySection {
    static func blocks(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        var blocks: [Block] = [Blocks.section("摘要", anchor: "summary")]
        var cards: [Card] = []
        let h = r.highlights
        if let f = h.largestInvestment {
            let p = NumberWords.value(f)
            cards.append(Card(label: "最大投资规模" + mark(f), value: NumberWords.approxWord(f.approx) + p.number, unit: p.unit,
                              note: "\(f.zone) · \(MetricWords.name(f)) · \(PeriodWords.text(f.period))", accent: accent(f, Palette.accent)))
        }
        if let f = h.fastestGrowth, let g = f.yoyPct {
            cards.append(Card(label: "最快增速（同比）" + mark(f), value: NumberWords.growth(g).replacing("%", with: ""), unit: "%",
                              note: "\(f.zone) · \(MetricWords.name(f)) · \(PeriodWords.text(f.period))", accent: accent(f, Palette.growth(g))))
        }
        if let f = h.mostProjects {
            let p = NumberWords.value(f)
            cards.append(Card(label: "最多项目" + mark(f), value: p.number, unit: p.unit,
                              note: "\(f.zone) · \(MetricWords.name(f)) · \(PeriodWords.text(f.period))", accent: accent(f, Palette.accent)))
        }
        if cards.isEmpty {
            blocks.append(.paragraph(Paragraph(r.briefPeriod == nil ? "没有注明时间的园区数据，无法给出本期头条数字。"
                : "本期（\(ctx.briefPeriodText)）没有投资、增速或项目数量类的实际数据，无法给出头条数字。", style: .note)))
        } else {
            blocks.append(.cards(CardGrid(cards, columns: 3)))
        }
        blocks.append(.spacer(8))
        let sentences = SummarySentences.sentences(r)
        if sentences.isEmpty {
            blocks.append(.paragraph(Paragraph(r.briefPeriod == nil ? "没有注明时间的园区数据，无法概述本期。"
                : "本期（\(ctx.briefPeriodText)）没有可供概述的数据。", style: .body)))
        }
        for s in sentences {
            blocks.append(.paragraph(Paragraph([TextRun("■\u{2002}", color: Palette.accent), TextRun(s.text)], style: .body, isListItem: true)))
        }
        blocks += overview(ctx)
        blocks.append(.paragraph(Paragraph([
            TextRun("头条数字、摘要和排名只用本期（\(ctx.briefPeriodText)）的实际数；预计数与目标数标明“预计”“目标”，不计入实际完成；各数字的原文见"),
            TextRun("附录“数据来源”", color: Palette.accent, link: "sources"),
            TextRun("，口径说明见"),
            TextRun("“数据说明”", color: Palette.accent, link: "notes"),
            TextRun("。"),
        ], style: .note)))
        return blocks
    }

    /// `（预计）` on a card that shows an estimate (headline cards show actuals only; kept for safety).
    static func mark(_ f: Figure) -> String { f.kind == .actual ? "" : "（\(MetricWords.kindWords[f.kind]!)）" }

    static func accent(_ f: Figure, _ otherwise: Color) -> Color {
        f.kind == .estimate ? Palette.estimate : f.kind == .target ? Palette.target : otherwise
    }

    /// Zones at a glance: how many figures each reports, how recent, and its representative
    /// figure of the brief's period (an actual where one exists); a zone with none in the period
    /// shows its latest figure as context, with its own period.
    static func overview(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        let zones = ctx.zones
        guard !zones.isEmpty else { return [] }
        // A row per zone: made when the layout reaches the table.
        @Sendable func rows() -> [[TableCell]] { ctx.zones.map { z in
            let current = z.headlines.filter(r.isCurrent)
            var cell: TableCell
            if let lead = representative(current) {
                cell = TableCell("\(MetricWords.name(lead)) \(NumberWords.marked(lead))（\(PeriodWords.text(lead.period))）",
                                 color: lead.kind == .estimate ? Palette.estimate : nil)
            } else if let older = representative(z.headlines) {
                let when = older.period == nil ? "未注明时间" : "往期（\(PeriodWords.text(older.period))）"
                cell = TableCell("本期无数据；\(when)：\(MetricWords.name(older)) \(NumberWords.marked(older))", color: Palette.muted)
            } else {
                cell = TableCell("仅有目标数", color: Palette.muted)
            }
            return [TableCell(z.zone, link: ctx.anchor(zone: z.zone)),
                    TableCell(String(z.headlines.count)),
                    TableCell(latestText(z, ctx)),
                    cell]
        } }
        return [
            .heading(Heading(level: 2, text: "园区一览", anchor: "overview")),
            .deferred(DeferredBlocks {
                [.table(Table(columns: [TableColumn("园区", weight: 1.5, maxLines: 3), TableColumn("指标数", alignment: .trailing, weight: 0.5),
                                        TableColumn("最新数据", weight: 0.8), TableColumn("代表性指标", weight: 3)],
                              rows: rows(), density: .automatic, groups: ctx.zoneTableGroups))]
            }),
        ]
    }

    /// The figure that stands for a zone: an actual in yuan, else another actual amount, else an
    /// actual growth rate, then the same among estimates.
    static func representative(_ figures: [Figure]) -> Figure? {
        for kind in [FactKind.actual, .estimate] {
            let fs = figures.filter { $0.kind == kind }
            if let f = fs.first(where: { $0.unit == .CNY }) ?? fs.first(where: { $0.unit != .percent }) ?? fs.first { return f }
        }
        return nil
    }

    /// The latest month of a zone's figures: `2023年6月`; `2023年（年度数）` when its only figures
    /// of that year are for the whole year under way; `时间未注明` when none is dated.
    static func latestText(_ z: ZoneMetrics, _ ctx: BriefContext) -> String {
        guard let m = AsOf.dataMonth(of: z.headlines) else { return "时间未注明" }
        if let p = ctx.report.briefPeriod, m > p.month { return "\(m.year)年（年度数）" }
        return PeriodWords.month(m)
    }
}
