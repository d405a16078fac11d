import Foundation
import Testing
import ZoneBrief
import ZoneBriefCore
@testable import ZoneBriefOps

/// The briefs file: the issue's example as written, and every kind of mistake as one line
/// naming the file, the line and the key.
@Suite struct BriefsFileTests {
    static let example = """
    output = "reports"              # folder for each brief's PDF, CSV, summary and the state file
    [smtp]
    url = "smtp://mail.example.cn:587"
    from = "brief@example.cn"
    # user, password_env / password_file, require_tls, … as in smtp.conf
    [[brief]]
    name = "zhaoqing"               # file names: reports/zhaoqing.pdf …
    articles = ["seeds"]
    zones = ["肇庆高新区"]
    to = ["manager@example.cn"]
    [[brief]]
    name = "all"
    articles = ["seeds"]            # no zones: every zone
    title = "高新区发展动态简报"
    to = ["director@example.cn"]
    cc = ["office@example.cn"]
    """

    /// `body` (issue 14): HTML by default, "text" for the file or one brief; a size limit in [smtp].
    @Test func bodyAndSizeLimit() throws {
        let f = try BriefsFile.parse("""
        body = "text"
        [smtp]
        max_message_size = "10MB"
        [[brief]]
        name = "a"
        articles = ["seeds"]
        to = ["a@x.cn"]
        [[brief]]
        name = "b"
        articles = ["seeds"]
        to = ["b@x.cn"]
        body = "html"
        """, path: "z.toml")
        #expect(f.briefs.map(\.body) == [.text, .html])
        #expect(f.smtp?.maxMessageSize == 10 * 1024 * 1024)
        #expect(try BriefsFile.parse(Self.example, path: "z.toml").briefs.map(\.body) == [.html, .html])
        #expect(throws: BriefsFileError.self) {
            try BriefsFile.parse("[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\nbody = \"rtf\"\n", path: "z.toml")
        }
        do {
            _ = try BriefsFile.parse("[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\nbody = \"rtf\"\n", path: "z.toml")
        } catch let e as BriefsFileError {
            #expect(e.problems == ["z.toml:5: brief[0].body: \"rtf\" is no body; write \"html\" (HTML with the summary as text) or \"text\" (the summary alone)"])
        }
    }

    @Test func theIssuesExampleWorksAsWritten() throws {
        let f = try BriefsFile.parse(Self.example, path: "/etc/zonebrief/zonebrief.toml")
        #expect(f.output.path == "/etc/zonebrief/reports")
        #expect(f.stateFile.path == "/etc/zonebrief/reports/zonebrief-state.json")
        #expect(f.smtp?.url == "smtp://mail.example.cn:587")
        #expect(f.smtp?.from == "brief@example.cn")
        #expect(f.briefs.map(\.name) == ["zhaoqing", "all"])
        #expect(f.briefs[0].zones == ["肇庆高新区"])
        #expect(f.briefs[1].zones == nil)
        #expect(f.briefs[1].title == "高新区发展动态简报")
        #expect(f.briefs[1].recipients.map(\.address) == ["director@example.cn", "office@example.cn"])
        #expect(f.briefs[0].period == .lastClosedMonth)
        #expect(f.briefs[0].subject == BriefsFile.defaultSubject)
    }

    @Test func relativePathsStayRelativeToTheFilesFolder() throws {
        let here = try BriefsFile.parse(Self.example, path: "zonebrief.toml")
        #expect(here.output.relativePath == "reports")
        let there = try BriefsFile.parse("fonts = \"share/fonts\"\nlexicon = \"extra.tsv\"\n" + Self.example, path: "ops/zonebrief.toml")
        #expect(there.output.relativePath == "ops/reports")
        #expect(there.fonts?.relativePath == "ops/share/fonts")
        #expect(there.lexicon.map(\.relativePath) == ["ops/extra.tsv"])
    }

    @Test func fileWideDefaultsReachEveryBriefUnlessItSaysOtherwise() throws {
        let text = """
        period = "2023-06"
        organisation = "某市科技局"
        subject = "{title}：{zones}"
        [[brief]]
        name = "a"
        articles = ["seeds"]
        to = "a@x.cn"
        [[brief]]
        name = "b"
        articles = ["seeds"]
        to = ["b@x.cn"]
        period = "latest"
        organisation = "某区办公室"
        """
        let f = try BriefsFile.parse(text, path: "z.toml")
        #expect(f.briefs[0].period == .month(YearMonth(2023, 6)))
        #expect(f.briefs[1].period == .latest)
        #expect(f.briefs[0].organisation == "某市科技局")
        #expect(f.briefs[1].organisation == "某区办公室")
        #expect(f.briefs[0].subject == "{title}：{zones}")
        #expect(f.briefs[0].to.map(\.address) == ["a@x.cn"])
    }

    /// Paper, logo and distribution for every brief, a brief's own keys over the file's; the
    /// logo's path is the file's folder's.
    @Test func lookKeysOfTheFileAndOfABrief() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-look-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("png".utf8).write(to: dir.appendingPathComponent("logo.png"))
        let text = """
        paper = "a3"
        logo = "logo.png"
        distribution = "内部资料"
        [[brief]]
        name = "a"
        articles = ["seeds"]
        to = "a@x.cn"
        [[brief]]
        name = "b"
        articles = ["seeds"]
        to = "b@x.cn"
        paper = "letter"
        landscape = true
        order = "input"
        page_per_zone = true
        """
        let f = try BriefsFile.parse(text, path: dir.appendingPathComponent("z.toml").path)
        #expect(f.briefs[0].look == BriefLook(paper: .a3, logo: dir.appendingPathComponent("logo.png").path, distribution: "内部资料"))
        #expect(f.briefs[1].look == BriefLook(paper: .letter, landscape: true, logo: dir.appendingPathComponent("logo.png").path,
                                              distribution: "内部资料", order: .input, pagePerZone: true))
    }

    @Test(arguments: [
        // unknown keys, with the line they are on
        ("[[brief]]\nname = \"a\"\narticles = [\"s\"]\nzone = [\"x\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:4: brief[0].zone: unknown key; known keys: name, articles, zones, title, organisation, to, cc, subject, period, usd_rate, body, paper, landscape, logo, distribution, order, page_per_zone"),
        ("outptu = \"r\"\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:1: outptu: unknown key; known keys: output, fonts, lexicon, timezone, period, title, organisation, subject, usd_rate, body, smtp, brief, paper, landscape, logo, distribution, order, page_per_zone"),
        ("paper = \"b5\"\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:1: paper: \"b5\" is no paper; write \"a4\", \"a3\" or \"letter\""),
        ("[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\nlandscape = \"yes\"\n",
         "z.toml:5: brief[0].landscape: expected true or false, found string"),
        ("logo = \"nowhere.png\"\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:1: logo: no file at nowhere.png; name a PNG image"),
        ("[smtp]\nurl = \"smtp://h\"\nserver = \"x\"\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:3: smtp.server: unknown key; known keys: config, ca_file, from, insecure_plaintext_auth, max_message_size, password_env, password_file, require_tls, retries, retry_delay, timeout, url, user"),
        // wrong types
        ("[[brief]]\nname = \"a\"\narticles = [\"s\"]\nzones = \"肇庆\"\nto = [\"a@x.cn\"]\n",
         "z.toml:4: brief[0].zones: expected an array of strings, e.g. [\"a\", \"b\"], found string"),
        ("[[brief]]\nname = \"a\"\narticles = [\"s\", 2]\nto = [\"a@x.cn\"]\n",
         "z.toml:3: brief[0].articles: expected an array of strings, found integer in it"),
        ("output = 3\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:1: output: expected a string, found integer"),
        ("[smtp]\nretries = 99\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:2: smtp.retries: retries must be a whole number from 1 to 10"),
        ("[smtp]\npassword = \"secret\"\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:2: smtp.password: a password is not read from the briefs file; use password_env or password_file"),
        // values that are the right type but wrong
        ("[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"not an address\"]\n",
         "z.toml:4: brief[0].to: 'not an address' is not an e-mail address: "),
        ("period = \"June\"\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:1: period: \"June\" is no period; write \"last-closed-month\", \"latest\" or a month like \"2023-06\""),
        ("[[brief]]\nname = \"../a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:2: brief[0].name: \"../a\" cannot name files: no slash, no leading dot, not empty"),
        ("[[brief]]\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n",
         "z.toml:1: brief[0].name: missing; every brief needs a name (its files are NAME.pdf, …)"),
        ("[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"b@x.cn\"]\n",
         "z.toml:6: brief[1].name: \"a\" names two briefs; each needs a name of its own"),
        ("output = \"r\"\n", "z.toml: no [[brief]]; describe at least one brief (name, articles, to)"),
        // syntax, with TOMLKit's line
        ("output = \"r\"\n[[brief]]\nname = \n", "z.toml:3: "),
    ])
    func mistakesAreOneLineNamingFileLineAndKey(text: String, expected: String) throws {
        do {
            _ = try BriefsFile.parse(text, path: "z.toml")
            Issue.record("no error for \(text)")
        } catch let e as BriefsFileError {
            #expect(e.problems.count == 1, "\(e.problems)")
            #expect(e.problems.first?.hasPrefix(expected) == true, "\(e.problems)")
            #expect(!e.description.contains("secret"))
        }
    }

    @Test func everyProblemIsListed() throws {
        let text = "outptu = 1\n[[brief]]\nname = \"a\"\narticles = [\"s\"]\nto = [\"a@x.cn\"]\ncc = 5\n"
        #expect(throws: BriefsFileError.self) { try BriefsFile.parse(text, path: "z.toml") }
        do { _ = try BriefsFile.parse(text, path: "z.toml") } catch let e as BriefsFileError {
            #expect(e.problems.map { $0.prefix(12) } == ["z.toml:1: ou", "z.toml:6: br"])
        }
    }

    @Test func smtpTableTakesTheConfigFileKeysWithTOMLTypes() throws {
        let text = """
        [smtp]
        url = "smtps://mail.x.cn"
        from = "b@x.cn"
        user = "b@x.cn"
        password_file = "secret/pw"
        require_tls = true
        retries = 2
        retry_delay = 0.25
        config = "smtp.conf"
        [[brief]]
        name = "a"
        articles = ["s"]
        to = ["a@x.cn"]
        """
        let f = try BriefsFile.parse(text, path: "/srv/zb/zonebrief.toml")
        #expect(f.smtp?.passwordFile == "/srv/zb/secret/pw")
        #expect(f.smtp?.requireTLS == true)
        #expect(f.smtp?.retries == 2)
        #expect(f.smtp?.retryDelay == 0.25)
        #expect(f.smtpConfig == "/srv/zb/smtp.conf")
    }
}

