import ArgumentParser

// Not yet built: its issue replaces this file.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet available)")
    func run() throws { throw ValidationError("zonebrief extract is not available yet") }
}
