/// What a bar stands for, and so how it is drawn.
enum BarMark {
    /// Solid in the series' colour (striped for the second five series).
    case actual
    /// Light fill, 45° hatching and an outline (an estimate, a figure not ranked).
    case secondary
    /// A dashed outline, no fill (a target).
    case target
}

/// The marks charts are drawn with: bars in their solid, secondary (light, hatched, outlined) or
/// target (dashed outline) style, text on a white halo so gridlines never run through it, and
/// legend swatches.
extension LayoutEngine {
    /// Space between two white stripes of a striped series' bar.
    static let stripeSpacing = 2.6

    /// The colour lines of a bar are drawn in: the series' colour, darkened until it reads on a
    /// light fill in gray (a light series' hatching would vanish otherwise).
    func ink(_ c: Color) -> Color {
        let g = c.gray
        guard g > 0.45 else { return c }
        let k = 0.45 / g
        return Color(c.r * k, c.g * k, c.b * k)
    }

    /// A bar of series `series` drawn as `mark`.
    func barItems(_ r: Rect, series i: Int, mark: BarMark) -> [FrameItem] {
        let s = theme.series(i)
        switch mark {
        case .actual:
            guard r.width > 0, r.height > 0 else { return [] }
            var items: [FrameItem] = [.rect(RectItem(r, fill: s.color))]
            if s.striped { items += stripes(r) }
            return items
        case .secondary: return barItems(r, color: s.color, secondary: true)
        case .target:
            guard r.width > 0, r.height > 0 else { return [] }
            let c = ink(s.color), d = [2.5, 1.5]
            return [.rect(RectItem(r, fill: .white)),
                    .line(LineItem(from: Point(r.x, r.y), to: Point(r.maxX, r.y), color: c, width: 1, dash: d)),
                    .line(LineItem(from: Point(r.maxX, r.y), to: Point(r.maxX, r.maxY), color: c, width: 1, dash: d)),
                    .line(LineItem(from: Point(r.maxX, r.maxY), to: Point(r.x, r.maxY), color: c, width: 1, dash: d)),
                    .line(LineItem(from: Point(r.x, r.maxY), to: Point(r.x, r.y), color: c, width: 1, dash: d))]
        }
    }

    /// White vertical stripes across `r`, `stripeSpacing` apart.
    func stripes(_ r: Rect) -> [FrameItem] {
        var items: [FrameItem] = []
        var x = r.x + Self.stripeSpacing / 2
        while x < r.maxX - 0.3 {
            items.append(.line(LineItem(from: Point(x, r.y), to: Point(x, r.maxY), color: .white, width: 0.9)))
            x += Self.stripeSpacing
        }
        return items
    }

    /// Space between two hatch lines of a secondary bar, in points.
    static let hatchSpacing = 3.0

    /// `c` blended toward white: `amount` 0 keeps it, 1 is white.
    func lightened(_ c: Color, _ amount: Double) -> Color {
        Color(c.r + (1 - c.r) * amount, c.g + (1 - c.g) * amount, c.b + (1 - c.b) * amount)
    }

    /// A bar: solid in `color`, or (secondary) a light fill with 45° hatching and an outline in
    /// `color`, so the two stay apart in grayscale and in print.
    func barItems(_ r: Rect, color: Color, secondary: Bool) -> [FrameItem] {
        guard r.width > 0, r.height > 0 else { return [] }
        guard secondary else { return [.rect(RectItem(r, fill: color))] }
        var items: [FrameItem] = [.rect(RectItem(r, fill: lightened(color, 0.82)))]
        items += hatch(r, color: ink(color))
        items.append(.rect(RectItem(r, stroke: ink(color), lineWidth: 0.6)))
        return items
    }

    /// 45° lines (rising to the right) clipped to `r`, `hatchSpacing` apart.
    func hatch(_ r: Rect, color: Color) -> [FrameItem] {
        var items: [FrameItem] = []
        var t = -r.height + Self.hatchSpacing / 2
        while t < r.width {
            // Points (x + t + s, y + h − s) for s in [lo, hi] lie inside the rectangle.
            let lo = max(0, -t), hi = min(r.height, r.width - t)
            if hi - lo > 0.2 {
                items.append(.line(LineItem(from: Point(r.x + t + lo, r.y + r.height - lo),
                                            to: Point(r.x + t + hi, r.y + r.height - hi), color: color, width: 0.45)))
            }
            t += Self.hatchSpacing
        }
        return items
    }

    /// A text on a white background a little larger than its box: the gridlines under it stop
    /// short of its glyphs.
    func haloText(_ shape: TextShape, at p: Point, color: Color) -> [FrameItem] {
        [.rect(RectItem(Rect(x: p.x - 1.5, y: p.y - 0.5, width: shape.width + 3, height: shape.height + 1), fill: .white)),
         .text(TextItem(origin: p, shape: shape, color: color))]
    }

    /// One legend entry's swatch, 8 pt square, its top at `y`.
    func swatch(x: Double, y: Double, series i: Int, mark: BarMark) -> [FrameItem] {
        barItems(Rect(x: x, y: y, width: 8, height: 8), series: i, mark: mark)
    }
}
