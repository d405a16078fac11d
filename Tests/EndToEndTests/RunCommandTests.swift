import Foundation
import Testing

/// `zonebrief run` against a real SMTP server on loopback (aiosmtpd), through the built binary:
/// three briefs (two single-zone, one side by side), each recipient gets the right PDF; a refused
/// recipient is reported by address and the rerun sends only to them; a run with the same
/// articles sends nothing and says why; a new figure sends only the briefs it changes.
@Suite(.serialized) struct RunCommandTests {
    static let password = "Run-pw-7"

    /// A folder with the seeds as `articles/` and a briefs file for the server at `url`.
    struct Desk {
        let folder: URL
        init() throws {
            folder = try SendSupport.folder("run")
            try FileManager.default.copyItem(at: SendSupport.packageRoot.appendingPathComponent("seeds"),
                                             to: folder.appendingPathComponent("articles"))
        }

        func writeBriefs(server url: String) throws {
            let text = """
            output = "reports"
            period = "2023-06"
            [smtp]
            url = "\(url)"
            from = "brief@gov.cn"
            user = "desk"
            password_env = "DESK_PW"
            insecure_plaintext_auth = true   # the loopback test server has no STARTTLS
            [[brief]]
            name = "zhaoqing"
            articles = ["articles"]
            zones = ["肇庆高新区"]
            to = ["zq@gov.cn"]
            [[brief]]
            name = "baoji"
            articles = ["articles"]
            zones = ["宝鸡高新区"]
            to = ["bj@gov.cn"]
            subject = "{zones}简报（{month}）"
            [[brief]]
            name = "pair"
            articles = ["articles"]
            zones = ["宝鸡高新区", "济南高新区"]
            title = "宝鸡、济南高新区对比简报"
            to = ["director@gov.cn"]
            cc = ["office@gov.cn"]
            """
            try text.write(to: folder.appendingPathComponent("zonebrief.toml"), atomically: true, encoding: .utf8)
        }

        /// `zonebrief run ARGS` in this folder.
        func run(_ args: [String] = []) throws -> SendSupport.Run {
            try SendSupport.run("/bin/sh", ["-c", "cd \"$0\" && exec \"$@\"", folder.path, SendSupport.zonebrief, "run"] + args,
                                environment: ["DESK_PW": RunCommandTests.password], timeout: 180)
        }

        func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// Who got which attachment: recipient → (subject, attachment bytes, file name).
    func deliveries(_ server: SendTestServer, scratch: URL) throws -> [String: (subject: String, pdf: Data, name: String)] {
        var out: [String: (String, Data, String)] = [:]
        for (i, m) in try server.received().enumerated() {
            let att = scratch.appendingPathComponent("att\(i).bin")
            let parsed = try SendSupport.parse(m.eml, attachmentOut: att)
            let parts = parsed["parts"] as? [[String: Any]] ?? []
            let name = parts.compactMap { $0["filename"] as? String }.first ?? ""
            for r in m.recipients { out[r] = (parsed["subject"] as? String ?? "", try Data(contentsOf: att), name) }
        }
        return out
    }

    @Test func monthlyRunAgainstARealServer() throws {
        let desk = try Desk()
        defer { desk.remove() }

        // 1. The server refuses office@: everyone else gets their own brief.
        let refusing = try SendTestServer(user: "desk", password: Self.password, rejectPrefix: "office")
        try desk.writeBriefs(server: refusing.url)
        let first = try desk.run(["--report", "reports/run1.json"])
        let got = try deliveries(refusing, scratch: desk.folder)
        refusing.stop()
        #expect(first.status == 1, "\(first.stdout)\n\(first.stderr)")
        #expect(first.stderr.contains("zonebrief: pair: refused: office@gov.cn: 550 5.1.1 <office@gov.cn>: no such user here"), "\(first.stderr)")
        #expect(first.stdout.contains("zhaoqing: sent to zq@gov.cn\n"))
        // the login goes in clear only because the briefs file says so, and the run says it before sending
        #expect(first.stderr.hasPrefix("zonebrief: \(refusing.url): warning: insecure plaintext auth is on: if the server offers no STARTTLS, "
                                       + "the password of desk goes over the network in clear text\n"), "\(first.stderr)")
        #expect(Set(got.keys) == ["zq@gov.cn", "bj@gov.cn", "director@gov.cn"])
        #expect(got["zq@gov.cn"]?.pdf == (try desk.data("reports/zhaoqing.pdf")))
        #expect(got["bj@gov.cn"]?.pdf == (try desk.data("reports/baoji.pdf")))
        #expect(got["director@gov.cn"]?.pdf == (try desk.data("reports/pair.pdf")))
        #expect(got["zq@gov.cn"]?.name == "zhaoqing.pdf")
        #expect(got["bj@gov.cn"]?.subject == "宝鸡高新区简报（2023年6月）")
        #expect(got["director@gov.cn"]?.subject == "宝鸡、济南高新区对比简报（2023年6月）")
        // the right zones in each PDF's facts
        let zq = briefCSVRows(String(decoding: try desk.data("reports/zhaoqing.facts.csv"), as: UTF8.self))
        #expect(Set(zq.compactMap { $0["zone"] }) == ["肇庆高新区"])
        let pair = briefCSVRows(String(decoding: try desk.data("reports/pair.facts.csv"), as: UTF8.self))
        #expect(Set(pair.compactMap { $0["zone"] }) == ["宝鸡高新区", "济南高新区"])
        // the report names the refused address
        let report = try JSONSerialization.jsonObject(with: desk.data("reports/run1.json")) as? [String: Any]
        #expect(report?["exit_code"] as? Int == 1)
        #expect(report?["errors"] as? [String] == ["pair: refused: office@gov.cn: 550 5.1.1 <office@gov.cn>: no such user here"])

