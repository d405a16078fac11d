import Testing
import ZoneBriefCore
@testable import ZoneBriefMetrics

/// Zones whose names carry no zone marker (衢州智造新城) are zones when the caller knows them.
@Suite struct KnownZonesTests {
    static func fact(_ zone: String, _ value: Double) -> Fact {
        Fact(zone: zone, metric: .industrial_output, value: value, unit: .CNY, period: .months(2023, 1, 6),
             source: SourceRef(file: "a.txt", line: 1, quote: "q"))
    }

    @Test func aNameWithoutAMarkerIsAnotherEntityUnlessKnown() {
        let facts = [Self.fact("衢州智造新城", 79_190_000_000), Self.fact("肇庆高新区", 54_000_000_000)]
        let plain = Aggregator.aggregate(facts, options: MetricsOptions()).value
        #expect(plain.zones.map(\.zone) == ["肇庆高新区"])
        let known = Aggregator.aggregate(facts, options: MetricsOptions(knownZones: ["衢州智造新城"])).value
        #expect(Set(known.zones.map(\.zone)) == ["衢州智造新城", "肇庆高新区"])
        #expect(Aggregator.zoneNames(facts, knownZones: ["衢州智造新城"]).count == 2)
    }
}
