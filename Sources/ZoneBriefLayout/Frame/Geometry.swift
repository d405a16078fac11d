/// A point in PDF user space: points (1/72 inch), origin at the page's top-left, y downwards
/// (cairo's convention).
public struct Point: Sendable, Hashable {
    public var x: Double, y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}

/// A rectangle in points: `origin` is its top-left corner.
public struct Rect: Sendable, Hashable {
    public var x: Double, y: Double, width: Double, height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    /// The same rectangle moved by `dx`, `dy`.
    public func offsetBy(_ dx: Double, _ dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width, height: height)
    }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
}

/// A page size in points.
public struct PageSize: Sendable, Hashable {
    public var width: Double, height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }
    /// ISO A4 portrait, 210 × 297 mm.
    public static let a4 = PageSize(width: 595.2756, height: 841.8898)
    /// ISO A3 portrait, 297 × 420 mm.
    public static let a3 = PageSize(width: 841.8898, height: 1190.5512)
    /// US Letter portrait, 8.5 × 11 in.
    public static let letter = PageSize(width: 612, height: 792)

    /// The same paper turned on its side.
    public var landscape: PageSize { PageSize(width: max(width, height), height: min(width, height)) }
}

/// The papers a brief can be printed on (`--paper`).
public enum Paper: String, Sendable, CaseIterable {
    case a4, a3, letter

    public func size(landscape: Bool = false) -> PageSize {
        let portrait: PageSize
        switch self {
        case .a4: portrait = .a4
        case .a3: portrait = .a3
        case .letter: portrait = .letter
        }
        return landscape ? portrait.landscape : portrait
    }
}

/// Formats a coordinate for dumps: one decimal, no trailing `.0` noise beyond one digit
/// (`72`, `72.5`, `-3.2`). Deterministic and locale-free (no Foundation).
func formatCoordinate(_ v: Double) -> String {
    let tenths = (v * 10).rounded()
    let neg = tenths < 0
    let t = Int(abs(tenths))
    let s = t % 10 == 0 ? "\(t / 10)" : "\(t / 10).\(t % 10)"
    return neg && t != 0 ? "-" + s : s
}
