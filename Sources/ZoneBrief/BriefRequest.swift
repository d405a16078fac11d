import Foundation
import ZoneBriefCore

/// What brief to make: its input, its name (the three files' stem) and its shape.
///
/// ```swift
/// let request = BriefRequest(input: .articles(["seeds"]), name: "june", period: YearMonth(2023, 6),
///                            zones: ["宝鸡", "肇庆"])
/// ```
public struct BriefRequest: Sendable {
    public enum Input: Sendable {
        /// Article pages (.txt, .md): files, or folders searched recursively. Facts cite each file
        /// by the path as written here; relative paths are read from `relativeTo` when given (a
        /// briefs file's folder), else from the current folder.
        case articles([String], relativeTo: URL? = nil)
        /// A reviewed facts file (JSONL or CSV), cited as written.
        case factsFile(String)
        /// Facts already in hand (another program's).
        case facts([Fact])
    }

    public var input: Input
    /// `brief` → `brief.pdf`, `brief.facts.csv`, `brief.summary.txt` in the output folder.
    public var name: String
    /// The monthly brief as of this month: each zone's latest figure ending in it or earlier in
    /// its year; nil: every figure.
    public var period: YearMonth?
    /// Only these zones, side by side (`宝鸡` matches 宝鸡高新区); nil: every zone.
    public var zones: [String]?
    /// The title on the cover; nil: `高新区发展动态简报` (`…对比简报` with zones).
    public var title: String?
    /// The organisation line on the cover's foot; nil: `ZoneBrief 数据简报`.
    public var organisation: String?
    /// Yuan per US dollar; nil: USD stays USD.
    public var usdRate: Double?
    /// A bad row of a facts file, or a character the fonts lack, stops the brief (and nothing is
    /// written) instead of being a warning.
    public var strict: Bool
    /// Paper, orientation, the issuer's logo and distribution line, the order of the zones.
    public var look: BriefLook = BriefLook()

    public init(input: Input, name: String = "brief", period: YearMonth? = nil, zones: [String]? = nil,
                title: String? = nil, organisation: String? = nil, usdRate: Double? = nil, strict: Bool = false) {
        self.input = input
        self.name = name
        self.period = period
        self.zones = zones
        self.title = title
        self.organisation = organisation
        self.usdRate = usdRate
        self.strict = strict
    }
}
