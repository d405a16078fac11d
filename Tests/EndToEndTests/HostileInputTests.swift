import Foundation
import Testing
import ZoneBriefCore

/// Issue 12, findings 4 to 7, re-run as the probe ran them on the built binary: formula cells in
/// the facts CSV, special and unreadable inputs, text too long for a page, characters the fonts
/// lack, control and bidi characters in names.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct HostileInputTests {
    /// The columns of facts files written before `entity` and `article_date` (render still reads them).
    static let header = "zone,metric,label,period_start,period_end,value,unit,yoy_pct,target_pct,kind,approx,file,line,quote"

    func write(_ r: BriefRunner, _ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: r.path(name))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    // MARK: 4. formulas

    /// Cells a spreadsheet would run come out with a leading quote; `render` of that CSV gives the
    /// very same facts (its own CSV again, byte for byte).
    @Test func factsCSVNeutralisesFormulasAndReadsThemBack() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        try write(r, "in.csv", Self.header + "\n"
                  + "=HYPERLINK(\"http://x.cn\"),gdp,,2023-01,2023-06,100,CNY,-2.1,,actual,,@evil.txt,3,+cmd|' /C calc'!A0\n"
                  + "宝鸡高新区,other,-1+2,2023-01,2023-06,30,count,,,actual,,\tb.txt,4,\"-签约,项目\"\n")
        let first = try r.run(["render", "in.csv", "-o", "one/x.pdf", "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let csv = try r.text("one/x.facts.csv")
        let rows = csv.split(separator: "\n").dropFirst()
        #expect(rows.contains { $0.hasPrefix("\"'=HYPERLINK(\"\"http://x.cn\"\")\",")
                && $0.contains(",gdp,,2023-01,2023-06,100,CNY,-2.1,,actual,,'@evil.txt,3,'+cmd|' /C calc'!A0") })
        #expect(rows.contains { $0.hasPrefix("宝鸡高新区,zone,other,'-1+2,") && $0.contains(",\"'-签约,项目\"") })
        for row in rows {
            for cell in row.split(separator: ",") where !cell.isEmpty {
                let c = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                #expect(!"=+@\t\r".contains(c.first!), "cell \(cell) starts a formula")
            }
        }
        let second = try r.run(["render", "one/x.facts.csv", "-o", "two/x.pdf", "--quiet"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try r.text("two/x.facts.csv") == csv)
    }

    // MARK: 7. control characters

    @Test func controlAndBidiCharactersNeverReachTheOutput() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        try write(r, "in.csv", Self.header + "\n"
                  + "青岛\u{0}高新区\u{202E},gdp,,2023-01,2023-06,100,CNY,3.0,,actual,,a.txt,3,青岛高新区\u{2066}GDP\n"
                  + "宝鸡高新区,other,新型\u{202A}储能,2023-01,2023-06,30,count,,,actual,,b.txt,4,原文\n")
        let res = try r.run(["render", "in.csv", "-o", "out/x.pdf"])
        #expect(res.status == 0, "\(res.stderr)")
        #expect(res.stderr.contains("in.csv:2: warning: control characters (U+0000 U+202E U+2066) removed from the zone and quote\n"))
        #expect(res.stderr.contains("in.csv:3: warning: control character (U+202A) removed from the label\n"))
        let outputs = try [r.text("out/x.facts.csv"), r.text("out/x.summary.txt"), r.pdfText("out/x.pdf")]
        for text in outputs {
            #expect(!text.unicodeScalars.contains { FactText.isControl($0) && $0 != "\n" && $0 != "\u{0C}" })
        }
        #expect(outputs[0].contains("青岛高新区,zone,gdp,"))
        #expect(outputs[2].contains("青岛高新区"))
    }

    // MARK: 5. inputs

    /// A FIFO in the input folder: extract and brief finish, naming it; a folder with nothing but
    /// a FIFO is an error (exit 1), not a hang.
    @Test func fifoInTheInputFolderNeverHangs() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        #expect(mkfifo(r.path("seeds/pipe.txt"), 0o644) == 0)
        let warning = "seeds/pipe.txt: warning: a named pipe (FIFO), not a regular file; skipped\n"
        let extract = try r.run(["extract", "seeds"])
        #expect(extract.status == 0)
        #expect(extract.stderr.hasPrefix(warning))
        let brief = try r.run(["brief", "seeds", "-o", "out/x.pdf"])
        #expect(brief.status == 0)
        #expect(brief.stderr.hasPrefix(warning))
        try FileManager.default.createDirectory(atPath: r.path("only"), withIntermediateDirectories: true)
        #expect(mkfifo(r.path("only/p.txt"), 0o644) == 0)
        for command in ["extract", "brief"] {
            let res = try r.run([command, "only"])
            #expect(res.status == 1)
            #expect(res.stderr == "only/p.txt: warning: a named pipe (FIFO), not a regular file; skipped\n"
                    + "Error: no input could be read under only\(command == "brief" ? "/" : "") (1 skipped; see the warnings above)\n")
        }
        let render = try r.run(["render", "only/p.txt"])
        #expect(render.status == 1)
        #expect(render.stderr == "Error: only/p.txt: is not a regular file (a pipe, socket or device)\n")
    }

    /// Runs `zonebrief ARGS` in `r`'s folder as an unprivileged user (root reads everything):
    /// through setpriv when this is root, directly otherwise.
    func runUnprivileged(_ r: BriefRunner, _ args: [String]) throws -> ZonebriefProcess.Output? {
        if getuid() != 0 { return try r.run(args) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: r.directory.path)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", ZonebriefProcess.executable.path] + args
        p.currentDirectoryURL = r.directory
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = r.directory.path
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return ZonebriefProcess.Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                                       stderr: String(decoding: e, as: UTF8.self))
    }

    /// An unreadable file and an unreadable folder are warnings naming them; when nothing at all
    /// can be read the run exits 1.
    @Test func unreadableFilesAndFoldersAreWarningsAndNothingReadableFails() throws {
        let r = try BriefRunner()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: r.path("in/locked"))
            r.remove()
        }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: r.path("seeds")).sorted()
        try FileManager.default.createDirectory(atPath: r.path("in/locked"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: r.path("seeds/" + seeds[0]), toPath: r.path("in/a.txt"))
        try FileManager.default.copyItem(atPath: r.path("seeds/" + seeds[1]), toPath: r.path("in/secret.txt"))
        try FileManager.default.copyItem(atPath: r.path("seeds/" + seeds[2]), toPath: r.path("in/locked/b.txt"))
        for dir in ["in", "seeds"] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: r.path(dir)) }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: r.path("in/a.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: r.path("in/secret.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: r.path("in/locked"))
        guard let some = try runUnprivileged(r, ["extract", "in"]) else {
            Issue.record("running as root without setpriv: cannot make a file unreadable")
            return
        }
        #expect(some.status == 0)
        #expect(some.stderr.hasPrefix("in/locked/: warning: cannot list this folder: Permission denied; skipped\n"
                                      + "in/secret.txt: warning: cannot open the file: Permission denied; skipped\n"))
        try FileManager.default.removeItem(atPath: r.path("in/a.txt"))
        let none = try #require(try runUnprivileged(r, ["extract", "in"]))
        #expect(none.status == 1)
        #expect(none.stderr.hasSuffix("Error: no input could be read under in (2 skipped; see the warnings above)\n"))
    }

    // MARK: 6. layout

    static let longZone = String(repeating: "超长名称", count: 124) + "高新区"
    static let longQuote = String(String(repeating: "该区上半年完成地区生产总值108.8亿元，同比增长3%；", count: 4000).prefix(100_000))

    /// The probe's brief: a 500-character zone name and a 100,000-character quote. Nothing is
    /// drawn outside the page body (pdftotext's word boxes: only the running header above it, only
    /// the page number below it), the whole quote is in the PDF, and no overflow warning.
    @Test func longNamesAndQuotesStayInsideThePageBody() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let zone = Self.longZone
        try write(r, "long.csv", Self.header + "\n"
                  + "\(zone),gdp,,2023-01,2023-06,10880000000,CNY,3.0,,actual,,a.txt,3,短句\n"
                  + "\(zone),projects_signed,,2023-01,2023-06,12,count,,,actual,,a.txt,4,\(Self.longQuote)\n"
                  + "宝鸡高新区,gdp,,2023-01,2023-06,20000000000,CNY,5.0,,actual,,b.txt,3,宝鸡高新区上半年GDP200亿元\n")
        let res = try r.run(["render", "long.csv", "-o", "out/x.pdf", "--strict"])
        #expect(res.status == 0, "\(res.stderr)")
        #expect(!res.stderr.contains("warning"), "\(res.stderr)")
        #expect(try r.text("out/x.facts.csv").contains(zone + ",zone,gdp,"), "the CSV keeps the whole name")

        let bottom = 841.89 - 64, top = 70.0
        let bbox = try poppler(["pdftotext", "-bbox", r.path("out/x.pdf"), "-"])
        let pages = bbox.components(separatedBy: "<page ").dropFirst()
        #expect(pages.count > 40)
        let word = try NSRegularExpression(pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
        for (n, page) in pages.enumerated() {
            var footer = ""
            for m in word.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
                func g(_ i: Int) -> String { String(page[Range(m.range(at: i), in: page)!]) }
                let (y0, y1, text) = (Double(g(2))!, Double(g(4))!, g(5))
                #expect(y0 >= bottom - 0.5 || y1 <= bottom + 0.5, "page \(n + 1): “\(text)” crosses the bottom of the body")
                if y0 > bottom { footer += text }
                #expect(y1 <= 841.89 && Double(g(1))! >= 0 && Double(g(3))! <= 595.28, "page \(n + 1): “\(text)” off the page")
                if n > 0 && y1 < top { #expect(text == "高新区发展动态简报", "page \(n + 1): “\(text)” in the top margin") }
            }
            if n > 0 { #expect(footer == "第\(n + 1)页/共\(pages.count)页", "page \(n + 1): “\(footer)” below the body") }
        }
        // The whole quote is there (twice: the zone's excerpts and the sources appendix).
        let text = try poppler(["pdftotext", r.path("out/x.pdf"), "-"]).replacingOccurrences(of: "\n", with: "")
            .replacingOccurrences(of: "\u{0C}", with: "")
        #expect(text.components(separatedBy: "同比增长3%；该区上半年").count - 1 >= 2 * 3500)
        #expect(text.contains("全称：" + zone))
    }

    /// A character the fonts lack: a counted warning with page and text, fatal under --strict
    /// (and then nothing is written).
    @Test func missingGlyphIsCountedAndFatalUnderStrict() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        try write(r, "emoji.csv", Self.header + "\n"
                  + "宝鸡高新区,gdp,,2023-01,2023-06,20000000000,CNY,5.0,,actual,,b.txt,3,宝鸡高新区😀上半年GDP200亿元\n")
        let plain = try r.run(["render", "emoji.csv", "-o", "out/x.pdf"])
        #expect(plain.status == 0)
        let warning = try #require(plain.stderr.split(separator: "\n").first { $0.contains("the fonts lack") })
        #expect(warning.hasPrefix("out/x.pdf: warning: the fonts lack 😀 (U+1F600), 2 times on pages "))
        #expect(warning.contains(" in ““宝鸡高新区😀上半年GDP200亿元”") && warning.hasSuffix("; it prints as a box"))
        let strict = try r.run(["render", "emoji.csv", "-o", "strict/x.pdf", "--strict", "--quiet"])
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("Error: strict/x.pdf: the fonts lack a character (--strict): 😀 (U+1F600), 2 times on pages "))
        #expect(SafeOutputTests.listing(r.path("strict")) == [".x.pdf.lock"])
    }

    private func poppler(_ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let d = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: d, as: UTF8.self)
    }
}
