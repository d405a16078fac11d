import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

/// Small builders the sections share.
enum Blocks {
    /// A level-1 section heading that starts a page and appears in the contents.
    static func section(_ text: String, anchor: String) -> Block {
        .heading(Heading(level: 1, text: text, anchor: anchor, pageBreakBefore: true))
    }

    /// A level-3 heading (not in the contents nor the bookmarks); `level` 4 under a zone whose
    /// section is itself at level 3 (zones grouped by province).
    static func sub(_ text: String, anchor: String, level: Int = 3) -> Block {
        .heading(Heading(level: level, text: text, anchor: anchor, inOutline: false, inContents: false))
    }

    /// `000_e9e3e1144b29cda2.txt:99` shortened for a table cell: `000_e9e3…:99`.
    static func shortSource(_ s: SourceRef) -> String {
        let name = s.file.split(separator: "/").last.map(String.init) ?? s.file
        let short = name.count > 12 ? String(name.prefix(8)) + "…" : name
        return "\(short):\(s.line)"
    }

    static func sources(_ f: Figure) -> String {
        f.sources.map(shortSource).joined(separator: "、")
    }

    static func kindCell(_ k: FactKind) -> TableCell {
        switch k {
        case .actual: return TableCell(MetricWords.kindWords[k]!)
        case .estimate: return TableCell(MetricWords.kindWords[k]!, color: Palette.estimate)
        case .target: return TableCell(MetricWords.kindWords[k]!, color: Palette.target)
        }
    }

    static func growthCell(_ f: Figure) -> TableCell {
        guard let g = f.yoyPct else { return "" }
        return TableCell(NumberWords.growth(g), color: Palette.growth(g))
    }

    /// The value; a bare growth rate (unit percent) shows its growth, or a dash where the table
    /// has a growth column of its own (`growthColumn`). `marked`: an estimate or target carries
    /// 预计 / 目标 in the cell itself (tables without a 口径 column), in its colour.
    static func valueCell(_ f: Figure, growthColumn: Bool = false, marked: Bool = false) -> TableCell {
        let mark = marked ? MetricWords.kindMark(f.kind) : ""
        let color: Color? = !marked ? nil : f.kind == .estimate ? Palette.estimate : f.kind == .target ? Palette.target : nil
        if f.unit == .percent {
            guard !growthColumn, let g = f.yoyPct else { return TableCell("—", color: Palette.muted) }
            return TableCell(mark + NumberWords.growth(g), color: color ?? Palette.growth(g))
        }
        return TableCell(mark + NumberWords.approxWord(f.approx) + NumberWords.value(f).text, color: color)
    }

    /// `000_e9e3…:99，2023-07-10`, or `…，未注明日期`: a source with its article's date.
    static func datedSource(_ s: SourceRef) -> String {
        shortSource(s) + "，" + (s.date.map { "文章日期\($0)" } ?? "未注明日期")
    }
}
