import Testing
import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefMetrics

@testable import ZoneBriefCompose

/// The order of the zones' sections: province (GB/T 2260), then the name's pinyin; grouped with
/// an index past a page of zones; the user's order with `--zones`; the sources' with `.input`.
struct ZoneOrderTests {
    /// One actual GDP figure per zone, zones in the order given.
    static func report(_ zones: [String], options: MetricsOptions = MetricsOptions()) -> MetricsReport {
        let facts = zones.enumerated().map { k, z in
            Fact(
                zone: z, metric: .gdp, value: Double(k + 1) * 1e9, unit: .CNY, period: .months(2023, 1, 6), kind: .actual,
                source: SourceRef(file: "a.txt", line: k + 1, quote: z))
        }
        return Aggregator.aggregate(facts, options: options).value
    }

    static let mixed = ["西安高新区", "成都高新区", "咸阳高新区", "北京第2经开区", "北京高新区", "某某未知园区", "东湖高新区", "宝鸡高新区"]

    @Test func provinceThenPinyin() {
        let order = ZoneOrder(zones: Self.report(Self.mixed).zones, rule: .region, userOrder: false)
        // 北京 (11) · 湖北 (42, 东湖) · 四川 (51) · 陕西 (61: 宝鸡 bao, 西安 xi an, 咸阳 xian yang) · no province last.
        #expect(order.zones.map(\.zone) == ["北京第2经开区", "北京高新区", "东湖高新区", "成都高新区", "宝鸡高新区", "西安高新区", "咸阳高新区", "某某未知园区"])
        #expect(!order.isGrouped)
    }

    @Test func inputOrderAndUserOrderAreKept() {
        let input = ZoneOrder(zones: Self.report(Self.mixed).zones, rule: .input, userOrder: false)
        #expect(input.zones.map(\.zone) == Self.mixed)
        let user = ZoneOrder(zones: Self.report(Self.mixed).zones, rule: .region, userOrder: true)
        #expect(user.zones.map(\.zone) == Self.mixed)
    }

    static var many: [String] {
        let cities = ["成都", "北京", "西安", "绵阳", "宝鸡", "苏州", "南京", "无锡", "杭州", "宁波", "合肥", "芜湖", "武汉", "长沙"]
        return cities.map { $0 + "高新区" } + ["某某未知园区"]
    }

    /// Past a page of zones: a heading per province, zones a level below, the contents listing
    /// provinces, province rows in 园区一览, an index by pinyin at the back with every zone.
    @Test func manyZonesAreGroupedWithAnIndex() {
        let doc = BriefComposer.compose(Self.report(Self.many))
        let dump = DocumentDump.text(doc)
        #expect(dump.contains("heading 2 #region-1 \"北京市（1 个园区）\""))
        #expect(dump.contains("heading 3 #zone-1 \"北京高新区\""))
        #expect(dump.contains("heading 4 #zone-1-figures \"主要指标\" no-contents"))
        #expect(dump.contains("heading 2 #region-9 \"其他地区（1 个园区）\""))
        #expect(dump.contains("  # 江苏省（3）"))
        // Index: by pinyin; 宝鸡 (bao) before 北京 (bei) under B; unknown names under 其他, last.
        let index = dump.split(separator: "\n").drop { !$0.hasPrefix("index ") }.map(String.init)
        #expect(index.first == "index #zone-index \"园区索引\" columns=3")
        #expect(index.dropFirst().first?.hasPrefix("  B: [宝鸡高新区]") == true)
        #expect(index.last?.hasPrefix("  其他: [某某未知园区]") == true)
        #expect(index.joined().components(separatedBy: "](#zone-").count - 1 == Self.many.count)
    }

    @Test func pagePerZoneIsAskedFor() {
        let flowing = DocumentDump.text(BriefComposer.compose(Self.report(Array(Self.mixed.prefix(3)))))
        #expect(!flowing.contains("#zone-2 \"西安高新区\" break"))
        let paged = DocumentDump.text(BriefComposer.compose(Self.report(Array(Self.mixed.prefix(3))), options: BriefOptions(pagePerZone: true)))
        #expect(paged.contains("heading 2 #zone-2 \"西安高新区\" break"))
    }

    /// Every place of the table belongs to a province of the list, once.
    @Test func regionTableIsWellFormed() {
        let provinces = Set(RegionTable.provinces.map(\.short))
        var seen = Set<String>()
        for line in RegionTable.places.split(separator: "\n") {
            let f = line.split(separator: "\t").map(String.init)
            #expect(f.count == 3, "\(line)")
            guard f.count == 3 else { continue }
            #expect(provinces.contains(f[2]), "\(line)")
            #expect(seen.insert(f[0]).inserted, "\(f[0]) twice")
            #expect(f[1].allSatisfy { $0 == " " || ("a"..."z").contains($0) }, "\(line)")
            #expect(f[1].split(separator: " ").count == f[0].count, "one syllable per character: \(line)")
        }
    }
}
