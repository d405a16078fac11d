import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// The sources appendix: every fact behind the brief with file, line and quote, grouped by zone
/// (zones in brief order, then cities and companies), so any number can be checked.
enum SourcesSection {
    static func blocks(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        var blocks: [Block] = [Blocks.section("数据来源", anchor: "sources")]
        // Files in one folder are named without it; the note says which folder.
        let folder = commonFolder(r.sourceFiles)
        let inFolder = folder.map { "，均在 \($0) 下" } ?? ""
        blocks.append(.paragraph(Paragraph("共 \(r.facts.count) 条数据，来自 \(r.sourceFiles.count) 个文件\(inFolder)。行号从 1 起算，其下为文章日期（原文注明时）；同一数字的多处出处分行列出。", style: .note)))
        // Each zone's facts as positions in the report's facts, not copies of them.
        var byZone: [String: [Int]] = [:]
        for (i, f) in r.facts.enumerated() { byZone[f.zone, default: []].append(i) }
        // What each name is, as the brief decided it (a zone has a section; others are in the notes).
        var entities: [String: Entity] = [:]
        for z in r.zones { entities[z.zone] = .zone }
        for f in r.otherEntities { entities[f.zone] = f.entity }
        var order = ctx.zones.map(\.zone)
        order += byZone.keys.filter { ctx.anchors[$0] == nil }.sorted()
        for (index, zone) in order.enumerated() {
            guard let positions = byZone[zone] else { continue }
            let anchor = ctx.anchors[zone] != nil ? "src-\(ctx.anchor(zone: zone))" : "src-other-\(index)"
            let entity = entities[zone] ?? r.facts[positions[0]].entity
            // Made when the layout reaches it: the document holds one zone's rows at a time.
            // (The closure holds the context, a reference, not a copy of the report.)
            blocks.append(.deferred(DeferredBlocks {
                zoneBlocks(zone, facts: positions.map { ctx.report.facts[$0] }, entity: entity, anchor: anchor, folder: folder)
            }))
        }
        return blocks
    }

    /// A zone's sources: its heading, its full name when long, and its facts' table.
    static func zoneBlocks(_ zone: String, facts: [Fact], entity: Entity, anchor: String, folder: String?) -> [Block] {
        var blocks: [Block] = []
        let sorted = facts.sorted { ($0.source.file, $0.source.line, $0.metric) < ($1.source.file, $1.source.line, $1.metric) }
        blocks.append(.heading(Heading(level: 3, text: zone + (entity.isZone ? "" : "（非园区：\(MetricWords.entityWords[entity] ?? entity.rawValue)）"),
                                       anchor: anchor, inOutline: true, inContents: false)))
        // A name long enough to be cut elsewhere (headings, tables, charts) is given whole here.
        if zone.count > fullNameAbove {
            blocks.append(.paragraph(Paragraph("全称：" + zone, style: .note)))
        }
        blocks.append(.table(Table(
            columns: [TableColumn("指标", weight: 1.0), TableColumn("数值", alignment: .trailing, weight: 0.8), TableColumn("统计期", weight: 1.1),
                      TableColumn("口径", alignment: .center, weight: 0.4), TableColumn("文件:行", weight: 1.4), TableColumn("原文", weight: 2.8)],
            rows: sorted.map { f in
                let fig = Figure(series: SeriesKey(zone: f.zone, metric: f.metric, label: f.label, unit: f.unit), kind: f.kind, period: f.period,
                                 value: f.value, approx: f.approx, yoyPct: f.yoyPct, targetPct: f.targetPct, sources: [f.source])
                return [TableCell(MetricWords.name(fig)), Blocks.valueCell(fig, marked: true), TableCell(PeriodWords.text(f.period)), Blocks.kindCell(f.kind),
                        TableCell("\(folder.map { String(f.source.file.dropFirst($0.count)) } ?? f.source.file):\(f.source.line)" + (f.source.date.map { "\n\($0)" } ?? "")), TableCell(f.source.quote.isEmpty ? "（无原文）" : f.source.quote)]
            }, compact: true)))
        return blocks
    }

    /// Names longer than this many characters are printed whole under their heading (elsewhere
    /// they may be cut to a few lines with an ellipsis).
    static let fullNameAbove = 30

    /// `seeds/` when every file is directly in that folder; nil otherwise.
    static func commonFolder(_ files: [String]) -> String? {
        guard let first = files.first, let slash = first.lastIndex(of: "/") else { return nil }
        let folder = String(first[...slash])
        return files.allSatisfy { $0.hasPrefix(folder) && !$0.dropFirst(folder.count).contains("/") } ? folder : nil
    }
}
