/// Bar charts drawn as rectangles and lines: horizontal (ranked, long CJK labels, split across
/// pages with the tick row repeated) and vertical (one slice); one series or grouped with a
/// legend; negatives on the other side of the zero line; value labels; round ticks.
extension LayoutEngine {
    /// The chart's values, one row per series, cut or padded to the categories; non-finite
    /// values are dropped with a warning.
    private func chartValues(_ c: BarChart) -> [[Double?]] {
        let n = c.categories.count
        var dropped = 0
        let values = c.series.map { s -> [Double?] in
            (0..<n).map { k in
                guard k < s.values.count, let v = s.values[k] else { return nil }
                if !v.isFinite { dropped += 1; return nil }
                return v
            }
        }
        if c.series.contains(where: { $0.values.count != n }) {
            warnings.append("a series of chart “\(c.title ?? "")” does not have \(n) values (one per category); "
                            + "missing ones draw no bar, extra ones are ignored")
        }
        if dropped > 0 { warnings.append("chart “\(c.title ?? "")” has \(dropped) non-finite value(s); they draw no bar") }
        return values
    }

    private func label(_ c: BarChart, series i: Int, category k: Int, value v: Double) -> String {
        if let labels = c.series[i].labels, k < labels.count, let l = labels[k] { return l }
        return formatValue(v)
    }

    /// A tick's number; five or more digits are grouped by thousands (`15,000`) as the value
    /// labels are.
    func tickText(_ v: Double, decimals: Int) -> String {
        let s = formatNumber(v, decimals: decimals)
        guard abs(v) >= 10_000 else { return s }
        let neg = s.hasPrefix("-")
        let body = neg ? String(s.dropFirst()) : s
        let whole = body.split(separator: ".", maxSplits: 1)
        var grouped = ""
        for (i, ch) in whole[0].reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return (neg ? "-" : "") + String(grouped.reversed()) + (whole.count > 1 ? "." + whole[1] : "")
    }

    /// How series `i`'s bar of category `k` is drawn.
    func mark(_ c: BarChart, _ k: Int, series i: Int) -> BarMark {
        if i < c.series.count, let t = c.series[i].targets, k < t.count, t[k] { return .target }
        return isSecondary(c, k, series: i) ? .secondary : .actual
    }

    /// Whether every bar of series `i` is a target (its legend swatch is a dashed outline).
    private func isTargetSeries(_ c: BarChart, _ i: Int) -> Bool {
        guard let t = c.series[i].targets else { return false }
        return c.series[i].values.indices.allSatisfy { k in c.series[i].values[k] == nil || (k < t.count && t[k]) }
    }

    /// Whether category `k`'s bars are drawn in the secondary (unranked) style.
    func isSecondary(_ c: BarChart, _ k: Int) -> Bool {
        guard let s = c.secondary, k < s.count else { return false }
        return s[k]
    }

    /// Whether series `i`'s bar of category `k` is drawn in the secondary style.
    func isSecondary(_ c: BarChart, _ k: Int, series i: Int) -> Bool {
        if isSecondary(c, k) { return true }
        guard i < c.series.count, let s = c.series[i].secondary, k < s.count else { return false }
        return s[k]
    }

    /// The legend's entries: one per series when there are several; the solid and the secondary
    /// style when a category uses the secondary one.
    private func legendEntries(_ c: BarChart) -> [(text: String, series: Int, mark: BarMark)] {
        var entries: [(text: String, series: Int, mark: BarMark)] = []
        if c.series.count > 1 {
            for (i, s) in c.series.enumerated() { entries.append((s.name, i, isTargetSeries(c, i) ? .target : .actual)) }
        }
        let marks = c.categories.indices.flatMap { k in c.series.indices.map { mark(c, k, series: $0) } }
        if marks.contains(.secondary) {
            if c.series.count == 1, let p = c.primaryLegend, !p.isEmpty { entries.append((p, 0, .actual)) }
            entries.append((c.secondaryLegend.flatMap { $0.isEmpty ? nil : $0 } ?? "仅列示，不参与排名", 0, .secondary))
        }
        if marks.contains(.target), !c.series.indices.contains(where: { isTargetSeries(c, $0) }) {
            entries.append((c.targetLegend.flatMap { $0.isEmpty ? nil : $0 } ?? "目标数", 0, .target))
        }
        return entries
    }

