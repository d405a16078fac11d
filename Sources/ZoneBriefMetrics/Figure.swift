import ZoneBriefCore

/// What a figure measures, whatever its period: one zone's one metric (and label) in one unit.
/// Figures of one series can be compared over time; across zones only series of one unit meet.
public struct SeriesKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var zone: String
    public var metric: Metric
    public var label: String?
    public var unit: FactUnit

    public init(zone: String, metric: Metric, label: String? = nil, unit: FactUnit) {
        self.zone = zone
        self.metric = metric
        self.label = label
        self.unit = unit
    }

    /// The same measure without the zone: what a ranking compares.
    public var measure: MeasureKey { MeasureKey(metric: metric, label: label, unit: unit) }

    // Equality and hashing on the UTF-8 bytes: names are identifiers here, and Unicode-aware
    // hashing of Chinese text dominates merging otherwise.
    public static func == (a: SeriesKey, b: SeriesKey) -> Bool {
        a.metric == b.metric && a.unit == b.unit && a.zone.utf8.elementsEqual(b.zone.utf8) && sameLabel(a.label, b.label)
    }

    public func hash(into h: inout Hasher) {
        hashBytes(zone, into: &h)
        h.combine(metric)
        h.combine(unit)
        if let label { hashBytes(label, into: &h) } else { h.combine(0 as UInt8) }
    }

    public static func < (a: SeriesKey, b: SeriesKey) -> Bool {
        !a.zone.utf8.elementsEqual(b.zone.utf8) ? utf8Less(a.zone, b.zone) : a.measure < b.measure
    }

    /// `宝鸡高新区 funds_in_place CNY`, `肇庆高新区 industry_output[新型储能产业] CNY`.
    public var description: String { "\(zone) \(measure)" }
}

/// A metric (with its label) in one unit, across zones.
public struct MeasureKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var metric: Metric
    public var label: String?
    public var unit: FactUnit

    public init(metric: Metric, label: String? = nil, unit: FactUnit) {
        self.metric = metric
        self.label = label
        self.unit = unit
    }

    public static func == (a: MeasureKey, b: MeasureKey) -> Bool {
        a.metric == b.metric && a.unit == b.unit && sameLabel(a.label, b.label)
    }

    public func hash(into h: inout Hasher) {
        h.combine(metric)
        h.combine(unit)
        if let label { hashBytes(label, into: &h) } else { h.combine(0 as UInt8) }
    }

    /// FACTS.md order of metrics and units, looked up once (`allCases` builds an array per call).
    static let metricOrder = Dictionary(uniqueKeysWithValues: Metric.allCases.enumerated().map { ($1, $0) })
    static let unitOrder = Dictionary(uniqueKeysWithValues: FactUnit.allCases.enumerated().map { ($1, $0) })

    public static func < (a: MeasureKey, b: MeasureKey) -> Bool {
        if a.metric != b.metric { return metricOrder[a.metric]! < metricOrder[b.metric]! }
        if a.label != b.label { return utf8Less(a.label ?? "", b.label ?? "") }
        return unitOrder[a.unit]! < unitOrder[b.unit]!
    }

    /// A part of a set of projects named by its kind or size (签约项目 labelled 亿元以上项目, its total labelled
    /// alike): a series beside the set's own, never the zone's total for the metric.
    public var isPartOfSet: Bool {
        label != nil && (metric.countsProjects || metric.totalsAProjectSet)
    }

    public var description: String {
        "\(metric.rawValue)\(label.map { "[\($0)]" } ?? "") \(unit.rawValue)"
    }
}

/// One figure after merging: every fact that printed this value for this series, kind and period
/// is one figure with all their sources.
public struct Figure: Sendable, Hashable, CustomStringConvertible {
    public var series: SeriesKey
    public var kind: FactKind
    public var period: Period?
    public var value: Double
    public var approx: Approx?
    /// The growth the sources attach (the first source that gives one).
    public var yoyPct: Double?
    /// The share of the annual target the text itself states (占年度任务的55.49%).
    public var targetPct: Double?
    /// Every place the figure is printed, in source order (file, then line).
    public var sources: [SourceRef]
    /// What the figure's `zone` names (the facts' `entity`): only `.zone` figures are ranked.
    public var entity: Entity

    public init(series: SeriesKey, kind: FactKind, period: Period?, value: Double, approx: Approx? = nil,
                yoyPct: Double? = nil, targetPct: Double? = nil, sources: [SourceRef], entity: Entity = .zone) {
        self.series = series
        self.entity = entity
        self.kind = kind
        self.period = period
        self.value = value
        self.approx = approx
        self.yoyPct = yoyPct
        self.targetPct = targetPct
        self.sources = sources
    }

    /// Series, then kind (actual, estimate, target), then period (earlier first).
    public static func storageOrder(_ a: Figure, _ b: Figure) -> Bool {
        if a.series != b.series { return a.series < b.series }
        if a.kind != b.kind { return a.kind.order < b.kind.order }
        if a.period != b.period { return Period.order(a.period, b.period) }
        return sourceOrder(a.sources[0], b.sources[0])
    }

    public var zone: String { series.zone }
    public var metric: Metric { series.metric }
    public var unit: FactUnit { series.unit }

    /// The number a ranking or a growth chart reads: the growth itself for a bare growth rate
    /// (unit `percent`), else the value.
    public var comparableValue: Double { unit == .percent ? (yoyPct ?? value) : value }

    /// `宝鸡高新区 funds_in_place CNY actual 2023-01..2023-06 15760000000 [yoy=…] [target_pct=55.49] @000_….txt:99,004_….txt:25`
    public var description: String {
        var s = "\(series) \(kind.rawValue) \(period?.description ?? "undated") \(NumberText.plain(value))"
        if let a = approx { s += " approx=\(a.rawValue)" }
        if let y = yoyPct { s += " yoy=\(NumberText.rate(y))" }
        if let t = targetPct { s += " target_pct=\(NumberText.rate(t))" }
        if entity != .zone { s += " entity=\(entity.rawValue)" }
        s += " @" + sources.map { "\($0.file):\($0.line)\($0.date.map { "[\($0)]" } ?? "")" }.joined(separator: ",")
        return s
    }
}

/// Source order: file name, then line (the seeds' names begin with their order, 000_…, 001_…).
func sourceOrder(_ a: SourceRef, _ b: SourceRef) -> Bool {
    if a.file != b.file { return utf8Less(a.file, b.file) }
    if a.line != b.line { return a.line < b.line }
    return utf8Less(a.quote, b.quote)
}

func sameLabel(_ a: String?, _ b: String?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return x.utf8.elementsEqual(y.utf8)
    default: return false
    }
}

func hashBytes(_ s: String, into h: inout Hasher) {
    var copy = s
    copy.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    h.combine(s.utf8.count)
}

/// Code-point order of two strings through their UTF-8 bytes: the order `<` gives NFC text,
/// without the cost of Unicode-aware comparison on every step of a sort.
func utf8Less(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}

extension Period {
    /// Ordering for "latest": later end first is decided by callers; this is a total order
    /// (end, then start; undated and stock periods sort before dated ones of the same end).
    static func order(_ a: Period?, _ b: Period?) -> Bool {
        switch (a, b) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (x?, y?):
            if x.end != y.end { return x.end < y.end }
            return (x.start?.ordinal ?? Int.min) < (y.start?.ordinal ?? Int.min)
        }
    }
}
