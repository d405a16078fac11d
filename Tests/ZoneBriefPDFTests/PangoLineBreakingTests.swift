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

    /// A text longer than `longestKeptText` is measured and its layout let go at once; set again
    /// from its source, it has the same lines. A shorter one's layout is kept for painting.
    @Test func aLongTextsLayoutIsNotKept() throws {
        let measurer = PangoMeasurer(fonts: try FontLibrary(directory: fontsDirectory), family: "ZoneBrief Sans SC")
        let long = String(repeating: "宝鸡高新区（2022年全年）、", count: PangoMeasurer.longestKeptText / 30 + 1)
        #expect(long.utf8.count > PangoMeasurer.longestKeptText)
        let shape = measurer.measure(long, style: TextStyle(size: 10), width: 300)
        #expect(measurer.keptLayouts == 0)
        let short = measurer.measure(Self.texts[0], style: TextStyle(size: 10), width: 300)
        #expect(measurer.keptLayouts == 1)
        #expect(measurer.layout(for: shape) != nil)
        #expect(measurer.keptLayouts == 2)
        let again = PangoMeasurer(fonts: try FontLibrary(directory: fontsDirectory), family: "ZoneBrief Sans SC", keepsLayouts: false)
        #expect(again.measure(long, style: TextStyle(size: 10), width: 300).lines == shape.lines)
        measurer.endPage(drawn: [shape.handle, short.handle])
        #expect(measurer.keptLayouts == 0)
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

/// `TextRun.noBreak` through Pango: a citation after a quote is never broken inside, at any
/// length of the quote; without it, some length breaks it; wider than the line, it breaks as usual.
@Suite struct PangoNoBreakTests {
    static let citation = "— seeds/zone-report.txt 第41行"

    func breaks(_ measurer: PangoMeasurer, quote: String, noBreak: Bool, width: Double) -> (inside: [Int], shape: TextShape) {
        let shape = measurer.measure([TextRun(quote), TextRun("　"), TextRun(Self.citation, noBreak: noBreak)],
                                     style: TextStyle(size: 10), width: width)
        let start = quote.utf8.count + "　".utf8.count, end = start + Self.citation.utf8.count
        return (shape.lines.dropFirst().map(\.bytes.lowerBound).filter { $0 > start && $0 < end }, shape)
    }

    @Test(arguments: [false, true])
    func citationStaysOnOneLine(numberingPass: Bool) throws {
        let fonts = try FontLibrary(directory: fontsDirectory)
        let measurer = PangoMeasurer(fonts: fonts, family: "ZoneBrief Sans SC", keepsLayouts: !numberingPass, linesOnly: numberingPass)
        var brokenWithout = 0
        for n in 1...30 {
            let quote = "“" + String(String(repeating: "园区实现地区生产总值", count: 3).prefix(n)) + "”"
            let kept = breaks(measurer, quote: quote, noBreak: true, width: 200)
            #expect(kept.inside.isEmpty, "quote of \(n): \(kept.shape.lineTexts)")
            if !breaks(measurer, quote: quote, noBreak: false, width: 200).inside.isEmpty { brokenWithout += 1 }
        }
        #expect(brokenWithout > 0)
    }

    @Test func citationWiderThanTheLineBreaksAsUsual() throws {
        let measurer = PangoMeasurer(fonts: try FontLibrary(directory: fontsDirectory), family: "ZoneBrief Sans SC")
        let (_, shape) = breaks(measurer, quote: "甲", noBreak: true, width: 80)
        #expect(shape.lines.count > 1)
        #expect(shape.lines.allSatisfy { $0.x + $0.width <= 80.01 }, "\(shape.lineTexts)")
        // A painter setting it again from its source gets the same lines.
        #expect(shape.source?.runs.contains(where: \.noBreak) == false)
    }
}

/// The numbering pass measures an unwrapped line from Pango's glyphs without a layout: the
/// numbers must be the layout's, to the last unit, or the two passes paginate differently.
@Suite struct PangoFastLineTests {
    static let texts: [[TextRun]] = [
        [TextRun("苏州工业园区")], [TextRun("1253.6")], [TextRun("+18.93%")], [TextRun("AVATAR Type WAVE")],
        [TextRun("2024年1—6月")], [TextRun("第 12 页 / 共 660 页")], [TextRun("R&D经费投入强度达3.5%，同比提高0.2个百分点")],
        [TextRun("“链长制”（注）")], [TextRun("甲\u{200B}乙\u{2060}丙\u{00A0}丁")], [TextRun("全角　空格")],
        [TextRun("亿元", bold: true)], [TextRun("增速"), TextRun("（%）", color: Color(0.1, 0.3, 0.6)), TextRun("同比", color: Color(0.8, 0.1, 0.1))],
        [TextRun("1.", bold: true), TextRun("苏州", bold: true, color: Color(0.1, 0.3, 0.6))],
        [TextRun("ꀀ😀 missing")], [TextRun("a")], [TextRun("…")], [TextRun("高新区\u{0301}")],
    ]

    @Test(arguments: [TextStyle(size: 10), TextStyle(size: 8.5, bold: true), TextStyle(size: 9, alignment: .trailing),
                      TextStyle(size: 22, bold: true, alignment: .center)])
    func fastLineMatchesTheLayout(style: TextStyle) throws {
        let fonts = try FontLibrary(directory: fontsDirectory)
        let measurer = PangoMeasurer(fonts: fonts, family: "ZoneBrief Sans SC", keepsLayouts: false)
        for runs in Self.texts {
            let line = try #require(measurer.shapedLine(runs, style: style), "\(runs.map(\.text))")
            let set = measurer.measure(runs, style: style, width: nil)
            #expect(set.lines == [line.metrics], "\(line.text): \(line.metrics) ≠ \(set.lines)")
        }
        // What a layout sets otherwise is left to it.
        for text in [" lead", "trail ", "two\nlines", "tab\there", ""] {
            #expect(measurer.shapedLine([TextRun(text)], style: style) == nil, "\(text)")
        }
        #expect(measurer.shapedLine([TextRun("行距")], style: TextStyle(size: 10, lineSpacing: 1.4)) == nil)
        if !style.bold {
            // Two weights in one line: a layout's line is taller than the runs' glyphs say.
            #expect(measurer.shapedLine([TextRun("增速"), TextRun("（%）", bold: true)], style: style) == nil)
        }
    }
}
