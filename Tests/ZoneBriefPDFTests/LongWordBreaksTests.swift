import Testing
import ZoneBriefLayout
@testable import ZoneBriefPDF

/// Long words get zero-width break opportunities so Pango's line breaking stays linear
/// (a 6,000-letter word took 10 s before, found by fuzzing the layout).
@Suite struct LongWordBreaksTests {
    @Test func ordinaryTextIsUnchanged() {
        for t in ["", "肇庆高新区1-6月预计完成GDP108.8亿元,同比增长3%。", "https://example.cn/a/b?x=1 and more",
                  String(repeating: "高", count: 5_000), String(repeating: "W", count: LongWordBreaks.span)] {
            #expect(LongWordBreaks.insert(into: t) == t)
        }
    }

    @Test func longWordsGetAZeroWidthSpaceEverySpanLetters() {
        let word = String(repeating: "W", count: 3 * LongWordBreaks.span + 5)
        let out = LongWordBreaks.insert(into: "前 " + word + " 后")
        #expect(out.unicodeScalars.filter { $0 == LongWordBreaks.zeroWidthSpace }.count == 3)
        #expect(out.replacing("\u{200B}", with: "") == "前 " + word + " 后")
        let pieces = out.split(separator: "\u{200B}")
        #expect(pieces.dropFirst().dropLast().allSatisfy { $0.unicodeScalars.count == LongWordBreaks.span })
    }

    @Test func runsKeepTheirStyles() {
        let runs = [TextRun("短", bold: true), TextRun(String(repeating: "9", count: 100), color: Color(1, 0, 0))]
        let out = LongWordBreaks.insert(into: runs)
        #expect(out.map(\.bold) == [true, false])
        #expect(out[0].text == "短")
        #expect(out[1].text.unicodeScalars.count == 102)
        #expect(out[1].color == Color(1, 0, 0))
    }
}
