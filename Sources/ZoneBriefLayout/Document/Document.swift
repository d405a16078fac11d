/// The document model: what a brief says, block by block, with no positions. The layout engine
/// (Flow/) turns it into pages of positioned frames; the PDF backend only paints those.
///
/// This model is the contract between the composer (ZoneBriefCompose) and the page engine:
/// fields may be added (with defaults), none removed or renamed.
public struct Document: Sendable {
    public var metadata: Metadata
    /// The running header of every page but the cover (the brief's title).
    public var header: String
    /// The page-number footer; `{page}` and `{pages}` are replaced. The words are the
    /// composer's (`第 {page} 页 / 共 {pages} 页`); the engine's default has none.
    public var footerTemplate: String
    /// Appended to a table's caption or a chart's title on the pages it continues on (`（续）`).
    public var continuedMark: String
    public var blocks: [Block]
    /// Who issues it: the organisation line and logo on the cover and in the running header,
    /// the distribution line in the footer.
    public var identity: Identity

    public init(metadata: Metadata, header: String, footerTemplate: String = "{page} / {pages}",
                blocks: [Block], identity: Identity = Identity(), continuedMark: String = "") {
        self.continuedMark = continuedMark
        self.metadata = metadata
        self.header = header
        self.footerTemplate = footerTemplate
        self.blocks = blocks
        self.identity = identity
    }
}

/// The issuer's marks. Empty texts and no logo print nothing.
public struct Identity: Sendable {
    /// `某某市科学技术局`: on the cover above the title and at the right of the running header.
    public var organisation: String
    public var logo: Logo?
    /// `内部资料　注意保密`: at the left of every footer but the cover's.
    public var distribution: String

    public init(organisation: String = "", logo: Logo? = nil, distribution: String = "") {
        self.organisation = organisation
        self.logo = logo
        self.distribution = distribution
    }
}

/// A raster image (PNG) by path, with its size in pixels (for its aspect ratio). The painter
/// reads the file; the layout only places it.
public struct Logo: Sendable, Hashable {
    public var path: String
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(path: String, pixelWidth: Int, pixelHeight: Int) {
        self.path = path
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }

    /// Its width when drawn `height` points tall (at most `maxWidth`).
    public func width(height: Double, maxWidth: Double) -> Double {
        guard pixelHeight > 0 else { return 0 }
        return min(maxWidth, height * Double(pixelWidth) / Double(pixelHeight))
    }
}

/// PDF document information. `creationDate` is ISO 8601 (`2023-07-31T00:00:00+08:00`) and comes
/// from the data or `SOURCE_DATE_EPOCH`, never from the clock, so output is reproducible.
public struct Metadata: Sendable, Hashable {
    public var title: String
    public var subject: String
    public var author: String
    public var keywords: [String]
    public var creator: String
    public var creationDate: String
    /// The document's language (BCP 47), written as the catalog's `/Lang`.
    public var language: String = "zh-CN"

    public init(title: String, subject: String = "", author: String = "", keywords: [String] = [],
                creator: String = "ZoneBrief", creationDate: String) {
        self.title = title
        self.subject = subject
        self.author = author
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
    }
}

/// One block of the flow. Blocks measure themselves and split where they may.
public indirect enum Block: Sendable {
    /// A full page: the brief's cover (no running header).
    case cover(Cover)
    /// A section heading; a heading is never the last thing on a page.
    case heading(Heading)
    case paragraph(Paragraph)
    /// Key figures in a grid of cards.
    case cards(CardGrid)
    /// Splits across pages with its header row repeated.
    case table(Table)
    case chart(BarChart)
    /// The contents: one linked entry (with its page number) per heading whose `inContents` is set.
    case contents(Contents)
    /// Vertical space in points.
    case spacer(Double)
    /// A thin horizontal rule.
    case rule
    case pageBreak
    /// Blocks that move to the next page together when they fit one; when the page they would
    /// leave is less than a third full, or they are taller than a page, they flow on.
    case keepTogether([Block])
    /// A block kept on the page of what follows it: its end (a paragraph's last line, a table's
    /// last row, a chart) never ends a page when the next block's start could follow on the
    /// next one (as a heading always is). `.keepWithNext(.paragraph(lead))` before a table.
    case keepWithNext(Block)
    /// Blocks made when the layout comes to them and let go once laid out (made again for each
    /// pass over the document): a long document holds one section's blocks at a time, not all.
    /// Reads as the blocks it makes, in their place.
    case deferred(DeferredBlocks)
    /// An index at the back: entries in groups (`A`, `B` …) in balanced columns, each with the
    /// page of its anchor; starts a page.
    case index(PageIndex)
}