    /// Title, unit caption and legend, as one slice kept with the chart. Without a title the
    /// legend shares the unit caption's line when both fit.
    private func chartHeading(_ c: BarChart) -> Slice? {
        let w = theme.contentWidth
        var items: [FrameItem] = []
        var y = 0.0
        var titleStyle = theme.small; titleStyle.bold = true
        var unitShape: TextShape? = nil
        if let u = c.unitCaption, !u.isEmpty { unitShape = measure(u, theme.chartText, width: w, maxLines: 2) }
        if let t = c.title, !t.isEmpty {
            let shape = measure(t, titleStyle, width: max(w * 0.4, w - (unitShape.map { $0.width + 12 } ?? 0)), maxLines: 2)
            items.append(.text(TextItem(origin: Point(0, 0), shape: shape, color: theme.text)))
            y = shape.height
        }
        let legend = legendEntries(c).map { (measure($0.text, theme.chartText, width: w - 26, maxLines: 2), $0.series, $0.mark) }
        let legendWidth = legend.map { 12 + $0.0.width + 14 }.reduce(0, +)
        var legendTop: Double? = nil
        if let u = unitShape {
            let uy = y > 0 ? max(0, y - u.height) : 0
            items.append(.text(TextItem(origin: Point(w - u.width, uy), shape: u, color: theme.muted)))
            if y == 0 && !legend.isEmpty && legendWidth + u.width + 12 <= w { legendTop = 0 }
            y = max(y, uy + u.height)
        }
        if !legend.isEmpty {
            var ly = legendTop ?? (y > 0 ? y + 4 : 0)
            var x = 0.0, rowHeight = 0.0
            for (name, series, mark) in legend {
                let itemWidth = 12 + name.width + 14
                if x > 0 && x + itemWidth > w { x = 0; ly += rowHeight + 3; rowHeight = 0 }
                items += swatch(x: x, y: ly + (name.height - 8) / 2, series: series, mark: mark)
                items.append(.text(TextItem(origin: Point(x + 12, ly), shape: name, color: theme.text)))
                x += itemWidth
                rowHeight = max(rowHeight, name.height)
            }
            y = max(y, ly + rowHeight)
        }
        guard !items.isEmpty else { return nil }
        return Slice(height: y + 6, spaceBefore: theme.blockSpacing, keepWithNext: true, items: items)
    }

    func chartSlices(_ c: BarChart) -> [Slice] {
        guard !c.categories.isEmpty, !c.series.isEmpty else {
            warnings.append("chart “\(c.title ?? "")” has no categories or no series; it is left out")
            return []
        }
        let values = chartValues(c)
        var out: [Slice] = []
        if let h = chartHeading(c) { out.append(h) }
        switch c.orientation {
        case .horizontal: out += horizontalChart(c, values: values, first: out.isEmpty)
        case .vertical:
            // Columns narrower than three characters cannot carry their labels: draw it horizontal.
            let columnWidth = theme.contentWidth * 0.9 / Double(c.categories.count)
            // Labels that would wrap onto more than four lines under their column: horizontal too.
            let longest = c.categories.map { measure($0, theme.chartText).width }.max() ?? 0
            if columnWidth < theme.chartText.size * 3 {
                warnings.append("chart “\(c.title ?? "")” has \(c.categories.count) categories, too many for vertical bars; "
                                + "it is drawn with horizontal bars")
                out += horizontalChart(c, values: values, first: out.isEmpty)
            } else if longest > (columnWidth - 4) * 4 {
                warnings.append("chart “\(c.title ?? "")” has category labels too long for vertical bars; "
                                + "it is drawn with horizontal bars")
                out += horizontalChart(c, values: values, first: out.isEmpty)
            } else {
                out += [verticalChart(c, values: values, first: out.isEmpty)]
            }
        }
        // One figure for readers of tagged PDF, with its words (or its data) as alternate text.
        if !out.isEmpty {
            out[0].items.insert(.structure(.begin(.figure, alt: altText(c, values: values))), at: 0)
            out[out.count - 1].items.append(.structure(.end(.figure)))
        }
        return out
    }

    /// The chart's alternate text: the composer's, else each category with its values' labels.
    func altText(_ c: BarChart, values: [[Double?]]) -> String {
        if let a = c.altText, !a.isEmpty { return a }
        let rows = c.categories.indices.map { k -> String in
            let labels = c.series.indices.compactMap { i in values[i][k].map { label(c, series: i, category: k, value: $0) } }
            return c.categories[k] + " " + labels.joined(separator: " / ")
        }
        return ([c.title, c.unitCaption].compactMap { $0 } + rows).joined(separator: "；")
    }

