#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every size, colour and distance the layout uses, in one value. Pages, type scale and palette
/// are data here, never literals in the block layouts.
public struct Theme: Sendable {
    public var pageSize: PageSize
    /// Margins of the body in points (header and footer sit inside the top and bottom margins).
    public var marginTop: Double, marginBottom: Double, marginLeft: Double, marginRight: Double

    public var text: Color
    public var muted: Color
    public var accent: Color
    public var ruleColor: Color
    public var zebra: Color
    public var cardFill: Color
    public var linkColor: Color
    /// Bar colours, one per series: ten, in two sets of five lightness steps (gray 0.27, 0.69,
    /// 0.41, 0.83, 0.55 and 0.13, 0.61, 0.29, 0.77, 0.45), the second set drawn with white stripes
    /// (`paletteStriped`), so every series stays apart on a monochrome printer
    /// (`ScaleAndPaletteTests`). More series than colours repeat them.
    public var palette: [Color]
    /// Per palette entry: its bars carry white vertical stripes.
    public var paletteStriped: [Bool] = [false, false, false, false, false, true, true, true, true, true]

    public var body: TextStyle
    /// Heading styles by level (1...4); deeper levels use the last.
    public var headings: [TextStyle]
    public var headingSpaceBefore: [Double]
    public var headingSpaceAfter: [Double]
    public var paragraphSpacing: Double
    public var blockSpacing: Double
    public var tableText: TextStyle
    public var compactTableText: TextStyle
    public var cellPaddingX: Double, cellPaddingY: Double
    public var chartText: TextStyle
    public var small: TextStyle
    public var headerFooter: TextStyle
    public var cardLabel: TextStyle, cardValue: TextStyle, cardUnit: TextStyle, cardNote: TextStyle
    public var coverTitle: TextStyle, coverSubtitle: TextStyle, coverFact: TextStyle
    /// The side padding of a compact table's cells (dense tables keep more columns unwrapped).
    public var compactCellPaddingX: Double = 3.5
    /// The colours of the roles a document gives its colours (`ColorRole`; `accent` is above).
    public var secondary = Color(hex: 0x6B7280)
    public var up = Color(hex: 0x2E7D32), down = Color(hex: 0xC62828)
    public var estimate = Color(hex: 0xB26A00), target = Color(hex: 0x6A1B9A)

    /// The colour this theme gives `role`.
    public func color(for role: ColorRole) -> Color {
        switch role {
        case .accent: return accent
        case .secondary: return secondary
        case .up: return up
        case .down: return down
        case .estimate: return estimate
        case .target: return target
        }
    }

    /// `c` as this theme paints it: its role's colour, else `c` itself.
    public func resolve(_ c: Color) -> Color {
        c.role.map { color(for: $0) } ?? c
    }

    /// The brief's look: A4, 20 mm side margins, 10.5 pt body text.
    public static let standard = Theme(
        pageSize: .a4, marginTop: 70, marginBottom: 64, marginLeft: 56.7, marginRight: 56.7,
        text: Color(hex: 0x1F1F1F), muted: Color(hex: 0x666666), accent: Color(hex: 0x1F4E79),
        ruleColor: Color(hex: 0xBFBFBF), zebra: Color(hex: 0xEEF2F7), cardFill: Color(hex: 0xF4F6F9),
        linkColor: Color(hex: 0x1F4E79),
        palette: [Color(hex: 0x1F4E79), Color(hex: 0xE9A746), Color(hex: 0xB6493E), Color(hex: 0xC0D9EF), Color(hex: 0x49AB9F),
                  Color(hex: 0x0F2C19), Color(hex: 0xD07EA7), Color(hex: 0x58397E), Color(hex: 0xE6C664), Color(hex: 0x417DBE)],
        body: TextStyle(size: 10.5, lineSpacing: 1.35, justify: true),
        headings: [TextStyle(size: 16, bold: true, lineSpacing: 1.1), TextStyle(size: 14, bold: true, lineSpacing: 1.1),
                   TextStyle(size: 12, bold: true, lineSpacing: 1.1), TextStyle(size: 10.5, bold: true, lineSpacing: 1.1)],
        headingSpaceBefore: [18, 14, 10, 8], headingSpaceAfter: [10, 6, 4, 3],
        paragraphSpacing: 6, blockSpacing: 10,
        tableText: TextStyle(size: 9), compactTableText: TextStyle(size: 7.5),
        cellPaddingX: 5, cellPaddingY: 3,
        chartText: TextStyle(size: 8.5),
        small: TextStyle(size: 9, lineSpacing: 1.25),
        headerFooter: TextStyle(size: 8.5),
        cardLabel: TextStyle(size: 9), cardValue: TextStyle(size: 18, bold: true), cardUnit: TextStyle(size: 9),
        cardNote: TextStyle(size: 8, lineSpacing: 1.15),
        coverTitle: TextStyle(size: 28, bold: true, lineSpacing: 1.15),
        coverSubtitle: TextStyle(size: 15, lineSpacing: 1.2), coverFact: TextStyle(size: 11, lineSpacing: 1.2)
    )

    /// Series `i`'s colour and whether its bars are striped.
    public func series(_ i: Int) -> (color: Color, striped: Bool) {
        let k = i % palette.count
        return (palette[k], k < paletteStriped.count && paletteStriped[k])
    }

    /// This theme on another paper: the same margins and type, the body as wide and tall as the
    /// paper leaves it.
    public func on(_ size: PageSize) -> Theme {
        var t = self
        t.pageSize = size
        return t
    }

    /// The body's width.
    public var contentWidth: Double { pageSize.width - marginLeft - marginRight }
    public var contentTop: Double { marginTop }
    public var contentBottom: Double { pageSize.height - marginBottom }

    public func heading(_ level: Int) -> TextStyle { headings[max(0, min(level, headings.count) - 1)] }
    public func headingBefore(_ level: Int) -> Double {
        headingSpaceBefore[max(0, min(level, headingSpaceBefore.count) - 1)]
    }
    public func headingAfter(_ level: Int) -> Double {
        headingSpaceAfter[max(0, min(level, headingSpaceAfter.count) - 1)]
    }

    /// The style of a paragraph style.
    public func style(_ s: Paragraph.Style) -> TextStyle {
        switch s {
        case .body: return body
        // Ragged right: a quote ends with an attribution that moves whole to the next line,
        // and justifying the line it leaves would spread its characters apart.
        case .quote:
            var s = body; s.justify = false; return s
        case .lead: return TextStyle(size: 12, lineSpacing: 1.35, justify: true)
        case .small, .caption: return small
        case .note: return TextStyle(size: 8.5, lineSpacing: 1.25)
        }
    }

    public func color(_ s: Paragraph.Style) -> Color {
        switch s {
        case .body, .lead: return text
        case .small, .caption, .quote, .note: return muted
        }
    }
}

extension Color {
    /// The gray a monochrome printer or `pdftoppm -gray` makes of it (ITU-R BT.601 luma of the
    /// sRGB components), 0 (black) … 1 (white).
    public var gray: Double { 0.299 * r + 0.587 * g + 0.114 * b }

    /// Relative luminance (ITU-R BT.709 weights on linearised sRGB), 0 (black) … 1 (white).
    public var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
}
