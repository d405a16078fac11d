import ZoneBriefCore

/// One measure (metric, label, unit) across the zones that report it, ranked only among figures
/// of the reference period; figures of other periods are listed after them, unranked, so a chart
/// can show them with their own period beside the bar and never imply they compete.
public struct Ranking: Sendable, Hashable, CustomStringConvertible {
    /// One zone's figure in a ranking.
    public struct Entry: Sendable, Hashable {
        public var figure: Figure
        /// 1-based among comparable figures (equal values share a rank); nil when not comparable.
        public var rank: Int?
        public var zone: String { figure.zone }
        public var comparable: Bool { rank != nil }
    }

    public var measure: MeasureKey
    /// The period most zones report (ties: the latest); nil when most figures are undated.
    public var referencePeriod: Period?
    public var entries: [Entry]

    public var zoneCount: Int { entries.count }
    public var hasDifferingPeriods: Bool { entries.contains { !$0.comparable } }

    public var description: String {
        var lines = ["ranking \(measure) reference=\(referencePeriod?.description ?? "undated")"]
        for e in entries {
            lines.append("  \(e.rank.map { "#\($0)" } ?? "--") \(e.zone) \(NumberText.plain(e.figure.comparableValue)) \(e.figure.kind.rawValue) \(e.figure.period?.description ?? "undated")")
        }
        return lines.joined(separator: "\n")
    }

    /// A ranking for every measure at least `minimumZones` zones share, from their headlines.
    /// Measures come in metric order.
    public static func rankings(headlines: [Figure], minimumZones: Int = 2) -> [Ranking] {
        let byMeasure = Dictionary(grouping: headlines.filter { $0.kind != .target }, by: \.series.measure)
        return byMeasure.keys.sorted().compactMap { m in
            let figures = byMeasure[m]!
            guard Set(figures.map(\.zone)).count >= minimumZones else { return nil }
            return ranking(m, figures)
        }
    }

    static func ranking(_ measure: MeasureKey, _ figures: [Figure]) -> Ranking {
        var counts: [Period?: Int] = [:]
        for f in figures { counts[f.period, default: 0] += 1 }
        let reference = counts.keys.max { a, b in
            counts[a]! != counts[b]! ? counts[a]! < counts[b]! : Period.order(a, b)
        }!
        let byValue: (Figure, Figure) -> Bool = { a, b in
            a.comparableValue != b.comparableValue ? a.comparableValue > b.comparableValue : utf8Less(a.zone, b.zone)
        }
        let comparable = figures.filter { $0.period == reference }.sorted(by: byValue)
        let others = figures.filter { $0.period != reference }.sorted(by: byValue)
        var entries: [Entry] = []
        var rank = 0
        for (i, f) in comparable.enumerated() {
            if i == 0 || f.comparableValue != comparable[i - 1].comparableValue { rank = i + 1 }
            entries.append(Entry(figure: f, rank: rank))
        }
        entries += others.map { Entry(figure: $0, rank: nil) }
        return Ranking(measure: measure, referencePeriod: reference, entries: entries)
    }
}
