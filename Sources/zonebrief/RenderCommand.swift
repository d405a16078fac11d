import ArgumentParser

// Not yet built: its issue replaces this file.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(not yet available)")
    func run() throws { throw ValidationError("zonebrief render is not available yet") }
}
