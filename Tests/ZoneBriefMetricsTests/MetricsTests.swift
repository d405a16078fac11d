import Testing
import ZoneBriefTestSupport
import ZoneBriefCore
@testable import ZoneBriefMetrics

/// A fact in one line: `fact("宝鸡高新区", .funds_in_place, 157.6e8, .months(2023, 1, 6), at: "a.txt", 3)`.
func fact(_ zone: String, _ metric: Metric, _ value: Double, _ period: Period?, unit: FactUnit = .CNY,
          label: String? = nil, yoy: Double? = nil, share: Double? = nil, kind: FactKind = .actual,
          approx: Approx? = nil, entity: Entity = .zone, at file: String = "a.txt", _ line: Int = 1, date: String? = nil) -> Fact {
    Fact(zone: zone, entity: entity, metric: metric, label: label, value: value, unit: unit, period: period, yoyPct: yoy,
         targetPct: share, kind: kind, approx: approx, source: SourceRef(file: file, line: line, quote: "q\(line)", date: date))
}

struct MergeTests {
    @Test func samePrintedFigureIsOneWithEverySource() throws {
        let facts = [
            fact("宝鸡高新区", .funds_in_place, 15_760_000_000, .months(2023, 1, 6), share: 55.49, at: "004.txt", 25),
            fact("宝鸡高新区", .funds_in_place, 15_760_000_000, .months(2023, 1, 6), share: 55.49, at: "000.txt", 99),
        ]
        let r = Merger.merge(facts)
        #expect(r.figures.count == 1)
        #expect(r.conflicts.isEmpty)
        #expect(r.duplicates.map(\.description) == [
            "宝鸡高新区 funds_in_place CNY actual 2023-01..2023-06 15760000000 target_pct=55.49 @000.txt:99,004.txt:25",
        ])
    }

    /// (a, b, which wins, by which rule)
    static let conflicts: [(Fact, Fact, Double, ConflictRule)] = [
        // No dates: the more precise, then the later source.
        (fact("z高新区", .gdp, 15_760_000_000, .year(2023), at: "a.txt", 1),
         fact("z高新区", .gdp, 15_762_000_000, .year(2023), at: "a.txt", 2), 15_762_000_000, .morePrecise),
        (fact("z高新区", .gdp, 15_800_000_000, .year(2023), at: "b.txt", 9),
         fact("z高新区", .gdp, 15_700_000_000, .year(2023), at: "a.txt", 1), 15_800_000_000, .laterSource),
        (fact("z高新区", .gdp, 12_000_000_000, .year(2023), approx: .about, at: "b.txt", 1),
         fact("z高新区", .gdp, 11_000_000_000, .year(2023), at: "a.txt", 1), 11_000_000_000, .morePrecise),
        // Dates decide, not file names: the later article wins even when it is less precise and its file sorts first.
        (fact("z高新区", .gdp, 12_836_000_000, .year(2023), at: "b.txt", 1, date: "2023-07-18"),
         fact("z高新区", .gdp, 13_120_000_000, .year(2023), at: "a.txt", 1, date: "2023-08-03"), 13_120_000_000, .laterArticle),
        (fact("z高新区", .gdp, 13_000_000_000, .year(2023), at: "b.txt", 1, date: "2023-08"),
         fact("z高新区", .gdp, 12_000_000_000, .year(2023), at: "a.txt", 1, date: "2023-07-31"), 13_000_000_000, .laterArticle),
        // One date missing, or the same month: precision again.
        (fact("z高新区", .gdp, 15_762_000_000, .year(2023), at: "a.txt", 1),
         fact("z高新区", .gdp, 15_800_000_000, .year(2023), at: "b.txt", 1, date: "2023-08-03"), 15_762_000_000, .morePrecise),
        (fact("z高新区", .gdp, 15_762_000_000, .year(2023), at: "a.txt", 1, date: "2023-08"),
         fact("z高新区", .gdp, 15_800_000_000, .year(2023), at: "b.txt", 1, date: "2023-08-03"), 15_762_000_000, .morePrecise),
        // A later rough figure the exact one satisfies (超150亿, 157.6亿) does not overrule it.
        (fact("z高新区", .gdp, 15_760_000_000, .year(2023), at: "a.txt", 1, date: "2023-07-10"),
         fact("z高新区", .gdp, 15_000_000_000, .year(2023), approx: .over, at: "b.txt", 1, date: "2023-08-03"), 15_760_000_000, .morePrecise),
    ]

    @Test(arguments: conflicts)
    func conflictKeepsBothAndChoosesByRule(a: Fact, b: Fact, winner: Double, rule: ConflictRule) throws {
        for facts in [[a, b], [b, a]] {
            let r = Merger.merge(facts)
            #expect(r.figures.map(\.value) == [winner])
            let c = try #require(r.conflicts.first)
            #expect(c.chosen.value == winner)
            #expect(c.rejected.count == 1)
            #expect(c.rule == rule)
        }
    }

    @Test func kindsAndPeriodsStayApart() {
        let r = Merger.merge([
            fact("z高新区", .gdp, 10, .year(2023)),
            fact("z高新区", .gdp, 12, .year(2023), kind: .target),
            fact("z高新区", .gdp, 11, .year(2023), kind: .estimate),
            fact("z高新区", .gdp, 5, .months(2023, 1, 6)),
            fact("z高新区", .gdp, 5, .months(2023, 1, 6), unit: .USD),
        ])
        #expect(r.figures.count == 5)
        #expect(r.conflicts.isEmpty)
    }

    @Test(arguments: [(15_760_000_000.0, 4), (15_762_000_000, 5), (0.5, 1), (55.49, 4), (0, 1), (21, 2)])
    func significantDigits(value: Double, digits: Int) {
        #expect(Merger.significantDigits(value) == digits)
    }
}

