/// Where a fact was read: the file (name as given on the command line, relative), the 1-based line
/// and the sentence it came from.
public struct SourceRef: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var quote: String
    /// The article's own date (its dateline or issue header) as `YYYY-MM-DD` or `YYYY-MM`, when the
    /// page gives one: what "the later source" means when two articles disagree.
    public var date: String?

    public init(file: String, line: Int, quote: String, date: String? = nil) {
        self.file = file
        self.line = line
        self.quote = quote
        self.date = date
    }
}

/// One figure of one entity, the unit of exchange of the whole pipeline (FACTS.md).
public struct Fact: Sendable, Hashable {
    public var zone: String
    /// What `zone` names: a zone, a city, a district, a company… (FACTS.md `entity`).
    public var entity: Entity
    public var metric: Metric
    public var label: String?
    /// In base units: yuan, US dollars, a plain count, a percentage number.
    public var value: Double
    public var unit: FactUnit
    public var period: Period?
    public var yoyPct: Double?
    public var targetPct: Double?
    public var kind: FactKind
    public var approx: Approx?
    public var source: SourceRef

    public init(zone: String, entity: Entity = .zone, metric: Metric, label: String? = nil, value: Double, unit: FactUnit,
                period: Period?, yoyPct: Double? = nil, targetPct: Double? = nil,
                kind: FactKind = .actual, approx: Approx? = nil, source: SourceRef) {
        self.zone = zone
        self.entity = entity
        self.metric = metric
        self.label = label
        self.value = value
        self.unit = unit
        self.period = period
        self.yoyPct = yoyPct
        self.targetPct = targetPct
        self.kind = kind
        self.approx = approx
        self.source = source
    }
}
