import Foundation
import Testing

/// The e-mail a manager opens (issue 14), through the built binary: the brief's HTML page beside
/// the PDF, the message as Python's `email` package reads it, the page in headless Chromium at
/// 640 and 375 px, `--body text`, and the size limit.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct HTMLMailTests {
    static let password = "Html-Mail-pw-7"
    static let fonts = SendSupport.packageRoot.appendingPathComponent("Fonts").path

    /// The seeds' brief in a fresh folder: (folder, PDF).
    func brief(_ extra: [String] = []) throws -> (dir: URL, pdf: URL) {
        let dir = try SendSupport.folder("html-mail")
        let pdf = dir.appendingPathComponent("简报.pdf")
        let r = try SendSupport.run(SendSupport.zonebrief, ["brief", SendSupport.packageRoot.appendingPathComponent("seeds").path,
                                                            "-o", pdf.path, "--quiet", "--fonts", Self.fonts] + extra, timeout: 120)
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, pdf)
    }

    @Test func theMailCarriesTheTextTheHTMLItsChartAndThePDF() throws {
        let s = try SendTestServer(user: "desk", password: Self.password)
        defer { s.stop() }
        let (dir, pdf) = try brief()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try SendSupport.run(SendSupport.zonebrief, [
            "send", pdf.path, "--to", "chief@gov.cn", "--from", "brief@gov.cn", "--smtp", s.url,
            "--user", "desk", "--password-env", "DESK_PW", "--insecure-plaintext-auth"], environment: ["DESK_PW": Self.password])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(SendSupport.sizeLines(r.stdout).count == 1)
        let got = try s.received()
        #expect(got.count == 1)
        let att = dir.appendingPathComponent("att.bin")
        let m = try SendSupport.parse(got[0].eml, attachmentOut: att)
        #expect(m["structure"] as? String
                == "multipart/mixed[multipart/alternative[text/plain,multipart/related[text/html,image/png]],application/pdf]")
        #expect((m["defects"] as? [Any])?.isEmpty == true)
        // the PDF byte for byte; the text alternative is the summary as before
        #expect(try Data(contentsOf: att) == Data(contentsOf: pdf))
        let summary = try String(contentsOf: dir.appendingPathComponent("简报.summary.txt"), encoding: .utf8)
        #expect((m["plain_body"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n") == summary)
        // the HTML shows its one image by Content-ID, and that image is a PNG
        let cids = m["html_cids"] as? [String] ?? []
        let images = (m["parts"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "image/png" }
        #expect(cids.count == 1 && images.count == 1)
        #expect(images.first?["content_id"] as? String == cids.first)
        #expect(images.first?["png"] as? Bool == true)
        #expect((images.first?["width"] as? Int ?? 0) >= 600)
        // the HTML sent is the page beside the PDF, its data: image swapped for the cid:
        let page = try String(contentsOf: dir.appendingPathComponent("简报.mail.html"), encoding: .utf8)
        let sent = (m["html_body"] as? String ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        let swapped = page.replacingOccurrences(of: #"src="data:image/png;base64,[^"]*""#, with: "src=\"cid:\(cids.first ?? "")\"",
                                                options: .regularExpression)
        #expect(sent == swapped)
        #expect(sent.contains("793.1") && sent.contains("园区一览"))
    }

    /// The page as a phone and a desktop reader show it: nothing wider than the screen, the chart
    /// decoded, text and colour on it. The checker itself is shown to catch a page that scrolls
    /// sideways and a blank one, so these checks can fail.
    @Test func thePageFitsA375PxPhoneAndA640PxWindow() throws {
        let (dir, _) = try brief()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shots = dir.appendingPathComponent("shots")
        let r = try check(dir.appendingPathComponent("简报.mail.html"), shots)
        for w in [375, 640] {
            let m = r["\(w)"] as? [String: Any] ?? [:]
            #expect(m["scrollWidth"] as? Int == w, "at \(w) px the page scrolls sideways: \(m)")
            #expect((m["widestRight"] as? Int ?? 9999) <= w, "at \(w) px something sticks out: \(m)")
            let images = m["images"] as? [[Double]] ?? []
            #expect(images.count == 1 && (images.first?[0] ?? 0) > 0, "the chart did not decode: \(m)")
            #expect((images.first?[2] ?? 9999) <= Double(w), "the chart is wider than the screen: \(m)")
            #expect((m["non_background"] as? Double ?? 0) > 0.2, "a blank page at \(w) px: \(m)")
            #expect((m["colours"] as? Int ?? 0) > 200, "a page without text or chart at \(w) px: \(m)")
            #expect((m["text"] as? Int ?? 0) > 300)
        }
        // The checker sees a page that scrolls sideways, and a blank one.
        let wide = dir.appendingPathComponent("wide.html"), blank = dir.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body><table style=\"width:900px\"><tr><td>宽</td></tr></table></body></html>"
            .write(to: wide, atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)
        let w = try check(wide, shots, widths: [375])["375"] as? [String: Any] ?? [:]
        #expect((w["scrollWidth"] as? Int ?? 0) > 375)
        let b = try check(blank, shots, widths: [375])["375"] as? [String: Any] ?? [:]
        #expect((b["non_background"] as? Double ?? 1) < 0.01)
    }

    func check(_ page: URL, _ out: URL, widths: [Int] = [375, 640]) throws -> [String: Any] {
        guard let python = SendSupport.python else { throw SendTestError("no Python: run scripts/test") }
        let r = try SendSupport.run(python, [SendSupport.serverScripts.appendingPathComponent("html_check.py").path, page.path, out.path,
                                             "--fonts", Self.fonts] + widths.flatMap { ["--width", "\($0)"] }, timeout: 240)
        guard r.status == 0, let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else {
            throw SendTestError("html_check.py failed (is Debian's chromium installed? scripts/test installs it): \(r.stderr)")
        }
        return json
    }

    @Test func bodyTextSendsTheSummaryAlone() throws {
        let (dir, pdf) = try brief()
        defer { try? FileManager.default.removeItem(at: dir) }
        let eml = dir.appendingPathComponent("t.eml")
        let r = try SendSupport.send([pdf.path, "--to", "a@x.cn", "--body", "text", "--eml", eml.path])
        #expect(r.status == 0, "\(r.stderr)")
        let m = try SendSupport.parse(eml, attachmentOut: dir.appendingPathComponent("att"))
        #expect(m["structure"] as? String == "multipart/mixed[text/plain,application/pdf]")
        // A body file of one's own goes as plain text; the older --body FILE still works, with a word.
        let note = dir.appendingPathComponent("note.txt")
        try "各位领导：请见附件。\n".write(to: note, atomically: true, encoding: .utf8)
        let own = try SendSupport.send([pdf.path, "--to", "a@x.cn", "--body-file", note.path, "--eml", eml.path])
        #expect(own.status == 0 && own.stderr == "", "\(own.stderr)")
        let o = try SendSupport.parse(eml, attachmentOut: dir.appendingPathComponent("att"))
        #expect(o["structure"] as? String == "multipart/mixed[text/plain,application/pdf]")
        #expect(o["plain_body"] as? String == "各位领导：请见附件。\r\n")
        let old = try SendSupport.send([pdf.path, "--to", "a@x.cn", "--body", note.path, "--eml", eml.path])
        #expect(old.status == 0)
        #expect(old.stderr == "zonebrief: warning: --body FILE is now --body-file FILE (--body says text or html)\n")
        let bad = try SendSupport.send([pdf.path, "--to", "a@x.cn", "--body", "rich"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: --body rich: write --body text or --body html (a text file of your own is --body-file FILE)\n"))
    }

    @Test func aMessageOverTheLimitIsRefusedNotSent() throws {
        let s = try SendTestServer(user: "desk", password: Self.password, wire: true)
        defer { s.stop() }
        let (dir, pdf) = try brief()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try SendSupport.send([pdf.path, "--to", "a@x.cn", "--from", "brief@gov.cn", "--smtp", s.url, "--max-message-size", "100KB"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("zonebrief: error: the message is "))
        #expect(r.stderr.contains(", over the limit of 100 KB; not sent"))
        #expect(s.wire.isEmpty, "nothing reached the server")
        let bad = try SendSupport.send([pdf.path, "--to", "a@x.cn", "--max-message-size", "lots"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: --max-message-size lots: write a size from 1KB to 1GB, e.g. 20MB or 500KB\n"))
    }
}