struct PeriodTests {
    let facts = [
        fact("z高新区", .trade_total, 400, .months(2023, 1, 5), at: "a.txt", 1),
        fact("z高新区", .trade_total, 480, .months(2023, 1, 6), kind: .estimate, at: "a.txt", 2),
        fact("z高新区", .trade_total, 470, .months(2023, 1, 6), at: "a.txt", 3),
        fact("z高新区", .trade_total, 900, .year(2022), at: "a.txt", 4),
        fact("z高新区", .trade_total, 1000, .year(2023), kind: .target, at: "a.txt", 5),
    ]

    @Test func headlineIsLatestThenActualOverEstimate() throws {
        let r = Aggregator.aggregate(facts).value
        let z = try #require(r.zones.first)
        #expect(z.headlines.map(\.value) == [470])
    }

    @Test func asOfMonthTakesLatestFigureEndingInOrBeforeItThatYear() throws {
        let may = Aggregator.aggregate(facts, options: MetricsOptions(asOf: YearMonth(2023, 5))).value
        #expect(may.zones[0].headlines.map(\.value) == [400])
        #expect(may.zones[0].figures.map(\.value).sorted() == [400, 1000])
        let dec22 = Aggregator.aggregate(facts, options: MetricsOptions(asOf: YearMonth(2022, 12))).value
        #expect(dec22.zones[0].headlines.map(\.value) == [900])
        let jan21 = Aggregator.aggregate(facts, options: MetricsOptions(asOf: YearMonth(2021, 1))).value
        #expect(jan21.zones.isEmpty)
    }

    @Test func changeBetweenCumulativePeriodsOfOneYear() {
        let steps = Aggregator.aggregate(facts).value.zones[0].steps
        #expect(steps.map(\.description) == ["step z高新区 trade_total CNY 2023 2023-05→2023-06 400→470 delta=70 month=2023-06"])
        #expect(steps[0].isOneMonth)
        #expect(steps[0].span == .months(2023, 6, 6))
    }

