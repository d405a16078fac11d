import ArgumentParser
import Foundation
import ZoneBriefCompose
import ZoneBriefCore
import ZoneBriefExtract
import ZoneBriefLayout
import ZoneBriefMetrics
import ZoneBriefPDF

/// The brief's benchmarks: the whole brief from the seeds with the time of each stage, and
/// `render` of a generated many-zone facts CSV in pages per second with peak memory.
/// Figures are printed, never asserted.
struct BriefBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "The brief end to end from the seeds, and the render of a generated 300-zone CSV.",
        subcommands: [AllBriefBenches.self, SeedsBriefBench.self, CSVRenderBench.self, GenerateFacts.self],
        defaultSubcommand: AllBriefBenches.self)
}

/// `zonebrief-bench brief` (or `brief all`): the seeds brief, then the 300-zone CSV render.
struct AllBriefBenches: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "all", abstract: "Run `seeds` then `render-csv` with their defaults.")

    @Option(help: "The fonts folder.") var fonts = "Fonts"

    func run() throws {
        var seeds = try SeedsBriefBench.parse([])
        seeds.fonts = fonts
        try seeds.run()
        var csv = try CSVRenderBench.parse([])
        csv.fonts = fonts
        try csv.run()
    }
}

/// Prints `label: 0.123 s` lines and a total.
struct StageTimes {
    var stages: [(String, Double)] = []

    mutating func run<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let (r, s) = try timed(body)
        stages.append((name, s))
        return r
    }

    func line() -> String {
        stages.map { "\($0.0) \(ms($0.1)) ms" }.joined(separator: ", ") + "; total \(ms(stages.reduce(0) { $0 + $1.1 })) ms"
    }

    func ms(_ s: Double) -> String { String((s * 10_000).rounded() / 10) }
}

/// `zonebrief-bench brief seeds`: decode, extract, aggregate, layout, render, write.
struct SeedsBriefBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seeds", abstract: "The whole brief from seeds/, each stage timed.")

    @Option(help: "The folder of article pages.") var seeds = "seeds"
    @Option(help: "The fonts folder.") var fonts = "Fonts"
    @Option(help: "Where to write the PDF.") var output = "/tmp/zonebrief-bench-brief.pdf"
    @Option(help: "Runs (the best is reported, the first warms the caches).") var runs = 3

    func run() throws {
        let files = ((FileManager.default.enumerator(atPath: seeds)?.allObjects as? [String]) ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { seeds + "/" + $0 }
        guard !files.isEmpty else { throw ValidationError("no .txt or .md articles under \(seeds)/") }
        let (renderer, setup) = try timed { try PDFRenderer(fontsDirectory: fonts) }
        var best: StageTimes? = nil
        var pages = 0, facts = 0
        for _ in 0..<max(1, runs) {
            var t = StageTimes()
            let extracted = try BenchExtraction.run(files: files, times: &t)
            let options = t.run("names") { BenchZones.options(extracted.facts) }
            let report = t.run("aggregate") { Aggregator.aggregate(extracted.facts, options: options).value }
            let document = t.run("compose") { BriefComposer.compose(report, options: BriefOptions(articleCount: extracted.articleCount)) }
            let rendered = try renderer.render(document, to: output)
            t.stages.append(("layout", rendered.layoutSeconds))
            t.stages.append(("render", rendered.paintSeconds))
            try t.run("write") {
                let csv = FactCSV.header + "\n" + report.facts.map(FactCSV.row).joined(separator: "\n") + "\n"
                try Data(csv.utf8).write(to: URL(fileURLWithPath: output + ".facts.csv"), options: .atomic)
                try Data(PlainSummary.text(report).utf8).write(to: URL(fileURLWithPath: output + ".summary.txt"), options: .atomic)
            }
            pages = rendered.pageCount
            facts = report.facts.count
            if best == nil || t.stages.reduce(0, { $0 + $1.1 }) < best!.stages.reduce(0, { $0 + $1.1 }) { best = t }
        }
        print("brief from \(files.count) seed files: \(facts) facts, \(pages) pages; best of \(max(1, runs)): \(best!.line()) "
              + "(font setup \(best!.ms(setup)) ms); peak memory \(formatNumber(peakMemoryMiB(), decimals: 1)) MiB; \(output)")
    }
}

