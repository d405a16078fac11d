import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// The comparison dashboard: for each measure two or more zones share, a ranked bar chart (values,
/// unit, period, growth; differing periods said on the bar), then a zones × measures matrix.
enum DashboardSection {
    /// Bars drawn per chart; longer rankings continue in a table below the chart.
    static let maxBars = 12
    /// Most measures per matrix table; more measures make more tables of balanced width.
    static let matrixColumns = 9

    static func blocks(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        var blocks: [Block] = [Blocks.section("横向比较", anchor: "dashboard")]
        blocks.append(.paragraph(Paragraph("排名只在同一统计期、同一单位的实际数之间进行，优先用本期（\(ctx.briefPeriodText)）的数据；预计数、其他统计期和未注明时间的数据排在末尾，以浅色斜纹条形列示并注明，不参与排名。美元数据单独比较，不折算为人民币。", style: .note)))
        if r.rankings.isEmpty {
            blocks.append(.paragraph(Paragraph("本期没有两个以上园区共有的指标，暂无横向比较。", style: .body)))
        }
        // Each measure's chart and full ranking table is made when the layout reaches it: the
        // document holds one measure's rows at a time, not every zone of every measure.
        for (i, rk) in r.rankings.enumerated() {
            blocks.append(.deferred(DeferredBlocks { chart(rk, index: i + 1, ctx: ctx) }))
        }
        blocks += matrix(ctx)
        return blocks
    }

    static func chart(_ rk: Ranking, index: Int, ctx: BriefContext) -> [Block] {
        let name = MetricWords.name(rk.measure)
        let shown = Array(rk.entries.prefix(maxBars))
        let largest = rk.entries.map { abs($0.figure.comparableValue) }.max() ?? 0
        let scale = NumberWords.scale(for: rk.measure.unit, metric: rk.measure.metric, largest: largest)
        let values: [Double?] = shown.map { $0.figure.comparableValue / scale.divisor }
        let labels: [String?] = shown.map { e in
            let f = e.figure
            var s = MetricWords.kindMark(f.kind)
            s += f.unit == .percent ? NumberWords.growth(f.comparableValue) : NumberWords.approxWord(f.approx) + NumberWords.decimal(f.value / scale.divisor)
            if f.unit != .percent, let g = f.yoyPct { s += "  " + NumberWords.growth(g) }
            return s
        }
        // The note says why a bar is not ranked: an estimate, another period, no date.
        let notes: [String?] = shown.map { e in
            switch e.unranked {
            case nil: return nil
            case .estimate?: return "预计数 · " + PeriodWords.short(e.figure.period)
            case .otherPeriod?: return PeriodWords.short(e.figure.period)
            case .undated?: return "时间未注明"
            }
        }
        let comparable = rk.ranked.count
        // A rank is printed only where there is something to rank.
        let categories = shown.map { e in comparable >= 2 ? e.rank.map { "\($0). \(e.zone)" } ?? e.zone : e.zone }
        let unit = rk.measure.unit == .percent ? "%（同比）" : scale.unit
        // Figures not ranked are listed after the ranked ones, drawn hatched; the legend names
        // the reference period and why the others are apart.
        let unranked = shown.map { !$0.comparable }
        let period = PeriodWords.text(rk.referencePeriod) + (rk.isCurrent || rk.referencePeriod == nil ? "" : "（\(ctx.contextWord(rk.referencePeriod))）")
        let caption: String
        switch (comparable >= 2, unranked.contains(true)) {
        case (true, false): caption = "单位：\(unit) · 排名统计期：\(period)（\(comparable) 个园区实际数）"
        case (true, true): caption = "单位：\(unit) · \(comparable) 个园区参与排名"
        case (false, true): caption = "单位：\(unit)"
        case (false, false): caption = "单位：\(unit) · 统计期：\(period)"
        }
        let reasons = Set(rk.entries.compactMap(\.unranked))
        let apart = [(Ranking.Unranked.estimate, "预计数"), (.otherPeriod, "统计期不同"), (.undated, "时间未注明")]
            .filter { reasons.contains($0.0) }.map(\.1).joined(separator: "、")
        var chart = BarChart(title: nil, orientation: .horizontal, categories: categories,
                             series: [ChartSeries(name: name, values: values, labels: labels)],
                             notes: notes.contains { $0 != nil } ? notes : nil, unitCaption: caption,
                             secondary: unranked.contains(true) ? unranked : nil,
                             primaryLegend: rk.referencePeriod == nil ? "实际数" : comparable >= 2 ? "\(period)实际数，参与排名" : "\(period)实际数",
                             secondaryLegend: "\(apart)，仅列示，不参与排名")
        chart.altText = ChartWords.ranking(
            measure: name,
            ranked: shown.filter(\.comparable).map { ($0.zone, altValue($0.figure, scale: scale)) },
            apart: shown.filter { !$0.comparable }.map { ($0.zone, altValue($0.figure, scale: scale) + "（\(PeriodWords.short($0.figure.period))）") })
        var blocks: [Block] = [.keepTogether([
            .heading(Heading(level: 3, text: name, anchor: "rank-\(index)", inOutline: true, inContents: false)),
            .chart(chart),
        ])]
        if rk.entries.count > maxBars {
            let rows: [[TableCell]] = rk.entries.map { e in
                [TableCell(e.rank.map(String.init) ?? "—"), TableCell(e.zone, link: ctx.anchor(zone: e.zone)),
                 Blocks.valueCell(e.figure, growthColumn: true, marked: true), Blocks.growthCell(e.figure), TableCell(PeriodWords.text(e.figure.period))]
            }
            blocks.append(.table(Table(columns: [TableColumn("名次", alignment: .trailing, weight: 0.4), TableColumn("园区", weight: 2, maxLines: 3),
                                                 TableColumn("数值", alignment: .trailing), TableColumn("同比", alignment: .trailing),
                                                 TableColumn("统计期")],
                                       rows: rows, caption: "\(name)：全部 \(rk.entries.count) 个园区", compact: true)))
        }
        return blocks
    }

