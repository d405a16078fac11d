import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// What the composer needs beyond the metrics: the title, the counts the cover states, the
/// warnings of earlier stages and the date written into the PDF.
public struct BriefOptions: Sendable {
    /// `--title`; nil: `高新区发展动态简报` (or `…对比简报` with `--zones`).
    public var title: String?
    /// Articles read (the extractor's count); nil (a facts file): the cover counts source files only.
    public var articleCount: Int?
    /// Warnings of extraction and of reading the facts file, listed in the data notes.
    public var warnings: [Diagnostic]
    /// ISO 8601; nil: the last day of the data's latest month, 00:00 Beijing time.
    public var creationDate: String?
    /// The issuer named on the cover's foot.
    public var issuer: String
    /// Money and count figures of the articles that became no fact, with the reason (data notes).
    public var unread: [UnreadFigure]
    /// The order of the zones' sections (`--order`); `--zones` keeps the user's order whatever this says.
    public var zoneOrder: ZoneOrdering
    /// Each zone's section starts a page (`--page-per-zone`); otherwise sections follow one another.
    public var pagePerZone: Bool
    /// The issuer's marks: organisation line (given explicitly, unlike `issuer`'s default), logo
    /// and distribution line, on the cover, the running header and the footer.
    public var identity: Identity

    public init(title: String? = nil, articleCount: Int? = nil, warnings: [Diagnostic] = [],
                creationDate: String? = nil, issuer: String = "ZoneBrief 数据简报", unread: [UnreadFigure] = [],
                zoneOrder: ZoneOrdering = .region, pagePerZone: Bool = false, identity: Identity = Identity()) {
        self.identity = identity
        self.zoneOrder = zoneOrder
        self.pagePerZone = pagePerZone
        self.title = title
        self.articleCount = articleCount
        self.warnings = warnings
        self.unread = unread
        self.creationDate = creationDate
        self.issuer = issuer
    }
}

/// Metrics → the brief's document. All the brief's wording lives in this module.
///
///     let doc = BriefComposer.compose(report, options: BriefOptions(title: "六月简报"))
///
/// Pages in order: cover, contents, summary, comparison dashboard (or the side-by-side comparison
/// with `--zones`), one section per zone, data notes, sources.
public enum BriefComposer {
    public static func compose(_ report: MetricsReport, options: BriefOptions = BriefOptions()) -> Document {
        let ctx = BriefContext(report: report, options: options)
        var blocks: [Block] = []
        blocks.append(.cover(CoverSection.cover(ctx)))
        blocks.append(.contents(Contents(title: "目录", maxLevel: 2)))
        blocks += SummarySection.blocks(ctx)
        if ctx.isSideBySide {
            blocks += SideBySideSection.blocks(ctx)
        } else {
            blocks += DashboardSection.blocks(ctx)
        }
        blocks += ZoneSection.blocks(ctx)
        blocks += NotesSection.blocks(ctx)
        blocks += SourcesSection.blocks(ctx)
        blocks += IndexSection.blocks(ctx)
        let meta = Metadata(title: ctx.title, subject: ctx.periodText,
                            author: options.issuer, keywords: report.zones.map(\.zone),
                            creator: "ZoneBrief", creationDate: ctx.creationDate)
        return Document(metadata: meta, header: ctx.title, footerTemplate: "第 {page} 页 / 共 {pages} 页", blocks: blocks,
                        identity: options.identity, continuedMark: "（续）")
    }
}

/// Shared by every section: the report, the options and the few derived texts they all use. A
/// class: each deferred block's closure holds a reference to it, not a copy of the report.
final class BriefContext: Sendable {
    let report: MetricsReport
    let options: BriefOptions

    /// Zone → the anchor of its section (`zone-1`, `zone-2` … in brief order).
    let anchors: [String: String]
    /// The zones in section order, with their provinces and groups.
    let order: ZoneOrder

