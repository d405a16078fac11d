import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// Data notes: the rules, then estimates, targets, conflicts (with the articles' dates), merged
/// zone names, merged duplicates, figures of cities, districts and companies, undated figures,
/// differing periods, USD conversions and the warnings of earlier stages.
enum NotesSection {
    static func blocks(_ ctx: BriefContext) -> [Block] {
        let r = ctx.report
        var blocks: [Block] = [Blocks.section("数据说明", anchor: "notes")]
        var period = "本简报的统计期为\(ctx.briefPeriodText)\(r.options.asOf == nil ? "（数据最新的月份）" : "")，数据截至\(ctx.dataMonthText)"
        if ctx.periodPastData { period += "：所选统计期截至\(PeriodWords.month(r.options.asOf!))，但\(ctx.dataMonthText)以后没有数据" }
        period += "。头条数字、园区一览和摘要只用本期（当年1月至该月）的数据；更早、当年全年口径或未注明时间的数据只作背景列示，并注明其时期。横向比较优先按本期的实际数排名；某指标本期没有实际数时，按其最常见的统计期排名并注明“早于本期”或“全年口径，非本期”。"
        var rules = [
            "数据来自新闻报道，由程序抽取，每条数据的原文见附录“数据来源”。",
            period,
            "预计数（预计、初步统计）与实际数分开列示，凡预计数、目标数，在表格、图表和文字中均标明“预计”“目标”；目标数（计划、力争、目标、预期）从不作为完成数；排名和“最大”“最快”的比较只在实际数之间进行。",
            "同一园区、指标、统计期、数值在多处出现时合并为一条，保留全部出处；数值不同时均保留，按文章日期取较晚的一篇（后发报道修订先前数字；与精确数相符的约数不推翻精确数）；日期缺失或相同时取更精确者（无约数限定、有效数字更多），仍无法区分时按出处顺序取后者，并列于“数据冲突”。",
            "横向排名只在统计期相同、单位相同的实际数之间进行；美元数据不折算为人民币，除非另给汇率。",
            "增速均为原文所载同比；“累计变化”中的两期之差由累计数相减得出，标为“当月”或“增加”，不是增速；目标完成度注明“原文所载”或“按目标测算”。",
            "城市、区县、企业、项目、园区内分园及多个园区合计的数据（主体由抽取时判定），不计入园区比较，列于“非园区口径数据”。",
        ]
        if let rate = r.options.usdRate { rules[4] = "横向排名只在统计期相同、单位相同的实际数之间进行；美元数据按 1 美元 = \(NumberWords.decimal(rate)) 元折算为人民币后比较（用户给定汇率）。" }
        blocks.append(Blocks.sub("口径与规则", anchor: "notes-rules"))
        for rule in rules { blocks.append(.paragraph(Paragraph([TextRun("· ", color: Palette.accent), TextRun(rule)], style: .small, isListItem: true))) }

        let figureColumns = [TableColumn("园区", weight: 1.4, maxLines: 3), TableColumn("指标", weight: 1.4, maxLines: 3), TableColumn("数值", alignment: .trailing),
                             TableColumn("统计期"), TableColumn("出处", weight: 1.2)]
        @Sendable func rows(_ fs: [Figure]) -> [[TableCell]] {
            fs.map { f in [TableCell(f.zone), TableCell(MetricWords.name(f)), Blocks.valueCell(f, marked: true), TableCell(PeriodWords.text(f.period)), TableCell(Blocks.sources(f))] }
        }
        // A section's table (a row per estimate, target, conflict… of every zone) is made when
        // the layout reaches it.
        func section(_ title: String, _ anchor: String, _ intro: String, _ table: @autoclosure @escaping @Sendable () -> Table?) {
            blocks.append(Blocks.sub(title, anchor: anchor))
            blocks.append(.paragraph(Paragraph(intro, style: .small)))
            blocks.append(.deferred(DeferredBlocks { table().map { [.table($0)] } ?? [] }))
        }

        let estimates = r.estimates
        section("预计数", "notes-estimates", estimates.isEmpty ? "本期没有预计数。" : "以下 \(estimates.count) 项为预计数，文中、表中和图中均标注“预计”，不参与排名。",
                estimates.isEmpty ? nil : Table(columns: figureColumns, rows: rows(estimates), compact: true))
        let targets = r.targets
        section("目标数", "notes-targets", targets.isEmpty ? "本期没有目标数。" : "以下 \(targets.count) 项为计划或目标，仅用于计算完成度，不作为完成数。",
                targets.isEmpty ? nil : Table(columns: figureColumns, rows: rows(targets), compact: true))
        section("数据冲突", "notes-conflicts",
                r.conflicts.isEmpty ? "没有发现同一指标同一时期的不同数值。" : "以下 \(r.conflicts.count) 项在不同出处数值不同，均保留，简报采用“采用”一列的数值；括号内为出处及其文章日期。",
                r.conflicts.isEmpty ? nil : Table(
                    columns: [TableColumn("园区", weight: 1.1, maxLines: 3), TableColumn("指标", weight: 1.1, maxLines: 3), TableColumn("统计期", weight: 0.9),
                              TableColumn("采用", alignment: .trailing, weight: 1.3), TableColumn("未采用", alignment: .trailing, weight: 1.3),
                              TableColumn("依据", weight: 1.4)],
                    rows: r.conflicts.map { c in
                        [TableCell(c.chosen.zone), TableCell(MetricWords.name(c.chosen)), TableCell(PeriodWords.text(c.chosen.period)),
                         TableCell("\(NumberWords.marked(c.chosen))（\(datedSources(c.chosen))）", bold: true),
                         TableCell(c.rejected.map { "\(NumberWords.marked($0))（\(datedSources($0))）" }.joined(separator: "；")),
                         TableCell(reason(c))]
                    }, compact: true))
        // An alias is printed whole (it appears nowhere else in the brief; a long one continues on the
        // next page); the canonical name is whole in the sources appendix.
        section("园区名称合并", "notes-merges",
                r.zoneMerges.isEmpty ? "没有需要合并的园区别名。" : "以下 \(r.zoneMerges.count) 个名称按园区词表（与抽取相同）统一为同一园区，其数据合并计算。",
                r.zoneMerges.isEmpty ? nil : Table(
                    columns: [TableColumn("原名称", weight: 1.6), TableColumn("统一为", weight: 1.2, maxLines: 3), TableColumn("数据条数", alignment: .trailing, weight: 0.6)],
                    rows: r.zoneMerges.map { [TableCell($0.alias), TableCell($0.canonical), TableCell(String($0.factCount))] }, compact: true))
        section("重复报道合并", "notes-duplicates",
                r.duplicates.isEmpty ? "没有重复报道的数据。" : "以下 \(r.duplicates.count) 项在多处出现，已合并为一条并保留全部出处。",
                r.duplicates.isEmpty ? nil : Table(columns: figureColumns, rows: rows(r.duplicates), compact: true))
        section("非园区口径数据", "notes-others",
                r.otherEntities.isEmpty ? "没有属于城市、区县、企业或其他主体的数据。" : "以下 \(r.otherEntities.count) 项数据属于城市、区县、企业等其他主体，不是园区数据，不参与园区比较。",
                r.otherEntities.isEmpty ? nil : Table(
                    columns: [TableColumn("主体", weight: 1.4, maxLines: 3), TableColumn("类型", weight: 0.8), TableColumn("指标", weight: 1.3, maxLines: 3),
                              TableColumn("数值", alignment: .trailing), TableColumn("统计期"), TableColumn("出处", weight: 1.1)],
                    rows: r.otherEntities.map { f in
                        [TableCell(f.zone), TableCell(MetricWords.entityWords[f.entity] ?? f.entity.rawValue), TableCell(MetricWords.name(f)),
                         Blocks.valueCell(f, marked: true), TableCell(PeriodWords.text(f.period)), TableCell(Blocks.sources(f))]
                    }, compact: true))
        let undated = r.zones.flatMap(\.figures).filter { $0.period == nil }
        section("未注明时间的数据", "notes-undated",
                undated.isEmpty ? "所有园区数据均注明了时间。" : "以下 \(undated.count) 项原文未注明时间，只在园区分述中列示，不参与排名、头条数字和摘要。",
                undated.isEmpty ? nil : Table(columns: figureColumns, rows: rows(undated), compact: true))
        let differing = r.rankings.filter(\.hasDifferingPeriods)
        if !differing.isEmpty {
            section("未参与排名的数据", "notes-periods", "以下指标中，部分园区的数据为预计数、统计期不同或未注明时间，图中列示但不参与排名。",
                    Table(columns: [TableColumn("指标", weight: 1.2, maxLines: 3), TableColumn("排名所用统计期"), TableColumn("未参与排名的园区", weight: 2.4)],
                          rows: differing.map { rk in
                              [TableCell(MetricWords.name(rk.measure)), TableCell(rk.referencePeriod == nil ? "—（无可排名的实际数）" : PeriodWords.text(rk.referencePeriod)),
                               TableCell(rk.entries.filter { !$0.comparable }.map { "\($0.zone)（\(apartWords($0))）" }.joined(separator: "、"))]
                          }, compact: true))
        }
        if !r.convertedFromUSD.isEmpty {
            section("美元折算", "notes-usd", "以下数据原为美元，按用户给定汇率折算为人民币。",
                    Table(columns: figureColumns, rows: rows(r.convertedFromUSD), compact: true))
        }
        let unread = ctx.options.unread
        if !unread.isEmpty {
            // what the extractor could not read, with why: a reviewer adds a lexicon line or names the zone
            var byReason: [UnreadReason: Int] = [:]
            for u in unread { byReason[u.reason, default: 0] += 1 }
            let counts = UnreadReason.allCases.compactMap { r in byReason[r].map { "\(Self.unreadWords(r)) \($0) 个" } }.joined(separator: "，")
            let shown = unread.prefix(Self.maxUnreadRows)
            section("未读取的数字", "notes-unread",
                    "文章中有 \(unread.count) 个金额或数量未成为数据（\(counts)）。"
                        + (unread.count > shown.count ? "下表列出前 \(shown.count) 个，" : "下表逐一列出，")
                        + "完整清单可用 zonebrief extract --unread 列出；补充词表（--lexicon）或指定园区（--assume-zone）后重新生成即可计入。",
                    Table(columns: [TableColumn("位置", weight: 1.2), TableColumn("数字"), TableColumn("原因"), TableColumn("原句", weight: 3, maxLines: 3)],
                          rows: shown.map { u in
                              [TableCell("\(u.file):\(u.line)"), TableCell(u.figure), TableCell(Self.unreadWords(u.reason) + (u.word.map { "（\($0)）" } ?? "")),
                               TableCell(u.quote)]
                          }, compact: true))
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

    /// Rows of unread figures shown in the notes; the facts CSV lists them all.
    static let maxUnreadRows = 60

    /// An unread figure's reason in the brief's words.
    static func unreadWords(_ r: UnreadReason) -> String {
        switch r {
        case .noMetricWord: return "无指标词"
        case .noZone: return "未指明园区"
        case .outOfScope: return "不在指标范围"
        case .subset: return "分项"
        case .increment: return "增量"
        case .difference: return "差额或增量"
        case .singleProject: return "单个项目"
        case .projection: return "投产后预测"
        case .ratio: return "比率或密度"
        case .unitMismatch: return "单位与指标不符"
        case .restated: return "重复表述"
        case .rangeEnd: return "区间上限"
        case .noLabel: return "未指明产业"
        case .zoneCount: return "园区数量"
        case .joinedSets: return "多类项目合计"
        case .otherPage: return "其他页面的链接"
        case .inName: return "名称中的数字"
        }
    }

    /// `000_e9e3…:99（2023-07-10）、004_c295…:25（未注明日期）`.
    static func datedSources(_ f: Figure) -> String {
        f.sources.map(Blocks.datedSource).joined(separator: "、")
    }

    /// Why the chosen value won, in words, naming the dates or saying they are missing.
    static func reason(_ c: Conflict) -> String {
        let a = c.chosen.articleDate, b = c.rejected.first?.articleDate
        let files = Set((c.chosen.sources + c.rejected.flatMap(\.sources)).map(\.file))
        let dates: String
        switch (a, b) {
        case let (x?, y?) where ArticleDate.compare(x, y) == 0: dates = files.count == 1 ? "出自同一文件（文章日期\(x)）" : "文章日期相同（\(x)）"
        case (_?, _?): dates = ""
        case (nil, nil): dates = files.count == 1 ? "出自同一文件，未注明日期" : "文章均未注明日期，无法按日期判断"
        case (nil, _?): dates = "采用值的文章未注明日期，无法按日期判断"
        case (_?, nil): dates = "未采用值的文章未注明日期，无法按日期判断"
        }
        switch c.rule {
        case .laterArticle:
            return "文章日期较晚（\(a!)晚于\(b!)），后发报道为准"
        case .morePrecise:
            if a != nil, b != nil, ArticleDate.compare(a, b) != 0 {
                return "约数与精确数相符，取精确数（文章日期\(a!)、\(b!)）"
            }
            return dates + "；取更精确者（无约数限定、有效数字更多）"
        case .laterSource:
            return dates + "；精确程度相同，按出处顺序取后者，请人工核对"
        }
    }

    /// Why an entry of a ranking stands apart: `预计数`, `21年全年`, `时间未注明`.
    static func apartWords(_ e: Ranking.Entry) -> String {
        switch e.unranked {
        case .estimate?: return "预计数，\(PeriodWords.short(e.figure.period))"
        case .undated?: return "时间未注明"
        default: return PeriodWords.short(e.figure.period)
        }
    }
}
