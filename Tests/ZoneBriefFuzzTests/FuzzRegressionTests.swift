import Foundation
import Testing
import ZoneBriefFuzz

/// Replays every saved fuzz input (fuzz/regressions/<target>/, the minimal inputs of crashes that
/// fuzzing found, plus hand-made hostile inputs) through the same code the fuzz targets run. A
/// regression traps inside the target and fails the run.
@Suite(.serialized) struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func inputs(_ target: String) -> [String] {
        let dir = root.appendingPathComponent("fuzz/regressions/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        let url = root.appendingPathComponent("fuzz/regressions/\(name)")
        return Array(try Data(contentsOf: url))
    }

    @Test("extract survives every saved input", arguments: inputs("extract"))
    func extract(_ name: String) throws {
        try Self.bytes(name).withUnsafeBytes(FuzzTargets.extract)
    }

    @Test("facts-file readers survive every saved input", arguments: inputs("factsfile"))
    func factsFile(_ name: String) throws {
        try Self.bytes(name).withUnsafeBytes(FuzzTargets.factsFile)
    }

    @Test("layout survives every saved input", arguments: inputs("layout"))
    func layout(_ name: String) throws {
        try Self.bytes(name).withUnsafeBytes(FuzzTargets.layout)
    }

    @Test func everyTargetHasSavedInputs() {
        for t in ["extract", "factsfile", "layout"] { #expect(!Self.inputs(t).isEmpty, "no inputs for \(t)") }
    }
}
