import CPangoCairo
import ZoneBriefLayout

/// Paints laid-out pages: it never decides a position, it only draws the frame items where the
/// layout put them. Text is drawn line by line from the Pango layouts the measurer kept (or set
/// again from the text's source when it no longer has them). `cr` is
/// the cairo context of a PDF page (`PDFSurface`) or of a picture (`ImageSurface`).
struct PagePainter {
    let cr: OpaquePointer
    let measurer: PangoMeasurer
    /// The images drawn (each file read once); an image that cannot be read draws nothing
    /// (`PDFRenderer` checks the logo before it lays out).
    var images = ImageCache()
    /// The structure elements open across pages, and the alternate texts of figures.
    var structure = StructureState()

    func paint(_ page: Page) {
        // One structure element per page: cairo 1.16 writes a broken xref for links without one.
        cairo_tag_begin(cr, "Sect", nil)
        // Elements a page break cut are opened again (a table, a paragraph that continues).
        let reopened = structure.open
        structure.open = []
        for mark in reopened { begin(mark.role, alt: mark.alt) }
        // Consecutive lines of one style are stroked as one path (gridlines, hatching).
        var pending: LineItem? = nil
        func flush() {
            if pending != nil { cairo_stroke(cr); pending = nil }
        }
        var skip = -1
        for (k, item) in page.items.enumerated() where k != skip {
            // A text a link follows is drawn inside the link's tag: the link's structure
            // element holds the text it covers (read out, not only an annotation).
            if case .text(let t) = item, k + 1 < page.items.count, case .link(let l) = page.items[k + 1] {
                flush()
                cairo_tag_begin(cr, CAIRO_TAG_LINK, linkAttributes(l))
                paintText(t)
                cairo_tag_end(cr, CAIRO_TAG_LINK)
                skip = k + 1
                continue
            }
            if case .line(let l) = item {
                if let p = pending, p.color == l.color, p.width == l.width, p.dash == l.dash {
                    cairo_move_to(cr, l.from.x, l.from.y)
                    cairo_line_to(cr, l.to.x, l.to.y)
                    continue
                }
                flush()
                setColor(l.color)
                cairo_set_line_width(cr, l.width)
                if l.dash.isEmpty {
                    cairo_set_dash(cr, nil, 0, 0)
                    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
                } else {
                    l.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
                    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
                }
                cairo_move_to(cr, l.from.x, l.from.y)
                cairo_line_to(cr, l.to.x, l.to.y)
                pending = l
                continue
            }
            flush()
            switch item {
            case .text(let t): paintText(t)
            case .rect(let r):
                cairo_rectangle(cr, r.rect.x, r.rect.y, r.rect.width, r.rect.height)
                if let f = r.fill {
                    setColor(f)
                    if r.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
                }
                if let s = r.stroke {
                    setColor(s)
                    cairo_set_line_width(cr, r.lineWidth)
                    cairo_stroke(cr)
                }
            case .line:
                break
            case .link(let l):
                cairo_tag_begin(cr, CAIRO_TAG_LINK, linkAttributes(l))
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            case .structure(let m):
                switch m {
                case .begin(let role, let alt): begin(role, alt: alt)
                case .end(let role): end(role)
                }
            case .image(let i):
                guard let image = try? images.image(i.path) else { break }
                // A rectangle filled with the image as a scaled pattern (cairo 1.16 fails a tagged
                // page on cairo_paint of a surface: "invalid tag name, attributes, or nesting").
                let pattern = cairo_pattern_create_for_surface(image.surface)
                var m = cairo_matrix_t()
                cairo_matrix_init_scale(&m, Double(image.width) / i.rect.width, Double(image.height) / i.rect.height)
                cairo_matrix_translate(&m, -i.rect.x, -i.rect.y)
                cairo_pattern_set_matrix(pattern, &m)
                cairo_set_source(cr, pattern)
                cairo_rectangle(cr, i.rect.x, i.rect.y, i.rect.width, i.rect.height)
                cairo_fill(cr)
                cairo_pattern_destroy(pattern)
            case .destination(let d):
                cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(escapeAttribute(d.name))' x=\(n(d.point.x)) y=\(n(d.point.y))")
                cairo_tag_end(cr, CAIRO_TAG_DEST)
            }
        }
        flush()
        // Elements still open end with the page; the next page opens them again.
        let open = structure.open
        for mark in open.reversed() { cairo_tag_end(cr, mark.role.rawValue) }
        structure.open = open
        cairo_tag_end(cr, "Sect")
    }

    /// Opens a structure element (`cairo_tag_begin` with a standard structure type).
    private func begin(_ role: StructureRole, alt: String?) {
        cairo_tag_begin(cr, role.rawValue, nil)
        structure.open.append((role, alt))
        if role == .figure { structure.figureAlts.append(alt ?? "") }
    }

    /// Closes the innermost element if it is `role` (a mark without its begin is ignored).
    private func end(_ role: StructureRole) {
        guard structure.open.last?.role == role else { return }
        structure.open.removeLast()
        cairo_tag_end(cr, role.rawValue)
    }

    private func linkAttributes(_ l: LinkItem) -> String {
        let r = l.rect
        return "dest='\(escapeAttribute(l.destination))' rect=[\(n(r.x)) \(n(r.y)) \(n(r.width)) \(n(r.height))]"
    }

    private func setColor(_ c: Color) { cairo_set_source_rgb(cr, c.r, c.g, c.b) }

    private func paintText(_ t: TextItem) {
        guard !t.lines.isEmpty, let layout = measurer.layout(for: t.shape) else { return }
        setColor(t.color)
        let top = t.shape.lines[t.lines.lowerBound].top
        var node = pango_layout_get_lines_readonly(layout)
        var k = 0
        while let n = node, k < t.lines.upperBound {
            if k >= t.lines.lowerBound, let line = n.pointee.data {
                let m = t.shape.lines[k]
                cairo_move_to(cr, t.origin.x + m.x, t.origin.y + m.baseline - top)
                pango_cairo_show_layout_line(cr, line.assumingMemoryBound(to: PangoLayoutLine.self))
            }
            node = n.pointee.next
            k += 1
        }
    }
}

/// A number for a cairo attribute string: fixed-point (cairo's parser does not read exponents).
private func n(_ v: Double) -> String { formatNumber(v, decimals: 3) }

/// Structure elements open at the end of the page painted last, and the alternate text of each
/// figure element in the order they were opened (the structure tree's order).
final class StructureState {
    var open: [(role: StructureRole, alt: String?)] = []
    var figureAlts: [String] = []
}