    init(report: MetricsReport, options: BriefOptions) {
        self.report = report
        self.options = options
        let order = ZoneOrder(zones: report.zones, rule: options.zoneOrder, userOrder: report.options.zones != nil)
        var anchors: [String: String] = [:]
        for (i, e) in order.entries.enumerated() { anchors[e.zone.zone] = "zone-\(i + 1)" }
        self.order = order
        self.anchors = anchors
    }

    /// The zones in section order.
    var zones: [ZoneMetrics] { order.zones }

    /// Table groups for rows in section order (one row per zone): a title row per province when
    /// the zones are grouped, none otherwise.
    var zoneTableGroups: [TableGroup] {
        guard order.isGrouped else { return [] }
        var groups: [TableGroup] = []
        var row = 0
        for g in order.groups {
            groups.append(TableGroup(title: "\(g.title)（\(g.entries.count)）", firstRow: row))
            row += g.entries.count
        }
        return groups
    }

    var isSideBySide: Bool { report.options.zones != nil && report.zones.count >= 2 }

    var title: String {
        if let t = options.title, !t.isEmpty { return t }
        return isSideBySide ? "高新区对比简报" : "高新区发展动态简报"
    }

    /// The brief's period: `截至2023年6月` (`--period`, else the latest month with data);
    /// `时间未注明` when no figure is dated.
    var periodText: String { briefPeriodText }

    /// The months the data spans, older context included: `2021年1月—2023年6月`.
    var spanText: String {
        guard let a = report.firstMonth, let b = report.lastMonth else { return "时间未注明" }
        return a >= b ? PeriodWords.month(b) : "\(PeriodWords.month(a))—\(PeriodWords.month(b))"
    }

    /// Whether some figure starts before the brief's year (shown as context only).
    var hasOlderData: Bool {
        guard let a = report.firstMonth, let p = report.briefPeriod else { return false }
        return a.year < p.year
    }

    /// The latest month that actually has data (with `--period`, never later than it; a later
    /// `--period` than the data does not move it).
    var dataMonthText: String {
        report.lastMonth.map(PeriodWords.month) ?? "未注明"
    }

    /// The period headlines and rankings speak of: `截至2023年6月` (the year's months up to it).
    var briefPeriodText: String {
        report.briefPeriod.map { "截至" + PeriodWords.month($0.month) } ?? "时间未注明"
    }

    /// Why a dated figure outside the brief's period is context: `早于本期`, or `全年口径，非本期`
    /// for the whole year under way.
    func contextWord(_ p: Period?) -> String {
        guard let p else { return "时间未注明" }
        guard let b = report.briefPeriod, p.end > b.month else { return "早于本期" }
        return "全年口径，非本期"
    }

    /// Whether `--period` asks for a later month than the data reaches.
    var periodPastData: Bool {
        guard let a = report.options.asOf, let l = report.lastMonth else { return report.options.asOf != nil && report.lastMonth == nil }
        return a > l
    }

    var creationDate: String {
        if let d = options.creationDate { return d }
        guard let m = report.options.asOf ?? report.lastMonth else { return "2000-01-01T00:00:00+08:00" }
        let days = [31, (m.year % 4 == 0 && (m.year % 100 != 0 || m.year % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let mm = m.month < 10 ? "0\(m.month)" : "\(m.month)"
        return "\(m.year)-\(mm)-\(days[m.month - 1])T00:00:00+08:00"
    }

    /// The anchor of a zone's section.
    func anchor(zone: String) -> String {
        anchors[zone] ?? "zones"
    }
}

/// The brief's colours by what they mean; how they look is the theme's (`Theme.color(for:)`).
enum Palette {
    static let accent = Color(role: .accent)
    static let up = Color(role: .up)
    static let down = Color(role: .down)
    static let muted = Color(role: .secondary)
    static let estimate = Color(role: .estimate)
    static let target = Color(role: .target)

    static func growth(_ pct: Double) -> Color { pct >= 0 ? up : down }
}
