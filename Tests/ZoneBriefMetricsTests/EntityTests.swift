import Testing
import ZoneBriefCore
@testable import ZoneBriefMetrics

/// Whether a name is a zone is the facts' `entity`, never a guess from the name: 衢州智造新城 is a
/// zone because the extractor says so, and 青岛市城阳区 in an article about 青岛高新区 is a district.
@Suite struct EntityTests {
    static func fact(_ zone: String, _ entity: Entity, _ value: Double, line: Int = 1) -> Fact {
        Fact(zone: zone, entity: entity, metric: .gdp, value: value, unit: .CNY, period: .months(2023, 1, 6),
             source: SourceRef(file: "a.txt", line: line, quote: "q"))
    }

    @Test func onlyZoneFiguresAreZonesAndRanked() throws {
        let facts = [Self.fact("衢州智造新城", .zone, 79_190_000_000, line: 1), Self.fact("肇庆高新区", .zone, 54_000_000_000, line: 2),
                     Self.fact("青岛市城阳区", .district, 102_370_000_000, line: 3), Self.fact("某某高新区", .company, 9e11, line: 4),
                     Self.fact("南京高新区(江宁园)", .park, 8e11, line: 5)]
        let r = Aggregator.aggregate(facts).value
        #expect(r.zones.map(\.zone) == ["衢州智造新城", "肇庆高新区"])
        #expect(Set(r.otherEntities.map { "\($0.zone) \($0.entity.rawValue)" }) == ["青岛市城阳区 district", "某某高新区 company", "南京高新区(江宁园) park"])
        let gdp = try #require(r.rankings.first)
        #expect(gdp.entries.map(\.zone) == ["衢州智造新城", "肇庆高新区"])
        #expect(r.highlights.largestInvestment == nil)
        #expect(Aggregator.zoneNames(facts) == ["衢州智造新城", "肇庆高新区"])
    }

    /// A name the extractor marked a park three times and a zone once is one park.
    @Test func aNameHasTheEntityMostOfItsFactsGiveIt() {
        var facts = [Self.fact("南京高新区(江宁园)", .park, 1, line: 1), Self.fact("南京高新区(江宁园)", .park, 2, line: 2),
                     Self.fact("南京高新区(江宁园)", .zone, 3, line: 3)]
        facts[1].metric = .project_investment
        facts[2].metric = .fixed_asset_investment
        let r = Aggregator.aggregate(facts).value
        #expect(r.zones.isEmpty)
        #expect(r.otherEntities.map(\.entity) == [.park, .park, .park])
    }
}

/// One zone, one name: the names the caller maps (the extractor's lexicon) merge, and the report
/// lists the merges.
@Suite struct ZoneNameTests {
    @Test func aliasesMergeIntoTheCanonicalName() throws {
        let facts = [
            EntityTests.fact("佳木斯高新技术产业开发区", .zone, 86.3e8, line: 1),
            Fact(zone: "佳木斯高新区", metric: .projects_signed, value: 12, unit: .count, period: .months(2023, 1, 6),
                 source: SourceRef(file: "b.txt", line: 2, quote: "q")),
            EntityTests.fact("佳木斯高新技术产业开发区", .zone, 86.3e8, line: 3),
            EntityTests.fact("青岛市城阳区", .district, 1, line: 4),
        ]
        let names = ["佳木斯高新技术产业开发区": "佳木斯高新区", "青岛市城阳区": "青岛高新区"]
        let r = Aggregator.aggregate(facts, options: MetricsOptions(zoneNames: names)).value
        #expect(r.zones.map(\.zone) == ["佳木斯高新区"])
        #expect(r.zones[0].headlines.count == 2)
        #expect(r.zoneMerges.map(\.description) == ["merged 佳木斯高新技术产业开发区 → 佳木斯高新区 (2 facts)"])
        // A district's name is never mapped onto a zone.
        #expect(r.otherEntities.map(\.zone) == ["青岛市城阳区"])
        #expect(r.facts.filter { $0.zone == "佳木斯高新区" }.count == 3)
        #expect(Aggregator.zoneNames(facts, zoneNames: names) == ["佳木斯高新区"])
    }
}
