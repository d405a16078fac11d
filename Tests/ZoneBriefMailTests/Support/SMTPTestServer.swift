import Foundation

/// A real SMTP server (aiosmtpd, Server/smtp_server.py) on a free loopback port for one test.
/// Received messages land in ``folder`` as NNN.eml + NNN.json. ``stop()`` closes the server's
/// stdin, which ends it; it also ends by itself after `lifetime` seconds, so no test can hang on it.
final class SMTPTestServer {
    let folder: URL
    let port: Int
    private let process: Process
    private let stdin: Pipe

    struct Received {
        var eml: URL
        var mailFrom: String
        var recipients: [String]
        var authenticated: Bool
    }

    /// Starts the server; with `user`, AUTH is required and `password` is the one it accepts
    /// (handed over in an environment variable, not argv). `tls` is (cert, key) for STARTTLS.
    /// `busy`: greet every connection with `421` and hang up (see smtp_server.py).
    /// `implicitTLS`: with `tls`, speak TLS from the first byte (smtps) instead of STARTTLS.
    init(user: String? = nil, password: String? = nil, tls: (cert: String, key: String)? = nil,
         implicitTLS: Bool = false, busy: Bool = false, lifetime: Double = 90) throws {
        guard let python = TestPython.executable else { throw TestFailure(TestPython.missing) }
        folder = try temporaryFolder("smtp")
        var args = [TestPython.serverDir.appendingPathComponent("smtp_server.py").path,
                    "--dir", folder.appendingPathComponent("mail").path, "--timeout", String(lifetime)]
        var env = ProcessInfo.processInfo.environment
        if let user, let password {
            args += ["--user", user, "--password-env", "ZB_TEST_SMTP_PASSWORD"]
            env["ZB_TEST_SMTP_PASSWORD"] = password
        }
        if let tls { args += [implicitTLS ? "--implicit-tls" : "--starttls", tls.cert, tls.key] }
        if busy { args.append("--busy") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python.hasPrefix("/") ? python : "/usr/bin/env")
        p.arguments = python.hasPrefix("/") ? args : [python] + args
        p.environment = env
        let out = folder.appendingPathComponent("server.out"), err = folder.appendingPathComponent("server.err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        stdin = Pipe()
        p.standardInput = stdin
        try p.run()
        process = p
        let deadline = Date().addingTimeInterval(20)
        var found: Int?
        while found == nil && Date() < deadline && p.isRunning {
            if let text = try? String(contentsOf: out, encoding: .utf8), text.hasPrefix("READY "),
               let n = Int(text.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)) {
                found = n
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        guard let found else {
            p.terminate()
            throw TestFailure("the test SMTP server did not start: \((try? String(contentsOf: err, encoding: .utf8)) ?? "")")
        }
        port = found
    }

    var url: String { "smtp://127.0.0.1:\(port)" }

    /// The messages received so far, in order.
    func received() throws -> [Received] {
        let dir = folder.appendingPathComponent("mail")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(name))) as! [String: Any]
            return Received(eml: dir.appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".eml")),
                            mailFrom: json["mail_from"] as? String ?? "", recipients: json["rcpt_tos"] as? [String] ?? [],
                            authenticated: json["authenticated"] as? Bool ?? false)
        }
    }

    /// Connections a `busy` server has turned away.
    var connections: Int {
        (try? String(contentsOf: folder.appendingPathComponent("mail/connections"), encoding: .utf8)).flatMap { Int($0) } ?? 0
    }

    /// Ends the server and removes its folder.
    func stop() {
        try? stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: folder)
    }

    /// A port nothing listens on: bound to find it free, then closed.
    static func deadPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
