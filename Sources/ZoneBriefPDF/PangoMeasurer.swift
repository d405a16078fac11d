import CPangoCairo
import Synchronization
import ZoneBriefLayout

/// Handles of shapes, unique in the process (a shape is never taken for another measurer's).
private let shapeHandles = Atomic<Int>(0)

/// Measures text with Pango, the way it will be painted: one `PangoContext` per document, one
/// `PangoLayout` per text. A measurer that `keepsLayouts` keeps each layout (by
/// `TextShape.handle`) for painting, so most text is shaped once; the painter frees them page by
/// page (`endPage(drawn:)`), and sets a text again from its `TextShape.source` when its layout is
/// gone (a text drawn again pages later). One that does not (the first of two passes) frees each
/// layout once it is measured.
///
/// The corresponding C objects are a `PangoContext` and `PangoLayout`s (`g_object_unref` in
/// `deinit`, in `endPage(drawn:)`, or right after measuring).
final class PangoMeasurer: TextMeasurer {
    private let fonts: FontLibrary
    private let context: OpaquePointer
    private let family: String
    let keepsLayouts: Bool
    /// Shapes hold only their lines (no links, missing characters or source): for the
    /// numbering pass, which keeps nothing of the pages but where lines fall.
    let linesOnly: Bool
    /// Layouts kept, by handle (newer texts have higher handles), with the page count when each was made.
    private var live: [Int: (layout: OpaquePointer, page: Int)] = [:]
    /// Pages ended (`endPage(drawn:)`).
    private var pagesEnded = 0
    private var descriptions: [TextStyle: OpaquePointer] = [:]

    init(fonts: FontLibrary, family: String, keepsLayouts: Bool = true, linesOnly: Bool = false) {
        self.fonts = fonts
        self.family = family
        self.keepsLayouts = keepsLayouts
        self.linesOnly = linesOnly && !keepsLayouts
        context = pango_font_map_create_context(fonts.fontMap)
        pango_context_set_language(context, pango_language_from_string("zh-cn"))
        pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
        // Unhinted outlines and metrics: what a PDF surface uses, so measuring matches painting.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
    }

