import ZoneBriefLayout

/// Gives Pango a break opportunity inside very long words.
///
/// Pango 1.50 re-shapes the rest of a run for every line it breaks out of a word that has no
/// break opportunity, so a 6,000-letter "word" (a URL, a hash, a pasted table without spaces) took
/// 10 s to lay out and 12,000 letters 40 s: quadratic (found by fuzzing the layout). A zero-width
/// space (U+200B) after every `span` letters of such a run bounds the work per line and changes
/// nothing that is drawn; ordinary text (words shorter than `span`, CJK, which breaks between any
/// two ideographs) is returned unchanged.
enum LongWordBreaks {
    static let span = 48
    static let zeroWidthSpace: Unicode.Scalar = "\u{200B}"

    static func insert(into text: String) -> String {
        var run = 0
        var needed = false
        for u in text.unicodeScalars {
            run = breaksAround(u) ? 0 : run + 1
            if run > span { needed = true; break }
        }
        guard needed else { return text }
        var out = String.UnicodeScalarView()
        run = 0
        for u in text.unicodeScalars {
            if breaksAround(u) {
                run = 0
            } else {
                if run == span { out.append(zeroWidthSpace); run = 0 }
                run += 1
            }
            out.append(u)
        }
        return String(out)
    }

    static func insert(into runs: [TextRun]) -> [TextRun] {
        runs.map { r in
            var r = r
            r.text = insert(into: r.text)
            return r
        }
    }

    /// Spaces, line ends and ideographs (CJK text breaks between any two of them).
    private static func breaksAround(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        // Ideographs and ASCII first: most text is one or the other, and Unicode's property
        // tables are slow to ask per character.
        if (0x2E80...0x9FFF).contains(v) { return true }
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return u.properties.isWhitespace || v == 0x200B || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v)
    }
}
