import Foundation
import Testing
@testable import ZoneBriefCore

/// The facts-file readers: good rows kept, each bad row one diagnostic with its line.
struct FactsFileTests {
    static let baoji = Fact(zone: "宝鸡高新区", metric: .funds_in_place, value: 15_760_000_000, unit: .CNY,
                            period: .months(2023, 1, 6), targetPct: 55.49, kind: .actual,
                            source: SourceRef(file: "004_c295e5d11954351f.txt", line: 25, quote: "上半年,宝鸡高新区招商引资实现到位资金157.6亿元,占年度任务的55.49%。"))
    static let zhaoqing = Fact(zone: "肇庆高新区", metric: .gdp, value: 10_880_000_000, unit: .CNY,
                               period: .months(2023, 1, 6), yoyPct: 3.0, kind: .estimate,
                               source: SourceRef(file: "000_e9e3e1144b29cda2.txt", line: 41, quote: "1-6月,肇庆高新区预计完成GDP108.8亿元,同比增长3%"))
    static let storage = Fact(zone: "肇庆高新区", metric: .industry_output, label: "新型储能产业", value: 10_820_000_000,
                              unit: .CNY, period: .months(2023, 1, 5), yoyPct: 232.0, approx: .over,
                              source: SourceRef(file: "a.txt", line: 3, quote: "产值108.2亿元,\"同比\"增长232%\n续"))
    static let stock = Fact(zone: "宝鸡高新区", metric: .projects_introduced, value: 3, unit: .count,
                            period: Period(start: nil, end: YearMonth(2023, 6)), source: SourceRef(file: "b.txt", line: 9, quote: ""))
    static let facts = [baoji, zhaoqing, storage, stock]

    @Test func jsonlRoundTrip() {
        let text = Self.facts.map(FactJSONL.line).joined(separator: "\n") + "\n"
        let read = FactsFile.parse(Array(text.utf8), file: "f.jsonl", format: .jsonl)
        #expect(read.diagnostics.isEmpty)
        #expect(read.value == Self.facts)
    }

    @Test func csvRoundTrip() {
        let text = ([FactCSV.header] + Self.facts.map(FactCSV.row)).joined(separator: "\r\n") + "\r\n"
        let read = FactsFile.parse(Array(text.utf8), file: "f.csv")
        #expect(read.diagnostics.isEmpty)
        #expect(read.value == Self.facts)
    }

