/// Text blocks: the cover, headings, paragraphs, the contents.
extension LayoutEngine {
    /// The cover: title, subtitle and facts from the top, the footnote at the foot. Long texts are
    /// cut to a few lines; when they still reach the footnote they are cut shorter, so nothing
    /// ever overlaps it or leaves the page.
    func coverSlice(_ c: Cover) -> Slice {
        for (titleLines, valueLines) in [(3, 4), (2, 2), (1, 1)] {
            let (slice, overflow) = coverSlice(c, titleLines: titleLines, valueLines: valueLines)
            if overflow <= 0 { return slice }
            if titleLines == 1 {
                warnings.append("the cover’s texts are \(formatCoordinate(overflow)) pt too long for the page; they overlap its foot")
                return slice
            }
        }
        fatalError("unreachable")
    }

    private func coverSlice(_ c: Cover, titleLines: Int, valueLines: Int) -> (Slice, overflow: Double) {
        let w = theme.contentWidth, x0 = theme.marginLeft
        var items: [FrameItem] = [
            .rect(RectItem(Rect(x: 0, y: 0, width: theme.pageSize.width, height: 14), fill: theme.accent)),
        ]
        // The issuer: its logo and organisation line at the top, clear of the title below.
        let markTop = 40.0, markHeight = 36.0
        var orgX = x0
        if let logo = identity.logo {
            let lw = logo.width(height: markHeight, maxWidth: w * 0.4)
            items.append(.image(ImageItem(path: logo.path, rect: Rect(x: x0, y: markTop, width: lw, height: markHeight))))
            orgX += lw + 12
        }
        if !identity.organisation.isEmpty {
            let org = measure(identity.organisation, theme.coverSubtitle, width: x0 + w - orgX, maxLines: 2)
            let oy = identity.logo == nil ? markTop : markTop + (markHeight - org.height) / 2
            items.append(.text(TextItem(origin: Point(orgX, oy), shape: org, color: theme.text)))
        }
        var y = theme.pageSize.height * 0.28
        items.append(.rect(RectItem(Rect(x: x0, y: y - 22, width: 48, height: 4), fill: theme.accent)))
        let title = measure([TextRun(c.title, color: theme.accent)], theme.coverTitle, width: w, maxLines: titleLines)
        items += tagged(.h1, [.text(TextItem(origin: Point(x0, y), shape: title, color: theme.accent))])
        y += title.height + 12
        if !c.subtitle.isEmpty {
            let sub = measure(c.subtitle, theme.coverSubtitle, width: w, maxLines: titleLines)
            items += tagged(.paragraph, [.text(TextItem(origin: Point(x0, y), shape: sub, color: theme.text))])
            y += sub.height + 8
        }
        if !c.facts.isEmpty {
            y += 24
            items.append(.line(LineItem(from: Point(x0, y), to: Point(x0 + w, y), color: theme.ruleColor, width: 0.75)))
            y += 12
            let labels = c.facts.map { measure($0.label, theme.coverFact, width: w * 0.3, maxLines: 2) }
            let labelWidth = min(w * 0.3, labels.map(\.width).max() ?? 0) + 16
            for (k, fact) in c.facts.enumerated() {
                var bold = theme.coverFact; bold.bold = true
                let value = measure(fact.value, bold, width: w - labelWidth, maxLines: valueLines)
                items += tagged(.paragraph, [.text(TextItem(origin: Point(x0, y), shape: labels[k], color: theme.muted)),
                                             .text(TextItem(origin: Point(x0 + labelWidth, y), shape: value, color: theme.text))])
                y += max(labels[k].height, value.height) + 6
            }
            items.append(.line(LineItem(from: Point(x0, y + 6), to: Point(x0 + w, y + 6), color: theme.ruleColor, width: 0.75)))
        }
        var bottom = theme.pageSize.height - theme.marginBottom
        if !c.footnote.isEmpty {
            let foot = measure(c.footnote, theme.coverFact, width: w, maxLines: 3)
            bottom -= foot.height + 12
            items += tagged(.paragraph, [.text(TextItem(origin: Point(x0, bottom + 12), shape: foot, color: theme.muted))])
        }
        return (Slice(kind: .cover, items: items), y - bottom)
    }

    /// Lines a heading of `level` may take before it is cut with an ellipsis.
    func headingLines(_ level: Int) -> Int { level <= 2 ? 3 : 4 }

    func headingSlice(_ h: Heading) -> Slice {
        let style = theme.heading(h.level)
        let color = h.level <= 1 ? theme.accent : theme.text
        let shape = measure([TextRun(h.text, color: color)], style, width: theme.contentWidth, maxLines: headingLines(h.level))
        var items: [FrameItem] = []
        let linked = anchors.contains(h.anchor) && placedAnchors.insert(h.anchor).inserted
        if linked { items.append(.destination(DestinationItem(name: h.anchor, point: Point(0, 0)))) }
        items += tagged(.heading(h.level), [.text(TextItem(origin: Point(0, 0), shape: shape, color: color))])
        var height = shape.height
        if h.level <= 1 {
            height += 4
            items.append(.line(LineItem(from: Point(0, height), to: Point(theme.contentWidth, height),
                                        color: theme.accent, width: 0.75)))
        }
        var s = Slice(height: height + theme.headingAfter(h.level), spaceBefore: theme.headingBefore(h.level),
                      keepWithNext: true, items: items)
        s.newPageBefore = h.pageBreakBefore
        if linked {
            s.headings = [HeadingMark(level: h.level, title: Self.outlineTitle(Self.withoutControlCharacters(h.text, keepLineFeeds: false)), anchor: h.anchor,
                                      inOutline: h.inOutline, inContents: h.inContents)]
        }
        return s
    }

