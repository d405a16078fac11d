import Foundation
import Testing
import ZoneBrief
import ZoneBriefCore
import ZoneBriefMail
@testable import ZoneBriefOps

/// A mail server in memory: records each envelope, refuses the addresses it is told to.
final class RecordingTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var _envelopes: [[String]] = []
    var refuse: Set<String> = []
    var down = false

    var envelopes: [[String]] { lock.withLock { _envelopes } }

    func send(_ message: Data, from: MailAddress, to recipients: [MailAddress]) -> SMTPSendResult {
        lock.withLock { _envelopes.append(recipients.map(\.address)) }
        if down {
            let f = SMTPFailure(kind: .connection, host: "127.0.0.1", port: 25, tries: 1, detail: "Couldn't connect to server", serverSaid: nil)
            return SMTPSendResult(delivered: [], refused: [], failure: f, tries: 1, transcript: SMTPTranscript())
        }
        let refused = recipients.filter { refuse.contains($0.address) }.map { (address: $0, reply: "550 5.1.1 no such user") }
        return SMTPSendResult(delivered: recipients.filter { !refuse.contains($0.address) }, refused: refused, failure: nil,
                              tries: 1, transcript: SMTPTranscript())
    }
}

/// A folder with the seeds, a briefs file of three briefs, and a run environment on a fixed clock.
struct RunFixture {
    let folder: URL
    let transport = RecordingTransport()

    static let briefs = """
    output = "reports"
    period = "2023-06"
    [smtp]
    url = "smtp://127.0.0.1:2525"
    from = "brief@gov.cn"
    [[brief]]
    name = "zhaoqing"
    articles = ["articles"]
    zones = ["肇庆高新区"]
    to = ["zq@gov.cn"]
    [[brief]]
    name = "baoji"
    articles = ["articles"]
    zones = ["宝鸡"]
    to = ["bj@gov.cn"]
    [[brief]]
    name = "pair"
    articles = ["articles"]
    zones = ["宝鸡高新区", "济南高新区"]
    title = "宝鸡、济南对比"
    to = ["director@gov.cn"]
    cc = ["office@gov.cn"]
    """

