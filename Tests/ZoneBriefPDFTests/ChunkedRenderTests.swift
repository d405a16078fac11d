import Foundation
import Testing
import ZoneBriefLayout

@testable import ZoneBriefPDF

extension Rendered {
    /// The sample painted two pages to a surface: chunks merged by `PDFMerger`.
    static let chunked: Rendered = {
        let dir = try! temporaryDirectory()
        let renderer = try! PDFRenderer(fontsDirectory: fontsDirectory)
        renderer.chunkPages = 2
        let path = dir + "/chunked.pdf"
        let report = try! renderer.render(SampleDocument.make(), to: path)
        return Rendered(path: path, report: report, outline: renderer.layout(SampleDocument.make()).outline)
    }()
}

/// A PDF's objects as `qpdf --json` gives them (version 2: references `"N 0 R"`, strings `"u:…"`).
struct QPDFObjects {
    let objects: [String: Any]
    /// The pages' references, in order.
    let pages: [String]

    init(path: String) throws {
        let r = try run("qpdf", ["--json", "--json-key=qpdf", "--json-key=pages", path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
        let qpdf = try #require(json["qpdf"] as? [Any])
        let all = try #require(qpdf[1] as? [String: Any])
        var objects: [String: Any] = [:]
        for (key, value) in all {
            guard let v = (value as? [String: Any])?["value"] ?? ((value as? [String: Any])?["stream"] as? [String: Any])?["dict"] else { continue }
            objects[key.hasPrefix("obj:") ? String(key.dropFirst(4)) : key] = v
        }
        self.objects = objects
        pages = (json["pages"] as? [[String: Any]] ?? []).compactMap { $0["object"] as? String }
    }

    /// A value with a reference followed.
    func resolve(_ v: Any?) -> Any? {
        if let s = v as? String, s.hasSuffix(" 0 R") { return objects[s] }
        return v
    }
    func dict(_ v: Any?) -> [String: Any]? { resolve(v) as? [String: Any] }
    func array(_ v: Any?) -> [Any] { resolve(v) as? [Any] ?? [] }
    var catalog: [String: Any]? { dict((objects["trailer"] as? [String: Any])?["/Root"]) }

    /// A name or number tree's entries, through its kids.
    func treeEntries(_ node: Any?, key: String) -> [(Any, Any)] {
        guard let d = dict(node) else { return [] }
        let flat = array(d[key])
        var out = stride(from: 0, to: flat.count - 1, by: 2).map { (flat[$0], flat[$0 + 1]) }
        for kid in array(d["/Kids"]) { out += treeEntries(kid, key: key) }
        return out
    }

    /// Every link annotation: its page (1-based), the name it goes to, and the page (1-based) of
    /// the named destination in the `/Dests` name tree (nil when the name is not there).
    func links() -> [(page: Int, name: String, target: Int?)] {
        let names = dict(catalog?["/Names"])?["/Dests"]
        var dests: [String: Int] = [:]
        for (name, value) in treeEntries(names, key: "/Names") {
            if let n = name as? String, let page = array(value).first as? String, let k = pages.firstIndex(of: page) { dests[n] = k + 1 }
        }
        var out: [(Int, String, Int?)] = []
        for (k, page) in pages.enumerated() {
            for annot in array(dict(page)?["/Annots"]) {
                guard let a = dict(annot), let name = a["/Dest"] as? String else { continue }
                out.append((k + 1, name, dests[name]))
            }
        }
        return out
    }
}

/// A document longer than `chunkPages` painted in chunks and merged: read back with qpdf, poppler
/// and fontTools, it is the document one surface makes (same text, structure tree, outline, links).
@Suite struct ChunkedRenderTests {
    let sample = Rendered.sample
    let chunked = Rendered.chunked

    @Test func qpdfFindsNoDamage() throws {
        #expect(chunked.report.pageCount == sample.report.pageCount)
        #expect(chunked.report.warnings.isEmpty, "\(chunked.report.warnings)")
        let r = try run("qpdf", ["--check", chunked.path])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("No syntax or stream encoding errors found"))
    }

    /// The merged path was taken: one ParentTree kid per chunk of two pages.
    @Test func oneParentTreeKidPerChunk() throws {
        let pdf = try QPDFObjects(path: chunked.path)
        let tree = try #require(pdf.dict(pdf.catalog?["/StructTreeRoot"]))
        let parentTree = try #require(pdf.dict(tree["/ParentTree"]))
        #expect(pdf.array(parentTree["/Kids"]).count == (sample.report.pageCount + 1) / 2)
    }

    @Test func sameTextAndMetadata() throws {
        let one = try run("pdftotext", ["-layout", sample.path, "-"]).output
        let merged = try run("pdftotext", ["-layout", chunked.path, "-"]).output
        #expect(!merged.isEmpty)
        #expect(merged == one)
        let info = try run("pdfinfo", [chunked.path]).output
        for line in ["Title:           高新区经济运行对比简报\n", "Author:          ZoneBrief 测试\n", "CreationDate:    Tue Oct  1 01:00:00 2024 UTC\n",
                     "Tagged:          yes\n", "Pages:           \(sample.report.pageCount)\n"] {
            #expect(info.contains(line), "pdfinfo lacks \(line)")
        }
    }

    @Test func languageAndMarkInfoInTheOneCatalog() throws {
        let pdf = try QPDFObjects(path: chunked.path)
        let catalog = try #require(pdf.catalog)
        #expect(catalog["/Lang"] as? String == "u:zh-CN")
        #expect((catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true)
        #expect(pdf.objects.values.filter { ($0 as? [String: Any])?["/Type"] as? String == "/Catalog" }.count == 1)
        #expect(pdf.objects.values.filter { ($0 as? [String: Any])?["/Type"] as? String == "/StructTreeRoot" }.count == 1)
    }

    /// `pdfinfo -struct-text` (every element, its attributes and its text) is the one surface's,
    /// but for object numbers.
    @Test func sameStructureTree() throws {
        func tree(_ path: String) throws -> [String] {
            try run("pdfinfo", ["-struct-text", path]).output.split(separator: "\n").map {
                String($0).replacing(/Object \d+ \d+/, with: "Object")
            }
        }
        let merged = try tree(chunked.path)
        #expect(merged.first == "Document")
        #expect(merged.contains { $0.contains("/Scope /Column") })
        #expect(merged.count > 100)
        #expect(merged == (try tree(sample.path)))
    }

    /// Every page's `/StructParents` and every link's `/StructParent` find their own elements in
    /// the merged ParentTree; the next key is past the last.
    @Test func parentTreeKeysPointAtTheirPages() throws {
        let pdf = try QPDFObjects(path: chunked.path)
        let tree = try #require(pdf.dict(pdf.catalog?["/StructTreeRoot"]))
        var entries: [Int: Any] = [:]
        for (key, value) in pdf.treeEntries(tree["/ParentTree"], key: "/Nums") {
            let k = try #require(key as? Int)
            #expect(entries[k] == nil, "key \(k) twice")
            entries[k] = value
        }
        #expect(tree["/ParentTreeNextKey"] as? Int == (entries.keys.max() ?? -1) + 1)
        var links = 0
        for page in pdf.pages {
            let p = try #require(pdf.dict(page))
            let pageKey = try #require(p["/StructParents"] as? Int)
            for element in pdf.array(entries[pageKey]) {
                #expect(pdf.dict(element)?["/Pg"] as? String == page)
            }
            for annot in pdf.array(p["/Annots"]) {
                let a = try #require(pdf.dict(annot))
                let key = try #require(a["/StructParent"] as? Int)
                let element = try #require(pdf.dict(entries[key]))
                #expect(element["/S"] as? String == "/Link")
                let kids = element["/K"] as? [Any] ?? [element["/K"] as Any]
                #expect(kids.contains { ($0 as? [String: Any])?["/Obj"] as? String == annot as? String })
                links += 1
            }
        }
        #expect(links == 7)
    }

    /// Each section's parent is the one Document element; the Document's is the root.
    @Test func sectionsHangFromTheDocument() throws {
        let pdf = try QPDFObjects(path: chunked.path)
        let root = try #require(pdf.catalog?["/StructTreeRoot"] as? String)
        let tree = try #require(pdf.dict(root))
        let kids = pdf.array(tree["/K"])
        #expect(kids.count == 1)
        let document = try #require(kids.first as? String)
        #expect(pdf.dict(document)?["/S"] as? String == "/Document")
        #expect(pdf.dict(document)?["/P"] as? String == root)
        let sections = pdf.array(pdf.dict(document)?["/K"])
        #expect(sections.count == sample.report.pageCount)
        for s in sections { #expect(pdf.dict(s)?["/P"] as? String == document) }
    }

    /// The contents on page 2 link to headings on pages of later chunks: every link's name is in
    /// the one `/Dests` tree and goes to the page the one surface's does.
    @Test func namedDestinationsResolveAcrossChunks() throws {
        let merged = try QPDFObjects(path: chunked.path).links()
        let one = try QPDFObjects(path: sample.path).links()
        #expect(merged.count == 7)
        for l in merged { #expect(l.target != nil, "link on page \(l.page) to \(l.name) goes nowhere") }
        #expect(merged.contains { $0.page <= 2 && ($0.target ?? 0) > 4 }, "no link from the first chunk to a later one")
        #expect(merged.map(\.page) == one.map(\.page))
        #expect(merged.map(\.name) == one.map(\.name))
        #expect(merged.map(\.target) == one.map(\.target))
    }

    @Test func outlineMatchesTheHeadings() throws {
        try expectOutline(of: chunked.path, toMatch: sample)
    }

    /// Alternate texts of the figures, in the order of the tree, are the one surface's.
    @Test func figuresHaveTheirAlternateTexts() throws {
        func alts(_ path: String) throws -> [String] {
            let pdf = try QPDFObjects(path: path)
            var out: [String] = []
            func walk(_ e: Any?) {
                guard let d = pdf.dict(e), d["/Type"] as? String == "/StructElem" || d["/S"] != nil else { return }
                if d["/S"] as? String == "/Figure" { out.append(d["/Alt"] as? String ?? "none") }
                for k in d["/K"] as? [Any] ?? [d["/K"] as Any] where k is String { walk(k) }
            }
            walk(pdf.array(pdf.dict(pdf.catalog?["/StructTreeRoot"])?["/K"]).first)
            return out
        }
        let merged = try alts(chunked.path)
        #expect(merged.count >= 3)
        #expect(!merged.contains("none"))
        #expect(merged == (try alts(sample.path)))
    }

    @Test func everyFontIsEmbeddedAndSubset() throws {
        let rows = try run("pdffonts", [chunked.path]).output.split(separator: "\n").dropFirst(2)
        // A subset of each font per chunk.
        #expect(rows.count > 2)
        for row in rows {
            let cols = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(cols[0].contains("+"), "\(row)")
            #expect(Array(cols.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    @Test(.enabled(if: glyphCheckPython != nil, "no Python with fontTools and pypdf (set ZB_PYTHON; scripts/test does)"))
    func everyEmbeddedGlyphIsIntact() throws {
        let r = try run(glyphCheckPython!, [repositoryRoot + "/Tests/ZoneBriefPDFTests/Tools/check_glyphs.py", chunked.path])
        #expect(r.output.hasPrefix("ok "), "check_glyphs: \(r.output)")
    }

    /// An error from the write function while chunks are merged stops the render as it was thrown.
    @Test func writeErrorWhileMergingComesBackAsThrown() throws {
        struct DiskFull: Error, Equatable {}
        let renderer = try PDFRenderer(fontsDirectory: fontsDirectory)
        renderer.chunkPages = 2
        var written = 0
        #expect(throws: DiskFull()) {
            _ = try renderer.render(SampleDocument.make(), named: "x.pdf") { bytes in
                if written + bytes.count > 30_000 { throw DiskFull() }
                written += bytes.count
            }
        }
    }
}

/// The merger's rewriting of object text: references renumbered, keys moved, nothing else touched.
@Suite struct PDFMergerSyntaxTests {
    func rewritten(_ text: String, keyOffset: Int = 0) -> (String, Int?) {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        let stream = Syntax.rewrite(bytes, into: &out, keyOffset: keyOffset) { $0 == 1 ? 2 : $0 + 100 }
        return (String(decoding: out, as: UTF8.self), stream)
    }

    @Test func referencesAreRenumbered() {
        #expect(rewritten("<< /Type /Page % 1\n   /Parent 1 0 R\n   /Annots [ 10 0 R 11 0 R ]\n>>").0
                == "<< /Type /Page % 1\n   /Parent 2 0 R\n   /Annots [ 110 0 R 111 0 R ]\n>>")
        #expect(rewritten("[12 0 R /XYZ 10 280 0]").0 == "[112 0 R /XYZ 10 280 0]")
        #expect(rewritten("<< /K [ << /Type /OBJR /Obj 10 0 R >> 1 ] >>").0 == "<< /K [ << /Type /OBJR /Obj 110 0 R >> 1 ] >>")
    }

    @Test func stringsNamesAndNumbersAreLeftAlone() {
        let text = "<< /Title (see 5 0 R \\) 6 0 R) /T <FEFF0035> /F1 3 /Rect [ 10.5 -3 0 5 ] /N 7 0 >>"
        #expect(rewritten(text).0 == text)
    }

    @Test func structParentKeysMove() {
        #expect(rewritten("<< /StructParents 3\n   /StructParent 0\n   /K 4\n>>", keyOffset: 40).0
                == "<< /StructParents 43\n   /StructParent 40\n   /K 4\n>>")
    }

    @Test func streamDataIsNotRead() {
        let (out, stream) = rewritten("<< /Length 9 0 R >>\nstream\n1 0 R\nendstream")
        #expect(out == "<< /Length 109 0 R >>\n")
        #expect(stream == 20)
    }

    @Test func destinationNamesAsCairoWritesThem() {
        #expect(Syntax.pdfString("zone-1") == "(zone-1)")
        #expect(Syntax.pdfString("a(b)") == "(a\\(b\\))")
        #expect(Syntax.pdfString("园区") == "<FEFF56ED533A>")
        var i = 0
        #expect(Syntax.string(Array("(a\\(b\\))".utf8), &i) == Array("a(b)".utf8))
    }
}