    private func horizontalChart(_ c: BarChart, values: [[Double?]], first: Bool) -> [Slice] {
        let w = theme.contentWidth, n = c.categories.count, s = c.series.count
        let style = theme.chartText
        let all = values.flatMap { $0.compactMap { $0 } }
        let scale = NiceScale(min: all.min() ?? 0, max: all.max() ?? 0)

        // Labels right-aligned against the bars; only those wider than the column are wrapped.
        let natural = c.categories.map { measure($0, style) }
        let labelWidth = min(natural.map(\.width).max() ?? 0, w * 0.3)
        let labels = zip(c.categories, natural).map { text, shape in
            shape.width <= labelWidth + 0.01 ? shape : measure(text, style.with(alignment: .trailing), width: labelWidth, maxLines: 3)
        }
        var valueLabels: [[TextShape?]] = []
        for i in 0..<s {
            valueLabels.append((0..<n).map { k in values[i][k].map { measure(label(c, series: i, category: k, value: $0), style) } })
        }
        let notes: [TextShape?] = (0..<n).map { k in
            guard let ns = c.notes, k < ns.count, let note = ns[k], !note.isEmpty else { return nil }
            return measure(note, style)
        }
        var right = 0.0, left = 0.0
        for k in 0..<n {
            var r = 0.0
            for i in 0..<s {
                guard let v = values[i][k], let l = valueLabels[i][k] else { continue }
                if v >= 0 { r = max(r, l.width + 4) } else { left = max(left, l.width + 4) }
            }
            if let note = notes[k] { r += note.width + 8 }
            right = max(right, r)
        }
        right = min(right, w * 0.35)
        let x0 = labelWidth + 8 + left
        let plotWidth = max(w * 0.25, w - x0 - right)
        func xOf(_ v: Double) -> Double { x0 + scale.fraction(v) * plotWidth }
        let zero = xOf(0)

        // The tick row above the bars, repeated on each page the chart continues on.
        let ticks = scale.ticks
        let tickShapes = ticks.map { measure(tickText($0, decimals: scale.decimals), style) }
        let tickHeight = (tickShapes.map(\.height).max() ?? 0) + 3
        var header = Slice(height: tickHeight, keepWithNext: true)
        header.spaceBefore = first ? theme.blockSpacing : 0
        for (t, shape) in zip(ticks, tickShapes) {
            header.items.append(.text(TextItem(origin: Point(xOf(t) - shape.width / 2, 0), shape: shape, color: theme.muted)))
        }
        var out = [header]
        let continued = continuationHead(caption: c.title, repeating: header, width: w, gap: 6)

        // Grouped bars are as thick as their value labels are tall, so labels never overlap.
        let labelHeight = valueLabels.flatMap { $0 }.compactMap { $0?.height }.max() ?? 0
        let barHeight = s == 1 ? 11.0 : max(5, 16 / Double(s) + 2, labelHeight)
        let groupHeight = Double(s) * barHeight + Double(s - 1)
        for k in 0..<n {
            // Where the value labels end decides where the note goes: beside them if it fits the
            // body (wrapped if need be), else on a line of its own under the bars.
            var labelEnd = zero
            for i in 0..<s {
                guard let v = values[i][k], v >= 0, let l = valueLabels[i][k] else { continue }
                labelEnd = max(labelEnd, xOf(v) + 3 + l.width)
            }
            var note = notes[k]
            var noteBelow = false
            if let shape = note, labelEnd + 6 + shape.width > w + 0.01 {
                // Beside the bar in at most four lines, else below it (cut after four lines there).
                let room = w - labelEnd - 6
                let beside = room >= style.size * 6 ? measure(c.notes![k]!, style, width: room) : nil
                if let beside, beside.lines.count <= 4 {
                    note = beside
                } else {
                    noteBelow = true
                    note = measure(c.notes![k]!, style, width: w - max(0, zero), maxLines: 4)
                }
            }
            let besideHeight = max(labels[k].height, groupHeight, noteBelow ? 0 : (note?.height ?? 0))
            let rowHeight = besideHeight + 6 + (noteBelow ? (note?.height ?? 0) + 1 : 0)
            var row = Slice(height: rowHeight)
            for t in ticks {
                let isZero = abs(t) < scale.step * 1e-6
                row.items.append(.line(LineItem(from: Point(xOf(t), 0), to: Point(xOf(t), rowHeight),
                                                color: isZero ? theme.muted : theme.ruleColor, width: isZero ? 0.8 : 0.3)))
            }
            let lx = labels[k].lines.count == 1 ? labelWidth - labels[k].width : 0
            row.items.append(.text(TextItem(origin: Point(lx, (besideHeight + 6 - labels[k].height) / 2), shape: labels[k],
                                            color: theme.text)))
            let top = (besideHeight + 6 - groupHeight) / 2
            for i in 0..<s {
                guard let v = values[i][k] else { continue }
                let y = top + Double(i) * (barHeight + 1)
                let xv = xOf(v)
                row.items += barItems(Rect(x: min(zero, xv), y: y, width: abs(xv - zero), height: barHeight),
                                      series: i, mark: mark(c, k, series: i))
                if let l = valueLabels[i][k] {
                    let ly = y + (barHeight - l.height) / 2
                    let lx = v >= 0 ? xv + 3 : xv - 3 - l.width
                    row.items += haloText(l, at: Point(lx, ly), color: theme.text)
                }
            }
            if let note {
                let origin = noteBelow ? Point(max(0, zero), besideHeight + 4)
                                       : Point(labelEnd + 6, (besideHeight + 6 - note.height) / 2)
                row.items += haloText(note, at: origin, color: theme.muted)
            }
            row.continuation = continued
            out.append(row)
        }
        // Anti-orphan: the last bar does not stand alone on a page.
        if out.count >= 3 { out[out.count - 2].keepWithNext = true }
        out[out.count - 1].items.append(.line(LineItem(from: Point(x0 - left, out[out.count - 1].height),
                                                       to: Point(x0 + plotWidth, out[out.count - 1].height),
                                                       color: theme.ruleColor, width: 0.5)))
        return out
    }

