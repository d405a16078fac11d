import Foundation

/// The hand-made facts of the seeds (Fixtures/seeds.facts.jsonl), read through the real reader.
func seedFixturePath(filePath: String = #filePath) -> String {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("../ZoneBriefMetricsTests/Fixtures/seeds.facts.jsonl").path
}
