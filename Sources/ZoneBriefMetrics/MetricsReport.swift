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
    /// Names known to be zones whatever they are called (the extractor's zone list: 衢州智造新城,
    /// 杨凌示范区); other names are zones when they carry a zone marker (`MetricsVocabulary`).
    public var knownZones: Set<String>

    public init(asOf: YearMonth? = nil, zones: [String]? = nil, usdRate: Double? = nil, knownZones: Set<String> = []) {
        self.asOf = asOf
        self.zones = zones
        self.usdRate = usdRate
        self.knownZones = knownZones
    }
}

/// One zone's figures for the brief.
public struct ZoneMetrics: Sendable, Hashable {
    public var zone: String
    /// Every figure the brief may use (actuals, estimates, targets), in series then period order.
    public var figures: [Figure]
    /// The latest actual or estimate of each series (`AsOf.headline`), in metric order.
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
    /// Figures of cities, districts and companies (`MetricsVocabulary.isZone` false).
    public var otherEntities: [Figure]
    public var conflicts: [Conflict]
    /// Figures printed in more than one place.
    public var duplicates: [Figure]
    public var rankings: [Ranking]
    public var highlights: Highlights
    /// Figures converted from USD with the user's rate (their unit is CNY now).
    public var convertedFromUSD: [Figure]
    /// The first month any figure covers, and the month the data reaches (`AsOf.dataMonth`);
    /// nil when no figure is dated.
    public var firstMonth: YearMonth?
    public var lastMonth: YearMonth?

    /// Every zone's headlines.
    public var headlines: [Figure] { zones.flatMap(\.headlines) }
    /// Every estimate and target in the brief.
    public var estimates: [Figure] { zones.flatMap(\.figures).filter { $0.kind == .estimate } }
    public var targets: [Figure] { zones.flatMap(\.figures).filter { $0.kind == .target } }
}
