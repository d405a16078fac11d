import ArgumentParser

// Not yet built: its issue replaces this file.
struct BriefBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "brief", abstract: "(not yet available)")
    func run() throws { throw ValidationError("bench brief is not available yet") }
}
