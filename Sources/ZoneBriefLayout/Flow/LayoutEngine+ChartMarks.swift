/// The marks charts are drawn with: bars in their solid or secondary (light, hatched, outlined)
/// style, text on a white halo so gridlines never run through it, and legend swatches.
extension LayoutEngine {
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
        items += hatch(r, color: color)
        items.append(.rect(RectItem(r, stroke: color, lineWidth: 0.6)))
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
    func swatch(x: Double, y: Double, color: Color, secondary: Bool) -> [FrameItem] {
        barItems(Rect(x: x, y: y, width: 8, height: 8), color: color, secondary: secondary)
    }
}
