import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// One section per zone (in `ZoneOrder`; a page each only with `--page-per-zone`, else they
/// follow one another; grouped under a heading per province at scale): key figures in cards, every headline in a table,
/// growth as a chart, projects and investment, targets and how far they are reached, the change
/// between cumulative periods, and the sentences the figures came from.
enum ZoneSection {
    static let maxCards = 4

    static func blocks(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        guard !r.zones.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 1, text: "园区分述", anchor: "zones", pageBreakBefore: true))]
        let grouped = ctx.order.isGrouped
        if grouped {
            blocks.append(.paragraph(Paragraph("各园区按省份排列（依国家标准 GB/T 2260 的省份顺序），省内按园区名称的拼音排序；不能归入省份的园区列于“\(ZoneOrder.otherRegion)”。按名称查找园区，见书末“园区索引”。", style: .note)))
        }
        var first = true
        for (g, group) in ctx.order.groups.enumerated() {
            if grouped {
                blocks.append(.heading(Heading(level: 2, text: "\(group.title)（\(group.entries.count) 个园区）", anchor: "region-\(g + 1)",
                                               pageBreakBefore: ctx.options.pagePerZone && !first)))
            }
            for e in group.entries {
                // Made when the layout reaches it: the document holds one zone's blocks at a time.
                let z = e.zone, level = grouped ? 3 : 2, pageBreak = ctx.options.pagePerZone && !first && !grouped
                blocks.append(.deferred(DeferredBlocks { zone(z, ctx: ctx, level: level, pageBreakBefore: pageBreak) }))
                first = false
            }
        }
        return blocks
    }

    /// A zone's section, its heading at `level` (2, or 3 under its province).
    static func zone(_ z: ZoneMetrics, ctx: BriefContext, level: Int, pageBreakBefore: Bool) -> [Block] {
        let anchor = ctx.anchor(zone: z.zone)
        func sub(_ text: String, anchor: String) -> Block { Blocks.sub(text, anchor: anchor, level: level + 1) }
        var blocks: [Block] = [.heading(Heading(level: level, text: z.zone, anchor: anchor, pageBreakBefore: pageBreakBefore))]
        let r = ctx.report
        let current = z.headlines.filter(r.isCurrent)
        let estimates = z.headlines.filter { $0.kind == .estimate }.count
        var lead = "共 \(z.headlines.count) 项指标"
        let latest = SummarySection.latestText(z, ctx)
        if !z.headlines.isEmpty { lead += latest == "时间未注明" ? "，均未注明时间" : "，最新数据：\(latest)" }
        if estimates > 0 { lead += "，其中 \(estimates) 项为预计数" }
        let targets = z.figures.filter { $0.kind == .target }.count
        if targets > 0 { lead += "；另有目标 \(targets) 项，单列于下" }
        lead += "。"
        if current.isEmpty && !z.headlines.isEmpty {
            lead += "本期（\(ctx.briefPeriodText)）没有该园区的数据，以下为往期或未注明时间的数据，仅作背景。"
        }
        blocks.append(.paragraph(Paragraph(lead, style: .lead)))

        // Key figures of the brief's period: actuals before estimates, money before counts, at most four.
        let keys = [FactKind.actual, .estimate].flatMap { k in
            let fs = current.filter { $0.kind == k }
            return fs.filter { $0.unit == .CNY || $0.unit == .USD } + fs.filter { $0.unit == .count }
        }.prefix(maxCards)
        if !keys.isEmpty {
            // Cards keep one width from zone to zone: a lone card is not stretched across the page.
            blocks.append(.cards(CardGrid(keys.map(card), columns: maxCards)))
        }
        // The zone's name, its lead and its key figures open the section together.
        blocks = [.keepTogether(blocks)]

        if !z.headlines.isEmpty {
            blocks.append(sub("主要指标", anchor: "\(anchor)-figures"))
            blocks.append(.table(Table(
                columns: [TableColumn("指标", weight: 1.6, maxLines: 3), TableColumn("数值", alignment: .trailing), TableColumn("同比", alignment: .trailing),
                          TableColumn("统计期"), TableColumn("口径", alignment: .center, weight: 0.5), TableColumn("出处", weight: 1.2)],
                rows: z.headlines.map { f in
                    [TableCell(MetricWords.name(f)), Blocks.valueCell(f, growthColumn: true, marked: true), Blocks.growthCell(f),
                     TableCell(PeriodWords.text(f.period), color: r.isCurrent(f) ? nil : Palette.muted),
                     Blocks.kindCell(f.kind), TableCell(Blocks.sources(f), link: "src-\(anchor)")]
                })))
        }

        let growth = z.growth
        if !growth.isEmpty {
            // An estimate's growth is drawn hatched and labelled 预计.
            let estimated = growth.map { $0.kind == .estimate }
            blocks.append(.keepTogether([
                sub("增速", anchor: "\(anchor)-growth"),
                .chart(BarChart(title: nil, orientation: .horizontal, categories: growth.map(MetricWords.name),
                                series: [ChartSeries(name: "同比", values: growth.map(\.yoyPct),
                                                     labels: growth.map { f in f.yoyPct.map { MetricWords.kindMark(f.kind) + NumberWords.growth($0) } })],
                                notes: growth.map { PeriodWords.short($0.period) + ($0.kind == .estimate ? " · 预计" : "") },
                                unitCaption: "单位：%（同比，原文所载）",
                                secondary: estimated.contains(true) ? estimated : nil,
                                primaryLegend: "实际数", secondaryLegend: "预计数",
                                altText: ChartWords.list("\(z.zone)各指标同比增速", growth.map { f in
                                    (MetricWords.name(f), MetricWords.kindMark(f.kind) + (f.yoyPct.map(NumberWords.growth) ?? "—"))
                                }))),
            ]))
        }

        let invest = z.figures.filter { f in
            f.kind != .target && f.unit != .percent &&
                (MetricsVocabulary.investmentMetrics.contains(f.metric) || MetricsVocabulary.projectMetrics.contains(f.metric) || f.metric == .annual_investment)
        }
        // Left out when it would only repeat rows of the table above.
        let repeatsHeadlines = invest.allSatisfy { f in
            z.headlines.contains { $0.series == f.series && $0.period == f.period && $0.value == f.value && $0.kind == f.kind }
        }
        if !invest.isEmpty && !repeatsHeadlines {
            blocks.append(sub("项目与投资", anchor: "\(anchor)-projects"))
            blocks.append(.table(Table(
                columns: [TableColumn("指标", weight: 1.6, maxLines: 3), TableColumn("数值", alignment: .trailing), TableColumn("统计期"),
                          TableColumn("口径", alignment: .center, weight: 0.5)],
                rows: invest.map { f in [TableCell(MetricWords.name(f)), Blocks.valueCell(f, marked: true), TableCell(PeriodWords.text(f.period)), Blocks.kindCell(f.kind)] })))
        }
        // Figures that stand for no series (an estimate beside an actual, an earlier period), each with its kind.
        let shown = Set(z.headlines + (repeatsHeadlines ? [] : invest))
        let rest = z.figures.filter { $0.kind != .target && !shown.contains($0) }
        if !rest.isEmpty {
            blocks.append(sub("其他数据", anchor: "\(anchor)-other"))
            blocks.append(.table(Table(
                columns: [TableColumn("指标", weight: 1.6, maxLines: 3), TableColumn("数值", alignment: .trailing), TableColumn("同比", alignment: .trailing),
                          TableColumn("统计期"), TableColumn("口径", alignment: .center, weight: 0.5)],
                rows: rest.map { f in [TableCell(MetricWords.name(f)), Blocks.valueCell(f, growthColumn: true, marked: true), Blocks.growthCell(f),
                                       TableCell(PeriodWords.text(f.period)), Blocks.kindCell(f.kind)] })))
        }

        if !z.targets.isEmpty {
            blocks.append(sub("目标与完成度", anchor: "\(anchor)-targets"))
            blocks.append(.table(Table(
                columns: [TableColumn("指标", weight: 1.4, maxLines: 3), TableColumn("年度目标", alignment: .trailing), TableColumn("已完成", alignment: .trailing),
                          TableColumn("完成度", alignment: .trailing, weight: 0.7), TableColumn("依据", weight: 0.9)],
                rows: z.targets.map { t in
                    let name = MetricWords.name(t.series.measure)
                    let target = t.target.map { f -> String in
                        "目标" + (f.unit == .percent ? "增长\(NumberWords.decimal(f.comparableValue))%" : NumberWords.text(f)) + " · \(t.year.map { "\($0)年" } ?? "时间未注明")"
                    } ?? "未载明"
                    let reached = t.reached.map { "\(NumberWords.marked($0))（\(PeriodWords.text($0.period))）" } ?? "未报告"
                    let share = t.sharePct.map(NumberWords.percent) ?? "—"
                    let basis = t.shareSource == .text ? "原文所载" : t.shareSource == .computed ? "按目标测算" : "—"
                    return [TableCell(name), TableCell(target, color: Palette.target),
                            TableCell(reached, color: t.reached?.kind == .estimate ? Palette.estimate : nil),
                            TableCell(share, bold: t.sharePct != nil), TableCell(basis)]
                })))
        }

        // How far each target is reached, against its target drawn as a dashed outline at 100%.
        let shares = z.targets.filter { $0.sharePct != nil }
        if !shares.isEmpty {
            blocks.append(.keepTogether([.chart(BarChart(
                title: nil, orientation: .horizontal, categories: shares.map { MetricWords.name($0.series.measure) },
                series: [ChartSeries(name: "已完成（占年度目标）", values: shares.map(\.sharePct),
                                     labels: shares.map { t in t.sharePct.map { (t.reached?.kind == .estimate ? "预计" : "") + NumberWords.percent($0) } },
                                     secondary: shares.map { $0.reached?.kind == .estimate }),
                         ChartSeries(name: "年度目标（100%）", values: shares.map { _ in 100 }, labels: shares.map { _ in "目标" },
                                     targets: shares.map { _ in true })],
                unitCaption: "单位：%（完成额占年度目标）", secondaryLegend: "预计数", targetLegend: "年度目标",
                altText: ChartWords.list("\(z.zone)年度目标完成度", shares.map { t in
                    (MetricWords.name(t.series.measure), (t.reached?.kind == .estimate ? "预计" : "") + "完成" + (t.sharePct.map(NumberWords.percent) ?? "—"))
                })))]))
        }

        if !z.steps.isEmpty {
            // The explanation stays with its table.
            blocks.append(.keepTogether([
                sub("累计变化", anchor: "\(anchor)-steps"),
                .paragraph(Paragraph("由同一年的两期累计实际数相减得出：相邻两月之差为后一月的当月值，相隔数月之差为这几个月的累计增加额；均为测算，不是增速。", style: .small)),
                .table(Table(
                columns: [TableColumn("指标", weight: 1.2, maxLines: 3), TableColumn("前期累计", alignment: .trailing), TableColumn("本期累计", alignment: .trailing),
                          TableColumn("两期之差（测算）", alignment: .trailing, weight: 1.2)],
                rows: z.steps.map { s in
                    let scale = NumberWords.scale(for: s.series.unit, metric: s.series.metric, largest: abs(s.to.value))
                    return [TableCell(MetricWords.name(s.to)),
                            TableCell("\(NumberWords.decimal(s.from.value / scale.divisor))\(scale.unit)（\(PeriodWords.text(s.from.period))）"),
                            TableCell("\(NumberWords.decimal(s.to.value / scale.divisor))\(scale.unit)（\(PeriodWords.text(s.to.period))）"),
                            TableCell("\(stepLabel(s))\(NumberWords.decimal(s.delta / scale.divisor))\(scale.unit)")]
                })),
            ]))
        }

        // The sentences the figures came from, each once.
        var seen: Set<String> = []
        var quotes: [Block] = []
        for f in z.figures {
            for s in f.sources where !s.quote.isEmpty && seen.insert("\(s.file):\(s.line)").inserted {
                quotes.append(.paragraph(Paragraph([TextRun("“\(s.quote)”"), TextRun("　", color: Palette.muted),
                                                      TextRun(attribution(s), color: Palette.muted, noBreak: true)], style: .quote)))
            }
        }
        if !quotes.isEmpty {
            blocks.append(sub("原文摘录", anchor: "\(anchor)-quotes"))
            blocks += quotes
        }
        return blocks
    }

    static func card(_ f: Figure) -> Card {
        let p = NumberWords.value(f)
        var note = PeriodWords.text(f.period)
        if let g = f.yoyPct { note += " · 同比" + NumberWords.growth(g) }
        if f.kind == .estimate { note += " · 预计" }
        let label = MetricWords.name(f) + (f.kind == .actual ? "" : "（\(MetricWords.kindWords[f.kind]!)）")
        return Card(label: label, value: NumberWords.approxWord(f.approx) + p.number, unit: p.unit, note: note,
                    accent: f.kind == .estimate ? Palette.estimate : Palette.accent)
    }

    /// What a cumulative step's difference is: `6月当月` (one month), `4—6月增加` (several).
    static func stepLabel(_ s: CumulativeStep) -> String {
        let span = s.span
        if s.isOneMonth { return "\(span.end.month)月当月" }
        return "\(span.start!.month)—\(span.end.month)月增加"
    }

    /// `— seeds/a.txt 第41行`, set as a no-break run (`TextRun.noBreak`): the layout breaks a
    /// line before the dash, never inside the file name or between it and its line.
    static func attribution(_ s: SourceRef) -> String {
        "— \(s.file) 第\(s.line)行"
    }
}
