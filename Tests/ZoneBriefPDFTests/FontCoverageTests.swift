import Testing
@testable import ZoneBriefPDF

/// What `zonebrief doctor` asks of the renderer: characters the fonts lack, library versions.
@Suite struct FontCoverageTests {
    static let fonts = #filePath.components(separatedBy: "/Tests/")[0] + "/Fonts"

    @Test func namesTheCharactersNoFontHas() throws {
        let r = try PDFRenderer(fontsDirectory: Self.fonts)
        #expect(r.missingCharacters(in: "肇庆高新区 GDP 108.8亿元，同比增长3%。") == [])
        // a word joiner is invisible: not asked about; an emoji and a Yi syllable are missing
        #expect(r.missingCharacters(in: "A\u{2060}B😀ꀀ😀").map(\.value) == [0x1F600, 0xA000])
    }

    @Test func libraryVersionsAreNumbers() {
        let v = PDFRenderer.libraryVersions
        #expect(v.map(\.name) == ["cairo", "pango", "fontconfig"])
        #expect(v.allSatisfy { $0.version.split(separator: ".").count == 3 })
    }
}
