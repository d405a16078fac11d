/// Stacks slices onto pages: keeps chains of `keepWithNext` slices together, and chains of
/// `keepIfItFits` ones when they fit a page and the page they would leave is at least a third
/// full; drops spacing at the top of a page, repeats a table's header row after a break, gives a
/// cover its own page.
struct Paginator {
    struct Draft {
        var items: [FrameItem] = []
        var isCover = false
        var marks: [(mark: HeadingMark, y: Double)] = []
        /// Page numbers to print, each with the index in `items` it goes before (so it is read
        /// where it stands, inside its entry's structure element).
        var refs: [(ref: PageRef, y: Double, at: Int)] = []
        /// Something other than a repeated header has been placed.
        var hasContent = false
        /// Points of the body used.
        var used = 0.0
        /// The page was ended by a page break the document asked for (a new part), or is the last.
        var endsPart = false
        var isBlank: Bool { items.isEmpty && marks.isEmpty && refs.isEmpty }
    }

    let theme: Theme
    /// Pages ended and not yet taken by `take()`.
    private var pages: [Draft] = []
    private(set) var warnings: [String] = []
    private var current = Draft()
    private var y: Double
    /// Slices fed and not yet placed (from `next` on); the ones before `next` are placed.
    private var slices: [Slice] = []
    private var next = 0
    /// The last slice of a keep-together block that flows (it no longer moves as one), as an
    /// index into `slices`.
    private var flowingUntil = -1

    init(theme: Theme) {
        self.theme = theme
        self.y = theme.contentTop
    }

    private var bottom: Double { theme.contentBottom }

    /// Paginates all of `slices` at once: every page.
    mutating func run(_ slices: [Slice]) -> [Draft] {
        feed(slices)
        return end()
    }

    /// Adds slices at the end of what was fed; places those whose page can be decided (a chain
    /// of slices kept together is placed once its last slice is known). Pages ended meanwhile
    /// wait for `take()`: the caller can finish and paint them while later blocks are laid out.
    mutating func feed(_ more: [Slice]) {
        if next > 0 {
            slices.removeFirst(next)
            flowingUntil -= next
            next = 0
        }
        slices += more
        place(complete: false)
    }

    /// Places what is left and ends the last page; returns the pages not yet taken.
    mutating func end() -> [Draft] {
        place(complete: true)
        current.endsPart = true
        current.used = y - theme.contentTop
        if !current.isBlank || (pages.isEmpty && !ended) { pages.append(current) }
        current = Draft()
        return take()
    }

    /// The pages ended so far and not yet taken, in order.
    mutating func take() -> [Draft] {
        defer { pages = [] }
        if !pages.isEmpty { ended = true }
        return pages
    }

    /// Some page has been ended (and taken).
    private var ended = false

    /// Whether the chain of kept-together slices from `i` may still grow with slices not yet fed.
    private func chainIsOpen(from i: Int) -> Bool {
        var j = i
        while j < slices.count {
            let s = slices[j]
            guard s.keepWithNext || s.keepIfItFits else { return false }
            guard j + 1 < slices.count else { return true }
            if slices[j + 1].kind != .content || slices[j + 1].newPageBefore { return false }
            j += 1
        }
        return false
    }

    private mutating func place(complete: Bool) {
        var i = next
        defer { next = i }
        while i < slices.count {
            if !complete, slices[i].kind == .content, chainIsOpen(from: i) { return }
            let s = slices[i]
            switch s.kind {
            case .pageBreak:
                if current.hasContent { newPage(continuation: [], endsPart: true) }
                i += 1; continue
            case .cover:
                if current.hasContent || !current.isBlank { newPage(continuation: [], endsPart: true) }
                current.isCover = true
                current.items = s.items
                current.hasContent = true
                newPage(continuation: [])
                i += 1; continue
            case .content:
                break
            }
            if s.discardAtTop && !current.hasContent { i += 1; continue }
            if s.newPageBefore && current.hasContent { newPage(continuation: [], endsPart: true); continue }
            // The chain of slices that should share a page with this one (kept and kept-if-it-fits);
            // inside a keep-together block that already flows, only what must stay together.
            let (j, h) = chain(slices, from: i, soft: i > flowingUntil)
            let body = bottom - theme.contentTop
            if y + h <= bottom + 0.01 {
                for k in i...j { place(slices[k]) }
                i = j + 1
            } else if current.hasContent, j > i, h - gap(s) > body || y - theme.contentTop < body / 3,
                      case let (jHard, hHard) = chain(slices, from: i, soft: false), jHard < j, y + hHard <= bottom + 0.01 {
                // A keep-together block taller than a page, or one that would leave this page less
                // than a third full, flows on to its end: only what must stay together moves as one.
                flowingUntil = j
                for k in i...jHard { place(slices[k]) }
                i = jHard + 1
            } else if !current.hasContent {
                // Too tall for an empty page: place what fits, one slice at a time.
                if y + gap(s) + s.height > bottom + 0.01 {
                    warnings.append("a block \(formatCoordinate(s.height)) pt tall is taller than the page body "
                                    + "(\(formatCoordinate(bottom - y)) pt); it runs into the bottom margin")
                }
                place(s)
                i += 1
            } else {
                newPage(continuation: s.continuation)
            }
        }
    }

    private func gap(_ s: Slice) -> Double { current.hasContent ? s.spaceBefore : 0 }

    /// The last slice of the chain that starts at `i` and the chain's height (with `i`'s gap):
    /// slices joined by `keepWithNext`, and by `keepIfItFits` too when `soft`.
    private func chain(_ slices: [Slice], from i: Int, soft: Bool) -> (Int, Double) {
        var j = i
        var h = gap(slices[i]) + slices[i].height
        while slices[j].keepWithNext || (soft && slices[j].keepIfItFits), j + 1 < slices.count,
              slices[j + 1].kind == .content, !slices[j + 1].newPageBefore {
            j += 1
            h += slices[j].spaceBefore + slices[j].height
        }
        return (j, h)
    }

    private mutating func newPage(continuation: [Slice], endsPart: Bool = false) {
        current.endsPart = endsPart
        current.used = y - theme.contentTop
        pages.append(current)
        current = Draft()
        y = theme.contentTop
        for c in continuation { place(c, isContent: false) }
    }

    private mutating func place(_ s: Slice, isContent: Bool = true) {
        y += gap(s)
        let dx = theme.marginLeft, dy = y
        var positions: [Int] = []
        for item in s.items {
            append(item.offsetBy(dx, dy))
            positions.append(current.items.count - 1)
        }
        for m in s.headings { current.marks.append((m, dy)) }
        if !s.pageRefs.isEmpty {
            // After the item it belongs to, else before the slice's closing structure marks.
            var end = current.items.count
            while end > 0, case .structure(.end) = current.items[end - 1] { end -= 1 }
            for r in s.pageRefs {
                let at = r.after.map { $0 < positions.count ? positions[$0] + 1 : end } ?? end
                current.refs.append((r, dy, at))
            }
        }
        y += s.height
        if isContent { current.hasContent = true }
    }

    /// Appends an item, merging consecutive lines of one text into one item.
    private mutating func append(_ item: FrameItem) {
        if case .text(let t) = item, case .text(var last)? = current.items.last,
           last.shape.handle == t.shape.handle, last.lines.upperBound == t.lines.lowerBound,
           abs(last.origin.x - t.origin.x) < 0.01, abs(last.origin.y + last.height - t.origin.y) < 0.01 {
            last.lines = last.lines.lowerBound..<t.lines.upperBound
            current.items[current.items.count - 1] = .text(last)
            return
        }
        current.items.append(item)
    }
}
