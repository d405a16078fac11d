import ArgumentParser
import ZoneBriefOps

/// `zonebrief doctor`: what the installation found, and the fix for what is missing.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the installation: fonts and their coverage, lexicon, libraries, SMTP settings, briefs file.",
        discussion: "Exit status 0 when nothing is missing, 1 otherwise.")

    @Option(help: "Check this fonts folder instead of the installed one.") var fonts: String?
    @Option(help: ArgumentHelp("Check this briefs file (default: zonebrief.toml here, if any).", valueName: "FILE")) var briefs: String?

    func run() throws {
        let findings = Doctor.check(fonts: fonts, briefsFile: briefs)
        for f in findings { for line in f.lines { print(line) } }
        let missing = findings.filter { $0.status == .missing }
        print(missing.isEmpty ? "doctor: nothing missing" : "doctor: \(missing.count) missing: \(missing.map(\.subject).joined(separator: ", "))")
        if !missing.isEmpty { throw ExitCode.failure }
    }
}
