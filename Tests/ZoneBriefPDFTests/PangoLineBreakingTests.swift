import Testing
import ZoneBriefLayout
@testable import ZoneBriefPDF

/// Pango's own line breaking, checked against the same kinsoku sets the fixed measurer uses.
@Suite struct PangoLineBreakingTests {
    static let texts = [
        "园区实现地区生产总值，同比增长。其中（高技术制造业）占比、规模以上工业增加值。",
        "甲乙丙，丁戊己。庚辛壬、癸子丑（寅卯辰）巳午未；申酉戌！亥甲乙？丙丁戊：己庚辛“壬癸”子丑。",
        "R&D经费投入强度达3.5%，同比提高0.2个百分点（按可比口径计算），居全省第一。",
        "实际使用外资12.5亿美元，新增高新技术企业105家（其中：独角兽企业3家）、瞪羚企业12家。",
    ]

    // From 4 characters: at 3, "3.5%，" (unbreakable, about 3.2 characters wide) cannot fit any line,
    // so Pango must break inside it; no break would be right there.
    @Test(arguments: 4...24)
    func noLineStartsWithClosingOrEndsWithOpeningPunctuation(widthInCharacters: Int) throws {
        let fonts = try FontLibrary(directory: fontsDirectory)
        let measurer = PangoMeasurer(fonts: fonts, family: "ZoneBrief Sans SC")
        for text in Self.texts {
            let shape = measurer.measure(text, style: TextStyle(size: 10), width: Double(widthInCharacters) * 10 + 0.5)
            let lines = shape.lineTexts.map { $0.trimmingSuffix(" ") }
            #expect(lines.joined() == text)
            for (k, line) in lines.enumerated() {
                if k > 0, let first = line.first {
                    #expect(!LineBreakRules.noLineStart.contains(first), "width \(widthInCharacters), line \(k): \(line) in \(lines)")
                }
                if k < lines.count - 1, let last = line.last {
                    #expect(!LineBreakRules.noLineEnd.contains(last), "width \(widthInCharacters), line \(k): \(line)")
                }
            }
        }
    }

    @Test func sizesAreAbsolutePoints() throws {
        let measurer = PangoMeasurer(fonts: try FontLibrary(directory: fontsDirectory), family: "ZoneBrief Sans SC")
        let shape = measurer.measure("一二三四五六七八九十", style: TextStyle(size: 12), width: nil)
        #expect(abs(shape.width - 120) < 0.5, "10 ideographs at 12 pt are 120 pt wide, got \(shape.width)")
    }
}

extension String {
    func trimmingSuffix(_ c: Character) -> String {
        var s = self
        while s.last == c { s.removeLast() }
        return s
    }
}
