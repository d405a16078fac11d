import ZoneBriefLayout

/// A stable text dump of a `Document`, one block a line (table rows and chart bars indented),
/// for tests that compare dumps (re-recorded with `RECORD_SNAPSHOTS=1`).
///
///     heading 1 #summary "摘要" break
///     cards 3: 最大投资规模=1,639亿元 (兰州高新区 · 重点项目总投资 · 2021年) | …
public enum DocumentDump {
    public static func text(_ doc: Document) -> String {
        var out: [String] = []
        out.append("metadata title=\"\(doc.metadata.title)\" subject=\"\(doc.metadata.subject)\" created=\(doc.metadata.creationDate) keywords=\(doc.metadata.keywords.joined(separator: ","))")
        out.append("header \"\(doc.header)\" footer \"\(doc.footerTemplate)\"")
        for b in doc.blocks { dump(b, indent: "", into: &out) }
        return out.joined(separator: "\n") + "\n"
    }

    static func dump(_ b: Block, indent: String, into out: inout [String]) {
        switch b {
        case .cover(let c):
            out.append(indent + "cover \"\(c.title)\" / \"\(c.subtitle)\"")
            for f in c.facts { out.append(indent + "  \(f.label): \(f.value)") }
            out.append(indent + "  foot: \(c.footnote)")
        case .heading(let h):
            out.append(indent + "heading \(h.level) #\(h.anchor) \"\(h.text)\"\(h.pageBreakBefore ? " break" : "")\(h.inContents ? "" : " no-contents")")
        case .paragraph(let p):
            // A link as [text](#anchor), a run kept on one line as {nobreak: text} (characters
            // the fonts have: the doctor checks a dump's characters against them).
            let text = p.runs.map { r in r.link.map { "[\(r.text)](#\($0))" } ?? (r.noBreak ? "{nobreak: \(r.text)}" : r.text) }.joined()
            out.append(indent + "paragraph \(p.style.rawValue): \(text)")
        case .cards(let g):
            out.append(indent + "cards \(g.columns): " + g.cards.map { "\($0.label)=\($0.value)\($0.unit) (\($0.note))" }.joined(separator: " | "))
        case .table(let t):
            out.append(indent + "table [\(t.columns.map(\.title).joined(separator: " | "))]\(t.caption.map { " \"\($0)\"" } ?? "")\(t.density == .compact ? " compact" : t.density == .automatic ? " compact-if-needed" : "")")
            let groups = Dictionary(t.groups.map { ($0.firstRow, $0.title) }, uniquingKeysWith: { a, _ in a })
            for (r, row) in t.rows.enumerated() {
                if let g = groups[r] { out.append(indent + "  # " + g) }
                out.append(indent + "  | " + row.map { c in (c.link.map { "[\(c.text)](#\($0))" } ?? c.text).replacing("\n", with: "⏎") }.joined(separator: " | "))
            }
        case .chart(let c):
            var legend = ""
            if c.secondary?.contains(true) == true {
                legend = " legend=\"\(c.primaryLegend ?? "")\"|hatched=\"\(c.secondaryLegend ?? "")\""
            }
            out.append(indent + "chart \(c.orientation == .horizontal ? "h" : "v") series=\(c.series.map(\.name).joined(separator: ",")) \(c.unitCaption ?? "")\(legend)")
            for (i, cat) in c.categories.enumerated() {
                let bars = c.series.map { s in
                    let v = i < s.values.count ? s.values[i] : nil
                    let l = s.labels.flatMap { i < $0.count ? $0[i] : nil }
                    let own = s.secondary.flatMap { i < $0.count && $0[i] ? " hatched" : nil } ?? ""
                    return "\(v.map { NumberWords.decimal($0) } ?? "-")\(l.map { " \"\($0)\"" } ?? "")\(own)"
                }.joined(separator: " ; ")
                let note = c.notes.flatMap { i < $0.count ? $0[i] : nil }.map { " note=\"\($0)\"" } ?? ""
                let hatched = c.secondary.flatMap { i < $0.count && $0[i] ? " hatched" : nil } ?? ""
                out.append(indent + "  \(cat): \(bars)\(note)\(hatched)")
            }
        case .contents(let c):
            out.append(indent + "contents \"\(c.title)\" level≤\(c.maxLevel)")
        case .spacer(let h):
            out.append(indent + "spacer \(NumberWords.decimal(h))")
        case .rule:
            out.append(indent + "rule")
        case .pageBreak:
            out.append(indent + "page-break")
        case .keepTogether(let bs):
            out.append(indent + "keep-together")
            for x in bs { dump(x, indent: indent + "  ", into: &out) }
        case .deferred(let d):
            // In its place, as the layout reads it.
            for x in d.blocks { dump(x, indent: indent, into: &out) }
        case .keepWithNext(let b):
            out.append(indent + "keep-with-next")
            dump(b, indent: indent + "  ", into: &out)
        case .index(let index):
            out.append(indent + "index #\(index.anchor) \"\(index.title)\" columns=\(index.columns)")
            for g in index.groups {
                out.append(indent + "  \(g.label): " + g.entries.map { "[\($0.text)](#\($0.anchor)) \($0.detail)" }.joined(separator: " | "))
            }
        }
    }
}