/// Blocks made on demand (`Block.deferred`): `make` is called each time they are read, so it
/// must give the same blocks every time (it reads values, not a changing state).
public struct DeferredBlocks: Sendable {
    private let make: @Sendable () -> [Block]

    public init(_ make: @escaping @Sendable () -> [Block]) { self.make = make }

    /// The blocks, made now.
    public var blocks: [Block] { make() }
}

extension Block {
    /// `blocks` with every deferred block made, in its place (for readers of a whole document:
    /// dumps, digests, tests).
    public static func made(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { b -> [Block] in
            if case .deferred(let d) = b { return made(d.blocks) }
            return [b]
        }
    }
}

/// An RGB colour, components 0...1, or a colour that stands for something (`role`): the layout
/// engine paints the theme's colour for a role (`Theme.color(for:)`), so a document says what a
/// colour means and the theme how it looks.
public struct Color: Sendable, Hashable {
    public var r: Double, g: Double, b: Double
    /// What the colour stands for; its components are then the standard theme's (what a reader
    /// without a theme, the mail's HTML, shows).
    public var role: ColorRole?
    public init(_ r: Double, _ g: Double, _ b: Double) { self.r = r; self.g = g; self.b = b }
    /// `Color(hex: 0x1F4E79)`.
    public init(hex: UInt32) {
        self.init(Double((hex >> 16) & 0xFF) / 255, Double((hex >> 8) & 0xFF) / 255, Double(hex & 0xFF) / 255)
    }
    /// The colour of `role`: `Color(role: .up)` for a rise.
    public init(role: ColorRole) {
        self = Theme.standard.color(for: role)
        self.role = role
    }
}

/// What a colour in a document stands for.
public enum ColorRole: String, Sendable, Hashable, CaseIterable {
    /// The brief's own colour (marks, links, figures that lead).
    case accent
    /// Set apart: another period, a note, what is only listed.
    case secondary
    /// A rise and a fall.
    case up, down
    /// Estimates and targets, apart from actual figures.
    case estimate, target
}

public struct Cover: Sendable {
    public var title: String
    public var subtitle: String
    /// Label/value pairs shown as a block of key facts (统计期, 数据截至, 园区数 …).
    public var facts: [(label: String, value: String)]
    /// A line at the foot of the cover (the issuer, the date).
    public var footnote: String

    public init(title: String, subtitle: String = "", facts: [(label: String, value: String)] = [], footnote: String = "") {
        self.title = title
        self.subtitle = subtitle
        self.facts = facts
        self.footnote = footnote
    }
}

public struct Heading: Sendable {
    /// 1 (section), 2, 3.
    public var level: Int
    public var text: String
    /// A unique destination name; contents entries and links point to it.
    public var anchor: String
    /// Whether it appears in the PDF outline (bookmarks) and in the contents.
    public var inOutline: Bool
    public var inContents: Bool
    /// Start a new page before this heading.
    public var pageBreakBefore: Bool

    public init(level: Int, text: String, anchor: String, inOutline: Bool = true, inContents: Bool = true,
                pageBreakBefore: Bool = false) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.inOutline = inOutline
        self.inContents = inContents
        self.pageBreakBefore = pageBreakBefore
    }
}

public struct TextRun: Sendable {
    public var text: String
    public var bold: Bool
    public var color: Color?
    /// Makes the run a link to a heading's anchor.
    public var link: String?
    /// The run is set on one line, never broken inside (a citation `— seeds/a.txt 第41行`): a
    /// line breaks before or after it. One too wide for a whole line breaks as usual.
    public var noBreak: Bool

    public init(_ text: String, bold: Bool = false, color: Color? = nil, link: String? = nil, noBreak: Bool = false) {
        self.text = text
        self.bold = bold
        self.color = color
        self.link = link
        self.noBreak = noBreak
    }
}

