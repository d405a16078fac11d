import CPangoCairo
import ZoneBriefLayout

extension PDFRenderer {
    /// A PNG of `blocks` (a chart, with its heading) laid out on their own by the same layout
    /// engine as the brief, `width` points wide, and painted by the same painter onto a white
    /// picture at `scale` pixels per point: what the HTML mail shows of the brief. `textScale`
    /// enlarges the chart's type (labels, ticks, caption, legend) for a picture that a phone
    /// shows at about its own width.
    ///
    ///     let png = try renderer.picture(of: [.chart(chart)], width: 320, scale: 2, textScale: 1.25)
    ///
    /// The picture is as tall as what is drawn, with `margin` points of white around it. Throws
    /// when cairo fails.
    public func picture(of blocks: [Block], width: Double, scale: Double = 2, textScale: Double = 1,
                        margin: Double = 6) throws -> [UInt8] {
        var theme = self.theme
        theme.chartText.size *= textScale
        theme.small.size *= textScale
        // One page tall enough never to break: no running header, no footer.
        theme.pageSize = PageSize(width: width + 2 * margin, height: 14_400)
        (theme.marginTop, theme.marginBottom, theme.marginLeft, theme.marginRight) = (margin, margin, margin, margin)
        let measurer = PangoMeasurer(fonts: fonts, family: family)
        let document = Document(metadata: Metadata(title: "", creationDate: "2000-01-01T00:00:00Z"), header: "",
                                footerTemplate: "", blocks: blocks)
        let result = LayoutEngine(measurer: measurer, theme: theme).layout(document)
        let page = result.pages.first ?? Page(number: 1, size: theme.pageSize)
        let bottom = page.items.map(Self.bottom).max() ?? 0
        let image = try ImageSurface(width: Int((theme.pageSize.width * scale).rounded(.up)),
                                     height: Int(((bottom + margin) * scale).rounded(.up)))
        cairo_scale(image.cr, scale, scale)
        PagePainter(cr: image.cr, measurer: measurer).paint(page)
        try image.check()
        return try image.png()
    }

    /// The lowest point an item draws.
    static func bottom(_ item: FrameItem) -> Double {
        switch item {
        case .text(let t): return t.origin.y + t.height
        case .rect(let r): return r.rect.maxY + r.lineWidth / 2
        case .line(let l): return max(l.from.y, l.to.y) + l.width / 2
        case .link(let l): return l.rect.maxY
        case .destination(let d): return d.point.y
        case .image(let i): return i.rect.maxY
        case .structure: return 0
        }
    }
}
