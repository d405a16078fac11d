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
            blocks.append(.paragraph(Paragraph([TextRun("■ ", color: Palette.accent), TextRun(s.text)], style: .body)))
        }
        blocks.append(.paragraph(Paragraph([
            TextRun("预计数与目标数单列，不计入实际完成；各数字的原文见"),
            TextRun("附录“数据来源”", color: Palette.accent, link: "sources"),
            TextRun("，口径说明见"),
            TextRun("“数据说明”", color: Palette.accent, link: "notes"),
            TextRun("。"),
        ], style: .note)))
        return blocks
    }
}