public struct Paragraph: Sendable {
    public enum Style: String, Sendable { case body, lead, small, caption, quote, note }
    public var runs: [TextRun]
    public var style: Style
    /// An item of a list (a bullet point): consecutive list items form one list in the tagged
    /// PDF (an L of LI elements, the bullet inside the item's text).
    public var isListItem: Bool = false

    public init(_ runs: [TextRun], style: Style = .body, isListItem: Bool = false) {
        self.runs = runs
        self.style = style
        self.isListItem = isListItem
    }

    public init(_ text: String, style: Style = .body) {
        self.init([TextRun(text)], style: style)
    }
}

public struct Card: Sendable {
    public var label: String
    /// The figure as it is to be printed (`157.6`).
    public var value: String
    /// Its unit (`亿元`).
    public var unit: String
    /// A line under the figure (the zone, the period, the growth).
    public var note: String
    public var accent: Color?

    public init(label: String, value: String, unit: String = "", note: String = "", accent: Color? = nil) {
        self.label = label
        self.value = value
        self.unit = unit
        self.note = note
        self.accent = accent
    }
}

public struct CardGrid: Sendable {
    public var cards: [Card]
    public var columns: Int

    public init(_ cards: [Card], columns: Int = 3) {
        self.cards = cards
        self.columns = columns
    }
}

public enum Alignment: Sendable { case leading, center, trailing }

public struct TableColumn: Sendable {
    public var title: String
    public var alignment: Alignment
    /// Relative share of the spare width; columns are first sized to their content.
    public var weight: Double
    /// At most this many lines per cell, cut with an ellipsis (names); nil: cells wrap in full
    /// (a quote), a row taller than a page continuing on the next.
    public var maxLines: Int?
    /// How the title wraps in the header.
    public var titleWrap: TitleWrap

    public init(_ title: String, alignment: Alignment = .leading, weight: Double = 1, maxLines: Int? = nil,
                titleWrap: TitleWrap = .asWritten) {
        self.title = title
        self.alignment = alignment
        self.weight = weight
        self.maxLines = maxLines
        self.titleWrap = titleWrap
    }
}

/// How a table column's title is broken into lines.
public enum TitleWrap: Sendable {
    /// As written: at its line feeds, and where the column is too narrow.
    case asWritten
    /// A title of five or more characters on two lines of about even length (a narrow column for
    /// a long name), the second starting at one of `lineStarts` (words of the language the
    /// layout cannot know) when that keeps the lines within a character of an even split.
    case balanced(lineStarts: [String])
}

public struct TableCell: Sendable {
    public var text: String
    public var bold: Bool
    public var color: Color?
    public var link: String?

    public init(_ text: String, bold: Bool = false, color: Color? = nil, link: String? = nil) {
        self.text = text
        self.bold = bold
        self.color = color
        self.link = link
    }
}

extension TableCell: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}

public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    public var caption: String?
    public var repeatHeader: Bool
    public var zebra: Bool
    /// The type the table is set in: regular, compact (smaller, for dense tables such as the
    /// sources appendix), or chosen by the layout engine (`.automatic`).
    public var density: TableDensity
    /// Rows set under a title that spans the table (`四川省`), in row order; a group's title row
    /// stays with the group's first row.
    public var groups: [TableGroup]

    /// Whether the table asks for the compact type.
    public var compact: Bool {
        get { density == .compact }
        set { density = newValue ? .compact : .regular }
    }

    public init(columns: [TableColumn], rows: [[TableCell]], caption: String? = nil, repeatHeader: Bool = true,
                zebra: Bool = true, compact: Bool = false, density: TableDensity? = nil, groups: [TableGroup] = []) {
        self.columns = columns
        self.rows = rows
        self.caption = caption
        self.repeatHeader = repeatHeader
        self.zebra = zebra
        self.density = density ?? (compact ? .compact : .regular)
        self.groups = groups
    }
}

/// The type of a table's text.
public enum TableDensity: Sendable, Hashable {
    case regular
    case compact
    /// The layout engine decides: compact when the table is long (more than
    /// `LayoutEngine.longTableRows` rows: fewer pages) or when its columns, measured in the
    /// regular type, do not fit the width (those up to a third of it at their content width, the
    /// wider ones wrapped); regular otherwise.
    case automatic
}

