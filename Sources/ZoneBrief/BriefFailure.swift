import ZoneBriefCore

/// A failure of the brief itself (nothing to brief, a missing resource, a file that cannot be
/// written): one line a user can act on. The CLI prints it as `Error: …` with exit status 1.
///
/// `warnings` are the findings gathered before the failure (extraction warnings, bad rows), so a
/// caller can still show them.
public struct BriefFailure: Error, CustomStringConvertible, Sendable {
    public var description: String
    public var warnings: [Diagnostic]

    public init(_ description: String, warnings: [Diagnostic] = []) {
        self.description = description
        self.warnings = warnings
    }
}
