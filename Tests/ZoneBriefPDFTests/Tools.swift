import Foundation

/// The repository's root (three levels above this file).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
let fontsDirectory = repositoryRoot + "/Fonts"

/// Runs a command-line tool, returning its exit status and standard output.
func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool] + arguments
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// A fresh temporary directory for one test.
func temporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-pdf-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// The Python that has fontTools and pypdf: `$ZB_PYTHON` (scripts/test sets it), else python3.
let glyphCheckPython: String? = {
    let candidate = ProcessInfo.processInfo.environment["ZB_PYTHON"] ?? "python3"
    guard let r = try? run(candidate, ["-c", "import fontTools, pypdf"]), r.status == 0 else { return nil }
    return candidate
}()