    /// A full-year estimate never replaces the half-year actual, as the headline or in a step.
    @Test func anEstimateNeverStandsForAZoneWhenTheBriefsPeriodHasAnActual() throws {
        let facts = [
            fact("z高新区", .gdp, 312.4e8, .months(2023, 1, 6), at: "a.txt", 1),
            fact("z高新区", .gdp, 650e8, .year(2023), kind: .estimate, at: "a.txt", 2),
            fact("z高新区", .gdp, 250e8, .months(2023, 1, 3), at: "a.txt", 3),
            fact("y高新区", .gdp, 400e8, .months(2023, 1, 6), kind: .estimate, at: "a.txt", 4),
            fact("y高新区", .gdp, 500e8, .year(2022), at: "a.txt", 5),
        ]
        let r = Aggregator.aggregate(facts).value
        #expect(r.briefPeriod == BriefPeriod(month: YearMonth(2023, 6)))
        #expect(r.zones[0].headlines.map(\.value) == [312.4e8])
        #expect(r.zones[0].steps.map(\.to.value) == [312.4e8])
        #expect(r.zones[0].steps.allSatisfy { !$0.isOneMonth })
        // y: the estimate of the period stands for it (marked), not last year's actual; it is never ranked.
        #expect(r.zones[1].headlines.map(\.value) == [400e8])
        let gdp = try #require(r.rankings.first)
        #expect(gdp.ranked.map(\.zone) == ["z高新区"])
        #expect(gdp.entries.map(\.unranked) == [nil, .estimate])
        #expect(r.highlights.fastestGrowth == nil)
    }

    /// `--period` later than the data: the data month stays the latest month that has data.
    @Test func theDataMonthIsTheLatestMonthWithData() {
        let facts = [fact("z高新区", .gdp, 1, .months(2023, 1, 6)), fact("z高新区", .gdp, 2, .year(2023), kind: .target)]
        let sept = Aggregator.aggregate(facts, options: MetricsOptions(asOf: YearMonth(2023, 9))).value
        #expect(sept.lastMonth == YearMonth(2023, 6))
        #expect(sept.briefPeriod == BriefPeriod(month: YearMonth(2023, 9)))
        let plain = Aggregator.aggregate(facts).value
        #expect(plain.lastMonth == YearMonth(2023, 6))
    }
}

struct TargetTests {
    @Test func textShareFirstThenComputed() {
        let r = Aggregator.aggregate([
            fact("宝鸡高新区", .funds_in_place, 157.6e8, .months(2023, 1, 6), share: 55.49),
            fact("宝鸡高新区", .funds_in_place, 300e8, .year(2023), kind: .target),
            fact("宝鸡高新区", .annual_investment, 205e8, .year(2023), kind: .target),
            fact("宝鸡高新区", .annual_investment, 102.5e8, .months(2023, 1, 6)),
            fact("宝鸡高新区", .fdi, 1590e4, .months(2023, 1, 6), unit: .USD, share: 227.14),
            fact("兰州高新区", .gdp, 13, .year(2022), unit: .percent, yoy: 13, kind: .target),
        ]).value
        #expect(r.zones.flatMap(\.targets).map(\.description) == [
            "target 兰州高新区 gdp percent 2022 target=13 reached=-",
            "target 宝鸡高新区 funds_in_place CNY 2023 target=30000000000 reached=15760000000@2023-01..2023-06 share=55.49%(text)",
            "target 宝鸡高新区 fdi USD 2023 target=- reached=15900000@2023-01..2023-06 share=227.14%(text)",
            "target 宝鸡高新区 annual_investment CNY 2023 target=20500000000 reached=10250000000@2023-01..2023-06 share=50%(computed)",
        ])
    }

    @Test func targetIsNeverAHeadlineNorRanked() {
        let r = Aggregator.aggregate([
            fact("a高新区", .gdp, 100, .year(2023), kind: .target),
            fact("b高新区", .gdp, 50, .year(2023)),
            fact("c高新区", .gdp, 60, .year(2023)),
        ]).value
        #expect(r.headlines.allSatisfy { $0.kind != .target })
        #expect(r.rankings.flatMap(\.entries).map(\.zone) == ["c高新区", "b高新区"])
        #expect(r.highlights.largestInvestment == nil)
    }
}

