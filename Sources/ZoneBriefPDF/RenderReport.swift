import ZoneBriefLayout

/// What a render did: pages written, warnings (characters the fonts lack, links to unknown
/// anchors, oversized blocks…), and where the time went.
public struct RenderReport: Sendable {
    public var pageCount: Int
    public var warnings: [String]
    /// Characters the fonts lack (printed as boxes), counted, with their pages; also in `warnings`.
    public var missingGlyphs: [MissingGlyph]
    /// Seconds spent measuring and paginating.
    public var layoutSeconds: Double
    /// Seconds spent painting and writing the PDF.
    public var paintSeconds: Double

    public init(pageCount: Int, warnings: [String], layoutSeconds: Double, paintSeconds: Double,
                missingGlyphs: [MissingGlyph] = []) {
        self.pageCount = pageCount
        self.warnings = warnings
        self.missingGlyphs = missingGlyphs
        self.layoutSeconds = layoutSeconds
        self.paintSeconds = paintSeconds
    }
}