    @Test func csvWithBOMAndGB18030() throws {
        let text = ([FactCSV.header] + Self.facts.map(FactCSV.row)).joined(separator: "\n")
        let bom = FactsFile.parse([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "f.csv", format: .csv)
        #expect(bom.diagnostics.isEmpty)
        #expect(bom.value == Self.facts)
        let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(String(validating: Array(gb), as: UTF8.self) == nil)
        let read = FactsFile.parse(Array(gb), file: "excel.csv", format: .csv)
        #expect(read.diagnostics.isEmpty)
        #expect(read.value == Self.facts)
    }

    @Test func csvRequiredColumnsOnlyInAnyOrder() {
        let text = """
        KIND,zone,metric,label,period_start,period_end,value,unit,yoy_pct
        actual,兰州高新区,gdp,,2021-01,2021-12,35040000000,CNY,7.7
        """
        let read = FactsFile.parse(Array(text.utf8), file: "short.csv")
        #expect(read.diagnostics.isEmpty)
        #expect(read.value == [Fact(zone: "兰州高新区", metric: .gdp, value: 35_040_000_000, unit: .CNY, period: .year(2021),
                                    yoyPct: 7.7, source: SourceRef(file: "short.csv", line: 2, quote: ""))])
    }

    @Test func csvMissingColumnIsOneFileError() {
        let read = FactsFile.parse(Array("zone,metric,value\n兰州高新区,gdp,1\n".utf8), file: "bad.csv")
        #expect(read.value.isEmpty)
        #expect(read.diagnostics.map(\.description) == [
            "bad.csv:1: error: header lacks columns label, period_start, period_end, unit, yoy_pct, kind; a facts CSV needs zone,metric,label,period_start,period_end,value,unit,yoy_pct,kind",
        ])
    }

    /// One bad row each: the cell to change, its new text, and the message expected.
    static let badRows: [(column: String, value: String, message: String)] = [
        ("metric", "gpd", "unknown metric \"gpd\"; use one of the ids of FACTS.md (gdp, funds_in_place, …) or other with a label"),
        ("unit", "count", "unit count does not fit metric gdp (a money metric)"),
        ("unit", "yuan", "unknown unit \"yuan\"; use one of CNY, USD, count, percent, person, person_time, mu, km2, m2, ton"),
        ("period_end", "2023-13", "period_end \"2023-13\" is not a month YYYY-MM between 1900-01 and 2200-12"),
        ("period_start", "2300-01", "period_start \"2300-01\" is not a month YYYY-MM between 1900-01 and 2200-12"),
        ("period_start", "2023-09", "period_start 2023-09 is after period_end 2023-06"),
        ("value", "-5", "value -5 is negative; a CNY figure cannot be"),
        ("value", "nan", "value is not a finite number"),
        ("value", "2e18", "value 2e+18 is out of range (|value| > 1e18)"),
        ("value", "一百亿", "value \"一百亿\" is not a number"),
        ("value", "", "value is empty"),
        ("zone", " ", "zone is empty"),
        ("kind", "plan", "unknown kind \"plan\"; use actual, estimate or target"),
        ("yoy_pct", "inf", "yoy_pct is not a finite number"),
        ("metric", "other", "metric other needs a label (the text's own name for what is measured)"),
    ]

    @Test(arguments: badRows)
    func badRowIsDiagnosedAndOthersKept(column: String, value: String, message: String) throws {
        let header = FactCSV.columns
        var cells = FactCSV.row(Self.zhaoqing).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // The quote (with commas) and the article date end the row: put a plain quote and no date.
        cells = Array(cells.prefix(header.count - 2)) + ["q", ""]
        let i = try #require(header.firstIndex(of: column))
        cells[i] = FactCSV.field(value)
        let good = FactCSV.row(Self.baoji)
        let text = [FactCSV.header, good, cells.joined(separator: ","), good].joined(separator: "\n")
        let read = FactsFile.parse(Array(text.utf8), file: "review.csv")
        #expect(read.value.count == 2)
        #expect(read.diagnostics.map(\.description) == ["review.csv:3: error: \(message)"])
    }

    @Test func spreadsheetFormsOfMonthsNumbersAndPercents() {
        let rows = """
        zone,metric,label,period_start,period_end,value,unit,yoy_pct,kind
        兰州高新区,gdp,,2021/01,2021.12,"35,040,000,000",CNY,7.7%,actual
        兰州高新区,gdp,,2021年1月,2021年12月,3.504E+10,CNY, 7.7 ,actual
        兰州高新区,gdp,,2021/13,2021-12,1,CNY,,actual
        """
        let read = FactsFile.parse(Array(rows.utf8), file: "x.csv")
        #expect(read.value.map(\.value) == [35_040_000_000, 35_040_000_000])
        #expect(read.value.allSatisfy { $0.period == .year(2021) && $0.yoyPct == 7.7 })
        #expect(read.diagnostics.map(\.description) == ["x.csv:4: error: period_start \"2021/13\" is not a month YYYY-MM between 1900-01 and 2200-12"])
    }

    @Test func negativeCountAndFractionalCount() {
        let rows = """
        zone,metric,label,period_start,period_end,value,unit,yoy_pct,kind
        清远高新区,projects_signed,,2022-01,2022-12,-16,count,,actual
        清远高新区,projects_signed,,2022-01,2022-12,16.5,count,,actual
        清远高新区,projects_signed,,2022-01,2022-12,16,count,,actual
        """
        let read = FactsFile.parse(Array(rows.utf8), file: "c.csv")
        #expect(read.value.map(\.value) == [16])
        #expect(read.diagnostics.map(\.description) == [
            "c.csv:2: error: value -16 is negative; a count figure cannot be",
            "c.csv:3: error: value 16.5 is not a whole count",
        ])
    }

    @Test func quotedFieldsSpanLinesAndLinesStayRight() {
        let rows = "zone,metric,label,period_start,period_end,value,unit,yoy_pct,kind,quote\n" +
            "肇庆高新区,industry_output,\"新型储能产业,含\"\"储能\"\"\",2023-01,2023-05,10820000000,CNY,232.0,actual,\"第一行\n第二行\"\n" +
            "肇庆高新区,gdp,,2023-01,2023-06,oops,CNY,,actual,x\n"
        let read = FactsFile.parse(Array(rows.utf8), file: "q.csv")
        #expect(read.value.first?.label == "新型储能产业,含\"储能\"")
        #expect(read.value.first?.source.quote == "第一行\n第二行")
        #expect(read.diagnostics.map(\.description) == ["q.csv:4: error: value \"oops\" is not a number"])
    }

    /// Records are read one at a time as the file is split: blank records before the header, CR
    /// and CRLF line ends, and the order of what a bad header and an unclosed quote report.
    @Test func csvRecordsOneAtATime() {
        let rows = "\r\n,,\nzone,metric,label,period_start,period_end,value,unit,yoy_pct,kind\r" +
            "兰州高新区,gdp,,2021-01,2021-12,35040000000,CNY,7.7,actual\r\n\n" +
            "兰州高新区,gdp,,2022-01,2022-12,36040000000,CNY,,actual"
        let read = FactsFile.parse(Array(rows.utf8), file: "cr.csv")
        #expect(read.diagnostics.isEmpty)
        #expect(read.value.map(\.source.line) == [4, 6])
        let twice = FactsFile.parse(Array("zone,zone,metric\n\"a,b\n".utf8), file: "h.csv")
        #expect(twice.value.isEmpty)
        #expect(twice.diagnostics.map(\.description) == [
            "h.csv:2: error: quote opened here is never closed",
            "h.csv:1: error: column zone appears twice in the header",
        ])
        let unclosed = FactsFile.parse(Array("\"zone,metric\n".utf8), file: "u.csv")
        #expect(unclosed.diagnostics.map(\.description) == [
            "u.csv:1: error: quote opened here is never closed",
            "u.csv: error: empty facts file: no header row",
        ])
    }

    @Test func csvStructuralErrors() {
        let rows = "zone,metric,label,period_start,period_end,value,unit,yoy_pct,kind\n" +
            "a,gdp,,2023-01\n" +
            "b,gdp,,2023-01,2023-06,1,CNY,,actual,extra\n" +
            "c,gdp,,2023-01,2023-06,1,CNY,,\"actual\n"
        let read = FactsFile.parse(Array(rows.utf8), file: "s.csv")
        #expect(read.value.isEmpty)
        #expect(read.diagnostics.map(\.description) == [
            "s.csv:2: error: row has 4 fields, the header 9",
            "s.csv:3: error: row has 10 fields, the header 9",
            "s.csv:4: error: quote opened here is never closed",
        ])
    }

    @Test func jsonlBadLines() {
        var lines = [FactJSONL.line(Self.baoji), "", "{not json", "[1,2]"]
        lines.append(FactJSONL.line(Self.zhaoqing).replacing("\"kind\": \"estimate\"", with: "\"kind\": \"target\"").replacing("\"unit\": \"CNY\"", with: "\"unit\": \"USD\""))
        lines.append(#"{"zone": "x", "metric": "gdp", "value": true, "unit": "CNY", "kind": "actual"}"#)
        lines.append(#"{"zone": "x", "metric": "gdp", "value": 1, "unit": "CNY", "kind": "actual", "period": "2023"}"#)
        let read = FactsFile.parse(Array(lines.joined(separator: "\n").utf8), file: "f.jsonl")
        #expect(read.value.count == 2)
        #expect(read.value.last?.unit == .USD)
        #expect(read.value.last?.kind == .target)
        #expect(read.diagnostics.map(\.description) == [
            "f.jsonl:3: error: not a JSON object (JSON Lines needs one complete object per line)",
            "f.jsonl:4: error: not a JSON object (JSON Lines needs one complete object per line)",
            "f.jsonl:6: error: value must be a string, a number or null",
            "f.jsonl:7: error: period must be an object {\"start\": …, \"end\": …} or null",
        ])
    }

    @Test func formatIsSniffedAndUndecodableBytesAreOneError() throws {
        #expect(FactsFile.parse(Array((FactJSONL.line(Self.baoji) + "\n").utf8), file: "noext").value == [Self.baoji])
        let bad = FactsFile.parse([0xFF, 0x81, 0x30, 0xFF, 0xFF], file: "bin.csv")
        #expect(bad.value.isEmpty)
        #expect(bad.diagnostics.count == 1)
        #expect(throws: FactsFile.ReadError.self) { try FactsFile.read(path: "/nonexistent/facts.csv") }
    }
}
