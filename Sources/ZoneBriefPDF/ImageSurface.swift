import CPangoCairo

/// A cairo image surface (opaque RGB, no alpha: a picture that stays readable on a dark mail
/// background) and its drawing context, written out as PNG bytes.
///
/// The corresponding C functions are `cairo_image_surface_create(CAIRO_FORMAT_RGB24, …)`,
/// `cairo_create` and `cairo_surface_write_to_png_stream`; `deinit` destroys both.
final class ImageSurface {
    let surface: OpaquePointer
    let cr: OpaquePointer

    /// A `width` × `height` pixel surface painted white.
    init(width: Int, height: Int) throws {
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        cr = cairo_create(surface)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        try check()
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    func check() throws {
        let s = cairo_surface_status(surface)
        if s != CAIRO_STATUS_SUCCESS { throw RenderError.cairo(path: "PNG picture", message: String(cString: cairo_status_to_string(s))) }
        let c = cairo_status(cr)
        if c != CAIRO_STATUS_SUCCESS { throw RenderError.cairo(path: "PNG picture", message: String(cString: cairo_status_to_string(c))) }
    }

    /// The picture as PNG bytes.
    func png() throws -> [UInt8] {
        cairo_surface_flush(surface)
        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().bytes
                .append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(path: "PNG picture", message: String(cString: cairo_status_to_string(status)))
        }
        return sink.bytes
    }
}

/// Where `cairo_surface_write_to_png_stream` puts the bytes.
private final class PNGSink {
    var bytes: [UInt8] = []
}
