import Foundation
import Testing

/// Paper, orientation and the issuer's marks through the built binary: the page size and the
/// logo in the PDF, and a bad value or file as one line naming it, with nothing written.
@Suite(.serialized)
struct BriefLookTests {
    /// A 3×1 PNG, written by hand (no image library needed).
    static func writePNG(_ path: String) throws {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            var crc: UInt32 = 0xFFFF_FFFF
            for b in body {
                crc ^= UInt32(b)
                for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            crc ^= 0xFFFF_FFFF
            func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
            return be(UInt32(data.count)) + body + be(crc)
        }
        // One row of 3 RGB pixels, stored (deflate level 0) in a zlib stream.
        let raw: [UInt8] = [0, 0x1F, 0x4E, 0x79, 0xE9, 0xA7, 0x46, 0xFF, 0xFF, 0xFF]
        var adlerA: UInt32 = 1, adlerB: UInt32 = 0
        for b in raw { adlerA = (adlerA + UInt32(b)) % 65521; adlerB = (adlerB + adlerA) % 65521 }
        let adler = (adlerB << 16) | adlerA
        let zlib: [UInt8] =
            [0x78, 0x01, 0x01, UInt8(raw.count), 0, ~UInt8(raw.count), 0xFF] + raw
            + [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        let ihdr: [UInt8] = [0, 0, 0, 3, 0, 0, 0, 1, 8, 2, 0, 0, 0]
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", [])
        try Data(png).write(to: URL(fileURLWithPath: path))
    }

    @Test func letterLandscapeWithLogoOrganisationAndDistribution() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        try Self.writePNG(r.path("logo.png"))
        let res = try r.run([
            "brief", "--paper", "letter", "--landscape", "--logo", "logo.png", "--organisation", "某某市科学技术局",
            "--distribution", "内部资料　注意保密",
        ])
        #expect(res.status == 0, "stderr: \(res.stderr)")
        let info = try r.pdfInfo("reports/brief.pdf")
        #expect(info.contains("792 x 612 pts (letter)"), "\(info)")
        let text = try r.pdfText("reports/brief.pdf")
        #expect(text.contains("某某市科学技术局"))
        #expect(text.contains("内部资料") && text.contains("注意保密"))
        // The logo: one image, drawn on every page.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["pdfimages", "-list", r.path("reports/brief.pdf")]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let list = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        // page num type width height …: the 3×1 image on every page.
        let images = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }!.split(separator: " ").last!)!
        #expect(Set(images.map { $0[0] }).count == pages, "\(list)")
        #expect(images.allSatisfy { $0[2] == "image" && $0[3] == "3" && $0[4] == "1" }, "\(list)")
    }

    @Test(arguments: [
        (["brief", "--paper", "b5"], 64, "Error: --paper b5: not a paper this brief is made for; use a4, a3 or letter"),
        (["brief", "--order", "size"], 64, "Error: --order size: use region (by province, then pinyin) or input (as the sources name them)"),
        (["brief", "--logo", "missing.png"], 64, "Error: --logo missing.png: no such file; pass a PNG image"),
        (["brief", "--logo", "bad.png"], 1, "Error: bad.png: cannot be read, or is not a PNG image"),
        (["brief", "--logo", "logo.svg"], 1, "Error: logo.svg: SVG logos cannot be drawn (cairo reads PNG only); convert it to PNG"),
    ])
    func badLookIsOneLineAndWritesNothing(arguments: [String], status: Int32, message: String) throws {
        let r = try BriefRunner()
        defer { r.remove() }
        try Data("\u{89}PNG not an image".utf8).write(to: URL(fileURLWithPath: r.path("bad.png")))
        try Data("<svg xmlns='http://www.w3.org/2000/svg'/>".utf8).write(to: URL(fileURLWithPath: r.path("logo.svg")))
        let res = try r.run(arguments)
        #expect(res.status == status)
        #expect(res.stderr.split(separator: "\n").contains { $0.hasPrefix(message) }, "stderr: \(res.stderr)")
        #expect(!FileManager.default.fileExists(atPath: r.path("reports/brief.pdf")))
    }
}
