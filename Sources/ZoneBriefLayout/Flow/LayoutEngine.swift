/// The laid-out document: pages of positioned items, the headings as placed (for the PDF
/// outline), and what went wrong without stopping the layout.
public struct LayoutResult: Sendable {
    /// The pages (none when they were handed out one by one as they were laid out).
    public var pages: [Page]
    /// How many pages the document has.
    public var pageCount: Int
    public var outline: [OutlineEntry]
    public var warnings: [String]
    /// Characters the fonts lack, as drawn: each with its count and pages (also in `warnings`).
    public var missingGlyphs: [MissingGlyph] = []

    public init(pages: [Page], outline: [OutlineEntry], warnings: [String], missingGlyphs: [MissingGlyph] = [], pageCount: Int? = nil) {
        self.pages = pages
        self.outline = outline
        self.warnings = warnings
        self.missingGlyphs = missingGlyphs
        self.pageCount = pageCount ?? pages.count
    }

    /// All pages' dumps, concatenated.
    public func dump() -> String { pages.map { $0.dump() }.joined() }
}

/// What a first pass over a document learns: how many pages it has, and the page of each anchor
/// (for the contents, the index and the bookmarks).
public struct PageNumbering: Sendable {
    public private(set) var pageCount = 0
    /// The headings with the page each landed on, in document order.
    public private(set) var outline: [OutlineEntry] = []
    var pageOf: [String: Int] = [:]
    /// The document's headings as the first pass gathered them, so the second need not make
    /// deferred blocks once more to gather them again.
    var headings: Headings?

    struct Headings: Sendable {
        var anchors: Set<String>
        var contents: [HeadingMark]
        /// Warnings about headings (empty or duplicate anchors), given once per pass.
        var warnings: [String]
    }

    public init() {}

    /// Counts the next page and the anchors on it.
    mutating func add(_ d: Paginator.Draft) {
        pageCount += 1
        for (m, _) in d.marks where pageOf[m.anchor] == nil {
            pageOf[m.anchor] = pageCount
            outline.append(OutlineEntry(level: m.level, title: m.title, anchor: m.anchor, page: pageCount,
                                        inOutline: m.inOutline, inContents: m.inContents))
        }
    }
}

/// Flows a `Document` onto pages: blocks become slices (unbreakable bands), the paginator stacks
/// them, then page numbers (footers, contents) and the running header are filled in. Text is
/// measured through `measurer` once per piece of text.
///
///     let result = LayoutEngine(measurer: FixedAdvanceMeasurer()).layout(document)
///     print(result.pages[1].dump())
public final class LayoutEngine {
    public let measurer: any TextMeasurer
    public let theme: Theme
    var warnings: [String] = []
    /// Anchors of all headings (links to anything else are dropped with a warning).
    var anchors: Set<String> = []
    var contentsEntries: [HeadingMark] = []
    private var shapes: [ShapeKey: TextShape] = [:]
    /// Anchors already given to a heading during slicing (a second use gets no destination).
    var placedAnchors: Set<String> = []
    /// The document's issuer marks (cover, running header, footer).
    var identity = Identity()
    /// The document's word for a caption continued on the next page.
    var continuedMark = ""
    /// Links to anchors no heading has (dropped from the pages).
    private var unknownLinks: Set<String> = []
    /// The headings gathered before the last pagination, with their warnings.
    private var gathered: PageNumbering.Headings?

    public init(measurer: any TextMeasurer, theme: Theme = .standard) {
        self.measurer = measurer
        self.theme = theme
    }

    /// Lays out `document`. Never fails: problems (unknown link targets, duplicate anchors,
    /// characters the fonts lack, oversized blocks) come back as warnings.
    public func layout(_ document: Document) -> LayoutResult {
        var drafts: [Paginator.Draft] = []
        paginate(document) { drafts += $0 }
        var numbering = PageNumbering()
        for d in drafts { numbering.add(d) }
        var pages: [Page] = []
        var missing = MissingGlyph.Tally()
        for (n, d) in drafts.enumerated() {
            let page = finishPage(d, number: n + 1, numbering: numbering, document: document)
            missing.add(page)
            pages.append(page)
        }
        return result(pages: pages, numbering: numbering, missing: missing)
    }

