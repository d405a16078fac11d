import ZoneBriefCore

/// Merging: one figure per series, kind, period and value, keeping every source; conflicts resolved.
public enum Merger {
    /// The merged figures and the conflicts found on the way.
    public struct Result: Sendable {
        /// One figure per series, kind and period, in series then period order.
        public var figures: [Figure]
        public var conflicts: [Conflict]
        /// The figures printed more than once (their `sources` list every place).
        public var duplicates: [Figure] { figures.filter { $0.sources.count > 1 } }
    }

    /// Relative difference under which two values are the same figure (rounding in base units).
    public static let sameValueTolerance = 1e-9

    /// Groups facts by series, kind and period; equal values become one figure with every source,
    /// different values a `Conflict` resolved by `ConflictRule` (the articles' dates first); then
    /// folds a stock and an undated print of a figure into its year-to-date twin. Figures come back
    /// in `Figure.storageOrder`.
    ///
    ///     Merger.merge([宝鸡 到位资金 157.6亿 @000:99, 宝鸡 到位资金 157.6亿 @004:25]).figures
    ///     // one figure, sources 000:99 and 004:25
    public static func merge(_ facts: [Fact]) -> Result {
        struct Key: Hashable { var series: SeriesKey; var kind: FactKind; var period: Period? }
        func key(_ f: Fact) -> Key {
            Key(series: SeriesKey(zone: f.zone, metric: f.metric, label: f.label, unit: f.unit), kind: f.kind, period: f.period)
        }
        // Groups as chains of fact positions (first, next), in order of first appearance: no
        // array of copied facts per group (most groups are one fact).
        var first: [Int] = [], last: [Int] = []
        var next = [Int](repeating: -1, count: facts.count)
        do {
            var group: [Key: Int] = [:]
            group.reserveCapacity(facts.count)
            for (i, f) in facts.enumerated() {
                if let g = group[key(f)] {
                    next[last[g]] = i
                    last[g] = i
                } else {
                    group[key(f)] = first.count
                    first.append(i)
                    last.append(i)
                }
            }
        }
        last = []
        var figures: [Figure] = []
        figures.reserveCapacity(first.count)
        var conflicts: [Conflict] = []
        for head in first {
            let k = key(facts[head])
            var members: [Fact] = []
            var i = head
            while i >= 0 {
                members.append(facts[i])
                i = next[i]
            }
            let facts = members.sorted { sourceOrder($0.source, $1.source) }
            // Same value (within tolerance) → one candidate figure with every source.
            var candidates: [Figure] = []
            for f in facts {
                if let i = candidates.firstIndex(where: { same($0.value, f.value) }) {
                    candidates[i].sources.append(f.source)
                    if candidates[i].yoyPct == nil { candidates[i].yoyPct = f.yoyPct }
                    if candidates[i].targetPct == nil { candidates[i].targetPct = f.targetPct }
                    if candidates[i].approx != nil, f.approx == nil { candidates[i].approx = nil }
                } else {
                    candidates.append(Figure(series: k.series, kind: k.kind, period: k.period, value: f.value, approx: f.approx,
                                             yoyPct: f.yoyPct, targetPct: f.targetPct, sources: [f.source], entity: f.entity))
                }
            }
            if candidates.count == 1 {
                figures.append(candidates[0])
                continue
            }
            // The order of preference, by repeated choice (the rule need not be a total order).
            var rest = candidates
            var ranked: [Figure] = []
            while !rest.isEmpty {
                var best = 0
                for i in rest.indices.dropFirst() where ConflictRule.decide(rest[i], rest[best]) != nil { best = i }
                ranked.append(rest.remove(at: best))
            }
            let chosen = ranked[0]
            figures.append(chosen)
            conflicts.append(Conflict(chosen: chosen, rejected: Array(ranked.dropFirst()), rule: ConflictRule.decide(chosen, ranked[1]) ?? .laterSource))
        }
        first = []
        next = []
        foldRatesIntoAmounts(&figures)
        foldStocksIntoYearToDate(&figures)
        foldUndated(&figures)
        figures.sort(by: Figure.storageOrder)
        return Result(figures: figures, conflicts: conflicts)
    }

    /// A growth rate printed alone (a headline's 地区生产总值增长12.1%) and an amount of the same
    /// zone, metric, kind and period that grew by that rate (地区生产总值1800.2亿元，同比增长12.1%) are
    /// one figure printed two ways: the amount keeps it, with both sources. An undated rate folds
    /// only where exactly one amount grew by it.
    ///
    ///     Merger.merge([东湖 GDP 增长10.2% @0:3, 东湖 GDP 1403.49亿 +10.2% @0:5]).figures
    ///     // one figure, 1403.49亿 +10.2%, sources 0:3 and 0:5
    static func foldRatesIntoAmounts(_ figures: inout [Figure]) {
        // (a rate and its amount differ in unit only: both are keyed by the rate's measure)
        struct Key: Hashable { var zone: String; var rate: MeasureKey; var kind: FactKind }
        func key(_ f: Figure) -> Key {
            Key(zone: f.series.zone, rate: MeasureKey(metric: f.series.metric, label: f.series.label, unit: .percent), kind: f.kind)
        }
        // Only a rate alone can fold (most figures are none): their keys first.
        var rates: Set<Key> = []
        for f in figures where f.series.unit == .percent && f.yoyPct.map({ same($0, f.value) }) == true {
            rates.insert(key(f))
        }
        guard !rates.isEmpty else { return }
        var amounts: [Key: [Int]] = [:]
        for (j, f) in figures.enumerated() where f.series.unit != .percent && f.yoyPct != nil {
            let k = key(f)
            if rates.contains(k) { amounts[k, default: []].append(j) }
        }
        var drop: Set<Int> = []
        for i in figures.indices where figures[i].series.unit == .percent {
            let rate = figures[i]
            let grown = (amounts[key(rate)] ?? []).filter { j in
                figures[j].yoyPct.map { same($0, rate.value) } == true && (rate.period == nil || figures[j].period == rate.period)
            }
            guard grown.count == 1, let j = grown.first else { continue }
            figures[j].sources = (figures[j].sources + rate.sources).sorted(by: sourceOrder)
            drop.insert(i)
        }
        remove(drop, from: &figures)
    }

