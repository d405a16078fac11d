/// One thing painted at a fixed position on a page. The layout engine emits these; the PDF
/// backend only paints them (it never decides where anything goes).
///
/// The drawn items are stored boxed (`indirect`): a page holds many small structure marks, and
/// an item is then a pointer, not the size of the largest kind (a text is over 100 bytes).
public enum FrameItem: Sendable {
    indirect case text(TextItem)
    indirect case rect(RectItem)
    indirect case line(LineItem)
    /// A clickable area that jumps to a destination (a heading's anchor).
    indirect case link(LinkItem)
    /// A named destination (a heading's anchor) that links and bookmarks point to.
    indirect case destination(DestinationItem)
    /// A raster image (the logo) scaled into a rectangle.
    indirect case image(ImageItem)
    /// Where a structure element (a heading, a paragraph, a table cell, a figure) begins or
    /// ends, for tagged PDF: the items between are its content, in reading order. Draws nothing.
    case structure(StructureMark)
}

/// The start or the end of a structure element of tagged PDF. An element open at a page's end
/// is closed there and opened again on the next page (by the painter).
public enum StructureMark: Sendable, Hashable {
    case begin(StructureRole, alt: String? = nil)
    case end(StructureRole)
}

/// The standard structure types of PDF (ISO 32000-1, 14.8.4) the brief uses.
public enum StructureRole: String, Sendable, Hashable {
    case h1 = "H1", h2 = "H2", h3 = "H3", h4 = "H4", h5 = "H5", h6 = "H6"
    case paragraph = "P", list = "L", listItem = "LI", label = "Lbl", listBody = "LBody"
    case table = "Table", row = "TR", headerCell = "TH", cell = "TD", caption = "Caption"
    case figure = "Figure", toc = "TOC", tocItem = "TOCI", division = "Div", blockQuote = "BlockQuote", span = "Span"

    /// The heading of `level` (1 … 6).
    public static func heading(_ level: Int) -> StructureRole {
        [.h1, .h2, .h3, .h4, .h5, .h6][max(1, min(level, 6)) - 1]
    }
}

/// The image at `path` drawn to fill `rect` (its aspect ratio is the layout's business).
public struct ImageItem: Sendable {
    public var path: String
    public var rect: Rect
    public init(path: String, rect: Rect) { self.path = path; self.rect = rect }
}

/// Lines `lines` of a measured text (`shape`), drawn with the box's top-left corner at `origin`:
/// line `lines.lowerBound`'s top sits at `origin.y`.
public struct TextItem: Sendable {
    public var origin: Point
    public var shape: TextShape
    public var lines: Range<Int>
    public var color: Color

    public init(origin: Point, shape: TextShape, lines: Range<Int>? = nil, color: Color) {
        self.origin = origin
        self.shape = shape
        self.lines = lines ?? 0..<shape.lines.count
        self.color = color
    }

    /// The height of the drawn lines.
    public var height: Double { shape.height(of: lines) }
}

/// A filled and/or stroked rectangle.
public struct RectItem: Sendable {
    public var rect: Rect
    public var fill: Color?
    public var stroke: Color?
    public var lineWidth: Double

    public init(_ rect: Rect, fill: Color? = nil, stroke: Color? = nil, lineWidth: Double = 0.5) {
        self.rect = rect
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
    }
}

/// A straight line; `dash` is the on/off pattern in points (empty = solid).
public struct LineItem: Sendable {
    public var from: Point
    public var to: Point
    public var color: Color
    public var width: Double
    public var dash: [Double]

    public init(from: Point, to: Point, color: Color, width: Double = 0.5, dash: [Double] = []) {
        self.from = from
        self.to = to
        self.color = color
        self.width = width
        self.dash = dash
    }
}

/// A clickable rectangle that jumps to the destination named `destination`.
public struct LinkItem: Sendable {
    public var rect: Rect
    /// The anchor of the destination.
    public var destination: String
    public init(rect: Rect, destination: String) { self.rect = rect; self.destination = destination }
}

/// A named jump target at `point` (a heading's top-left corner).
public struct DestinationItem: Sendable {
    public var name: String
    public var point: Point
    public init(name: String, point: Point) { self.name = name; self.point = point }
}

extension FrameItem {
    /// The item moved by `dx`, `dy`.
    public func offsetBy(_ dx: Double, _ dy: Double) -> FrameItem {
        switch self {
        case .text(var t): t.origin = Point(t.origin.x + dx, t.origin.y + dy); return .text(t)
        case .rect(var r): r.rect = r.rect.offsetBy(dx, dy); return .rect(r)
        case .line(var l):
            l.from = Point(l.from.x + dx, l.from.y + dy)
            l.to = Point(l.to.x + dx, l.to.y + dy)
            return .line(l)
        case .link(var l): l.rect = l.rect.offsetBy(dx, dy); return .link(l)
        case .destination(var d): d.point = Point(d.point.x + dx, d.point.y + dy); return .destination(d)
        case .image(var i): i.rect = i.rect.offsetBy(dx, dy); return .image(i)
        case .structure: return self
        }
    }
}