    /// The first of two passes over a long document: paginates it to learn how many pages it
    /// has and the page of every anchor, keeping nothing of the pages themselves.
    public func numbering(_ document: Document) -> PageNumbering {
        var numbering = PageNumbering()
        paginate(document) { drafts in
            for d in drafts { numbering.add(d) }
        }
        numbering.headings = gathered
        return numbering
    }

    /// The second pass: lays out `document` again and hands each page to `eachPage` as soon as it
    /// is complete (with its page numbers from the first pass), so the caller can paint it and
    /// let it go. Only the pages being laid out are held at once. The result has no pages.
    public func layout(_ document: Document, numbering: PageNumbering, eachPage: (Page) throws -> Void) rethrows -> LayoutResult {
        var missing = MissingGlyph.Tally()
        var n = 0
        try paginate(document, headings: numbering.headings) { drafts in
            for d in drafts {
                n += 1
                let page = finishPage(d, number: n, numbering: numbering, document: document)
                missing.add(page)
                try eachPage(page)
            }
        }
        if n != numbering.pageCount {
            warnings.append("the document took \(n) pages, not the \(numbering.pageCount) of its numbering; page numbers may be wrong")
        }
        return result(pages: [], numbering: numbering, missing: missing)
    }

    /// Turns the blocks into slices one block at a time and stacks them, handing pages to `emit`
    /// as they end.
    private func paginate(_ document: Document, headings: PageNumbering.Headings? = nil, _ emit: ([Paginator.Draft]) throws -> Void) rethrows {
        warnings = []
        shapes = [:]
        anchors = []
        contentsEntries = []
        placedAnchors = []
        unknownLinks = []
        identity = document.identity
        continuedMark = document.continuedMark
        // The headings the first pass gathered, else gathered now (deferred blocks are made for it).
        if let headings {
            anchors = headings.anchors
            contentsEntries = headings.contents
            warnings = headings.warnings
        } else {
            collectHeadings(document.blocks)
        }
        gathered = PageNumbering.Headings(anchors: anchors, contents: contentsEntries, warnings: warnings)

        var paginator = Paginator(theme: theme)
        // The blocks being read, innermost last: a deferred block's are made when it is reached,
        // and let go when they are laid out.
        var reading: [(blocks: [Block], next: Int)] = [(document.blocks, 0)]
        while let (blocks, k) = reading.last {
            guard k < blocks.count else {
                reading.removeLast()
                continue
            }
            reading[reading.count - 1].next += 1
            let block = blocks[k]
            if case .deferred(let d) = block {
                reading.append((d.blocks, 0))
                continue
            }
            // A long table goes to the paginator in batches of rows: its pages are handed out as
            // they end, not once the whole table is set.
            if case .table(let t) = block {
                try tableSlices(t, batchRows: Self.tableBatchRows) { batch in
                    paginator.feed(batch)
                    try emit(paginator.take())
                    if shapes.count > Self.shapeCacheLimit { shapes.removeAll(keepingCapacity: true) }
                }
                continue
            }
            // So does the index, a band (about a page) at a time.
            if case .index(let index) = block {
                try indexSlices(index) { band in
                    paginator.feed(band)
                    try emit(paginator.take())
                }
                if shapes.count > Self.shapeCacheLimit { shapes.removeAll(keepingCapacity: true) }
                continue
            }
            var more = self.slices(for: block)
            // Consecutive list items are one list.
            if Self.isListItem(block), !more.isEmpty {
                if k == 0 || !Self.isListItem(blocks[k - 1]) { more[0].items.insert(.structure(.begin(.list)), at: 0) }
                if k + 1 == blocks.count || !Self.isListItem(blocks[k + 1]) {
                    more[more.count - 1].items.append(.structure(.end(.list)))
                }
            }
            paginator.feed(more)
            try emit(paginator.take())
            // Shapes are kept to be reused within a stretch of the document, not all of it.
            if shapes.count > Self.shapeCacheLimit { shapes.removeAll(keepingCapacity: true) }
        }
        try emit(paginator.end())
        warnings += paginator.warnings
    }

