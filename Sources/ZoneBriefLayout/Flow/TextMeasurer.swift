/// How a run of text is set: size in points, weight, line spacing, alignment inside the width.
public struct TextStyle: Sendable, Hashable {
    /// Font size in points (absolute: 10.5 is 10.5 pt on paper).
    public var size: Double
    public var bold: Bool
    /// Line height as a factor of the font's natural line height (1 = as designed).
    public var lineSpacing: Double
    public var alignment: Alignment
    /// Stretch every line but a paragraph's last to the full width (body text).
    public var justify: Bool

    public init(size: Double, bold: Bool = false, lineSpacing: Double = 1, alignment: Alignment = .leading,
                justify: Bool = false) {
        self.size = size
        self.bold = bold
        self.lineSpacing = lineSpacing
        self.alignment = alignment
        self.justify = justify
    }

    public func with(alignment: Alignment) -> TextStyle {
        var s = self; s.alignment = alignment; return s
    }
}

/// One line of a measured text, relative to the text's top-left corner.
public struct LineMetrics: Sendable, Hashable {
    /// Top of the line box and its height (to the next line's top).
    public var top: Double
    public var height: Double
    /// Baseline, from the top of the text (not of the line).
    public var baseline: Double
    /// Left edge of the line's ink-independent (logical) box, after alignment, and its width.
    public var x: Double
    public var width: Double
    /// The line's text as UTF-8 byte offsets into `TextShape.text`.
    public var bytes: Range<Int>

    public init(top: Double, height: Double, baseline: Double, x: Double, width: Double, bytes: Range<Int>) {
        self.top = top; self.height = height; self.baseline = baseline
        self.x = x; self.width = width; self.bytes = bytes
    }
}

/// A link inside a measured text: the area of a run that carries `TextRun.link`, one per line
/// it spans, relative to the text's top-left corner.
public struct TextLink: Sendable, Hashable {
    public var line: Int
    public var rect: Rect
    public var destination: String
    public init(line: Int, rect: Rect, destination: String) {
        self.line = line; self.rect = rect; self.destination = destination
    }
}

/// What a text was set from: its runs, style and wrap width. A painter sets it again from these
/// and gets the lines its `TextShape` describes, whichever measurer made the shape.
public struct TextSource: Sendable {
    public var runs: [TextRun]
    public var style: TextStyle
    /// The wrap width (nil: no wrapping).
    public var width: Double?

    public init(runs: [TextRun], style: TextStyle, width: Double?) {
        self.runs = runs
        self.style = style
        self.width = width
    }
}

/// Text as a measurer set it: its lines and where they fall, and what it was set from (`source`),
/// so a laid-out page is a value that can be painted after the measurer has let go of its own
/// shaped form. `handle` lets the measurer that made it find that form again while it still has
/// it (Pango keeps the shaped layout), so most text is shaped once.
public struct TextShape: Sendable {
    /// The measurer's key for this text (unique per measurer).
    public var handle: Int
    /// The runs' text, concatenated.
    public var text: String
    public var lines: [LineMetrics]
    public var links: [TextLink]
    /// Characters none of the fonts has (they would print as boxes); empty normally.
    public var missingCharacters: String
    /// What the text was set from (nil from a measurer that does not say).
    public var source: TextSource?

    public init(handle: Int, text: String, lines: [LineMetrics], links: [TextLink] = [], missingCharacters: String = "",
                source: TextSource? = nil) {
        self.handle = handle
        self.text = text
        self.lines = lines
        self.links = links
        self.missingCharacters = missingCharacters
        self.source = source
    }

    /// Width of the widest line (its right edge, alignment included).
    public var width: Double { width(of: 0..<lines.count) }
    /// Height of all lines.
    public var height: Double { height(of: 0..<lines.count) }

    public func width(of range: Range<Int>) -> Double {
        var w = 0.0
        for i in range where i < lines.count { w = max(w, lines[i].x + lines[i].width) }
        return w
    }

    public func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last, last < lines.count else { return 0 }
        return lines[last].top + lines[last].height - lines[first].top
    }

    /// The text of some lines (for dumps and tests).
    public func text(of range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last, last < lines.count else { return "" }
        let bytes = Array(text.utf8)
        let lo = min(lines[first].bytes.lowerBound, bytes.count), hi = min(lines[last].bytes.upperBound, bytes.count)
        return String(decoding: bytes[lo..<max(lo, hi)], as: UTF8.self)
    }

    /// Each line's own text.
    public var lineTexts: [String] { (0..<lines.count).map { text(of: $0..<$0 + 1) } }
}

/// Measures text. Pango does it in production (ZoneBriefPDF); `FixedAdvanceMeasurer` does it in
/// tests so pagination is checked in milliseconds without any C library.
public protocol TextMeasurer: AnyObject {
    /// Sets `runs` in `style`, wrapped to `width` points (nil: no wrapping, one line per `\n`
    /// paragraph). Lines never start with closing punctuation nor end with opening punctuation
    /// (`LineBreakRules`).
    func measure(_ runs: [TextRun], style: TextStyle, width: Double?) -> TextShape
    /// The same shape as `measure`, keeping nothing for painting (a painter sets the text again
    /// from the shape's source): for text measured long before it is drawn, such as the cells of a
    /// long table, measured all at once to size its columns.
    func measureForLater(_ runs: [TextRun], style: TextStyle, width: Double?) -> TextShape
}

extension TextMeasurer {
    /// A measurer that keeps nothing anyway measures as usual.
    public func measureForLater(_ runs: [TextRun], style: TextStyle, width: Double?) -> TextShape {
        measure(runs, style: style, width: width)
    }

    /// Measures one plain string.
    public func measure(_ text: String, style: TextStyle, width: Double? = nil) -> TextShape {
        measure([TextRun(text)], style: style, width: width)
    }
}
