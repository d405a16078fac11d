import Foundation

/// The Python the mail tests use for the SMTP server and the independent MIME check:
/// `$ZB_PYTHON` (set by scripts/test), else the project's `.build-py/bin/python`, else `python3`;
/// the first one that can import aiosmtpd.
enum TestPython {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let serverDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Server")

    /// nil when no Python with aiosmtpd is found (the tests then fail saying so).
    static let executable: String? = {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["ZB_PYTHON"], !env.isEmpty { candidates.append(env) }
        candidates.append(packageRoot.appendingPathComponent(".build-py/bin/python").path)
        candidates.append("/usr/bin/env")
        for c in candidates where c == "/usr/bin/env" || FileManager.default.isExecutableFile(atPath: c) {
            let args = c == "/usr/bin/env" ? ["python3", "-c", "import aiosmtpd"] : ["-c", "import aiosmtpd"]
            if (try? run(c, args, timeout: 20).status) == 0 { return c == "/usr/bin/env" ? "python3" : c }
        }
        return nil
    }()

    static let missing = "no Python with aiosmtpd: run scripts/test (it makes .build-py/), or python3 -m pip install aiosmtpd"

    /// Runs a program to its end (killed after `timeout` seconds); stdout and stderr as text.
    static func run(_ program: String, _ args: [String], environment: [String: String]? = nil,
                    timeout: Double = 60) throws -> (status: Int32, stdout: String, stderr: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        if program.hasPrefix("/") {
            p.executableURL = URL(fileURLWithPath: program)
            p.arguments = args
        } else {
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [program] + args
        }
        if let environment { p.environment = environment }
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            throw TestFailure("\(program) \(args.joined(separator: " ")) did not finish in \(timeout) s")
        }
        return (p.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    /// What Python's `email` package makes of an .eml (see Server/check_message.py).
    static func checkMessage(_ eml: URL, attachmentOut: URL) throws -> [String: Any] {
        guard let python = executable else { throw TestFailure(missing) }
        let r = try run(python, [serverDir.appendingPathComponent("check_message.py").path, eml.path, attachmentOut.path])
        guard r.status == 0, let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else {
            throw TestFailure("check_message.py failed: \(r.stderr)")
        }
        return json
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// A fresh temporary folder, removed by `cleanUp()`.
func temporaryFolder(_ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}
