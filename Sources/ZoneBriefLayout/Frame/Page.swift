/// One laid-out page: its size and the items painted on it, in painting order.
public struct Page: Sendable {
    /// 1-based physical page number (the cover is page 1).
    public var number: Int
    public var size: PageSize
    public var items: [FrameItem]
    /// How much of the body the content fills, 0…1 (the running header and footer not counted).
    public var bodyFill: Double = 0
    /// Whether the page ends a part of the document (a page break it asked for follows, or it
    /// is the last page): such a page may be short.
    public var endsPart: Bool = false

    public init(number: Int, size: PageSize, items: [FrameItem] = []) {
        self.number = number
        self.size = size
        self.items = items
    }

    /// A stable text dump, one item a line, coordinates to one decimal:
    ///
    ///     page 2 595.3x841.9
    ///       text 56.7,80 w120 l0-1 "一、概述"
    ///       rect 56.7,100 481.9x20 fill #F2F2F2
    ///       line 56.7,120 538.6,120 #000000 0.5
    ///       link 56.7,80 120x14 -> sec1
    ///       dest sec1 56.7,80
    ///
    /// Tests compare dumps (re-recorded with `RECORD_SNAPSHOTS=1`).
    public func dump() -> String {
        var out = "page \(number) \(formatCoordinate(size.width))x\(formatCoordinate(size.height))\n"
        for item in items {
            // Structure marks are left out of the dump (`structureDump()` has them).
            if case .structure = item { continue }
            out += "  " + item.dump() + "\n"
        }
        return out
    }
}

extension Page {
    /// The page's structure as nested elements, texts inside them: `<H1> "摘要" </H1> <P> …`.
    public func structureDump() -> String {
        var out: [String] = []
        for item in items {
            switch item {
            case .structure: out.append(item.dump())
            case .text(let t): out.append("\"" + t.shape.text(of: t.lines) + "\"")
            default: continue
            }
        }
        return out.joined(separator: " ")
    }
}

extension FrameItem {
    /// This item's line in `Page.dump()`.
    public func dump() -> String {
        let f = formatCoordinate
        switch self {
        case .text(let t):
            let text = t.shape.text(of: t.lines)
            return "text \(f(t.origin.x)),\(f(t.origin.y)) w\(f(t.shape.width(of: t.lines))) "
                + "l\(t.lines.lowerBound)-\(t.lines.upperBound) \"\(text)\""
        case .rect(let r):
            var s = "rect \(f(r.rect.x)),\(f(r.rect.y)) \(f(r.rect.width))x\(f(r.rect.height))"
            if let c = r.fill { s += " fill \(c.hexString)" }
            if let c = r.stroke { s += " stroke \(c.hexString) \(f(r.lineWidth))" }
            return s
        case .line(let l):
            var s = "line \(f(l.from.x)),\(f(l.from.y)) \(f(l.to.x)),\(f(l.to.y)) \(l.color.hexString) \(f(l.width))"
            if !l.dash.isEmpty { s += " dash" }
            return s
        case .link(let l):
            return "link \(f(l.rect.x)),\(f(l.rect.y)) \(f(l.rect.width))x\(f(l.rect.height)) -> \(l.destination)"
        case .destination(let d):
            return "dest \(d.name) \(f(d.point.x)),\(f(d.point.y))"
        case .structure(let m):
            switch m {
            case .begin(let r, let alt): return "<\(r.rawValue)\(alt.map { " alt=\"\($0)\"" } ?? "")>"
            case .end(let r): return "</\(r.rawValue)>"
            }
        case .image(let i):
            return "image \(f(i.rect.x)),\(f(i.rect.y)) \(f(i.rect.width))x\(f(i.rect.height)) \(i.path)"
        }
    }
}

extension Color {
    public static let white = Color(1, 1, 1)
    public static let black = Color(0, 0, 0)

    /// `#1F4E79`.
    public var hexString: String {
        let digits = Array("0123456789ABCDEF")
        var s = "#"
        for c in [r, g, b] {
            let v = Int((min(max(c, 0), 1) * 255).rounded())
            s.append(digits[v / 16]); s.append(digits[v % 16])
        }
        return s
    }
}
