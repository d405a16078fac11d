import Testing
import ZoneBriefCore

/// The writers print FACTS.md's shape exactly: key order, number forms, nulls, escaping.
@Suite struct FactWritersTests {
    static let example = Fact(
        zone: "肇庆高新区", metric: .gdp, value: 10_880_000_000, unit: .CNY, period: .months(2023, 1, 6),
        yoyPct: 3, kind: .estimate,
        source: SourceRef(file: "000_e9e3e1144b29cda2.txt", line: 41, quote: "1-6月,肇庆高新区预计完成GDP108.8亿元,同比增长3%"))

    @Test func jsonlLineIsTheContractsExample() {
        #expect(FactJSONL.line(Self.example) == #"{"zone": "肇庆高新区", "entity": "zone", "metric": "gdp", "label": null, "value": 10880000000, "unit": "CNY", "period": {"start": "2023-01", "end": "2023-06"}, "yoy_pct": 3.0, "target_pct": null, "kind": "estimate", "approx": null, "source": {"file": "000_e9e3e1144b29cda2.txt", "line": 41, "quote": "1-6月,肇庆高新区预计完成GDP108.8亿元,同比增长3%"}}"#)
    }

    @Test func stockFiguresNullPeriodsAndEscaping() {
        var f = Self.example
        f.period = Period(start: nil, end: YearMonth(2023, 6))
        f.approx = .over
        f.targetPct = 55.49
        f.source.quote = "他说\"好\"\\\n\u{1}"
        let line = FactJSONL.line(f)
        #expect(line.contains(#""period": {"start": null, "end": "2023-06"}"#))
        #expect(line.contains(#""target_pct": 55.49, "kind": "estimate", "approx": "over""#))
        #expect(line.contains(#""quote": "他说\"好\"\\\n\u0001""#))
        f.period = nil
        #expect(FactJSONL.line(f).contains(#""period": null"#))
    }

    @Test func csvQuotesOnlyWhereNeeded() {
        var f = Self.example
        #expect(FactCSV.row(f) == "肇庆高新区,zone,gdp,,2023-01,2023-06,10880000000,CNY,3.0,,estimate,,000_e9e3e1144b29cda2.txt,41,\"1-6月,肇庆高新区预计完成GDP108.8亿元,同比增长3%\",")
        f.source.quote = "无逗号"
        #expect(FactCSV.row(f).hasSuffix(",41,无逗号,"))
        #expect(FactCSV.header.split(separator: ",").count == FactCSV.columns.count)
    }

    @Test(arguments: [(10_880_000_000.0, "10880000000"), (0.5, "0.5"), (-3, "-3"), (1e20, "1e+20")])
    func plainNumbers(value: Double, text: String) {
        #expect(NumberText.plain(value) == text)
    }
}
