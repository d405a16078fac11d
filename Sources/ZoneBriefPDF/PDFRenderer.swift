import CPangoCairo
import ZoneBriefLayout
#if canImport(Glibc)
import Glibc
#endif

/// Renders a `Document` to a PDF through Cairo and Pango with the fonts of one folder only.
///
///     let renderer = try PDFRenderer(fontsDirectory: "Fonts")
///     let report = try renderer.render(document, to: "reports/brief.pdf")
///     report.warnings.forEach { print("warning:", $0) }
///
/// Output is reproducible (the creation date comes from `Metadata.creationDate`). `render(_:to:)`
/// writes a temporary file created exclusively beside the target (`mkstemp`, never through a
/// planted link) and renames it into place, so a failed run leaves no partial PDF;
/// `render(_:named:writingTo:)` hands the bytes to the caller (the brief writes them into an
/// output set with its CSV and summary). Not `Sendable`: Pango and cairo objects must stay on one
/// thread; use one renderer per thread.
public final class PDFRenderer {
    let fonts: FontLibrary
    /// The font family text is set in (it must be in the fonts folder).
    public let family: String
    public let theme: Theme
    /// Pages painted on one cairo surface before it is finished and merged into the output
    /// (`PDFMerger`); a document of no more pages is one surface. 0: always one surface.
    public var chunkPages = 256

    /// Loads the fonts of `fontsDirectory` (and nothing else). Throws when the folder has no
    /// font, a file cannot be loaded, or `family` is not among them.
    public init(fontsDirectory: String, family: String = "ZoneBrief Sans SC", theme: Theme = .standard) throws {
        fonts = try FontLibrary(directory: fontsDirectory)
        guard fonts.families.contains(family) else {
            throw RenderError.missingFamily(family: family, directory: fontsDirectory, found: fonts.families)
        }
        self.family = family
        self.theme = theme
    }

    /// Lays out and paints `document` into the PDF at `path`. `pages`, if given, hears
    /// `(0, total)` once the page count is known, then `(k, total)` after page k is painted (for
    /// progress on long documents).
    public func render(_ document: Document, to path: String, pages: ((_ painted: Int, _ total: Int) -> Void)? = nil) throws -> RenderReport {
        let file = try ExclusiveFile(beside: path)
        do {
            let report = try render(document, named: path, pages: pages) { try file.write($0) }
            try file.commit()
            return report
        } catch {
            file.discard()
            throw error
        }
    }

