import Foundation
import Testing

/// Compares `actual` with the snapshot file `Snapshots/<name>` beside the calling test file; with
/// `RECORD_SNAPSHOTS=1` in the environment it writes the file instead (then review the diff). A
/// missing snapshot is a failure: snapshots are recorded on purpose, by a person.
public func assertSnapshot(_ actual: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = dir.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("cannot record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(url.path); run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let k = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
    let want = k < e.count ? String(e[k]) : "<end>", got = k < a.count ? String(a[k]) : "<end>"
    Issue.record("snapshot \(name) differs at line \(k + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
}
