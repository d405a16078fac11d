import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ZoneBriefExtract

/// `zonebrief-bench extract`: extraction throughput (MB/s of article text, one core) on the seed
/// pages repeated to a large file, and peak memory.
struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction throughput on the seeds repeated to --mb MB (release build, one core).")

    @Option(help: "Folder of seed pages to repeat.")
    var seeds = "seeds"

    @Option(help: "Size of the generated input in MB.")
    var mb = 50

    @Option(help: "Timed runs (the best is reported).")
    var runs = 3

    func validate() throws {
        guard FileManager.default.fileExists(atPath: seeds) else {
            throw ValidationError("no \(seeds)/ folder here; run from the repository root or pass --seeds DIR")
        }
        guard mb > 0, runs > 0 else { throw ValidationError("--mb and --runs must be positive") }
    }

    func run() throws {
        let files = try ArticleFiles.list([seeds])
        var page = Data()
        for f in files { page.append(try Data(contentsOf: f.url)); page.append(contentsOf: [0x0A]) }
        guard !page.isEmpty else { throw ValidationError("\(seeds)/ holds no articles") }
        let target = mb * 1_000_000
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zonebrief-bench-\(getpid()).txt")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ValidationError("cannot write the benchmark input at \(url.path)")
        }
        let out = try FileHandle(forWritingTo: url)
        var written = 0
        while written < target { out.write(page); written += page.count }
        try out.close()
        defer { try? FileManager.default.removeItem(at: url) }

        let extractor = try FactExtractor()
        var best = Double.infinity
        var facts = 0, articles = 0, warnings = 0
        var bestCPU = Double.infinity
        for _ in 0..<runs {
            let cpu0 = cpuSeconds()
            let (result, seconds) = timed { extractor.extract(fileAt: url, name: url.lastPathComponent) }
            bestCPU = min(bestCPU, cpuSeconds() - cpu0)
            best = min(best, seconds)
            facts = result.value.facts.count
            articles = result.value.articles
            warnings = result.diagnostics.count
        }
        let mbs = Double(written) / 1_000_000 / best
        print(String(format: "extract: %.1f MB of seed text (%d seed files repeated), %d articles, %d facts, %d warnings",
                     Double(written) / 1_000_000, files.count, articles, facts, warnings))
        print(String(format: "extract: best of %d runs %.2f s wall (%.1f MB/s), %.2f s CPU: %.1f MB/s on one core; peak memory %.0f MiB",
                     runs, best, mbs, bestCPU, Double(written) / 1_000_000 / bestCPU, peakMemoryMiB()))
    }

    /// User + system CPU seconds of this process (single-threaded: the time on one core).
    func cpuSeconds() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    }
}
