import Testing

@testable import ZoneBriefLayout

/// Layout at scale: keep-together blocks that flow rather than leave a page under a third
/// full, the index in balanced columns with page numbers, group rows in tables, contents kept to
/// one page, the fill the paginator reports, paper sizes and the issuer's marks.
@Suite struct PageEconomyTests {
    /// A keep-together block that would leave the page it follows less than a third full flows
    /// on; one after a page at least a third full moves whole.
    @Test(arguments: [(150, 38, true), (900, 25, false)])
    func keepTogetherFlowsRatherThanLeaveAShortPage(fillerChars: Int, bars: Int, flows: Bool) {
        let chart = BarChart(categories: (1...bars).map { "第\($0)园区" }, series: [ChartSeries(name: "值", values: (1...bars).map { Double($0) })])
        let result = Fixtures.layout([
            .paragraph(Paragraph(Fixtures.chinese(fillerChars))),
            .keepTogether([.heading(Heading(level: 3, text: "图表", anchor: "c")), .chart(chart)]),
        ])
        let headingPage = result.outline.first { $0.anchor == "c" }!.page
        #expect((headingPage == 1) == flows)
        #expect(result.pages.count == 2)
        if flows { #expect(result.pages[0].bodyFill > 0.9) }
        // Whatever it does, no page but the last is left less than a third full.
        for page in result.pages.dropLast() { #expect(page.bodyFill >= 1.0 / 3, "page \(page.number): \(page.bodyFill)") }
    }

    /// A forced break marks the page before it as the end of a part (allowed to be short).
    @Test func pageBeforeABreakEndsAPart() {
        let result = Fixtures.layout([
            .paragraph(Paragraph("一。")), .heading(Heading(level: 1, text: "二", anchor: "b", pageBreakBefore: true)),
            .paragraph(Paragraph(Fixtures.chinese(3000))),
        ])
        #expect(result.pages[0].endsPart)
        #expect(result.pages[0].bodyFill < 0.1)
        #expect(!result.pages[1].endsPart)
        #expect(result.pages.last!.endsPart)
    }

    static func index(_ n: Int) -> PageIndex {
        let letters = ["A", "B", "C", "D"]
        let groups = letters.map { l in
            IndexGroup(label: l, entries: (0..<(n / 4)).map { IndexEntry(text: "\(l)园区\($0)", detail: "省", anchor: "z-\(l)\($0)") })
        }
        return PageIndex(title: "园区索引", anchor: "index", groups: groups, columns: 3)
    }

    /// Every entry appears once with the page of its anchor; columns read downward (an entry
    /// below its predecessor, or at the top of the next column); a label never ends a column.
    @Test(arguments: [12, 120, 400])
    func indexListsEveryEntryWithItsPage(entries: Int) {
        let index = Self.index(entries)
        var blocks: [Block] = []
        for g in index.groups {
            for e in g.entries { blocks.append(.heading(Heading(level: 2, text: e.text, anchor: e.anchor))) }
        }
        blocks.append(.index(index))
        let result = Fixtures.layout(blocks)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let pageOf = Dictionary(uniqueKeysWithValues: result.outline.map { ($0.anchor, $0.page) })
        let start = pageOf["index"]!
        let pages = result.pages[(start - 1)...]
        var seen: [String] = []
        for page in pages {
            let texts = page.items.compactMap { item -> TextItem? in if case .text(let t) = item { return t } else { return nil } }
            let names = texts.filter { $0.shape.text.contains("园区") && $0.shape.text != "园区索引" }
            seen += names.map(\.shape.text)
            // The page number sits on the entry's line, at its column's right.
            for n in names {
                let anchor = "z-" + n.shape.text.replacing("园区", with: "")
                let number = texts.first { abs($0.origin.y - n.origin.y) < 0.5 && $0.origin.x > n.origin.x && $0.shape.text == "\(pageOf[anchor]!)" }
                #expect(number != nil, "no page number for \(n.shape.text)")
            }
            // Labels are never last in their column.
            let labels = texts.filter { $0.shape.text.count == 1 && "ABCD".contains($0.shape.text) }
            for l in labels {
                #expect(names.contains { abs($0.origin.x - l.origin.x) < 0.5 && $0.origin.y > l.origin.y }, "label \(l.shape.text) ends its column")
            }
            for p in PageBounds.outside(page) { Issue.record("outside the page: \(p)") }
        }
        #expect(seen.sorted() == index.groups.flatMap { $0.entries.map(\.text) }.sorted())
        // Reading order: column by column.
        let ordered = index.groups.flatMap { $0.entries.map(\.text) }
        #expect(seen == ordered)
    }

    /// A group's title row spans the table and stays with the group's first row.
    @Test func tableGroupTitlesSpanTheTableAndKeepWithTheirRow() {
        var table = Fixtures.table(rows: 60)
        table.groups = [TableGroup(title: "甲省（30）", firstRow: 0), TableGroup(title: "乙省（30）", firstRow: 30)]
        for filler in stride(from: 0, through: 1500, by: 100) {
            let result = Fixtures.layout([.paragraph(Paragraph(Fixtures.chinese(filler))), .table(table)])
            for page in result.pages {
                let texts = page.texts
                if let k = texts.firstIndex(of: "乙省（30）") {
                    #expect(texts[(k + 1)...].contains("第31园区"), "filler \(filler): the group title ends page \(page.number)")
                }
            }
        }
    }

    /// A contents a few entries longer than a page is set tighter to stay on one.
    @Test func contentsStaysOnOnePageWhenATighterSetFits() {
        var blocks: [Block] = [.contents(Contents(title: "目录"))]
        for k in 1...36 { blocks.append(.heading(Heading(level: 2, text: "第\(k)节", anchor: "s\(k)"))) }
        let result = Fixtures.layout(blocks)
        #expect(result.pages[0].texts.contains("第36节"))
    }

    @Test(arguments: Paper.allCases)
    func papersAndLandscape(paper: Paper) {
        let portrait = paper.size(), landscape = paper.size(landscape: true)
        #expect(portrait.width < portrait.height)
        #expect(landscape.width == portrait.height && landscape.height == portrait.width)
        let engine = LayoutEngine(measurer: FixedAdvanceMeasurer(), theme: Theme.standard.on(landscape))
        let result = engine.layout(Fixtures.document([.table(Fixtures.table(rows: 80))]))
        for page in result.pages {
            #expect(page.size == landscape)
            #expect(PageBounds.outside(page, theme: engine.theme).isEmpty, "\(PageBounds.outside(page, theme: engine.theme))")
        }
    }

    /// The logo and the organisation on the cover and in every running header, the distribution
    /// line in every footer but the cover's.
    @Test func identityOnCoverHeaderAndFooter() {
        var doc = Fixtures.document([.cover(Cover(title: "封面")), .paragraph(Paragraph(Fixtures.chinese(3000)))])
        doc.identity = Identity(
            organisation: "某某市科学技术局", logo: Logo(path: "/x/logo.png", pixelWidth: 300, pixelHeight: 100),
            distribution: "内部资料　注意保密")
        let result = LayoutEngine(measurer: FixedAdvanceMeasurer()).layout(doc)
        #expect(result.pages.count >= 3)
        for page in result.pages {
            let images = page.items.compactMap { item -> ImageItem? in if case .image(let i) = item { return i } else { return nil } }
            #expect(images.count == 1)
            // Drawn at the image's own aspect ratio.
            #expect(abs(images[0].rect.width / images[0].rect.height - 3) < 0.01)
            #expect(page.texts.contains("某某市科学技术局"))
            #expect(page.texts.contains("内部资料　注意保密") == (page.number > 1))
            #expect(PageBounds.outside(page, cover: page.number == 1).isEmpty, "\(PageBounds.outside(page, cover: page.number == 1))")
        }
    }

    /// Structure marks in reading order: a heading, a list of consecutive list items, a paragraph,
    /// a table's rows and cells.
    @Test func structureMarksFollowTheReadingOrder() {
        let result = Fixtures.layout([
            .heading(Heading(level: 2, text: "摘要", anchor: "s")),
            .paragraph(Paragraph([TextRun("■ "), TextRun("甲。")], isListItem: true)),
            .paragraph(Paragraph([TextRun("■ "), TextRun("乙。")], isListItem: true)),
            .paragraph(Paragraph("丙。")),
            .table(Table(columns: [TableColumn("园区"), TableColumn("值")], rows: [["成都", "1"]])),
        ])
        let dump = result.pages[0].structureDump()
        #expect(dump.contains("<H2> \"摘要\" </H2> <L> <LI> \"■ 甲。\" </LI> <LI> \"■ 乙。\" </LI> </L> <P> \"丙。\" </P>"), "\(dump)")
        #expect(
            dump.contains("<Table> <TR> <TH> \"园区\" </TH> <TH> \"值\" </TH> </TR> <TR> <TD> \"成都\" </TD> <TD> \"1\" </TD> </TR> </Table>"), "\(dump)")
    }
}
