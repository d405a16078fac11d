import ArgumentParser

/// Benchmarks: each prints its figures (throughput, pages per second, peak memory); none asserts.
/// Run them with scripts/bench (release build).
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zonebrief-bench",
        abstract: "ZoneBrief's benchmarks (run through scripts/bench, release build).",
        subcommands: [ExtractBench.self, RenderBench.self, BriefBench.self, StreamBench.self]
    )
}
