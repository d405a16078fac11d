import ZoneBriefCore

/// What the brief asks of the metrics core.
public struct MetricsOptions: Sendable, Hashable {
    /// The brief is as of this month (`--period 2023-06`); nil: everything, latest figures.
    public var asOf: YearMonth?
    /// Only these zones, in this order (`--zones 宝鸡,肇庆`): a name matches a zone it equals or that
    /// starts with it (宝鸡 → 宝鸡高新区). nil: every zone.
    public var zones: [String]?
    /// Yuan per US dollar, when the user gives a rate; nil keeps USD figures in USD.
    public var usdRate: Double?
    /// A zone's name as the facts give it → its canonical name (`佳木斯高新技术产业开发区` →
    /// `佳木斯高新区`), from the extractor's lexicon: a reviewed facts file may spell one zone two
    /// ways, and they are one zone. Names not listed stay as they are. Applied to zone and park
    /// facts only (`Fact.entity`).
    public var zoneNames: [String: String]

    public init(asOf: YearMonth? = nil, zones: [String]? = nil, usdRate: Double? = nil, zoneNames: [String: String] = [:]) {
        self.asOf = asOf
        self.zones = zones
        self.usdRate = usdRate
        self.zoneNames = zoneNames
    }
}

/// Facts of one zone written under another name, merged into its canonical name.
public struct ZoneMerge: Sendable, Hashable, CustomStringConvertible {
    /// The name as the facts wrote it.
    public var alias: String
    /// The name the brief uses.
    public var canonical: String
    /// How many facts carried the alias.
    public var factCount: Int

    public var description: String { "merged \(alias) → \(canonical) (\(factCount) facts)" }
}

/// One zone's figures for the brief.
public struct ZoneMetrics: Sendable, Hashable {
    public var zone: String
    /// Every figure the brief may use (actuals, estimates, targets), in series then period order.
    public var figures: [Figure]
    /// The representative figure of each series (`AsOf.headline`: the latest actual of the brief's
    /// period; an estimate or an older figure only where the period has no actual), in metric order.
    public var headlines: [Figure]
    public var targets: [TargetProgress]
    public var steps: [CumulativeStep]

    /// Headlines with a growth rate: what the zone's growth chart draws.
    public var growth: [Figure] { headlines.filter { $0.yoyPct != nil } }
}

/// Everything the brief shows, computed from the facts: the single input of the composer.
public struct MetricsReport: Sendable {
    public var options: MetricsOptions
    /// Facts read (before merging), and their distinct source files.
    public var factCount: Int
    public var sourceFiles: [String]
    /// The facts behind the brief (after the zone and period filters, before merging): what
    /// `brief.facts.csv` lists.
    public var facts: [Fact]
    /// Zones in brief order: `--zones` order, else order of first appearance in the sources.
    public var zones: [ZoneMetrics]
    /// Figures of cities, districts, companies, projects, parks and groups of zones (their
    /// `entity` is not `.zone`): listed in the notes, never ranked with zones.
    public var otherEntities: [Figure]
    public var conflicts: [Conflict]
    /// Figures printed in more than one place.
    public var duplicates: [Figure]
    public var rankings: [Ranking]
    public var highlights: Highlights
    /// Figures converted from USD with the user's rate (their unit is CNY now).
    public var convertedFromUSD: [Figure]
    /// The first month any figure covers, and the month the data reaches (`AsOf.dataMonth` of the
    /// zones' figures the brief uses, never later than `--period`); nil when no figure is dated.
    public var firstMonth: YearMonth?
    public var lastMonth: YearMonth?
    /// The period the brief speaks of: as of `--period`, else as of `lastMonth`; nil when no
    /// figure is dated. Headlines, the summary and rankings use figures of this period only.
    public var briefPeriod: BriefPeriod?
    /// Zone names merged into their canonical names (`MetricsOptions.zoneNames`).
    public var zoneMerges: [ZoneMerge]

    /// Whether a figure is of the brief's period (not older, not undated).
    public func isCurrent(_ f: Figure) -> Bool { briefPeriod?.contains(f.period) ?? false }

    /// Every zone's headlines.
    public var headlines: [Figure] { zones.flatMap(\.headlines) }
    /// Every estimate and target in the brief.
    public var estimates: [Figure] { zones.flatMap(\.figures).filter { $0.kind == .estimate } }
    public var targets: [Figure] { zones.flatMap(\.figures).filter { $0.kind == .target } }
}