/// `zonebrief-bench brief render-csv`: generate (or read) a many-zone facts CSV and render it.
struct CSVRenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render-csv",
        abstract: "Render the brief of a generated N-zone facts CSV; print pages/s and peak memory.")

    @Option(help: "Zones to generate (ignored with --facts).") var zones = 300
    @Option(help: "Render this facts file instead of generating one.") var facts: String?
    @Option(help: "The fonts folder.") var fonts = "Fonts"
    @Option(help: "Where to write the PDF.") var output = "/tmp/zonebrief-bench-render-csv.pdf"
    @Option(help: "Pages painted on one cairo surface before it is merged (default: the renderer's).") var chunkPages: Int?

    func run() throws {
        let path = facts ?? "/tmp/zonebrief-bench-\(zones)-zones.csv"
        if facts == nil {
            try Data(FactGenerator(zones: zones).csv().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
        let renderer = try PDFRenderer(fontsDirectory: fonts)
        if let chunkPages { renderer.chunkPages = chunkPages }
        var t = StageTimes()
        let read = try t.run("read") { try FactsFile.read(path: path) }
        let options = t.run("names") { BenchZones.options(read.value) }
        let report = t.run("aggregate") { Aggregator.aggregate(read.value, options: options).value }
        let document = t.run("compose") { BriefComposer.compose(report, options: BriefOptions(warnings: read.diagnostics)) }
        let (rendered, seconds) = try timed { try renderer.render(document, to: output) }
        t.stages.append(("layout", rendered.layoutSeconds))
        t.stages.append(("render", rendered.paintSeconds))
        let all = t.stages.reduce(0) { $0 + $1.1 }
        print("render-csv: \(report.zones.count) zones, \(read.value.count) facts (\(read.diagnostics.count) diagnostics) → \(rendered.pageCount) pages; "
              + "\(formatNumber(Double(rendered.pageCount) / seconds, decimals: 0)) pages/s layout+paint, "
              + "\(formatNumber(Double(rendered.pageCount) / all, decimals: 0)) pages/s from the CSV; \(t.line()); "
              + "peak memory \(formatNumber(peakMemoryMiB(), decimals: 1)) MiB; \(output)")
    }
}

/// `zonebrief-bench brief generate`: writes the generated facts CSV.
struct GenerateFacts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate",
        abstract: "Write a synthetic facts CSV of N zones (6 to 14 facts each) for render benchmarks.")

    @Option(help: "Zones to generate.") var zones = 300
    @Option(help: "Seed of the generator (same seed, same file).") var seed: UInt64 = 2023
    @Option(name: .shortAndLong, help: "The CSV to write.") var output = "/tmp/zonebrief-bench-300-zones.csv"

    func validate() throws {
        guard zones > 0 else { throw ValidationError("--zones must be at least 1") }
    }

    func run() throws {
        let gen = FactGenerator(zones: zones, seed: seed)
        try Data(gen.csv().utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("wrote \(output): \(zones) zones")
    }
}

/// Synthetic but plausible facts: N zones named after real cities, 6 to 14 facts each, mostly
/// 2023年1—6月 with some 1—5月 and 2022 full-year figures, a few estimates and targets, growth
/// rates, and a quote per fact. Deterministic for a seed.
struct FactGenerator {
    var zones: Int
    var seed: UInt64 = 2023

    static let cities = ["北京", "天津", "石家庄", "太原", "沈阳", "大连", "长春", "哈尔滨", "上海", "南京", "苏州", "无锡",
                         "常州", "杭州", "宁波", "嘉兴", "合肥", "芜湖", "福州", "厦门", "南昌", "济南", "青岛", "潍坊", "郑州",
                         "洛阳", "武汉", "襄阳", "长沙", "株洲", "广州", "深圳", "珠海", "佛山", "肇庆", "南宁", "柳州", "海口",
                         "重庆", "成都", "绵阳", "贵阳", "昆明", "西安", "宝鸡", "兰州", "西宁", "银川", "乌鲁木齐", "呼和浩特"]
    static let kinds = ["高新区", "经开区", "科技园", "产业园"]