    /// A stock figure "截至6月底" and a year-to-date figure "上半年" / "1-6月" of the same series,
    /// kind, end month and value are one figure printed two ways: the year-to-date one keeps it,
    /// with both sources.
    static func foldStocksIntoYearToDate(_ figures: inout [Figure]) {
        struct Key: Hashable { var series: SeriesKey; var kind: FactKind; var end: YearMonth }
        // Only series with a stock figure can fold (most have none): their keys first.
        var stocks: Set<Key> = []
        for f in figures {
            guard let p = f.period, p.isStock else { continue }
            stocks.insert(Key(series: f.series, kind: f.kind, end: p.end))
        }
        guard !stocks.isEmpty else { return }
        var drop: Set<Int> = []
        // Year-to-date figures by series, kind and end month: the only ones a stock can fold into.
        var yearToDate: [Key: [Int]] = [:]
        for (j, f) in figures.enumerated() {
            guard let q = f.period, let start = q.start, start == YearMonth(q.end.year, 1) else { continue }
            let k = Key(series: f.series, kind: f.kind, end: q.end)
            if stocks.contains(k) { yearToDate[k, default: []].append(j) }
        }
        for i in figures.indices {
            let stock = figures[i]
            guard let p = stock.period, p.isStock,
                  let j = yearToDate[Key(series: stock.series, kind: stock.kind, end: p.end)]?.first(where: { same(figures[$0].value, stock.value) })
            else { continue }
            figures[j].sources = (figures[j].sources + stock.sources).sorted(by: sourceOrder)
            drop.insert(i)
        }
        remove(drop, from: &figures)
    }

    /// An undated figure with the value of exactly one dated figure of the same series and kind
    /// is that figure printed without its time (宝鸡 引进项目21个 in two reports, one dated): the
    /// dated one keeps it, with both sources.
    static func foldUndated(_ figures: inout [Figure]) {
        struct Key: Hashable { var series: SeriesKey; var kind: FactKind }
        // Only series with an undated figure can fold (most have none): their keys first.
        var undated: Set<Key> = []
        for f in figures where f.period == nil { undated.insert(Key(series: f.series, kind: f.kind)) }
        guard !undated.isEmpty else { return }
        var dated: [Key: [Int]] = [:]
        for (j, f) in figures.enumerated() where f.period != nil {
            let k = Key(series: f.series, kind: f.kind)
            if undated.contains(k) { dated[k, default: []].append(j) }
        }
        var drop: Set<Int> = []
        for i in figures.indices where figures[i].period == nil {
            let f = figures[i]
            let matches = (dated[Key(series: f.series, kind: f.kind)] ?? []).filter { same(figures[$0].value, f.value) }
            guard matches.count == 1, let j = matches.first else { continue }
            figures[j].sources = (figures[j].sources + f.sources).sorted(by: sourceOrder)
            drop.insert(i)
        }
        remove(drop, from: &figures)
    }

    /// `figures` without the positions in `drop`, in order, in place.
    private static func remove(_ drop: Set<Int>, from figures: inout [Figure]) {
        guard !drop.isEmpty else { return }
        var kept = 0
        for i in figures.indices where !drop.contains(i) {
            if kept != i { figures[kept] = figures[i] }
            kept += 1
        }
        figures.removeLast(figures.count - kept)
    }

    static func same(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= sameValueTolerance * max(abs(a), abs(b))
    }

    /// Significant digits of a value as printed in base units: 15760000000 → 4, 15762000000 → 5, 0.5 → 1.
    public static func significantDigits(_ v: Double) -> Int {
        var text = abs(v) < 1e12 ? String(format6(abs(v))) : NumberText.plain(abs(v))
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) { text = String(text[..<e]) }
        var digits = text.filter(\.isNumber)
        while digits.hasPrefix("0") { digits.removeFirst() }
        while digits.hasSuffix("0") { digits.removeLast() }
        return max(digits.count, 1)
    }

    /// The value with at most six decimals, without trailing zeros.
    private static func format6(_ v: Double) -> String {
        let scaled = (v * 1_000_000).rounded()
        let whole = Int64(scaled / 1_000_000)
        let frac = Int64(scaled) - whole * 1_000_000
        var s = String(whole)
        if frac != 0 {
            var f = String(frac)
            f = String(repeating: "0", count: 6 - f.count) + f
            while f.hasSuffix("0") { f.removeLast() }
            s += "." + f
        }
        return s
    }
}

extension FactKind {
    /// actual, estimate, target.
    var order: Int {
        switch self {
        case .actual: return 0
        case .estimate: return 1
        case .target: return 2
        }
    }
}
