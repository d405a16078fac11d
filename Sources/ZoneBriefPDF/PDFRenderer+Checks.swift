import CPangoCairo

/// What `zonebrief doctor` asks of the PDF backend: which characters the fonts lack, and which
/// versions of the C libraries run.
extension PDFRenderer {
    /// The characters of `text` that no font of the folder has, each once, in order of first
    /// appearance (white space, control characters and invisible format characters such as the
    /// word joiner are not asked about).
    public func missingCharacters(in text: String) -> [Unicode.Scalar] {
        var seen = Set<Unicode.Scalar>(), missing: [Unicode.Scalar] = []
        for s in text.unicodeScalars where s.value > 0x20 && !s.properties.isWhitespace && s.value != 0x7F
            && !s.properties.isDefaultIgnorableCodePoint {
            guard seen.insert(s).inserted else { continue }
            if !fontsHave(s) { missing.append(s) }
        }
        return missing
    }

    /// The run-time versions of cairo, pango and fontconfig (the corresponding C functions are
    /// `cairo_version_string`, `pango_version_string` and `FcGetVersion`).
    public static var libraryVersions: [(name: String, version: String)] {
        let fc = Int(FcGetVersion())
        return [("cairo", String(cString: cairo_version_string())),
                ("pango", String(cString: pango_version_string())),
                ("fontconfig", "\(fc / 10000).\(fc / 100 % 100).\(fc % 100)")]
    }
}
