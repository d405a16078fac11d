import ArgumentParser
import ZoneBrief

/// `zonebrief`: article pages → facts → a PDF brief → managers' mailboxes.
/// Thin by design: each subcommand parses arguments and calls the libraries.
@main
struct ZonebriefCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zonebrief",
        abstract: "Turn Chinese articles about high-tech zones (高新区) into a PDF brief that compares them.",
        discussion: """
        The pipeline: article pages (.txt/.md, UTF-8 or GB18030) → facts (FACTS.md) → metrics per zone
        and period → a printable PDF brief with charts, tables and sources → e-mail.

        Start with `zonebrief brief`: it reads seeds/ and writes reports/brief.pdf. For the monthly
        routine, describe the briefs in zonebrief.toml and call `zonebrief run` from cron or a
        systemd timer. `zonebrief doctor` tells what the installation found and what is missing.
        """,
        version: "\(BuildInfo.version) (\(BuildInfo.commit))",
        subcommands: [ExtractCommand.self, BriefCommand.self, RenderCommand.self, SendCommand.self,
                      RunCommand.self, DoctorCommand.self]
    )
}
