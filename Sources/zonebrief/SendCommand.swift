import ArgumentParser

// Not yet built: its issue replaces this file.
struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "send", abstract: "(not yet available)")
    func run() throws { throw ValidationError("zonebrief send is not available yet") }
}
