/// A finding about the input: never thrown, always returned beside the output (`Warned`).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case warning, error }

    public var severity: Severity
    public var file: String
    /// 1-based; nil when the finding is about the whole file.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity = .warning, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: warning: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// A stage's output together with what it noticed on the way (typst's `Warned<T>`).
public struct Warned<Value> {
    public var value: Value
    public var diagnostics: [Diagnostic]

    public init(_ value: Value, diagnostics: [Diagnostic] = []) {
        self.value = value
        self.diagnostics = diagnostics
    }
}

extension Warned: Sendable where Value: Sendable {}
