import Foundation
import Testing
import ZoneBriefLayout
import ZoneBriefPDF

/// Input a composer should never send, sent anyway: the PDF still comes out valid, and each
/// problem is a warning.
@Suite struct HostileDocumentTests {
    static func document() -> Document {
        let odd = "it's a \\ 'quoted' anchor"
        return Document(metadata: Metadata(title: "", keywords: [], creationDate: "not a date"), header: "",
                        footerTemplate: "{page}/{pages}", blocks: [
            .cover(Cover(title: "")),
            .contents(Contents(title: "目录", maxLevel: 9)),
            .heading(Heading(level: 0, text: "", anchor: odd)),
            .heading(Heading(level: 7, text: "第\u{0}二\u{7}章 😀", anchor: odd + "2")),
            .heading(Heading(level: 1, text: "重复", anchor: odd)),
            .paragraph(Paragraph([TextRun("见", link: odd), TextRun("无处", link: "missing"), TextRun("")])),
            .paragraph(Paragraph("")),
            .spacer(-50), .spacer(.nan), .rule, .pageBreak, .pageBreak,
            .cards(CardGrid([], columns: 0)),
            .cards(CardGrid([Card(label: "", value: "")], columns: -3)),
            .table(Table(columns: (1...30).map { TableColumn("列\($0)", weight: 0) }, rows: [["1"], []])),
            .chart(BarChart(orientation: .vertical, categories: ["甲", "乙"],
                            series: [ChartSeries(name: "", values: [.nan, -.infinity, 3])])),
            .chart(BarChart(categories: ["甲"], series: [ChartSeries(name: "", values: [nil])])),
            .keepTogether([]),
        ])
    }

    @Test func hostileDocumentStillMakesAValidPDF() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/hostile.pdf"
        let report = try PDFRenderer(fontsDirectory: fontsDirectory).render(Self.document(), to: path)
        #expect(report.pageCount >= 3)
        let check = try run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
        let text = try run("pdftotext", [path, "-"]).output
        #expect(text.contains("第二章"))
        for expected in ["creation date “not a date”", "used by two headings", "U+1F600", "“missing”", "30 columns", "non-finite"] {
            #expect(report.warnings.contains { $0.contains(expected) }, "no warning with \(expected): \(report.warnings)")
        }
        let outline = try run("qpdf", ["--json", "--json-key=outlines", path]).output
        #expect(outline.contains("\"第二章 😀\""), "\(outline)")
    }
}
