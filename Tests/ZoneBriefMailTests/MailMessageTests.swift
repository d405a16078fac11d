import Foundation
import Testing
@testable import ZoneBriefMail

/// 2026-11-22 21:56:21 UTC, the fixed date of these tests.
let fixedDate = Date(timeIntervalSince1970: 1_795_384_581)

func fixedStamp(_ zone: TimeZone = TimeZone(identifier: "Asia/Shanghai")!) -> MessageStamp {
    MessageStamp(date: fixedDate, timeZone: zone, messageID: "20261123055621.0123456789abcdef@gov.cn",
                 boundary: "=_zonebrief_test")
}

func sampleMessage(fileName: String = "肇庆高新区2023年上半年主要经济指标对比简报（含青岛、南京、杭州）.pdf",
                   pdf: Data = Data("%PDF-1.4\n.\r\n..\n\u{0}\u{1}end".utf8)) throws -> MailMessage {
    try MailMessage(from: MailAddress("brief@gov.cn"),
                    to: (1...6).map { try MailAddress("manager\($0)@zone-\($0).gov.cn") },
                    cc: [MailAddress("高新区办公室 <office@gov.cn>"), MailAddress("\"Li, Wei\" <li@gov.cn>")],
                    subject: "高新区对比简报：2023年1-6月 肇庆高新区、青岛高新区、南京高新区(江宁园)、杭州高新区(滨江)",
                    body: "您好：\n\n2023年1-6月，四个高新区……\n", attachments: [Attachment(fileName: fileName, data: pdf)],
                    stamp: fixedStamp())
}

@Test(arguments: [
    ("Asia/Shanghai", "Mon, 23 Nov 2026 05:56:21 +0800"),
    ("UTC", "Sun, 22 Nov 2026 21:56:21 +0000"),
    ("America/St_Johns", "Sun, 22 Nov 2026 18:26:21 -0330"),
    ("Asia/Kolkata", "Mon, 23 Nov 2026 03:26:21 +0530"),
])
func dateHeaderIsRFC5322(zone: String, expected: String) {
    #expect(fixedStamp(TimeZone(identifier: zone)!).rfc5322Date == expected)
}

@Test func headerBlockIsStable() throws {
    let text = String(decoding: try sampleMessage().rendered(), as: UTF8.self)
    let head = text.components(separatedBy: "\r\n\r\n")[0]
    #expect(head == """
    From: brief@gov.cn\r
    To: manager1@zone-1.gov.cn, manager2@zone-2.gov.cn, manager3@zone-3.gov.cn,\r
     manager4@zone-4.gov.cn, manager5@zone-5.gov.cn, manager6@zone-6.gov.cn\r
    Cc: =?UTF-8?B?6auY5paw5Yy65Yqe5YWs5a6k?= <office@gov.cn>, "Li, Wei"\r
     <li@gov.cn>\r
    Subject: =?UTF-8?B?6auY5paw5Yy65a+55q+U566A5oql77yaMjAyM+W5tDEtNuaciCDogoc=?=\r
     =?UTF-8?B?5bqG6auY5paw5Yy644CB6Z2S5bKb6auY5paw5Yy644CB5Y2X5Lqs6auY?=\r
     =?UTF-8?B?5paw5Yy6KOaxn+WugeWbrSnjgIHmna3lt57pq5jmlrDljLoo5ruo5rGf?=\r
     =?UTF-8?B?KQ==?=\r
    Date: Mon, 23 Nov 2026 05:56:21 +0800\r
    Message-ID: <20261123055621.0123456789abcdef@gov.cn>\r
    MIME-Version: 1.0\r
    Content-Type: multipart/mixed; boundary="=_zonebrief_test"
    """)
}

@Test func renderedMessageIsCRLFAndShort() throws {
    let bytes = try sampleMessage().rendered()
    #expect(bytes.allSatisfy { $0 < 0x80 }, "the message must be 7-bit")
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasSuffix("--=_zonebrief_test--\r\n"))
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines.allSatisfy { !$0.contains("\n") && !$0.contains("\r") }, "bare CR or LF")
    #expect(lines.allSatisfy { $0.count <= 78 }, "\(lines.filter { $0.count > 78 })")
}

/// Python's `email` package (an independent parser) reads back what we wrote.
@Test func pythonEmailParsesTheMessage() throws {
    let dir = try temporaryFolder("mime")
    defer { try? FileManager.default.removeItem(at: dir) }
    let pdf = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
    let message = try sampleMessage(pdf: pdf)
    let eml = dir.appendingPathComponent("m.eml"), out = dir.appendingPathComponent("att.bin")
    try message.rendered().write(to: eml)
    let r = try TestPython.checkMessage(eml, attachmentOut: out)
    #expect(r["subject"] as? String == message.subject)
    #expect(r["from"] as? String == "brief@gov.cn")
    #expect(r["cc"] as? String == "高新区办公室 <office@gov.cn>, \"Li, Wei\" <li@gov.cn>")
    #expect((r["to"] as? String)?.components(separatedBy: ", ") == message.to.map(\.address))
    #expect(r["date_parsed"] as? String == "2026-11-23T05:56:21+08:00")
    #expect(r["message_id"] as? String == "<20261123055621.0123456789abcdef@gov.cn>")
    #expect(r["defects"] as? [Any] != nil && (r["defects"] as! [Any]).isEmpty)
    let parts = r["parts"] as? [[String: Any]] ?? []
    #expect(parts.count == 2)
    #expect(parts.first?["text"] as? String == "您好：\r\n\r\n2023年1-6月，四个高新区……\r\n")
    #expect(parts.last?["filename"] as? String == message.attachments[0].fileName)
    #expect(parts.last?["name"] as? String == message.attachments[0].fileName)
    #expect(try Data(contentsOf: out) == pdf)
    #expect(r["max_line"] as? Int ?? 99 <= 78)
}

@Test func freshStampsAreUniqueAndNameTheDomain() {
    let a = MessageStamp.fresh(domain: "gov.cn"), b = MessageStamp.fresh(domain: "gov.cn")
    #expect(a.messageID != b.messageID)
    #expect(a.boundary != b.boundary)
    #expect(a.messageID.hasSuffix("@gov.cn"))
    #expect(a.boundary.hasPrefix("=_"))
}
