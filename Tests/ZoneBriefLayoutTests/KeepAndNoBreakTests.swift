import Testing
@testable import ZoneBriefLayout

/// Layout features the composer asks for through the document model: a block kept with the
/// block after it (`Block.keepWithNext`), and a run set on one line (`TextRun.noBreak`).
@Suite struct KeepAndNoBreakTests {
    static let lead = "下表列出各园区的主要指标。"

    /// Filler, then a one-line lead and a short table (a table of six rows or fewer never splits).
    static func blocks(fillerLines: Int, keep: Bool) -> [Block] {
        let lead = Block.paragraph(Paragraph(Self.lead))
        return [.paragraph(Paragraph(Fixtures.chinese(fillerLines * 45))), keep ? .keepWithNext(lead) : lead, .table(Fixtures.table(rows: 5))]
    }

    /// Whether the lead is the last text of a page's body (the table went on without it).
    static func leadEndsAPage(_ result: LayoutResult) -> Bool {
        result.pages.contains { page in
            let body = page.items.compactMap { item -> TextItem? in
                if case .text(let t) = item, t.origin.y > 60, t.origin.y < 770 { return t }
                return nil
            }
            return body.last?.shape.text == Self.lead
        }
    }

    /// The lead at every height of the page: kept with the table, it never ends a page.
    @Test(arguments: Array(stride(from: 40, through: 70, by: 1)))
    func keptBlockNeverEndsAPage(fillerLines: Int) {
        let result = Fixtures.layout(Self.blocks(fillerLines: fillerLines, keep: true))
        #expect(result.warnings.isEmpty)
        #expect(!Self.leadEndsAPage(result), "filler \(fillerLines) lines: the lead ends a page, its table on the next")
    }

    /// Without the keep, some filler leaves the lead alone at a page's foot (so the test above
    /// can fail).
    @Test func withoutTheKeepTheLeadCanEndAPage() {
        #expect((40...70).contains { Self.leadEndsAPage(Fixtures.layout(Self.blocks(fillerLines: $0, keep: false))) })
    }

    /// A kept list item still opens and closes the list with its neighbours.
    @Test func keptListItemStaysInItsList() {
        var first = Paragraph("第一项。"), second = Paragraph("第二项。")
        first.isListItem = true
        second.isListItem = true
        let result = Fixtures.layout([.keepWithNext(.paragraph(first)), .paragraph(second)])
        let marks = result.pages.flatMap(\.items).compactMap { item -> String? in
            guard case .structure(let m) = item else { return nil }
            switch m {
            case .begin(let role, _) where role == .list: return "begin"
            case .end(let role) where role == .list: return "end"
            default: return nil
            }
        }
        #expect(marks == ["begin", "end"])
    }

    static let citation = "— seeds/zone-report.txt 第41行"

    /// The byte ranges where lines break inside the citation of a paragraph `quote + citation`.
    static func breaksInsideCitation(quote: String, noBreak: Bool, width: Double, measurer: any TextMeasurer) -> [Int] {
        let runs = [TextRun(quote), TextRun(citation, noBreak: noBreak)]
        let shape = measurer.measure(runs, style: TextStyle(size: 10), width: width)
        let start = quote.utf8.count, end = start + citation.utf8.count
        return shape.lines.dropFirst().map(\.bytes.lowerBound).filter { $0 > start && $0 < end }
    }

    /// The citation after quotes of every length: never broken inside; without `noBreak` some
    /// length breaks it (so the test can fail).
    @Test func noBreakRunIsSetOnOneLine() {
        let measurer = FixedAdvanceMeasurer()
        var brokenWithout = 0
        for n in 1...40 {
            let quote = "“" + Fixtures.chinese(n) + "”"
            #expect(Self.breaksInsideCitation(quote: quote, noBreak: true, width: 200, measurer: measurer).isEmpty, "quote of \(n)")
            if !Self.breaksInsideCitation(quote: quote, noBreak: false, width: 200, measurer: measurer).isEmpty { brokenWithout += 1 }
        }
        #expect(brokenWithout > 0)
    }

    /// A run wider than the line breaks as usual rather than running off it.
    @Test func noBreakRunWiderThanTheLineStillBreaks() {
        let shape = FixedAdvanceMeasurer().measure([TextRun("甲"), TextRun(Self.citation, noBreak: true)], style: TextStyle(size: 10), width: 60)
        #expect(shape.lines.count > 1)
        #expect(shape.lines.allSatisfy { $0.width <= 60.01 })
    }
}

/// Deferred blocks (`Block.deferred`) lay out exactly as the blocks they make, made once per
/// pass when the layout reaches them.
@Suite struct DeferredBlocksTests {
    static func blocks() -> [Block] {
        var first = Paragraph("第一项。"), second = Paragraph("第二项。")
        first.isListItem = true
        second.isListItem = true
        return [.heading(Heading(level: 1, text: "一、概述", anchor: "s1")), .paragraph(Paragraph(Fixtures.chinese(1200))),
                .heading(Heading(level: 2, text: "二、指标", anchor: "s2")), .table(Fixtures.table(rows: 40)),
                .paragraph(first), .paragraph(second)]
    }

    @Test func deferredBlocksLayOutAsTheirBlocks() {
        let plain = Fixtures.layout([.contents(Contents(title: "目录", maxLevel: 2))] + Self.blocks())
        let made = Counter()
        let deferred = Fixtures.layout([.contents(Contents(title: "目录", maxLevel: 2)),
                                        .deferred(DeferredBlocks { made.add(); return Array(Self.blocks()[0..<2]) }),
                                        .deferred(DeferredBlocks { made.add(); return Array(Self.blocks()[2...]) })])
        #expect(plain.pages.count > 2)
        #expect(deferred.dump() == plain.dump())
        #expect(deferred.outline.map(\.anchor) == plain.outline.map(\.anchor))
        // Headings are gathered first (the contents need them), then the pages laid out.
        #expect(made.count == 2 * 2)

        // Two passes (the page numbers, then the pages painted one by one): the second takes the
        // headings the first gathered, so each deferred block is made three times, not four.
        made.reset()
        let engine = LayoutEngine(measurer: FixedAdvanceMeasurer())
        let doc = Fixtures.document([.heading(Heading(level: 1, text: "零", anchor: "s0")), .heading(Heading(level: 1, text: "零", anchor: "s0")),
                                     .deferred(DeferredBlocks { made.add(); return Self.blocks() })])
        let numbering = engine.numbering(doc)
        var pages: [Page] = []
        let result = engine.layout(doc, numbering: numbering) { pages.append($0) }
        #expect(made.count == 3)
        #expect(pages.count == numbering.pageCount)
        // The duplicate anchor is still warned, once.
        #expect(result.warnings.filter { $0.contains("“s0”") }.count == 1)
        #expect(Block.made([.deferred(DeferredBlocks { Self.blocks() })]).count == Self.blocks().count)
    }
}

/// Counts calls from a `@Sendable` closure in a test.
final class Counter: @unchecked Sendable {
    private(set) var count = 0
    func add() { count += 1 }
    func reset() { count = 0 }
}
