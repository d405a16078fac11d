import Foundation

/// The built `zonebrief`, run as a user runs it: its exit code, stdout and stderr.
enum ZonebriefProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary sits beside the test bundle (the directory of `CommandLine.arguments[0]`), else
    /// in .build/debug.
    static var executable: URL {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zonebrief")
        if FileManager.default.isExecutableFile(atPath: here.path) { return here }
        return repoRoot.appendingPathComponent(".build/debug/zonebrief")
    }

    /// Runs `zonebrief ARGS` in `directory` with this process's environment, less `removing`, plus
    /// `environment`.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    removing: [String] = []) throws -> Output {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for k in removing { env.removeValue(forKey: k) }
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read before waiting so a full pipe never blocks the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}