/// A title row across a table before row `firstRow` (0-based).
public struct TableGroup: Sendable {
    public var title: String
    public var firstRow: Int
    public init(title: String, firstRow: Int) { self.title = title; self.firstRow = firstRow }
}

/// An index: groups of entries, each entry a text (a zone), a detail printed after it in the
/// muted colour (its province) and the anchor whose page it shows.
public struct PageIndex: Sendable {
    public var title: String
    /// Its own destination (the contents and bookmarks point to it).
    public var anchor: String
    public var groups: [IndexGroup]
    public var columns: Int

    public init(title: String, anchor: String, groups: [IndexGroup], columns: Int = 3) {
        self.title = title
        self.anchor = anchor
        self.groups = groups
        self.columns = columns
    }
}

public struct IndexGroup: Sendable {
    /// `A`, `B` …, or `其他`.
    public var label: String
    public var entries: [IndexEntry]
    public init(label: String, entries: [IndexEntry]) { self.label = label; self.entries = entries }
}

public struct IndexEntry: Sendable {
    public var text: String
    public var detail: String
    public var anchor: String
    public init(text: String, detail: String = "", anchor: String) { self.text = text; self.detail = detail; self.anchor = anchor }
}

public struct ChartSeries: Sendable {
    public var name: String
    /// One value per category; nil draws no bar.
    public var values: [Double?]
    /// Printed at the end of each bar; nil prints the value formatted by the engine.
    public var labels: [String?]?
    /// Per value: this bar alone is drawn in the secondary style (an estimate among actuals in
    /// grouped bars); `BarChart.secondary` marks whole categories. nil: none.
    public var secondary: [Bool]?
    /// Per value: this bar is a target, drawn as a dashed outline with no fill (`BarChart.targetLegend`
    /// names it). nil: none.
    public var targets: [Bool]?

    public init(name: String, values: [Double?], labels: [String?]? = nil, secondary: [Bool]? = nil, targets: [Bool]? = nil) {
        self.name = name
        self.values = values
        self.labels = labels
        self.secondary = secondary
        self.targets = targets
    }
}

public struct BarChart: Sendable {
    public enum Orientation: Sendable { case horizontal, vertical }
    public var title: String?
    public var orientation: Orientation
    public var categories: [String]
    /// One series is a plain chart; two or more are grouped bars with a legend.
    public var series: [ChartSeries]
    /// A note per category shown beside its bar (a differing period: `2021年全年`).
    public var notes: [String?]?
    /// The caption naming the unit (`单位：亿元`).
    public var unitCaption: String?
    /// Per category: its bars are drawn in the secondary style (light fill, hatched, outlined, so
    /// it survives grayscale): figures listed but not ranked (a differing period). nil: none.
    public var secondary: [Bool]?
    /// Legend entry for the solid bars (`参与排名：2023年上半年`), shown with `secondaryLegend`.
    public var primaryLegend: String?
    /// Legend entry for the secondary style (`统计期不同，仅列示`), shown when a category uses it.
    public var secondaryLegend: String?
    /// Legend entry for target bars (dashed outlines), shown when a bar is a target.
    public var targetLegend: String?
    /// What the chart shows, in words, for readers who cannot see it (tagged PDF's alternate
    /// text): `成都高新区地区生产总值最高，1253.6亿元；…`. nil: its categories and labels.
    public var altText: String?

    public init(title: String? = nil, orientation: Orientation = .horizontal, categories: [String],
                series: [ChartSeries], notes: [String?]? = nil, unitCaption: String? = nil,
                secondary: [Bool]? = nil, primaryLegend: String? = nil, secondaryLegend: String? = nil,
                targetLegend: String? = nil, altText: String? = nil) {
        self.targetLegend = targetLegend
        self.altText = altText
        self.title = title
        self.orientation = orientation
        self.categories = categories
        self.series = series
        self.notes = notes
        self.unitCaption = unitCaption
        self.secondary = secondary
        self.primaryLegend = primaryLegend
        self.secondaryLegend = secondaryLegend
    }
}

public struct Contents: Sendable {
    public var title: String
    /// Deepest heading level listed.
    public var maxLevel: Int

    public init(title: String, maxLevel: Int = 2) {
        self.title = title
        self.maxLevel = maxLevel
    }
}
