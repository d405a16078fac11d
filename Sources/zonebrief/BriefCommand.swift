import ArgumentParser

// Not yet built: its issue replaces this file.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "brief", abstract: "(not yet available)")
    func run() throws { throw ValidationError("zonebrief brief is not available yet") }
}
