import ZoneBriefCore

/// One measure (metric, label, unit) across the zones that report it, ranked only among actuals
/// of one reference period; estimates, figures of other periods and undated figures are listed
/// after them, unranked and with the reason, so a chart can show them for what they are and never
/// imply they compete.
public struct Ranking: Sendable, Hashable, CustomStringConvertible {
    /// Why an entry is listed without a rank.
    public enum Unranked: String, Sendable, Hashable {
        /// An estimate (预计): never ranked against actuals.
        case estimate
        /// An actual of another period than the reference period.
        case otherPeriod = "other-period"
        /// A figure whose text gives no time.
        case undated
    }

    /// One zone's figure in a ranking.
    public struct Entry: Sendable, Hashable {
        public var figure: Figure
        /// 1-based among comparable figures (equal values share a rank); nil when not comparable.
        public var rank: Int?
        /// Why the entry has no rank (nil when it has one).
        public var unranked: Unranked?
        public var zone: String { figure.zone }
        public var comparable: Bool { rank != nil }
    }

    public var measure: MeasureKey
    /// The period the ranked figures share: the period most zones' actuals report within the
    /// brief's period (ties: the latest), else the most common older period; nil when no actual
    /// is dated (then nothing is ranked).
    public var referencePeriod: Period?
    /// Whether `referencePeriod` is of the brief's period (else it is an older comparison).
    public var isCurrent: Bool
    public var entries: [Entry]

    public var zoneCount: Int { entries.count }
    public var hasDifferingPeriods: Bool { entries.contains { !$0.comparable } }
    /// The ranked entries, best first.
    public var ranked: [Entry] { entries.filter(\.comparable) }

    public var description: String {
        var lines = ["ranking \(measure) reference=\(referencePeriod?.description ?? "none")\(isCurrent ? "" : " (not current)")"]
        for e in entries {
            lines.append("  \(e.rank.map { "#\($0)" } ?? "--") \(e.zone) \(NumberText.plain(e.figure.comparableValue)) \(e.figure.kind.rawValue) \(e.figure.period?.description ?? "undated")\(e.unranked.map { " (\($0.rawValue))" } ?? "")")
        }
        return lines.joined(separator: "\n")
    }

    /// A ranking for every measure at least `minimumZones` zones share, from their headlines.
    /// Measures come in metric order.
    public static func rankings(headlines: [Figure], period: BriefPeriod? = nil, minimumZones: Int = 2) -> [Ranking] {
        let byMeasure = Dictionary(grouping: headlines.filter { $0.kind != .target && $0.entity.isZone }, by: \.series.measure)
        return byMeasure.keys.sorted().compactMap { m in
            let figures = byMeasure[m]!
            guard Set(figures.map(\.zone)).count >= minimumZones else { return nil }
            return ranking(m, figures, period: period)
        }
    }

    static func ranking(_ measure: MeasureKey, _ figures: [Figure], period: BriefPeriod?) -> Ranking {
        let actual = figures.filter { $0.kind == .actual && $0.period != nil }
        let current = actual.filter { period?.contains($0.period) ?? false }
        let pool = current.isEmpty ? actual : current
        var counts: [Period: Int] = [:]
        for f in pool { counts[f.period!, default: 0] += 1 }
        let reference = counts.keys.max { a, b in
            counts[a]! != counts[b]! ? counts[a]! < counts[b]! : Period.order(a, b)
        }
        let byValue: (Figure, Figure) -> Bool = { a, b in
            a.comparableValue != b.comparableValue ? a.comparableValue > b.comparableValue : utf8Less(a.zone, b.zone)
        }
        let comparable = figures.filter { $0.kind == .actual && reference != nil && $0.period == reference }.sorted(by: byValue)
        let others = figures.filter { !($0.kind == .actual && reference != nil && $0.period == reference) }.sorted(by: byValue)
        var entries: [Entry] = []
        entries.reserveCapacity(figures.count)
        var rank = 0
        for (i, f) in comparable.enumerated() {
            if i == 0 || f.comparableValue != comparable[i - 1].comparableValue { rank = i + 1 }
            entries.append(Entry(figure: f, rank: rank, unranked: nil))
        }
        entries += others.map { f in
            Entry(figure: f, rank: nil, unranked: f.kind != .actual ? .estimate : f.period == nil ? .undated : .otherPeriod)
        }
        return Ranking(measure: measure, referencePeriod: reference, isCurrent: !current.isEmpty, entries: entries)
    }
}
