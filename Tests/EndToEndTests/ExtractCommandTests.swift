import Foundation
import Testing
import ZoneBriefCore

/// `zonebrief extract` as a user runs it: the built binary, its stdout, stderr and exit code.
@Suite struct ExtractCommandTests {
    static var root: URL { ZonebriefProcess.repoRoot }

    typealias Output = ZonebriefProcess.Output

    static func run(_ args: [String], in dir: URL = root) throws -> Output {
        try ZonebriefProcess.run(args, in: dir)
    }

    @Test func defaultsToSeedsAndJSONLWhenPiped() throws {
        let r = try Self.run(["extract"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count >= 60)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"zone\": ") && $0.hasSuffix("}}") })
        #expect(lines.first == #"{"zone": "昆山市", "entity": "city", "metric": "gdp", "label": null, "value": 500670000000, "unit": "CNY", "period": {"start": "2022-01", "end": "2022-12"}, "yoy_pct": null, "target_pct": null, "kind": "actual", "approx": null, "source": {"file": "seeds/000_e9e3e1144b29cda2.txt", "line": 17, "quote": "江苏省昆山市连续18年位居综合实力百强县市榜首。2022年,昆山市完成地区生产总值5006.7亿元,成为全国首个GDP突破5000亿元的县级市。"}}"#
              || lines.first?.contains("\"zone\": \"昆山市\", \"entity\": \"city\", \"metric\": \"gdp\"") == true)
        #expect(r.stderr.hasPrefix("zonebrief extract: 5 files, 26 articles, \(lines.count) facts, "))
        #expect(r.stderr.hasSuffix(" 0 warnings\n"))
    }

    @Test func outputIsDeterministic() throws {
        let a = try Self.run(["extract", "seeds"]), b = try Self.run(["extract", "seeds/"])
        #expect(a.stdout == b.stdout.replacingOccurrences(of: "seeds//", with: "seeds/"))
        let c = try Self.run(["extract", "seeds"])
        #expect(a.stdout == c.stdout)
    }

    @Test func csvHasTheFactsColumns() throws {
        let r = try Self.run(["extract", "--format", "csv"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first.map(String.init) == FactCSV.header)
        #expect(lines.count >= 61)
    }

    @Test func tableIsReadable() throws {
        let r = try Self.run(["extract", "--format", "table", "--zone", "宝鸡市国家高新区", "--metric", "funds_in_place"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("宝鸡高新区") && lines[2].contains("157.6亿元") && lines[2].contains("2023-01..2023-06"))
    }

    @Test func filters() throws {
        let r = try Self.run(["extract", "seeds/004_c295e5d11954351f.txt", "--zone", "衢州智造新城", "--metric", "tax_revenue"])
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stdout.contains("\"value\": 2460000000"))
        #expect(r.stderr.hasPrefix("zonebrief extract: 1 files, "))
    }

    @Test func badPathIsAClearError() throws {
        let r = try Self.run(["extract", "nosuch/"])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("Error: nosuch/: no such file or folder; pass .txt or .md articles or folders of them\n"))
    }

    @Test func unknownMetricIsAClearError() throws {
        let r = try Self.run(["extract", "--metric", "revenue"])
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("Error: unknown metric 'revenue'; use one of: gdp, "))
    }

    @Test func noSeedsFolderIsAClearError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["extract"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("Error: no seeds/ folder here; pass a file or folder of articles\n"))
    }

    @Test func warningsNameFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "上半年,泉州高新区进出口总额1..2亿元。\n上半年,泉州高新区进出口总额80亿元。\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: dir.appendingPathComponent("b.md"))
        let out = try Self.run(["extract", "."], in: dir)
        #expect(out.status == 0)
        #expect(out.stderr == "./a.txt:1: warning: cannot read the number '1..2亿'; skipped\n./b.md: warning: empty file; skipped\nzonebrief extract: 2 files, 1 articles, 1 facts, 0 figures unread, 2 warnings\n")
        #expect(out.stdout.contains("\"value\": 8000000000"))
    }

    @Test func lexiconOptionAddsWords() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "2023年,泉州高新区实现技工贸总收入1200亿元。\n".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let before = try Self.run(["extract", "a.txt"], in: dir)
        #expect(before.stdout.isEmpty)
        try "metric\t技工贸总收入\tother\tlabel=技工贸总收入\nzone\t泉州高新区\t泉州国家高新区\n".write(to: dir.appendingPathComponent("mine.tsv"), atomically: true, encoding: .utf8)
        let after = try Self.run(["extract", "a.txt", "--lexicon", "mine.tsv"], in: dir)
        #expect(after.status == 0)
        #expect(after.stdout.contains(#""zone": "泉州高新区", "entity": "zone", "metric": "other", "label": "技工贸总收入", "value": 120000000000"#))
        try "metric\t技工贸总收入\trevenue\n".write(to: dir.appendingPathComponent("bad.tsv"), atomically: true, encoding: .utf8)
        let bad = try Self.run(["extract", "a.txt", "--lexicon", "bad.tsv"], in: dir)
        #expect(bad.stderr.contains("bad.tsv:1: warning: lexicon: unknown metric id 'revenue'"))
    }
}
