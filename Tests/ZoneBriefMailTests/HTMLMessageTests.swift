import Foundation
import Testing
@testable import ZoneBriefMail

/// The HTML alternative (issue 14): text and HTML as `multipart/alternative`, the chart as a
/// `multipart/related` part named by its Content-ID, read back by Python's `email` package.
@Suite struct HTMLMessageTests {
    /// A real 1×1 PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC")!
    static let page = "<!DOCTYPE html><html><body><p>高新区 &amp; 简报</p><img src=\"data:image/png;base64,"
        + png.base64EncodedString() + "\" alt=\"图\"></body></html>\n"

    func message(html: String?, pdf: Data = Data("%PDF-1.4\n.\r\n..\n\u{0}end".utf8)) throws -> MailMessage {
        try MailMessage(from: MailAddress("brief@gov.cn"), to: [MailAddress("a@x.cn")], subject: "简报",
                        body: "您好：\n摘要……\n", html: html, attachments: [Attachment(fileName: "brief.pdf", data: pdf)],
                        stamp: fixedStamp())
    }

    @Test func dataImagesBecomeContentIDs() {
        let (html, images) = InlineImage.extract(from: Self.page, idSuffix: "m1@gov.cn")
        #expect(images.count == 1)
        #expect(images[0].contentID == "image1.m1@gov.cn")
        #expect(images[0].contentType == "image/png")
        #expect(images[0].data == Self.png)
        #expect(html.contains("<img src=\"cid:image1.m1@gov.cn\" alt=\"图\">"))
        #expect(!html.contains("data:"))
        // Text that merely looks like a data URI, or one that is not base64, stays as it is.
        let odd = "<p>src=&quot;data:image/png</p><img src=\"data:image/png;utf8,abc\">"
        #expect(InlineImage.extract(from: odd, idSuffix: "x").html == odd)
        #expect(InlineImage.extract(from: odd, idSuffix: "x").images.isEmpty)
    }

    @Test func pythonReadsBothAlternativesTheImageAndThePDF() throws {
        let dir = try temporaryFolder("html-mime")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        let eml = dir.appendingPathComponent("m.eml"), out = dir.appendingPathComponent("att.bin")
        let bytes = try message(html: Self.page, pdf: pdf).rendered()
        try bytes.write(to: eml)
        #expect(bytes.allSatisfy { $0 < 0x80 })
        let r = try TestPython.checkMessage(eml, attachmentOut: out)
        #expect(r["structure"] as? String
                == "multipart/mixed[multipart/alternative[text/plain,multipart/related[text/html,image/png]],application/pdf]")
        #expect(r["plain_body"] as? String == "您好：\r\n摘要……\r\n")
        let html = r["html_body"] as? String ?? ""
        #expect(html.contains("<p>高新区 &amp; 简报</p>"))
        let cids = r["html_cids"] as? [String] ?? []
        let image = (r["parts"] as? [[String: Any]] ?? []).first { $0["type"] as? String == "image/png" }
        #expect(cids == ["image1.20261123055621.0123456789abcdef@gov.cn"])
        #expect(image?["content_id"] as? String == cids.first)
        #expect(image?["png"] as? Bool == true)
        #expect(image?["disposition"] as? String == "inline")
        #expect(try Data(contentsOf: out) == pdf)
        #expect((r["defects"] as? [Any])?.isEmpty == true)
        #expect(r["max_line"] as? Int ?? 99 <= 78)
        #expect(r["bare_lf"] as? Bool == false)
    }

    @Test func htmlWithoutImagesIsAlternativeOnly() throws {
        let text = String(decoding: try message(html: "<p>无图</p>").rendered(), as: UTF8.self)
        #expect(text.contains("Content-Type: multipart/alternative; boundary=\"=_alt=_zonebrief_test\""))
        #expect(!text.contains("multipart/related"))
        #expect(text.contains("Content-Type: text/html; charset=UTF-8"))
    }

    @Test func plainTextMessagesAreAsBefore() throws {
        let text = String(decoding: try message(html: nil).rendered(), as: UTF8.self)
        #expect(!text.contains("multipart/alternative"))
        #expect(!text.contains("text/html"))
    }

    @Test(arguments: [("20MB", 20_971_520), ("20", 20_971_520), ("500 KB", 512_000), ("1.5M", 1_572_864), ("2048B", 2048),
                      ("1gb", 1_073_741_824)])
    func sizesParse(text: String, bytes: Int) {
        #expect(MessageSize.parse(text) == bytes)
    }

    @Test(arguments: ["", "MB", "20TB", "-1MB", "0.5KB", "2GB", "twenty"])
    func badSizesAreRefused(text: String) {
        #expect(MessageSize.parse(text) == nil)
    }

    @Test func sizesReadAsPeopleWriteThem() {
        #expect(MessageSize.text(1_363_148) == "1.3 MB")
        #expect(MessageSize.text(20 * 1024 * 1024) == "20 MB")
        #expect(MessageSize.text(87_000) == "85 KB")
        #expect(MessageSize.text(512) == "512 bytes")
    }

    @Test func aMessageOverTheLimitIsRefusedBeforeSending() throws {
        let big = try message(html: Self.page, pdf: Data(repeating: 7, count: 300_000))
        #expect(throws: MailError.self) { try MailDelivery.rendered([big], limit: 200 * 1024) }
        do {
            _ = try MailDelivery.rendered([big], limit: 200 * 1024)
        } catch let e as MailError {
            #expect("\(e)".hasPrefix("the message is 402 KB, over the limit of 200 KB; not sent"))
        }
        let fits = try MailDelivery.rendered([big], limit: MessageSize.defaultLimit)
        #expect(MailDelivery.sizeLine(big, bytes: fits[0].bytes.count, limit: MessageSize.defaultLimit)
                == "message to a@x.cn: 402 KB (PDF 293 KB; limit 20 MB)")
    }

    @Test func theLimitIsAConfigFileKey() {
        var s = SMTPSettings()
        #expect(SMTPConfigFile.apply("max_message_size", "10MB", to: &s) == nil)
        #expect(s.maxMessageSize == 10 * 1024 * 1024)
        #expect(MessageSize.limit(s) == 10 * 1024 * 1024)
        #expect(MessageSize.limit(SMTPSettings()) == 20 * 1024 * 1024)
        #expect(SMTPConfigFile.apply("max_message_size", "lots", to: &s) == "max_message_size must be a size from 1KB to 1GB, e.g. 20MB")
        #expect(SMTPSettings(maxMessageSize: 5000).overridden(by: SMTPSettings(maxMessageSize: 9000)).maxMessageSize == 9000)
    }
}