    /// How many measured texts are kept for reuse before the cache starts again.
    static let shapeCacheLimit = 2048

    // MARK: measuring

    /// Measures through the measurer. A plain one-run text measured again in the same style and
    /// width (a zone's name, a period, a tick) reuses the first shape: text is shaped once per
    /// document. Characters the fonts lack are counted where they are drawn (`MissingGlyph.find`).
    /// What a table or chart repeats on the pages it continues on: its caption marked 续
    /// (continued), `gap` points above `header`, then `header` itself with no space before it.
    func continuationHead(caption: String?, repeating header: Slice, width: Double, gap: Double) -> [Slice] {
        var head: [Slice] = []
        if let caption, !caption.isEmpty {
            var style = theme.small; style.bold = true
            let shape = measure(caption + continuedMark, style, width: width, maxLines: 2)
            head.append(Slice(height: shape.height + gap, items: [.text(TextItem(origin: Point(0, 0), shape: shape, color: theme.text))]))
        }
        var copy = header
        copy.spaceBefore = 0
        head.append(copy)
        return head
    }

    /// `forLater`: the text is drawn long after it is measured (a long table's cells): the measurer
    /// keeps nothing for painting it (`TextMeasurer.measureForLater`).
    func measure(_ runs: [TextRun], _ style: TextStyle, width: Double?, forLater: Bool = false) -> TextShape {
        // Colours that stand for something are painted in this theme's colour for it.
        if runs.contains(where: { $0.color?.role != nil }) {
            return measure(runs.map { r in
                var r = r
                r.color = r.color.map(theme.resolve)
                return r
            }, style, width: width, forLater: forLater)
        }
        // Control characters (other than line feeds) have no business on paper: drop them.
        if runs.contains(where: { Self.hasControlCharacters($0.text) }) {
            let clean = runs.map { r -> TextRun in
                var r = r
                r.text = Self.withoutControlCharacters(r.text)
                return r
            }
            return measure(clean, style, width: width, forLater: forLater)
        }
        var key: ShapeKey? = nil
        if runs.count == 1, runs[0].link == nil {
            key = ShapeKey(text: runs[0].text, bold: runs[0].bold, color: runs[0].color, style: style, width: width)
            if let hit = shapes[key!] { return hit }
        }
        let shape = forLater ? measurer.measureForLater(runs, style: style, width: width) : measurer.measure(runs, style: style, width: width)
        if let key {
            // Bounded here too, not only between blocks: a long table measures all its cells
            // before its first batch of rows is handed out (9,530 rows of a matrix at once).
            if shapes.count >= Self.shapeCacheLimit { shapes.removeAll(keepingCapacity: true) }
            shapes[key] = shape
        }
        return shape
    }

    func measure(_ text: String, _ style: TextStyle, width: Double? = nil) -> TextShape {
        measure([TextRun(text)], style, width: width)
    }

    static func hasControlCharacters(_ s: String) -> Bool {
        s.utf8.contains { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }
    }