    /// `1253.6亿元`, `预计+12.5%`: a figure as the chart's alternate text says it.
    static func altValue(_ f: Figure, scale: NumberWords.Scale) -> String {
        MetricWords.kindMark(f.kind) + (f.unit == .percent ? NumberWords.growth(f.comparableValue)
            : NumberWords.approxWord(f.approx) + NumberWords.decimal(f.value / scale.divisor) + scale.unit)
    }

    /// Zones × the measures of the rankings: ● a figure of the reference period, ○ another period.
    static func matrix(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        guard !r.rankings.isEmpty, !r.zones.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 2, text: "指标覆盖矩阵", anchor: "matrix"))]
        blocks.append(.paragraph(Paragraph("● 参与排名的实际数　○ 仅列示（预计数、其他统计期或未注明时间）　空白：未报告。“指标数”为该园区全部实际或预计指标的个数。", style: .note)))
        var tablesBlocks: [Block] = []
        let tables = (r.rankings.count + matrixColumns - 1) / matrixColumns
        let width = (r.rankings.count + tables - 1) / tables
        let chunks = stride(from: 0, to: r.rankings.count, by: width).map { Array(r.rankings[$0..<min($0 + width, r.rankings.count)]) }
        for (n, chunk) in chunks.enumerated() {
            var columns = [TableColumn("园区", weight: 2.2, maxLines: 3)]
            // Headers on two balanced lines (`地区生产⏎总值`), never one character a line: the
            // layout picks the break, at a word the wording knows where it can.
            columns += chunk.map {
                TableColumn(MetricWords.name($0.measure), alignment: .center, titleWrap: .balanced(lineStarts: MetricWords.lineStarts))
            }
            columns.append(TableColumn("指标数", alignment: .trailing, weight: 0.6))
            let caption = chunks.count > 1 ? "指标覆盖（\(n + 1)/\(chunks.count)）" : nil
            // The engine sets it compact when it is long or its columns do not fit the body.
            // A long matrix is made when the layout reaches it (one table's rows held at a time).
            if r.zones.count <= 30 {
                tablesBlocks.append(matrixTable(chunk, columns: columns, caption: caption, ctx: ctx))
            } else {
                tablesBlocks.append(.deferred(DeferredBlocks { [columns] in [matrixTable(chunk, columns: columns, caption: caption, ctx: ctx)] }))
            }
        }
        // A matrix that fits a page is not split a few rows from its end.
        if r.zones.count <= 30 { return [.keepTogether(blocks + tablesBlocks)] }
        return blocks + tablesBlocks
    }

    /// One matrix table: a row per zone in section order, a column per measure of `chunk`.
    static func matrixTable(_ chunk: [Ranking], columns: [TableColumn], caption: String?, ctx: BriefContext) -> Block {
        let byZone: [[String: Ranking.Entry]] = chunk.map { rk in
            Dictionary(rk.entries.map { ($0.zone, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let rows: [[TableCell]] = ctx.zones.map { z in
            var row = [TableCell(z.zone, link: ctx.anchor(zone: z.zone))]
            for entries in byZone {
                let e = entries[z.zone]
                row.append(e == nil ? "" : TableCell(e!.comparable ? "●" : "○", color: e!.comparable ? Palette.accent : Palette.muted))
            }
            row.append(TableCell(String(z.headlines.count)))
            return row
        }
        return .table(Table(columns: columns, rows: rows, caption: caption, density: .automatic, groups: ctx.zoneTableGroups))
    }
}
