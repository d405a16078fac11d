import Testing
import ZoneBriefTestSupport
@testable import ZoneBriefLayout

@Suite struct PaginationTests {
    @Test func smallDocumentDump() {
        let result = Fixtures.layout([
            .heading(Heading(level: 1, text: "一、概述", anchor: "s1")),
            .paragraph(Paragraph([TextRun("今年上半年，"), TextRun("园区", bold: true), TextRun("经济运行稳中有进，详见"),
                                  TextRun("第二节", link: "s2"), TextRun("。")])),
            .rule,
            .heading(Heading(level: 2, text: "二、指标", anchor: "s2")),
            .table(Fixtures.table(rows: 2)),
        ])
        #expect(result.warnings.isEmpty)
        assertSnapshot(result.dump(), named: "small-document.txt")
    }

    @Test func coverHasItsOwnPageWithoutHeaderOrFooter() {
        let result = Fixtures.layout([
            .cover(Cover(title: "高新区简报", subtitle: "副标题", facts: [("统计期", "2024年")], footnote: "发布")),
            .paragraph(Paragraph("正文。")),
        ])
        #expect(result.pages.count == 2)
        #expect(!result.pages[0].texts.contains("测试简报"))
        #expect(!result.pages[0].texts.contains { $0.hasPrefix("第 ") })
        #expect(result.pages[1].texts.contains("测试简报"))
        #expect(result.pages[1].texts.contains("第 2 页 / 共 2 页"))
    }

    @Test func footerNumbersEveryPageButTheCover() {
        let blocks: [Block] = [.cover(Cover(title: "封面"))] + (1...6).map { _ in .paragraph(Paragraph(Fixtures.chinese(900))) }
        let result = Fixtures.layout(blocks)
        let n = result.pages.count
        #expect(n > 3)
        for page in result.pages.dropFirst() {
            #expect(page.texts.last == "第 \(page.number) 页 / 共 \(n) 页")
        }
    }

    /// Headings placed at every possible height of the page: none is ever the last thing on a page.
    @Test(arguments: Array(stride(from: 0, through: 60, by: 3)))
    func headingNeverEndsAPage(fillerLines: Int) {
        var blocks: [Block] = []
        for k in 0..<6 {
            blocks.append(.paragraph(Paragraph(Fixtures.chinese(fillerLines * 45 + k * 10, seed: k))))
            blocks.append(.heading(Heading(level: 2, text: "标题\(k)", anchor: "h\(k)")))
            blocks.append(.paragraph(Paragraph(Fixtures.chinese(200, seed: k))))
        }
        let result = Fixtures.layout(blocks)
        for page in result.pages {
            let body = page.items.filter {
                if case .text(let t) = $0 { return t.origin.y > 60 && t.origin.y < 770 }   // not header/footer
                return false
            }
            guard case .text(let last)? = body.last else { continue }
            #expect(!last.shape.text.hasPrefix("标题"), "page \(page.number) ends with heading \(last.shape.text)")
        }
    }

    @Test func paragraphLeavesNoOrphanOrWidow() {
        let result = Fixtures.layout([
            .paragraph(Paragraph(Fixtures.chinese(1870))),
            .paragraph(Paragraph(Fixtures.chinese(700, seed: 3))),
        ])
        #expect(result.pages.count == 2)
        // Every text item of a paragraph that continues on the next page carries at least 2 lines.
        for page in result.pages {
            for case .text(let t) in page.items where t.shape.lines.count > 3 {
                #expect(t.lines.count >= 2, "page \(page.number): \(t.lines) of \(t.shape.lines.count) lines")
            }
        }
    }

