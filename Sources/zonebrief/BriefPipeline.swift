import ArgumentParser
import Foundation
import ZoneBrief
import ZoneBriefCompose
import ZoneBriefCore
import ZoneBriefLayout

/// The options `brief` and `render` share.
struct BriefOptionsGroup: ParsableArguments {
    @Option(name: .shortAndLong, help: "The PDF to write.") var output = "reports/brief.pdf"
    @Option(help: "Make the monthly brief as of this month (YYYY-MM).") var period: String?
    @Option(help: "Compare only these zones side by side (comma-separated; 宝鸡 matches 宝鸡高新区).") var zones: String?
    @Option(help: "The brief's title.") var title: String?
    @Option(help: "The organisation issuing the brief: on the cover and in every page's running header.") var organisation: String?
    @Option(help: "The fonts folder (default: the installed fonts, see `zonebrief doctor`).") var fonts: String?
    @Option(help: "Yuan per US dollar: convert USD figures with this rate (default: USD stays USD).") var usdRate: Double?
    @Option(name: .customLong("lexicon"), help: "Extra lexicon entries (.tsv file or folder, repeatable), as for `extract`: zone aliases merge.")
    var lexicons: [String] = []
    @Option(name: .customLong("assume-zone"), help: "The zone of article pages that never name one (their bare 高新区, 全区 mean it); a folder's .zonebrief file can say it once.")
    var assumeZone: String?
    @Option(help: "The paper: a4, a3 or letter.") var paper = "a4"
    @Flag(help: "Turn the paper on its side (the dashboard's charts get the width).") var landscape = false
    @Option(help: "A PNG logo for the cover and the running header.") var logo: String?
    @Option(help: "A distribution or confidentiality line at the foot of every page (e.g. 内部资料　注意保密).") var distribution: String?
    @Option(help: "The order of the zones' sections: region (by province, then the name's pinyin; grouped by province past 12 zones, with an index) or input (as the sources first name them). --zones keeps its own order.")
    var order = "region"
    @Flag(help: "Start each zone's section on a new page (otherwise sections follow one another).") var pagePerZone = false
    @Flag(help: "Print nothing but errors on stderr.") var quiet = false

    func validate() throws {
        if let p = period, YearMonth(text: p) == nil {
            throw ValidationError("--period \(p) is not a month; write it as YYYY-MM, e.g. 2023-06")
        }
        if let z = zones, zoneList(z).isEmpty {
            throw ValidationError("--zones is empty; name zones separated by commas, e.g. --zones 宝鸡,肇庆")
        }
        if let r = usdRate, !(r.isFinite && r > 0) {
            throw ValidationError("--usd-rate must be a positive number of yuan per dollar, e.g. 7.2")
        }
        guard output.lowercased().hasSuffix(".pdf") else {
            throw ValidationError("-o \(output): the brief is a PDF; name the file .pdf")
        }
        if let f = fonts, !FileSystem.isDirectory(f) {
            throw ValidationError("--fonts \(f) is not a folder")
        }
        for l in lexicons where !FileSystem.exists(l) {
            throw ValidationError("--lexicon \(l): no such lexicon file or folder")
        }
        guard Paper(rawValue: paper.lowercased()) != nil else {
            throw ValidationError("--paper \(paper): not a paper this brief is made for; use a4, a3 or letter")
        }
        guard ZoneOrdering(rawValue: order.lowercased()) != nil else {
            throw ValidationError("--order \(order): use region (by province, then pinyin) or input (as the sources name them)")
        }
        if let l = logo, !FileSystem.isFile(l) {
            throw ValidationError("--logo \(l): no such file; pass a PNG image")
        }
    }

    /// Paper, orientation, issuer's marks and the order of the zones, as the options say.
    var look: BriefLook {
        BriefLook(paper: Paper(rawValue: paper.lowercased()) ?? .a4, landscape: landscape, logo: logo, distribution: distribution,
                  order: ZoneOrdering(rawValue: order.lowercased()) ?? .region, pagePerZone: pagePerZone)
    }

    func zoneList(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The library's request for `input`, shaped by these options. `strict`: a bad row of a
    /// facts file or a character the fonts lack stops the brief.
    func request(_ input: BriefRequest.Input, strict: Bool = false) -> BriefRequest {
        var request = BriefRequest(input: input, name: OutputPath(output).name,
                                   period: period.flatMap { YearMonth(text: $0) }, zones: zones.map(zoneList), title: title,
                                   organisation: organisation, usdRate: usdRate, strict: strict)
        request.look = look
        return request
    }

    /// This process's environment, writing beside `-o`.
    func environment() throws -> BriefEnvironment {
        var env = try BriefEnvironment.standard(outputFolder: URL(fileURLWithPath: OutputPath(output).folder),
                                                fonts: fonts.map { URL(fileURLWithPath: $0) })
        env.progress = TerminalProgress.ifTerminal(quiet: quiet)?.brief
        let quiet = self.quiet
        env.notice = { text in if !quiet { StageLog.write("zonebrief: \(text)") } }
        env.lexiconPaths = lexicons.map { URL(fileURLWithPath: $0) }
        env.assumeZone = assumeZone
        return env
    }
}

/// `-o reports/brief.pdf` → the folder `reports` (`.` for none) and the name `brief`. Not
/// NSString's path methods: Foundation on Linux traps on a one-letter folder such as `b/x.pdf`.
struct OutputPath {
    var folder: String
    var name: String

    init(_ output: String) {
        let file: Substring
        if let slash = output.lastIndex(of: "/") {
            let dir = output[..<slash]
            folder = dir.isEmpty ? "/" : String(dir)
            file = output[output.index(after: slash)...]
        } else {
            folder = "."
            file = output[...]
        }
        name = file.lowercased().hasSuffix(".pdf") ? String(file.dropLast(4)) : String(file)
    }
}

/// `brief` and `render` through the library: make the brief, then tell stderr what happened
/// (warnings, stage times, the files written). A failure prints its warnings, then `Error: …`.
enum BriefPipeline {
    static func run(_ input: BriefRequest.Input, options: BriefOptionsGroup, strict: Bool = false, dump: Bool = false) throws {
        let log = StageLog(quiet: options.quiet)
        let outcome: BriefOutcome
        do {
            outcome = try BriefMaker.make(options.request(input, strict: strict), in: options.environment())
        } catch let failure as BriefFailure {
            for d in failure.warnings { log.diagnostic(d) }
            throw CLIFailure(failure.description)
        }
        if dump { print(DocumentDump.text(outcome.document), terminator: "") }
        for d in outcome.warnings { log.diagnostic(d) }
        switch input {
        case .articles:
            log.note("\(outcome.factsRead) facts from \(outcome.articleCount ?? 0) articles in \(outcome.fileCount) files")
        case let .factsFile(path):
            log.note("\(outcome.factsRead) facts from \(path)")
        case .facts:
            break
        }
        for s in outcome.stages { log.time(s.name, s.seconds) }
        for n in outcome.notes { log.note(n) }
        let o = outcome.outputs
        let unread = outcome.unreadFigures.map { ", \(o.unreadCSV) (\($0) figures unread)" } ?? ""
        log.note("wrote \(o.pdf) (\(outcome.pageCount) pages, \(outcome.zones.count) zones, \(outcome.facts.count) facts), "
                 + "\(o.factsCSV), \(o.summary), \(o.mailHTML)\(unread)")
        log.totals()
    }
}
