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
    /// `(0, total)` once the pages are laid out, then `(k, total)` after page k is painted (for
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
    public func render(_ document: Document, named name: String, pages: ((_ painted: Int, _ total: Int) -> Void)? = nil,
                       writingTo write: @escaping (UnsafeRawBufferPointer) throws -> Void) throws -> RenderReport {
        let t0 = monotonicSeconds()
        // A logo that cannot be read stops the render before a byte is written.
        if let logo = document.identity.logo { _ = try PNGImage(path: logo.path) }
        let measurer = PangoMeasurer(fonts: fonts, family: family)
        let result = LayoutEngine(measurer: measurer, theme: theme).layout(document)
        let t1 = monotonicSeconds()
        pages?(0, result.pages.count)
        var warnings = result.warnings
        try paint(result, metadata: document.metadata, measurer: measurer, name: name, write: write, warnings: &warnings, pages: pages)
        let t2 = monotonicSeconds()
        return RenderReport(pageCount: result.pages.count, warnings: warnings, layoutSeconds: t1 - t0, paintSeconds: t2 - t1,
                            missingGlyphs: result.missingGlyphs)
    }

    /// Whether some font of the folder has `scalar`.
    func fontsHave(_ scalar: Unicode.Scalar) -> Bool { fonts.has(scalar) }

    /// Lays out `document` with Pango measurements, without painting (for tests and tools).
    public func layout(_ document: Document) -> LayoutResult {
        LayoutEngine(measurer: PangoMeasurer(fonts: fonts, family: family), theme: theme).layout(document)
    }

    private func paint(_ result: LayoutResult, metadata: Metadata, measurer: PangoMeasurer, name: String,
                       write: @escaping (UnsafeRawBufferPointer) throws -> Void, warnings: inout [String],
                       pages: ((Int, Int) -> Void)?) throws {
        let first = result.pages.first?.size ?? theme.pageSize
        let surface = try PDFSurface(path: name, size: first, write: write)
        setMetadata(metadata, on: surface, warnings: &warnings)
        // The last page each text is drawn on, to free its layout once that page is painted.
        var lastPage: [Int: Int] = [:]
        for (k, page) in result.pages.enumerated() {
            for case .text(let t) in page.items { lastPage[t.shape.handle] = k }
        }
        var releaseAfter: [[Int]] = Array(repeating: [], count: result.pages.count)
        for (h, k) in lastPage { releaseAfter[k].append(h) }

        let painter = PagePainter(cr: surface.cr, measurer: measurer)
        for (k, page) in result.pages.enumerated() {
            painter.paint(page)
            surface.showPage(nextSize: k + 1 < result.pages.count ? result.pages[k + 1].size : nil)
            // A write that failed (a full disk) stops here, between whole pages: cairo 1.16 aborts
            // on structure tags given to a surface in error.
            try surface.check()
            for h in releaseAfter[k] { measurer.release(h) }
            pages?(k + 1, result.pages.count)
        }
        addOutline(result.outline, to: surface)
        let alts = painter.structure.figureAlts, language = metadata.language
        try surface.finish { finishing, length in
            TaggedPDFUpdate.make(finishing: finishing, fileLength: length, language: language, figureAlts: alts)
        }
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
