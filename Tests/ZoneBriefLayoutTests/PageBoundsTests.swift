import Testing
@testable import ZoneBriefLayout

/// What lies outside a page's body: the running header above it and the footer below are theirs;
/// anything else crossing into a margin is an overflow.
enum PageBounds {
    static let theme = Theme.standard

    /// The box of an item in page coordinates.
    static func box(_ item: FrameItem) -> Rect {
        switch item {
        case .text(let t):
            let w = t.shape.width(of: t.lines)
            return Rect(x: t.origin.x, y: t.origin.y, width: w, height: t.height)
        case .rect(let r): return r.rect
        case .line(let l):
            return Rect(x: min(l.from.x, l.to.x), y: min(l.from.y, l.to.y), width: abs(l.to.x - l.from.x), height: abs(l.to.y - l.from.y))
        case .link(let l): return l.rect
        case .destination(let d): return Rect(x: d.point.x, y: d.point.y, width: 0, height: 0)
        case .image(let i): return i.rect
        case .structure: return Rect(x: theme.marginLeft, y: theme.contentTop, width: 0, height: 0)
        }
    }

    /// Descriptions of the items outside the body (cover pages: outside the page above its bottom
    /// margin).
    static func outside(_ page: Page, cover: Bool = false, theme: Theme = PageBounds.theme) -> [String] {
        let left = theme.marginLeft - 0.5, right = theme.marginLeft + theme.contentWidth + 0.5
        let top = cover ? 0 : theme.contentTop - 0.5, bottom = theme.contentBottom + 0.5
        var out: [String] = []
        for item in page.items {
            if case .structure = item { continue }
            let b = box(item)
            if !cover {
                if b.maxY <= theme.contentTop { continue }            // the running header
                if b.y >= theme.contentBottom + 10 { continue }       // the footer
            }
            let fits = cover ? b.x >= -0.5 && b.maxX <= theme.pageSize.width + 0.5 && b.maxY <= bottom
                             : b.x >= left && b.maxX <= right && b.y >= top && b.maxY <= bottom
            if !fits {
                let text: String
                if case .text(let t) = item { text = String(t.shape.text(of: t.lines).prefix(12)) } else { text = "\(item)".prefix(30).description }
                out.append("page \(page.number): \(text) at \(b)")
            }
        }
        return out
    }
}

/// Names hundreds of characters long and a quote of 100,000: every block keeps to the page body.
struct PageBoundsTests {
    static let name = String(repeating: "超长名称", count: 125) + "高新区"
    static let quote = String(Fixtures.chinese(100_000))

    static func hostileDocument() -> Document {
        let name = Self.name
        return Fixtures.document([
            .cover(Cover(title: name, subtitle: name, facts: [("覆盖园区", name), ("统计期", name), ("数据", name)],
                         footnote: "数据截至2023年6月 · " + name)),
            .contents(Contents(title: "目录")),
            .heading(Heading(level: 1, text: name, anchor: "a")),
            .cards(CardGrid([Card(label: name, value: "108.8", unit: "亿元", note: name)], columns: 4)),
            .chart(BarChart(title: name, categories: [name, "乙"],
                            series: [ChartSeries(name: name, values: [1, 2]), ChartSeries(name: "乙" + name, values: [2, 1])],
                            notes: [name, nil], unitCaption: name)),
            .chart(BarChart(orientation: .vertical, categories: [name, "乙", "丙"], series: [ChartSeries(name: "值", values: [1, 2, 3])])),
            .heading(Heading(level: 2, text: name, anchor: "b")),
            .table(Table(columns: [TableColumn("园区", maxLines: 3), TableColumn(name, alignment: .trailing), TableColumn("原文", weight: 3)],
                         rows: [[TableCell(name), TableCell("1"), TableCell(Self.quote)], [TableCell("乙"), TableCell("2"), TableCell("短")]],
                         caption: name)),
            .heading(Heading(level: 3, text: name, anchor: "c")),
            .paragraph(Paragraph(name)),
        ])
    }

    @Test func nothingLeavesThePageBody() {
        let result = LayoutEngine(measurer: FixedAdvanceMeasurer()).layout(Self.hostileDocument())
        #expect(result.warnings == ["chart “” has category labels too long for vertical bars; it is drawn with horizontal bars"])
        for page in result.pages {
            #expect(PageBounds.outside(page, cover: page.number == 1).isEmpty, "\(PageBounds.outside(page, cover: page.number == 1))")
        }
        // The quote is drawn whole, each line once, across pages.
        let drawn = result.pages.flatMap(\.items).compactMap { item -> String? in
            if case .text(let t) = item, t.shape.text == Self.quote { return t.shape.text(of: t.lines) } else { return nil }
        }
        #expect(drawn.joined() == Self.quote)
        #expect(Set(result.pages.filter { $0.texts.contains(where: { Self.quote.contains($0) && $0.count > 5 }) }.map(\.number)).count > 20)
        // The body paragraph keeps the whole name; headings are cut with an ellipsis.
        let texts = result.pages.flatMap(\.texts)
        #expect(texts.joined().contains(Self.name))
        #expect(texts.contains { $0.hasSuffix("…") })
    }

    /// The cover's facts never run into its footnote, however long the names.
    @Test func coverKeepsClearOfItsFoot() {
        let result = LayoutEngine(measurer: FixedAdvanceMeasurer()).layout(Self.hostileDocument())
        let cover = result.pages[0]
        let texts = cover.items.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
        let foot = texts.last!
        #expect(foot.shape.text.hasPrefix("数据截至"))
        for t in texts.dropLast() { #expect(t.origin.y + t.height <= foot.origin.y + 0.01) }
    }

    @Test func clampedTextEndsWithAnEllipsisWithinItsLines() {
        let engine = LayoutEngine(measurer: FixedAdvanceMeasurer())
        let shape = engine.measure(Self.name, engine.theme.heading(2), width: 200, maxLines: 3)
        #expect(shape.lines.count == 3)
        #expect(shape.text.hasSuffix("…"))
        #expect(shape.text.hasPrefix("超长名称超长名称"))
        let short = engine.measure("宝鸡高新区", engine.theme.heading(2), width: 200, maxLines: 3)
        #expect(short.text == "宝鸡高新区")
    }

    @Test func bandsCoverEveryLineOnce() {
        let m = FixedAdvanceMeasurer()
        let a = m.measure(Fixtures.chinese(600), style: TextStyle(size: 10), width: 100)
        let b = m.measure("短", style: TextStyle(size: 10), width: 100)
        let bands = LayoutEngine.bands([a, b], maxHeight: 100)
        #expect(bands.count > 3)
        #expect(bands.map { $0[0] }.reduce(0) { $0 + $1.count } == a.lines.count)
        #expect(bands[0][1] == 0..<1 && bands.dropFirst().allSatisfy { $0[1].isEmpty })
        for band in bands { #expect(a.height(of: band[0]) <= 100.01) }
        #expect(LayoutEngine.bands([b], maxHeight: 100) == [[0..<1]])
    }
}
