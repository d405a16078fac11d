import Foundation
import Testing
@testable import ZoneBriefMail

/// Subjects and file names the encoders must carry: Chinese, mixed, long, emoji, edge cases.
let headerTexts = [
    "高新区对比简报",
    "高新区对比简报：肇庆高新区、青岛高新区、南京高新区(江宁园)、杭州高新区(滨江) 2023年1-6月主要经济指标对比",
    "Brief 2023 H1",
    "ZoneBrief: mixed 中文 and ASCII, with \"quotes\" and a backslash \\",
    "emoji 📈 and 𠀀 (outside the BMP)",
    "=?UTF-8?B?looks-like-an-encoded-word?=",
    "a-very-long-ascii-word-that-cannot-be-folded-anywhere-because-it-has-no-spaces-at-all.pdf",
    "x",
]

/// A small RFC 2047 B-decoder for the tests: adjacent encoded-words joined, whitespace between them dropped.
func decodeEncodedWords(_ words: [String]) -> String? {
    var bytes = Data()
    for w in words {
        guard w.hasPrefix("=?UTF-8?B?"), w.hasSuffix("?="),
              let d = Data(base64Encoded: String(w.dropFirst(10).dropLast(2))) else { return nil }
        bytes += d
    }
    return String(data: bytes, encoding: .utf8)
}

@Test(arguments: headerTexts)
func encodedWordsRoundTripWithinLimits(text: String) {
    let words = EncodedWord.encode(text)
    #expect(decodeEncodedWords(words) == text)
    for w in words {
        #expect(w.count <= EncodedWord.maxLength)
        // Each word decodes alone to whole characters (RFC 2047 §5).
        #expect(decodeEncodedWords([w]) != nil, "\(w) does not decode on its own")
    }
    for line in HeaderField("Subject", words: words).lines { #expect(line.count <= 78, "\(line)") }
}

@Test(arguments: headerTexts)
func rfc2231SegmentsRoundTripWithinLimits(text: String) {
    let segments = MIMEParameter.rfc2231("filename", value: text)
    var joined = ""
    for (i, s) in segments.enumerated() {
        let head = "filename*\(i)*=" + (i == 0 ? "UTF-8''" : "")
        #expect(s.hasPrefix(head))
        let value = s.dropFirst(head.count)
        joined += value
        // Only RFC 2231 attribute-chars and %XX escapes.
        #expect(value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "!#$&+-.^_`|~%".contains($0)) }, "\(value)")
    }
    #expect(joined.removingPercentEncoding == text)
    let field = HeaderField("Content-Disposition", words: Attachment.parameterList("attachment", segments.map { [$0] }))
    for line in field.lines { #expect(line.count <= 78, "\(line)") }
}

@Test func plainSubjectsStayReadable() {
    #expect(MailMessage.subjectWords("Brief 2023 H1") == ["Brief", "2023", "H1"])
    #expect(MailMessage.subjectWords("简报") == ["=?UTF-8?B?566A5oql?="])
    // Text that a reader would take for an encoded-word is encoded itself.
    #expect(MailMessage.subjectWords("=?x?=").first?.hasPrefix("=?UTF-8?B?") == true)
    // A line break in a subject becomes a space, never a header break.
    #expect(MailMessage.subjectWords("a\r\nBcc: x@y.cn") == ["a", "Bcc:", "x@y.cn"])
}

@Test func headerFieldFoldsBetweenWordsOnly() {
    let addresses = (1...12).map { "recipient\($0)@example-zone.gov.cn" }
    let words = addresses.enumerated().map { $0 < addresses.count - 1 ? $1 + "," : $1 }
    let lines = HeaderField("To", words: words).lines
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= 78 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    #expect(lines.joined().replacingOccurrences(of: "To:", with: "").split(separator: " ").map(String.init) == words)
}

@Test func base64LinesAreAtMost76() {
    let data = Data((0..<1000).map { UInt8($0 % 256) })
    let lines = Base64Lines.encode(data)
    #expect(lines.dropLast().allSatisfy { $0.count == 76 })
    #expect(Data(base64Encoded: lines.joined()) == data)
    #expect(Base64Lines.encode(Data()).isEmpty)
}

@Test func quotedParametersEscape() {
    #expect(MIMEParameter.quoted("filename", value: "a\"b\\c.pdf") == ["filename=\"a\\\"b\\\\c.pdf\""])
    #expect(MIMEParameter.isPlain("brief.pdf"))
    #expect(!MIMEParameter.isPlain("简报.pdf"))
}