@Suite struct PeriodPolicyTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func lastClosedMonthIsTheMonthBeforeTodayInBeijing() {
        // 2026-01-01 00:30 in Beijing is still 2025-12-31 in UTC: Beijing's calendar decides.
        #expect(PeriodPolicy.lastClosedMonth.month(now: date("2025-12-31T16:30:00Z"), timeZone: Self.shanghai) == YearMonth(2025, 12))
        #expect(PeriodPolicy.lastClosedMonth.month(now: date("2025-12-31T16:30:00Z"), timeZone: Self.utc) == YearMonth(2025, 11))
        #expect(PeriodPolicy.lastClosedMonth.month(now: date("2026-03-31T23:00:00Z"), timeZone: Self.shanghai) == YearMonth(2026, 3))
        #expect(PeriodPolicy.lastClosedMonth.month(now: date("2026-07-15T04:00:00Z"), timeZone: Self.shanghai) == YearMonth(2026, 6))
    }

    @Test func fixedAndLatest() {
        #expect(PeriodPolicy(text: "2023-06")?.month(now: Date(), timeZone: Self.utc) == YearMonth(2023, 6))
        #expect(PeriodPolicy(text: "latest")?.month(now: Date(), timeZone: Self.utc) == nil)
        #expect(PeriodPolicy(text: "2023-13") == nil)
    }
}

@Suite struct KeyLinesTests {
    @Test func keysUnderTablesAndArraysOfTables() {
        let lines = KeyLines("a = 1\n[smtp]\nurl = \"x\"\n\n[[brief]]\nname = \"p\"\n[[brief]]\nname = \"q\"\n  zones = [\n  \"x = y\",\n]\n")
        #expect(lines.line(of: "a") == 1)
        #expect(lines.line(of: "smtp.url") == 3)
        #expect(lines.line(of: "brief[0].name") == 6)
        #expect(lines.line(of: "brief[1].name") == 8)
        #expect(lines.line(of: "brief[1].zones") == 9)
        #expect(lines.line(of: "brief[1].cc") == 7, "a key not written: its table's line")
        #expect(lines.line(of: "nowhere") == nil)
    }
}
