import CPangoCairo
import ZoneBriefLayout

/// A cairo PDF surface and its drawing context, handing the PDF's bytes to a Swift function as
/// cairo produces them (the caller decides where they go: an exclusive temporary file, memory).
/// cairo writes in pieces of a few bytes; they are gathered into blocks of 64 KiB (and whatever
/// a page ends with) before they are handed on, one system call per block rather than per piece.
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
            let bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
            sink.take(bytes)
            return sink.error == nil ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
        }, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)
        cr = cairo_create(surface)
        try check()
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Hands on the bytes gathered so far, then throws the write function's error, or cairo's own
    /// message, if the surface or context is in error.
    func check() throws {
        sink.flush()
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
        if let s = nextSize { setSize(s) }
    }

    /// Sizes the page about to be drawn (`cairo_pdf_surface_set_size`, before anything is drawn on it).
    func setSize(_ size: PageSize) {
        cairo_pdf_surface_set_size(surface, size.width, size.height)
    }

    /// Writes the file (`cairo_surface_finish`) and checks for errors. `amend`, if given, sees
    /// what of the bytes cairo wrote while finishing an update needs (`FinishingObjects`: the
    /// structure elements, the catalog, the trailer; not the fonts) and the file's length, and
    /// may return an incremental update (ISO 32000-1, 7.5.6) to append: what cairo 1.16 cannot
    /// write itself (the document's language, alternate texts).
    func finish(amend: ((_ finishing: [UInt8], _ length: Int) -> [UInt8]?)? = nil) throws {
        try check()
        if amend != nil { sink.captured = FinishingObjects() }
        cairo_surface_finish(surface)
        try check()
        guard let amend, var captured = sink.captured else { return }
        sink.captured = nil
        if let update = amend(captured.bytes(), sink.offset) {
            update.withUnsafeBytes { sink.take($0) }
            try check()
        }
    }
}

/// Of the bytes cairo writes while finishing a tagged PDF, what `TaggedPDFUpdate` reads: the
/// dictionary objects that are structure elements, the structure tree's root or the catalog,
/// and the file's last bytes (the trailer). Everything else (font programs, the outline, the
/// xref) is let go as it streams past, so a document of 100,000 structure elements does not
/// hold its whole tree twice.
struct FinishingObjects {
    private var pending: [UInt8] = []
    private var kept: [UInt8] = []
    private var tail: [UInt8] = []
    private static let head = Array(" 0 obj\n<<".utf8), dictEnd = Array(">>\nendobj\n".utf8), streamEnd = Array(">>\nstream\n".utf8)
    private static let endstream = Array("endstream\nendobj\n".utf8)
    /// The page sections (the tree root's children), figures, header cells, the root, the catalog.
    private static let wanted = ["/Type /StructElem\n   /S /Sect\n", "/Type /StructElem\n   /S /Figure\n", "/Type /StructElem\n   /S /TH\n",
                                 "/Type /StructTreeRoot", "/Type /Catalog"].map { Array($0.utf8) }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        pending.append(contentsOf: bytes)
        tail.append(contentsOf: bytes)
        if tail.count > 1 << 16 { tail.removeFirst(tail.count - 4096) }
        if pending.count > 1 << 16 { sift() }
    }

    /// Keeps the wanted objects complete in `pending` and drops what lies before the first
    /// incomplete one.
    private mutating func sift() {
        var from = 0, done = 0
        while let k = TaggedPDFUpdate.index(of: Self.head, in: pending, from: from) {
            var s = k
            while s > 0, pending[s - 1] >= 48, pending[s - 1] <= 57 { s -= 1 }
            let body = k + Self.head.count - 2
            let end = TaggedPDFUpdate.index(of: Self.dictEnd, in: pending, from: body)
            let stream = Self.index(of: Self.streamEnd, in: pending, from: body, before: end ?? pending.count)
            if let stream {
                // A stream (a font, an image): skipped to its end.
                guard let e = TaggedPDFUpdate.index(of: Self.endstream, in: pending, from: stream) else { break }
                from = e + Self.endstream.count
                done = from
                continue
            }
            guard let end else { break }
            from = end + Self.dictEnd.count
            done = from
            let dict = pending[(body + 3)...]
            if s < k, Self.wanted.contains(where: { dict.starts(with: $0) }) { kept += pending[s..<from] }
        }
        // Bytes before the last complete object are done with, or all but the end when there is no object.
        let drop = done > 0 ? done : max(0, pending.count - 4096)
        pending.removeFirst(drop)
    }

    /// Where `pattern` first starts in `bytes[from..<before]`.
    private static func index(of pattern: [UInt8], in bytes: [UInt8], from: Int, before: Int) -> Int? {
        var i = from
        let last = min(before, bytes.count) - pattern.count
        while i <= last {
            if bytes[i] == pattern[0] {
                var j = 1
                while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The wanted objects, then the file's last bytes.
    mutating func bytes() -> [UInt8] {
        sift()
        return kept + tail
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

/// The write function behind a stream surface, the bytes gathered for it, and the first error
/// it threw.
private final class StreamSink {
    let write: (UnsafeRawBufferPointer) throws -> Void
    var error: (any Error)?
    /// Bytes written so far (handed on or gathered).
    var offset = 0
    /// What is seen while it is not nil.
    var captured: FinishingObjects?
    private var buffer: [UInt8] = []
    private static let block = 1 << 16

    init(_ write: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.write = write
        buffer.reserveCapacity(Self.block)
    }

    /// Gathers `bytes`, handing on a block once one is full.
    func take(_ bytes: UnsafeRawBufferPointer) {
        guard error == nil else { return }
        offset += bytes.count
        captured?.append(bytes)
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.block { flush() }
    }

    /// Hands on what is gathered (an error is kept for `PDFSurface.check()`).
    func flush() {
        guard error == nil, !buffer.isEmpty else { return }
        do {
            try buffer.withUnsafeBytes { try write($0) }
        } catch {
            self.error = error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