    /// (metric, unit, lower, upper) in base units.
    static let metrics: [(Metric, FactUnit, Double, Double)] = [
        (.gdp, .CNY, 5e9, 2e11), (.industrial_output, .CNY, 1e10, 5e11), (.industrial_value_added, .CNY, 2e9, 1e11),
        (.fixed_asset_investment, .CNY, 2e9, 8e10), (.funds_in_place, .CNY, 1e9, 3e10), (.fdi, .USD, 1e6, 5e8),
        (.signed_investment, .CNY, 1e9, 2e11), (.project_investment, .CNY, 5e9, 3e11), (.trade_total, .CNY, 1e9, 1e11),
        (.tax_revenue, .CNY, 5e8, 3e10), (.projects_signed, .count, 5, 120), (.projects_key, .count, 10, 200),
        (.projects_started, .count, 3, 80), (.high_tech_enterprises, .count, 50, 3000), (.patents, .count, 100, 9000),
    ]

    func csv() -> String {
        var rng = seed &+ 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Double(rng >> 11) / Double(1 << 53)
        }
        var lines = [FactCSV.header]
        for z in 0..<zones {
            let city = Self.cities[z % Self.cities.count]
            let round = z / Self.cities.count
            let zone = city + (round == 0 ? "" : "第\(round + 1)") + Self.kinds[(z / 7) % Self.kinds.count]
            let file = "generated_\(String(z / 10)).txt"
            let count = 6 + Int(next() * 9)
            var order = Array(Self.metrics.indices)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(next() * Double(i + 1))) }
            for k in 0..<count {
                let (metric, unit, lo, hi) = Self.metrics[order[k % order.count]]
                var value = lo * pow(hi / lo, next())
                value = unit == .count ? value.rounded() : (value / 1e6).rounded() * 1e6
                let r = next()
                let period: Period = r < 0.7 ? .months(2023, 1, 6) : r < 0.85 ? .months(2023, 1, 5) : .year(2022)
                let kind: FactKind = next() < 0.1 ? .estimate : .actual
                let yoy: Double? = unit == .count || next() < 0.3 ? nil : ((next() * 40 - 8) * 10).rounded() / 10
                let line = 10 * (z % 10) + k + 1
                let f = Fact(zone: zone, metric: metric, value: value, unit: unit, period: period, yoyPct: yoy, kind: kind,
                             source: SourceRef(file: file, line: line, quote: "\(zone)\(metric.rawValue)为\(NumberText.plain(value))，据园区通报。"))
                lines.append(FactCSV.row(f))
                if k == 0 && next() < 0.5 {
                    let t = Fact(zone: zone, metric: metric, value: (value * (1.6 + next()) / 1e6).rounded() * 1e6, unit: unit,
                                 period: .year(2023), kind: .target,
                                 source: SourceRef(file: file, line: line, quote: "\(zone)全年目标\(metric.rawValue)。"))
                    lines.append(FactCSV.row(t))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Decoding and extraction of the seed files, timed as the stages `decode` (read and decode
/// every file to text) and `extract` (text → facts).
enum BenchExtraction {
    static func run(files: [String], times: inout StageTimes) throws -> (facts: [Fact], articleCount: Int) {
        let extractor = try FactExtractor()
        let texts: [(String, String)] = try times.run("decode") {
            try files.map { path in
                guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
                let decoded = TextDecoding.decode(Array(data))
                guard let text = decoded.text else { throw ValidationError("\(path): neither UTF-8 nor GB18030") }
                return (path, text)
            }
        }
        return times.run("extract") {
            var facts: [Fact] = []
            var articles = 0
            for (name, text) in texts {
                let r = extractor.extract(text: text, file: name)
                facts += r.value.facts
                articles += r.value.articles
            }
            return (facts, articles)
        }
    }
}

/// The brief command's options: zone names made canonical through the built-in lexicon, so the
/// benchmark makes the same brief.
enum BenchZones {
    static let extractor = try? FactExtractor()

    static func options(_ facts: [Fact]) -> MetricsOptions {
        guard let extractor else { return MetricsOptions() }
        var names: [String: String] = [:]
        for f in facts where (f.entity == .zone || f.entity == .park) && names[f.zone] == nil { names[f.zone] = extractor.normalizedZoneName(f.zone) }
        return MetricsOptions(zoneNames: names.filter { $0.key != $0.value })
    }
}
