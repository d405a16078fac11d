import Foundation
import Testing
@testable import ZoneBriefCore

/// The facts CSV is opened in spreadsheets: no cell may start a formula (OWASP "CSV Injection"),
/// and `render` must read its own guarded cells back to the exact text. Control characters never
/// reach a zone name or label.
struct FactCSVSafetyTests {
    static func fact(zone: String = "肇庆高新区", label: String? = nil, file: String = "a.txt", quote: String = "原文",
                     yoy: Double? = -2.1) -> Fact {
        Fact(zone: zone, metric: label == nil ? .gdp : .other, label: label, value: 10_880_000_000, unit: .CNY,
             period: .months(2023, 1, 6), yoyPct: yoy, kind: .actual, source: SourceRef(file: file, line: 4, quote: quote))
    }

    /// The columns of facts files written before `entity` and `article_date` (render still reads them).
    static let header = "zone,metric,label,period_start,period_end,value,unit,yoy_pct,target_pct,kind,approx,file,line,quote"

    static let hostile = [
        "=HYPERLINK(\"http://x.cn\",\"点击\")", "+1+2", "-1+2", "@SUM(A1:A9)", "=cmd|' /C calc'!A0",
        "'=already quoted", "''@twice", "-", "=", "'", "'x", "-2.1元", "正常文字=1",
    ]

