import ZoneBriefCore
import ZoneBriefLayout

/// What a brief gave: its three files, what it holds, and every warning on the way.
public struct BriefOutcome: Sendable {
    public var outputs: BriefOutputs
    /// Findings of extraction, of the facts file, of aggregation and of layout, in that order.
    public var warnings: [Diagnostic]
    /// Remarks that are not warnings (`reports/brief.facts.csv not rewritten: it is the input`).
    public var notes: [String]
    public var pageCount: Int
    /// The zones in the brief, in its order.
    public var zones: [String]
    /// The facts behind the brief (the rows of its facts CSV).
    public var facts: [Fact]
    /// Facts read in all (before the zone and period filters).
    public var factsRead: Int
    /// Articles read (nil for a facts file).
    public var articleCount: Int?
    /// Input files read.
    public var fileCount: Int
    /// ``FactsFingerprint`` of `facts`: equal exactly when the brief's facts are.
    public var fingerprint: String
    /// The brief's document model (`DocumentDump.text` prints it).
    public var document: Document
    /// Seconds per stage: lexicon, extract or read, aggregate, compose, layout, paint, write.
    public var stages: [StageTime]
    /// Characters the fonts lack (boxes in the PDF), each counted with its pages; also among
    /// `warnings`. Under ``BriefRequest/strict`` there are none: the brief fails instead.
    public var missingGlyphs: [MissingGlyph] = []
    /// Figures of the articles that became no fact, listed in `outputs.unreadCSV` (nil for a
    /// brief made from facts: no such file is written).
    public var unreadFigures: Int? = nil
}

/// One stage's wall-clock time.
public struct StageTime: Sendable, Equatable {
    public var name: String
    public var seconds: Double
    public init(_ name: String, _ seconds: Double) {
        self.name = name
        self.seconds = seconds
    }
}

/// A short, stable fingerprint of a list of facts (FNV-1a 64 over their CSV rows): the same
/// facts give the same fingerprint on every machine. A change detector, not a security hash.
public enum FactsFingerprint {
    public static func of(_ facts: [Fact]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for row in facts.map(FactCSV.row) {
            for b in row.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            h = (h ^ 0x0a) &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
