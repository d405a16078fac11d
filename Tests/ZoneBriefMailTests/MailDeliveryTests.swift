import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefMail

/// A transport that answers from a script: refuses some addresses, fails whole envelopes that
/// contain a marked address, and records what it was asked to send.
final class ScriptedTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var envelopes: [[String]] = []

    func send(_ message: Data, from: MailAddress, to recipients: [MailAddress]) -> SMTPSendResult {
        lock.withLock { envelopes.append(recipients.map(\.address)) }
        if recipients.contains(where: { $0.address.hasPrefix("down") }) {
            let f = SMTPFailure(kind: .connection, host: "mx", port: 25, tries: 3, detail: "Couldn't connect to server", serverSaid: nil)
            return SMTPSendResult(delivered: [], refused: [], failure: f, tries: 3, transcript: SMTPTranscript())
        }
        let refused = recipients.filter { $0.address.hasPrefix("no") }.map { (address: $0, reply: "550 no such user") }
        return SMTPSendResult(delivered: recipients.filter { !$0.address.hasPrefix("no") }, refused: refused,
                              failure: nil, tries: 1, transcript: SMTPTranscript())
    }
}

func pdfFixture(named name: String = "brief.pdf", summary: Data? = nil) throws -> (dir: URL, path: String) {
    let dir = try temporaryFolder("delivery")
    let pdf = dir.appendingPathComponent(name)
    try Data("%PDF-1.4 test".utf8).write(to: pdf)
    if let summary { try summary.write(to: URL(fileURLWithPath: BriefBody.summaryPath(forAttachment: pdf.path))) }
    return (dir, pdf.path)
}

@Test func oneFailureDoesNotStopTheOthers() throws {
    let f = try pdfFixture()
    defer { try? FileManager.default.removeItem(at: f.dir) }
    let request = MailRequest(attachmentPath: f.path, from: try MailAddress("me@gov.cn"),
                              to: try MailAddress.list("a@x.cn,down@y.cn,no@z.cn,b@x.cn"), each: true)
    let transport = ScriptedTransport()
    let report = MailDelivery.send(try MailDelivery.messages(for: request).value, via: transport)
    #expect(transport.envelopes == [["a@x.cn"], ["down@y.cn"], ["no@z.cn"], ["b@x.cn"]])
    #expect(!report.allDelivered)
    #expect(report.delivered.map(\.address) == ["a@x.cn", "b@x.cn"])
    #expect(report.lines == [
        "sent to a@x.cn",
        "not sent to down@y.cn: cannot reach the mail server (host mx, port 25, 3 tries): Couldn't connect to server; no reply from the server",
        "refused: no@z.cn: 550 no such user",
        "sent to b@x.cn",
    ])
}

@Test func aSharedFailureIsToldOnce() throws {
    let f = try pdfFixture()
    defer { try? FileManager.default.removeItem(at: f.dir) }
    let request = MailRequest(attachmentPath: f.path, from: try MailAddress("me@gov.cn"),
                              to: try MailAddress.list("down@y.cn,a@x.cn"), cc: try MailAddress.list("a@x.cn,c@z.cn"))
    let messages = try MailDelivery.messages(for: request).value
    #expect(messages.count == 1)
    #expect(messages[0].cc.map(\.address) == ["c@z.cn"], "an address in To is not copied again")
    let report = MailDelivery.send(messages, via: ScriptedTransport())
    #expect(report.lines == ["not sent to down@y.cn, a@x.cn, c@z.cn: cannot reach the mail server (host mx, port 25, 3 tries): Couldn't connect to server; no reply from the server"])
}

@Test func bodyComesFromTheSummaryBesideThePDF() throws {
    let summary = "2023年1-6月 四个高新区\n"
    let f = try pdfFixture(named: "简报.pdf", summary: Data(summary.utf8))
    defer { try? FileManager.default.removeItem(at: f.dir) }
    #expect(BriefBody.summaryPath(forAttachment: f.path).hasSuffix("/简报.summary.txt"))
    let body = try BriefBody.text(forAttachment: f.path)
    #expect(body.value == summary)
    #expect(body.diagnostics.isEmpty)
    #expect(BriefBody.subject(forAttachment: f.path) == "高新区对比简报：简报")

    let other = f.dir.appendingPathComponent("body.txt")
    try Data([0xEF, 0xBB, 0xBF] + Array("正文".utf8)).write(to: other)
    #expect(try BriefBody.text(forAttachment: f.path, bodyFile: other.path).value == "正文", "a BOM is dropped")
    #expect(throws: MailError.unreadable(path: "/nonexistent/body.txt", reason: "no such file")) {
        try BriefBody.text(forAttachment: f.path, bodyFile: "/nonexistent/body.txt")
    }
}

@Test func unusableSummaryIsAWarningAndTheGenericNoteIsUsed() throws {
    let f = try pdfFixture(summary: Data([0xC4, 0xE3, 0xBA, 0xC3]))  // GB18030 你好, not UTF-8
    defer { try? FileManager.default.removeItem(at: f.dir) }
    let body = try BriefBody.text(forAttachment: f.path)
    #expect(body.value == BriefBody.generic(fileName: "brief.pdf"))
    #expect(body.value.contains("附件《brief.pdf》"))
    #expect(body.diagnostics.map(\.description) == [
        "\(BriefBody.summaryPath(forAttachment: f.path)): warning: cannot use the summary (it is not UTF-8 text); the body is a generic note",
    ])
}

@Test func emlIsWrittenWholeOrNotAtAll() throws {
    let f = try pdfFixture()
    defer { try? FileManager.default.removeItem(at: f.dir) }
    let out = f.dir.appendingPathComponent("m.eml").path
    try EMLWriter.write(Data("one\r\n".utf8), to: out)
    try EMLWriter.write(Data("two\r\n".utf8), to: out)
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == Data("two\r\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: f.dir.path).sorted() == ["brief.pdf", "m.eml"])
    #expect(throws: MailError.unwritable(path: "/nonexistent/dir/m.eml", reason: "no such file")) {
        try EMLWriter.write(Data(), to: "/nonexistent/dir/m.eml")
    }
    #expect(EMLWriter.path("out/b.eml", recipient: try MailAddress("a@x.cn"), count: 2) == "out/b.a@x.cn.eml")
    #expect(EMLWriter.path("out/b.eml", recipient: try MailAddress("a@x.cn"), count: 1) == "out/b.eml")
}

@Test func noRecipientsNoMessage() throws {
    let f = try pdfFixture()
    defer { try? FileManager.default.removeItem(at: f.dir) }
    #expect(throws: MailError.noRecipients) {
        try MailDelivery.messages(for: MailRequest(attachmentPath: f.path, from: try MailAddress("me@gov.cn"), to: []))
    }
    #expect(throws: MailError.unreadable(path: f.dir.appendingPathComponent("missing.pdf").path, reason: "no such file")) {
        try MailDelivery.messages(for: MailRequest(attachmentPath: f.dir.appendingPathComponent("missing.pdf").path,
                                                   from: try MailAddress("me@gov.cn"), to: [MailAddress("a@x.cn")]))
    }
}
