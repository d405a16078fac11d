import Foundation
import Testing
import ZoneBriefLayout

@testable import ZoneBriefPDF

/// The tagged PDF read back: its language, one Document element of page sections, headings,
/// paragraphs, tables with scoped header cells, figures with alternate text, and the headings in
/// the structure tree in the order the document has them.
@Suite struct StructureTreeTests {
    let sample = Rendered.sample

    /// `pdfinfo -struct-text`: one element a line, indented by depth; texts quoted.
    func tree() throws -> [String] {
        let r = try run("pdfinfo", ["-struct-text", sample.path])
        #expect(r.status == 0)
        return r.output.split(separator: "\n").map(String.init)
    }

    @Test func languageIsChineseInTheCatalog() throws {
        let trailer = try run("qpdf", ["--show-object=trailer", sample.path]).output
        let root = trailer.split(separator: "/Root ")[1].split(separator: " ")[0]
        let catalog = try run("qpdf", ["--show-object=\(root)", sample.path]).output
        #expect(catalog.contains("/Lang (zh-CN)"), "\(catalog)")
        #expect(catalog.contains("/MarkInfo << /Marked true >>"))
        // The update keeps the file sound.
        let check = try run("qpdf", ["--check", sample.path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func elementsOfEveryKind() throws {
        let lines = try tree()
        #expect(lines.first == "Document")
        let names = Set(lines.map { $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? "" })
        for role in ["Sect", "H1", "H2", "P", "Table", "Caption", "TR", "TH:", "TD", "Figure", "TOC", "TOCI"] {
            #expect(names.contains(role), "no \(role) in the structure tree")
        }
        // Header cells are column headers.
        let th = lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces) == "TH:" }
        #expect(!th.isEmpty)
        for k in th { #expect(lines[k + 1].contains("/Scope /Column")) }
        // A table row holds its cells' texts.
        #expect(lines.contains { $0.contains("\"成都高新技术产业开发区（7）\"") })
    }

    /// Headings come in the tree in the order of the document (reading order is the visual order).
    @Test func headingsInDocumentOrder() throws {
        let lines = try tree()
        var headings: [String] = []
        for (k, line) in lines.enumerated() where line.trimmingCharacters(in: .whitespaces).hasPrefix("H") && k + 1 < lines.count {
            let text = lines[k + 1].trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("\"") { headings.append(String(text.dropFirst().dropLast())) }
        }
        var expected: [String] = []
        for case .heading(let h) in SampleDocument.make().blocks.flatMap(Self.flattened) { expected.append(h.text) }
        #expect(headings.filter { expected.contains($0) } == expected)
    }

    static func flattened(_ b: Block) -> [Block] {
        if case .keepTogether(let inner) = b { return inner.flatMap(flattened) }
        return [b]
    }

    /// Every figure carries its alternate text (its categories and values when the composer gave none).
    @Test func figuresHaveAlternateText() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: sample.path))
        let text = String(decoding: data, as: Unicode.ASCII.self)
        let figures = text.ranges(of: "/S /Figure").count
        let alts = text.ranges(of: "/Alt <FEFF").count
        #expect(figures >= 3)
        // Each figure object is written again with its /Alt in the update.
        #expect(alts * 2 == figures, "\(figures) figure objects (old and new), \(alts) alternate texts")
        let lines = try tree()
        #expect(lines.filter { $0.trimmingCharacters(in: .whitespaces) == "Figure" }.count * 1 >= 3)
    }
}
