import Foundation
import Testing
import ZoneBriefCore

/// `zonebrief brief` and `zonebrief render` on the seeds, through the built binary.
@Suite(.serialized)
struct BriefCommandTests {
    /// Runs the default brief once per test (a few hundred milliseconds).
    func briefOnSeeds(_ extra: [String] = []) throws -> BriefRunner {
        let r = try BriefRunner()
        let res = try r.run(["brief"] + extra)
        #expect(res.status == 0, "stderr: \(res.stderr)")
        return r
    }

    @Test func defaultBriefWritesPDFFactsAndSummary() throws {
        let r = try briefOnSeeds()
        defer { r.remove() }
        for name in ["reports/brief.pdf", "reports/brief.facts.csv", "reports/brief.summary.txt"] {
            #expect(FileManager.default.fileExists(atPath: r.path(name)), "\(name) missing")
        }
        #expect(try r.data("reports/brief.pdf").starts(with: Data("%PDF-".utf8)))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: r.path("reports")).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func briefNamesEveryZoneThatHasFacts() throws {
        let r = try briefOnSeeds()
        defer { r.remove() }
        let rows = briefCSVRows(try r.text("reports/brief.facts.csv"))
        #expect(rows.count > 10)
        let text = try r.pdfText("reports/brief.pdf")
        let zones = Set(rows.compactMap { $0["zone"] }.filter { $0.contains("高新区") })
        #expect(zones.count >= 5)
        for z in zones {
            #expect(text.contains(z), "\(z) has facts but is not named in the brief")
        }
    }

    /// Each headline of the summary is a fact of the companion CSV (zone and value).
    @Test func summaryNumbersMatchFacts() throws {
        let r = try briefOnSeeds()
        defer { r.remove() }
        let rows = briefCSVRows(try r.text("reports/brief.facts.csv"))
        let summary = try r.text("reports/brief.summary.txt")
        let headlines = summary.split(separator: "\n").filter { $0.hasPrefix("- 最") && !$0.hasSuffix("暂无") }
        #expect(!headlines.isEmpty)
        for line in headlines {
            let body = line.split(separator: "：", maxSplits: 1)[1]
            let zone = String(body.split(separator: " ")[0])
            var printed = String(body.split(separator: " ")[2].prefix { $0 != "（" })
            // 同比增长232% → +232%
            for (word, sign) in [("同比增长", "+"), ("同比下降", "−")] where printed.hasPrefix(word) { printed = sign + printed.dropFirst(word.count) }
            let matches = rows.filter { row in
                guard row["zone"] == zone, let v = Double(row["value"] ?? "") else { return false }
                if printed.hasSuffix("%") { return row["yoy_pct"].flatMap(Double.init).map { printedGrowth($0) == printed } ?? false }
                guard let base = baseValue(printed) else { return false }
                return abs(base.value - v) <= 0.005 * base.scale
            }
            #expect(!matches.isEmpty, "summary line “\(line)” matches no fact")
            #expect(matches.allSatisfy { $0["kind"] != "target" }, "summary line “\(line)” is a target")
        }
    }

    @Test func baojiFundsInPlaceOnceWithTwoSources() throws {
        let r = try briefOnSeeds()
        defer { r.remove() }
        let rows = briefCSVRows(try r.text("reports/brief.facts.csv"))
        let funds = rows.filter { $0["zone"] == "宝鸡高新区" && $0["metric"] == "funds_in_place" && $0["value"] == "15760000000" }
        #expect(Set(funds.compactMap { $0["file"] }).count == 2)
        let dump = try r.run(["render", "reports/brief.facts.csv", "-o", "reports/check.pdf", "--dump"])
        #expect(dump.status == 0, "stderr: \(dump.stderr)")
        let headline = dump.stdout.split(separator: "\n").filter { $0.hasPrefix("  | 到位资金 | 157.6亿元 |") && $0.contains("…:") && !$0.contains(".txt:") }
        #expect(headline.count == 1, "one headline row for 宝鸡 到位资金, got \(headline)")
        #expect(headline.first.map { $0.contains("000_e9e3…:99") && $0.contains("004_c295…:25") } == true)
        #expect(dump.stdout.contains("heading 3 #notes-duplicates \"重复报道合并\""))
    }

    @Test func noTargetIsShownAsAnActual() throws {
        let r = try briefOnSeeds()
        defer { r.remove() }
        let dump = try r.run(["render", "reports/brief.facts.csv", "-o", "reports/check.pdf", "--dump"]).stdout
        // Headline tables (指标 | 数值 | 同比 | 统计期 | 口径 | 出处) never hold a 目标 row.
        var inHeadlines = false
        var rows = 0
        for line in dump.split(separator: "\n") {
            if line.hasPrefix("table ") { inHeadlines = line.hasPrefix("table [指标 | 数值 | 同比 | 统计期 | 口径 | 出处]") ; continue }
            if inHeadlines && line.hasPrefix("  | ") {
                rows += 1
                #expect(!line.contains("| 目标 |"), "target in a headline table: \(line)")
            } else if !line.hasPrefix("  ") { inHeadlines = false }
        }
        #expect(rows > 5)
    }