    init(_ briefs: String = RunFixture.briefs) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zb-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Installation.buildTree.appendingPathComponent("seeds"), to: folder.appendingPathComponent("articles"))
        try briefs.write(to: folder.appendingPathComponent("zonebrief.toml"), atomically: true, encoding: .utf8)
    }

    func file() throws -> BriefsFile { try BriefsFile.load(path: folder.appendingPathComponent("zonebrief.toml").path) }

    func run(_ options: RunOptions = RunOptions()) throws -> (report: RunReport, lines: [RunLine]) {
        let transport = self.transport
        let env = RunEnvironment(fonts: Installation.buildTree.appendingPathComponent("Fonts"),
                                 lexicon: Installation.buildTree.appendingPathComponent("Sources/ZoneBriefExtract/Lexicon/Data"),
                                 now: Date(timeIntervalSince1970: 1_780_000_000), processEnvironment: ["HOME": folder.path],
                                 transport: { _, _ in transport })
        var lines: [RunLine] = []
        let report = MonthlyRun.run(try file(), options: options, environment: env) { lines.append($0) }
        return (report, lines)
    }

    func state() throws -> RunState { try RunState.load(folder.appendingPathComponent("reports/zonebrief-state.json")) }

    /// A new article with a new figure of 宝鸡高新区 for June 2023.
    func addBaojiArticle() throws {
        let text = "宝鸡高新区上半年经济运行稳中向好\n\n2023年1-6月，宝鸡高新区实现规模以上工业总产值512.3亿元，同比增长9.1%。\n"
        try text.write(to: folder.appendingPathComponent("articles/100_baoji.txt"), atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite(.serialized) struct MonthlyRunTests {
    @Test func firstRunSendsEveryBriefThenNothingNew() throws {
        let f = try RunFixture()
        defer { f.remove() }
        let first = try f.run()
        #expect(first.report.exitCode == RunReport.Exit.ok, "\(first.lines)")
        #expect(first.report.briefs.map(\.status) == ["sent", "sent", "sent"])
        #expect(f.transport.envelopes == [["zq@gov.cn"], ["bj@gov.cn"], ["director@gov.cn", "office@gov.cn"]])
        #expect(first.report.briefs[2].zones == ["宝鸡高新区", "济南高新区"])
        for name in ["zhaoqing", "baoji", "pair"] {
            for ext in ["pdf", "facts.csv", "summary.txt", "mail.html"] {
                #expect(FileManager.default.fileExists(atPath: f.folder.appendingPathComponent("reports/\(name).\(ext)").path))
            }
        }
        let state = try f.state()
        #expect(state.briefs["pair"]?.recipients["office@gov.cn"]?.accepted == true)
        #expect(state.briefs["pair"]?.recipients["office@gov.cn"]?.messageID?.hasSuffix("@gov.cn") == true)
        #expect(state.briefs["pair"]?.period == "2023-06")

        let second = try f.run()
        #expect(second.report.exitCode == RunReport.Exit.nothingNew)
        #expect(f.transport.envelopes.count == 3, "nothing sent again")
        #expect(second.report.briefs.map(\.status) == ["unchanged", "unchanged", "unchanged"])
        let said = second.lines.filter { $0.text.hasPrefix("zhaoqing: nothing new for 2023-06: facts unchanged since the send of ") }
        #expect(said.count == 1, "\(second.lines)")
        #expect(try f.state() == state, "an unchanged run leaves the state as it was")
    }

    @Test func aNewFigureSendsOnlyTheBriefsItChanges() throws {
        let f = try RunFixture()
        defer { f.remove() }
        _ = try f.run()
        try f.addBaojiArticle()
        let r = try f.run()
        #expect(r.report.exitCode == RunReport.Exit.ok)
        #expect(r.report.briefs.map(\.status) == ["unchanged", "sent", "sent"])
        #expect(f.transport.envelopes.dropFirst(3).map { $0 } == [["bj@gov.cn"], ["director@gov.cn", "office@gov.cn"]])
    }

    @Test func aRefusedRecipientIsReportedByAddressAndARerunSendsOnlyToThem() throws {
        let f = try RunFixture()
        defer { f.remove() }
        f.transport.refuse = ["office@gov.cn"]
        let first = try f.run()
        #expect(first.report.exitCode == RunReport.Exit.failed)
        #expect(first.report.briefs.map(\.status) == ["sent", "sent", "partial"])
        #expect(first.report.errors == ["pair: refused: office@gov.cn: 550 5.1.1 no such user"])
        #expect(first.lines.contains(RunLine(text: "pair: refused: office@gov.cn: 550 5.1.1 no such user", isError: true)))
        let office = first.report.briefs[2].recipients.first { $0.address == "office@gov.cn" }
        #expect(office?.status == "refused")

        f.transport.refuse = []
        let second = try f.run()
        #expect(second.report.exitCode == RunReport.Exit.ok, "\(second.lines)")
        #expect(f.transport.envelopes.dropFirst(3).map { $0 } == [["office@gov.cn"]])
        #expect(second.report.briefs[2].recipients.map(\.status) == ["already-accepted", "accepted"])
        #expect(try f.run().report.exitCode == RunReport.Exit.nothingNew)
    }

    @Test func aServerThatIsDownFailsLoudlyAndEverythingIsTriedAgain() throws {
        let f = try RunFixture()
        defer { f.remove() }
        f.transport.down = true
        let first = try f.run()
        #expect(first.report.exitCode == RunReport.Exit.failed)
        #expect(first.report.briefs.map(\.status) == ["failed", "failed", "failed"])
        #expect(first.lines.contains { $0.isError && $0.text.hasPrefix("zhaoqing: not sent to zq@gov.cn: ") })
        f.transport.down = false
        #expect(try f.run().report.exitCode == RunReport.Exit.ok)
        #expect(f.transport.envelopes.suffix(3) == [["zq@gov.cn"], ["bj@gov.cn"], ["director@gov.cn", "office@gov.cn"]])
    }

    @Test func noServerIsSaidInTheBriefsFilesTerms() throws {
        let f = try RunFixture(RunFixture.briefs.replacingOccurrences(of: "url = \"smtp://127.0.0.1:2525\"\n", with: ""))
        defer { f.remove() }
        let r = try f.run()
        #expect(r.report.exitCode == RunReport.Exit.failed)
        #expect(r.report.briefs.map(\.status) == ["failed", "failed", "failed"])
        let path = f.folder.appendingPathComponent("zonebrief.toml").path
        #expect(r.lines.contains(RunLine(text: "zhaoqing: not sent to zq@gov.cn: no SMTP server: set url in the [smtp] table of \(path) (or in the SMTP config file)", isError: true)), "\(r.lines)")
        #expect(f.transport.envelopes.isEmpty)
        #expect(FileManager.default.fileExists(atPath: f.folder.appendingPathComponent("reports/pair.pdf").path), "the briefs are made all the same")
    }

    @Test func aBriefThatFailsDoesNotStopTheOthers() throws {
        let f = try RunFixture(RunFixture.briefs.replacingOccurrences(of: "zones = [\"肇庆高新区\"]", with: "zones = [\"西安\"]"))
        defer { f.remove() }
        let r = try f.run()
        #expect(r.report.exitCode == RunReport.Exit.failed)
        #expect(r.report.briefs.map(\.status) == ["failed", "sent", "sent"])
        #expect(r.report.briefs[0].error?.hasPrefix("--zones 西安: no zone with facts matches") == true)
        #expect(r.report.briefs[0].recipients.map(\.status) == ["not-sent"])
        #expect(f.transport.envelopes.count == 2)
    }

    @Test func dryRunSendsNothingAndLeavesTheStateAlone() throws {
        let f = try RunFixture()
        defer { f.remove() }
        let r = try f.run(RunOptions(dryRun: true))
        #expect(r.report.exitCode == RunReport.Exit.ok)
        #expect(r.report.briefs.map(\.status) == ["dry-run", "dry-run", "dry-run"])
        #expect(r.report.briefs[2].recipients.map(\.status) == ["would-send", "would-send"])
        #expect(f.transport.envelopes.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: f.folder.appendingPathComponent("reports/zonebrief-state.json").path))
    }

    @Test func forceSendsAgainAndOnlyPicksBriefs() throws {
        let f = try RunFixture()
        defer { f.remove() }
        _ = try f.run(RunOptions(only: ["baoji"]))
        #expect(f.transport.envelopes == [["bj@gov.cn"]])
        _ = try f.run(RunOptions(only: ["baoji"], force: true))
        #expect(f.transport.envelopes == [["bj@gov.cn"], ["bj@gov.cn"]])
    }

    @Test func aNewPeriodIsANewBrief() throws {
        let f = try RunFixture()
        defer { f.remove() }
        _ = try f.run(RunOptions(only: ["zhaoqing"]))
        let r = try f.run(RunOptions(period: .latest, only: ["zhaoqing"]))
        #expect(r.report.briefs[0].period == "latest")
        #expect(f.transport.envelopes.count == 2)
    }

    @Test func oneRunAtATimePerOutputFolder() throws {
        let f = try RunFixture()
        defer { f.remove() }
        var held: RunLock? = try RunLock(folder: f.folder.appendingPathComponent("reports"))
        let r = try f.run()
        #expect(r.report.exitCode == RunReport.Exit.failed)
        #expect(r.report.briefs.isEmpty)
        #expect(r.report.errors.first?.hasPrefix("another zonebrief run is working on ") == true, "\(r.report.errors)")
        #expect(f.transport.envelopes.isEmpty)
        #expect(try f.run(RunOptions(dryRun: true)).report.exitCode == RunReport.Exit.ok, "a dry run takes no lock")
        held = nil
        _ = held
        #expect(try f.run().report.exitCode == RunReport.Exit.ok)
    }

    @Test func theReportIsJSONWithEveryBriefRecipientAndError() throws {
        let f = try RunFixture()
        defer { f.remove() }
        f.transport.refuse = ["bj@gov.cn"]
        let r = try f.run()
        let json = try JSONSerialization.jsonObject(with: r.report.json()) as? [String: Any]
        #expect(json?["exit_code"] as? Int == 1)
        #expect(json?["status"] as? String == "failed")
        let briefs = json?["briefs"] as? [[String: Any]] ?? []
        #expect(briefs.map { $0["name"] as? String } == ["zhaoqing", "baoji", "pair"])
        let recipients = briefs[1]["recipients"] as? [[String: Any]] ?? []
        #expect(recipients.first?["address"] as? String == "bj@gov.cn")
        #expect(recipients.first?["status"] as? String == "refused")
        #expect((json?["errors"] as? [String]) == ["baoji: refused: bj@gov.cn: 550 5.1.1 no such user"])
    }

    /// A run writes each brief as the library's one set (the run's lock and each brief's lock
    /// are different files, so holding one never waits on the other), and the state file the
    /// same way: never through a link planted at a temporary name, a dead run's leftovers
    /// removed, nothing left behind.
    @Test func briefsAndTheStateFileAreWrittenAsSetsBesideTheRunLock() throws {
        let f = try RunFixture()
        defer { f.remove() }
        let reports = f.folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let victim = f.folder.appendingPathComponent("victim")
        try "victim".write(to: victim, atomically: false, encoding: .utf8)
        // the predictable names of the old writers, and a dead run's temporary file of a brief
        let pid = Int(getpid())
        for name in [".zonebrief-state.json.\(pid).tmp", ".zhaoqing.pdf.\(pid).tmp", ".zhaoqing.pdf.zb-00000000deadbeef.tmp"] {
            try FileManager.default.createSymbolicLink(at: reports.appendingPathComponent(name), withDestinationURL: victim)
        }
        let r = try f.run()
        #expect(r.report.exitCode == RunReport.Exit.ok, "\(r.lines)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "victim")
        #expect(try f.state().briefs.keys.sorted() == ["baoji", "pair", "zhaoqing"])
        let left = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
        let temporaries = left.filter { $0.hasSuffix(".tmp") || $0.hasSuffix(".old") }
        #expect(temporaries == [".zhaoqing.pdf.\(pid).tmp", ".zonebrief-state.json.\(pid).tmp"],
                "the dead run's file removed; a live process's old-style names stay, never written through")
        #expect(!left.contains(".zhaoqing.pdf.zb-00000000deadbeef.tmp"))
        #expect(left.contains(".zonebrief-run.lock") && left.contains(".zhaoqing.pdf.lock") && left.contains(".zonebrief-state.json.lock"))
        for name in ["zhaoqing", "baoji", "pair"] {
            #expect(try Data(contentsOf: reports.appendingPathComponent("\(name).pdf")).starts(with: Data("%PDF-".utf8)))
        }
    }

    /// A named pipe in the state file's place is an error, not a run that hangs.
    @Test func aFIFOAsTheStateFileIsAnErrorNotAHang() throws {
        let f = try RunFixture()
        defer { f.remove() }
        let reports = f.folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        #expect(mkfifo(reports.appendingPathComponent("zonebrief-state.json").path, 0o644) == 0)
        let r = try f.run()
        #expect(r.report.exitCode == RunReport.Exit.failed)
        #expect(r.report.errors.first?.contains("the state file cannot be read (a named pipe (FIFO), not a regular file)") == true, "\(r.report.errors)")
        #expect(f.transport.envelopes.isEmpty)
    }
}
