import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefExtract
#if canImport(Glibc)
import Glibc
#endif

/// Bad and unusual input, generated here: nothing crashes or hangs, what is skipped is a warning
/// with file and line, and every good fact of the same file still comes out.
@Suite struct BadInputTests {
    static let extractor = try! FactExtractor()
    static let seed = PackagePaths.seeds.appendingPathComponent("000_e9e3e1144b29cda2.txt")

    /// Writes `bytes` to a fresh temporary file and extracts it.
    func run(_ bytes: [UInt8], name: String = "input.txt") throws -> Warned<FileExtraction> {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return Self.extractor.extract(fileAt: url, name: name)
    }

    func seedBytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: Self.seed)) }

    func summary(_ facts: [Fact]) -> [String] {
        facts.map { "\($0.zone) \($0.metric) \($0.value) \($0.period?.description ?? "-") \($0.kind) \($0.source.line)" }
    }

    @Test func emptyFile() throws {
        let r = try run([])
        #expect(r.value.facts.isEmpty)
        #expect(r.diagnostics.map(\.description) == ["input.txt: warning: empty file; skipped"])
    }

    @Test func binaryFile() throws {
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let r = try run(bytes)
        #expect(r.value.facts.isEmpty)
        #expect(r.diagnostics.map(\.description) == ["input.txt: warning: binary file (not text); skipped"])
    }

    @Test func neitherUTF8NorGB18030() throws {
        // Latin-1 text with bytes no multi-byte encoding allows (0xFF, lone 0x80)
        var bytes: [UInt8] = []
        for _ in 0..<200 { bytes += Array("caf".utf8) + [0xE9, 0x20, 0xFF, 0x80, 0x20] + Array("na".utf8) + [0xEF, 0x76, 0x65, 0x0A] }
        let r = try run(bytes)
        #expect(r.value.facts.isEmpty)
        #expect(r.diagnostics.map(\.description) == ["input.txt: warning: neither UTF-8 nor GB18030 text; skipped"])
    }

    @Test func invalidUTF8InTheMiddle() throws {
        let clean = try run(seedBytes())
        var lines = try seedBytes().split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        lines[26] = Array(lines[26].prefix(30)) + [0xFF, 0xC3, 0x28, 0xE4] + Array(lines[26].dropFirst(30))   // line 27
        lines[40].insert(contentsOf: [0xC0, 0xAF], at: 0)                                                    // line 41, a fact line
        let r = try run(Array(lines.joined(separator: [0x0A])))
        #expect(r.diagnostics.map(\.description) == [
            "input.txt:27: warning: invalid UTF-8 bytes on this line; read around them",
            "input.txt:41: warning: invalid UTF-8 bytes on this line; read around them"])
        #expect(summary(r.value.facts) == summary(clean.value.facts))
    }

    @Test func gb18030IsDetected() throws {
        let utf8 = try seedBytes()
        let gb = try #require(Self.gb18030(utf8))
        #expect(gb != utf8)
        let a = try run(utf8), b = try run(gb)
        #expect(b.value.encoding == .gb18030)
        #expect(b.diagnostics.isEmpty)
        #expect(summary(b.value.facts) == summary(a.value.facts))
        #expect(b.value.facts.map(\.source.quote) == a.value.facts.map(\.source.quote))
    }

    @Test func gb18030AfterAnASCIIStart() throws {
        // 70 KB of ASCII first: nothing in the sniffed head tells the encoding
        let utf8 = try seedBytes()
        let gb = try #require(Self.gb18030(utf8))
        let head = Array(String(repeating: "ZoneBrief test page, ASCII only.\n", count: 2_200).utf8)
        let a = try run(utf8), b = try run(head + gb)
        #expect(b.value.encoding == .gb18030)
        #expect(b.diagnostics.isEmpty)
        #expect(b.value.facts.map { "\($0.zone) \($0.metric) \($0.value)" } == a.value.facts.map { "\($0.zone) \($0.metric) \($0.value)" })
    }

    @Test func bomAndCRLF() throws {
        let utf8 = try seedBytes()
        var crlf: [UInt8] = [0xEF, 0xBB, 0xBF]
        for b in utf8 { if b == 0x0A { crlf.append(0x0D) }; crlf.append(b) }
        let a = try run(utf8), b = try run(crlf)
        #expect(b.diagnostics.isEmpty)
        #expect(summary(b.value.facts) == summary(a.value.facts))
        #expect(!b.value.facts.contains { $0.source.quote.contains("\r") })
    }

    @Test func longLinesAreLinear() throws {
        // 100,000 characters without punctuation, then 100,000 characters of short sentences, then a fact
        var text = String(repeating: "高新区产业发展", count: 100_000 / 7) + "\n"
        text += String(repeating: "肇庆高新区完成工作。", count: 10_000) + "\n"
        text += "1-6月,肇庆高新区预计完成GDP108.8亿元,同比增长3%。\n"
        let started = Date()
        let r = try run(Array(text.utf8))
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(r.diagnostics.isEmpty)
        #expect(r.value.facts.count == 1)
        #expect(r.value.facts.first?.source.line == 3)
    }

    @Test func longSentenceFullOfFiguresIsCutIntoBoundedPieces() throws {
        // found by fuzzing: a line of figures with no punctuation at all made every figure rescan
        // the whole line (quadratic). Sentences are now cut at Article.maxSentenceScalars.
        let unit = "宝鸡高新区完成到位资金157.6亿元"
        let text = String(repeating: unit, count: 3_000) + "\n" + "1-6月,肇庆高新区预计完成GDP108.8亿元,同比增长3%。\n"
        let scalars = Array(text.unicodeScalars)
        let pieces = Article.sentences(in: scalars)
        #expect(pieces.allSatisfy { $0.count <= Article.maxSentenceScalars })
        #expect(pieces.map(\.count).reduce(0, +) == scalars.count)
        let r = try run(Array(text.utf8))
        #expect(r.value.facts.contains { $0.zone == "宝鸡高新区" && $0.metric == .funds_in_place && $0.value == 15_760_000_000 })
        #expect(r.value.facts.contains { $0.metric == .gdp && $0.source.line == 2 && $0.kind == .estimate })
    }

    @Test func longClauseIsCutAtItsLastClauseBreak() {
        let clause = Array(String(repeating: "中", count: 400).unicodeScalars) + ["，"]
        let text = clause + clause + clause
        let pieces = Article.sentences(in: text)
        #expect(pieces.map(\.count) == [401, 401, 401])
    }

    @Test func lineOverOneMiBIsCut() throws {
        // 1.5 MB on one line: sentences, then a run with no sentence end at all
        var text = String(repeating: "今年,肇庆高新区签约项目5个。", count: 20_000)
        text += String(repeating: "中", count: 600_000)
        text += "\n1-6月,肇庆高新区预计完成GDP108.8亿元。\n"
        let r = try run(Array(text.utf8))
        #expect(r.diagnostics.map(\.description) == ["input.txt:1: warning: line longer than 1024 KiB with no sentence end; cut into pieces"])
        #expect(r.value.facts.contains { $0.metric == .gdp && $0.source.line == 2 })
        #expect(r.value.facts.contains { $0.metric == .projects_signed && $0.source.line == 1 })
    }

    @Test func malformedNumbersWarnAndGoodFactsStay() throws {
        let text = """
        # 泉州高新区：上半年经济运行
        本报讯 2023年上半年,泉州高新区到位资金1..2亿元,入库税收亿亿元。
        上半年,泉州高新区进出口总额80亿元,同比增长5%。
        """
        let r = try run(Array(text.utf8))
        #expect(r.diagnostics.map(\.description) == [
            "input.txt:2: warning: cannot read the number '1..2亿'; skipped",
            "input.txt:2: warning: cannot read the number '亿亿元'; skipped"])
        #expect(r.value.facts.count == 1)
        #expect(r.value.facts.first?.metric == .trade_total && r.value.facts.first?.value == 8_000_000_000)
    }

    @Test func dotsWrittenAsAnEllipsisEndANumberWithoutAWarning() throws {
        // 不是第1就是第2......一般…: the dots are an ellipsis, not a broken decimal point
        let text = """
        2022年上半年,泉州高新区成绩单亮点纷呈,不是第1就是第2......一般公共预算收入居全市第2位。
        上半年,泉州高新区进出口总额80亿元,同比增长5%。
        """
        let r = try run(Array(text.utf8))
        #expect(r.diagnostics.isEmpty)
        #expect(r.value.facts.count == 1)
    }

    @Test func fiftyMegabytes() throws {
        // 50 MB: a seed page, 48 MB of filler text, the seed page again: memory stays flat, facts from both ends
        let page = try seedBytes()
        let filler = Array(String(repeating: "高新区企业发展持续向好。", count: 8_000).utf8) + [0x0A]
        var bytes = page + [0x0A]
        while bytes.count < 50_000_000 - page.count { bytes += filler }
        bytes += page
        let clean = try run(page)
        let r = try run(bytes)
        #expect(bytes.count >= 50_000_000)
        #expect(r.diagnostics.isEmpty)
        #expect(r.value.facts.count == 2 * clean.value.facts.count)
    }

    /// UTF-8 → GB18030 through iconv.
    static func gb18030(_ utf8: [UInt8]) -> [UInt8]? {
        let cd = iconv_open("GB18030", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = utf8
        var output = [UInt8](repeating: 0, count: utf8.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                var ip: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(i.baseAddress!).assumingMemoryBound(to: CChar.self)
                var il = i.count
                var op: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(o.baseAddress!).assumingMemoryBound(to: CChar.self)
                var ol = o.count
                return iconv(cd, &ip, &il, &op, &ol) == -1 ? nil : o.count - ol
            }
        }
        return produced.map { Array(output[..<$0]) }
    }
}
