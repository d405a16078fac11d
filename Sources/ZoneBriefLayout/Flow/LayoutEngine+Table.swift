/// Tables: columns sized to their content, rows as slices, the header row repeated after a page
/// break, zebra rows, numbers aligned by column alignment.
extension LayoutEngine {
    /// Tables of at most this many rows move to the next page whole rather than split.
    static let unsplitTableRows = 6
    /// An automatic table of more rows is set in the compact type (`TableDensity.automatic`).
    public static let longTableRows = 20

    /// A long table's rows are handed to the paginator in batches of this many (`tableSlices(_:batchRows:_:)`).
    static let tableBatchRows = 64
    /// A table of more cells is measured for later (`TextMeasurer.measureForLater`): about what a
    /// measurer keeps for painting between pages (`PangoMeasurer.layoutLimit`).
    static let cellsKeptForPainting = 1024

    /// The table's slices, all at once.
    func tableSlices(_ t: Table) -> [Slice] {
        var all: [Slice] = []
        tableSlices(t, batchRows: nil) { all += $0 }
        return all
    }

    /// The table's slices, handed to `emit` in order: with `batchRows`, a table longer than that
    /// in batches of about that many rows (the last batch holds at least the last two rows), so
    /// the paginator can end and hand out pages while later rows are still to be set, and a
    /// row's measured cells are let go once its slices are made; without, in one call.
    func tableSlices(_ t: Table, batchRows: Int?, _ emit: ([Slice]) throws -> Void) rethrows {
        let ncol = t.columns.count
        guard ncol > 0 else {
            warnings.append("a table has no columns; it is left out")
            return
        }
        let width = theme.contentWidth

        // Rows padded or cut to the column count (a ragged row is warned, never a crash).
        var rows: [[TableCell]] = []
        var ragged = 0
        rows.reserveCapacity(t.rows.count)
        for r in t.rows {
            if r.count == ncol {
                rows.append(r)
                continue
            }
            ragged += 1
            rows.append(Array((r + Array(repeating: TableCell(""), count: max(0, ncol - r.count))).prefix(ncol)))
        }
        if ragged > 0 {
            warnings.append("\(ragged) table row\(ragged == 1 ? "" : "s") under “\(t.caption ?? t.columns[0].title)” "
                            + "do not have \(ncol) cells; missing cells are left blank, extra ones dropped")
        }

        // A long table handed out in batches: its cells are measured long before they are drawn.
        let batched = batchRows.map { rows.count > max($0, Self.unsplitTableRows) } ?? false
        // With more cells than a measurer keeps between pages, the measurer keeps nothing of them
        // for painting (`TextMeasurer.measureForLater`): most would be let go before they are
        // drawn. A smaller table's are kept, and painted without being set again.
        let forLater = batched && rows.count * ncol > Self.cellsKeptForPainting

        // Natural (unwrapped) sizes: every cell is measured once (twice for an automatic table
        // whose columns do not fit in the regular type).
        func runs(_ c: TableCell) -> [TextRun] {
            [TextRun(c.text, bold: c.bold, color: c.color ?? (c.link != nil ? theme.linkColor : nil))]
        }
        func measureNatural(compact: Bool) -> (head: [TextShape], cells: [[TextShape]], widths: [Double]) {
            let style = compact ? theme.compactTableText : theme.tableText
            var headStyle = style; headStyle.bold = true
            let padX = compact ? theme.compactCellPaddingX : theme.cellPaddingX
            let head = t.columns.map { measure([TextRun(Self.headerTitle($0), color: Color.white)], headStyle.with(alignment: $0.alignment), width: nil) }
            let cells = rows.map { row in (0..<ncol).map { measure(runs(row[$0]), style, width: nil, forLater: forLater) } }
            let widths = (0..<ncol).map { c in
                max(max(head[c].width, cells.map { $0[c].width }.max() ?? 0) + 2 * padX, 2 * padX + style.size)
            }
            return (head, cells, widths)
        }
        var compact = t.density == .compact || (t.density == .automatic && rows.count > Self.longTableRows)
        var measured = measureNatural(compact: compact)
        // Columns up to a third of the width keep their content width; wider ones wrap (down to
        // three characters): when even that does not fit, the compact type does.
        let needed = measured.widths.map { $0 <= width / 3 ? $0 : 2 * theme.cellPaddingX + 3 * theme.tableText.size }
        if t.density == .automatic, !compact, needed.reduce(0, +) > width + 0.01 {
            compact = true
            measured = measureNatural(compact: true)
        }
        var head = measured.head, cells = measured.cells
        let natural = measured.widths
        measured.cells = []
        let style = compact ? theme.compactTableText : theme.tableText
        var headStyle = style; headStyle.bold = true
        let padX = compact ? theme.compactCellPaddingX : theme.cellPaddingX, padY = compact ? theme.cellPaddingY - 1 : theme.cellPaddingY
        let widths = columnWidths(natural: natural, weights: t.columns.map { max(0.01, $0.weight) },
                                  minimum: 2 * padX + 3 * style.size, total: width)

        // Re-measure, wrapped, only what does not fit its column (names cut after the column's
        // `maxLines`, other cells in full).
        for c in 0..<ncol {
            let inner = widths[c] - 2 * padX
            if head[c].width > inner + 0.01 {
                head[c] = measure([TextRun(Self.headerTitle(t.columns[c]), color: Color.white)], headStyle.with(alignment: t.columns[c].alignment),
                                  width: inner, maxLines: 3)
            }
            for r in rows.indices where cells[r][c].width > inner + 0.01 {
                let aligned = style.with(alignment: t.columns[c].alignment)
                cells[r][c] = t.columns[c].maxLines.map { measure(runs(rows[r][c]), aligned, width: inner, maxLines: $0, forLater: forLater) }
                    ?? measure(runs(rows[r][c]), aligned, width: inner, forLater: forLater)
            }
        }
        if widths.reduce(0, +) > width + 0.5 {
            warnings.append("table “\(t.caption ?? t.columns[0].title)” has \(ncol) columns, too many to fit the page width; "
                            + "it runs into the right margin")
        }
        var xs: [Double] = [0]
        for w in widths { xs.append(xs[xs.count - 1] + w) }

        func place(_ shape: TextShape, column c: Int, y: Double, color: Color, lines: Range<Int>? = nil) -> FrameItem {
            let inner = widths[c] - 2 * padX
            var x = xs[c] + padX
            if shape.width <= inner + 0.01 && shape.lines.count == 1 {
                switch t.columns[c].alignment {
                case .leading: break
                case .center: x += (inner - shape.width) / 2
                case .trailing: x += inner - shape.width
                }
            }
            return .text(TextItem(origin: Point(x, y), shape: shape, lines: lines, color: color))
        }

        var out: [Slice] = []
        // Slices already handed to `emit` (indices into `out` are counted from the table's first slice).
        var emitted = 0
        if let caption = t.caption, !caption.isEmpty {
            var capStyle = theme.small; capStyle.bold = true
            let shape = measure(caption, capStyle, width: width)
            out.append(Slice(height: shape.height + 4, spaceBefore: theme.blockSpacing, keepWithNext: true,
                             items: [.structure(.begin(.table))]
                                 + tagged(.caption, [.text(TextItem(origin: Point(0, 0), shape: shape, color: theme.text))])))
        }
        let headHeight = (head.map { $0.height }.max() ?? 0) + 2 * padY
        var header = Slice(height: headHeight, keepWithNext: true,
                           items: [.rect(RectItem(Rect(x: 0, y: 0, width: xs[ncol], height: headHeight), fill: theme.accent))])
        header.items.append(.structure(.begin(.row)))
        for c in 0..<ncol { header.items += tagged(.headerCell, [place(head[c], column: c, y: padY, color: .white)]) }
        header.items.append(.structure(.end(.row)))
        header.spaceBefore = out.isEmpty ? theme.blockSpacing : 0
        let continued = continuationHead(caption: t.caption, repeating: header, width: width, gap: 4)
        if out.isEmpty { header.items.insert(.structure(.begin(.table)), at: 0) }
        out.append(header)

        // A row taller than this (a long quote) is cut into bands of whole lines, one slice each,
        // so it continues on the next page under the repeated header instead of running off the
        // page; two bands fit a page with the header, so the first shares a page with what precedes.
        let bodyHeight = theme.contentBottom - theme.contentTop
        let headHeightOnContinuation = continued.reduce(0) { $0 + $1.spaceBefore + $1.height }
        let maxBand = max(4 * style.size, (bodyHeight - headHeightOnContinuation) / 2 - 2 * padY)
        var firstSlice: [Int] = []
        var emittedRows = 0
        var groupRowsInside = 0
        let groupTitles = Dictionary(t.groups.map { ($0.firstRow, $0.title) }, uniquingKeysWith: { a, _ in a })
        for (r, row) in rows.enumerated() {
            if let title = groupTitles[r] {
                // A title row across the table, kept with the group's first row.
                let shape = measure([TextRun(title, bold: true, color: theme.accent)], headStyle, width: xs[ncol] - 2 * padX, maxLines: 1)
                let h = shape.height + 2 * padY + 2
                var g = Slice(height: h, keepWithNext: true, items: [
                    .rect(RectItem(Rect(x: 0, y: 0, width: xs[ncol], height: h), fill: theme.cardFill)),
                    .structure(.begin(.row)),
                ] + tagged(.headerCell, [.text(TextItem(origin: Point(padX, padY + 1), shape: shape, color: theme.accent))]) + [
                    .structure(.end(.row)),
                    .line(LineItem(from: Point(0, h), to: Point(xs[ncol], h), color: theme.accent, width: 0.5)),
                ])
                if t.repeatHeader { g.continuation = continued }
                out.append(g)
                if r > 0 { groupRowsInside += 1 }
            }
            let bands = Self.bands(cells[r], maxHeight: maxBand)
            for (b, band) in bands.enumerated() {
                let last = b == bands.count - 1
                let h = zip(cells[r], band).map { $0.height(of: $1) }.max()! + 2 * padY
                var s = Slice(height: h)
                if t.zebra && r % 2 == 1 {
                    s.items.append(.rect(RectItem(Rect(x: 0, y: 0, width: xs[ncol], height: h), fill: theme.zebra)))
                }
                s.items.append(.structure(.begin(.row)))
                for c in 0..<ncol {
                    s.items.append(.structure(.begin(.cell)))
                    if !band[c].isEmpty {
                        s.items.append(place(cells[r][c], column: c, y: padY, color: theme.text, lines: band[c]))
                    }
                    if let dest = row[c].link {
                        s.items.append(.link(LinkItem(rect: Rect(x: xs[c], y: 0, width: widths[c], height: h), destination: dest)))
                    }
                    s.items.append(.structure(.end(.cell)))
                }
                s.items.append(.structure(.end(.row)))
                if last && (!t.zebra || r == rows.count - 1) {
                    s.items.append(.line(LineItem(from: Point(0, h), to: Point(xs[ncol], h),
                                                  color: r == rows.count - 1 ? theme.accent : theme.ruleColor,
                                                  width: r == rows.count - 1 ? 0.75 : 0.4)))
                }
                if t.repeatHeader { s.continuation = continued }
                if b == 0 { firstSlice.append(emitted + out.count) }
                // No orphan: the header keeps the first two rows with it (set here for a batched table,
                // whose first row is handed out before its end is known).
                if batched && r == 0 && b == 0 { s.keepWithNext = true }
                out.append(s)
            }
            // A batch ends after whole rows, never within the last two (their keeping is set at the end).
            if batched, let batchRows, r + 1 - emittedRows >= batchRows, r <= rows.count - 3 {
                try emit(out)
                emitted += out.count
                emittedRows = r + 1
                out.removeAll(keepingCapacity: true)
            }
            // What is handed out is no longer needed here.
            if batched { cells[r] = [] }
        }
        out[out.count - 1].items.append(.structure(.end(.table)))
        let split = emitted + out.count - (firstSlice.first ?? out.count) - groupRowsInside > rows.count
        if rows.isEmpty {
            out[out.count - 1].keepWithNext = false
        } else if rows.count <= Self.unsplitTableRows && !split {
            // A short table is never split: a row or two stranded under a repeated header reads badly.
            for k in firstSlice[0]..<(out.count - 1) { out[k].keepWithNext = true }
        } else {
            // No orphan: the header keeps two rows with it; no widow: the last two rows go together.
            if !batched { out[firstSlice[0]].keepWithNext = true }
            out[firstSlice[rows.count - 1] - 1 - emitted].keepWithNext = true
        }
        try emit(out)
    }