    deinit {
        for l in live.values { g_object_unref(UnsafeMutableRawPointer(l.layout)) }
        if !keepsLayouts { g_object_unref(UnsafeMutableRawPointer(scratch)) }
        for d in descriptions.values { pango_font_description_free(d) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// Measures, then lets the layout go at once (painting sets it again from the shape's source).
    func measureForLater(_ runs: [TextRun], style: TextStyle, width: Double?) -> TextShape {
        let shape = measure(runs, style: style, width: width)
        release(shape.handle)
        return shape
    }

    /// The layout to paint `shape` with: the one kept from measuring it, else one set again from
    /// the shape's source (kept until the page ends). Nil for a shape with no source.
    func layout(for shape: TextShape) -> OpaquePointer? {
        if let l = live[shape.handle] { return l.layout }
        guard let source = shape.source else { return nil }
        let layout = makeLayout(source.runs, style: source.style, width: source.width)
        live[shape.handle] = (layout, pagesEnded)
        return layout
    }

    /// Ends a page: frees the layouts of the texts drawn on it (`drawn`, their handles); when more
    /// than `layoutLimit` are still kept (measured, not drawn yet: a long table's rows), the
    /// oldest go, to be set again if they are drawn later. What is held stays bounded.
    func endPage(drawn: [Int]) {
        for h in drawn { release(h) }
        pagesEnded += 1
        guard live.count > Self.layoutLimit else { return }
        for h in live.keys.sorted().prefix(live.count - Self.layoutLimit / 2) { release(h) }
    }

    /// How many layouts may be kept between pages (a few MiB of Pango's).
    static let layoutLimit = 1024

    /// The longest text (UTF-8 bytes, about a page of Chinese) whose layout is kept for painting:
    /// Pango holds some 100 bytes a character, and a text this long is rarely drawn on one page.
    static let longestKeptText = 4096

    /// How many layouts are kept (for tests).
    var keptLayouts: Int { live.count }

    private func release(_ handle: Int) {
        guard let l = live.removeValue(forKey: handle) else { return }
        g_object_unref(UnsafeMutableRawPointer(l.layout))
    }

    private func description(_ style: TextStyle) -> OpaquePointer {
        var key = style
        key.alignment = .leading
        key.lineSpacing = 1
        key.justify = false
        if let d = descriptions[key] { return d }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, family)
        pango_font_description_set_weight(d, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        // Absolute size: pango's plain set_size assumes 96 dpi (12 would print as 16 pt).
        pango_font_description_set_absolute_size(d, style.size * Double(PANGO_SCALE))
        descriptions[key] = d
        return d
    }

    func measure(_ runs: [TextRun], style: TextStyle, width: Double?) -> TextShape {
        var runs = width == nil ? runs : LongWordBreaks.insert(into: runs)
        if width == nil, runs.contains(where: \.noBreak) {
            // Unwrapped text breaks nowhere anyway.
            runs = runs.map { var r = $0; r.noBreak = false; return r }
        }
        var shape = measure(setting: runs, style: style, width: width)
        if let width, runs.contains(where: \.noBreak), shape.lines.contains(where: { $0.x + $0.width > width + 0.01 }) {
            // A run kept on one line is wider than the line: it breaks as usual (its source says
            // so too, so a painter sets the same lines).
            let plain = runs.map { var r = $0; r.noBreak = false; return r }
            if let kept = live.removeValue(forKey: shape.handle) { g_object_unref(UnsafeMutableRawPointer(kept.layout)) }
            shape = measure(setting: plain, style: style, width: width)
        }
        return shape
    }

    private func measure(setting runs: [TextRun], style: TextStyle, width: Double?) -> TextShape {
        if linesOnly, width == nil, let line = shapedLine(runs, style: style) {
            if Self.checkFastLine {
                let set = measureWithLayout(runs, style: style, width: width)
                if set.lines != [line.metrics] {
                    print("fast line differs: \(line.text) \(style): \(line.metrics) ≠ \(set.lines)")
                }
            }
            return TextShape(handle: shapeHandles.add(1, ordering: .relaxed).newValue, text: line.text, lines: [line.metrics])
        }
        return measureWithLayout(runs, style: style, width: width)
    }

    private func measureWithLayout(_ runs: [TextRun], style: TextStyle, width: Double?) -> TextShape {
        let layout: OpaquePointer
        if keepsLayouts {
            layout = makeLayout(runs, style: style, width: width)
        } else {
            layout = scratch
            set(layout, runs, style: style, width: width)
        }
        let text = runs.count == 1 ? runs[0].text : runs.map(\.text).joined()
        let scale = Double(PANGO_SCALE)
        var lines: [LineMetrics] = []
        let iter = pango_layout_get_iter(layout)!
        repeat {
            var logical = PangoRectangle()
            var y0: Int32 = 0, y1: Int32 = 0
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            pango_layout_iter_get_line_yrange(iter, &y0, &y1)
            let baseline = pango_layout_iter_get_baseline(iter)
            let line = pango_layout_iter_get_line_readonly(iter)!
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            lines.append(LineMetrics(top: Double(y0) / scale, height: Double(y1 - y0) / scale,
                                     baseline: Double(baseline) / scale, x: Double(logical.x) / scale,
                                     width: Double(logical.width) / scale, bytes: start..<start + length))
        } while pango_layout_iter_next_line(iter) != 0
        pango_layout_iter_free(iter)
        // A line reaches down to the next line's top (line spacing included), so stacked lines
        // (a paragraph split into one slice per line) land exactly where Pango puts them.
        for k in lines.indices.dropLast() where lines[k + 1].top > lines[k].top {
            lines[k].height = lines[k + 1].top - lines[k].top
        }

        // The numbering pass keeps nothing of the pages: what is drawn (links, missing
        // characters) is of no use to it, only where lines fall.
        guard !linesOnly else {
            return TextShape(handle: shapeHandles.add(1, ordering: .relaxed).newValue, text: text, lines: lines)
        }
        var missing = ""
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            // Default-ignorable characters (word joiner, zero-width space…) draw nothing anyway.
            for u in text.unicodeScalars where u.value >= 0x20 && !u.properties.isDefaultIgnorableCodePoint && !fonts.has(u)
                && !missing.unicodeScalars.contains(u) {
                missing.unicodeScalars.append(u)
            }
        }
        let links = runs.contains { $0.link != nil } ? linkAreas(runs, layout: layout, lines: lines) : []
        let handle = shapeHandles.add(1, ordering: .relaxed).newValue
        if keepsLayouts {
            // A long text's layout is not kept: it is set again when painted, as it is on every
            // page after the first it is drawn on anyway (a cell listing thousands of zones).
            if text.utf8.count > Self.longestKeptText {
                g_object_unref(UnsafeMutableRawPointer(layout))
            } else {
                live[handle] = (layout, pagesEnded)
            }
        }
        return TextShape(handle: handle, text: text, lines: lines, links: links, missingCharacters: missing,
                         source: TextSource(runs: runs, style: style, width: width))
    }

    /// A Pango layout of `runs` in `style`, wrapped to `width`: the same lines for the same
    /// arguments, whether measuring or painting.
    private func makeLayout(_ runs: [TextRun], style: TextStyle, width: Double?) -> OpaquePointer {
        let layout = pango_layout_new(context)!
        set(layout, runs, style: style, width: width)
        return layout
    }

    /// One unwrapped line, measured from Pango's items and glyphs without a layout (no line
    /// breaking, no logical attributes): for the numbering pass, whose texts are mostly short
    /// labels and cells. The same numbers a layout gives (`fastLineMatchesTheLayout` checks them
    /// against one on varied texts; `ZB_CHECK_FAST_LINE=1` on every text of a render); nil for a
    /// text a layout sets otherwise (line ends, tabs, white space at either end, line spacing,
    /// runs of two weights: a layout's line is then taller than its runs' glyphs say).
    func shapedLine(_ runs: [TextRun], style: TextStyle) -> (text: String, metrics: LineMetrics)? {
        let text = runs.count == 1 ? runs[0].text : runs.map(\.text).joined()
        guard style.lineSpacing == 1, style.bold || runs.allSatisfy({ $0.bold == runs[0].bold }), let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              !first.properties.isWhitespace, !last.properties.isWhitespace,
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" })
        else { return nil }
        let list = pango_attr_list_new()!
        defer { pango_attr_list_unref(list) }
        // The layout's font description under the runs' own attributes, as a layout itemizes.
        if let a = pango_attr_font_desc_new(description(style)) {
            a.pointee.start_index = 0; a.pointee.end_index = UInt32.max
            pango_attr_list_insert(list, a)
        }
        insertAttributes(runs, style: style, into: list)
        let glyphs = pango_glyph_string_new()!
        defer { pango_glyph_string_free(glyphs) }
        var width: Int32 = 0, top: Int32 = 0, bottom: Int32 = 0
        let length = Int32(text.utf8.count)
        text.withCString { s in
            var node = pango_itemize(context, s, 0, length, list, nil)
            let items = node
            while let n = node {
                let item = n.pointee.data.assumingMemoryBound(to: PangoItem.self)
                pango_shape_with_flags(s + Int(item.pointee.offset), item.pointee.length, s, length, &item.pointee.analysis, glyphs,
                                       PANGO_SHAPE_ROUND_POSITIONS)
                var logical = PangoRectangle()
                pango_glyph_string_extents(glyphs, item.pointee.analysis.font, nil, &logical)
                width += logical.width
                top = min(top, logical.y)
                bottom = max(bottom, logical.y + logical.height)
                pango_item_free(item)
                node = n.pointee.next
            }
            g_list_free(items)
        }
        let scale = Double(PANGO_SCALE)
        return (text, LineMetrics(top: 0, height: Double(bottom - top) / scale, baseline: Double(-top) / scale, x: 0,
                                  width: Double(width) / scale, bytes: 0..<text.utf8.count))
    }

    /// Checks the fast line against a layout on every text (`ZB_CHECK_FAST_LINE=1`).
    static let checkFastLine = getenv("ZB_CHECK_FAST_LINE").map { String(cString: $0) == "1" } ?? false

    /// The numbering pass's one layout, set again for every text it measures (a layout made
    /// and freed per text costs more than the text's own setting when texts are short).
    private lazy var scratch: OpaquePointer = pango_layout_new(context)!

    /// Sets every property of `layout` that `makeLayout` may set, so a reused layout is set
    /// exactly as a new one (Pango's defaults where a text asks for nothing).
    private func set(_ layout: OpaquePointer, _ runs: [TextRun], style: TextStyle, width: Double?) {
        let text = runs.count == 1 ? runs[0].text : runs.map(\.text).joined()
        pango_layout_set_font_description(layout, description(style))
        pango_layout_set_text(layout, text, Int32(text.utf8.count))
        applyAttributes(runs, style: style, to: layout)
        if let width {
            pango_layout_set_width(layout, Int32((max(1, width) * Double(PANGO_SCALE)).rounded(.down)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        } else {
            pango_layout_set_width(layout, -1)
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        }
        switch style.alignment {
        case .leading: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .trailing: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        pango_layout_set_justify(layout, style.justify && width != nil ? 1 : 0)
        pango_layout_set_line_spacing(layout, style.lineSpacing != 1 ? Float(style.lineSpacing) : 0)
    }

    /// Bold, colour and no-break per run, as Pango attributes over the runs' byte ranges.
    private func applyAttributes(_ runs: [TextRun], style: TextStyle, to layout: OpaquePointer) {
        guard runs.contains(where: { $0.color != nil || ($0.bold && !style.bold) || $0.noBreak }) else {
            pango_layout_set_attributes(layout, nil)
            return
        }
        let list = pango_attr_list_new()!
        insertAttributes(runs, style: style, into: list)
        pango_layout_set_attributes(layout, list)
        pango_attr_list_unref(list)
    }

    private func insertAttributes(_ runs: [TextRun], style: TextStyle, into list: OpaquePointer) {
        var offset = 0
        for run in runs {
            let end = offset + run.text.utf8.count
            if run.bold && !style.bold, let a = pango_attr_weight_new(PANGO_WEIGHT_BOLD) {
                a.pointee.start_index = UInt32(offset); a.pointee.end_index = UInt32(end)
                pango_attr_list_insert(list, a)
            }
            if let c = run.color, let a = pango_attr_foreground_new(channel(c.r), channel(c.g), channel(c.b)) {
                a.pointee.start_index = UInt32(offset); a.pointee.end_index = UInt32(end)
                pango_attr_list_insert(list, a)
            }
            // No line break inside the run (Pango keeps the breaks at its two ends).
            if run.noBreak, let a = pango_attr_allow_breaks_new(0) {
                a.pointee.start_index = UInt32(offset); a.pointee.end_index = UInt32(end)
                pango_attr_list_insert(list, a)
            }
            offset = end
        }
    }

    private func channel(_ v: Double) -> UInt16 { UInt16((min(max(v, 0), 1) * 65535).rounded()) }

    /// The areas of linked runs, one per line they cross.
    private func linkAreas(_ runs: [TextRun], layout: OpaquePointer, lines: [LineMetrics]) -> [TextLink] {
        var out: [TextLink] = []
        var offset = 0
        for run in runs {
            let range = offset..<offset + run.text.utf8.count
            offset = range.upperBound
            guard let dest = run.link, !range.isEmpty else { continue }
            for (k, m) in lines.enumerated() {
                let lo = max(range.lowerBound, m.bytes.lowerBound), hi = min(range.upperBound, m.bytes.upperBound)
                guard lo < hi, let line = pango_layout_get_line_readonly(layout, Int32(k)) else { continue }
                var x0: Int32 = 0, x1: Int32 = 0
                pango_layout_line_index_to_x(line, Int32(lo), 0, &x0)
                pango_layout_line_index_to_x(line, Int32(hi), 0, &x1)
                let a = Double(min(x0, x1)) / Double(PANGO_SCALE), b = Double(max(x0, x1)) / Double(PANGO_SCALE)
                out.append(TextLink(line: k, rect: Rect(x: m.x + a, y: m.top, width: b - a, height: m.height), destination: dest))
            }
        }
        return out
    }
}
