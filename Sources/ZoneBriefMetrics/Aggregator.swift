import ZoneBriefCore

/// Facts → the figures a brief shows: the metrics core's one entry point.
///
///     let report = Aggregator.aggregate(facts, options: MetricsOptions(asOf: YearMonth(2023, 6)))
///     report.value.zones        // per zone: headlines, targets and shares, cumulative steps
///     report.value.rankings     // per measure two or more zones share
///     report.diagnostics        // e.g. a --zones name that matches no zone
///
/// The stages, each a type of its own: canonical zone names (`MetricsOptions.zoneNames`), the
/// zone and period filters (`AsOf`), an optional USD → CNY conversion at the user's rate, merging
/// (`Merger`: duplicates and conflicts), the split into zones and other entities (the facts'
/// `entity`), per-zone headlines (`AsOf.headline`), targets (`TargetMatcher`), cumulative steps
/// (`CumulativeStep`), then `Ranking` and `Highlights` across zones, for the brief's period.
public enum Aggregator {
    /// Runs every stage on `input` for a brief shaped by `options`.
    public static func aggregate(_ input: [Fact], options: MetricsOptions = MetricsOptions()) -> Warned<MetricsReport> {
        var diagnostics: [Diagnostic] = []
        let (facts, merges) = canonicalNames(input, options.zoneNames)
        let entityOf = entities(facts)
        let isZone = { (name: String) in entityOf[name]?.isZone ?? false }
        let zoneNames = orderedZones(facts, isZone: isZone)

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
        // Every fact used as it is (no zone or period left out, nothing converted): the facts
        // themselves, not a copy of them.
        let usesAll = selectedSet == nil && !(options.usdRate != nil && facts.contains { $0.unit == .USD })
            && facts.allSatisfy { AsOf.fits($0.period, kind: $0.kind, asOf: options.asOf) }
        if usesAll { used = facts } else { used.reserveCapacity(facts.count) }
        for var f in facts where !usesAll {
            if let selectedSet, !(isZone(f.zone) && selectedSet.contains(f.zone)) { continue }
            guard AsOf.fits(f.period, kind: f.kind, asOf: options.asOf) else { continue }
            used.append(f)
            if let rate = options.usdRate, f.unit == .USD {
                f.value *= rate
                f.unit = .CNY
                converted.append(Figure(series: SeriesKey(zone: f.zone, metric: f.metric, label: f.label, unit: .CNY), kind: f.kind,
                                        period: f.period, value: f.value, approx: f.approx, yoyPct: f.yoyPct, targetPct: f.targetPct,
                                        sources: [f.source], entity: entityOf[f.zone] ?? f.entity))
                used[used.count - 1] = f
            }
        }

        var merged = Merger.merge(used)
        // The merged figures are changed in place and let go once grouped by zone: the brief
        // holds one copy of them, its zones'.
        var all = merged.figures
        merged.figures = []
        for i in all.indices { all[i].entity = entityOf[all[i].zone] ?? all[i].entity }
        let others = all.filter { !$0.entity.isZone }
        var zoneFigures = others.isEmpty ? all : all.filter(\.entity.isZone)
        var byZone = Dictionary(grouping: zoneFigures, by: \.zone)
        let order = (selected ?? zoneNames).filter { byZone[$0] != nil }

        // The month the data reaches (never past --period), and the period the brief speaks of.
        var lastMonth = AsOf.dataMonth(of: zoneFigures.isEmpty ? all : zoneFigures)
        if let m = options.asOf, let l = lastMonth, l > m { lastMonth = m }
        let period = (options.asOf ?? lastMonth).map { BriefPeriod(month: $0) }
        let months = all.compactMap(\.period).map { $0.start ?? $0.end }
        let repeated = all.filter { $0.sources.count > 1 }
        all = []
        zoneFigures = []

        var zones: [ZoneMetrics] = []
        zones.reserveCapacity(order.count)
        for name in order {
            // Kept for the whole brief: arrays of their own size, not of the capacity they grew
            // to (each zone's group let go as it is copied).
            let figures = exactly(byZone.removeValue(forKey: name)!)
            let bySeries = Dictionary(grouping: figures, by: \.series)
            let headlines = exactly(bySeries.keys.sorted().compactMap { AsOf.headline(of: bySeries[$0]!, in: period) })
            // A step ends within the brief's months (a figure for the year under way is no cumulative total).
            let steps = CumulativeStep.steps(figures).filter { s in period.map { s.to.period!.end <= $0.month } ?? true }
            zones.append(ZoneMetrics(zone: name, figures: figures, headlines: headlines,
                                     targets: TargetMatcher.progress(figures, period: period), steps: steps))
        }
        let headlines = zones.flatMap(\.headlines)
        // Notes list figures in the brief's zone order (cities and companies last), stable within a zone.
        var rank: [String: Int] = [:]
        for (i, z) in order.enumerated() { rank[z] = i }
        func inBriefOrder(_ fs: [Figure]) -> [Figure] {
            fs.enumerated().sorted { (rank[$0.element.zone] ?? Int.max, $0.offset) < (rank[$1.element.zone] ?? Int.max, $1.offset) }.map(\.element)
        }
        let conflicts = merged.conflicts.map { c -> Conflict in
            var c = c
            c.chosen.entity = entityOf[c.chosen.zone] ?? c.chosen.entity
            return c
        }.enumerated().sorted {
            (rank[$0.element.chosen.zone] ?? Int.max, $0.offset) < (rank[$1.element.chosen.zone] ?? Int.max, $1.offset)
        }.map(\.element)
        let report = MetricsReport(
            options: options,
            factCount: input.count,
            sourceFiles: Array(Set(used.map(\.source.file))).sorted(),
            facts: used,
            zones: zones,
            otherEntities: others,
            conflicts: conflicts,
            duplicates: inBriefOrder(repeated),
            rankings: Ranking.rankings(headlines: headlines, period: period),
            highlights: Highlights(headlines: headlines, period: period),
            convertedFromUSD: converted,
            firstMonth: months.min(),
            lastMonth: lastMonth,
            briefPeriod: period,
            zoneMerges: merges)
        return Warned(report, diagnostics: diagnostics)
    }

