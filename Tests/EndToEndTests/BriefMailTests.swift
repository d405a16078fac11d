import Foundation
import Testing

/// `zonebrief brief --mail-to`: render the seeds' brief, then send it with its summary as the body.
@Suite struct BriefMailTests {
    static let password = "Brief-Mail-pw-42"

    @Test func briefIsRenderedThenMailedWithItsSummary() throws {
        let s = try SendTestServer(user: "desk", password: Self.password)
        defer { s.stop() }
        let dir = try SendSupport.folder("brief-mail")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("周报.pdf")
        let r = try SendSupport.run(SendSupport.zonebrief, [
            "brief", SendSupport.packageRoot.appendingPathComponent("seeds").path, "-o", pdf.path, "--quiet",
            "--fonts", SendSupport.packageRoot.appendingPathComponent("Fonts").path,
            "--mail-to", "chief@gov.cn,desk@paper.cn", "--from", "brief@gov.cn", "--smtp", s.url,
            "--user", "desk", "--password-env", "DESK_PW", "--mail-subject", "高新区简报（上半年）",
            "--insecure-plaintext-auth",   // the loopback test server has no STARTTLS
        ], environment: ["DESK_PW": Self.password], timeout: 120)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(SendSupport.withoutSizeLines(r.stdout) == "sent to chief@gov.cn\nsent to desk@paper.cn\n")
        #expect(SendSupport.sizeLines(r.stdout).first?.hasPrefix("message to chief@gov.cn, desk@paper.cn: ") == true)
        #expect(!r.stdout.contains(Self.password) && !r.stderr.contains(Self.password))
        let got = try s.received()
        #expect(got.map(\.recipients) == [["chief@gov.cn", "desk@paper.cn"]])
        let att = dir.appendingPathComponent("att.bin")
        let m = try SendSupport.parse(got[0].eml, attachmentOut: att)
        #expect(try Data(contentsOf: att) == Data(contentsOf: pdf))
        #expect(m["subject"] as? String == "高新区简报（上半年）")
        let summary = try String(contentsOf: dir.appendingPathComponent("周报.summary.txt"), encoding: .utf8)
        // the body is the summary, with the CRLF line ends of a mail message
        let body = ((m["parts"] as? [[String: Any]])?.first?["text"] as? String ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        #expect(!summary.isEmpty)
        #expect(body.trimmingCharacters(in: .whitespacesAndNewlines) == summary.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func mailOptionsWithoutRecipientsAreRefusedBeforeRendering() throws {
        let dir = try SendSupport.folder("brief-mail-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = dir.appendingPathComponent("b.pdf")
        let r = try SendSupport.run(SendSupport.zonebrief, [
            "brief", SendSupport.packageRoot.appendingPathComponent("seeds").path, "-o", pdf.path, "--mail-each"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--mail-cc, --mail-subject, --mail-each and --mail-body go with --mail-to"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }
}
