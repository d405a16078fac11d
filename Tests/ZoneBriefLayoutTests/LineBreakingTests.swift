import Testing
@testable import ZoneBriefLayout

@Suite struct LineBreakingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var widthInCharacters: Int
        var testDescription: String { "\(text.prefix(12))… at \(widthInCharacters)" }
    }

    /// Texts where a naive break would put `，` `。` `、` `）` at a line start or `（` at an end,
    /// at every width from 3 to 20 characters.
    static let cases: [Case] = {
        let texts = [
            "园区实现地区生产总值，同比增长。其中（高技术制造业）占比、规模以上工业增加值。",
            "甲乙丙，丁戊己。庚辛壬、癸子丑（寅卯辰）巳午未；申酉戌！亥甲乙？丙丁戊：己庚辛“壬癸”子丑。",
            "R&D经费投入强度达3.5%，同比提高0.2个百分点（按可比口径计算），居全省第一。",
        ]
        return texts.flatMap { t in (3...20).map { Case(text: t, widthInCharacters: $0) } }
    }()

    @Test(arguments: cases)
    func fixedMeasurerHonoursKinsoku(_ c: Case) {
        let m = FixedAdvanceMeasurer()
        let shape = m.measure(c.text, style: TextStyle(size: 10), width: Double(c.widthInCharacters) * 10)
        let lines = shape.lineTexts
        #expect(lines.joined() == c.text.replacing(" ", with: ""))
        for (k, line) in lines.enumerated() {
            if k > 0, let first = line.first { #expect(!LineBreakRules.noLineStart.contains(first), "line \(k): \(line)") }
            if k < lines.count - 1, let last = line.last { #expect(!LineBreakRules.noLineEnd.contains(last), "line \(k): \(line)") }
            #expect(shape.lines[k].width <= Double(c.widthInCharacters) * 10 + 0.001 || line.count == 1)
        }
    }

    @Test func latinWordsAreNotBrokenWhenTheyFit() {
        let shape = FixedAdvanceMeasurer().measure("alpha beta gamma delta", style: TextStyle(size: 10), width: 60)
        #expect(shape.lineTexts == ["alpha beta", "gamma delta"])
    }

    @Test func trailingAlignmentPutsLinesAtTheRightEdge() {
        let shape = FixedAdvanceMeasurer().measure("12.5", style: TextStyle(size: 10, alignment: .trailing), width: 100)
        #expect(shape.lines[0].x == 80)
        #expect(shape.width == 100)
    }
}
