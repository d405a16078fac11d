import ArgumentParser

// Not yet built: its issue replaces this file.
struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet available)")
    func run() throws { throw ValidationError("bench extract is not available yet") }
}