    /// A column's title as the header sets it: a `.balanced` title of five or more characters on
    /// two lines, at a word of its `lineStarts` when that keeps the lines within one character of
    /// an even split, else in the middle.
    public static func headerTitle(_ column: TableColumn) -> String {
        let name = column.title
        guard case .balanced(let lineStarts) = column.titleWrap else { return name }
        let chars = Array(name)
        guard chars.count >= 5, !name.contains("\n") else { return name }
        let middle = (chars.count + 1) / 2
        var best = middle
        var bestLongest = Int.max
        for w in lineStarts.map(Array.init) where !w.isEmpty && w.count <= chars.count {
            // The last occurrence: the head word before it stays whole.
            guard let cut = (0...(chars.count - w.count)).last(where: { chars[$0..<$0 + w.count].elementsEqual(w) }),
                cut >= 2, cut < chars.count
            else { continue }
            let longest = max(cut, chars.count - cut)
            if longest < bestLongest { bestLongest = longest; best = cut }
        }
        if bestLongest > max(middle, chars.count - middle) + 1 { best = middle }
        return String(chars[..<best]) + "\n" + String(chars[best...])
    }

    /// The line ranges of a row's cells, cut into bands at most `maxHeight` tall (one band when
    /// the row fits); every line in exactly one band, at least one line per band.
    static func bands(_ cells: [TextShape], maxHeight: Double) -> [[Range<Int>]] {
        let tallest = cells.map(\.height).max() ?? 0
        guard tallest > maxHeight + 0.01 else { return [cells.map { 0..<$0.lines.count }] }
        var next = cells.map { _ in 0 }
        var out: [[Range<Int>]] = []
        while zip(next, cells).contains(where: { $0 < $1.lines.count }) {
            var band: [Range<Int>] = []
            for (c, cell) in cells.enumerated() {
                let start = next[c]
                var end = start
                while end < cell.lines.count, end == start || cell.height(of: start..<end + 1) <= maxHeight + 0.01 { end += 1 }
                band.append(start..<end)
                next[c] = end
            }
            out.append(band)
        }
        return out
    }

