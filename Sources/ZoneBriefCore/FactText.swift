/// Characters that have no place in a fact's text: C0 and C1 controls (NUL, ESC, …), DEL, and the
/// bidirectional controls that make text display in another order than it is stored (U+202A–U+202E,
/// U+2066–U+2069, U+200E, U+200F: `‮fdp.exe` shows as `exe.pdf`). A zone or a label keeps none
/// of them (a tab or line break becomes a space); a quote or a file name keeps tab, line feed and
/// carriage return, the layout of the sentence it was.
///
///     let (clean, warnings) = FactText.cleaned(facts)   // warnings name the fact's file and line
public enum FactText {
    /// Whether `u` is a control character or a bidi control.
    public static func isControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || isBidiControl(u)
    }

    /// U+202A–U+202E (embeddings, overrides), U+2066–U+2069 (isolates), U+200E/U+200F (marks).
    public static func isBidiControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
    }

    /// `s` without control characters; `keepingLayout` keeps tab, LF and CR, else they become spaces.
    /// The characters taken out come back beside it (each once, in order).
    public static func cleaned(_ s: String, keepingLayout: Bool = false) -> (text: String, removed: [Unicode.Scalar]) {
        guard s.unicodeScalars.contains(where: isControl) else { return (s, []) }
        var out = String.UnicodeScalarView()
        var removed: [Unicode.Scalar] = []
        for u in s.unicodeScalars {
            let layout = u == "\t" || u == "\n" || u == "\r"
            if !isControl(u) || (layout && keepingLayout) {
                out.append(u)
                continue
            }
            if !removed.contains(u) { removed.append(u) }
            if layout || u == "\u{0B}" || u == "\u{0C}" { out.append(" ") }
        }
        return (String(out), removed)
    }

    /// `U+202E`.
    public static func code(_ u: Unicode.Scalar) -> String {
        let hex = String(u.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The fact with control characters taken out of its zone, label, quote, file name and article
    /// date, and what was taken out of which field (empty when the fact was clean). (`entity` is
    /// one of a fixed set of words and needs no cleaning.)
    public static func cleaned(_ f: Fact) -> (fact: Fact, changes: [(field: String, removed: [Unicode.Scalar])]) {
        var f = f
        var changes: [(field: String, removed: [Unicode.Scalar])] = []
        func clean(_ name: String, _ value: inout String, keepingLayout: Bool = false) {
            let c = cleaned(value, keepingLayout: keepingLayout)
            guard !c.removed.isEmpty else { return }
            // a name cleaned of a leading tab must not start with the space it became
            value = keepingLayout ? c.text : c.text.trimmingWhitespace()
            changes.append((name, c.removed))
        }
        clean("zone", &f.zone)
        if var label = f.label {
            clean("label", &label)
            f.label = label
        }
        clean("quote", &f.source.quote, keepingLayout: true)
        clean("file", &f.source.file, keepingLayout: true)
        if var date = f.source.date {
            clean("article date", &date)
            f.source.date = date.isEmpty ? nil : date
        }
        return (f, changes)
    }

    /// One warning for a cleaned fact: `a.txt:3: warning: control characters (U+202E) removed from the zone`.
    public static func warning(_ changes: [(field: String, removed: [Unicode.Scalar])], file: String, line: Int?) -> Diagnostic? {
        guard !changes.isEmpty else { return nil }
        let codes = changes.flatMap(\.removed).reduce(into: [Unicode.Scalar]()) { if !$0.contains($1) { $0.append($1) } }
        let fields = changes.map(\.field)
        let list = fields.count == 1 ? "the \(fields[0])" : "the " + fields.dropLast().joined(separator: ", ") + " and " + fields.last!
        return Diagnostic(file: file, line: line,
                          "control character\(codes.count == 1 ? "" : "s") (\(codes.map(code).joined(separator: " "))) removed from \(list)")
    }

    /// Every fact cleaned, with one warning per fact that had control characters (named by its
    /// source file and line).
    public static func cleaned(_ facts: [Fact]) -> Warned<[Fact]> {
        var out: [Fact] = []
        var warnings: [Diagnostic] = []
        out.reserveCapacity(facts.count)
        for f in facts {
            let c = cleaned(f)
            out.append(c.fact)
            if let w = warning(c.changes, file: c.fact.source.file, line: c.fact.source.line) { warnings.append(w) }
        }
        return Warned(out, diagnostics: warnings)
    }
}
