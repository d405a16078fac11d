import Foundation
import Testing
import ZoneBriefCore

/// `zonebrief render` on the hand-made facts of the seeds (Tests/ZoneBriefMetricsTests/Fixtures),
/// through the built binary.
@Suite(.serialized)
struct BriefRenderTests {
    static let fixture = BriefRunner.repoRoot.appendingPathComponent("Tests/ZoneBriefMetricsTests/Fixtures/seeds.facts.jsonl").path

    /// The same facts as JSON Lines and as CSV (also GB18030, as Excel saves it) render to
    /// byte-identical PDFs, and the companion CSV is the CSV route's input, byte for byte.
    @Test func csvAndJSONLRoutesGiveTheSamePDF() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let facts = try FactsFile.read(path: Self.fixture).value
        #expect(facts.count > 30)
        let csv = FactCSV.header + "\n" + facts.map(FactCSV.row).joined(separator: "\n") + "\n"
        try csv.write(toFile: r.path("facts.csv"), atomically: true, encoding: .utf8)
        try #require(csv.data(using: String.Encoding(rawValue: 0x8000_0632))).write(to: URL(fileURLWithPath: r.path("excel.csv")))
        let a = try r.run(["render", Self.fixture, "-o", "out/from-jsonl.pdf"])
        #expect(a.status == 0, "stderr: \(a.stderr)")
        #expect(try r.run(["render", "facts.csv", "-o", "out/from-csv.pdf"]).status == 0)
        #expect(try r.run(["render", "excel.csv", "-o", "out/from-excel.pdf"]).status == 0)
        let pdf = try r.data("out/from-jsonl.pdf")
        #expect(pdf.count > 10_000)
        #expect(try r.data("out/from-csv.pdf") == pdf)
        #expect(try r.data("out/from-excel.pdf") == pdf)
        #expect(try r.text("out/from-jsonl.facts.csv") == csv)
        #expect(try r.text("out/from-jsonl.summary.txt").hasPrefix("高新区发展动态简报\n"))
    }

    /// USD stays USD unless the user gives a rate; with one, the conversion is listed in the notes.
    @Test func usdRateConvertsExplicitly() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let plain = try r.run(["render", Self.fixture, "-o", "out/plain.pdf", "--dump", "--quiet"])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("| 外商直接投资 | 1590万美元 |"))
        #expect(!plain.stdout.contains("美元折算"))
        let rated = try r.run(["render", Self.fixture, "-o", "out/rated.pdf", "--dump", "--quiet", "--usd-rate", "7.2"])
        #expect(rated.status == 0)
        #expect(rated.stdout.contains("heading 3 #notes-usd \"美元折算\""))
        #expect(rated.stdout.contains("| 外商直接投资 | 1.14亿元 |"))
        #expect(rated.stdout.contains("美元数据按 1 美元 = 7.2 元折算为人民币后比较（用户给定汇率）。"))
    }

    @Test func theInputIsNeverOverwrittenByItsCompanion() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let facts = try FactsFile.read(path: Self.fixture).value
        let csv = FactCSV.header + "\n" + facts.map(FactCSV.row).joined(separator: "\n") + "\n"
        try FileManager.default.createDirectory(atPath: r.path("reports"), withIntermediateDirectories: true)
        try csv.write(toFile: r.path("reports/brief.facts.csv"), atomically: true, encoding: .utf8)
        let res = try r.run(["render", "reports/brief.facts.csv", "--zones", "宝鸡"])
        #expect(res.status == 0, "stderr: \(res.stderr)")
        #expect(res.stderr.contains("reports/brief.facts.csv not rewritten: it is the input"))
        #expect(try r.text("reports/brief.facts.csv") == csv)
        #expect(try r.text("reports/brief.summary.txt").contains("园区（1个）：宝鸡高新区"))
    }

    @Test(arguments: [
        (["render", "missing.csv"], "Error: no facts file at missing.csv"),
        (["render", "seeds"], "Error: seeds is a folder; pass a facts file (.jsonl or .csv)"),
        (["render", "x.csv", "--usd-rate", "0"], "Error: --usd-rate must be a positive number of yuan per dollar, e.g. 7.2"),
        (["render", "x.csv", "--zones", " , "], "Error: --zones is empty; name zones separated by commas, e.g. --zones 宝鸡,肇庆"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let res = try r.run(arguments)
        #expect(res.status == 64)
        #expect(res.stderr.split(separator: "\n").contains { $0.hasPrefix(message) }, "stderr: \(res.stderr)")
    }

    @Test func badRowsAreReportedWithLineAndStrictMakesThemFatal() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let csv = """
        zone,metric,label,period_start,period_end,value,unit,yoy_pct,kind
        宝鸡高新区,funds_in_place,,2023-01,2023-06,15760000000,CNY,,actual
        宝鸡高新区,gpd,,2023-01,2023-06,1,CNY,,actual
        肇庆高新区,gdp,,2023-01,2023-06,10880000000,CNY,3.0,estimate

        """
        try csv.write(toFile: r.path("review.csv"), atomically: true, encoding: .utf8)
        let lenient = try r.run(["render", "review.csv", "-o", "out/review.pdf"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("review.csv:3: error: unknown metric \"gpd\""))
        let strict = try r.run(["render", "review.csv", "--strict", "-o", "out/strict.pdf"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("Error: review.csv: 1 bad row (--strict); fix them or drop --strict"))
        #expect(!FileManager.default.fileExists(atPath: r.path("out/strict.pdf")))
        try "".write(toFile: r.path("empty.csv"), atomically: true, encoding: .utf8)
        let empty = try r.run(["render", "empty.csv", "-o", "out/empty.pdf", "--quiet"])
        #expect(empty.status == 1)
        #expect(empty.stderr == "empty.csv: error: empty facts file: no header row\nError: empty.csv: no usable facts; see the error above\n")
    }
}
