import ZoneBriefCore

extension MetricsReport {
    /// A stable text dump of everything the brief is built from, one item a line, for tests
    /// (compare dumps, re-record with `RECORD_SNAPSHOTS=1`) and for `zonebrief render --dump`.
    public func dump() -> String {
        var lines: [String] = []
        lines.append("report facts=\(factCount) used=\(facts.count) files=\(sourceFiles.count) zones=\(zones.count) months=\(firstMonth?.description ?? "-")..\(lastMonth?.description ?? "-") as_of=\(options.asOf?.description ?? "-") period=\(briefPeriod?.description ?? "-")")
        for m in zoneMerges { lines.append(m.description) }
        for z in zones {
            lines.append("zone \(z.zone)")
            for f in z.headlines { lines.append("  headline\(isCurrent(f) ? "" : " (context)") \(f)") }
            for f in z.figures where !z.headlines.contains(f) { lines.append("  figure \(f)") }
            for t in z.targets { lines.append("  \(t)") }
            for s in z.steps { lines.append("  \(s)") }
        }
        for f in otherEntities { lines.append("other \(f)") }
        for c in conflicts { lines.append(c.description) }
        for d in duplicates { lines.append("duplicate \(d)") }
        for f in convertedFromUSD { lines.append("converted \(f)") }
        for r in rankings { lines.append(r.description) }
        lines.append(highlights.description)
        return lines.joined(separator: "\n") + "\n"
    }
}
