import Foundation
import Testing
@testable import ZoneBriefMail

/// Against a real SMTP server (aiosmtpd) on a loopback port: what arrives, who is refused,
/// what a wrong password and a dead server look like. Serialized: each test starts a server.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct SMTPDeliveryTests {
    static let password = "s3cr3t-P@ss"
    static let pdfName = "肇庆高新区2023年上半年主要经济指标对比简报.pdf"

    /// A PDF-like file with every kind of byte (lines starting with a dot, CR and LF alone, NUL,
    /// high bytes): base64 must carry them all unchanged.
    static func writePDF(in dir: URL) throws -> (path: String, bytes: Data) {
        var bytes = Data("%PDF-1.4\n.\r\n.\n..\r\n.\r\n\r\n".utf8)
        bytes += Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) })
        bytes += Data("\r\n.\r\n%%EOF\n".utf8)
        let url = dir.appendingPathComponent(pdfName)
        try bytes.write(to: url)
        return (url.path, bytes)
    }

    /// A transport to the loopback test server, which has no STARTTLS: the login goes in clear
    /// only because `plaintextAuth` says so (the default refuses it, see `loginNeedsTLS…`).
    func server(_ s: SMTPTestServer, user: String? = "alice", password: String = password,
                retry: RetryPolicy = RetryPolicy(), sleeps: SleepRecorder? = nil, plaintextAuth: Bool = true) throws -> SMTPTransport {
        var server = try SMTPServer(url: s.url)
        server.timeout = 10
        server.allowPlaintextAuth = plaintextAuth
        if let user { server.credentials = SMTPCredentials(user: user, password: Secret(password)) }
        return SMTPTransport(server: server, retry: retry, sleep: { sleeps?.record($0) })
    }

    @Test func everyRecipientGetsTheMessageIntact() throws {
        let s = try SMTPTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let dir = try temporaryFolder("deliver")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.writePDF(in: dir)
        let request = MailRequest(attachmentPath: pdf.path, from: try MailAddress("brief@gov.cn"),
                                  to: try MailAddress.list("a@x.cn,b@y.cn"), cc: try MailAddress.list("c@z.cn"),
                                  subject: "高新区对比简报：2023年1-6月")
        let messages = try MailDelivery.messages(for: request).value
        let report = MailDelivery.send(messages, via: try server(s))
        #expect(report.allDelivered, "\(report.lines)")
        #expect(report.lines == ["sent to a@x.cn", "sent to b@y.cn", "sent to c@z.cn"])

        let got = try s.received()
        #expect(got.count == 1)
        #expect(got.first?.recipients == ["a@x.cn", "b@y.cn", "c@z.cn"])
        #expect(got.first?.mailFrom == "brief@gov.cn")
        #expect(got.first?.authenticated == true)
        let out = dir.appendingPathComponent("att.bin")
        let parsed = try TestPython.checkMessage(try #require(got.first).eml, attachmentOut: out)
        #expect(parsed["subject"] as? String == "高新区对比简报：2023年1-6月")
        let parts = parsed["parts"] as? [[String: Any]] ?? []
        #expect(parts.last?["filename"] as? String == Self.pdfName)
        #expect(parts.last?["name"] as? String == Self.pdfName)
        #expect(try Data(contentsOf: out) == pdf.bytes, "the attachment must arrive byte for byte")
        // What the server stored is exactly what we rendered.
        #expect(try Data(contentsOf: got[0].eml) == messages[0].rendered())
    }

    @Test func refusedRecipientIsReportedAndOthersStillGetIt() throws {
        let s = try SMTPTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let dir = try temporaryFolder("refuse")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.writePDF(in: dir)
        for each in [false, true] {
            let request = MailRequest(attachmentPath: pdf.path, from: try MailAddress("brief@gov.cn"),
                                      to: try MailAddress.list("a@x.cn,reject.me@y.cn,b@y.cn"), each: each)
            let report = MailDelivery.send(try MailDelivery.messages(for: request).value, via: try server(s))
            #expect(!report.allDelivered)
            #expect(report.delivered.map(\.address) == ["a@x.cn", "b@y.cn"])
            #expect(report.lines[1] == "refused: reject.me@y.cn: 550 5.1.1 <reject.me@y.cn>: no such user here")
            #expect(report.messageCount == (each ? 3 : 1))
        }
        let got = try s.received()
        #expect(got.map(\.recipients) == [["a@x.cn", "b@y.cn"], ["a@x.cn"], ["b@y.cn"]])
    }

    @Test func everyRecipientRefusedMeansNoMessageAndEachIsNamed() throws {
        let s = try SMTPTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let result = try server(s).send(Data("Subject: x\r\n\r\nx\r\n".utf8), from: MailAddress("a@gov.cn"),
                                        to: MailAddress.list("reject1@x.cn,reject2@y.cn"))
        #expect(result.failure == nil, "the refusals say it all")
        #expect(result.delivered.isEmpty)
        #expect(result.refused.map(\.address.address) == ["reject1@x.cn", "reject2@y.cn"])
        #expect(result.tries == 1)
        #expect(try s.received().isEmpty)
    }

    @Test func eachRecipientGetsAMessageOfTheirOwn() throws {
        let s = try SMTPTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let dir = try temporaryFolder("each")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = try Self.writePDF(in: dir)
        let request = MailRequest(attachmentPath: pdf.path, from: try MailAddress("brief@gov.cn"),
                                  to: try MailAddress.list("a@x.cn,b@y.cn"), cc: try MailAddress.list("c@z.cn"), each: true)
        let report = MailDelivery.send(try MailDelivery.messages(for: request).value, via: try server(s))
        #expect(report.allDelivered)
        let got = try s.received()
        #expect(got.map(\.recipients) == [["a@x.cn"], ["b@y.cn"], ["c@z.cn"]])
        for (r, address) in zip(got, ["a@x.cn", "b@y.cn", "c@z.cn"]) {
            let parsed = try TestPython.checkMessage(r.eml, attachmentOut: dir.appendingPathComponent("x"))
            #expect(parsed["to"] as? String == address)
            #expect(parsed["cc"] is NSNull)
        }
        let ids = try got.map { try TestPython.checkMessage($0.eml, attachmentOut: dir.appendingPathComponent("x"))["message_id"] as? String }
        #expect(Set(ids).count == 3, "each message has its own Message-ID")
    }

    @Test func wrongPasswordFailsClearlyWithoutRetryOrLeak() throws {
        let s = try SMTPTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let sleeps = SleepRecorder()
        let wrong = "Wr0ng-Pa55word"
        let result = try server(s, password: wrong, sleeps: sleeps)
            .send(Data("Subject: x\r\n\r\nx\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        let failure = try #require(result.failure)
        #expect(failure.kind == .login)
        #expect(failure.tries == 1)
        #expect(sleeps.delays.isEmpty)
        #expect(failure.serverSaid == "535 5.7.8 Authentication credentials invalid")
        #expect(failure.description.hasPrefix("the mail server refused the login or wants one (check --user and the password) (host 127.0.0.1, port \(s.port), 1 try): "))
        for text in [failure.description, result.transcript.text] {
            #expect(!text.contains(wrong))
            #expect(!text.contains(Data(wrong.utf8).base64EncodedString()))
        }
        #expect(try s.received().isEmpty)
    }

    /// smtp:// with a login and a server that offers no STARTTLS: nothing but EHLO is said, the
    /// password never leaves, and the failure says why and what to do.
    @Test func loginNeedsTLSWhenTheServerOffersNoSTARTTLS() throws {
        let s = try SMTPTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let result = try server(s, plaintextAuth: false)
            .send(Data("Subject: x\r\n\r\nx\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        let failure = try #require(result.failure)
        #expect(failure.kind == .tls)
        #expect(failure.tries == 1)
        #expect(failure.description.hasSuffix("; the server offers no STARTTLS, so the password of alice was not sent; "
                                              + "use smtps:// or a server with STARTTLS (--insecure-plaintext-auth sends it in clear text)"))
        #expect(!result.transcript.lines.contains { if case .command(let c) = $0 { c.hasPrefix("AUTH") || c.hasPrefix("MAIL") } else { false } })
        #expect(try s.received().isEmpty)
    }

    @Test func requiresTLSFollowsTheLogin() throws {
        var plain = try SMTPServer(url: "smtp://mail.x.cn")
        #expect(!plain.requiresTLS, "mail without a login may go in clear")
        plain.credentials = SMTPCredentials(user: "a", password: Secret("p"))
        #expect(plain.requiresTLS)
        plain.allowPlaintextAuth = true
        #expect(!plain.requiresTLS)
        #expect(try SMTPServer(url: "smtps://mail.x.cn").requiresTLS)
        #expect(try SMTPServer(url: "smtp://mail.x.cn", requireTLS: true).requiresTLS)
    }

    @Test func noLoginWhenTheServerWantsOne() throws {
        let s = try SMTPTestServer(user: "alice", password: Self.password)
        defer { s.stop() }
        let result = try server(s, user: nil)
            .send(Data("Subject: x\r\n\r\nx\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        #expect(result.failure?.kind == .login)
        #expect(result.failure?.serverSaid == "530 5.7.0 Authentication required")
    }

    @Test func deadServerIsRetriedWithBackoffThenReported() throws {
        let port = SMTPTestServer.deadPort()
        let sleeps = SleepRecorder()
        var server = try SMTPServer(url: "smtp://127.0.0.1:\(port)")
        server.timeout = 5
        server.credentials = SMTPCredentials(user: "alice", password: Secret(Self.password))
        let transport = SMTPTransport(server: server, retry: RetryPolicy(attempts: 3, firstDelay: 0.5),
                                      sleep: { sleeps.record($0) })
        let result = try transport.send(Data("x\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        let failure = try #require(result.failure)
        #expect(failure.kind == .connection)
        #expect(failure.tries == 3)
        #expect(sleeps.delays == [0.5, 1.0])
        #expect(failure.description.hasPrefix("cannot reach the mail server (host 127.0.0.1, port \(port), 3 tries): "))
        #expect(failure.description.hasSuffix("; no reply from the server"))
        #expect(!failure.description.contains(Self.password))
    }

    @Test func busyServerIsRetriedThenReportedWithItsWords() throws {
        let s = try SMTPTestServer(busy: true)
        defer { s.stop() }
        let sleeps = SleepRecorder()
        var server = try SMTPServer(url: s.url)
        server.timeout = 10
        let result = try SMTPTransport(server: server, retry: RetryPolicy(attempts: 3, firstDelay: 0.05),
                                       sleep: { sleeps.record($0); Thread.sleep(forTimeInterval: $0) })
            .send(Data("x\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        let failure = try #require(result.failure)
        #expect(failure.kind == .connection)
        #expect(failure.tries == 3)
        #expect(s.connections == 3)
        #expect(sleeps.delays == [0.05, 0.1])
        #expect(failure.serverSaid == "421 4.3.2 Service not available, try again later")
    }

    @Test func requireTLSRefusesAServerWithoutSTARTTLS() throws {
        let s = try SMTPTestServer()
        defer { s.stop() }
        var server = try SMTPServer(url: s.url, requireTLS: true)
        server.timeout = 10
        let result = try SMTPTransport(server: server)
            .send(Data("x\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        #expect(result.failure?.kind == .tls)
        #expect(result.failure?.tries == 1)
        #expect(try s.received().isEmpty)
    }
}

/// Records the waits a transport asks for, instead of sleeping.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Double] = []
    func record(_ d: Double) { lock.withLock { recorded.append(d) } }
    var delays: [Double] { lock.withLock { recorded } }
}

/// STARTTLS for real: a throwaway certificate for 127.0.0.1 made with openssl (which Debian's
/// ca-certificates, a runtime dependency, pulls in), trusted through `caFile`.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct STARTTLSTests {
    static func certificate(in dir: URL) throws -> (cert: String, key: String) {
        let cert = dir.appendingPathComponent("cert.pem").path, key = dir.appendingPathComponent("key.pem").path
        let r = try TestPython.run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                               "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
        guard r.status == 0 else { throw TestFailure("openssl failed: \(r.stderr)") }
        return (cert, key)
    }

    @Test func sendsOverSTARTTLSWithTrustedCertificate() throws {
        let dir = try temporaryFolder("tls")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tls = try Self.certificate(in: dir)
        let s = try SMTPTestServer(user: "alice", password: SMTPDeliveryTests.password, tls: tls)
        defer { s.stop() }
        var server = try SMTPServer(url: s.url, requireTLS: true)
        server.caFile = tls.cert
        server.timeout = 10
        server.credentials = SMTPCredentials(user: "alice", password: Secret(SMTPDeliveryTests.password))
        let result = try SMTPTransport(server: server)
            .send(Data("Subject: tls\r\n\r\nover TLS\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        #expect(result.failure == nil, "\(result.failure.map(String.init(describing:)) ?? "")")
        #expect(result.delivered.map(\.address) == ["b@x.cn"])
        #expect(result.transcript.lines.contains(.command("STARTTLS")))
        #expect(try s.received().count == 1)
    }

    @Test func sendsOverSMTPS() throws {
        let dir = try temporaryFolder("tls")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tls = try Self.certificate(in: dir)
        let s = try SMTPTestServer(user: "alice", password: SMTPDeliveryTests.password, tls: tls, implicitTLS: true)
        defer { s.stop() }
        var server = try SMTPServer(url: "smtps://127.0.0.1:\(s.port)")
        server.caFile = tls.cert
        server.timeout = 10
        server.credentials = SMTPCredentials(user: "alice", password: Secret(SMTPDeliveryTests.password))
        let result = try SMTPTransport(server: server)
            .send(Data("Subject: tls\r\n\r\nover TLS\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        #expect(result.failure == nil, "\(result.failure.map(String.init(describing:)) ?? "")")
        #expect(!result.transcript.lines.contains(.command("STARTTLS")), "smtps needs no STARTTLS")
        #expect(try s.received().map(\.recipients) == [["b@x.cn"]])
        #expect(try s.received().first?.authenticated == true)
    }

    @Test func untrustedCertificateIsATLSFailure() throws {
        let dir = try temporaryFolder("tls")
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = try SMTPTestServer(tls: try Self.certificate(in: dir))
        defer { s.stop() }
        var server = try SMTPServer(url: s.url)   // STARTTLS when offered: it is, but the certificate is unknown
        server.timeout = 10
        let result = try SMTPTransport(server: server)
            .send(Data("x\r\n".utf8), from: MailAddress("a@gov.cn"), to: [MailAddress("b@x.cn")])
        #expect(result.failure?.kind == .tls)
        #expect(try s.received().isEmpty)
    }
}
