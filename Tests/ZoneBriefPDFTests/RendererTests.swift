import Foundation
import Testing
import ZoneBriefLayout
@testable import ZoneBriefPDF

@Suite struct RendererTests {
    @Test func twoRunsAreByteIdentical() throws {
        let dir = try temporaryDirectory()
        let a = try PDFRenderer(fontsDirectory: fontsDirectory).render(SampleDocument.make(), to: dir + "/a.pdf")
        let b = try PDFRenderer(fontsDirectory: fontsDirectory).render(SampleDocument.make(), to: dir + "/b.pdf")
        #expect(a.pageCount == b.pageCount)
        let da = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.pdf"))
        let db = try Data(contentsOf: URL(fileURLWithPath: dir + "/b.pdf"))
        #expect(da.count > 10_000)
        #expect(da == db)
    }

    @Test func missingFontsFolderIsAClearError() {
        #expect(throws: RenderError.noFonts(directory: "/nonexistent/Fonts")) {
            try PDFRenderer(fontsDirectory: "/nonexistent/Fonts")
        }
        #expect(RenderError.noFonts(directory: "/x").description
                == "/x: no font files (.ttf, .otf, .ttc) found; run scripts/make-fonts or pass the project's Fonts/ folder")
    }

    @Test func emptyFontsFolderAndUnknownFamilyAreErrors() throws {
        let empty = try temporaryDirectory()
        #expect(throws: RenderError.noFonts(directory: empty)) { try PDFRenderer(fontsDirectory: empty) }
        do {
            _ = try PDFRenderer(fontsDirectory: fontsDirectory, family: "Nonesuch Sans")
            Issue.record("no error for an unknown family")
        } catch let e as RenderError {
            #expect(e.description == "\(fontsDirectory): no font family “Nonesuch Sans” among the fonts there (found: ZoneBrief Sans SC)")
        }
    }

    @Test func aFileThatIsNotAFontIsAnError() throws {
        let dir = try temporaryDirectory()
        try Data("not a font".utf8).write(to: URL(fileURLWithPath: dir + "/broken.ttf"))
        #expect(throws: RenderError.unloadableFont(path: dir + "/broken.ttf")) { try PDFRenderer(fontsDirectory: dir) }
    }

    @Test func failedWriteLeavesNothingBehind() throws {
        let dir = try temporaryDirectory()
        let renderer = try PDFRenderer(fontsDirectory: fontsDirectory)
        #expect(throws: RenderError.self) { try renderer.render(SampleDocument.make(), to: dir + "/missing/dir/x.pdf") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        // A good render replaces an existing file and leaves no temporary file.
        try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/out.pdf"))
        _ = try renderer.render(SampleDocument.make(), to: dir + "/out.pdf")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.pdf"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/out.pdf")).prefix(5) == Data("%PDF-".utf8))
    }

    @Test func charactersTheFontsLackAreWarned() throws {
        let dir = try temporaryDirectory()
        let report = try PDFRenderer(fontsDirectory: fontsDirectory).render(SampleDocument.make(extraText: "😀"), to: dir + "/w.pdf")
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.hasPrefix("the fonts lack 😀 (U+1F600)") == true)
    }

    @Test(arguments: [("2024-10-01T09:00:00+08:00", nil, "2024-10-01T09:00:00+08:00", false),
                      ("2024-10-01", nil, "2024-10-01", false),
                      ("", "1700000000", "2023-11-14T22:13:20Z", true),
                      ("yesterday", nil, "1970-01-01T00:00:00Z", true),
                      ("2024-13", "x", "1970-01-01T00:00:00Z", true)] as [(String, String?, String, Bool)])
    func creationDate(_ given: String, _ epoch: String?, _ expected: String, _ warns: Bool) {
        let r = CreationDate.resolve(given, environment: epoch)
        #expect(r.value == expected)
        #expect((r.warning != nil) == warns)
    }
}
