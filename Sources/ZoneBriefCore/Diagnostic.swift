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

/// Why a money or count figure of a page became no fact (`extract --unread`, the brief's notes).
public enum UnreadReason: String, Sendable, Hashable, CaseIterable, Codable {
    case noMetricWord = "no metric word"
    case noZone = "no zone"
    case outOfScope = "out of scope"
    case subset = "subset"
    case increment = "increment"
    case difference = "difference"
    case singleProject = "single project"
    case projection = "projection"
    case ratio = "ratio"
    case unitMismatch = "unit does not fit the metric"
    case restated = "restates a figure"
    case rangeEnd = "end of a range"
    case noLabel = "no industry named"
    case zoneCount = "count of zones"
    case joinedSets = "several sets together"
    case otherPage = "link to another page"
    case inName = "part of a name"
}

/// A money or count figure that became no fact, with where it stands and why.
public struct UnreadFigure: Sendable, Hashable {
    public var file: String
    public var line: Int
    /// The figure as written (`约122亿元`).
    public var figure: String
    public var reason: UnreadReason
    /// The metric word or out-of-scope word that was found, when one was (营业收入).
    public var word: String?
    public var quote: String

    public init(file: String, line: Int, figure: String, reason: UnreadReason, word: String? = nil, quote: String) {
        self.file = file
        self.line = line
        self.figure = figure
        self.reason = reason
        self.word = word
        self.quote = quote
    }

    /// `file:line: 约122亿元: no metric word`
    public var description: String {
        "\(file):\(line): \(figure): \(reason.rawValue)" + (word.map { " (\($0))" } ?? "")
    }
}
