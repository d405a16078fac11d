/// Why rendering failed: missing or unloadable fonts, a C library error, a file that could not be
/// written. Each description is one line naming the file.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// The fonts folder has no .ttf/.otf/.ttc file (or does not exist).
    case noFonts(directory: String)
    /// fontconfig refused a font file.
    case unloadableFont(path: String)
    /// The fonts loaded but the family the theme names is not among them.
    case missingFamily(family: String, directory: String, found: [String])
    /// cairo reported an error (its `cairo_status_to_string` text).
    case cairo(path: String, message: String)
    /// The output could not be put in place.
    case io(path: String, message: String)
    /// An image (the logo) could not be read.
    case image(path: String, message: String)

    public var description: String {
        switch self {
        case .noFonts(let d):
            return "\(d): no font files (.ttf, .otf, .ttc) found; run scripts/make-fonts or pass the project's Fonts/ folder"
        case .unloadableFont(let p):
            return "\(p): fontconfig cannot load this font file"
        case .missingFamily(let f, let d, let found):
            return "\(d): no font family “\(f)” among the fonts there (found: \(found.joined(separator: ", ")))"
        case .cairo(let p, let m):
            return "\(p): cairo failed: \(m)"
        case .io(let p, let m):
            return "\(p): \(m)"
        case .image(let p, let m):
            return "\(p): \(m)"
        }
    }
}