    /// `s` without C0 controls and DEL, line feeds kept (`keepLineFeeds`) or turned into spaces.
    static func withoutControlCharacters(_ s: String, keepLineFeeds: Bool = true) -> String {
        guard hasControlCharacters(s) || (!keepLineFeeds && s.contains("\n")) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u == "\n" { out.append(keepLineFeeds ? u : " ") } else if u.value >= 0x20 && u.value != 0x7F { out.append(u) }
        }
        return String(out)
    }

    private func excerpt(_ s: String) -> String { s.count <= 24 ? s : String(s.prefix(24)) + "…" }

    static func isListItem(_ b: Block) -> Bool {
        if case .paragraph(let p) = b { return p.isListItem }
        if case .keepWithNext(let inner) = b { return isListItem(inner) }
        return false
    }

    // MARK: headings

    private func collectHeadings(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .heading(let h):
                if h.anchor.isEmpty {
                    warnings.append("heading “\(excerpt(h.text))” has an empty anchor; links and bookmarks cannot reach it")
                } else if anchors.contains(h.anchor) {
                    warnings.append("anchor “\(h.anchor)” is used by two headings; the second (“\(excerpt(h.text))”) is not linked")
                } else {
                    anchors.insert(h.anchor)
                    contentsEntries.append(HeadingMark(level: h.level, title: Self.outlineTitle(Self.withoutControlCharacters(h.text, keepLineFeeds: false)), anchor: h.anchor,
                                                       inOutline: h.inOutline, inContents: h.inContents))
                }
            case .keepTogether(let inner): collectHeadings(inner)
            case .keepWithNext(let inner): collectHeadings([inner])
            case .deferred(let d): collectHeadings(d.blocks)
            case .index(let index):
                if !index.anchor.isEmpty && anchors.insert(index.anchor).inserted {
                    contentsEntries.append(HeadingMark(level: 1, title: Self.outlineTitle(index.title), anchor: index.anchor,
                                                       inOutline: true, inContents: true))
                }
            default: break
            }
        }
    }

    // MARK: blocks → slices

    func slices(for block: Block) -> [Slice] {
        switch block {
        case .cover(let c): return [coverSlice(c)]
        case .heading(let h): return [headingSlice(h)]
        case .paragraph(let p): return paragraphSlices(p)
        case .cards(let g): return cardSlices(g)
        case .table(let t): return tableSlices(t)
        case .chart(let c): return chartSlices(c)
        case .contents(let c): return contentsSlices(c)
        case .spacer(let h):
            var s = Slice(height: max(0, h))
            s.discardAtTop = true
            return [s]
        case .rule:
            let s = Slice(height: 9, spaceBefore: 3, items: [
                .line(LineItem(from: Point(0, 4.5), to: Point(theme.contentWidth, 4.5), color: theme.ruleColor, width: 0.75)),
            ])
            return [s]
        case .pageBreak: return [Slice(kind: .pageBreak)]
        case .keepTogether(let inner):
            var all: [Slice] = []
            for b in inner { all += slices(for: b) }
            // Kept together when it fits (the paginator lets it flow on otherwise).
            for k in all.indices.dropLast() where all[k].kind == .content { all[k].keepIfItFits = true }
            return all
        case .index(let index): return indexSlices(index)
        case .deferred(let d):
            return d.blocks.flatMap { slices(for: $0) }
        case .keepWithNext(let inner):
            var all = slices(for: inner)
            if let last = all.indices.last(where: { all[$0].kind == .content }) { all[last].keepWithNext = true }
            return all
        }
    }

    // MARK: finishing

    /// A paginated page with what only the whole document knows: the running header, the page
    /// numbers of contents and index entries, the footer.
    private func finishPage(_ d: Paginator.Draft, number n: Int, numbering: PageNumbering, document: Document) -> Page {
        let pageOf = numbering.pageOf
        var page = Page(number: n, size: theme.pageSize)
        page.bodyFill = d.isCover ? 1 : min(1, max(0, d.used / (theme.contentBottom - theme.contentTop)))
        page.endsPart = d.endsPart
        if !d.isCover { page.items += runningHeader(document.header) }
        // Where each draft item landed among the page's (the header before them, unknown links dropped).
        var position: [Int] = []
        position.reserveCapacity(d.items.count + 1)
        page.items.reserveCapacity(page.items.count + d.items.count)
        for item in d.items {
            position.append(page.items.count)
            if case .link(let l) = item, pageOf[l.destination] == nil {
                unknownLinks.insert(l.destination)
                continue
            }
            page.items.append(item)
        }
        position.append(page.items.count)
        // Page numbers go where they are read, inside their entry: inserted from the last
        // position back, so the earlier positions hold.
        let refs = d.refs.enumerated().sorted { ($0.element.at, $0.offset) > ($1.element.at, $1.offset) }
        for (_, (r, y, at)) in refs {
            guard let target = pageOf[r.anchor] else { continue }
            let shape = measure("\(target)", r.style)
            let item = FrameItem.text(TextItem(origin: Point(theme.marginLeft + r.right - shape.width, y + r.y), shape: shape, color: r.color))
            // In an element of its own: cairo 1.16 tags nothing drawn after a link in the same element.
            page.items.insert(contentsOf: [.structure(.begin(.span)), item, .structure(.end(.span))], at: position[min(at, position.count - 1)])
        }
        if !d.isCover { page.items += footer(document.footerTemplate, page: n, of: numbering.pageCount) }
        return page
    }

    private func result(pages: [Page], numbering: PageNumbering, missing: MissingGlyph.Tally) -> LayoutResult {
        for l in unknownLinks.sorted() {
            warnings.append("a link points to “\(l)”, which no heading has as its anchor; the link is left out")
        }
        warnings += missing.found.map { "the fonts lack \($0); it prints as a box" }
        return LayoutResult(pages: pages, outline: numbering.outline, warnings: warnings, missingGlyphs: missing.found,
                            pageCount: numbering.pageCount)
    }

    /// The running header: the logo (small) and the title at the left, the organisation at the
    /// right, a rule under them.
    private func runningHeader(_ text: String) -> [FrameItem] {
        let org = identity.organisation
        guard !text.isEmpty || !org.isEmpty || identity.logo != nil else { return [] }
        let w = theme.contentWidth
        let rule = theme.marginTop - 16
        var items: [FrameItem] = []
        var x = theme.marginLeft
        if let logo = identity.logo {
            let h = 13.0, lw = logo.width(height: h, maxWidth: w * 0.2)
            items.append(.image(ImageItem(path: logo.path, rect: Rect(x: x, y: rule - 4 - h, width: lw, height: h))))
            x += lw + 6
        }
        var right = theme.marginLeft + w
        if !org.isEmpty {
            let shape = measure(org, theme.headerFooter, width: w * 0.45, maxLines: 1)
            right -= shape.width
            items.append(.text(TextItem(origin: Point(right, theme.marginTop - 22 - shape.height), shape: shape, color: theme.muted)))
            right -= 12
        }
        if !text.isEmpty, right - x > theme.headerFooter.size * 2 {
            let shape = measure(text, theme.headerFooter, width: right - x, maxLines: 1)
            items.append(.text(TextItem(origin: Point(x, theme.marginTop - 22 - shape.height), shape: shape, color: theme.muted)))
        }
        items.append(.line(LineItem(from: Point(theme.marginLeft, rule), to: Point(theme.marginLeft + w, rule),
                                    color: theme.ruleColor, width: 0.5)))
        return items
    }

    /// The footer: the page label centred, or at the right when a distribution line takes the left.
    private func footer(_ template: String, page: Int, of total: Int) -> [FrameItem] {
        let text = template.replacing("{page}", with: "\(page)").replacing("{pages}", with: "\(total)")
        var items: [FrameItem] = []
        let y = theme.contentBottom + 26
        let shape = text.isEmpty ? nil : measure(text, theme.headerFooter)
        if !identity.distribution.isEmpty {
            let room = theme.contentWidth - (shape.map { $0.width + 16 } ?? 0)
            let line = measure(identity.distribution, theme.headerFooter, width: room, maxLines: 1)
            items.append(.text(TextItem(origin: Point(theme.marginLeft, y), shape: line, color: theme.text)))
            if let shape {
                items.append(.text(TextItem(origin: Point(theme.marginLeft + theme.contentWidth - shape.width, y), shape: shape, color: theme.muted)))
            }
        } else if let shape {
            items.append(.text(TextItem(origin: Point(theme.marginLeft + (theme.contentWidth - shape.width) / 2, y), shape: shape, color: theme.muted)))
        }
        return items
    }
}

/// What makes two measurements of plain text the same. The text is compared and hashed by its
/// UTF-8 bytes: `String`'s own hashing normalises Unicode first (slow for Chinese), and two
/// spellings of one text only cost a second measurement.
private struct ShapeKey: Hashable {
    var text: String
    var bold: Bool
    var color: Color?
    var style: TextStyle
    var width: Double?

    static func == (a: ShapeKey, b: ShapeKey) -> Bool {
        a.bold == b.bold && a.width == b.width && a.style == b.style && a.color == b.color && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text.utf8.count)
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for b in text.utf8 { hasher.combine(b) }
        }
        hasher.combine(bold)
        hasher.combine(color)
        hasher.combine(style)
        hasher.combine(width)
    }
}
