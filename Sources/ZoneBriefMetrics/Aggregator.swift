import ZoneBriefCore

/// Facts → the figures a brief shows: the metrics core's one entry point.
///
///     let report = Aggregator.aggregate(facts, options: MetricsOptions(asOf: YearMonth(2023, 6)))
///     report.value.zones        // per zone: headlines, targets and shares, cumulative steps
///     report.value.rankings     // per measure two or more zones share
///     report.diagnostics        // e.g. a --zones name that matches no zone
///
/// The stages, each a type of its own: the zone and period filters (`AsOf`), an optional
/// USD → CNY conversion at the user's rate, merging (`Merger`: duplicates and conflicts), the
/// split into zones and other entities (`MetricsVocabulary.isZone`), per-zone headlines
/// (`AsOf.headline`), targets (`TargetMatcher`), cumulative steps (`CumulativeStep`), then
/// `Ranking` and `Highlights` across zones.
public enum Aggregator {
    /// Runs every stage on `input` for a brief shaped by `options`.
    public static func aggregate(_ input: [Fact], options: MetricsOptions = MetricsOptions()) -> Warned<MetricsReport> {
        var diagnostics: [Diagnostic] = []
        // Whether each distinct name is a zone, decided once (substring tests on Chinese text are not free).
        var isZoneName: [String: Bool] = [:]
        let known = options.knownZones
        for f in input where isZoneName[f.zone] == nil { isZoneName[f.zone] = known.contains(f.zone) || MetricsVocabulary.isZone(f.zone) }
        let isZone = { (name: String) in isZoneName[name] ?? (known.contains(name) || MetricsVocabulary.isZone(name)) }
        let zoneNames = orderedZones(input, isZone: isZone)

        // Zones asked for, resolved to the names the facts use.
        var selected: [String]? = nil
        if let wanted = options.zones {
            var names: [String] = []
            for w in wanted {
                let matches = resolve(w, among: zoneNames)
                if matches.isEmpty {
                    diagnostics.append(Diagnostic(.warning, file: "--zones", "no zone with facts matches \"\(w)\"; zones with facts: \(zoneNames.joined(separator: "、"))"))
                }
                for m in matches where !names.contains(m) { names.append(m) }
            }
            selected = names
        }

        let selectedSet = selected.map(Set.init)
        var used: [Fact] = []
        var converted: [Figure] = []
        for var f in input {
            if let selectedSet, !(isZone(f.zone) && selectedSet.contains(f.zone)) { continue }
            guard AsOf.fits(f.period, kind: f.kind, asOf: options.asOf) else { continue }
            used.append(f)
            if let rate = options.usdRate, f.unit == .USD {
                f.value *= rate
                f.unit = .CNY
                converted.append(Figure(series: SeriesKey(zone: f.zone, metric: f.metric, label: f.label, unit: .CNY), kind: f.kind,
                                        period: f.period, value: f.value, approx: f.approx, yoyPct: f.yoyPct, targetPct: f.targetPct, sources: [f.source]))
                used[used.count - 1] = f
            }
        }

        let merged = Merger.merge(used)
        let zoneFigures = merged.figures.filter { isZone($0.zone) }
        let others = merged.figures.filter { !isZone($0.zone) }
        let byZone = Dictionary(grouping: zoneFigures, by: \.zone)
        let order = (selected ?? zoneNames).filter { byZone[$0] != nil }

        var zones: [ZoneMetrics] = []
        for name in order {
            let figures = byZone[name]!
            let bySeries = Dictionary(grouping: figures, by: \.series)
            let headlines = bySeries.keys.sorted().compactMap { AsOf.headline(of: bySeries[$0]!) }
            zones.append(ZoneMetrics(zone: name, figures: figures, headlines: headlines,
                                     targets: TargetMatcher.progress(figures), steps: CumulativeStep.steps(figures)))
        }
        let headlines = zones.flatMap(\.headlines)
        // Notes list figures in the brief's zone order (cities and companies last), stable within a zone.
        var rank: [String: Int] = [:]
        for (i, z) in order.enumerated() { rank[z] = i }
        func inBriefOrder(_ fs: [Figure]) -> [Figure] {
            fs.enumerated().sorted { (rank[$0.element.zone] ?? Int.max, $0.offset) < (rank[$1.element.zone] ?? Int.max, $1.offset) }.map(\.element)
        }
        let conflicts = merged.conflicts.enumerated().sorted {
            (rank[$0.element.chosen.zone] ?? Int.max, $0.offset) < (rank[$1.element.chosen.zone] ?? Int.max, $1.offset)
        }.map(\.element)
        let months = merged.figures.compactMap(\.period).map { $0.start ?? $0.end }
        let report = MetricsReport(
            options: options,
            factCount: input.count,
            sourceFiles: Array(Set(used.map(\.source.file))).sorted(),
            facts: used,
            zones: zones,
            otherEntities: others,
            conflicts: conflicts,
            duplicates: inBriefOrder(merged.duplicates),
            rankings: Ranking.rankings(headlines: headlines),
            highlights: Highlights(headlines: headlines),
            convertedFromUSD: converted,
            firstMonth: months.min(),
            lastMonth: AsOf.dataMonth(of: merged.figures))
        return Warned(report, diagnostics: diagnostics)
    }

    /// The zones the facts name (cities and companies left out), in order of first appearance.
    public static func zoneNames(_ facts: [Fact], knownZones: Set<String> = []) -> [String] {
        orderedZones(facts, isZone: { knownZones.contains($0) || MetricsVocabulary.isZone($0) })
    }

    /// Zone names (zones only) in order of first appearance in the sources.
    static func orderedZones(_ facts: [Fact], isZone: (String) -> Bool) -> [String] {
        var first: [String: SourceRef] = [:]
        for f in facts where isZone(f.zone) {
            if let s = first[f.zone], !sourceOrder(f.source, s) { continue }
            first[f.zone] = f.source
        }
        return first.keys.sorted { a, b in
            let sa = first[a]!, sb = first[b]!
            return sa != sb ? sourceOrder(sa, sb) : a < b
        }
    }

    /// The zones a user's name means: the one it equals, else those starting with it, else those containing it.
    static func resolve(_ name: String, among zones: [String]) -> [String] {
        let n = name.trimmingCharacters()
        guard !n.isEmpty else { return [] }
        if zones.contains(n) { return [n] }
        let prefixed = zones.filter { $0.hasPrefix(n) }
        if !prefixed.isEmpty { return prefixed }
        return zones.filter { $0.contains(n) }
    }
}

extension String {
    func trimmingCharacters() -> String {
        let s = unicodeScalars
        guard let a = s.firstIndex(where: { !$0.properties.isWhitespace }),
              let b = s.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(s[a...b])
    }
}
