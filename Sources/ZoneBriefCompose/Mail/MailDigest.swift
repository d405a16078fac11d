import ZoneBriefLayout

/// What the HTML mail shows of a brief, read from the brief's composed document (never from the
/// facts again), so every number in the mail is the one the PDF prints: the title and period,
/// the summary's headline cards, sentences and zones at a glance, its closing note, and one chart.
///
///     let digest = MailDigest(document)
///     digest.cards.map(\.value)      // ["793.1", "+232", "51"]
///     digest.chart?.title            // "地区生产总值"
///
/// The chart is the first chart of the comparison (the dashboard, or the side-by-side comparison
/// with `--zones`); for a one-zone brief, the zone's growth chart.
public struct MailDigest: Sendable {
    /// A chart and the heading it stands under in the PDF.
    public struct Chart: Sendable {
        public var title: String
        public var chart: BarChart
    }

    public var title: String
    /// The brief's period: `截至2023年6月`.
    public var period: String
    /// Label/value lines of the cover worth a manager's glance: 数据截至, 覆盖园区.
    public var coverFacts: [(label: String, value: String)]
    /// The summary's headline cards, as printed.
    public var cards: [Card]
    /// The summary's sentences (and what it says when it has none), without their bullet.
    public var sentences: [String]
    /// Zones at a glance: column titles and rows (园区, 代表性指标), as printed.
    public var zoneColumns: [String]
    public var zoneRows: [[TableCell]]
    /// The summary's notes (what the headline figures use, where the numbers come from).
    public var notes: [String]
    public var chart: Chart?

    /// Sections the digest reads, by their anchors in `BriefComposer`'s document.
    enum Anchor {
        static let summary = "summary", overview = "overview", dashboard = "dashboard", zones = "zones"
        /// `zone-1`, `zone-2` …: one per zone section.
        static func isZone(_ a: String) -> Bool { a.hasPrefix("zone-") && a.dropFirst(5).allSatisfy(\.isNumber) && a.count > 5 }
        static func growth(ofZone a: String) -> String { a + "-growth" }
    }

    /// The cover facts the mail repeats.
    static let coverLabels = ["数据截至", "覆盖园区"]
    /// The at-a-glance columns the mail keeps (narrow enough for a phone).
    static let zoneColumnTitles = ["园区", "代表性指标"]

    public init(_ document: Document) {
        title = document.metadata.title
        period = document.metadata.subject
        coverFacts = []
        cards = []
        sentences = []
        zoneColumns = []
        zoneRows = []
        notes = []
        // Read in order, each deferred block made when it is reached and let go after: the mail
        // never holds the whole document (every zone's section and sources) at once.
        var section = "", subsection = ""
        var charts = ChartFinder()
        Self.read(document.blocks) { block in
            switch block {
            case let .cover(c):
                coverFacts = Self.coverLabels.compactMap { l in c.facts.first { $0.label == l } }
            case let .heading(h):
                if h.level == 1 { section = h.anchor }
                subsection = h.anchor
            case let .cards(g) where section == Anchor.summary && cards.isEmpty:
                cards = g.cards
            case let .paragraph(p) where section == Anchor.summary:
                if p.style == .note {
                    notes.append(Self.text(p.runs))
                } else {
                    // the sentence's bullet (■) is a run of its own
                    let runs = p.runs.count > 1 && p.runs[0].text.hasPrefix("■") ? Array(p.runs.dropFirst()) : p.runs
                    sentences.append(Self.text(runs))
                }
            case let .table(t) where section == Anchor.summary && subsection == Anchor.overview && zoneRows.isEmpty:
                let keep = Self.zoneColumnTitles.compactMap { title in t.columns.firstIndex { $0.title == title } }
                zoneColumns = keep.map { t.columns[$0].title }
                zoneRows = t.rows.map { row in keep.map { $0 < row.count ? row[$0] : TableCell("") } }
            default:
                break
            }
            return charts.read(block)
        }
        chart = charts.chart
    }

    /// The chart the mail shows: a one-zone brief's growth chart, else the comparison's first.
    /// Fed the blocks in order; says when it has read enough (two zones' sections seen, or the
    /// zones' part of the brief ended).
    struct ChartFinder {
        private var section = "", heading: Heading?
        /// The level-2 zone headings seen (anchor and text of the first) and how many.
        private var firstZone: (anchor: String, name: String)?
        private var zoneCount = 0
        private var comparison: Chart?
        private var growth: Chart?

        /// Reads the next block; false when nothing later can change the chart.
        mutating func read(_ block: Block) -> Bool {
            switch block {
            case let .heading(h):
                if h.level == 1 {
                    // The zones' sections are one part: past it, no zone heading comes.
                    if section == Anchor.zones { return false }
                    section = h.anchor
                }
                if h.level == 2, Anchor.isZone(h.anchor) {
                    zoneCount += 1
                    if firstZone == nil { firstZone = (h.anchor, h.text) }
                    if zoneCount >= 2 { return false }
                }
                heading = h
            case let .chart(c):
                guard let h = heading else { return true }
                if comparison == nil, section == Anchor.dashboard { comparison = Chart(title: h.text, chart: c) }
                if growth == nil, let z = firstZone, h.anchor == Anchor.growth(ofZone: z.anchor) {
                    growth = Chart(title: "\(z.name) · \(h.text)", chart: c)
                }
            default:
                break
            }
            return true
        }

        var chart: Chart? { zoneCount == 1 ? growth : comparison }
    }

    /// Reads `blocks` in order with every keep-together group opened and every deferred block
    /// made when reached, until `body` returns false. Returns false when it stopped early.
    @discardableResult
    static func read(_ blocks: [Block], _ body: (Block) -> Bool) -> Bool {
        for b in blocks {
            switch b {
            case let .keepTogether(inner): if !read(inner, body) { return false }
            case let .keepWithNext(inner): if !read([inner], body) { return false }
            case let .deferred(d): if !read(d.blocks, body) { return false }
            default: if !body(b) { return false }
            }
        }
        return true
    }

    static func text(_ runs: [TextRun]) -> String { runs.map(\.text).joined() }
}