struct RankingTests {
    @Test func rankedOnlyAmongComparablePeriodsAndUnits() throws {
        let r = Aggregator.aggregate([
            fact("a高新区", .gdp, 100, .months(2023, 1, 6), at: "a.txt", 1),
            fact("b高新区", .gdp, 300, .year(2021), at: "a.txt", 2),
            fact("c高新区", .gdp, 80, .months(2023, 1, 6), yoy: 5, at: "a.txt", 3),
            fact("d高新区", .gdp, 90, .months(2023, 1, 6), unit: .USD, at: "a.txt", 4),
            fact("e高新区", .gdp, 100, .months(2023, 1, 6), at: "a.txt", 5),
        ]).value
        let gdp = try #require(r.rankings.first)
        #expect(r.rankings.count == 1)
        #expect(gdp.description == """
        ranking gdp CNY reference=2023-01..2023-06
          #1 a高新区 100 actual 2023-01..2023-06
          #1 e高新区 100 actual 2023-01..2023-06
          #3 c高新区 80 actual 2023-01..2023-06
          -- b高新区 300 actual 2021-01..2021-12 (other-period)
        """)
        #expect(gdp.hasDifferingPeriods)
    }

    @Test func undatedFiguresAreNeverRanked() throws {
        let r = Aggregator.aggregate([
            fact("a高新区", .projects_signed, 10, nil, unit: .count, at: "a.txt", 1),
            fact("b高新区", .projects_signed, 20, nil, unit: .count, at: "a.txt", 2),
            fact("c高新区", .projects_signed, 5, .months(2023, 1, 6), unit: .count, at: "a.txt", 3),
        ]).value
        let rk = try #require(r.rankings.first)
        #expect(rk.referencePeriod == .months(2023, 1, 6))
        #expect(rk.ranked.map(\.zone) == ["c高新区"])
        #expect(rk.entries.compactMap(\.unranked) == [.undated, .undated])
        let none = Aggregator.aggregate([
            fact("a高新区", .projects_signed, 10, nil, unit: .count, at: "a.txt", 1),
            fact("b高新区", .projects_signed, 20, nil, unit: .count, at: "a.txt", 2),
        ]).value
        #expect(none.rankings.first?.referencePeriod == nil)
        #expect(none.rankings.first?.ranked.isEmpty == true)
        #expect(none.briefPeriod == nil)
        #expect(none.highlights.mostProjects == nil)
    }

    /// Headlines speak of the brief's period: a larger figure of 2021 or of the whole year under
    /// way never leads a June brief.
    @Test func highlightsAreActualsOfTheBriefsPeriod() {
        let r = Aggregator.aggregate([
            fact("兰州高新区", .project_investment, 1639e8, .year(2021), at: "a.txt", 1),
            fact("宝鸡高新区", .project_investment, 855e8, .year(2023), at: "a.txt", 2),
            fact("宝鸡高新区", .funds_in_place, 157.6e8, .months(2023, 1, 6), at: "a.txt", 3),
            fact("肇庆高新区", .gdp, 540e8, .months(2023, 1, 6), yoy: 30, kind: .estimate, at: "a.txt", 4),
            fact("肇庆高新区", .trade_total, 40e8, .months(2023, 1, 5), yoy: 5, at: "a.txt", 5),
        ]).value
        #expect(r.briefPeriod == BriefPeriod(month: YearMonth(2023, 6)))
        #expect(r.highlights.largestInvestment?.value == 157.6e8)
        #expect(r.highlights.fastestGrowth?.yoyPct == 5)
    }

    /// A part of a set of projects (签约项目 labelled 亿元以上项目) is a series of its own beside the set's: it never
    /// merges with the set's figure and never leads the brief, however large, where the set's own figure is smaller
    /// or missing.
    @Test func aPartOfASetOfProjectsIsNoTotalAndLeadsNothing() {
        let r = Aggregator.aggregate([
            fact("肇庆高新区", .projects_signed, 16, .months(2023, 1, 6), unit: .count, at: "a.txt", 1),
            fact("肇庆高新区", .projects_signed, 9, .months(2023, 1, 6), unit: .count, label: "亿元以上项目", at: "a.txt", 1),
            fact("宝鸡高新区", .projects_signed, 30, .months(2023, 1, 6), unit: .count, label: "外资项目", at: "a.txt", 2),
            fact("宝鸡高新区", .signed_investment, 500e8, .months(2023, 1, 6), label: "外资项目", at: "a.txt", 2),
            fact("宝鸡高新区", .funds_in_place, 12e8, .months(2023, 1, 6), at: "a.txt", 3),
        ]).value
        #expect(r.highlights.mostProjects?.zone == "肇庆高新区")
        #expect(r.highlights.mostProjects?.value == 16)
        #expect(r.highlights.largestInvestment?.metric == .funds_in_place)
        #expect(r.headlines.filter { $0.metric == .projects_signed }.count == 3)
    }

    @Test func usdStaysUSDUnlessARateIsGiven() {
        let facts = [
            fact("a高新区", .fdi, 1590e4, .year(2023), unit: .USD),
            fact("b高新区", .fdi, 1e8, .year(2023), unit: .CNY),
        ]
        let plain = Aggregator.aggregate(facts).value
        #expect(plain.rankings.isEmpty)
        #expect(plain.headlines.map(\.unit) == [.USD, .CNY])
        let rated = Aggregator.aggregate(facts, options: MetricsOptions(usdRate: 7.2)).value
        #expect(rated.rankings.first?.entries.map(\.zone) == ["a高新区", "b高新区"])
        #expect(rated.convertedFromUSD.map(\.value) == [1590e4 * 7.2])
    }
}

struct SelectionTests {
    @Test func zonesByNameOrPrefixInTheUsersOrder() {
        let facts = [
            fact("宝鸡高新区", .gdp, 1, .year(2023), at: "a.txt", 1),
            fact("肇庆高新区", .gdp, 2, .year(2023), at: "a.txt", 2),
            fact("兰州高新区", .gdp, 3, .year(2023), at: "a.txt", 3),
            fact("昆山市", .gdp, 4, .year(2023), entity: .city, at: "a.txt", 4),
        ]
        let all = Aggregator.aggregate(facts).value
        #expect(all.zones.map(\.zone) == ["宝鸡高新区", "肇庆高新区", "兰州高新区"])
        #expect(all.otherEntities.map(\.zone) == ["昆山市"])
        let two = Aggregator.aggregate(facts, options: MetricsOptions(zones: ["肇庆", "宝鸡高新区", "西安"]))
        #expect(two.value.zones.map(\.zone) == ["肇庆高新区", "宝鸡高新区"])
        #expect(two.value.otherEntities.isEmpty)
        #expect(two.diagnostics.map(\.description) == ["--zones: warning: no zone with facts matches \"西安\"; zones with facts: 宝鸡高新区、肇庆高新区、兰州高新区"])
    }
}

struct SeedFixtureTests {
    @Test func seedsDump() throws {
        let read = try FactsFile.read(path: seedFixturePath())
        #expect(read.diagnostics.isEmpty)
        let report = Aggregator.aggregate(read.value).value
        let baoji = report.duplicates.filter { $0.zone == "宝鸡高新区" && $0.metric == .funds_in_place }
        #expect(baoji.count == 1)
        #expect(baoji.first?.sources.count == 2)
        assertSnapshot(report.dump(), named: "seeds.dump.txt")
        let june = Aggregator.aggregate(read.value, options: MetricsOptions(asOf: YearMonth(2023, 6))).value
        assertSnapshot(june.dump(), named: "seeds-2023-06.dump.txt")
    }
}

struct StockFoldTests {
    @Test func stockAtMonthEndAndYearToDateOfSameValueAreOneFigure() {
        let r = Merger.merge([
            fact("宝鸡高新区", .projects_introduced, 21, Period(start: nil, end: YearMonth(2023, 6)), unit: .count, at: "000.txt", 107),
            fact("宝鸡高新区", .projects_introduced, 21, .months(2023, 1, 6), unit: .count, at: "004.txt", 21),
            fact("宝鸡高新区", .project_investment, 92.03e8, Period(start: nil, end: YearMonth(2023, 6)), at: "000.txt", 107),
            fact("宝鸡高新区", .project_investment, 855e8, .year(2023), at: "004.txt", 19),
        ])
        #expect(r.figures.map(\.description) == [
            "宝鸡高新区 project_investment CNY actual ..2023-06 9203000000 @000.txt:107",
            "宝鸡高新区 project_investment CNY actual 2023-01..2023-12 85500000000 @004.txt:19",
            "宝鸡高新区 projects_introduced count actual 2023-01..2023-06 21 @000.txt:107,004.txt:21",
        ])
    }
}

struct UndatedFoldTests {
    @Test func undatedFigureOfTheSameValueJoinsTheOneDatedFigure() {
        let r = Merger.merge([
            fact("宝鸡高新区", .projects_introduced, 21, Period(start: nil, end: YearMonth(2023, 6)), unit: .count, at: "000.txt", 107),
            fact("宝鸡高新区", .projects_introduced, 21, nil, unit: .count, at: "004.txt", 21),
            fact("宝鸡高新区", .projects_key, 130, .year(2023), unit: .count, at: "004.txt", 19),
            fact("宝鸡高新区", .projects_key, 130, .year(2022), unit: .count, at: "003.txt", 5),
            fact("宝鸡高新区", .projects_key, 130, nil, unit: .count, at: "005.txt", 1),
            fact("宝鸡高新区", .projects_key, 130, nil, unit: .count, kind: .target, at: "005.txt", 2),
        ])
        #expect(r.figures.map(\.description) == [
            "宝鸡高新区 projects_key count actual undated 130 @005.txt:1",
            "宝鸡高新区 projects_key count actual 2022-01..2022-12 130 @003.txt:5",
            "宝鸡高新区 projects_key count actual 2023-01..2023-12 130 @004.txt:19",
            "宝鸡高新区 projects_key count target undated 130 @005.txt:2",
            "宝鸡高新区 projects_introduced count actual ..2023-06 21 @000.txt:107,004.txt:21",
        ])
    }
}

struct RateFoldTests {
    @Test func aRateAloneJoinsTheAmountThatGrewByIt() {
        let r = Merger.merge([
            // a headline's rate, the body's amount that grew by it, and the rate printed undated once more
            fact("东湖高新区", .gdp, 10.2, .months(2024, 1, 6), unit: .percent, yoy: 10.2, at: "a.txt", 3),
            fact("东湖高新区", .gdp, 140_349_000_000, .months(2024, 1, 6), yoy: 10.2, at: "a.txt", 5),
            fact("东湖高新区", .gdp, 10.2, nil, unit: .percent, yoy: 10.2, at: "b.txt", 1),
            // a rate no amount grew by, another period's rate, a target's rate: each its own figure
            fact("东湖高新区", .industrial_value_added, 25.6, .months(2024, 1, 6), unit: .percent, yoy: 25.6, at: "a.txt", 9),
            fact("东湖高新区", .gdp, 8.1, .months(2024, 1, 3), unit: .percent, yoy: 8.1, at: "a.txt", 12),
            fact("东湖高新区", .gdp, 10.2, .year(2024), unit: .percent, yoy: 10.2, kind: .target, at: "a.txt", 14),
        ])
        #expect(r.figures.map(\.description) == [
            "东湖高新区 gdp CNY actual 2024-01..2024-06 140349000000 yoy=10.2 @a.txt:3,a.txt:5,b.txt:1",
            "东湖高新区 gdp percent actual 2024-01..2024-03 8.1 yoy=8.1 @a.txt:12",
            "东湖高新区 gdp percent target 2024-01..2024-12 10.2 yoy=10.2 @a.txt:14",
            "东湖高新区 industrial_value_added percent actual 2024-01..2024-06 25.6 yoy=25.6 @a.txt:9",
        ])
    }
}