    @Test(arguments: [
        ("=1+2", "'=1+2"), ("+86 10", "'+86 10"), ("-x", "'-x"), ("@A1", "'@A1"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
        ("-2.1", "-2.1"), ("+3", "+3"), ("1e-05", "1e-05"), ("-1e+20", "-1e+20"), ("-2.", "'-2."), ("-.5", "'-.5"),
        ("'=1", "''=1"), ("'x", "'x"), ("肇庆高新区", "肇庆高新区"), ("", ""), ("a=b", "a=b"),
    ])
    func neutralizes(_ text: String, _ written: String) {
        #expect(FactCSV.neutralized(text) == written)
        #expect(FactCSV.restored(written) == text)
    }

    @Test func rowGuardsTextColumnsAndLeavesNegativeNumbersNumbers() {
        let row = FactCSV.row(Self.fact(zone: "=HYPERLINK(\"http://x.cn\")", label: "@SUM(A1)", file: "-x.txt", quote: "+1+2"))
        #expect(row == "\"'=HYPERLINK(\"\"http://x.cn\"\")\",zone,other,'@SUM(A1),2023-01,2023-06,10880000000,CNY,-2.1,,actual,,'-x.txt,4,'+1+2,")
        // No cell of the row starts a formula.
        for cell in row.split(separator: ",") {
            let c = cell.hasPrefix("\"") ? cell.dropFirst() : cell
            if let first = c.unicodeScalars.first, "=+@\t\r".unicodeScalars.contains(first) { Issue.record("cell \(cell) starts a formula") }
            if c.hasPrefix("-") { #expect(Double(c) != nil, "\(cell) is not a number") }
        }
    }

    /// What `brief` writes, `render` reads back to the very same facts.
    @Test func roundTripKeepsTheExactText() {
        let facts = Self.hostile.enumerated().map { i, t in
            Self.fact(zone: t + "高新区", label: t, file: t.isEmpty ? "a.txt" : t, quote: t, yoy: i % 2 == 0 ? -2.1 : nil)
        } + [Self.fact(zone: "-5", quote: "=1\n+2")]
        let text = ([FactCSV.header] + facts.map(FactCSV.row)).joined(separator: "\n") + "\n"
        let read = FactsFile.parse(Array(text.utf8), file: "brief.facts.csv")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.value == facts)
    }

    /// A spreadsheet drops the guard quote when it saves: the text is the same.
    @Test func cellsSavedBySpreadsheetReadTheSame() {
        let text = Self.header + "\n" + "=1+2高新区,gdp,,2023-01,2023-06,100,CNY,-2.1,,actual,,a.txt,4,@原文\n"
        let read = FactsFile.parse(Array(text.utf8), file: "saved.csv")
        #expect(read.value.map(\.zone) == ["=1+2高新区"])
        #expect(read.value.map(\.source.quote) == ["@原文"])
        #expect(read.value.map(\.yoyPct) == [-2.1])
    }

    // MARK: control characters

    @Test func controlCharactersAreTakenOutOfNamesWithAWarning() {
        let text = Self.header + "\n" + "肇庆\u{0}高新\u{202E}区,other,新型\u{2066}储能\t产业,2023-01,2023-06,100,CNY,,,actual,,a.txt,4,原文\u{202E}txt.exe\n"
        let read = FactsFile.parse(Array(text.utf8), file: "f.csv")
        #expect(read.value.map(\.zone) == ["肇庆高新区"])
        #expect(read.value.map(\.label) == ["新型储能 产业"])
        #expect(read.value.map(\.source.quote) == ["原文txt.exe"])
        #expect(read.diagnostics.map(\.description) == [
            "f.csv:2: warning: control characters (U+0000 U+202E U+2066 U+0009) removed from the zone, label and quote",
        ])
    }

    @Test func jsonlNamesAreCleanedToo() {
        let line = #"{"zone":"青岛\u202e高新区","metric":"gdp","label":null,"value":1,"unit":"CNY","period":null,"yoy_pct":null,"target_pct":null,"kind":"actual","approx":null,"source":{"file":"a.txt","line":1,"quote":""}}"#
        let read = FactsFile.parse(Array(line.utf8), file: "f.jsonl", format: .jsonl)
        #expect(read.value.map(\.zone) == ["青岛高新区"])
        #expect(read.diagnostics.map(\.description) == ["f.jsonl:1: warning: control character (U+202E) removed from the zone"])
    }

    @Test(arguments: [
        ("\u{0}", true), ("\u{1F}", true), ("\u{7F}", true), ("\u{85}", true), ("\u{9F}", true), ("\u{202A}", true), ("\u{202E}", true),
        ("\u{2066}", true), ("\u{2069}", true), ("\u{200E}", true), ("\u{200F}", true),
        (" ", false), ("高", false), ("\u{A0}", false), ("\u{200B}", false), ("\u{2060}", false),
    ] as [(Unicode.Scalar, Bool)])
    func controlCharacterSet(_ u: Unicode.Scalar, _ control: Bool) {
        #expect(FactText.isControl(u) == control)
    }

    @Test func cleanedFactsWarnWithTheirSource() {
        let clean = FactText.cleaned([Self.fact(), Self.fact(zone: "南京\u{202E}高新区")])
        #expect(clean.value.map(\.zone) == ["肇庆高新区", "南京高新区"])
        #expect(clean.diagnostics.map(\.description) == ["a.txt:4: warning: control character (U+202E) removed from the zone"])
    }

    /// The contract's newer fields: the entity column is guarded like any other cell, the article
    /// date loses control characters, and both come back from the CSV exactly.
    @Test func entityAndArticleDateAreCleanedAndGuardedToo() {
        var f = Self.fact(zone: "=青岛市")
        f.entity = .city
        f.source.date = "2023-07-10\u{202E}"
        let clean = FactText.cleaned(f)
        #expect(clean.fact.source.date == "2023-07-10")
        #expect(FactText.warning(clean.changes, file: "a.txt", line: 4)?.description
                == "a.txt:4: warning: control character (U+202E) removed from the article date")
        var onlyControl = Self.fact()
        onlyControl.source.date = "\u{200F}"
        #expect(FactText.cleaned(onlyControl).fact.source.date == nil, "a date of nothing but controls is no date")
        let row = FactCSV.row(clean.fact)
        #expect(row.hasPrefix("'=青岛市,city,gdp,") && row.hasSuffix(",2023-07-10"))
        let read = FactsFile.parse(Array((FactCSV.header + "\n" + row + "\n").utf8), file: "x.csv")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.value == [clean.fact])
    }
}