    func paragraphSlices(_ p: Paragraph) -> [Slice] {
        let style = theme.style(p.style)
        let color = theme.color(p.style)
        let indent = p.style == .quote ? 12.0 : 0
        let runs = p.runs.map { r -> TextRun in
            var r = r
            if r.link != nil && r.color == nil { r.color = theme.linkColor }
            return r
        }
        guard runs.contains(where: { !$0.text.isEmpty }) else { return [] }
        let shape = measure(runs, style, width: theme.contentWidth - indent)
        let n = shape.lines.count
        var slices: [Slice] = []
        for k in 0..<n {
            let line = shape.lines[k]
            let role: StructureRole = p.isListItem ? .listItem : .paragraph
            var items: [FrameItem] = k == 0 ? [.structure(.begin(role))] : []
            if p.style == .quote {
                items.append(.rect(RectItem(Rect(x: 0, y: 0, width: 2.5, height: line.height), fill: theme.ruleColor)))
            }
            items.append(.text(TextItem(origin: Point(indent, 0), shape: shape, lines: k..<k + 1, color: color)))
            for l in shape.links where l.line == k {
                items.append(.link(LinkItem(rect: l.rect.offsetBy(indent, -line.top), destination: l.destination)))
            }
            if k == n - 1 { items.append(.structure(.end(role))) }
            var s = Slice(height: line.height, spaceBefore: k == 0 ? theme.paragraphSpacing : 0, items: items)
            // No orphan or widow: the first two and the last two lines stay together.
            s.keepWithNext = n <= 3 ? k < n - 1 : (k == 0 || k == n - 2)
            slices.append(s)
        }
        return slices
    }

    /// `items` inside a structure element of `role`.
    func tagged(_ role: StructureRole, alt: String? = nil, _ items: [FrameItem]) -> [FrameItem] {
        [.structure(.begin(role, alt: alt))] + items + [.structure(.end(role))]
    }

    func contentsSlices(_ c: Contents) -> [Slice] {
        // The title looks like a level-1 heading but is no destination of its own.
        var out = [headingSlice(Heading(level: 1, text: c.title, anchor: "", inOutline: false, inContents: false))]
        let entries = contentsEntries.filter { $0.inContents && $0.level <= c.maxLevel }
        // Set in the body type; when that runs a few lines onto a second page and a tighter set
        // keeps the contents on one, the tighter one.
        var lines = contentsLines(entries, size: theme.body.size, spacing: (7, 3))
        let body = theme.contentBottom - theme.contentTop - out[0].height
        if lines.reduce(0, { $0 + $1.spaceBefore + $1.height }) > body {
            let tight = contentsLines(entries, size: theme.tableText.size + 0.5, spacing: (4, 1))
            if tight.reduce(0, { $0 + $1.spaceBefore + $1.height }) <= body { lines = tight }
        }
        if !lines.isEmpty {
            lines[0].items.insert(.structure(.begin(.toc)), at: 0)
            lines[lines.count - 1].items.append(.structure(.end(.toc)))
        }
        out += lines
        return out
    }

    /// One slice per contents entry: its title (indented by level), a dotted leader, its page.
    private func contentsLines(_ entries: [HeadingMark], size: Double, spacing: (section: Double, entry: Double)) -> [Slice] {
        let numberReserve = 36.0
        var out: [Slice] = []
        for e in entries {
            var style = theme.body
            style.size = size
            style.bold = e.level <= 1
            style.justify = false
            let indent = Double(max(0, e.level - 1)) * 16
            let color = e.level <= 1 ? theme.text : theme.muted
            let shape = measure(e.title, style, width: theme.contentWidth - indent - numberReserve, maxLines: 2)
            let last = shape.lines[shape.lines.count - 1]
            let leaderY = last.baseline - 1
            let leaderStart = indent + last.x + last.width + 6
            // The link right after the text it covers (the painter draws the text inside it).
            var items: [FrameItem] = [.structure(.begin(.tocItem)), .text(TextItem(origin: Point(indent, 0), shape: shape, color: color)),
                                      .link(LinkItem(rect: Rect(x: indent, y: 0, width: theme.contentWidth - indent, height: shape.height),
                                                     destination: e.anchor))]
            if leaderStart < theme.contentWidth - numberReserve + 4 {
                items.append(.line(LineItem(from: Point(leaderStart, leaderY),
                                            to: Point(theme.contentWidth - 24, leaderY),
                                            color: theme.ruleColor, width: 0.8, dash: [0.8, 2.4])))
            }
            items.append(.structure(.end(.tocItem)))
            var s = Slice(height: shape.height, spaceBefore: e.level <= 1 ? spacing.section : spacing.entry, items: items)
            s.pageRefs = [PageRef(anchor: e.anchor, right: theme.contentWidth, y: last.top, style: style, color: color)]
            out.append(s)
        }
        return out
    }
}
