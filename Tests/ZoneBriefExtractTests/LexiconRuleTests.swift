import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefExtract

/// The words of the extractor's rules are lexicon data (`rule` entries, rules.tsv): the built-in
/// lexicon gives every role, and a user's lexicon line can change them.
@Suite struct LexiconRuleTests {
    static func folded(_ s: String) -> [Unicode.Scalar] { s.unicodeScalars.map(ScalarText.fold) }

    @Test func builtInLexiconGivesEveryRole() throws {
        let loaded = try Lexicon.builtIn()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        for role in Lexicon.Rules.Role.allCases {
            #expect(!loaded.value.rules.words(role).isEmpty, "no words for rule '\(role.rawValue)'")
        }
        let display = loaded.value.display
        for u in FactUnit.allCases where u != .count && u != .percent { #expect(display.units[u] != nil, "no display word for \(u)") }
        for a in Approx.allCases { #expect(display.approx[a] != nil, "no display word for \(a)") }
        #expect(display.target != nil)
    }

    @Test func aFolderWithoutRuleWordsIsAWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zonebrief-rules-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "zone\t东湖高新区\n".write(to: dir.appendingPathComponent("zones.tsv"), atomically: true, encoding: .utf8)
        let loaded = try Lexicon.load(dataFolder: dir)
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.message.hasPrefix("lexicon: no words for rule role(s) as-of, as-of-month, to-date,") == true, "\(loaded.diagnostics)")
    }

    @Test func aUserLineAddsARangeJoiner() throws {
        var lexicon = try Lexicon.builtIn().value
        let text = Self.folded("今年1〜5月，全区实现营业收入1万〜5万元")
        let before = PeriodRecognizer(lexicon: lexicon).recognize(text)
        #expect(!before.contains { $0.shape == .months(1, 5) })
        var bad: [MalformedNumber] = []
        #expect(NumberRecognizer(lexicon: lexicon).recognize(text, malformed: &bad).map(\.isRangeEnd) == [false])   // 5万元

        let diagnostics = lexicon.add(text: "# my joiners\nrule\trange-joiner\t〜\n", file: "mine.tsv")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(lexicon.rules.words(.rangeJoiner).contains("〜"))
        let after = PeriodRecognizer(lexicon: lexicon).recognize(text)
        #expect(after.first.map { $0.shape == .months(1, 5) && $0.year == .relative(0) } == true, "\(after)")
        let numbers = NumberRecognizer(lexicon: lexicon).recognize(text, malformed: &bad)
        #expect(numbers.map(\.isRangeEnd) == [true], "\(numbers)")   // 5万元 ends the range 1万〜5万元
    }

    @Test func aUserLineReplacesAOneWordRole() throws {
        var lexicon = try Lexicon.builtIn().value
        #expect(lexicon.rules.projectNoun == Self.folded("项目"))
        #expect(lexicon.add(text: "rule\tproject\t工程\n", file: "mine.tsv").isEmpty)
        #expect(lexicon.rules.projectNoun == Self.folded("工程"))
        #expect(lexicon.add(text: "rule\thome-zone\t科技城\n", file: "mine.tsv").isEmpty)
        #expect(lexicon.rules.homeZoneSuffix == "科技城")
    }

    @Test func malformedRuleLinesWarnWithFileAndLine() {
        var lexicon = Lexicon()
        let diagnostics = lexicon.add(text: """
            rule\tno-such-role\t至
            rule\tcity\t市区
            rule\tfirst-months\t前
            rule\tproject\t项目|工程
            rule\trange-joiner
            display\tlitre\t升
            rule\tcity\t市
            """, file: "mine.tsv")
        #expect(diagnostics.map(\.description) == [
            "mine.tsv:1: warning: lexicon: unknown rule role 'no-such-role'",
            "mine.tsv:2: warning: lexicon: rule 'city' takes single characters, not '市区'",
            "mine.tsv:3: warning: lexicon: rule 'first-months' takes words around a number written A…B, not '前'",
            "mine.tsv:4: warning: lexicon: rule 'project' takes one word",
            "mine.tsv:5: warning: lexicon: 'rule' needs 2 field(s)",
            "mine.tsv:6: warning: lexicon: display needs about, over, under, target or a unit other than count and percent, not 'litre'",
        ])
        #expect(lexicon.rules.citySuffixes == ["市"])
    }

    @Test func theTableFormatWritesTheDisplayWords() throws {
        var lexicon = try Lexicon.builtIn().value
        #expect(FactTable.chineseValue(10_880_000_000, .CNY, display: lexicon.display) == "108.8亿元")
        #expect(FactTable.chineseValue(15_900_000, .USD, display: lexicon.display) == "1590万美元")
        #expect(FactTable.chineseValue(3.5, .km2, display: lexicon.display) == "3.5平方公里")
        _ = lexicon.add(text: "display\tCNY\t块\n", file: "mine.tsv")
        #expect(FactTable.chineseValue(10_880_000_000, .CNY, display: lexicon.display) == "108.8亿块")
    }
}
