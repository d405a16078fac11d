/// A measurer with fixed advances, for tests: an East Asian wide character is `size` wide, any
/// other character `size / 2`; a line is `size × 1.25 × lineSpacing` high with its baseline at
/// 0.8 of that. It breaks lines after wide characters and at spaces, honouring `LineBreakRules`,
/// and splits a Latin word only when it alone is wider than the line. Deterministic, no C.
public final class FixedAdvanceMeasurer: TextMeasurer {
    private var nextHandle = 0
    /// Characters it pretends the fonts lack (to test the missing-glyph warning).
    public var missing: Set<Character>

    public init(missing: Set<Character> = []) { self.missing = missing }

    public static func isWide(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    public func advance(_ c: Character, size: Double) -> Double { Self.isWide(c) ? size : size / 2 }

    public func measure(_ runs: [TextRun], style: TextStyle, width: Double?) -> TextShape {
        nextHandle += 1
        // Characters with their byte offsets and run indexes.
        var chars: [(c: Character, byte: Int, run: Int)] = []
        var byte = 0
        for (r, run) in runs.enumerated() {
            for c in run.text {
                chars.append((c, byte, r))
                byte += c.utf8.count
            }
        }
        let text = runs.map(\.text).joined()
        let lineHeight = style.size * 1.25 * style.lineSpacing
        let limit = width ?? .infinity
        // Runs set on one line: no break inside them, unless one alone is wider than the line.
        let unbroken = runs.map { r in r.noBreak && r.text.reduce(0) { $0 + advance($1, size: style.size) } <= limit }

        // Break into lines: [start, end) character indexes.
        var lines: [Range<Int>] = []
        var start = 0, i = 0
        var lineWidth = 0.0
        var lastBreak: Int? = nil        // a break is allowed before this index
        while i < chars.count {
            let c = chars[i].c
            if c == "\n" {
                lines.append(start..<i); i += 1; start = i; lineWidth = 0; lastBreak = nil; continue
            }
            let a = advance(c, size: style.size)
            if lineWidth + a > limit + 1e-9 && i > start {
                var cut = lastBreak ?? i
                if cut <= start { cut = i }
                // Kinsoku: do not start with closing punctuation, do not end with opening.
                while cut > start + 1 && (LineBreakRules.noLineStart.contains(chars[cut].c)
                                          || LineBreakRules.noLineEnd.contains(chars[cut - 1].c)) { cut -= 1 }
                lines.append(start..<cut)
                start = cut
                while start < chars.count && chars[start].c == " " { start += 1 }
                i = start; lineWidth = 0; lastBreak = nil
                continue
            }
            lineWidth += a
            i += 1
            if i < chars.count && (c == " " || Self.isWide(c) || Self.isWide(chars[i].c))
                && !(chars[i].run == chars[i - 1].run && unbroken[chars[i].run]) { lastBreak = i }
        }
        lines.append(start..<chars.count)

        var metrics: [LineMetrics] = []
        var links: [TextLink] = []
        for (n, r) in lines.enumerated() {
            var w = 0.0
            var end = r.upperBound
            while end > r.lowerBound && chars[end - 1].c == " " { end -= 1 }
            for k in r.lowerBound..<end { w += advance(chars[k].c, size: style.size) }
            let avail = width ?? w
            // Justified lines (all but a paragraph's last) fill the width.
            if style.justify, width != nil, n < lines.count - 1, r.upperBound < chars.count, chars[r.upperBound].c != "\n" {
                w = avail
            }
            let x: Double
            switch style.alignment {
            case .leading: x = 0
            case .center: x = (avail - w) / 2
            case .trailing: x = avail - w
            }
            let b0 = r.lowerBound < chars.count ? chars[r.lowerBound].byte : byte
            let b1 = end < chars.count ? chars[end].byte : byte
            let top = Double(n) * lineHeight
            metrics.append(LineMetrics(top: top, height: lineHeight, baseline: top + lineHeight * 0.8,
                                       x: x, width: w, bytes: b0..<max(b0, b1)))
            // Link areas: runs with a link, per line.
            var k = r.lowerBound, cx = x
            while k < end {
                let run = chars[k].run
                var rw = 0.0, k2 = k
                while k2 < end && chars[k2].run == run { rw += advance(chars[k2].c, size: style.size); k2 += 1 }
                if let dest = runs[run].link {
                    links.append(TextLink(line: n, rect: Rect(x: cx, y: top, width: rw, height: lineHeight), destination: dest))
                }
                cx += rw; k = k2
            }
        }
        var miss = ""
        for c in chars where missing.contains(c.c) && !miss.contains(c.c) { miss.append(c.c) }
        return TextShape(handle: nextHandle, text: text, lines: metrics, links: links, missingCharacters: miss)
    }
}
