import Foundation
import Testing
import ZoneBriefLayout
@testable import ZoneBriefPDF

/// The sample document rendered once; the tests read it back with poppler, qpdf and fontTools.
struct Rendered: Sendable {
    var path: String
    var report: RenderReport
    var outline: [OutlineEntry]

    static let sample: Rendered = {
        let dir = try! temporaryDirectory()
        let renderer = try! PDFRenderer(fontsDirectory: fontsDirectory)
        let path = dir + "/sample.pdf"
        let report = try! renderer.render(SampleDocument.make(), to: path)
        return Rendered(path: path, report: report, outline: renderer.layout(SampleDocument.make()).outline)
    }()
}

/// The bookmarks of the PDF at `path` (qpdf's reading) are the headings of `sample` that go in
/// the outline: titles, levels and pages.
func expectOutline(of path: String, toMatch sample: Rendered) throws {
    let r = try run("qpdf", ["--json", "--json-key=outlines", path])
    let json = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any]
    let outlines = try #require(json?["outlines"] as? [[String: Any]])
    func flatten(_ items: [[String: Any]], depth: Int) -> [(String, Int, Int)] {
        items.flatMap { item -> [(String, Int, Int)] in
            let title = item["title"] as? String ?? ""
            let page = item["destpageposfrom1"] as? Int ?? -1
            return [(title, depth, page)] + flatten(item["kids"] as? [[String: Any]] ?? [], depth: depth + 1)
        }
    }
    let got = flatten(outlines, depth: 1)
    let want = sample.outline.filter(\.inOutline).map { ($0.title, $0.level, $0.page) }
    #expect(got.map(\.0) == ["一、概述", "（一）增速", "二、分园区指标", "（二）排名", "三、说明"])
    #expect(got.map(\.0) == want.map(\.0))
    #expect(got.map(\.1) == want.map(\.1))
    #expect(got.map(\.2) == want.map(\.2))
}

@Suite struct ReadBackTests {
    let sample = Rendered.sample

    @Test func pageCountAndMetadata() throws {
        let info = try run("pdfinfo", [sample.path]).output
        #expect(sample.report.warnings.isEmpty, "\(sample.report.warnings)")
        #expect(sample.report.pageCount >= 6)
        #expect(info.contains("Pages:           \(sample.report.pageCount)\n"))
        #expect(info.contains("Title:           高新区经济运行对比简报\n"))
        #expect(info.contains("Subject:         高新区对比\n"))
        #expect(info.contains("Author:          ZoneBrief 测试\n"))
        #expect(info.contains("Keywords:        高新区, 简报\n"))
        #expect(info.contains("Creator:         ZoneBrief\n"))
        #expect(info.contains("CreationDate:    Tue Oct  1 01:00:00 2024 UTC\n"))
        #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"))
    }

    @Test func chineseComesBackAsText() throws {
        // pdftotext's spacing is its own guess: compare with spaces removed.
        let text = try run("pdftotext", ["-layout", sample.path, "-"]).output.filter { !$0.isWhitespace }
        let n = sample.report.pageCount
        for expected in [SampleDocument.sentence, "各园区主要指标分列如下", "分园区主要指标", "成都高新技术产业开发区",
                         "2021年全年", "单位：亿元", "第 2 页 / 共 \(n) 页", "第 \(n) 页 / 共 \(n) 页", "数据来源于各园区管委会"] {
            #expect(text.contains(expected.filter { !$0.isWhitespace }), "pdftotext lacks “\(expected)”")
        }
        #expect(!text.contains("第1页"), "the cover has no page number")
    }

    @Test func everyFontIsOursEmbeddedAndSubset() throws {
        let rows = try run("pdffonts", [sample.path]).output.split(separator: "\n").dropFirst(2)
        #expect(rows.count >= 2)
        var families = Set<String>()
        for row in rows {
            let cols = row.split(separator: " ", omittingEmptySubsequences: true)
            let name = String(cols[0])
            families.insert(String(name.split(separator: "+").last!))
            #expect(name.contains("+"), "\(name) is not a subset")
            // emb sub uni are the three yes/no columns before the object number.
            let flags = cols.suffix(5).prefix(3)
            #expect(Array(flags) == ["yes", "yes", "yes"], "\(row)")
        }
        #expect(families == ["ZoneBriefSansSC-Regular", "ZoneBriefSansSC-Bold"])
    }

    @Test func qpdfFindsNoDamage() throws {
        let r = try run("qpdf", ["--check", sample.path])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("No syntax or stream encoding errors found"))
    }

    @Test func outlineMatchesTheHeadings() throws {
        try expectOutline(of: sample.path, toMatch: sample)
    }

    @Test func linksAreWritten() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: sample.path))
        let bytes = String(decoding: data, as: UTF8.self)
        // Contents: 5 entries; the paragraph's “第二节”; the table cell linking to s2.
        #expect(bytes.components(separatedBy: "/Subtype /Link").count - 1 == 7)
        #expect(bytes.contains("/Dests"))
    }

    @Test(.enabled(if: glyphCheckPython != nil, "no Python with fontTools and pypdf (set ZB_PYTHON; scripts/test does)"))
    func everyEmbeddedGlyphIsIntact() throws {
        let script = repositoryRoot + "/Tests/ZoneBriefPDFTests/Tools/check_glyphs.py"
        let r = try run(glyphCheckPython!, [script, sample.path])
        #expect(r.output.hasPrefix("ok "), "check_glyphs: \(r.output)")
    }
}
