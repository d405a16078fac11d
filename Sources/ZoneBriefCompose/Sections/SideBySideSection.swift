import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// `--zones`: the chosen zones side by side: one column per zone for every measure any of them
/// reports, and grouped bars for the measures two or more of them share (by unit).
enum SideBySideSection {
    static func blocks(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        let zones = r.zones
        var blocks: [Block] = [Blocks.section("并列比较", anchor: "dashboard")]
        blocks.append(.paragraph(Paragraph("各园区数据按列并排，不作排名；统计期不同的数据在格内注明时期，图中以注释标出；预计数标“预计”。美元数据单独列示。", style: .note)))
        let measures = Array(Set(zones.flatMap(\.headlines).map(\.series.measure))).sorted()
        func figure(_ z: ZoneMetrics, _ m: MeasureKey) -> Figure? { z.headlines.first { $0.series.measure == m } }

        var columns = [TableColumn("指标", weight: 1.4, maxLines: 3)]
        columns += zones.map { TableColumn($0.zone, maxLines: 3) }
        let rows: [[TableCell]] = measures.map { m in
            var row = [TableCell(MetricWords.name(m))]
            for z in zones {
                guard let f = figure(z, m) else { row.append(TableCell("—", color: Palette.muted)); continue }
                var text = MetricWords.kindMark(f.kind) + (f.unit == .percent ? NumberWords.growth(f.comparableValue) : NumberWords.approxWord(f.approx) + NumberWords.value(f).text)
                if f.unit != .percent, let g = f.yoyPct { text += " " + NumberWords.growth(g) }
                text += "\n" + PeriodWords.short(f.period)
                row.append(TableCell(text, color: f.kind == .estimate ? Palette.estimate : nil))
            }
            return row
        }
        blocks.append(.heading(Heading(level: 2, text: "主要指标并列", anchor: "side-table")))
        blocks.append(.table(Table(columns: columns, rows: rows, caption: "每格：数值、同比，次行为统计期；预计数标“预计”，以橙色显示")))

        // Grouped bars per unit, for measures two or more zones share.
        let shared = measures.filter { m in zones.filter { figure($0, m) != nil }.count >= 2 }
        let byUnit = Dictionary(grouping: shared, by: \.unit)
        var chartIndex = 0
        for unit in FactUnit.allCases where byUnit[unit] != nil {
            let ms = byUnit[unit]!
            // Counts of different kinds (个, 家) are still counts: one chart per measure word.
            let groups = Dictionary(grouping: ms) { NumberWords.scale(for: unit, metric: $0.metric, largest: 1).unit }
            for key in groups.keys.sorted() {
                let group = groups[key]!
                let largest = group.flatMap { m in zones.compactMap { figure($0, m)?.comparableValue } }.map(abs).max() ?? 0
                let scale = NumberWords.scale(for: unit, metric: group[0].metric, largest: largest)
                let series = zones.map { z in
                    ChartSeries(name: z.zone,
                                values: group.map { m in figure(z, m).map { $0.comparableValue / scale.divisor } },
                                labels: group.map { m in figure(z, m).map { f in
                                    MetricWords.kindMark(f.kind)
                                        + (f.unit == .percent ? NumberWords.growth(f.comparableValue) : NumberWords.decimal(f.comparableValue / scale.divisor))
                                } },
                                secondary: group.map { m in figure(z, m)?.kind == .estimate })
                }
                let notes: [String?] = group.map { m in
                    let shown = zones.compactMap { z in figure(z, m) }
                    var note = Set(shown.map(\.period)).count > 1 ? "统计期不同，不宜直接比较" : PeriodWords.short(shown.first?.period)
                    if shown.contains(where: { $0.kind == .estimate }) { note += "；含预计数" }
                    return note
                }
                chartIndex += 1
                let title = unit == .percent ? "增速指标（%）" : unit == .count ? "数量指标（\(scale.unit)）" : "金额指标（\(scale.unit)）"
                blocks.append(.keepTogether([
                    .heading(Heading(level: 3, text: title, anchor: "side-chart-\(chartIndex)", inOutline: true, inContents: false)),
                    .chart(BarChart(title: nil, orientation: .horizontal, categories: group.map(MetricWords.name), series: series,
                                    notes: notes, unitCaption: unit == .percent ? "单位：%（同比）" : "单位：\(scale.unit)",
                                    secondaryLegend: "预计数",
                                    altText: ChartWords.grouped(title, categories: group.map(MetricWords.name),
                                                                series: series.map { ($0.name, $0.labels ?? []) }))),
                ]))
            }
        }
        // Growth side by side, for measures with a growth rate in two or more zones.
        let growthMeasures = measures.filter { m in m.unit != .percent && zones.filter { figure($0, m)?.yoyPct != nil }.count >= 2 }
        if !growthMeasures.isEmpty {
            let series = zones.map { z in
                ChartSeries(name: z.zone, values: growthMeasures.map { figure(z, $0)?.yoyPct },
                            labels: growthMeasures.map { m in figure(z, m).flatMap { f in f.yoyPct.map { MetricWords.kindMark(f.kind) + NumberWords.growth($0) } } },
                            secondary: growthMeasures.map { figure(z, $0)?.kind == .estimate })
            }
            blocks.append(.keepTogether([
                .heading(Heading(level: 3, text: "同比增速对比", anchor: "side-growth", inOutline: true, inContents: false)),
                .chart(BarChart(title: nil, orientation: .horizontal, categories: growthMeasures.map(MetricWords.name),
                                series: series, unitCaption: "单位：%（同比）", secondaryLegend: "预计数",
                                altText: ChartWords.grouped("同比增速", categories: growthMeasures.map(MetricWords.name),
                                                            series: series.map { ($0.name, $0.labels ?? []) }))),
            ]))
        }
        if shared.isEmpty && growthMeasures.isEmpty {
            blocks.append(.paragraph(Paragraph("所选园区没有共同报告的指标，无法并列作图；各自数据见下文分述。", style: .body)))
        }
        return blocks
    }
}
