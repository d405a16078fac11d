import Foundation

/// Running the built `zonebrief` and a real SMTP server for the `send` end-to-end tests.
enum SendSupport {
    static let packageRoot = ZonebriefProcess.repoRoot
    static let serverScripts = packageRoot.appendingPathComponent("Tests/ZoneBriefMailTests/Server")

    /// The binary sits beside the test bundle.
    static let zonebrief = ZonebriefProcess.executable.path

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `program` with `args` and `environment` (added to a minimal one), killed after `timeout` s.
    static func run(_ program: String, _ args: [String], environment: [String: String] = [:],
                    timeout: Double = 60) throws -> Run {
        let dir = try folder("run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        p.arguments = program.hasPrefix("/") ? args : [program] + args
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": dir.path, "TZ": "UTC"]
        // under scripts/test-asan the child is instrumented too: it needs the same sanitizer settings
        for key in ["ASAN_OPTIONS", "LSAN_OPTIONS"] { env[key] = ProcessInfo.processInfo.environment[key] }
        env.merge(environment) { $1 }
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            throw SendTestError("\(program) did not finish in \(timeout) s")
        }
        return Run(status: p.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                   stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// `zonebrief send …`.
    static func send(_ args: [String], environment: [String: String] = [:]) throws -> Run {
        try run(zonebrief, ["send"] + args, environment: environment)
    }

    /// `$ZB_PYTHON`, the project's .build-py, or python3: the first that has aiosmtpd.
    static let python: String? = {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["ZB_PYTHON"], !env.isEmpty { candidates.append(env) }
        candidates += [packageRoot.appendingPathComponent(".build-py/bin/python").path, "python3"]
        for c in candidates where !c.hasPrefix("/") || FileManager.default.isExecutableFile(atPath: c) {
            if (try? run(c, ["-c", "import aiosmtpd"]).status) == 0 { return c }
        }
        return nil
    }()

    /// Python's `email` package's reading of an .eml (Tests/ZoneBriefMailTests/Server/check_message.py).
    static func parse(_ eml: URL, attachmentOut: URL) throws -> [String: Any] {
        guard let python else { throw SendTestError("no Python with aiosmtpd: run scripts/test") }
        let r = try run(python, [serverScripts.appendingPathComponent("check_message.py").path, eml.path, attachmentOut.path])
        guard r.status == 0, let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else {
            throw SendTestError("check_message.py failed: \(r.stderr)")
        }
        return json
    }

    /// The lines that tell a message's size before it goes (`message to a@x.cn: 31 KB (PDF 29 KB; limit 20 MB)`).
    static func sizeLines(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("message to ") }
    }

    /// stdout without those lines.
    static func withoutSizeLines(_ stdout: String) -> String {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("message to ") }
            .joined(separator: "\n")
    }

    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-e2e-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

struct SendTestError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// The aiosmtpd server of Tests/ZoneBriefMailTests/Server/smtp_server.py on a free port;
/// stops when ``stop()`` closes its stdin, or by itself after 90 s.
final class SendTestServer {
    let folder: URL
    let port: Int
    private let process: Process
    private let stdin = Pipe()

    /// `wire`: no real server but one that offers AUTH and no STARTTLS and records every byte
    /// it receives (``wire``), as a man in the middle would see them. `rejectPrefix`: RCPT TO
    /// addresses whose local part starts with it are refused (550).
    init(user: String, password: String, wire: Bool = false, rejectPrefix: String = "reject") throws {
        guard let python = SendSupport.python else { throw SendTestError("no Python with aiosmtpd: run scripts/test") }
        folder = try SendSupport.folder("smtp")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python.hasPrefix("/") ? python : "/usr/bin/env")
        let args = [SendSupport.serverScripts.appendingPathComponent("smtp_server.py").path,
                    "--dir", folder.appendingPathComponent("mail").path, "--timeout", "90",
                    "--user", user, "--password-env", "ZB_TEST_SMTP_PASSWORD", "--reject-prefix", rejectPrefix] + (wire ? ["--wire"] : [])
        p.arguments = python.hasPrefix("/") ? args : [python] + args
        var env = ProcessInfo.processInfo.environment
        env["ZB_TEST_SMTP_PASSWORD"] = password
        p.environment = env
        let out = folder.appendingPathComponent("server.out")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = FileHandle.nullDevice
        p.standardInput = stdin
        try p.run()
        process = p
        let deadline = Date().addingTimeInterval(20)
        var found: Int?
        while found == nil && Date() < deadline && p.isRunning {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            found = text.hasPrefix("READY ") ? Int(text.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)) : nil
            if found == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let found else {
            p.terminate()
            throw SendTestError("the test SMTP server did not start")
        }
        port = found
    }

    var url: String { "smtp://127.0.0.1:\(port)" }

    /// Everything a `wire` server received from its clients.
    var wire: String {
        (try? String(contentsOf: folder.appendingPathComponent("mail/wire"), encoding: .utf8)) ?? ""
    }

    /// Received messages (.eml files) and their envelope recipients, in order.
    func received() throws -> [(eml: URL, recipients: [String])] {
        let dir = folder.appendingPathComponent("mail")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(name))) as? [String: Any]
            return (dir.appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".eml")),
                    json?["rcpt_tos"] as? [String] ?? [])
        }
    }

    func stop() {
        try? stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: folder)
    }
}
