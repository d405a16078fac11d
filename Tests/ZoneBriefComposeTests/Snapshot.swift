import Foundation
import Testing

/// Compares `actual` with the snapshot file `Snapshots/<name>` beside this test file; with
/// `RECORD_SNAPSHOTS=1` in the environment it writes the file instead (then review the diff).
func assertSnapshot(_ actual: String, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = dir.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let i = Array(zip(e, a)).firstIndex { $0.0 != $0.1 } ?? min(e.count, a.count)
        Issue.record("snapshot \(name) differs at line \(i + 1):\n- \(i < e.count ? e[i] : "<end>")\n+ \(i < a.count ? a[i] : "<end>")",
                     sourceLocation: sourceLocation)
    }
}

/// The hand-made facts of the seeds (Fixtures/seeds.facts.jsonl), read through the real reader.
func seedFixturePath(filePath: String = #filePath) -> String {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("../ZoneBriefMetricsTests/Fixtures/seeds.facts.jsonl").path
}
