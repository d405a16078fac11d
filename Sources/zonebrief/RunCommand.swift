import ArgumentParser
import Foundation
import ZoneBrief
import ZoneBriefCore
import ZoneBriefOps

/// `zonebrief run [zonebrief.toml]`: the monthly routine. Makes every brief of the briefs file,
/// sends each to those who have not had it yet, records what went out, says what happened.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Make and send every brief of a briefs file (zonebrief.toml): the monthly routine for cron.",
        discussion: """
        Each brief is made for its period (default: the last closed month, the month before today \
        in Asia/Shanghai; the file's `period` or --period M say otherwise), written to the output \
        folder as NAME.pdf, NAME.facts.csv, NAME.summary.txt and NAME.mail.html, and sent to its recipients \
        (HTML with the summary as text; `body = "text"` in the file for the summary alone). What \
        was sent is recorded in OUTPUT/zonebrief-state.json. A brief whose facts have not changed \
        since it was sent to every recipient is not sent again (one line says so; --force sends \
        anyway); a recipient the server refused is sent to on the next run, and no one who \
        accepted it gets it twice. One brief's failure never stops the others; a second run on the \
        same output folder while one is going stops at once.

        Exit status: 0 every brief made and every recipient accepted; 1 a brief failed or a \
        recipient did not accept it (the lines on stderr, and --report, say which); 3 nothing new \
        (every brief unchanged since its last send); 64 bad arguments or briefs file.

        Examples:
          zonebrief run                         # ./zonebrief.toml, last closed month
          zonebrief run /etc/zonebrief/zonebrief.toml --dry-run
          zonebrief run --only zhaoqing --period 2023-06 --force --report reports/run.json
        """)

    @Argument(help: ArgumentHelp("The briefs file.", valueName: "zonebrief.toml")) var briefsFile = "zonebrief.toml"
    @Option(help: "Make every brief as of this month (YYYY-MM) instead of its period policy.") var period: String?
    @Flag(help: "Make every brief as of the last closed month (the month before today, Asia/Shanghai).") var lastClosedMonth = false
    @Flag(help: "Make the briefs but send nothing and leave the state file alone.") var dryRun = false
    @Option(help: ArgumentHelp("Only this brief (repeatable, or comma-separated).", valueName: "NAME")) var only: [String] = []
    @Flag(help: "Send even when the facts have not changed since the last send.") var force = false
    @Option(help: ArgumentHelp("Write a JSON report of every brief, recipient and error.", valueName: "FILE")) var report: String?
    @Option(help: "The fonts folder (default: the briefs file's `fonts`, else the installed fonts).") var fonts: String?
    @Flag(help: "Print only errors (refusals, failures).") var quiet = false

    var onlyNames: [String] { only.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty } }

    func validate() throws {
        if let p = period, YearMonth(text: p) == nil {
            throw ValidationError("--period \(p) is not a month; write it as YYYY-MM, e.g. 2023-06")
        }
        if period != nil && lastClosedMonth {
            throw ValidationError("--period and --last-closed-month both pick the month; give one")
        }
        if let f = fonts, !FileSystem.isDirectory(f) { throw ValidationError("--fonts \(f) is not a folder") }
        if !FileSystem.isFile(briefsFile) {
            throw ValidationError(FileSystem.exists(briefsFile) ? "\(briefsFile) is a folder; pass the briefs file (zonebrief.toml)"
                                  : "no briefs file at \(briefsFile); write one (see README: Monthly operation) or pass its path")
        }
    }

    func run() throws {
        let file: BriefsFile
        do { file = try BriefsFile.load(path: briefsFile) } catch let e as BriefsFileError {
            for p in e.problems { Stderr.write("zonebrief: error: \(p)") }
            throw ExitCode(64)
        }
        let unknown = onlyNames.filter { n in !file.briefs.contains { $0.name == n } }
        if !unknown.isEmpty {
            Stderr.write("Error: --only \(unknown.joined(separator: ",")): no such brief in \(briefsFile); briefs: \(file.briefs.map(\.name).joined(separator: ", "))")
            throw ExitCode(64)
        }
        let env = ProcessInfo.processInfo.environment
        let install = Installation.current(environment: env)
        let fontsFolder: URL, lexicon: URL
        do {
            fontsFolder = try fonts.map { URL(fileURLWithPath: $0) } ?? file.fonts ?? install.fonts()
            lexicon = try install.lexicon()
        } catch let failure as BriefFailure {
            throw CLIFailure(failure.description)
        }
        let progress = TerminalProgress.ifTerminal(quiet: quiet)
        let runEnv = RunEnvironment(fonts: fontsFolder, lexicon: lexicon, creationDate: SourceDate.iso8601(env["SOURCE_DATE_EPOCH"]),
                                    processEnvironment: env, progress: progress?.brief)
        let options = RunOptions(period: period.flatMap { YearMonth(text: $0) }.map(PeriodPolicy.month) ?? (lastClosedMonth ? .lastClosedMonth : nil),
                                 dryRun: dryRun, only: onlyNames, force: force)
        let outcome = MonthlyRun.run(file, options: options, environment: runEnv) { line in
            progress?.clear()
            if line.isError || (line.isWarning && !quiet) { Stderr.write("zonebrief: " + line.text) } else if !quiet && !line.isWarning { print(line.text) }
        }
        if let report {
            do { try outcome.write(to: URL(fileURLWithPath: report)) } catch {
                Stderr.write("zonebrief: error: cannot write the report \(report): \(error)")
                throw ExitCode.failure
            }
        }
        if !quiet {
            let counts = Dictionary(grouping: outcome.briefs, by: \.status).mapValues(\.count)
            let recipients = outcome.briefs.flatMap(\.recipients)
            let accepted = recipients.filter { $0.status == "accepted" }.count
            print("run: \(outcome.briefs.count) brief\(outcome.briefs.count == 1 ? "" : "s"): "
                  + counts.keys.sorted().map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
                  + (dryRun ? "" : "; sent to \(accepted) of \(recipients.filter { $0.status != "already-accepted" }.count) recipients")
                  + (outcome.exitCode == RunReport.Exit.nothingNew ? "; nothing new" : ""))
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
