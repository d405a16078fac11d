import CPangoCairo
#if canImport(Glibc)
import Glibc
#endif

/// The fonts of one folder, and nothing else: a private fontconfig configuration holding only
/// those files (`FcConfigAppFontAddFile`, one per file, sorted) and a Pango font map on it, so
/// the PDF is the same on every machine whatever fonts it has. Not thread-safe: one per thread.
///
/// The corresponding C objects are an `FcConfig` and a `PangoCairoFontMap` (`g_object_unref` in
/// `deinit`).
final class FontLibrary {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// Every character some font of the folder has (to name the ones none has).
    private let charset: OpaquePointer
    let families: [String]
    let directory: String

    init(directory: String) throws {
        self.directory = directory
        let files = try Self.fontFiles(in: directory)
        guard let config = FcConfigCreate() else { throw RenderError.noFonts(directory: directory) }
        defer { FcConfigDestroy(config) }
        for f in files {
            guard FcConfigAppFontAddFile(config, f) == FcTrue else { throw RenderError.unloadableFont(path: f) }
        }
        // The fonts' families and the union of their character sets.
        let union = FcCharSetCreate()!
        var names = Set<String>()
        if let set = FcConfigGetFonts(config, FcSetApplication) {
            for k in 0..<Int(set.pointee.nfont) {
                guard let pattern = set.pointee.fonts[k] else { continue }
                var cs: OpaquePointer? = nil
                if FcPatternGetCharSet(pattern, FC_CHARSET, 0, &cs) == FcResultMatch, let cs { FcCharSetMerge(union, cs, nil) }
                var name: UnsafeMutablePointer<FcChar8>? = nil
                if FcPatternGetString(pattern, FC_FAMILY, 0, &name) == FcResultMatch, let name {
                    names.insert(String(cString: name))
                }
            }
        }
        guard !names.isEmpty else {
            FcCharSetDestroy(union)
            throw RenderError.noFonts(directory: directory)
        }
        charset = union
        families = names.sorted()
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            FcCharSetDestroy(union)
            throw RenderError.noFonts(directory: directory)
        }
        pango_fc_font_map_set_config(zb_as_fc_font_map(map), config)   // the map takes its own reference
        fontMap = map
    }

    deinit {
        g_object_unref(fontMap)
        FcCharSetDestroy(charset)
    }

    /// Whether some font of the folder has `scalar`.
    func has(_ scalar: Unicode.Scalar) -> Bool { FcCharSetHasChar(charset, scalar.value) == FcTrue }

    /// Font files directly in `directory`, sorted by name (the order fixes fontconfig's fallback).
    static func fontFiles(in directory: String) throws -> [String] {
        guard let dir = opendir(directory) else { throw RenderError.noFonts(directory: directory) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let lower = name.lowercased()
            if !name.hasPrefix("."), lower.hasSuffix(".ttf") || lower.hasSuffix(".otf") || lower.hasSuffix(".ttc") {
                names.append(name)
            }
        }
        guard !names.isEmpty else { throw RenderError.noFonts(directory: directory) }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return names.sorted().map { base + $0 }
    }
}