        // 2. The rerun sends only to the refused recipient.
        let server = try SendTestServer(user: "desk", password: Self.password)
        defer { server.stop() }
        try desk.writeBriefs(server: server.url)
        let second = try desk.run()
        #expect(second.status == 0, "\(second.stdout)\n\(second.stderr)")
        #expect(try server.received().map(\.recipients) == [["office@gov.cn"]])
        #expect(second.stdout.contains("pair: sent to office@gov.cn\n"))
        #expect(second.stdout.contains("zhaoqing: nothing new for 2023-06: facts unchanged since the send of "))
        #expect(try deliveries(server, scratch: desk.folder)["office@gov.cn"]?.pdf == (try desk.data("reports/pair.pdf")))

        // 3. The same articles again: nothing sent, and it says why; exit 3.
        let third = try desk.run()
        #expect(third.status == 3, "\(third.stdout)\n\(third.stderr)")
        #expect(try server.received().count == 1)
        for name in ["zhaoqing", "baoji", "pair"] {
            #expect(third.stdout.contains("\(name): nothing new for 2023-06: facts unchanged since the send of "), "\(third.stdout)")
        }
        #expect(third.stdout.hasSuffix("; nothing new\n"))
        #expect(third.stderr.isEmpty, "\(third.stderr)")

        // 4. A new article with a new figure of 宝鸡: only the briefs with 宝鸡 go out again.
        try "宝鸡高新区上半年经济运行稳中向好\n\n2023年1-6月，宝鸡高新区实现规模以上工业总产值512.3亿元，同比增长9.1%。\n"
            .write(to: desk.folder.appendingPathComponent("articles/100_baoji.txt"), atomically: true, encoding: .utf8)
        let fourth = try desk.run(["--quiet"])
        #expect(fourth.status == 0, "\(fourth.stderr)")
        #expect(fourth.stdout.isEmpty, "--quiet: nothing but failures")
        #expect(fourth.stderr.isEmpty, "--quiet: no warnings either")
        #expect(try server.received().dropFirst().map(\.recipients) == [["bj@gov.cn"], ["director@gov.cn", "office@gov.cn"]])
        let csv = String(decoding: try desk.data("reports/baoji.facts.csv"), as: UTF8.self)
        #expect(csv.contains("articles/100_baoji.txt"))
    }

    @Test(arguments: [
        ("[[brief]]\nname = \"a\"\narticles = [\"articles\"]\nzone = [\"肇庆\"]\nto = [\"a@gov.cn\"]\n",
         "zonebrief: error: zonebrief.toml:4: brief[0].zone: unknown key; known keys: name, articles, zones, title, organisation, to, cc, subject, period, usd_rate, body, paper, landscape, logo, distribution, order, page_per_zone\n"),
        ("[[brief]]\nname = \"a\"\narticles = \"articles\"\nto = [\"a@gov.cn\"]\n",
         "zonebrief: error: zonebrief.toml:3: brief[0].articles: expected an array of strings, e.g. [\"a\", \"b\"], found string\n"),
    ])
    func briefsFileMistakesAreOneLineAndExit64(text: String, expected: String) throws {
        let desk = try Desk()
        defer { desk.remove() }
        try text.write(to: desk.folder.appendingPathComponent("zonebrief.toml"), atomically: true, encoding: .utf8)
        let r = try desk.run(["--dry-run"])
        #expect(r.status == 64)
        #expect(r.stderr == expected)
        #expect(r.stdout.isEmpty)
    }

    @Test func noBriefsFileAndUnknownBriefAreUsageErrors() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let none = try desk.run()
        #expect(none.status == 64)
        #expect(none.stderr.hasPrefix("Error: no briefs file at zonebrief.toml; write one (see README: Monthly operation) or pass its path\n"))
        try desk.writeBriefs(server: "smtp://127.0.0.1:1")
        let unknown = try desk.run(["--only", "xian", "--dry-run"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "Error: --only xian: no such brief in zonebrief.toml; briefs: zhaoqing, baoji, pair\n")
    }
}