    @Test func tableSplitsWithItsHeaderRepeated() {
        let result = Fixtures.layout([.table(Fixtures.table(rows: 120))])
        #expect(result.pages.count >= 3)
        var rows: [String] = []
        for page in result.pages {
            let texts = page.texts
            let body = Array(texts.dropFirst().dropLast())     // without header and footer
            let headerAt = body.firstIndex(of: "排名")
            #expect(headerAt == 1, "page \(page.number) has no header row under its caption")
            #expect(body.first == (page.number == 1 ? "表1　主要指标" : "表1　主要指标（续）"))
            rows += body.filter { $0.hasPrefix("第") && $0.hasSuffix("园区") }
        }
        #expect(rows == (1...120).map { "第\($0)园区" })
    }

    @Test func keepTogetherMovesAsOneBlock() {
        let filler = Fixtures.chinese(1650)
        let result = Fixtures.layout([
            .paragraph(Paragraph(filler)),
            .keepTogether([.paragraph(Paragraph("甲段。")), .paragraph(Paragraph("乙段。")), .paragraph(Paragraph("丙段。"))]),
        ])
        let page = result.pages.first { $0.texts.contains("甲段。") }
        #expect(page != nil)
        #expect(page?.texts.contains("丙段。") == true)
    }

    @Test func pageBreakAndHeadingPageBreakBefore() {
        let result = Fixtures.layout([
            .paragraph(Paragraph("一。")), .pageBreak, .pageBreak, .paragraph(Paragraph("二。")),
            .heading(Heading(level: 1, text: "三", anchor: "a3", pageBreakBefore: true)),
        ])
        #expect(result.pages.count == 3)
        #expect(result.outline.map(\.page) == [3])
    }

    @Test func spacerIsDroppedAtThePageTop() {
        let result = Fixtures.layout([.pageBreak, .spacer(500), .paragraph(Paragraph("正文。"))])
        guard case .text(let t)? = result.pages[0].items.first(where: {
            if case .text(let t) = $0 { return t.shape.text == "正文。" } else { return false }
        }) else { Issue.record("no paragraph"); return }
        #expect(t.origin.y == Theme.standard.contentTop)
    }

    @Test func contentsListsHeadingsWithTheirPagesAndLinks() {
        let result = Fixtures.layout([
            .contents(Contents(title: "目录", maxLevel: 1)),
            .heading(Heading(level: 1, text: "第一章", anchor: "c1", pageBreakBefore: true)),
            .heading(Heading(level: 2, text: "小节", anchor: "c1a")),
            .paragraph(Paragraph(Fixtures.chinese(1500))),
            .heading(Heading(level: 1, text: "第二章", anchor: "c2", inContents: false)),
            .heading(Heading(level: 1, text: "第三章", anchor: "c3", pageBreakBefore: true)),
        ])
        let toc = result.pages[0]
        let pageOf = Dictionary(uniqueKeysWithValues: result.outline.map { ($0.anchor, $0.page) })
        #expect(toc.texts.contains("第一章") && toc.texts.contains("第三章"))
        #expect(!toc.texts.contains("小节") && !toc.texts.contains("第二章"))
        #expect(toc.texts.contains("\(pageOf["c3"]!)"))
        let links = toc.items.compactMap { if case .link(let l) = $0 { return l.destination } else { return nil } }
        #expect(links == ["c1", "c3"])
    }

    @Test func unknownLinkAndDuplicateAnchorAreWarnings() {
        let result = Fixtures.layout([
            .heading(Heading(level: 1, text: "甲", anchor: "a")),
            .heading(Heading(level: 1, text: "乙", anchor: "a")),
            .paragraph(Paragraph([TextRun("见"), TextRun("别处", link: "nowhere")])),
        ])
        #expect(result.warnings.count == 2)
        #expect(result.warnings.contains { $0.contains("“a”") && $0.contains("two headings") })
        #expect(result.warnings.contains { $0.contains("“nowhere”") })
        #expect(result.outline.map(\.title) == ["甲"])
        #expect(!result.pages.flatMap(\.items).contains { if case .link = $0 { return true } else { return false } })
    }