    @Test func zonesMakeASideBySideBriefOfThoseZones() throws {
        let r = try briefOnSeeds(["--zones", "宝鸡,肇庆", "-o", "reports/pair.pdf"])
        defer { r.remove() }
        let summary = try r.text("reports/pair.summary.txt")
        #expect(summary.contains("园区（2个）：宝鸡高新区、肇庆高新区"))
        let zones = Set(briefCSVRows(try r.text("reports/pair.facts.csv")).compactMap { $0["zone"] })
        #expect(zones == ["宝鸡高新区", "肇庆高新区"])
        let text = try r.pdfText("reports/pair.pdf")
        #expect(text.contains("并列比较"))
        #expect(!text.contains("兰州高新区"))
    }

    @Test func periodMakesTheBriefAsOfThatMonth() throws {
        let r = try briefOnSeeds(["--period", "2023-06", "-o", "reports/june.pdf"])
        defer { r.remove() }
        #expect(try r.text("reports/june.summary.txt").contains("统计期：截至2023年6月"))
        let rows = briefCSVRows(try r.text("reports/june.facts.csv"))
        #expect(!rows.isEmpty)
        for row in rows {
            let end = row["period_end"] ?? ""
            #expect(end.hasPrefix("2023-"), "a figure outside 2023: \(row)")
            if row["kind"] != "target" { #expect(end <= "2023-06", "a figure after June: \(row)") }
        }
    }

    /// The brief's CSV and the same facts as JSON Lines render to byte-identical PDFs.
    @Test func csvAndJSONLRoutesGiveTheSamePDF() throws {
        let r = try briefOnSeeds()
        defer { r.remove() }
        let read = try FactsFile.read(path: r.path("reports/brief.facts.csv"))
        #expect(read.diagnostics.isEmpty)
        try (read.value.map(FactJSONL.line).joined(separator: "\n") + "\n").write(toFile: r.path("facts.jsonl"), atomically: true, encoding: .utf8)
        #expect(try r.run(["render", "reports/brief.facts.csv", "-o", "out/from-csv.pdf"]).status == 0)
        #expect(try r.run(["render", "facts.jsonl", "-o", "out/from-jsonl.pdf"]).status == 0)
        let a = try r.data("out/from-csv.pdf"), b = try r.data("out/from-jsonl.pdf")
        #expect(a.count > 10_000)
        #expect(a == b)
        // And the same input twice gives the same bytes (no clock in the PDF).
        #expect(try r.run(["render", "facts.jsonl", "-o", "out/again.pdf"]).status == 0)
        #expect(try r.data("out/again.pdf") == b)
    }

    /// The PDF's date comes from SOURCE_DATE_EPOCH when set, else from the data, never the clock.
    @Test func creationDateFromSourceDateEpochOrData() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        #expect(try r.run(["brief", "-o", "a.pdf"], environment: ["SOURCE_DATE_EPOCH": "1700000000"]).status == 0)
        #expect(try r.pdfInfo("a.pdf").contains("CreationDate:    Tue Nov 14 22:13:20 2023 UTC"))
        #expect(try r.run(["brief", "-o", "b.pdf"]).status == 0)
        let info = try r.pdfInfo("b.pdf")
        #expect(info.contains("CreationDate:    ") && info.contains(" 16:00:00 20"), "the last day of the data's month, 00:00 Beijing time: \(info)")
        #expect(try r.run(["brief", "-o", "c.pdf"]).status == 0)
        #expect(try r.data("b.pdf") == r.data("c.pdf"))
    }

    /// User-facing errors, verbatim: message on stderr, usage exit code.
    @Test(arguments: [
        (["brief", "--period", "2023-13"], "Error: --period 2023-13 is not a month; write it as YYYY-MM, e.g. 2023-06"),
        (["brief", "nowhere"], "Error: no file or folder at nowhere; pass article files (.txt, .md) or folders of them"),
        (["brief", "-o", "brief.docx"], "Error: -o brief.docx: the brief is a PDF; name the file .pdf"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let res = try r.run(arguments)
        #expect(res.status == 64)
        #expect(res.stderr.split(separator: "\n").contains { $0.hasPrefix(message) }, "stderr: \(res.stderr)")
    }

    /// Data that gives nothing to brief: the reason, status 1, no usage text.
    @Test(arguments: [
        (["brief", "--zones", "西安"], "Error: --zones 西安: no zone with facts matches; zones with facts: "),
        (["brief", "--period", "2019-06"], "Error: nothing to brief as of 2019-06: no zone has a figure ending in 2019 up to 2019-06 (the facts run from 20"),
    ])
    func nothingToBrief(arguments: [String], message: String) throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let res = try r.run(arguments)
        #expect(res.status == 1)
        #expect(!res.stderr.contains("Usage:"))
        #expect(res.stderr.split(separator: "\n").contains { $0.hasPrefix(message) }, "stderr: \(res.stderr)")
    }
}

/// `157.6亿元` → (15760000000, 1e8): the value a printed figure stands for, and its scale
/// (the rounding of the print is at most half a hundredth of it).
func baseValue(_ printed: String) -> (value: Double, scale: Double)? {
    var s = Substring(printed)
    while let f = s.first, "约超近".contains(f) { s.removeFirst() }
    let number = s.prefix { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }
    guard let n = Double(number.replacing(",", with: "")) else { return nil }
    let unit = s.dropFirst(number.count)
    let scale: Double = unit.hasPrefix("亿") ? 1e8 : unit.hasPrefix("万") ? 1e4 : 1
    return (n * scale, scale)
}

func printedGrowth(_ g: Double) -> String {
    let r = (abs(g) * 100).rounded() / 100
    let d = r == r.rounded() ? String(Int64(r)) : String(r)
    return (g > 0 ? "+" : g < 0 ? "−" : "") + d + "%"
}
