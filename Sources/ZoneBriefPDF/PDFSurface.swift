import CPangoCairo
import ZoneBriefLayout

/// A cairo PDF surface and its drawing context, handing the PDF's bytes to a Swift function as
/// cairo produces them (the caller decides where they go: an exclusive temporary file, memory).
///
/// The corresponding C functions are `cairo_pdf_surface_create_for_stream` and `cairo_create`;
/// `finish()` calls `cairo_surface_finish` (when the last bytes are written) and checks the
/// surface status, the only place cairo reports write errors; `deinit` destroys both. An error
/// thrown by the write function stops the output and is rethrown by `check()` as it was (it
/// names the file and the OS error).
final class PDFSurface {
    let surface: OpaquePointer
    let cr: OpaquePointer
    /// What errors call the output.
    let path: String
    private let sink: StreamSink

    init(path: String, size: PageSize, write: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        self.path = path
        sink = StreamSink(write)
        surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<StreamSink>.fromOpaque(closure).takeUnretainedValue()
            guard sink.error == nil else { return CAIRO_STATUS_WRITE_ERROR }
            do {
                let bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
                try sink.write(bytes)
                sink.offset += bytes.count
                sink.captured?.append(contentsOf: bytes)
                return CAIRO_STATUS_SUCCESS
            } catch {
                sink.error = error
                return CAIRO_STATUS_WRITE_ERROR
            }
        }, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)
        cr = cairo_create(surface)
        try check()
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Throws the write function's error, or cairo's own message, if the surface or context is in error.
    func check() throws {
        if let e = sink.error { throw e }
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

    /// Writes the file (`cairo_surface_finish`) and checks for errors. `amend`, if given, sees
    /// the bytes cairo wrote while finishing (the structure tree, the catalog, the trailer) and
    /// the file's length, and may return an incremental update (ISO 32000-1, 7.5.6) to append:
    /// what cairo 1.16 cannot write itself (the document's language, alternate texts).
    func finish(amend: ((_ finishing: [UInt8], _ length: Int) -> [UInt8]?)? = nil) throws {
        if amend != nil { sink.captured = [] }
        cairo_surface_finish(surface)
        try check()
        guard let amend, let captured = sink.captured else { return }
        sink.captured = nil
        if let update = amend(captured, sink.offset) {
            try update.withUnsafeBytes { try sink.write($0) }
            sink.offset += update.count
        }
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

/// The write function behind a stream surface, and the first error it threw.
private final class StreamSink {
    let write: (UnsafeRawBufferPointer) throws -> Void
    var error: (any Error)?
    /// Bytes written so far.
    var offset = 0
    /// What is written while it is not nil.
    var captured: [UInt8]?
    init(_ write: @escaping (UnsafeRawBufferPointer) throws -> Void) { self.write = write }
}
