import Testing
@testable import ZoneBriefLayout

/// Random documents, odd values included (NaN, infinities, empty texts, negative spacers, ragged
/// rows, huge numbers): layout never crashes, terminates, numbers every page and keeps every item
/// on its page.
@Suite struct RandomDocumentTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
        mutating func text() -> String {
            let pieces = ["", "园区", "高新技术产业开发区", "，", "。", "（", "）", "R&D", " ", "3.5%", "\n", "第一节"]
            return (0..<next(30)).map { _ in pieces[next(pieces.count)] }.joined()
        }
        mutating func value() -> Double? {
            switch next(10) {
            case 0: return nil
            case 1: return .nan
            case 2: return .infinity
            case 3: return -Double(next(1000))
            case 4: return 1e12
            default: return Double(next(100_000)) / 100
            }
        }
        mutating func block(depth: Int = 0) -> Block {
            switch next(depth > 0 ? 10 : 11) {
            case 0: return .heading(Heading(level: next(5), text: text(), anchor: "a\(next(8))", pageBreakBefore: next(4) == 0))
            case 1: return .paragraph(Paragraph((0..<next(4)).map { _ in TextRun(text(), bold: next(2) == 0, link: next(5) == 0 ? "a\(next(8))" : nil) },
                                                style: [.body, .lead, .small, .caption, .quote, .note][next(6)]))
            case 2: return .cards(CardGrid((0..<next(7)).map { _ in Card(label: text(), value: text(), unit: text(), note: text()) }, columns: next(8) - 1))
            case 3:
                let cols = (0..<next(6)).map { _ in TableColumn(text(), alignment: [.leading, .center, .trailing][next(3)], weight: Double(next(4))) }
                let rows = (0..<next(40)).map { _ in (0..<next(8)).map { _ in TableCell(text()) } }
                return .table(Table(columns: cols, rows: rows, caption: next(2) == 0 ? text() : nil, zebra: next(2) == 0, compact: next(2) == 0))
            case 4:
                let n = next(40)
                return .chart(BarChart(title: text(), orientation: next(2) == 0 ? .horizontal : .vertical,
                                       categories: (0..<n).map { _ in text() },
                                       series: (0..<next(4)).map { _ in ChartSeries(name: text(), values: (0..<next(n + 2)).map { _ in value() }) },
                                       notes: next(2) == 0 ? (0..<n).map { _ in next(3) == 0 ? text() : nil } : nil, unitCaption: text()))
            case 5: return .contents(Contents(title: "目录", maxLevel: next(4)))
            case 6: return .spacer(Double(next(900)) - 100)
            case 7: return .rule
            case 8: return .pageBreak
            case 9: return .cover(Cover(title: text(), subtitle: text(), facts: [(text(), text())], footnote: text()))
            default: return .keepTogether((0..<next(4)).map { _ in block(depth: depth + 1) })
            }
        }
    }

    @Test(arguments: 1...60)
    func randomDocumentLaysOut(seed: Int) {
        var g = Generator(state: UInt64(seed))
        let blocks = (0..<g.next(25)).map { _ in g.block() }
        let result = Fixtures.layout(blocks)
        let theme = Theme.standard
        #expect(!result.pages.isEmpty)
        // Something off the page only where a block was warned to be taller than the page.
        let oversized = result.warnings.contains { $0.contains("taller than the page") || $0.contains("too long for the page") }
        for page in result.pages {
            for case .text(let t) in page.items {
                #expect(oversized || (t.origin.y >= 0 && t.origin.y + t.height <= theme.pageSize.height),
                        "page \(page.number): \(t.origin) “\(t.shape.text.prefix(20))” without a warning")
                #expect(!t.origin.x.isNaN && !t.origin.y.isNaN)
            }
            for case .rect(let r) in page.items {
                #expect(r.rect.width.isFinite && r.rect.height.isFinite && r.rect.height >= 0)
            }
        }
        let numbered = result.pages.filter { $0.texts.last?.hasPrefix("第 ") == true }
        #expect(numbered.allSatisfy { $0.texts.last == "第 \($0.number) 页 / 共 \(result.pages.count) 页" })
    }
}