    /// Lays out and paints `document`, handing the PDF's bytes to `write` as they are produced.
    /// An error `write` throws stops the render and is rethrown as it is; `name` is what other
    /// errors call the output; `pages` hears progress as in `render(_:to:pages:)`.
    ///
    /// Two passes keep memory bounded by the page, not the document: the first paginates with
    /// measurements only, to learn the page count and the page of every anchor (the contents and
    /// footers need them before the first page is painted); the second lays the document out
    /// again and paints each page as soon as it is complete, then lets it and its Pango layouts go.
    public func render(_ document: Document, named name: String, pages: ((_ painted: Int, _ total: Int) -> Void)? = nil,
                       writingTo write: @escaping (UnsafeRawBufferPointer) throws -> Void) throws -> RenderReport {
        let t0 = monotonicSeconds()
        // A logo that cannot be read stops the render before a byte is written.
        if let logo = document.identity.logo { _ = try PNGImage(path: logo.path) }
        let numbering = LayoutEngine(measurer: PangoMeasurer(fonts: fonts, family: family, keepsLayouts: false, linesOnly: true), theme: theme)
            .numbering(document)
        pages?(0, numbering.pageCount)

        let measurer = PangoMeasurer(fonts: fonts, family: family)
        var warnings: [String] = []
        // A long document is painted in chunks of pages, each its own surface in a temporary
        // file, merged into the output as each is finished (cairo 1.16 holds every structure
        // element of a surface until it finishes it).
        let chunked = chunkPages > 0 && numbering.pageCount > chunkPages
        let merger = chunked ? PDFMerger(name: name, write: write) : nil
        var chunk: ChunkFile? = nil, chunkFigures = 0
        // Made with the first page's size once that page is laid out (and again for each chunk).
        var made: (surface: PDFSurface, painter: PagePainter)? = nil
        func start(_ size: PageSize) throws -> (PDFSurface, PagePainter) {
            var surfaceWrite = write
            if chunked {
                let file = try ChunkFile(for: name)
                chunk = file
                surfaceWrite = { try file.write($0) }
            }
            let surface = try PDFSurface(path: name, size: size, write: surfaceWrite)
            // Every chunk has the metadata (the merged file keeps the first's); its warning is told once.
            var metadataWarnings: [String] = []
            setMetadata(document.metadata, on: surface, warnings: &metadataWarnings)
            if made == nil { warnings += metadataWarnings }
            var painter = PagePainter(cr: surface.cr, measurer: measurer)
            // Elements a page break cut stay open across chunks; the figures' texts go on.
            if let before = made?.painter { painter.structure = before.structure }
            made = (surface, painter)
            return made!
        }
        /// Finishes the chunk being painted and merges it.
        func merge(_ surface: PDFSurface, _ painter: PagePainter) throws {
            try surface.finish()
            let alts = painter.structure.figureAlts
            try merger!.append(chunk!, figureAlts: alts[chunkFigures...])
            chunkFigures = alts.count
            chunk = nil
        }
        var painted = 0, paintSeconds = 0.0
        let result = try LayoutEngine(measurer: measurer, theme: theme).layout(document, numbering: numbering) { page in
            let start0 = monotonicSeconds()
            if chunked, painted > 0, painted % chunkPages == 0, let m = made {
                try merge(m.surface, m.painter)
                _ = try start(page.size)
            }
            let (surface, painter) = try made.map { ($0.surface, $0.painter) } ?? start(page.size)
            if painted > 0 { surface.setSize(page.size) }
            painter.paint(page)
            surface.showPage(nextSize: nil)
            // A write that failed (a full disk) stops here, between whole pages: cairo 1.16 aborts
            // on structure tags given to a surface in error.
            try surface.check()
            var drawn: [Int] = []
            for case .text(let t) in page.items { drawn.append(t.shape.handle) }
            measurer.endPage(drawn: drawn)
            painted += 1
            pages?(painted, numbering.pageCount)
            paintSeconds += monotonicSeconds() - start0
        }
        let t2 = monotonicSeconds()
        let (surface, painter) = try made.map { ($0.surface, $0.painter) } ?? start(theme.pageSize)
        let language = document.metadata.language
        if let merger {
            try merge(surface, painter)
            let outline = result.outline.filter(\.inOutline).map { (title: $0.title, destination: $0.anchor, level: $0.level, open: $0.level <= 1) }
            try merger.finish(outline: outline, language: language)
        } else {
            addOutline(result.outline, to: surface)
            let alts = painter.structure.figureAlts
            try surface.finish { finishing, length in
                TaggedPDFUpdate.make(finishing: finishing, fileLength: length, language: language, figureAlts: alts)
            }
        }
        paintSeconds += monotonicSeconds() - t2
        let layoutSeconds = (t2 - t0) - paintSeconds
        return RenderReport(pageCount: painted, warnings: result.warnings + warnings, layoutSeconds: layoutSeconds, paintSeconds: paintSeconds,
                            missingGlyphs: result.missingGlyphs)
    }

    /// Whether some font of the folder has `scalar`.
    func fontsHave(_ scalar: Unicode.Scalar) -> Bool { fonts.has(scalar) }

    /// Lays out `document` with Pango measurements, without painting (for tests and tools).
    public func layout(_ document: Document) -> LayoutResult {
        LayoutEngine(measurer: PangoMeasurer(fonts: fonts, family: family, keepsLayouts: false), theme: theme).layout(document)
    }

    private func setMetadata(_ m: Metadata, on surface: PDFSurface, warnings: inout [String]) {
        surface.setMetadata(CAIRO_PDF_METADATA_TITLE, m.title)
        surface.setMetadata(CAIRO_PDF_METADATA_SUBJECT, m.subject)
        surface.setMetadata(CAIRO_PDF_METADATA_AUTHOR, m.author)
        surface.setMetadata(CAIRO_PDF_METADATA_KEYWORDS, m.keywords.joined(separator: ", "))
        surface.setMetadata(CAIRO_PDF_METADATA_CREATOR, m.creator)
        let date = CreationDate.resolve(m.creationDate, environment: getenv("SOURCE_DATE_EPOCH").map { String(cString: $0) })
        if let w = date.warning { warnings.append(w) }
        surface.setMetadata(CAIRO_PDF_METADATA_CREATE_DATE, date.value)
    }

    /// Bookmarks: one per heading with `inOutline`, nested by level.
    private func addOutline(_ outline: [OutlineEntry], to surface: PDFSurface) {
        var stack: [(level: Int, id: Int32)] = []
        for e in outline where e.inOutline {
            while let last = stack.last, last.level >= e.level { stack.removeLast() }
            let parent = stack.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let id = surface.addOutline(parent: parent, title: e.title, destination: e.anchor, open: e.level <= 1)
            stack.append((e.level, id))
        }
    }

}

/// Monotonic wall-clock seconds.
func monotonicSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
