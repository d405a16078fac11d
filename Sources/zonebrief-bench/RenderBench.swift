import ArgumentParser

// Not yet built: its issue replaces this file.
struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(not yet available)")
    func run() throws { throw ValidationError("bench render is not available yet") }
}