    /// `a` in an array of its own whose capacity is its count (an array grown by appending has up
    /// to twice the room it needs).
    static func exactly<T>(_ a: [T]) -> [T] {
        guard a.capacity > a.count else { return a }
        var out: [T] = []
        out.reserveCapacity(a.count)
        out.append(contentsOf: a)
        return out
    }

    /// The zones the facts name (their `entity` is `.zone`), in order of first appearance.
    public static func zoneNames(_ facts: [Fact], zoneNames canonical: [String: String] = [:]) -> [String] {
        let (facts, _) = canonicalNames(facts, canonical)
        let entityOf = entities(facts)
        return orderedZones(facts, isZone: { entityOf[$0]?.isZone ?? false })
    }

    /// Facts with zone and park names made canonical, and the merges that made.
    static func canonicalNames(_ facts: [Fact], _ names: [String: String]) -> ([Fact], [ZoneMerge]) {
        guard !names.isEmpty else { return (facts, []) }
        var out = facts
        var counts: [String: Int] = [:]
        var order: [String] = []
        for i in out.indices where out[i].entity == .zone || out[i].entity == .park {
            guard let c = names[out[i].zone], !c.isEmpty, c != out[i].zone else { continue }
            if counts[out[i].zone] == nil { order.append(out[i].zone) }
            counts[out[i].zone, default: 0] += 1
            out[i].zone = c
        }
        let merges = order.map { ZoneMerge(alias: $0, canonical: names[$0]!, factCount: counts[$0]!) }
            .sorted { ($0.canonical, $0.alias) < ($1.canonical, $1.alias) }
        return (out, merges)
    }

    /// One entity per name: what most of its facts say (the first fact's on a tie), so a name the
    /// extractor marked a park in three facts and a zone in one is one park.
    static func entities(_ facts: [Fact]) -> [String: Entity] {
        var counts: [String: [Entity: Int]] = [:]
        var first: [String: Entity] = [:]
        for f in facts {
            counts[f.zone, default: [:]][f.entity, default: 0] += 1
            if first[f.zone] == nil { first[f.zone] = f.entity }
        }
        var out: [String: Entity] = [:]
        for (name, c) in counts {
            let most = c.values.max()!
            let top = c.filter { $0.value == most }.map(\.key)
            out[name] = top.contains(first[name]!) ? first[name]! : top.min { $0.rawValue < $1.rawValue }!
        }
        return out
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