    /// Widths whose sum exceeds `total` shrunk to it, widest first: every column wider than a
    /// common cap is cut to it (never below `minimum`), so narrow columns keep their content width.
    private func fitted(_ widths: [Double], minimum: Double, total: Double) -> [Double] {
        func capped(_ cap: Double) -> [Double] { widths.map { $0 > cap ? max(cap, min($0, minimum)) : $0 } }
        guard widths.reduce(0, +) > total + 0.01 else { return widths }
        var lo = 0.0, hi = widths.max() ?? 0
        for _ in 0..<40 {
            let mid = (lo + hi) / 2
            if capped(mid).reduce(0, +) > total { hi = mid } else { lo = mid }
        }
        return capped(lo)
    }

    /// Column widths: content widths when they fit (the spare width shared by weight), otherwise
    /// narrow columns keep their content width and the wide ones share the rest by weight.
    func columnWidths(natural: [Double], weights: [Double], minimum: Double, total: Double) -> [Double] {
        let sum = natural.reduce(0, +)
        if sum <= total {
            let spare = total - sum, wsum = weights.reduce(0, +)
            return natural.indices.map { natural[$0] + spare * weights[$0] / wsum }
        }
        var widths = natural
        var open = Set(natural.indices)
        var remaining = total
        while true {
            let wsum = open.map { weights[$0] }.reduce(0, +)
            let fixed = open.filter { natural[$0] <= remaining * weights[$0] / wsum }
            if fixed.isEmpty || fixed.count == open.count { break }
            for c in fixed { widths[c] = natural[c]; remaining -= natural[c]; open.remove(c) }
        }
        // Columns whose share would be below the minimum get the minimum; the rest share what is left.
        while true {
            let wsum = open.map { weights[$0] }.reduce(0, +)
            let starved = open.filter { remaining * weights[$0] / wsum < min(natural[$0], minimum) }
            if starved.isEmpty || starved.count == open.count {
                for c in open { widths[c] = max(min(natural[c], minimum), remaining * weights[c] / wsum) }
                return fitted(widths, minimum: minimum, total: total)
            }
            for c in starved { widths[c] = min(natural[c], minimum); remaining -= widths[c]; open.remove(c) }
        }
    }
}
