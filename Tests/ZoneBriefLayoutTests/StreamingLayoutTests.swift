import Testing
@testable import ZoneBriefLayout

/// The two-pass layout (a numbering pass, then pages handed out one by one as they are laid out)
/// makes the same pages as laying the whole document out at once, and holds only what the pages
/// being laid out need.
@Suite struct StreamingLayoutTests {
    private func streamed(_ document: Document) -> (pages: [Page], result: LayoutResult) {
        let numbering = LayoutEngine(measurer: FixedAdvanceMeasurer()).numbering(document)
        var pages: [Page] = []
        let result = LayoutEngine(measurer: FixedAdvanceMeasurer()).layout(document, numbering: numbering) { pages.append($0) }
        #expect(numbering.pageCount == pages.count)
        return (pages, result)
    }

    @Test(arguments: 1...60)
    func randomDocumentsStreamTheSamePages(seed: Int) {
        var g = RandomDocumentTests.Generator(state: UInt64(seed))
        let document = Fixtures.document((0..<g.next(25)).map { _ in g.block() })
        let whole = LayoutEngine(measurer: FixedAdvanceMeasurer()).layout(document)
        let (pages, result) = streamed(document)
        #expect(pages.map { $0.dump() } == whole.pages.map { $0.dump() })
        #expect(pages.map { $0.structureDump() } == whole.pages.map { $0.structureDump() })
        #expect(result.pages.isEmpty && result.pageCount == whole.pages.count)
        #expect(result.outline.map(\.page) == whole.outline.map(\.page))
        #expect(result.warnings == whole.warnings)
    }

    @Test func contentsAndFootersKnowTheWholeDocumentBeforeItsFirstPage() throws {
        var blocks: [Block] = [.contents(Contents(title: "目录", maxLevel: 2))]
        for k in 1...40 {
            blocks.append(.heading(Heading(level: 2, text: "第\(k)节", anchor: "s\(k)")))
            blocks.append(.paragraph(Paragraph(Fixtures.chinese(300, seed: k))))
            blocks.append(.table(Fixtures.table(rows: 12)))
        }
        let document = Fixtures.document(blocks)
        let (pages, _) = streamed(document)
        #expect(pages.count > 10)
        // The contents (its first pages) list the last section with its page.
        let contents = pages.prefix(2).flatMap(\.texts)
        let last = try #require(pages.firstIndex { $0.texts.contains("第40节") && !$0.texts.contains("目录") })
        #expect(contents.contains("第40节"))
        #expect(contents.contains("\(last + 1)"))
        #expect(pages.last?.texts.last == "第 \(pages.count) 页 / 共 \(pages.count) 页")
        #expect(pages.map { $0.dump() } == LayoutEngine(measurer: FixedAdvanceMeasurer()).layout(document).pages.map { $0.dump() })
    }
}
