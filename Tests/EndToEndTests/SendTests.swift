import Foundation
import Testing

/// `zonebrief send`, run as a user runs it: the built binary, a real SMTP server on loopback,
/// stdout, stderr and exit codes compared verbatim.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct SendTests {
    static let password = "Tr0ub4dor&3-secret"
    static let pdfName = "高新区简报2023上半年.pdf"

    /// A folder with the PDF (every kind of byte: leading dots, bare CR/LF, NUL) and a password file.
    static func workspace(summary: String? = nil) throws -> (dir: URL, pdf: URL, bytes: Data, passwordFile: URL) {
        let dir = try SendSupport.folder("send")
        var bytes = Data("%PDF-1.5\n.\r\n..\n\r.\r\n".utf8)
        bytes += Data((0..<30_000).map { UInt8(truncatingIfNeeded: ($0 &* 40_503) >> 5) })
        let pdf = dir.appendingPathComponent(pdfName)
        try bytes.write(to: pdf)
        if let summary {
            try summary.write(to: dir.appendingPathComponent("高新区简报2023上半年.summary.txt"), atomically: true, encoding: .utf8)
        }
        let pw = dir.appendingPathComponent("smtp.password")
        try (password + "\n").write(to: pw, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pw.path)
        return (dir, pdf, bytes, pw)
    }

    /// No output of a run may show the password in any form SMTP could send it in.
    static func expectNoCredential(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let forms = [password, Data(password.utf8).base64EncodedString(),
                     Data("\0alice\0\(password)".utf8).base64EncodedString()]
        for text in texts {
            for form in forms {
                #expect(!text.contains(form), "a credential leaked: \(form)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func emlDryRunWritesTheExactMessage() throws {
        let w = try Self.workspace(summary: "2023年1-6月，肇庆、青岛、南京、杭州四个高新区：\nGDP合计 1234.5亿元。\n")
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let eml = w.dir.appendingPathComponent("out.eml")
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn,b@y.cn", "--cc", "c@z.cn", "--from", "高新区简报 <brief@gov.cn>",
                                      "--eml", eml.path])
        #expect(r.status == 0)
        #expect(SendSupport.sizeLines(r.stdout).count == 1)
        #expect(SendSupport.sizeLines(r.stdout).first?.hasPrefix("message to a@x.cn, b@y.cn, c@z.cn: ") == true)
        #expect(SendSupport.withoutSizeLines(r.stdout) == "wrote \(eml.path)\n")
        // a summary without the brief's HTML page beside it: the message is plain text, and says so
        #expect(r.stderr == "zonebrief: \(w.dir.path)/高新区简报2023上半年.mail.html: warning: no HTML body beside the PDF "
                + "(make the brief again to have one); the message is plain text\n")
        let att = w.dir.appendingPathComponent("att.bin")
        let m = try SendSupport.parse(eml, attachmentOut: att)
        #expect(m["subject"] as? String == "高新区对比简报：高新区简报2023上半年")
        #expect(m["to"] as? String == "a@x.cn, b@y.cn")
        #expect(m["cc"] as? String == "c@z.cn")
        #expect(m["from"] as? String == "高新区简报 <brief@gov.cn>")
        #expect((m["message_id"] as? String)?.hasSuffix("@gov.cn>") == true)
        #expect(m["max_line"] as? Int ?? 99 <= 78)
        #expect(m["bare_lf"] as? Bool == false)
        let parts = m["parts"] as? [[String: Any]] ?? []
        #expect(parts.first?["text"] as? String == "2023年1-6月，肇庆、青岛、南京、杭州四个高新区：\r\nGDP合计 1234.5亿元。\r\n")
        #expect(parts.last?["filename"] as? String == Self.pdfName)
        #expect(try Data(contentsOf: att) == w.bytes)
        // No temporary file left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.dir.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func emlEachWritesOneFilePerRecipientWithGenericBody() throws {
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let eml = w.dir.appendingPathComponent("out.eml")
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn,b@y.cn", "--each", "--subject", "Brief", "--eml", eml.path])
        #expect(r.status == 0)
        let paths = ["a@x.cn", "b@y.cn"].map { w.dir.appendingPathComponent("out.\($0).eml").path }
        #expect(SendSupport.withoutSizeLines(r.stdout) == paths.map { "wrote \($0)\n" }.joined())
        #expect(SendSupport.sizeLines(r.stdout).count == 2)
        let m = try SendSupport.parse(URL(fileURLWithPath: paths[1]), attachmentOut: w.dir.appendingPathComponent("att"))
        #expect(m["to"] as? String == "b@y.cn")
        #expect(m["subject"] as? String == "Brief")
        #expect(m["from"] as? String == "zonebrief@localhost")
        let body = (m["parts"] as? [[String: Any]])?.first?["text"] as? String ?? ""
        #expect(body.contains("附件《\(Self.pdfName)》"))
    }

    @Test func sendsThroughTheServerWithConfigAndFlags() throws {
        let s = try SendTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        // The config names a dead server and a sender; the --smtp flag wins over its url.
        let config = w.dir.appendingPathComponent("smtp.conf")
        try """
        url = smtp://127.0.0.1:1
        from = brief@gov.cn
        user = alice
        password_file = \(w.passwordFile.path)
        insecure_plaintext_auth = yes
        retries = 1
        """.write(to: config, atomically: true, encoding: .utf8)
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn,b@y.cn", "--config", config.path, "--smtp", s.url,
                                      "--verbose"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(SendSupport.withoutSizeLines(r.stdout) == "sent to a@x.cn\nsent to b@y.cn\n")
        #expect(r.stderr.hasPrefix("zonebrief: \(s.url): warning: insecure plaintext auth is on: if the server offers no STARTTLS, "
                                   + "the password of alice goes over the network in clear text\n"))
        #expect(r.stderr.contains("> AUTH PLAIN\n< 334 \n> <credentials>\n< 235 2.7.0 Authentication successful"))
        let got = try s.received()
        #expect(got.map(\.recipients) == [["a@x.cn", "b@y.cn"]])
        let att = w.dir.appendingPathComponent("att.bin")
        let m = try SendSupport.parse(got[0].eml, attachmentOut: att)
        #expect(try Data(contentsOf: att) == w.bytes)
        #expect((m["parts"] as? [[String: Any]])?.last?["filename"] as? String == Self.pdfName)
        Self.expectNoCredential([r.stdout, r.stderr])
    }

    @Test func passwordFromEnvironmentAndPerRecipientFailure() throws {
        let s = try SendTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn,reject-me@y.cn", "--cc", "c@z.cn", "--from", "brief@gov.cn",
                                      "--smtp", s.url, "--user", "alice", "--password-env", "BRIEF_PW", "--verbose",
                                      "--insecure-plaintext-auth"],
                                     environment: ["BRIEF_PW": Self.password])
        #expect(r.status == 1)
        #expect(SendSupport.withoutSizeLines(r.stdout) == "sent to a@x.cn\nsent to c@z.cn\n")
        #expect(r.stderr.hasSuffix("zonebrief: refused: reject-me@y.cn: 550 5.1.1 <reject-me@y.cn>: no such user here\n"))
        #expect(try s.received().map(\.recipients) == [["a@x.cn", "c@z.cn"]])
        Self.expectNoCredential([r.stdout, r.stderr])
    }

    @Test func wrongPasswordFailsClearly() throws {
        let s = try SendTestServer(user: "alice", password: "the-right-one")
        defer { s.stop() }
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn", "--from", "brief@gov.cn", "--smtp", s.url,
                                      "--user", "alice", "--password-file", w.passwordFile.path, "--verbose",
                                      "--insecure-plaintext-auth"])
        #expect(r.status == 1)
        #expect(SendSupport.withoutSizeLines(r.stdout) == "")
        #expect(r.stderr.hasSuffix("""
        zonebrief: not sent to a@x.cn: the mail server refused the login or wants one (check --user and the password) \
        (host 127.0.0.1, port \(s.port), 1 try): Login denied; server said: 535 5.7.8 Authentication credentials invalid

        """))
        #expect(try s.received().isEmpty)
        Self.expectNoCredential([r.stdout, r.stderr])
    }

    /// Finding 1 of issue 12: smtp:// and a server (or a man in the middle) offering no STARTTLS.
    /// With a login the run stops after EHLO: no AUTH, no password on the wire, exit 1.
    @Test func passwordNeverCrossesTheWireWithoutTLS() throws {
        let s = try SendTestServer(user: "alice", password: Self.password, wire: true)
        defer { s.stop() }
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn", "--from", "brief@gov.cn", "--smtp", s.url,
                                      "--user", "alice", "--password-file", w.passwordFile.path])
        #expect(r.status == 1)
        #expect(SendSupport.withoutSizeLines(r.stdout) == "")
        #expect(r.stderr.hasPrefix("zonebrief: not sent to a@x.cn: no secure connection to the mail server (host 127.0.0.1, port \(s.port), 1 try): "))
        #expect(r.stderr.hasSuffix("; the server offers no STARTTLS, so the password of alice was not sent; "
                                   + "use smtps:// or a server with STARTTLS (--insecure-plaintext-auth sends it in clear text)\n"))
        let wire = s.wire
        #expect(wire.hasPrefix("EHLO "))
        #expect(!wire.contains("AUTH") && !wire.contains("MAIL FROM"), "\(wire)")
        Self.expectNoCredential([wire, r.stdout, r.stderr])
    }

    /// Sending the password in clear takes a loudly named option, and says so on stderr.
    @Test func insecurePlaintextAuthIsExplicitAndWarned() throws {
        let s = try SendTestServer(user: "alice", password: Self.password, wire: true)
        defer { s.stop() }
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn", "--from", "brief@gov.cn", "--smtp", s.url,
                                      "--user", "alice", "--password-file", w.passwordFile.path, "--insecure-plaintext-auth"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "zonebrief: \(s.url): warning: insecure plaintext auth is on: if the server offers no STARTTLS, "
                + "the password of alice goes over the network in clear text\n")
        #expect(s.wire.contains("AUTH PLAIN"))
    }

    /// Mail without a login may still go in clear.
    @Test func mailWithoutLoginMayGoInClear() throws {
        let s = try SendTestServer(user: "alice", password: Self.password, wire: true)
        defer { s.stop() }
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn", "--from", "brief@gov.cn", "--smtp", s.url])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(SendSupport.withoutSizeLines(r.stdout) == "sent to a@x.cn\n")
        #expect(s.wire.contains("MAIL FROM:<brief@gov.cn>") && !s.wire.contains("AUTH"))
    }

    @Test func deadServerFailsAfterRetries() throws {
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let port = deadPort()
        let start = Date()
        let r = try SendSupport.send([w.pdf.path, "--to", "a@x.cn", "--from", "brief@gov.cn", "--smtp", "smtp://127.0.0.1:\(port)",
                                      "--user", "alice", "--password-file", w.passwordFile.path, "--retry-delay", "0.2"])
        #expect(r.status == 1)
        #expect(Date().timeIntervalSince(start) >= 0.6, "3 tries wait 0.2 s then 0.4 s")
        // libcurl says how long the refused connect took ("after 0 ms"); that number is not ours.
        let stderr = r.stderr.replacingOccurrences(of: #"after \d+ ms"#, with: "after N ms", options: .regularExpression)
        #expect(stderr == """
        zonebrief: not sent to a@x.cn: cannot reach the mail server (host 127.0.0.1, port \(port), 3 tries): \
        Failed to connect to 127.0.0.1 port \(port) after N ms: Couldn't connect to server; no reply from the server

        """)
        Self.expectNoCredential([r.stdout, r.stderr])
    }

    /// Bad arguments: exit 64 and a sentence the user can act on; a password on the command
    /// line is refused without being repeated.
    @Test(arguments: [
        (["--to", "a@x.cn", "--password", "Tr0ub4dor&3-secret"],
         "Error: passwords are not taken on the command line (ps and shell history would show them); use --password-env VAR or --password-file FILE"),
        (["--to", "a@x.cn,not-an-address"], "Error: 'not-an-address' is not an e-mail address: it has no @"),
        (["--to", " , "], "Error: --to names no recipient; pass --to a@x.cn[,b@y.cn]"),
        (["--to", "a@x.cn", "--password-env", "A", "--password-file", "B"],
         "Error: give the password one way: --password-env or --password-file, not both"),
    ])
    func badArguments(args: [String], message: String) throws {
        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let r = try SendSupport.send([w.pdf.path] + args)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix(message + "\n"), "\(r.stderr)")
        Self.expectNoCredential([r.stdout, r.stderr])
    }

    @Test func missingPDFAndMissingServer() throws {
        let missing = try SendSupport.send(["/nonexistent/brief.pdf", "--to", "a@x.cn"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Error: cannot read /nonexistent/brief.pdf: no such file\n"))

        let w = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let noServer = try SendSupport.send([w.pdf.path, "--to", "a@x.cn", "--from", "a@gov.cn"])
        #expect(noServer.status == 1)
        #expect(noServer.stderr == "zonebrief: error: no SMTP server: pass --smtp smtp://host:port, set 'url' in the SMTP config file, or write the message with --eml\n")
    }

    func deadPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
