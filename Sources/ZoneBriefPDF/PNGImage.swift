import CPangoCairo
import ZoneBriefLayout

/// A PNG file read by cairo (`cairo_image_surface_create_from_png`): the logo. Owns the image
/// surface and destroys it (`cairo_surface_destroy`).
final class PNGImage {
    let surface: OpaquePointer
    let width: Int
    let height: Int

    /// Reads the whole file. Throws `RenderError.image` naming the file when it is missing,
    /// unreadable or not a PNG.
    init(path: String) throws {
        let s = cairo_image_surface_create_from_png(path)!
        let status = cairo_surface_status(s)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(s)
            let reason: String
            switch status {
            case CAIRO_STATUS_FILE_NOT_FOUND: reason = "no such file"
            // cairo 1.16 says "out of memory" for a damaged PNG.
            case CAIRO_STATUS_READ_ERROR, CAIRO_STATUS_NO_MEMORY, CAIRO_STATUS_PNG_ERROR: reason = "cannot be read, or is not a PNG image"
            default: reason = String(cString: cairo_status_to_string(status))
            }
            throw RenderError.image(path: path, message: reason)
        }
        surface = s
        width = Int(cairo_image_surface_get_width(s))
        height = Int(cairo_image_surface_get_height(s))
        guard width > 0, height > 0 else { throw RenderError.image(path: path, message: "the image is empty") }
    }

    deinit { cairo_surface_destroy(surface) }

    /// The logo of the PNG at `path`, with its size in pixels; throws as `init(path:)` does.
    /// A `.svg` is refused with the reason (cairo 1.16 has no SVG reader).
    static func logo(path: String) throws -> Logo {
        if path.lowercased().hasSuffix(".svg") {
            throw RenderError.image(path: path, message: "SVG logos cannot be drawn (cairo reads PNG only); convert it to PNG")
        }
        let image = try PNGImage(path: path)
        return Logo(path: path, pixelWidth: image.width, pixelHeight: image.height)
    }
}

/// The images a render draws, each file read once.
final class ImageCache {
    private var images: [String: PNGImage] = [:]

    func image(_ path: String) throws -> PNGImage {
        if let i = images[path] { return i }
        let i = try PNGImage(path: path)
        images[path] = i
        return i
    }
}

extension PDFRenderer {
    /// The logo of the PNG at `path` (its size read from the file): for `Identity.logo`. Throws a
    /// one-line error naming the file when it is missing, unreadable, not a PNG, or an SVG.
    public static func logo(path: String) throws -> Logo { try PNGImage.logo(path: path) }
}
