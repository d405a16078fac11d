/// Names on paper have a size limit: text set in a few lines at most, cut with an ellipsis
/// when longer, so a 500-character zone name never pushes a cover, a heading or a chart label
/// off the page. Body text (paragraphs) and table cells without a limit still wrap in full.
extension LayoutEngine {
    /// `runs` set in `width`, at most `maxLines` lines: when longer, the text of the first
    /// `maxLines` lines, shortened until an ellipsis (…) fits after it. The shortened text takes
    /// the first run's weight, colour and link.
    ///
    ///     measure([TextRun(zone)], theme.heading(2), width: 451, maxLines: 3)   // 超长名称…
    func measure(_ runs: [TextRun], _ style: TextStyle, width: Double, maxLines: Int, forLater: Bool = false) -> TextShape {
        let shape = measure(runs, style, width: width, forLater: forLater)
        guard maxLines >= 1, shape.lines.count > maxLines, let first = runs.first else { return shape }
        let bytes = Array(shape.text.utf8)
        let end = min(shape.lines[maxLines - 1].bytes.upperBound, bytes.count)
        var kept = Self.trimmedEnd(String(decoding: bytes[..<end], as: UTF8.self))
        var drop = 1
        while !kept.isEmpty {
            var run = first
            run.text = kept + Self.ellipsis
            let s = measure([run], style, width: width, forLater: forLater)
            if s.lines.count <= maxLines { return s }
            kept = Self.trimmedEnd(String(kept.dropLast(drop)))
            drop = min(drop * 2, 64)
        }
        var run = first
        run.text = Self.ellipsis
        return measure([run], style, width: width, forLater: forLater)
    }

    func measure(_ text: String, _ style: TextStyle, width: Double, maxLines: Int) -> TextShape {
        measure([TextRun(text)], style, width: width, maxLines: maxLines)
    }

    static let ellipsis = "…"

    /// Without trailing white space, line breaks and zero-width spaces.
    static func trimmedEnd(_ s: String) -> String {
        var u = s.unicodeScalars[...]
        while let last = u.last, last.properties.isWhitespace || last == "\u{200B}" { u = u.dropLast() }
        return String(String.UnicodeScalarView(u))
    }

    /// A title for a PDF bookmark: one line, at most `limit` characters.
    static func outlineTitle(_ s: String, limit: Int = 120) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + ellipsis
    }
}
