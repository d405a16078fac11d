import ZoneBriefCore

/// Facts as an aligned table for a person at a terminal: zone, metric, value with its Chinese
/// unit, period, change, kind. Column widths count a Chinese character as two. The words written
/// (约, 元, 人次, 任务…) are the lexicon's `display` entries; 万 and 亿 are the numerals' own.
public enum FactTable {
    static let widths = [22, 34, 16, 17, 12, 8]

    public static var header: String {
        row(["zone", "metric", "value", "period", "change", "kind"]) + "\n" + String(repeating: "-", count: widths.reduce(0, +) + widths.count - 1)
    }

    public static func row(_ f: Fact, display: Lexicon.Display) -> String {
        var metric = f.metric.rawValue
        if let l = f.label { metric += " " + l }
        var value = chineseValue(f.value, f.unit, display: display)
        if let a = f.approx { value = (display.approx[a] ?? a.rawValue + " ") + value }
        let period = f.period.map { p in p.start.map { "\($0)..\(p.end)" } ?? "..\(p.end)" } ?? "-"
        var change = f.yoyPct.map { ($0 >= 0 ? "+" : "") + NumberText.rate($0) + "%" } ?? ""
        if let t = f.targetPct { change += (change.isEmpty ? "" : " ") + (display.target ?? "target ") + "\(NumberText.rate(t))%" }
        return row([f.zone, metric, value, period, change.isEmpty ? "-" : change, f.kind.rawValue])
    }

    /// 10880000000 CNY → 108.8亿元; 15900000 USD → 1590万美元; 13 percent → 13%. A unit without
    /// a display word is written by its id (108.8亿 CNY).
    public static func chineseValue(_ v: Double, _ unit: FactUnit, display: Lexicon.Display) -> String {
        // 万 and 亿 are numerals, the script's own (ChineseNumeral), not words of the lexicon
        func scaled(_ base: String) -> String {
            if abs(v) >= 1e8 { return trim(v / 1e8) + "亿" + base }
            if abs(v) >= 1e4 { return trim(v / 1e4) + "万" + base }
            return trim(v) + base
        }
        let word = display.units[unit] ?? " " + unit.rawValue
        switch unit {
        case .count: return scaled("")
        case .percent: return trim(v) + "%"
        case .km2: return trim(v) + word
        default: return scaled(word)
        }
    }

    static func trim(_ v: Double) -> String {
        let r = (v * 10_000).rounded() / 10_000
        return NumberText.plain(r)
    }

    static func row(_ cells: [String]) -> String {
        var out = ""
        for (i, c) in cells.enumerated() {
            out += c
            if i < cells.count - 1 { out += String(repeating: " ", count: max(1, widths[i] - displayWidth(c) + 1)) }
        }
        return out
    }

    /// Terminal columns: two for CJK and full-width characters, one otherwise.
    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return w + (wide ? 2 : 1)
        }
    }
}
