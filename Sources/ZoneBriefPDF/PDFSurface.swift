import CPangoCairo
import ZoneBriefLayout

/// A cairo PDF surface and its drawing context, writing to `path`.
///
/// The corresponding C functions are `cairo_pdf_surface_create` and `cairo_create`; `finish()`
/// calls `cairo_surface_finish` (when the file is written) and checks the surface status, the
/// only place cairo reports write errors; `deinit` destroys both.
final class PDFSurface {
    let surface: OpaquePointer
    let cr: OpaquePointer
    let path: String

    init(path: String, size: PageSize) throws {
        self.path = path
        surface = cairo_pdf_surface_create(path, size.width, size.height)
        cr = cairo_create(surface)
        try check()
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Throws cairo's own message if the surface or context is in error.
    func check() throws {
        let s = cairo_surface_status(surface)
        if s != CAIRO_STATUS_SUCCESS { throw RenderError.cairo(path: path, message: String(cString: cairo_status_to_string(s))) }
        let c = cairo_status(cr)
        if c != CAIRO_STATUS_SUCCESS { throw RenderError.cairo(path: path, message: String(cString: cairo_status_to_string(c))) }
    }

    /// `cairo_pdf_surface_set_metadata`.
    func setMetadata(_ key: cairo_pdf_metadata_t, _ value: String) {
        guard !value.isEmpty else { return }
        cairo_pdf_surface_set_metadata(surface, key, value)
    }

    /// `cairo_pdf_surface_add_outline`; returns the new entry's id.
    func addOutline(parent: Int32, title: String, destination: String, open: Bool) -> Int32 {
        cairo_pdf_surface_add_outline(surface, parent, title, "dest='\(escapeAttribute(destination))'",
                                      open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0))
    }

    /// Ends the page (`cairo_show_page`) and sizes the next one.
    func showPage(nextSize: PageSize?) {
        cairo_show_page(cr)
        if let s = nextSize { cairo_pdf_surface_set_size(surface, s.width, s.height) }
    }

    /// Writes the file (`cairo_surface_finish`) and checks for errors.
    func finish() throws {
        cairo_surface_finish(surface)
        try check()
    }
}

/// Escapes a value for a cairo tag attribute string (single-quoted: `\` and `'` need a backslash).
func escapeAttribute(_ s: String) -> String {
    var out = ""
    for c in s {
        if c == "\\" || c == "'" { out.append("\\") }
        out.append(c)
    }
    return out
}