    private func verticalChart(_ c: BarChart, values: [[Double?]], first: Bool) -> Slice {
        let w = theme.contentWidth, n = c.categories.count, s = c.series.count
        let style = theme.chartText
        let all = values.flatMap { $0.compactMap { $0 } }
        let scale = NiceScale(min: all.min() ?? 0, max: all.max() ?? 0)
        let ticks = scale.ticks
        let tickShapes = ticks.map { measure(tickText($0, decimals: scale.decimals), style) }
        let x0 = (tickShapes.map(\.width).max() ?? 0) + 6
        let plotWidth = w - x0
        let columnWidth = plotWidth / Double(n)
        let labels = c.categories.map { measure($0, style.with(alignment: .center), width: max(columnWidth - 4, style.size), maxLines: 4) }
        let notes: [TextShape?] = (0..<n).map { k in
            guard let ns = c.notes, k < ns.count, let note = ns[k], !note.isEmpty else { return nil }
            return measure(note, style.with(alignment: .center), width: max(columnWidth - 4, style.size), maxLines: 3)
        }
        var valueLabels: [[TextShape?]] = []
        for i in 0..<s {
            valueLabels.append((0..<n).map { k in values[i][k].map { measure(label(c, series: i, category: k, value: $0), style) } })
        }
        let labelLine = valueLabels.flatMap { $0 }.compactMap { $0?.height }.max() ?? style.size * 1.3
        let plotTop = labelLine + 2
        let plotHeight = 170.0
        let hasNegative = (all.min() ?? 0) < 0
        func yOf(_ v: Double) -> Double { plotTop + (1 - scale.fraction(v)) * plotHeight }
        let zero = yOf(0)
        var items: [FrameItem] = []
        for (t, shape) in zip(ticks, tickShapes) {
            let y = yOf(t)
            let isZero = abs(t) < scale.step * 1e-6
            items.append(.line(LineItem(from: Point(x0, y), to: Point(w, y), color: isZero ? theme.muted : theme.ruleColor,
                                        width: isZero ? 0.8 : 0.3)))
            items.append(.text(TextItem(origin: Point(x0 - 4 - shape.width, y - shape.height / 2), shape: shape, color: theme.muted)))
        }
        let groupWidth = min(columnWidth * 0.7, 28 * Double(s))
        let barWidth = groupWidth / Double(s)
        var y = plotTop + plotHeight + (hasNegative ? labelLine : 0) + 4
        let labelsHeight = labels.map(\.height).max() ?? 0
        let notesHeight = notes.compactMap { $0?.height }.max() ?? 0
        for k in 0..<n {
            let cx = x0 + (Double(k) + 0.5) * columnWidth
            for i in 0..<s {
                guard let v = values[i][k] else { continue }
                let bx = cx - groupWidth / 2 + Double(i) * barWidth
                let yv = yOf(v)
                items += barItems(Rect(x: bx + 0.5, y: min(zero, yv), width: barWidth - 1, height: abs(yv - zero)),
                                  series: i, mark: mark(c, k, series: i))
                if let l = valueLabels[i][k] {
                    let ly = v >= 0 ? yv - 1 - l.height : yv + 1
                    items += haloText(l, at: Point(bx + barWidth / 2 - l.width / 2, ly), color: theme.text)
                }
            }
            items.append(.text(TextItem(origin: Point(cx - (columnWidth - 4) / 2, y), shape: labels[k], color: theme.text)))
            if let note = notes[k] {
                items.append(.text(TextItem(origin: Point(cx - (columnWidth - 4) / 2, y + labelsHeight + 2), shape: note, color: theme.muted)))
            }
        }
        y += labelsHeight + (notesHeight > 0 ? notesHeight + 2 : 0)
        return Slice(height: y, spaceBefore: first ? theme.blockSpacing : 0, items: items)
    }
}