    /// One warning per character, counting where it is drawn (page and text).
    @Test func missingCharactersAreWarnedOnceCounted() {
        let result = Fixtures.layout([.paragraph(Paragraph("甲☃乙☃")), .paragraph(Paragraph("☃")), .pageBreak,
                                      .paragraph(Paragraph("丙☃丁✈"))],
                                     measurer: FixedAdvanceMeasurer(missing: ["☃", "✈"]))
        #expect(result.warnings == ["the fonts lack ☃ (U+2603), 4 times on pages 1, 2 in “甲☃乙☃”; it prints as a box",
                                    "the fonts lack ✈ (U+2708), once on page 2 in “丙☃丁✈”; it prints as a box"])
        #expect(result.missingGlyphs.map(\.count) == [4, 1])
        #expect(result.missingGlyphs.map(\.pages) == [[1, 2], [2]])
    }

    @Test func longKeepTogetherStillSplits() {
        let result = Fixtures.layout([.keepTogether([.paragraph(Paragraph(Fixtures.chinese(2600)))])])
        #expect(result.pages.count >= 2)
        #expect(result.warnings.isEmpty)
    }

    /// A row taller than a page continues on the next pages, in bands of whole lines under the
    /// repeated header; every line is drawn once and nothing reaches the bottom margin.
    @Test func rowTallerThanAPageContinuesOnTheNextPages() {
        let long = Fixtures.chinese(1200)
        let t = Table(columns: [TableColumn("甲"), TableColumn("乙", weight: 0.01)],
                      rows: [[TableCell(String(repeating: "字", count: 80)), TableCell(long)], [TableCell("尾"), TableCell("行")]])
        let result = Fixtures.layout([.paragraph(Paragraph("前。")), .table(t)])
        #expect(result.warnings.isEmpty)
        #expect(result.pages.count >= 3)
        let drawn = result.pages.flatMap(\.items).compactMap { item -> String? in
            if case .text(let t) = item, t.shape.text == long { return t.shape.text(of: t.lines) } else { return nil }
        }
        #expect(drawn.count >= 3)
        #expect(drawn.joined() == long)
        #expect(result.pages.dropFirst().allSatisfy { $0.texts.contains("甲") }, "the header is repeated")
        for page in result.pages { #expect(PageBounds.outside(page).isEmpty, "\(PageBounds.outside(page))") }
    }

    @Test func raggedTableAndEmptyChartDoNotCrash() {
        let t = Table(columns: [TableColumn("甲"), TableColumn("乙")], rows: [["1"], ["1", "2", "3"]])
        let result = Fixtures.layout([.table(t), .chart(BarChart(categories: [], series: [])),
                                      .table(Table(columns: [], rows: []))])
        #expect(result.warnings.count == 3)
        #expect(result.pages.count == 1)
    }

    @Test func controlCharactersAreDropped() {
        let result = Fixtures.layout([.paragraph(Paragraph("甲\u{0}乙\u{7}丙\t丁"))])
        #expect(result.pages[0].texts.contains("甲乙丙丁"))
    }

    @Test func tooManyColumnsIsAWarning() {
        let columns = (1...40).map { TableColumn("第\($0)列") }
        let t = Table(columns: columns, rows: [columns.map { TableCell($0.title) }], caption: "宽表")
        let result = Fixtures.layout([.table(t)])
        #expect(result.warnings == ["table “宽表” has 40 columns, too many to fit the page width; it runs into the right margin"])
    }

    /// Tables of every length around a page break: the last row never stands alone on a page.
    @Test(arguments: 30...50)
    func lastTableRowIsNeverAlone(rows: Int) {
        let result = Fixtures.layout([.table(Fixtures.table(rows: rows))])
        let last = result.pages[result.pages.count - 1].texts.filter { $0.hasPrefix("第") && $0.hasSuffix("园区") }
        #expect(result.pages.count == 1 || last.count >= 2, "\(rows) rows: the last page has \(last)")
    }
}
