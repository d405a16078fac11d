/// The index at the back: its title (like the contents'), then its entries in balanced columns,
/// read down each column and then across, each entry with a dotted leader and the page of its
/// anchor. Entries are packed into bands of a page's height, so a column never breaks mid-page
/// and the last band's columns are balanced.
extension LayoutEngine {
    func indexSlices(_ index: PageIndex) -> [Slice] {
        var all: [Slice] = []
        indexSlices(index) { all += $0 }
        return all
    }

    /// The index's slices handed to `emit` a band (about a page) at a time, the title with the
    /// first: the pages before a band can be painted, and their texts let go, before the next
    /// band's entries are measured (9,530 zones are some 60 pages and 19,000 texts).
    func indexSlices(_ index: PageIndex, _ emit: ([Slice]) throws -> Void) rethrows {
        let w = theme.contentWidth
        // The title is a level-1 heading that starts a page (the contents and bookmarks reach it).
        let titleSlice = headingSlice(Heading(level: 1, text: index.title, anchor: index.anchor, pageBreakBefore: true))
        var out = [titleSlice]

        // One row per group label and per entry, in reading order.
        enum Row { case label(String), entry(IndexEntry) }
        var rows: [Row] = []
        for g in index.groups where !g.entries.isEmpty {
            rows.append(.label(g.label))
            rows += g.entries.map(Row.entry)
        }
        guard !rows.isEmpty else { return try emit(out) }
        let columns = max(1, index.columns)
        let gutter = 14.0
        let columnWidth = (w - gutter * Double(columns - 1)) / Double(columns)
        var style = theme.tableText; style.justify = false
        var labelStyle = style; labelStyle.bold = true
        let numberReserve = 24.0
        let rowHeight = measure("国", style).height + 2.5
        let bodyHeight = theme.contentBottom - theme.contentTop

        var next = 0
        var firstBand = true
        while next < rows.count {
            let available = firstBand ? bodyHeight - titleSlice.height - 4 - 1 : bodyHeight - 1
            let perColumn = max(3, Int(available / rowHeight))
            let remaining = rows.count - next
            // The last band's columns are balanced; a full band fills every column.
            let rowsPerColumn = remaining >= perColumn * columns ? perColumn : (remaining + columns - 1) / columns
            var band = Slice(
                height: Double(rowsPerColumn) * rowHeight, spaceBefore: firstBand ? 4 : 0,
                items: [.structure(.begin(.list))])
            for c in 0..<columns {
                let x = Double(c) * (columnWidth + gutter)
                var slot = 0
                while slot < rowsPerColumn, next < rows.count {
                    // A group's label never ends a column: it moves to the next with its entries.
                    if case .label = rows[next], slot == rowsPerColumn - 1 { break }
                    let y = Double(slot) * rowHeight
                    switch rows[next] {
                    case .label(let text):
                        let shape = measure([TextRun(text, color: theme.accent)], labelStyle, width: columnWidth, maxLines: 1)
                        band.items += tagged(.listItem, [.text(TextItem(origin: Point(x, y + 1), shape: shape, color: theme.accent))])
                    case .entry(let e):
                        let detail = e.detail.isEmpty ? nil : measure(e.detail, style, width: columnWidth * 0.35, maxLines: 1)
                        let room = columnWidth - numberReserve - (detail.map { $0.width + 4 } ?? 0)
                        let name = measure(e.text, style, width: max(style.size * 2, room), maxLines: 1)
                        band.items.append(.structure(.begin(.listItem)))
                        band.items.append(.text(TextItem(origin: Point(x, y + 1), shape: name, color: theme.text)))
                        band.items.append(.link(LinkItem(rect: Rect(x: x, y: y, width: columnWidth, height: rowHeight), destination: e.anchor)))
                        var end = x + name.width
                        if let detail {
                            band.items.append(.text(TextItem(origin: Point(end + 4, y + 1), shape: detail, color: theme.muted)))
                            end += 4 + detail.width
                        }
                        let baseline = y + 1 + (name.lines.first?.baseline ?? style.size) - 1
                        if end + 4 < x + columnWidth - numberReserve + 6 {
                            band.items.append(
                                .line(
                                    LineItem(
                                        from: Point(end + 4, baseline), to: Point(x + columnWidth - 18, baseline),
                                        color: theme.ruleColor, width: 0.8, dash: [0.8, 2.4])))
                        }
                        band.pageRefs.append(
                            PageRef(
                                anchor: e.anchor, right: x + columnWidth, y: y + 1, style: style, color: theme.text,
                                after: band.items.count - 1))
                        band.items.append(.structure(.end(.listItem)))
                    }
                    slot += 1
                    next += 1
                }
            }
            band.items.append(.structure(.end(.list)))
            out.append(band)
            try emit(out)
            out = []
            firstBand = false
        }
    }
}
