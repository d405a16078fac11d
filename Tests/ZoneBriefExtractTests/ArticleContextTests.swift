import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefExtract

/// What an article says of itself (REAL-TEXT.md §1, §2, §6): the zone of bare 高新区 from a source
/// line or the last paragraph, the article's date from its dateline, the city of 全市, tables
/// flattened into lines. Invented pages, one rule each.
@Suite struct ArticleContextTests {
    let extractor: FactExtractor

    init() throws { extractor = try FactExtractor() }

    func facts(_ page: String, assume: String? = nil) -> [Fact] {
        var e = extractor
        e.assumedZone = assume
        return e.extract(text: page, file: "page.txt").value.facts
    }

    @Test func zoneFromTheSourceLineAtTheEnd() {
        let page = """
        一季度我区经济运行简况

        一季度，全区实现地区生产总值248.7亿元，同比增长6.8%。

        （荆门高新区经济运行局供稿　2023年4月18日）
        """
        let f = facts(page)
        #expect(f.count == 1)
        #expect(f.first?.zone == "荆门高新区" && f.first?.entity == .zone)
        #expect(f.first?.period == Period.months(2023, 1, 3))
        #expect(f.first?.source.date == "2023-04-18")
    }

    @Test func datelineResolvesRelativeYears() {
        let page = """
        孝感高新区上半年新增经营主体1863户
        发布时间：2024-07-15 09:30　　来源：孝感高新区管委会

        今年上半年，孝感高新区新增经营主体1863户。去年，全区规上工业总产值为512亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .new_market_entities && $0.period == Period.months(2024, 1, 6) })
        #expect(f.contains { $0.metric == .industrial_output && $0.period == Period.months(2023, 1, 12) })
        #expect(f.allSatisfy { $0.source.date == "2024-07-15" })
    }

    @Test func monthsAfterTheDatelineAreLastYears() {
        let page = """
        发布日期：2024年1月20日

        1-12月，泸州高新区完成固定资产投资98.2亿元。
        """
        #expect(facts(page).first?.period == Period.months(2023, 1, 12))
    }

    @Test func aYearComparedWithDatesTheTextToTheYearAfter() {
        // no dateline: 较2022年末 says the page speaks of 2023
        let page = """
        1至6月，绵阳高新区完成固定资产投资41.3亿元，增长5.2%。截至6月底，全区经营主体共有21460户，较2022年末净增2305户。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.period == Period.months(2023, 1, 6) })
    }

    @Test func theYearAParagraphNamedDatesItsLaterSentences() {
        // a meeting early in 2022 reviews 2021 and sets 2022's targets: 全年 after 2021年 is 2021
        let page = """
        3月2日，德阳高新区召开2022年经济工作会议。
        2021年，德阳高新区克服疫情影响，各项工作取得新成效。全年完成规上工业总产值356.2亿元，同比增长12.1%。2022年，力争规上工业总产值增长10%以上。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_output && $0.unit == .CNY && $0.period == Period.months(2021, 1, 12) && $0.kind == .actual })
        #expect(f.contains { $0.metric == .industrial_output && $0.unit == .percent && $0.period == Period.months(2022, 1, 12) && $0.kind == .target })
    }

    @Test func aSentenceOpeningWithATimeDatesTheFollowingParagraphs() {
        let page = """
        遂宁高新区晒出年度成绩单

        2022年，遂宁高新区实现地区生产总值152.6亿元，同比增长6.1%。

        规模以上工业企业实现总产值311.8亿元，比上年增长9.4%；
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2022, 1, 12) })
    }

    @Test func aLineAnnouncingWhatFollowsEndsAtTheBlankLine() {
        // …以下数据—— then a blank line: the next line opens its own paragraph, and its year
        // dates the paragraphs after it
        let page = """
        聊城高新区晒出成绩单

        发言人在通报中提到了以下经济数据——

        2016年，高新区实现生产总值46.3亿元，同比增长7.2%。

        规模以上工业企业实现总产值121.7亿元，比上年增长12.8%；
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2016, 1, 12) })
    }

    @Test func aDayOpeningAParagraphIsTheMonthOfItsEvent() {
        let page = """
        2023年第二批重点项目集中签约

        4月26日，南充高新区举行2023年第二批重点项目集中签约活动。此次集中签约项目18个，总投资86.4亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 18 && $0.period == Period.months(2023, 4, 4) })
    }

    @Test func aNewsLeadsDayDatesTheArticleInTheYearItNames() {
        // 本报讯3月6日 + 2023年经济工作会议: the page is of March 2023, so 全年 is 2022
        let page = """
        本报讯3月6日，眉山高新区召开2023年经济工作会议。
        会议通报，全年完成规上工业总产值268.4亿元，同比增长11.2%。
        """
        let f = facts(page)
        #expect(f.first?.period == Period.months(2022, 1, 12))
        #expect(f.first?.source.date == "2023-03-06")
    }

    @Test func aNewsAgencysLeadDatesTheEventAndItsFigures() {
        let page = """
        新华网南宁5月9日电（记者 黄某）南宁高新区举行2024年第二批项目集中签约活动，14个项目现场签约，投资总额达52.3亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2024, 5, 5) })
    }

    @Test func monthsNotYetOverHoldNoActual() {
        // a speech of February: this year's output can only be a plan, whatever verb it takes
        let page = """
        发布时间：2024-02-20

        “今年，宜宾高新区地区生产总值增长目标为8%。规上工业总产值超过520亿元，固定资产投资增长12%。”
        """
        let f = facts(page)
        #expect(f.count == 3)
        #expect(f.allSatisfy { $0.kind == .target && $0.period == Period.months(2024, 1, 12) })
    }

    @Test func nationalZonesTogetherAreACollective() {
        let page = """
        前三季度国家高新区主要指标

        前三季度，国家高新区实现工业总产值18.62万亿元，同比增长4.1%。全国173家国家高新区新增高新技术企业1.9万家。青岛国家高新区实现工业总产值816亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "国家高新区" && $0.entity == .collective && $0.metric == .industrial_output && $0.value == 18_620_000_000_000 })
        #expect(f.contains { $0.zone == "青岛高新区" && $0.entity == .zone && $0.value == 81_600_000_000 })
        #expect(!f.contains { $0.zone == "高新区" })
    }

    @Test func aHeadlineAboutTheNationalZonesMakesThemTheArticlesOwn() {
        // the body's 园区 and its unattributed figures are the national zones', not the first
        // word that happens to stand before 国家高新区 in a quote (“推动国家高新区…”)
        let page = """
        国家高新区成稳增长重要力量

        上半年园区生产总值超8万亿元。“推动国家高新区高质量发展”座谈会上透露，1月至6月，园区生产总值达到8.21万亿元，同比增长6.6%。
        """
        let f = facts(page)
        // (超8万亿元 is 8.21万亿元 rounded: one figure)
        #expect(f.count == 1)
        #expect(f.first?.value == 8_210_000_000_000)
        #expect(f.allSatisfy { $0.zone == "国家高新区" && $0.entity == .collective })
    }

    @Test func aTableWhoseCellsOneSpacePartsUnderAUnitLineAndATwoLineHeader() {
        // a yearbook's table that lost its layout: 单位 on its own line, the header on two lines, rows
        // with an enumerator, -- for no figure, one space between cells
        let page = """
        青松高新区2020年统计年鉴
        主要经济指标
        单位:亿元、%
        序号 指标名称 高新区
        绝对额 同比
        (一) 地区生产总值 487.45 6.8
        (二) 规上工业总产值 -- 14.8
        (四) 社会消费品零售总额 107.18 1.8
        (九) 实际利用外资(亿美元) 7.76 4.9
        """
        let f = facts(page)
        #expect(f.count == 4)
        #expect(f.contains { $0.metric == .gdp && $0.value == 48_745_000_000 && $0.yoyPct == 6.8 && $0.period == Period.months(2020, 1, 12) })
        #expect(f.contains { $0.metric == .industrial_output && $0.unit == .percent && $0.value == 14.8 })
        #expect(f.contains { $0.metric == .retail_sales && $0.value == 10_718_000_000 })
        #expect(f.contains { $0.metric == .fdi && $0.value == 776_000_000 && $0.unit == .USD })
        #expect(f.first { $0.metric == .gdp }?.source.quote == "(一) 地区生产总值 487.45 6.8")
    }

    @Test func tablesWithMonthAndYearToDateColumnsAndMetricColumns() {
        let page = """
        淄博高新区2024年5月主要经济指标
        发布时间：2024-06-18

        一、主要指标（单位：亿元）
        指标名称　单位　本月　累计　同比增长(%)
        规上工业总产值　亿元　41.2　198.6　8.8

        二、招商引资（1-5月）
        新签约项目……………………19个
        协议总投资……………………86.5亿元
        有效发明专利拥有量（截至5月末）……………………2,218件

        三、各园区签约情况
        高新区　　签约项目（个）　　签约金额（亿元）
        淄博高新区　　12　　64.3
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 19_860_000_000 && $0.period == Period.months(2024, 1, 5) && $0.yoyPct == 8.8 })
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 4_120_000_000 && $0.period == Period.months(2024, 5, 5) })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 19 && $0.period == Period.months(2024, 1, 5) })
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 8_650_000_000 })
        #expect(f.contains { $0.metric == .patents && $0.value == 2218 && $0.period == Period(start: nil, end: YearMonth(2024, 5)) })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 12 })
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 6_430_000_000 })
    }

    @Test func aTableGivenOneCellALine() {
        // a web table copied cell by cell (`cell |`), years as columns, on a page about the
        // national zones that names no zone of its own
        let page = """
        国家高新技术产业开发区主要经济指标（2019—2021年）
        下表是国家高新区历年主要指标
        |
        2019 |
        2020 |
        2021 |
        企业数(个) |
        141525 |
        169705 |
        199847 |
        工业总产值(亿元) |
        254178.4 |
        262410.7 |
        290633.5 |
        说明：数据为国家高新区汇总数。
        """
        let f = facts(page)
        #expect(f.count == 3)
        #expect(f.allSatisfy { $0.zone == "国家高新区" && $0.entity == .collective && $0.metric == .industrial_output })
        #expect(f.contains { $0.value == 29_063_350_000_000 && $0.period == Period.months(2021, 1, 12) })
        #expect(f.contains { $0.value == 25_417_840_000_000 && $0.period == Period.months(2019, 1, 12) })
    }

    @Test func aRankingsHeaderNamesItsValueColumnAndColonRowsNeedNoRank() {
        let page = """
        湖南省高新区2022年主要指标比较

        表1　2022年规模以上工业总产值（亿元）及增速
        序号　园区名称　总产值　增速（%）
        1　长沙高新区　2,315.4　9.1
        2　株洲高新区　1,502.8　7.6

        表2　2022年实际使用外资（万美元）
        湘潭高新区：12,340
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "长沙高新区" && $0.metric == .industrial_output && $0.value == 231_540_000_000 && $0.yoyPct == 9.1 })
        #expect(f.contains { $0.zone == "株洲高新区" && $0.metric == .industrial_output && $0.yoyPct == 7.6 })
        #expect(f.contains { $0.zone == "湘潭高新区" && $0.metric == .fdi && $0.value == 123_400_000 && $0.unit == .USD })
    }

    @Test func pagesThatNeverNameTheirZoneNeedOneAssumed() {
        let page = "1-5月，高新区完成规上工业总产值88.6亿元。\n"
        #expect(facts(page).isEmpty)
        let r = extractor.extract(text: page, file: "p.txt")
        #expect(r.value.unread.map(\.reason) == [.noZone])
        let assumed = facts(page, assume: "随州高新区")
        #expect(assumed.map(\.zone) == ["随州高新区"])
        #expect(!facts(page).contains { $0.zone == "高新区" })
    }

    @Test func aCitysFiguresStayWithTheCity() {
        let page = """
        宜昌市人民政府　　来源：宜昌市统计局

        上半年，全市实现地区生产总值2652.3亿元，同比增长4.6%。其中，高新区完成规上工业总产值612.4亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "宜昌市" && $0.entity == .city && $0.metric == .gdp })
        #expect(f.contains { $0.zone == "宜昌高新区" && $0.entity == .zone && $0.metric == .industrial_output })
    }

    @Test func aRankingTableIsReadRowByRow() {
        let page = """
        2023年全省高新区主要指标排行

        一、地区生产总值（单位：亿元；增速：%）
        1. 襄阳高新区　1312.6　7.8
        2. 宜昌高新区　703.5　6.9
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.first?.zone == "襄阳高新区" && f.first?.value == 131_260_000_000 && f.first?.yoyPct == 7.8)
        #expect(f.first?.source.quote == "1. 襄阳高新区　1312.6　7.8")
        #expect(f.allSatisfy { $0.period == Period.months(2023, 1, 12) })
    }

    @Test func anIndicatorTableWithColumns() {
        let page = """
        威海高新区2022年1-9月经济运行主要指标

        指标名称　　单位　　1-9月　　增长（%）
        地区生产总值　　亿元　　186.42　　3.1
        规上工业增加值　　亿元　　—　　4.9
        """
        let f = facts(page, assume: nil)
        #expect(f.contains { $0.metric == .gdp && $0.value == 18_642_000_000 && $0.yoyPct == 3.1 && $0.period == Period.months(2022, 1, 9) })
        #expect(f.contains { $0.metric == .industrial_value_added && $0.unit == .percent && $0.value == 4.9 })
    }

    @Test func unreadFiguresSayWhy() {
        let r = extractor.extract(text: "上半年，许昌高新区规上工业企业实现营业收入512亿元，该项目总投资12亿元。\n", file: "u.txt")
        #expect(r.value.facts.isEmpty)
        #expect(r.value.unread.map(\.reason) == [.outOfScope, .singleProject])
        #expect(r.value.unread.first?.figure == "512亿元" && r.value.unread.first?.line == 1)
    }

    @Test func anAmountWhoseUnitIsOnlyImpliedIsListedWhenNoMoneyWordNamesIt() {
        // 汽车产业突破2500亿: 亿 without 元 and no metric word for it: no fact, but not hidden either
        let r = extractor.extract(text: "青松高新区力争在2020年汽车产业突破2500亿。\n", file: "u.txt")
        #expect(r.value.facts.isEmpty)
        #expect(r.value.unread.map(\.reason) == [.noMetricWord])
        #expect(r.value.unread.first?.figure == "突破2500亿")
    }

    @Test func aFolderSaysItsZoneOnceAndOnlyBelowTheFolderNamed() throws {
        let fm = FileManager.default
        let top = fm.temporaryDirectory.appendingPathComponent("zb-folder-\(UUID().uuidString)")
        let articles = top.appendingPathComponent("articles/2024")
        try fm.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: top) }
        try "# saved from the zone's own site\nassume-zone = 随州高新区\n".write(to: top.appendingPathComponent("articles/.zonebrief"), atomically: true, encoding: .utf8)
        try "assume-zone = 别处高新区\n".write(to: top.appendingPathComponent(".zonebrief"), atomically: true, encoding: .utf8)
        let page = articles.appendingPathComponent("p.txt")
        try "1-5月，高新区完成规上工业总产值88.6亿元。\n".write(to: page, atomically: true, encoding: .utf8)
        var named = FolderSettings(roots: [top.appendingPathComponent("articles").path])
        #expect(named.assumedZone(for: page) == "随州高新区")
        // a settings file above the folder the user named is not read
        var below = FolderSettings(roots: [articles.path])
        #expect(below.assumedZone(for: page) == nil)
    }

    @Test func aHeadlineHoldingAFigureIsDatedByItsLead() {
        // the headline ends at the blank line (it is no start of the lead), and its undated
        // printing of the figures is the lead's figures again: a fact of each printing, each dated
        // by the month of the lead's day (the quarter the event is named for names its batch)
        let page = """
        江阴高新区24个项目集中开工 总投资150亿元

        来源：江阴日报　2024-03-20 10:12

        3月18日，江阴高新区举行一季度重大项目集中开工活动，24个项目集中开工，总投资150亿元。

        此次活动中，产业项目共16个，总投资121.5亿元。
        """
        let f = facts(page)
        #expect(f.count == 5)
        #expect(f.filter { $0.source.line == 5 }.count == 2)
        #expect(f.filter { $0.source.line == 1 }.map(\.value) == [24, 15_000_000_000])
        #expect(f.allSatisfy { $0.period == Period.months(2024, 3, 3) })
        #expect(f.contains { $0.source.line == 7 && $0.value == 12_150_000_000 && $0.metric == .project_investment })
    }

    @Test func aDatelineAfterTheSiteMenuDatesTheArticle() {
        var page = (1...12).map { "- 栏目\($0)" }.joined(separator: "\n")
        page += """

        上半年GDP同比增长6.3%！江阴高新区经济半年报公布
        来源：江阴高新区　日期：2023-07-31
        上半年，江阴高新区完成地区生产总值443.4亿元，同比增长6.3%。
        """
        let f = facts(page)
        #expect(f.contains { $0.value == 44_340_000_000 && $0.period == Period.months(2023, 1, 6) })
    }

    @Test func aMonthlyBulletinsMonthIsTheYearToIt() {
        let page = """
        2020年10月全区经济运行情况
        发布日期：2020-11-27　信息来源：江阴高新区

        一、工业　全区规上工业实现总产值121.25亿元，同比下降6.12%。其中9月实现工业总产值13.62亿元。
        二、投资　10月固定资产投资同比下降29.8%。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_output && $0.value == 12_125_000_000 }?.period == Period.months(2020, 1, 10))
        #expect(f.first { $0.metric == .fixed_asset_investment }?.period == Period.months(2020, 1, 10))
        // 其中9月: a part of the total by its own time, so that time's figure (not a size class)
        #expect(f.first { $0.value == 1_362_000_000 }?.period == Period.months(2020, 9, 9))
    }

    @Test func oneSpellingPerZoneInAnArticle() {
        let page = """
        惠州仲恺高新区经济半年报公布

        上半年，仲恺高新区完成地区生产总值443.39亿元。1至6月，仲恺高新区规上工业增加值完成277.54亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "仲恺高新区" })
    }

    @Test func aDatelineLineIsNeverTheRestOfTheLinesBeforeIt() {
        // a site's slogan and menu above the headline, then the date line: the article is dated
        let page = """
        创新是第一动力，加快建设科技强国
        园区 园区 园区

        今年1-2月我省高新区营业收入同比增长17.2%

        2022-04-18 河北日报

        河北日报讯 4月15日，从全省高新区工作会议上获悉，1-2月，我省高新区税收总额同比增长15.68%。
        """
        let f = facts(page)
        // (我省高新区 is the contract's 全省高新区, though the page names its province: 河北日报)
        #expect(f.contains { $0.zone == "全省高新区" && $0.entity == .collective && $0.metric == .tax_revenue && $0.period == Period.months(2022, 1, 2) })
    }

    @Test func aTimeSetOffInTheLeadDatesTheNextParagraphs() {
        // 1-2月 opens a clause of the lead (not its sentence): the next paragraph's figures are of those months
        let page = """
        今年前两月全省高新区主要指标平稳

        2023-03-20 湖南日报

        湖南日报讯 3月18日，记者从全省高新区工作推进会上获悉，1-2月，全省高新区税收总额同比增长9.4%。

        据统计，全省高新区规上工业总产值同比增长7.7%，发展势头良好。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_output }?.period == Period.months(2023, 1, 2))
    }

    @Test func bareZonesOnAPageAboutTheProvincesZonesAreThatCollective() {
        // the page names no zone, only 我省高新区 (and later some national ones): its bare 高新区 is 全省高新区
        let page = """
        我省高新区一季度项目建设提速

        2023-04-21 本报讯

        一季度，我省高新区营业收入同比增长12.1%。截至一季度，高新区在建项目640个，总投资3012.5亿元。

        长沙、株洲、湘潭等8家国家高新区带动作用明显。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "全省高新区" && $0.metric == .project_investment && $0.period == Period(start: nil, end: YearMonth(2023, 3)) })
        #expect(!f.contains { $0.zone == "国家高新区" })
    }

    @Test func aZoneNamedWithoutItsCityIsTheCitysZone() {
        // 火炬高新区 alone is 厦门's or 中山's; the page names 中山市
        let page = """
        9月16日，中山市重大项目集中签约活动在火炬高新区举行。

        当天，火炬高新区现场签约项目15个，总投资额86亿元。
        """
        let f = facts(page)
        #expect(!f.isEmpty)
        #expect(f.allSatisfy { $0.zone == "中山火炬高新区" })
    }

    @Test func aTimeInAClauseDescribingANounDatesNoFigure() {
        // 在今年3月初组建的…专班: the time of 组建, not of the signing the day lead dated
        let page = """
        2022年青松高新区秋季项目集中签约活动举行

        金秋时节再传捷报。10月12日上午，2022年青松高新区秋季项目集中签约活动举行。活动中，在今年3月初组建的8个招商专班交出答卷，总投资128亿元的36个项目集中签约。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_signed }?.period == Period.months(2022, 10, 10))
        #expect(f.first { $0.metric == .signed_investment }?.period == Period.months(2022, 10, 10))
    }

    @Test func aPartOfTheTopicYearDatesItsOwnParagraphOnly() {
        // 2021年是… sets the year; 1-11月 opening one paragraph does not date the next one
        let page = """
        青松高新区2021年经济运行综述

        2021年是青松高新区建区二十周年。全区经济稳中有进。

        服务业稳步发展。1-11月，规模以上服务业实现营业收入84.8亿元。

        财税收入稳步增长。税收收入实现28.9亿元，同比增长10.1%。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .tax_revenue }?.period == Period.year(2021))
    }

    @Test func theAssumedZoneBeatsTheGuessFromACitysSite() {
        // a city's site that says only 高新区 means the city's zone, unless the user says which zone it is
        let page = """
        来源：青松市人民政府

        前三季度，高新区地区生产总值达88.1亿元，同比增长5.2%。
        """
        #expect(facts(page).first?.zone == "青松高新区")
        #expect(facts(page, assume: "白河高新区").first?.zone == "白河高新区")
    }

    @Test func theAssumedZoneBeatsACollectiveTheTextMentions() {
        // a zone's work report that never names the zone but speaks of 国家高新区 as a ranking's frame
        let page = """
        (2020年1月21日)

        2019年，我们认真落实各项部署。全区综合评价排名在国家高新区中上升至第22位。主园区预计实现地区生产总值260.9亿元、增长8.0%。
        """
        let f = facts(page, assume: "白河高新区")
        // (主园区 alone stands for the assumed zone, not for the collective)
        #expect(f.first { $0.metric == .gdp }?.zone == "白河高新区")
        #expect(f.first { $0.metric == .gdp }?.entity == .zone)
    }

    @Test func theLastYearsEndWithTheYearJustEndedInAnEarlyReport() {
        // 五年来 in a February meeting: the five years just ended; in an October story, up to its year
        let february = """
        青松高新区召开通报会
        2026-02-12

        他指出，五年来，全区累计完成固定资产投资2400亿元。
        """
        #expect(facts(february).first?.period == Period(start: YearMonth(2021, 1), end: YearMonth(2025, 12)))
        let october = """
        青松高新区三年发展回顾
        2024-10-08

        过去三年，高新区新增高新技术企业400家。
        """
        #expect(facts(october).first?.period == Period(start: YearMonth(2022, 1), end: YearMonth(2024, 12)))
    }

    @Test func aRoundedHeadlineFigureIsTheExactOneAgain() {
        // the headline rounds what the body prints exactly: one figure, dated by the headline
        let page = """
        2025年青松高新区GDP突破820亿元 工业稳中有进

        青松高新区管委会近日发布数据。GDP同比增长7.4%，达826.31亿元，规上工业增加值同比增长9.2%。
        """
        let gdp = facts(page).filter { $0.metric == .gdp }
        #expect(gdp.count == 1)
        #expect(gdp.first?.value == 82_631_000_000)
        #expect(gdp.first?.yoyPct == 7.4)
        #expect(gdp.first?.period == Period(start: YearMonth(2025, 1), end: YearMonth(2025, 12)))
        // the headline's printing is listed as unread, not dropped without a word
        let unread = extractor.extract(text: page, file: "page.txt").value.unread
        #expect(unread.contains { $0.reason == .restated && $0.figure == "突破820亿元" && $0.line == 1 })
    }

    @Test func theProvincesZonesTogetherKeepTheirWrittenName() {
        // 辽宁省高新区 in the headline names them by the province; 全省高新区 in the body stays as written (the
        // contract's own example), not renamed after the province the page names
        let page = """
        上半年辽宁省高新区地区生产总值同比增长12.1%

        2021-08-02 东北新闻网

        上半年，全省高新区实现地区生产总值1800.2亿元，同比增长12.1%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "全省高新区" && $0.entity == .collective && $0.value == 180_020_000_000 })
        #expect(f.contains { $0.zone == "辽宁省高新区" && $0.entity == .collective && $0.unit == .percent })
        #expect(!f.contains { $0.entity == .zone })
    }

    @Test func aLineAnnouncingWhatFollowsEndsItsParagraph() {
        // …提到了以下数据—— ends its line's paragraph: the year that opens the next line dates the lines after it
        let page = """
        青松高新区晒出成绩单
        2017-06-30 08:56

        发言人在通报中提到了以下经济发展数据——
        2016年,高新区实现生产总值46.34亿元,同比增长7.2%。
        规模以上工业企业实现总产值121.7亿元,比上年增长12.77%;
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_output }?.period == Period.months(2016, 1, 12))
        #expect(f.first { $0.metric == .gdp }?.source.quote.hasPrefix("2016年") == true)
    }

    @Test func oneYearBackIsTheYearJustEndedInAJanuaryReport() {
        let page = """
        青松高新区召开全体会议
        2022-01-20

        一年来,全区规上工业总产值2955.2亿元,增长24.7%。
        """
        #expect(facts(page).first?.period == Period.months(2021, 1, 12))
    }

    @Test func aDayWithoutItsYearOnAPageReportingThatYearDoneIsInTheYearAfter() {
        // 1月8日 with 2021 the latest year named, and 2021's results reported as done: January 2022
        let page = """
        青松高新区晒出年度成绩单

        1月8日,青松高新区召开经济工作会议。
        2021年,青松高新区完成地区生产总值512亿元,增长9%;全区去年新开工项目36个。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .gdp }?.kind == .actual)
        #expect(f.first { $0.metric == .gdp }?.period == Period.months(2021, 1, 12))
        #expect(f.first { $0.metric == .projects_started }?.period == Period.months(2021, 1, 12))
    }

    @Test func aDeedOfTheYearNamedIsNoResultOfTheWholeYear() {
        // 2023年…研发的…获批上市 (a verb of a result in it, 完成, but no figure after it): the day stays in 2023
        let page = """
        前三季度青松高新区经济稳中有进

        青松网11月7日消息,2023年青松高新区前三季度地区生产总值同比增长7.4%。
        1—9月,青松高新区新增发明专利授权509件。2023年青松生物参与完成的人工椎体正式获批上市。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .gdp }?.period == Period.months(2023, 1, 9))
        #expect(f.first { $0.metric == .patents }?.period == Period.months(2023, 1, 9))
    }

    @Test func theWholeYearIsTheYearInPlayOnAPageOfTheYearAfter() {
        // 2015年，… then 全年预计… on a page of January 2016: the estimate is of 2015; an aim (力争全年) of 2016
        let page = """
        青松高新区发展现状及规划
        日期:2016-01-13
        2015年,青松高新区坚持创新驱动,园区各项工作取得重大突破。
        (一)经济指标
        青松高新区高标准建设,全年预计可实现工业总产值830亿元;实现税收总额20.7亿元。
        力争全年固定资产投资达到300亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_output }?.period == Period.months(2015, 1, 12))
        #expect(f.first { $0.metric == .industrial_output }?.kind == .estimate)
        #expect(f.first { $0.metric == .tax_revenue }?.period == Period.months(2015, 1, 12))
        #expect(f.first { $0.metric == .fixed_asset_investment }?.period == Period.months(2016, 1, 12))
    }

    @Test func aZoneNamedOnceWithItsDistrictKeepsThatNameForAllItsFacts() {
        // the source line names the zone alone, the lead with its district in brackets, the text says 全区, 高新区
        let page = """
        高新区规上工业增加值破千亿元
        发布时间:2021-10-26  来源:青松日报  发布开发区:青松国家高新技术产业开发区
        10月25日,青松高新区(新吴区)统计局发布数据,前三季度,全区地区生产总值完成1639.85亿元,同比增长13.5%。
        今年以来,高新区工业运行良好,前三季度,全区规上工业产值4091.64亿元,同比增长24.1%。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "青松高新区(新吴区)" && $0.entity == .zone })
    }

    @Test func aLinkToAnotherPageInAListOfRelatedNewsIsNoTextOfThisPage() {
        // - headline 2010-11-03: another page's headline and day; its figure is listed, not read
        let page = """
        青松高新区前三季度新签约项目38个

        2010年前三季度,青松高新区新签约项目38个。
        相关新闻
        - 青松自主创新要素对接会开幕,首日签约额600亿元 2010-11-03
        - 青松高新区举行项目集中签约 签约项目12个 2010/10/28 09:30
        """
        let r = extractor.extract(text: page, file: "page.txt").value
        #expect(r.facts.map(\.value) == [38, 38])
        #expect(r.unread.filter { $0.reason == .otherPage }.map(\.figure) == ["600亿元", "12个"])
        #expect(r.unread.first { $0.reason == .otherPage }?.line == 5)
    }

    @Test func theWholeYearIsTheYearInPlayOnAnUndatedPage() {
        // an undated report of 2016 that names the 2017 meeting: 全年 is 2016, the year the text put in play,
        // in the sentence's figures and in the next sentence's too
        let page = """
        2016年青松高新区地区生产总值增长11.8%左右
        记者昨日从青松高新区召开的2017年工作会议上获悉,2016年高新区地区生产总值增长11.8%左右。
        高新区新签约项目75个。全年实际利用外资7.62亿美元。
        全年科研经费投入达17.15亿元。创新能力显著提升,新增企业有效专利6812件。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .fdi }?.period == Period.months(2016, 1, 12))
        #expect(f.first { $0.metric == .patents }?.period == Period.months(2016, 1, 12))
    }

    @Test func aPlanOfTheYearNamedStaysAPlanBeforeItEnds() {
        // the same dateline with the year's aims (目标, 力争): the day is in the year named
        let page = """
        青松高新区部署全年工作

        2月18日,青松高新区召开高质量发展大会。
        2024年,青松高新区地区生产总值增长目标为8%,规上工业总产值超600亿元。
        """
        #expect(facts(page).allSatisfy { $0.kind == .target && $0.period?.end.year == 2024 })
    }

    @Test func aDistrictsOwnReportThatNeverSaysHighTechZoneSpeaksOfTheDistrict() {
        // a headline set as a list item, with a tag in 【】, naming the district's government
        let page = """
        • 【走进白沙】2019年青松市白沙区政府工作报告
        一、2018年工作回顾。实现地区生产总值首次超千亿元,达到1016.2亿元,同比增长8.1%。社会消费品零售总额154.3亿元,增长10.5%。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "青松市白沙区" && $0.entity == .district && $0.period == Period.months(2018, 1, 12) })
        #expect(f.first { $0.metric == .gdp }?.value == 101_620_000_000)
    }

    @Test func aCitysPageThatSaysHighTechZoneStillMeansTheCitysZone() {
        let page = """
        青松市人民政府 来源:青松市科技局

        上半年,高新区实现地区生产总值86.4亿元,同比增长6.2%。
        """
        #expect(facts(page).first?.zone == "青松高新区")
    }

    @Test func aFigurePrintedAgainInTheArticleIsAFactOfEachPrintingSaidAlike() {
        // the headline's figure and the body's are one figure printed twice: a fact of each sentence,
        // both dated alike (the metrics core merges them into one figure): by the month of the event's day,
        // within the quarter the headline writes (the quarter names the batch)
        let page = """
        青松高新区2024年一季度18个重点项目集中开工

        3月12日,青松高新区举行重点项目集中开工活动。此次集中开工的项目共18个,总投资26.5亿元。
        """
        var e = extractor
        e.assumedZone = nil
        let result = e.extract(text: page, file: "page.txt").value
        let started = result.facts.filter { $0.metric == .projects_started }
        #expect(started.map(\.source.line) == [1, 3])
        #expect(started.allSatisfy { $0.period == Period.months(2024, 3, 3) && $0.value == 18 })
        #expect(!result.unread.contains { $0.line == 1 })
    }

    @Test func aBareZoneOnAPageNamingOneCityIsThatCitysZone() {
        // no source line; the one city the text names as a subject tells whose 高新区 it is
        let page = """
        高新区参加青松市二季度招商引资集中签约活动

        6月12日,青松市举行二季度招商引资集中签约活动。高新区5个项目在本次活动中签约,总投资12.6亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "青松高新区" && $0.entity == .zone })
    }

    @Test func aShortTitleAfterALongUnfinishedParagraphIsASectionTitle() {
        // an encyclopedia page: paragraphs end in reference marks, not full stops; the section
        // titles between them are no part of the paragraph before
        let page = """
        青松高新技术产业开发区
        青松高新技术产业开发区位于青松市北区,2002年经省政府批准成立,2010年升格为国家级高新区,园区规划面积为300平方公里[3]
        园区概况
        [编辑]
        截止到2016年第一季度,园区地区生产总值达25亿元,工业增加值达20亿元[3]
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "青松高新区" && $0.source.line == 5 && $0.source.quote.hasPrefix("截止到2016年") })
    }

    @Test func theCityOfWholeCityIsTheOneCityThePageNames() {
        // no source line: 全市 is the city the lead names; 活动期间 speaks of the event the lead dated
        let page = """
        8月28日上午,“青松市绿色产业对接会暨2023年重点项目集中签约仪式”成功举办。
        活动期间,全市集中签约35个项目,计划总投资568.22亿元,青松高新区2个项目成功签约。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松市" && $0.entity == .city && $0.metric == .projects_signed && $0.value == 35 })
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .projects_signed && $0.value == 2 })
        #expect(f.allSatisfy { $0.period == Period.months(2023, 8, 8) })
    }

    @Test func theCitysParksTogetherAreACollectiveNamedWithThePagesCity() {
        // 全市工业园区 on two cities' pages are two collectives: the page's city names them
        let page = """
        来源:青松市工业和信息化局

        1~2月份,全市工业园区完成规模以上工业产值129.27亿元,同比增长26.07%。
        """
        let f = facts(page)
        #expect(f.first?.zone == "青松市工业园区")
        #expect(f.first?.entity == .collective)
        // (on a page that names no city, as written)
        let bare = facts("1~2月份,全市工业园区完成规模以上工业产值129.27亿元,同比增长26.07%。\n")
        #expect(bare.first?.zone == "全市工业园区")
    }

    @Test func oneFormalDigitAloneIsAPartOfAName() {
        // 陆 is 6 only among other digits (陆佰); in 陆家嘴 it is a place's name
        var e = extractor
        e.assumedZone = nil
        let r = e.extract(text: "青松高新区陆家片区新开工项目12个。\n", file: "page.txt").value
        #expect(r.unread.isEmpty)
        #expect(r.facts.map(\.value) == [12])
    }

    @Test func aLineLabelledAsTheHeadlineNamesWhomTheArticleIsAbout() {
        // 文章标题：… holds figures and punctuation, and is the headline all the same; its growth rate
        // is the body's figure's growth, printed again: a fact of its line, dated and named alike
        let page = """
        文章标题: 上半年河北省高新区地区生产总值同比增长12.1%,新开工项目同比增长22.4%
        来源: 青松日报
        今年以来,全省高新区经济保持快速增长态势。上半年,高新区实现地区生产总值1800.2亿元,同比增长12.1%。
        沈阳高新区新能源汽车产值增长35%。
        """
        let f = facts(page)
        let gdp = f.filter { $0.metric == .gdp }
        #expect(gdp.map(\.unit) == [.percent, .CNY])
        #expect(gdp.allSatisfy { $0.zone == "河北省高新区" && $0.entity == .collective && $0.yoyPct == 12.1 })
        #expect(gdp.first?.period == gdp.last?.period)
    }

    @Test func aDayInBracketsAfterTodayDatesTheEvent() {
        let page = """
        青松高新区2020年二季度项目集中开工
        2020年04月13日20:58  来源:青松新闻客户端
        今天(4月13日)上午,青松市二季度项目集中开工仪式在青松高新区举行。
        本次集中开工的10个项目,总投资51.8亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        // (the day's month, whatever quarter the event is named for)
        #expect(f.allSatisfy { $0.period == Period.months(2020, 4, 4) })
        // (a day that dates only the report of an event held 近日 leaves the quarter the event is named for)
        let reported = """
        青松高新区2020年二季度项目集中开工
        新华网青松7月2日电 青松高新区近日举行了2020年第二季度重大项目集中开工仪式,10个项目集中开工,总投资51.8亿元。
        """
        #expect(facts(reported).allSatisfy { $0.period == Period.months(2020, 4, 6) })
    }

    @Test func aCaptionInTraditionalScriptIsACaption() {
        let page = """
        青松高新區19個項目集中開工
        圖為:1月17日,青松高新區重大項目集中開工現場。19個項目總投資77.36億元。
        1月17日,青松高新區19個重大項目集中開工,總投資77.36億元。
        """
        let f = facts(page)
        #expect(!f.contains { $0.source.line == 2 })
    }

    @Test func aZoneNamedAsWhatAClauseActsOnDoesNotOverruleTheAssumedZone() {
        // the page never names its own zone; 光谷 stands inside what the clause seizes, not as a subject
        let page = """
        青松报道 12月11日,高新区召开工作推进会。
        会议指出,今年以来,高新区工业总产值达到415.35亿元,同比增长29.34%。要积极抢抓武汉都市圈和光谷科创大走廊战略机遇。
        """
        let f = facts(page, assume: "青松高新区")
        #expect(f.count == 1)
        #expect(f.first?.zone == "青松高新区")
    }

    @Test func aZoneWrittenWithTheEndOfTheAssumedZonesNameIsThatZone() {
        // 医药高新区 on pages about 青松医药高新区 (a name the lexicon does not know)
        let page = """
        发布:2016-05-13 10:40:20
        医药高新区提出,到2019年,GDP突破500亿元,规上工业产值突破2000亿元。
        """
        let f = facts(page, assume: "青松医药高新区")
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "青松医药高新区" && $0.kind == .target })
    }

    @Test func aDayWithoutItsYearUnderAReadersDateIsTheArticlesDay() {
        // an e-paper reader prints today's date at the top and the article's day, without its year, under the headline
        let page = """
        电子报阅读机
        2026-01-25
        上半年青松高新区规上工业增加值同比增长6.9%
        日期:08-14
        青松日报讯 日前,青松高新区公布了上半年经济数据。今年上半年,青松高新区187家规上工业企业完成工业增加值同比增长6.9%。
        """
        let f = facts(page)
        let rates = f.filter { $0.metric == .industrial_value_added }
        #expect(rates.count == 2)
        #expect(rates.allSatisfy { $0.kind == .actual && $0.period == Period.months(2025, 1, 6) })
        #expect(f.first { $0.metric == .above_scale_enterprises }?.period?.end == YearMonth(2025, 6))
    }

    @Test func aHeadlinesQuarterWithoutAYearDatesNothingElse() {
        // 第二季度 names a batch of projects signed in March; the event's day dates the figures
        let page = """
        青松市招商引资现场会暨高新区第二季度重大项目集中签约仪式举行
        青松3月19日讯 3月19日上午,青松市2021年招商引资现场会暨青松高新区第二季度重大项目集中签约仪式举行。
        本次集中签约项目54个,总投资305.57亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2021, 3, 3) })
    }

    @Test func aCountOfZonesIsNamedAsWritten() {
        // the count and the zone word, as written; on a page that speaks as a province (its head names one), the
        // province's zones together
        let region = facts("""
        广西日报讯 去年,广西6个高新区(其中1个2015年获批)工业总产值达到3934.66亿元,约占全区总量的18%。
        """)
        #expect(region.first?.zone == "全省高新区")
        #expect(region.first?.entity == .collective)
        let province = facts("安徽2020年20家高新区实现工业总产值达12893.5亿元,同比增长8%。")
        #expect(province.first?.zone == "全省高新区")
        #expect(facts("16个高新区重大项目开工382个。").first?.zone == "16个高新区")
    }

    @Test func aHeadlinesFigureThatTheBodyGivesIsAFactOfEachOfTheBodysKind() {
        let page = """
        青松高新区:锚定GDP增长6.8% 吹响高质量发展号角
        会上提出,2023年青松高新区GDP预期6.8%的增长指标。
        """
        let f = facts(page)
        #expect(f.map(\.source.line) == [1, 2])
        #expect(f.allSatisfy { $0.kind == .target && $0.period == Period.months(2023, 1, 12) })
    }

    @Test func aFigureOfThisEventIsItsHoldersWhoseNameHoldsItsSetVerb() {
        // a city's groundbreaking joined (暨) to the zone's signing: 本次集中开工… is the city's, the signing the zone's
        let page = """
        新区块首批项目签约 与这座城市共进
        2020-10-23 16:13:05 来源:青松日报
        10月17日上午,全市重大项目集中开工推进会暨青松高新区新区块首批项目签约仪式举行。
        企业家代表介绍了与青松市合作情况。
        据悉,本次集中开工重大项目30个,总投资149亿元。签约落户青松高新区项目80个,总投资308.8亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_started }?.zone == "青松市")
        #expect(f.first { $0.metric == .projects_started }?.entity == .city)
        #expect(f.first { $0.metric == .project_investment }?.zone == "青松市")
        #expect(f.first { $0.metric == .projects_signed }?.zone == "青松高新区")
        // a headline that names the zone says the event is the zone's
        let zones = facts("""
        青松高新区2020年重大项目二季度集中开工
        今天(4月13日)上午,青松市2020年重大项目二季度集中开工仪式在高新区举行。
        本次集中开工的10个项目,总投资51.8亿元。
        """)
        #expect(zones.count == 2)
        #expect(zones.allSatisfy { $0.zone == "青松高新区" })
    }

    @Test func aYearOpeningTheLeadAfterANewsMarkDatesTheArticlesFigures() {
        // 本报讯 2021年，…: the year the lead speaks of, for every later figure without a time
        let page = """
        第A04版:
        高新区:立足新起点 踔厉踏征程
        本报讯 2021年,高新区通过大力开展招商引资等措施,实现商务运行高质量发展。
        全区实际利用省外资金47.24亿元,同比增长3.51%。
        高新区共签约项目32个,总投资103.77亿元。
        """
        let f = facts(page, assume: "青松高新区")
        #expect(f.count == 3)
        #expect(f.allSatisfy { $0.period == Period.months(2021, 1, 12) })
    }

    @Test func anEventHeldRecentlyIsOfTheMonthsItsNameHoldsAndThisEventsSentencesTakeThem() {
        // the batch is named for a quarter, and its sets are that quarter's (the time written last before
        // them, as a paragraph's times go)
        let page = """
        青松高新区2024年二季度重点项目集中开工
        2024-04-17 18:34:51 来源:青松日报
        近日,青松高新区2024年二季度重点项目集中开工仪式举行。本次开工项目14个,总投资32.97亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2024, 4, 6) })
        // a sentence of this event in a paragraph dated otherwise (2022年，…安排…。本次…) takes the month the
        // event's name holds
        let g = facts("""
        青松高新区13个项目集中开工
        来源:青松在线 | 2022-01-24 17:57:29
        1月24日上午,青松高新区举行2022年1月份重点项目开工动员会。
        2022年,青松高新区安排重点项目95个,总投资1299.5亿元。本次集中开工项目13个,总投资38.4亿元。
        """)
        #expect(g.first { $0.metric == .projects_started }?.period == Period.months(2022, 1, 1))
        #expect(g.first { $0.metric == .projects_key }?.period == Period.months(2022, 1, 12))
    }

    @Test func aHeadlineNamingTwoYearsDatesNoFigureByItsYear() {
        // 2023年工作总结和2024年工作安排: the summary's 全年 is 2023, by the page's date
        let page = """
        成文日期: 2024-03-14
        青松高新区2023年工作总结和2024年工作安排
        一、2023年工作总结
        1.经济运行稳中向好。全区全年实现地区生产总值391亿元,同比增长6%。
        """
        let f = facts(page)
        #expect(f.count == 1)
        #expect(f.first?.period == Period.months(2023, 1, 12))
        #expect(f.first?.kind == .actual)
    }

    @Test func aLeadsFullDayBeforeTheRepostsDateIsTheArticlesDay() {
        // a repost dated in July of a report written on 28 January: 去年以来 is the year just ended (on a page of
        // January), not a span running to July; the source line under a headline that holds a figure is a header line
        // of its own
        let page = """
        同比增长11.1% 青松高新区2021年GDP突破2800亿
        2022-07-14 09:53:52
        同比增长11.1% 青松高新区2021年GDP突破2800亿
        来源:青松新闻
        2022年1月28日,青松高新区发布2021年经济运行情况。
        去年以来,青松高新区引进产业链项目65个,总投资564.28亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_introduced }?.period == Period.months(2021, 1, 12))
        #expect(f.first { $0.metric == .projects_introduced }?.source.date == "2022-01-28")
    }

    @Test func aLeadsDayInAYearBeforeTheYearsTheArticleReportsIsHistory() {
        // a profile opening with the day the zone was founded, then reporting 2018's first half
        let page = """
        1992年4月10日,青松高新区动工兴建,当年迈入国家级高新区行列。目前形成“一区三园”的总体发展格局,区域总面积251.26平方公里。
        2018上半年,青松高新区规上工业实现增加值55亿元,招商引资到位资金29亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.kind == .actual && $0.period == Period.months(2018, 1, 6) && $0.source.date == nil })
    }

    @Test func aHeadlineLineHoldingAFigureDoesNotEndTheHeadlineAndAPartParagraphGoesOn() {
        // the headline printed over two lines, its first holding the growth; the report's time before a
        // colon; the next paragraph opening with 其中 speaks of the same months
        let page = """
        GDP增长9.6%
        白沙高新区半年“成绩单”出炉
        2024年08月06日07:28 | 来源:白沙日报
        近日,白沙高新区发布今年上半年经济运行情况:全区实现地区生产总值893.1亿元,增长9.6%。
        其中,规上工业增加值增长10.7%,外贸进出口总额达650.7亿元、增长11.4%。
        """
        let f = facts(page)
        #expect(f.count == 4)
        #expect(f.allSatisfy { $0.zone == "白沙高新区" && $0.period == Period.months(2024, 1, 6) })
        #expect(f.first { $0.metric == .gdp && $0.unit == .CNY }?.value == 89_310_000_000)
        #expect(f.first { $0.metric == .gdp && $0.unit == .percent }?.source.line == 1)
    }

    @Test func todayInAPageWhoseLeadDatedAnEventIsTheEventsDay() {
        // a short sentence with a full day is text, not a header line; 今天 is the lead's event day
        let page = """
        青松高新区7个重点项目集中启动
        2022-10-10 09:56:45 来源:白沙网
        10月9日上午,白沙市重点项目建设集中启动活动举行。
        青松高新区负责人说,高新区今天集中启动项目7个,总投资157亿元。
        2021年2月28日,青松高新区12个项目集中签约。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 7 && $0.period == Period.months(2022, 10, 10) })
        #expect(f.contains { $0.metric == .project_investment && $0.value == 15_700_000_000 && $0.period == Period.months(2022, 10, 10) })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 12 && $0.period == Period.months(2021, 2, 2) })
    }

    @Test func aZoneWritten高新园区KeepsItsNameAndIsComparedAsThe高新区() {
        let f = facts("2011年,白沙高新园区工业总产值达152.3亿元。")
        #expect(f.map(\.zone) == ["白沙高新园区"])
        #expect(extractor.canonicalZoneName("白沙高新园区") == "白沙高新区")
        #expect(extractor.canonicalZoneName("白沙高新区") == "白沙高新区")
        #expect(extractor.canonicalZoneName("东莞松山湖高新区") == "松山湖高新区")
    }

    @Test func aCitysPaperOrReleaseAccountNamesThePagesCityAndAHeadlinesTimeIsNoCount() {
        // a city's e-paper: 我市 is the city its paper is named after (places.tsv); the headline's
        // 前7个月 is a time, not a count, so the headline dates the figures
        let page = """
        2019年09月05日
        前7个月 我市战略性新兴产业增长快
        本报讯 据市统计局消息,1至7月份,我市战略性新兴产业产值同比增长20.2%。
        分产业看,我市生物产业产值增长32.1%。
        2019-09-05 淮北日报 第A01版
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "淮北市" && $0.entity == .city && $0.period == Period.months(2019, 1, 7) })
        // a release account in a source line, on a page that names no zone: 全市's figures are the city's
        let release = """
        2023年全市四季度第一批项目集中开工
        来源:遵义发布 浏览数:266 发布时间:2023/11/17 15:32:15
        11月17日,2023年全市四季度第一批项目在物流新城集中开工。据了解,此次集中开工55个项目,总投资103亿元。
        """
        let g = facts(release)
        #expect(g.contains { $0.zone == "遵义市" && $0.metric == .projects_started && $0.value == 55 })
    }

    @Test func aNewsDatelineAfterPhotoCreditsInItsParagraphDatesTheEvent() {
        // captions run into the lead; the day before 讯 is the event's, in the year the text names
        let page = """
        总投资84亿元 青松高新区10个重点项目集中开工
        青松高新区各部门负责人参加。记者 白沙 摄 白沙网青松3月27日讯(记者 白沙)3月27日,青松高新区举行2018年上半年重点项目集中开工仪式,本次集中开工项目10个,总投资达84亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 10 && $0.period == Period.months(2018, 3, 3) })
        #expect(f.contains { $0.metric == .project_investment && $0.value == 8_400_000_000 && $0.period == Period.months(2018, 3, 3) })
    }

    @Test func aBylineStartsAParagraphAndAnEventNamedWithItsMonthDatesItsSets() {
        // the headline's second line holds a figure and no 。; the byline line begins the text; 近日 after
        // the byline's bracket, and the event's name holds its month; 开竣工 names two sets together
        let page = """
        青松高新区:
        7个项目集中开竣工 总投资13.81亿元
        本报讯(通讯员 白沙)近日,青松高新区举行1月份重大项目“一月一签约”活动,此次签约开竣工项目共15个,总投资52.08亿元。
        据悉,此次签约项目共8个,总投资38.27亿元。
        此次集中开竣工项目7个,总投资13.81亿元。其中,开工项目3个;竣工项目4个。
        此次活动将为青松高新区实现2022年“开门红”提供有力支撑。
        """
        let f = facts(page)
        #expect(f.count == 4)
        #expect(f.allSatisfy { $0.period == Period.months(2022, 1, 1) })
        #expect(Set(f.map { "\($0.metric.rawValue)=\(Int($0.value))" }) == ["projects_signed=8", "signed_investment=3827000000", "projects_started=3", "projects_completed=4"])
    }

    @Test func anAmountThatAccruesUpToADateIsTheYearToThatMonth() {
        // 截至目前 on a dated page, 截至7月底: January to that month; 累计 since earlier: a total at the date
        let page = """
        青松高新区重点项目建设进展顺利
        发布时间:2018-09-20 来源:青松高新区
        今年,高新区共实施重点项目72个,总投资496.3亿元,年度计划投资135亿元;截至目前已完成投资103.8亿元,占年度计划的76.9%。
        截至7月底,高新区实际使用外资1.06亿美元,同比增长9.4%。到2017年底累计吸收外资50.59亿美元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .annual_investment && $0.value == 10_380_000_000 && $0.period == Period.months(2018, 1, 9) })
        #expect(f.contains { $0.metric == .fdi && $0.value == 106_000_000 && $0.period == Period.months(2018, 1, 7) })
        #expect(f.contains { $0.metric == .fdi && $0.value == 5_059_000_000 && $0.period == Period(start: nil, end: YearMonth(2017, 12)) })
    }

    @Test func aLineOpeningWithAWiresDatelineBeginsAParagraph() {
        // the subtitle holds a figure and no 。; the wire's dateline line is the lead, its day the event's
        let page = """
        白沙重大项目建设超震撼!
        ——青松高新区18个重大项目集中开工,助力全市经济高速发展再上新台阶
        白沙建设网讯(通讯员 白沙)8月12日上午,白沙市重大项目集中开工活动举行,青松高新区集中开工项目18个,总投资179.87亿元。
        这批项目将为青松高新区2022年经济高质量发展奠定基础。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .project_investment && $0.value == 17_987_000_000 && $0.period == Period.months(2022, 8, 8) })
    }

    @Test func theDistrictASentenceWithoutFiguresSpokeOfIsTheWholeDistrict() {
        // an evening paper's item about a district: the lead names the district, 全区 then counts its projects;
        // a county's 全县 the same; a page about a zone keeps 全区 as the zone
        let district = """
        晚报讯 正月初十,春意初萌,青石区以一场重大项目开工仪式开启了新一年的项目建设。当天,全区共有41个重大项目开工,计划总投资215亿元。
        """
        let f = facts(district)
        #expect(f.contains { $0.zone == "青石区" && $0.entity == .district && $0.metric == .projects_started && $0.value == 41 })
        let county = """
        本报讯 近日,白沙县举行一季度重大项目集中开工仪式。全县集中开工项目23个,总投资86亿元。
        """
        #expect(facts(county).contains { $0.zone == "白沙县" && $0.metric == .projects_started && $0.value == 23 })
        let zone = """
        青松高新区召开一季度经济运行分析会
        会前,青石区领导调研了重点企业。一季度,全区实现规上工业总产值128亿元,同比增长9.1%。
        """
        #expect(facts(zone).contains { $0.zone == "青松高新区" && $0.metric == .industrial_output })
    }

    @Test func aBareCountOfProjectsAfterAnOwnersNameIsAPartOfTheParagraphsSet() {
        // a city's signing, then the projects by county: each county's count is of the signed set, and the
        // total after it is the signed investment; a county whose name opens with a numeral (五华县) is a place
        let page = """
        本报讯 2024年6月,白沙市举办重大项目集中签约活动,现场签约项目26个、计划投资总额88.4亿元。这些项目分布在各县(市、区),其中青石县项目5个,计划投资总额21.2亿元;三台县项目3个,计划投资总额9.6亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "白沙市" && $0.metric == .projects_signed && $0.value == 26 })
        #expect(f.contains { $0.zone == "白沙市" && $0.metric == .signed_investment && $0.value == 8_840_000_000 && $0.kind == .actual })
        #expect(f.contains { $0.zone == "青石县" && $0.metric == .projects_signed && $0.value == 5 })
        #expect(f.contains { $0.zone == "青石县" && $0.metric == .signed_investment && $0.value == 2_120_000_000 })
        #expect(f.contains { $0.zone == "三台县" && $0.metric == .projects_signed && $0.value == 3 })
        #expect(f.contains { $0.zone == "三台县" && $0.metric == .signed_investment && $0.value == 960_000_000 })
        // a kind of the set (工业项目21个) whose count names no verb: neither it nor its total is the city's
        let kinds = page + "其中工业项目21个、计划投资额70.1亿元;商贸物流项目5个、计划投资额18.3亿元。"
        #expect(kinds.contains("工业项目21个"))
        #expect(!facts(kinds).contains { $0.value == 7_010_000_000 || $0.value == 21 })
    }

    @Test func monthsThatDateOneEventOfAListBeforeASemicolonDateNoLaterFigure() {
        // a paragraph that lists events by date, then the half-year's totals after ；: the totals keep the
        // half-year the lead named
        let page = """
        青松高新区上半年招商引资成效明显
        来源: 青松发布 2024-07-29 09:35:36
        记者从青松高新区商务局获悉,今年上半年,高新区新签约重点产业项目16个,总投资82.9亿元。
        今年3月,总投资60亿元的甲新材料项目开工;5月27日,乙打印机项目签约落地;新增开工项目丙智能、丁新材料等9个,总投资98.9亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 9 && $0.period == Period.months(2024, 1, 6) })
        #expect(f.contains { $0.metric == .project_investment && $0.value == 9_890_000_000 && $0.period == Period.months(2024, 1, 6) })
    }

    @Test func zonesTheSubjectIsToCompleteBecomingAreNoOwner() {
        // an economic-development zone's half year; the provincial zones are named only as what it is to be renamed to
        let page = """
        白沙讯 今年上半年,白沙经济开发区各项事业齐头并进。
        1-5月,实现规上工业产值61亿元,同比增长21.4%。力争第三季度完成省级高新区更名并上报省政府。
        """
        #expect(!facts(page).contains { $0.zone.contains("省级") })
    }

    @Test func partsOfAnEventsSetListedByOwnerTakeTheEventsMonth() {
        // a lead dates the event; the city's set counted with 集中, then its parts by district in a list
        let page = """
        5月16日上午,2019年白沙市重大项目集中开工仪式在青松高新区举行。
        围绕三条产业带,白沙市集中开工86个亿元以上的项目,总投资912亿元。其中青石区21个项目、红枫区17个项目、白鹭县9个项目。
        从投资规模看,投资在10亿元以上的项目有15个。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "白沙市" && $0.metric == .projects_started && $0.value == 86 && $0.period == Period.months(2019, 5, 5) })
        #expect(f.contains { $0.zone == "红枫区" && $0.metric == .projects_started && $0.value == 17 && $0.period == Period.months(2019, 5, 5) })
        #expect(f.contains { $0.zone == "白鹭县" && $0.metric == .projects_started && $0.value == 9 })
        #expect(!f.contains { $0.zone == "白鹭县" && $0.value == 15 })
    }

    @Test func aWrittenYearRightBeforeTheSubjectPutsItsYearInPlay() {
        // a work meeting of the next year reports the last one: 2016年高新区… opens the report, and a figure of a
        // later paragraph that no time dates is of 2016, not of the meeting's year
        let page = """
        记者昨日从青松高新区管委会召开的2017年工作会议上获悉,2016年高新区地区生产总值增长9.8%左右。
        2016年高新区规上工业总产值完成1288亿元,同比增长12.7%。
        高新区新签约落地智能制造、数字影视等项目61个。
        """
        #expect(facts(page).contains { $0.metric == .projects_signed && $0.value == 61 && $0.period == Period.months(2016, 1, 12) })
    }

    @Test func aSitesDateAndSourceLineSpreadWithSpacesIsAHeaderLine() {
        // the headline holds the figures; the header line (long only by its spaces) ends it; the lead dates them
        let page = """
        当前位置:首页 >> 新闻中心 >> 区县新闻
        青松:总投资68亿元的21个重点项目集中开工
        发布日期:2021-06-03      来源:发改委    浏览次数:    字号:〖
        5月28日,青松高新区举行重点项目集中开工仪式,21个重点项目集中开工,总投资68亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 21 && $0.period == Period.months(2021, 5, 5) })
        #expect(f.contains { $0.metric == .project_investment && $0.value == 6_800_000_000 && $0.period == Period.months(2021, 5, 5) })
    }

    @Test func aSourceLineLongOnlyByItsPinyinGlossesIsAHeaderLine() {
        // a mirror site's glosses (網(wǎng)) make the header line long; it is still no start of the lead, whose day
        // dates the event a later paragraph speaks of (會上)
        let page = """
        青松高新區(qū)成功簽約6個項目,一季度計劃新開工項目21個
        2023-01-10 17:12:44 來源:青松網(wǎng)(白沙日報網(wǎng))
        1月8日,白沙市舉行2023年元月份全市招商引資項目集中簽約活動。
        會上,青松高新區(qū)現場簽約物流園等6個項目,協議投資額59.5億元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 6 && $0.period == Period.months(2023, 1, 1) })
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 5_950_000_000 && $0.period == Period.months(2023, 1, 1) })
    }

    @Test func aTagGluedAfterAFinishedSentenceEndsItsLine() {
        // a copying site glues letters and digits after each line (…过境。k8d2x9); the next line's year is its own
        let page = """
        白沙县位于青松市南部,1958年,首批垦荒者来此创业。
        境内有两条高速公路过境。k8d2x9
        2024年,青松高新区实现地区生产总值180.84亿元,同比增长4.8%。q3mz7
        """
        #expect(facts(page).contains { $0.metric == .gdp && $0.value == 18_084_000_000 && $0.period == Period.months(2024, 1, 12) && $0.kind == .actual })
    }

    @Test func aDateUnderTheTextBeforeTheYearsItReportsDatesNothing() {
        // a chronicle's last line opens with a full day (1993年6月15日，…): the page's figures of 2024 are no targets
        let page = """
        青松市
        城市信息
        青松市,白沙省辖县级市,由白鹭市代管。
        位于白鹭市南部,东与红枫市相邻。
        辖区面积310平方千米,辖3个乡、2个镇、1个街道。
        青松市是国家高新技术产业开发区所在地、国家卫生城市。
        境内有两条高速公路和一条铁路过境。
        2024年,青松高新区实现地区生产总值180.84亿元,同比增长4.8%。
        三次产业结构比重为5.4:29.5:65.1。
        1957年,组建青松综合垦殖场,总场设在金湖乡。
        1969年3月,垦殖场的驻地从金湖乡迁到南湖村。
        1992年5月6日,设青松开放开发区管理委员会。
        1993年6月15日,白沙县
        """
        #expect(facts(page).contains { $0.metric == .gdp && $0.value == 18_084_000_000 && $0.kind == .actual })
    }

    @Test func theEndOfASpanBeforeAZoneIsNoPartOfItsName() {
        // “十二五”期间国家高新区: the national zones, not a zone called 期间高新区
        let page = """
        2016年12月20日
        “十二五”期间国家高新区发展态势良好。2016年1-11月,工业总产值同比增长10.3%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "国家高新区" && $0.metric == .industrial_output && $0.value == 10.3 })
        #expect(!f.contains { $0.zone.hasPrefix("期间") })
    }

    @Test func anAuthorityBeforeTheNationalZonesIsNoZoneAndAComparedCityIsNoSubject() {
        // 科技部国家高新区排名: the ministry's ranking of the national zones; the next paragraph's zone stays the
        // subject of its next sentence though the sentence ends comparing with 全市
        let page = """
        2015年1月31日
        30日,青松高新区召开工作会。在科技部国家高新区排名中,两项能力均位列全国第三。
        数据显示,2014年,青松高新区实现产业增加值1178.2亿元,增长13.6%,总量占全市的11.7%。实现规模以上工业增加值753亿元,增长16.2%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .industrial_value_added && $0.value == 75_300_000_000 })
        #expect(!f.contains { $0.zone.hasPrefix("科技部") || $0.zone == "国家高新区" })
    }

    @Test func aBareZoneWordWithItsDistrictInBracketsIsThePagesZoneNamedWithIt() {
        // the headline names the zone without its district; the body names it with it, in full and bare
        let page = """
        青松高新区召开2013年经济工作会议
        2013年1月18日,青松高新区(白沙区)召开经济工作会议。
        据了解,2012年,高新区(白沙区)地区生产总值达到686.5亿元,增长20%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区(白沙区)" && $0.entity == .zone && $0.metric == .gdp && $0.value == 68_650_000_000 })
        #expect(!f.contains { $0.zone == "青松高新区" })
    }

    @Test func aTimeRightBeforeAReportNounDatesTheFiguresAfterIt() {
        // 上半年成绩单: the article reports the first half; figures under a section heading name no time
        let page = """
        来源:人民网
        2022年时间过半,青松高新区上半年成绩单亮点纷呈,规上工业产值等10项指标总量居全市前列。
        项目建设 冠军实至名归
        新开工重点项目46个,在建项目达到173个、总投资1290亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 46 && $0.period == Period.months(2022, 1, 6) })
    }

    @Test func aLineOfFieldsWithoutClausesIsAHeaderLineThoughLong() {
        // date, source and the portal's zone field: longer than a headline, no clause in it; the lead's day dates the event
        let page = """
        总投资210.5亿元! 青松28个重大产业项目集中开工
        发布时间:2023-02-13  来源:白沙日报  发布开发区:青松国家高新技术产业开发区
        2月10日上午,青松高新区举行重大项目集中开工仪式,28个重大产业项目集中开工,总投资210.5亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 28 && $0.period == Period.months(2023, 2, 2) && $0.source.line == 3 })
    }

    @Test func theNationalZonesBeforeARankingAreNoSubject() {
        // 国家高新区排名实现“五连升”: the zone's place in the national ranking; the next sentence's figure stays the zone's
        let page = """
        2024年,青松高新区(白沙区)全年实现地区生产总值2645.28亿元。
        新增上市企业5家,国家高新区排名实现“五连升”、跻身第17位。产业集群规模壮大,规上工业总产值站上6600亿元大关。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区(白沙区)" && $0.metric == .industrial_output && $0.value == 660_000_000_000 })
        #expect(!f.contains { $0.zone == "国家高新区" })
    }

    @Test func aPartOfTheZoneNamedAfterItIsAParkAndADistrictInBracketsIsTheZone() {
        let page = """
        2023年,青松高新区(白沙区)实现地区生产总值686.5亿元。青松高新区核心区完成工业总产值1821亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区(白沙区)" && $0.entity == .zone && $0.metric == .gdp })
        #expect(f.contains { $0.zone == "青松高新区(核心区)" && $0.entity == .park && $0.metric == .industrial_output })
    }

    @Test func theZonesCountedAfterARanksVerbAreNoSubject() {
        // 增速高居54个国家级高新区首位: the zone's rank among them; the figures after stay the zone's
        let page = """
        据统计,2008年青松高新区完成技工贸总收入400亿元,增速高居54个国家级高新区首位;实现税收9亿元,同比增长38.5%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .tax_revenue && $0.value == 900_000_000 })
        #expect(!f.contains { $0.zone == "国家高新区" })
    }

    @Test func aSentenceWithoutFiguresOpeningWithATimeWithoutDigitsDatesTheNextOnes() {
        // 上半年，…势头良好。完成工业总产值…: the half year the page's dateline gives a year
        let page = """
        发布日期:2016-09-12
        上半年,青松高新区顶住经济下行压力,各项经济指标保持稳中向好的良好势头。完成工业总产值99.53亿元,同比增长8.1%。
        """
        #expect(facts(page).contains { $0.metric == .industrial_output && $0.period == Period.months(2016, 1, 6) })
    }

    @Test func aDayMonthYearDatelineDatesThePage() {
        // 19.01.2016 14:35: a site's date in the European order; 去年 is 2015
        let page = """
        青松高新区:经济增速领跑全市
        19.01.2016  14:35
        去年,青松高新区新开工项目37个。
        """
        #expect(facts(page).contains { $0.metric == .projects_started && $0.value == 37 && $0.period == Period.months(2015, 1, 12) })
    }

    @Test func theNationalZonesTheSubjectIsAreNoSubject() {
        // 青松高新区是2015年批准设立的国家级高新区: what the zone is; the next sentence's figures stay the zone's
        let page = """
        青松高新技术产业开发区是2015年批准设立的国家级高新区,总规划面积18.6平方公里。2024年,115家规模以上工业企业实现工业总产值316.14亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .industrial_output })
        #expect(!f.contains { $0.zone == "国家高新区" })
    }

    @Test func aStockThatNoTimeDatesAfterANowWordIsOfTheDatelinesMonth() {
        // 现有入园企业115家，其中…高新技术企业17家: firms the zone has on the day the page was written
        let page = """
        发布时间:2019-05-20
        青松高新区现有入园企业115家,其中规模以上工业企业70家、高新技术企业17家。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .high_tech_enterprises && $0.value == 17 && $0.period == Period(start: nil, end: YearMonth(2019, 5)) })
        #expect(f.contains { $0.metric == .above_scale_enterprises && $0.value == 70 && $0.period == Period(start: nil, end: YearMonth(2019, 5)) })
    }

    @Test func aParagraphThatBreaksDownTheSetByOwnerCountsItsParts() {
        // 分行政区划来看，…: the districts' parts of the set the lead counted; 龙湖区 is a district though 湖区 alone is none
        let page = """
        2月26日,白沙市举行第一季度重大项目开工活动,本次集中开工40个重大项目,总投资218亿元。
        产业项目为本次开工的核心板块,聚焦智能制造、纺织服装等多个产业领域。
        分行政区划来看,青松高新区项目2个,总投资3.29亿元;金平区项目3个,总投资3.91亿元;龙湖区项目8个,总投资25.12亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .projects_started && $0.value == 2 })
        #expect(f.contains { $0.zone == "金平区" && $0.metric == .projects_started && $0.value == 3 })
        #expect(f.contains { $0.zone == "龙湖区" && $0.metric == .projects_started && $0.value == 8 })
        #expect(f.contains { $0.zone == "龙湖区" && $0.metric == .project_investment && $0.value == 2_512_000_000 })
        #expect(!f.contains { $0.zone.hasPrefix("分") })
    }

    @Test func aBareZoneWordWithAPartOfTheZoneAfterItIsNoZoneNamedWithADistrict() {
        // 高新区核心区: the part of the zone, a park; only a district in brackets names the zone with it
        let page = """
        2016年,青松高新区地区生产总值增长9.8%。高新区核心区完成工业总产值1821亿元。
        """
        let f = facts(page)
        #expect(!f.contains { $0.entity == .zone && $0.zone.hasSuffix("(核心区)") })
        #expect(f.contains { $0.zone == "青松高新区(核心区)" && $0.entity == .park && $0.metric == .industrial_output })
    }

    @Test func aParkNamedFirstLeavesThePagesZoneToTheZone() {
        // the page first names the zone's core area; its bare 高新区核心区 later is that park again, 高新区 the zone
        let page = """
        2016年,青松高新区核心区实现地区生产总值391亿元。
        高新区核心区完成工业总产值1821亿元。高新区新签约项目61个。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区(核心区)" && $0.entity == .park && $0.metric == .industrial_output })
        #expect(f.contains { $0.zone == "青松高新区" && $0.entity == .zone && $0.metric == .projects_signed })
    }

    @Test func aSetOfProjectsAtAnEventOfTheDaysBeforeTheDatelineIsOfItsMonth() {
        // 昨日，…集中开工: the event is the dateline's month; so is an event a subject held 近日 (…举行…仪式)
        let page = """
        青松高新区6个项目集中开工
        发布时间:2019-05-16 08:30:12
        昨日,青松高新区6个产业项目集中开工,总投资预计达31亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 6 && $0.period == Period.months(2019, 5, 5) })
        #expect(f.contains { $0.metric == .project_investment && $0.kind == .estimate && $0.period == Period.months(2019, 5, 5) })
        let held = """
        2019-05-16 来源:青松日报
        本报讯 青松高新区近日举行第二批9个重点项目集中签约仪式,总投资42亿元。
        此次签约的9个项目涵盖新材料、生物医药等领域。
        """
        let g = facts(held)
        #expect(g.contains { $0.metric == .projects_signed && $0.value == 9 && $0.period == Period.months(2019, 5, 5) })
        #expect(!g.contains { $0.metric == .projects_signed && $0.period != Period.months(2019, 5, 5) })
    }

    @Test func theYearSoFarEndsAtTheMonthThePageWasWritten() {
        // 今年，…已经达到15个, on a page of June: January to June; without 已 the year is the whole year
        let page = """
        2019-06-20 来源:青松日报
        今年,青松高新区新开工产业项目已经达到15个。
        """
        #expect(facts(page).contains { $0.metric == .projects_started && $0.value == 15 && $0.period == Period.months(2019, 1, 6) })
        let whole = """
        2019-06-20 来源:青松日报
        今年,青松高新区计划新开工产业项目30个。
        """
        #expect(!facts(whole).contains { $0.period == Period.months(2019, 1, 6) })
    }

    @Test func aPlaceARankIsCountedInIsNoSubject() {
        // 增速全市第一: 全市 frames the rank; the next clause is still the zone's. 全市第一季度 is no rank.
        let page = """
        2023-10-20 来源:青松日报
        1-9月,青松高新区完成地区生产总值378.6亿元,同比增长8.5%,增速全市第一;实现规上工业增加值228.9亿元,同比增长7.5%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .industrial_value_added && $0.value == 22_890_000_000 })
    }

    @Test func toneFreePinyinGlossesAreLeftOutOfTheMatchingText() {
        // 總(zong)產值(zhi): glosses without tones, several in a line; the quote keeps them
        let page = """
        2018年,青松高(gao)新區(qu)完成工業總(zong)產值(zhi)311億元,現(xian)價同比(bi)增長11.2%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .industrial_output && $0.value == 31_100_000_000 && $0.yoyPct == 11.2 })
        #expect(f.first?.source.quote.contains("總(zong)產值(zhi)") == true)
    }

    @Test func theYearsCountOfProjectsOnAPageWrittenInItIsTheYearSoFar() {
        // 今年…新签约项目12个 on a page of August: January to August; 全年 and the key projects' list stay whole
        let page = """
        2020-08-07 来源:青松日报
        今年,青松高新区新签约项目12个,总投资48亿元。全年计划新开工项目30个。今年共安排重点项目45个。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 12 && $0.period == Period.months(2020, 1, 8) })
        #expect(f.contains { $0.metric == .signed_investment && $0.period == Period.months(2020, 1, 8) })
        #expect(f.contains { $0.metric == .projects_key && $0.value == 45 && $0.period == Period.months(2020, 1, 12) })
    }

    @Test func thatCityIsACityNotThePagesZone() {
        // 该市…13个项目也正式开工: the city's projects; with no city known they are no zone's (listed unread)
        let page = """
        青松高新区签约18个项目
        2017-12-13
        12月8日,青松高新区举行签约仪式,签约项目18个。当天,该市13个项目也正式开工。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .projects_signed && $0.value == 18 })
        #expect(!f.contains { $0.zone == "青松高新区" && $0.metric == .projects_started })
    }

    @Test func sinceAYearOnAnUndatedReviewThatPlansTheNextIsThatWholeYear() {
        // 2021年以来… then 2022年，高新区将…: a year-end review; without the next year named, no period
        let page = """
        2021年以来,青松高新区新签约锂电项目17个、总投资477.4亿元。
        2022年,高新区将继续做强锂电产业。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 17 && $0.period == Period.months(2021, 1, 12) })
        let open = """
        2021年以来,青松高新区新签约锂电项目17个、总投资477.4亿元。
        """
        #expect(facts(open).contains { $0.metric == .projects_signed && $0.period == nil })
    }

    @Test func aStartedSetThatTheClauseNamesAndCountsIsNoSingleProject() {
        // 集中开工项目有…等9个项目: the set of started projects, counted; 包括…，其中… lists parts
        let page = """
        4月18日,青松高新区举行项目集中开竣工活动。其中,集中开工项目有青松众创城等9个项目;集中竣工项目有青松总部基地等5个项目。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 9 })
        #expect(f.contains { $0.metric == .projects_completed && $0.value == 5 })
    }

    @Test func theOneCityALeadNamesInsideAClauseIsWhat全市Means() {
        // 记者从潍坊市发改委获悉，8月份全市…: the city's figures; the zone's stay the zone's
        let page = """
        9月11日,记者从潍坊市发改委获悉,8月份全市新开工过亿元项目37个,总投资198亿元。其中,高新区新开工项目5个。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "潍坊市" && $0.entity == .city && $0.metric == .projects_started && $0.value == 37 })
        #expect(f.contains { $0.zone == "潍坊高新区" && $0.entity == .zone && $0.metric == .projects_started && $0.value == 5 })
    }

    @Test func aLineOfLabelledFieldsWithACommaInOneIsTheDateline() {
        // 发布时间:…  来源:弋江发布,投资促进部  发布开发区:…: a header line, whose day dates the event after it
        let page = """
        发布时间:2022-09-28  来源:青松发布,投资促进部  发布开发区:青松高新技术产业开发区
        9月23日,青松高新区举行招商项目云签约、开工活动。
        此次集中签约项目共12个,总投资42.9亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .projects_signed && $0.value == 12 && $0.period == Period.months(2022, 9, 9) })
    }

    @Test func aCityInASitesBreadcrumbIsThePagesCity() {
        // 本地网 > 山东 > 潍坊市 > 本地新闻 > 正文: a site's path, whose city's zone bare 高新区 means
        let page = """
        本地网 > 山东 > 潍坊市 > 本地新闻 > 正文

        高新区前5个月经济运行稳中有进

        来源:本地晚报 2021-06-21 10:20

        1-5月份,高新区完成固定资产投资46.2亿元,增长12%;新开工项目14个。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "潍坊高新区" && $0.metric == .fixed_asset_investment && $0.value == 4_620_000_000 && $0.period == Period.months(2021, 1, 5) })
        #expect(f.contains { $0.zone == "潍坊高新区" && $0.metric == .projects_started && $0.value == 14 })
    }

    @Test func aPapersNameInTheBracketClosingALongParagraphIsThePagesCity() {
        // …成为拉动园区经济增长的主力军。(来源:潍坊日报): the city's paper, so bare 高新区 is the city's zone, not
        // the national zones a clause names as a class
        let page = """
        全市园区经济平稳增长

        截至三季度,高新区完成工业产值184.3亿元,完成规模以上工业增加值53.9亿元,招商引资到位资金达57.4亿元,完成固定资产投资34.9亿元。分析统计数据可见,国家级高新区和省级工业园区成为拉动园区经济增长的主力军,高新区的带动作用进一步显现。(来源:潍坊日报)
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "潍坊高新区" && $0.metric == .fixed_asset_investment && $0.value == 3_490_000_000 })
        #expect(!f.contains { $0.zone == "国家高新区" })
    }

    @Test func aTargetThatNamesNoTimeIsTheYearsNotTheMonthsReportedBefore() {
        // 今年1-4月…完成…。…确定了“经济发展目标”，即固定资产投资突破100亿元: the year's targets
        let page = """
        时间:2016-06-02

        今年1-4月,青松高新区完成规上工业总产值212.6亿元,完成固定资产投资23.1亿元。

        青松高新区年初确定了“经济发展目标”,即固定资产投资突破80亿元、规上工业总产值增长15%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.kind == .actual && $0.period == Period.months(2016, 1, 4) })
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.kind == .target && $0.value == 8_000_000_000 && $0.period == Period.months(2016, 1, 12) })
        #expect(f.contains { $0.metric == .industrial_output && $0.kind == .target && $0.period == Period.months(2016, 1, 12) })
    }

    @Test func aYearTheTopicPutInPlayLeavesAFigureActual() {
        // 2023年园区高质量发展百强中…: a list's name; figures after it on a page of that year stay actuals
        let page = """
        发布时间:2023-07-11

        2023年园区高质量发展百强中,国家高新区占52席,国家级经开区为48席。

        其中,青松高新区生产总值达3120亿元,税收收入达410亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .gdp && $0.kind == .actual })
        #expect(!f.contains { $0.kind == .target })
    }

    @Test func aHeadlinesBareZoneWithItsDistrictNamesTheCitysZone() {
        // 高新区(白沙区)2011年…统计公报 on the city's statistics site: the city's zone, with its district
        let page = """
        高新区(白沙区)2011年国民经济和社会发展统计公报

        收录时间:2013-02-28来源:潍坊市统计局信息网

        国民经济稳健运行。全年实现地区生产总值412.3亿元,同比增长14.5%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "潍坊高新区(白沙区)" && $0.metric == .gdp && $0.yoyPct == 14.5 && $0.period == Period.months(2011, 1, 12) })
    }

    @Test func anIndustryOpeningAParagraphAsItsTopicOwnsItsOutput() {
        // 生物医药产业方面，…。一季度，完成规上工业总产值16.5亿元: the industry's output, not the zone's
        let page = """
        发布时间:2023-05-16

        青松高新区一季度完成规上工业总产值271.2亿元,同比增长7.1%。

        生物医药产业方面,青松高新区先后集聚了23家企业。一季度,完成规上工业总产值16.5亿元,同比增长13.2%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 27_120_000_000 })
        #expect(f.contains { $0.metric == .industry_output && $0.label == "生物医药产业" && $0.value == 1_650_000_000 && $0.yoyPct == 13.2 })
        #expect(!f.contains { $0.metric == .industrial_output && $0.value == 1_650_000_000 })
    }

    @Test func aHeadlineNamingACityAndTheBareZoneWordNamesTheCitysZone() {
        // 潍坊市…新闻发布会高新区专场 (a headline of 45 characters, with a subtitle): the city's zone, not a
        // zone the body names as what it builds on (以…示范区建设为核心)
        let page = """
        潍坊市2021年经济社会发展成就系列新闻发布会高新区专场 综合实力稳步提升

        2022-03-09 09:12 来源: 潍坊日报

        2021年,高新区以青松国家自主创新示范区建设为核心,全年实现地区生产总值210.5亿元,同比增长6.1%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "潍坊高新区" && $0.metric == .gdp && $0.value == 21_050_000_000 })
        #expect(!f.contains { $0.zone.hasPrefix("青松") })
    }

    @Test func aHeadlineOpeningWithACitysShortNameNamesThePagesCity() {
        // 嘉兴工业生产…: on a page that says 我市 and names no city in full, the headline's city
        let page = """
        嘉兴工业生产稳中有进

        发布时间:2021-10-20

        记者从市统计局获悉,前三季度,我市实现规模以上工业增加值866.2亿元,同比增长15.3%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "嘉兴市" && $0.entity == .city && $0.metric == .industrial_value_added && $0.yoyPct == 15.3 })
    }

    @Test func aPronounOrPrepositionBeforeAPlaceSuffixMakesNoCity() {
        // 今年省对我市园区考核中: 对我市 is no city's name
        let page = """
        发布时间:2021-10-20

        记者近日从市统计局获悉,前三季度,我市实现规模以上工业增加值266.9亿元,同比增长17.3%。

        今年省对我市园区考核中,我市园区继续保持良好发展势头。
        """
        let f = facts(page)
        #expect(!f.contains { $0.zone.unicodeScalars.contains("对") || $0.zone.unicodeScalars.contains("我") })
    }

    @Test func aCountedCollectiveIsNoPagesZone() {
        // 高新、经开两个园区分别增长…: some of the parks, counted, are not what the page is about
        let page = """
        发布时间:2013-07-26

        上半年园区工业继续保持着较高增速。江岸园区完成规模工业增加值193.2亿元,其中,高新、经开两个园区分别增长17.8%和16.2%。
        """
        let f = facts(page)
        #expect(!f.contains { $0.zone == "两个园区" && $0.value == 19_320_000_000 })
    }

    @Test func twoFiguresOfOneSentenceAreNoRoundedReprintOfEachOther() {
        // 地区生产总值640亿元以上…力争达到680亿元: a target and the level striven for, not one figure printed twice
        let page = """
        发布时间:2013-12-28

        会议提出,2014年青松高新区的主要目标是:地区生产总值640亿元以上,增长15%以上,力争达到680亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .gdp && $0.value == 64_000_000_000 && $0.kind == .target })
        #expect(f.contains { $0.metric == .gdp && $0.value == 68_000_000_000 && $0.kind == .target })
    }

    @Test func aBareZoneListedAmongTheCitysPartsIsNoSignThePageIsTheZones() {
        // 寿光、高新区和青州三地…: the zone is one of the city's parts; the city's figure is no zone's
        let page = """
        发布时间:2023-02-10

        潍坊传来喜讯:今年首月到账外资达8.2亿美元,同比增长12.5%。其中寿光、高新区和青州三地的到账外资均超过1亿美元。

        据介绍,潍坊市县两级政府将拿出10亿元用于稳定出口。
        """
        #expect(!facts(page).contains { $0.zone == "潍坊高新区" && $0.value == 820_000_000 })
    }

    @Test func aTotalWrittenBeforeTheSetItTotalsIsDatedAsTheSet() {
        // 总投资28.3亿元 白沙高新区2023年二季度19个重点项目集中开工: the total is the quarter's set's, as the
        // body's printing of it, both of May, the month of the event's day (the quarter names the batch)
        let page = """
        总投资28.3亿元 白沙高新区2023年二季度19个重点项目集中开工

        白沙日报 2023-05-18 09:12

        5月16日,白沙高新区在光电产业园项目现场举行2023年二季度重点项目集中开工活动。

        高新区此次集中开工的项目共19个,总投资28.3亿元,其中,工业类项目12个,总投资17.5亿元。
        """
        let f = facts(page)
        let totals = f.filter { $0.metric == .project_investment && $0.label == nil }
        #expect(totals.map(\.source.line) == [1, 7])
        // (the part after 其中 is of the set's time, a labelled figure of its own)
        #expect(f.contains { $0.metric == .project_investment && $0.label == "工业类项目" && $0.value == 1_750_000_000 })
        #expect(f.allSatisfy { $0.period == Period.months(2023, 5, 5) })
    }

    @Test func aSentenceOpeningWithATotalAfterTheSentenceThatCountedASetTotalsThatSet() {
        // …实施重大项目86个，其中…。总投资412亿元，…: the key projects' total, for their months
        let page = """
        发布时间:2023-11-20

        2023年以来,青松高新区组织实施投资亿元以上重大项目86个,其中工业项目51个、服务业项目20个。总投资412亿元,截至10月底,已完成投资136亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_key && $0.value == 86 && $0.period == Period.months(2023, 1, 11) })
        #expect(f.contains { $0.metric == .project_investment && $0.value == 41_200_000_000 && $0.period == Period.months(2023, 1, 11) })
    }

    @Test func aYearTheTextLooksAheadToIsNotTheYearOfItsUndatedFigures() {
        // no dateline; 预计在2024年春节… looks ahead: 前三季度 is the year the text reports, 2023
        let page = """
        白沙高新区前三季度GDP增长5.1%

        白沙经济网讯 2023年前三季度,白沙高新区经济运行持续向好,GDP同比增长5.1%。

        “展馆正在布展,预计在2024年春节正式开放。”园区负责人表示。
        """
        let f = facts(page)
        #expect(!f.isEmpty)
        #expect(f.allSatisfy { $0.period == Period.months(2023, 1, 9) })
    }

    @Test func theSetsNamedAfterASetNoMetricWordNamedAreEachTheirOwn() {
        // 此次活动涉及29个项目 counts started and signed projects together; 29个项目中，集中开工的…共21个 and
        // 集中签约的…共8个 are the two sets, no parts of a figure
        let page = """
        白沙高新区一季度项目集中开工

        2023-02-22 16:19

        【白沙新闻网 地方新闻】2月21日上午,白沙高新区举行一季度扩大有效投资项目集中开工活动。此次活动涉及29个项目,计划总投资117亿元。

        据了解,29个项目中,集中开工的建设项目共21个,包括7个产业投资项目和14个政府投资项目,计划总投资97亿元。集中签约的产业投资项目共8个,计划总投资20亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 21 })
        #expect(f.contains { $0.metric == .project_investment && $0.value == 9_700_000_000 })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 8 })
        // (the kinds after 包括 are the started set's labelled parts, the total after them the set's)
        #expect(!f.contains { ($0.value == 7 || $0.value == 14) && $0.label == nil })
        #expect(f.contains { $0.metric == .projects_started && $0.label == "政府投资项目" && $0.value == 14 })
        #expect(!f.contains { $0.label != nil && $0.unit == .CNY })
        // (the lead's day after a site's tag in square brackets dates the event: its month)
        #expect(f.allSatisfy { $0.period == Period.months(2023, 2, 2) })
    }

    @Test func aYearlessLeadDayOnAPageReportingTheYearByAMetricWordIsADayOfTheYearAfter() {
        // 2月26日，…公布了…2024年的成绩单: the year's results, no plans, though no 完成 or 实现 stands there
        let page = """
        2月26日,白沙省科技厅公布了全省高新区在2024年的发展成绩单。
        在2024年,全省高新区园区生产总值超过了1.9万亿元,其中,工业增加值9800亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.kind == .actual && $0.period == Period.months(2024, 1, 12) })
    }

    @Test func aSentenceWhosePartsTheNextTakesWith其中DatesThem() {
        // …今年上半年的…工作亮点纷呈。其中，…: the half-year's figures, not the month of the meeting the lead dates
        let page = """
        青松高新区上半年经济亮点纷呈
        2021-08-20 12:01 来源:青松日报

        8月18日,青松高新区召开2021年半年工作推进会。

        青松高新区今年上半年的经济社会发展工作可谓亮点纷呈。其中,重点项目全面铺开,总投资170亿元的19个项目实现集中开工;招商引资成果丰富,相继签约引进项目36个,总投资285亿元。
        """
        let f = facts(page)
        #expect(f.count == 4)
        #expect(f.allSatisfy { $0.period == Period.months(2021, 1, 6) })
    }

    @Test func 项OpeningTheProjectNounIsNoCounter() {
        // 117亿项目开工: an amount in 亿 before 项目, not 11.7 billion items
        let r = extractor.extract(text: "白沙高新区一季度117亿项目开工\n", file: "page.txt").value
        #expect(!r.facts.contains { $0.unit == .count })
        #expect(r.unread.contains { $0.figure == "117亿" && $0.line == 1 })
    }

    @Test func 该区IsThePlaceTheSentenceBeforeNamedLast() {
        // …五华区第一批项目开工…。该区力争…实现17个重点项目开工，实现全区固定资产投资170亿元: the district's aims
        let page = """
        发布时间:2011-06-14
        青松高新区开工建设总投资12亿元的5个项目。五华区第一批项目开工的锣鼓声犹在耳畔,第二批项目又接连上马。该区力争在上半年实现17个重点项目开工,实现全区固定资产投资170亿元。
        """
        let f = facts(page)
        #expect(f.filter { $0.zone == "五华区" && $0.entity == .district }.map(\.value) == [17, 17_000_000_000])
        #expect(f.filter { $0.zone == "青松高新区" }.count == 2)
    }

    @Test func projectsOfAnEventOnThePagesOwnDayAreOfItsMonth() {
        // 今日 after the count: the projects start on the dateline's day; 此次… after it is that event
        let page = """
        青松高新区19个重大项目集中开工
        2013-11-26  来源:青松日报

        落户青松高新区的19个重大项目,今日上午在该区的白沙科技园集中开工。

        据介绍,此次集中开工的19个重大项目,总投资86亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .project_investment && $0.value == 8_600_000_000 && $0.period == Period.months(2013, 11, 11) })
        #expect(f.filter { $0.value == 19 }.count == 3)
        #expect(f.allSatisfy { $0.period == Period.months(2013, 11, 11) })
    }

    @Test func aNumberedItemOpeningWithAnIndustryIsAboutIt() {
        // 产值 in the item names no industry of its own: the item's; an item about no industry gives none
        let page = """
        青松高新区上半年经济运行情况
        1、新材料产业保持较快增长,重点企业订单饱满。1-6月完成产值48.2亿元,同比增长16.5%。
        2、生物医药产业稳步回升,1-6月完成产值12亿元,同比增长8%。
        3、招商工作扎实推进,1-6月完成产值5亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industry_output && $0.label == "新材料产业" && $0.value == 4_820_000_000 && $0.yoyPct == 16.5 })
        #expect(f.contains { $0.metric == .industry_output && $0.label == "生物医药产业" && $0.value == 1_200_000_000 })
        #expect(!f.contains { $0.value == 500_000_000 })
    }

    @Test func projectsOfTheQuarterUnderWayAreThisYears() {
        // 一季度 on a page of January: the quarter under way; 前三季度 on a page of March: last year's, over
        let january = facts("""
        发布时间:2021-01-26 11:35
        青松高新区一季度重点项目开工——涉及18个项目,总投资64.5亿元
        """)
        #expect(january.count == 2)
        #expect(january.allSatisfy { $0.period == Period.months(2021, 1, 3) })
        let march = facts("""
        发布时间:2021-03-18 21:26
        前三季度,青松高新区引进项目49个,总投资118亿元。
        """)
        #expect(march.first { $0.metric == .projects_introduced }?.period == Period.months(2020, 1, 9))
    }

    @Test func theTimeAnEstimateLooksToIsNotCarriedOn() {
        // 本年预计…: the year an estimate looks to; the next sentence is still of the paragraph's 上半年
        let f = facts("""
        发布时间:2024-07-20
        上半年,青松高新区工业投资同比增长21.4%。新纳统投资项目97个,本年预计新增投资额近90亿元。新签约亿元以上项目78个,签约金额超1600亿元。
        """)
        #expect(f.first { $0.metric == .projects_signed }?.period == Period.months(2024, 1, 6))
        #expect(f.first { $0.metric == .signed_investment }?.period == Period.months(2024, 1, 6))
    }

    @Test func aLevelReachedAfterYearsIsTheLastYearsNotTheirSum() {
        // 五年来…地区生产总值达2300亿元: 2025's level; 累计完成固定资产投资1500亿元: the five years' sum
        let f = facts("""
        发布时间:2026-02-12
        五年来,全区上下攻坚克难,圆满完成各项目标任务。青松高新区地区生产总值达2300亿元,规上工业总产值迈过4000亿元,累计完成固定资产投资1500亿元。
        """)
        #expect(f.first { $0.metric == .gdp }?.period == Period.months(2025, 1, 12))
        #expect(f.first { $0.metric == .industrial_output }?.period == Period.months(2025, 1, 12))
        #expect(f.first { $0.metric == .fixed_asset_investment }?.period == Period(start: YearMonth(2021, 1), end: YearMonth(2025, 12)))
    }

    @Test func theLeadsZoneWithItsDistrictNamesTheFactsAfterIt() {
        // the headline says 青松高新区, the lead 青松高新技术产业开发区(白沙区), the figures neither (the lead's own
        // 29 projects are two sets together, and 高新区管委会 is the subject of the sentence after it): one zone,
        // named as the lead writes it in full
        let page = """
        青松高新区29个项目集中签约或开工

        3月29日，青松高新技术产业开发区(白沙区)举行重大项目集中签约、集中开工活动，29个项目集中签约或开工，总投资172.84亿元。高新区管委会副主任、白沙区区长王明参加此次活动。
        此次活动中，集中签约项目共15个，总投资139.42亿元。集中开工项目共14个，总投资33.42亿元。
        """
        let f = facts(page)
        #expect(f.count == 4)
        #expect(f.allSatisfy { $0.zone == "青松高新区(白沙区)" && $0.entity == .zone })
    }

    @Test func theMainParkAfterAPartWordIsThePark() {
        // 主园区 alone stands for the zone; after 其中 it is the part it names, beside the zone's own totals
        let page = """
        青松高新区年鉴

        2017年，青松高新区实现规模以上工业总产值246.3亿元，增长9.2%；完成固定资产投资227.5亿元，增长53%。其中，主园区实现规模以上工业总产值198.5亿元，增长8.1%；完成固定资产投资187亿元。
        主园区预计实现地区生产总值380亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_output && $0.value == 19_850_000_000 }?.zone == "青松高新区(主园区)")
        #expect(f.first { $0.metric == .industrial_output && $0.value == 19_850_000_000 }?.entity == .park)
        #expect(f.first { $0.metric == .fixed_asset_investment && $0.value == 18_700_000_000 }?.entity == .park)
        #expect(f.first { $0.metric == .industrial_output && $0.value == 24_630_000_000 }?.zone == "青松高新区")
        #expect(f.first { $0.metric == .gdp }?.zone == "青松高新区")
        #expect(f.first { $0.metric == .gdp }?.entity == .zone)
    }

    @Test func aCountysPageSpeaksForTheCountyBeforeAZoneItNames() {
        // a county's page that says 该县 and 全县 before any zone is its subject: the figures without a subject
        // of their own are the county's; the zone's are those it names
        let page = """
        今年以来，青石县瞄准绿色新能源赛道，风电产业开启“加速跑”。
        该县深入践行绿色发展理念，全县铺排重点产业项目63个、年度计划投资86.93亿元。新签约项目18个。
        今年1至8月，青石高新区完成规模工业总产值124.54亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_key }?.zone == "青石县")
        #expect(f.first { $0.metric == .projects_key }?.entity == .district)
        #expect(f.first { $0.metric == .projects_signed }?.zone == "青石县")
        #expect(f.first { $0.metric == .industrial_output }?.zone == "青石高新区")
    }

    @Test func aClassOfZonesIsNoZonesName() {
        // 全国百强高新区 is what the zone strives to join, not a zone: the sentence's subject keeps its figures
        let page = """
        白河湖高新区作为全市重要经济主战场，紧紧围绕奋进全国百强高新区目标，全年累计引进重点项目40个，预计完成规上工业总产值310亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "白河湖高新区" })
    }

    @Test func aWholeYearEstimatedEarlyInTheNextIsTheYearJustEnded() {
        // a work meeting of January reviews the year just ended: 预计全年 is that year's, not the new one's
        let page = """
        青松日报讯 1月29日，记者从青松高新区2018年度工作会上获悉，去年，青松高新区较好地完成了各项目标任务。
        据悉，高新区预计全年地区生产总值实现205亿元，同比增长10.8%；规模以上工业增加值实现37.6亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2017, 1, 12) && $0.kind == .estimate })
    }

    @Test func aTableRowOpeningWithAHashIsNoHeading() {
        // a statistics table's #油菜籽 (of which) is a row, not a Markdown heading that opens another article
        let page = """
        2008年青松高新区国民经济和社会发展统计公报
        青松高新区统计局 白沙区统计局
        (2009年3月18日)
        一、综合
        2008年青松生产总值(GDP)32.13亿元，比上年增长15.3%。
        二、农业
        2008年，全区粮食生产喜获丰收，粮食播种面积6435公顷。
        指标名称 |
        2008年 |
        比上年增长(±%) |
        油料产量 |
        78吨 |
        6.8 |
        #油菜籽 |
        78吨 |
        6.8 |
        三、工业和建筑业
        2008年工业生产快速增长。规模以上工业企业完成工业增加值10.92亿元，比上年增长15.3%。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_value_added }?.zone == "青松高新区")
    }

    @Test func partsNamedByTheirOwnersAfterAnothersWhole() {
        // a province's yearbook: 其中…青松高新区956家 is the zone's own stock, though the paragraph gave the zone's
        // recognitions of the year before it; an item of the list that names no owner (区外企业415家) leaves
        // the metric to the items after it
        let page = """
        高新技术企业的认定
        2007年全年共认定高新技术企业88家，青松高新区企业63家，白河高新区企业56家。截至2007年底，全省共有高新技术企业1745家，其中区外企业415家、青松高新区956家、白河高新区374家。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .high_tech_enterprises && $0.value == 956 && $0.period == Period(start: nil, end: YearMonth(2007, 12)) })
        #expect(f.contains { $0.zone == "白河高新区" && $0.metric == .high_tech_enterprises && $0.value == 374 })
        #expect(!f.contains { $0.value == 415 || $0.value == 1745 })
    }

    @Test func aGovernmentsReportSpeaksForItsDistrict() {
        // a district's report to its congress: the zone it names owns its own sentence only; the paragraphs
        // after it that name no one are the district's
        let page = """
        2019年青松市白沙区政府工作报告
        ——2019年1月9日在青松市白沙区第六届人民代表大会第三次会议上
        各位代表：
        现在，我代表区人民政府，向大会作政府工作报告，请予审议。
        一、2018年工作回顾
        青松高新区技工贸收入突破2200亿元，综合实力保持全省园区前三。
        大力振兴实体经济。着力推动产业、企业向园区集聚，全年实现规模工业增加值136亿元，增长7.9%，新增规模以上工业企业20家。
        """
        let f = facts(page)
        let added = f.first { $0.metric == .industrial_value_added }
        #expect(added?.zone == "青松市白沙区" && added?.entity == .district && added?.period == Period.months(2018, 1, 12))
        #expect(f.contains { $0.metric == .above_scale_enterprises && $0.zone == "青松市白沙区" })
        #expect(!f.contains { $0.zone.hasSuffix("高新区") })
    }

    @Test func aCitysReportNamedOnlyInItsSessionLine() {
        // 我代表市政府 is no city of that name; the session line names the city the report speaks for, and the
        // bare 高新区 of a ranking does not take its figures
        let page = """
        ——2015年1月20日在青松市第十六届人民代表大会第五次会议上
        市长 张三
        各位代表：
        现在，我代表市政府向大会报告工作，请各位代表审议。
        一、2014年工作回顾
        经济增速全省领先。预计全年地区生产总值增长9.6%，高新区经济总量跃居全国高新区第23位。
        """
        let f = facts(page)
        #expect(f.count == 1)
        #expect(f.first?.zone == "青松市" && f.first?.entity == .city && f.first?.kind == .estimate)
    }

    @Test func aYearThatOpensAParagraphDatesItsWholeYear() {
        // a page reposted years later: 全年 in the paragraph that opened with 2019年 is 2019, not the repost's year
        let page = """
        青松高新区2019年工作回顾
        发布时间:2023-12-29 08:45
        2019年，面对复杂多变的严峻形势，高新区着力推动经济平稳健康发展。全年实现地区生产总值223.81亿元，增长3.5%。
        进入2023年，全区182家规上工业企业前8个月累计完成工业增加值68.59亿元，同比增长9.0%。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .gdp }?.period == Period.months(2019, 1, 12))
        #expect(f.first { $0.metric == .industrial_value_added }?.period == Period.months(2023, 1, 8))
    }

    @Test func aPartAfterQizhongAndTheFirstOfARankingAreNoSubjects() {
        // the province's zones together stay the subject: not the zone named after 其中 in its clause, nor the one
        // a ranking puts first (最高的…)
        let page = """
        我省开发区实现“十四五”开门红
        一是总体发展质量持续提升。2021年，全省开发区经营收入超1000亿元园区达到9家，其中青松经开区突破6000亿元大关。实现税收总额2187.6亿元，增长11%。
        二是创新能力不断提高。全省开发区高新技术产业增加值占工业增加值比重达39.37%，最高的白河高新区为86.21%。新认定高新技术企业2374家，较上年增长16.6%。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .tax_revenue }?.zone == "全省开发区")
        #expect(f.first { $0.metric == .high_tech_enterprises }?.zone == "全省开发区")
    }

    @Test func aTimeInsideAPartsClauseDatesNothingAfter() {
        // 其中1个项目当年入库，当年竣工: the part's year is not the paragraph's period
        let page = """
        青松高新区项目建设综述
        日期：2020-10-12
        1-9月，全区4个省重大项目完成年度计划的75.9%。5个项目竣工投产，其中1个项目当年入库，当年竣工。191个区重点项目已开工在建175个，完成投资349.1亿元。
        """
        let f = facts(page)
        let invested = f.first { $0.metric == .annual_investment && $0.value == 34_910_000_000 }
        #expect(invested?.period == Period.months(2020, 1, 9))
    }

    @Test func aMarkerSaidToHoldBelowGovernsThePararaphsLaterSentences() {
        // 预计（下同）: the estimate marker holds for the district's figures that follow in the paragraph
        let page = """
        2023年青松市白沙区政府工作报告
        现在，我代表区人民政府，向大会作政府工作报告，请予审议。
        （一）坚持精准施策，经济运行稳中向好。青松高新区营业收入、技工贸收入预计（下同）分别增长9.7%、9.6%。白沙区GDP增长4.0%，社会消费品零售总额增长3%。
        （二）坚持项目为王。全年新开工项目27个。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .gdp }?.kind == .estimate)
        #expect(f.first { $0.metric == .retail_sales }?.kind == .estimate)
        #expect(f.first { $0.metric == .projects_started }?.kind == .actual)
    }

    @Test func aParagraphStoppedAtASemicolonRunsOnIntoTheNext() {
        // a list printed one item a line, each ending with ；: the period the first item wrote dates the next
        let page = """
        青松高新区经济运行稳中有进
        青松网7月20日讯(记者 王明)1-6月,全区实现工业总产值856.2亿元,同比增长9.1%;
        规上工业增加值完成201.4亿元,增速10.3%;
        新增市场主体1203户。
        园区在2025年获评省级示范园区。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_value_added }?.period == Period.months(2025, 1, 6))
    }

    @Test func theYearsListOfKeyProjectsIsTheWholeYearsEvenWhenAlreadyArranged() {
        // 已铺排 on a page of April: the list of the year's key projects is the year's, and so is its total, a
        // difference from last year between them or not
        let page = """
        青松高新区二季度重点项目集中开工
        日期：2023-04-18
        2023年，青松高新区已铺排重大建设项目102个，比去年多34个，涉及项目总投资777.28亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_key }?.period == Period.months(2023, 1, 12))
        #expect(f.first { $0.metric == .project_investment }?.period == Period.months(2023, 1, 12))
    }

    @Test func aParagraphOpeningWithATimeToComeTellsPlans() {
        // 下一步，…: the paragraph's figures with no marker of their own are targets; the paragraph before is not
        let page = """
        青松高新区召开四季度动员大会
        日期：2023-10-12
        1-9月，青松高新区完成固定资产投资98亿元，新引进项目18个。
        下一步，高新区从五个方面发力。全力推进项目建设，如期推进21个重点项目，完成150亿元的固定资产投资。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .fixed_asset_investment && $0.value == 9_800_000_000 }?.kind == .actual)
        #expect(f.first { $0.metric == .projects_key }?.kind == .target)
        #expect(f.first { $0.metric == .fixed_asset_investment && $0.value == 15_000_000_000 }?.kind == .target)
    }

    @Test func aHeadlineNamingTwoYearsReportsOnTheFirst() {
        // …2024年发展情况及2025年重点工作: the figures the page gives without a time are the first year's
        let page = """
        青松高新区2024年经济社会发展情况及2025年重点工作
        一、2024年工作情况
        （一）项目投资加速放量。专班化推进项目，长河新能源技改等50个项目开工，牵头的32个市级重点项目投资完成率150%。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_started }?.period == Period.months(2024, 1, 12))
    }

    @Test func aStockAfterXianshiIsOfTheDayThePageWasWritten() {
        // 现时 (now), like 目前: a stock with no time of its own is dated by the page
        let page = """
        青松高新区发展综述
        日期：2022-01-25
        现时，青松高新区高新技术企业达240家。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .high_tech_enterprises }?.period == Period(start: nil, end: YearMonth(2022, 1)))
    }

    @Test func thePagesOwnZoneAfterQizhongStaysTheSubject() {
        // 其中高新区…: the page's own zone named as a part of the city's set is the subject of the next sentence
        // (a part the page names by its name, 其中合肥经开区…, is not)
        let page = """
        青松高新区8个项目集中开工
        日期：2019-04-01
        白沙市2019年一季度集中开工项目60个，总投资397.4亿元，其中高新区共8个开工项目，总投资80亿元。年度计划投资25亿元，位列全市第三。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .annual_investment }?.zone == "青松高新区")
    }

    @Test func aHeadlineGivingACitysFigureMakesThePageTheCitys() {
        // 江苏宿迁：…: the headline opens with the province and the city and names no zone; the zone the body
        // names later owns none of the city's figures
        let page = """
        江苏宿迁：142个建设项目动工 总投资超1800亿元
        日期：2020-05-29
        昨天（5月28日），宿迁多地共同举行重大平台建设和2020年第二季度重大项目集中动工活动，142个项目签约动工，总投资高达1842亿元。
        在本次动工的142个项目中，青松高新区有107个，总投资约1653亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_started && $0.value == 142 }?.zone == "宿迁市")
        #expect(!f.contains { $0.zone == "青松高新区" && $0.value == 142 })
        // 我市…: the same, the city being the one the text names
        let mine = facts("""
        我市第二季度集中开工186个重大项目
        日期：2024-04-26
        近日，白沙市第二季度重大项目集中开工活动举办，共开工186个重大项目，总投资1238亿元。
        各分会场项目分量十足。青松高新区盛丰智慧科技项目拟建设大数据服务中心。
        """)
        #expect(mine.first { $0.metric == .projects_started }?.zone == "白沙市")
    }

    @Test func aCityNamedAsAVenueIsNotTheCityOfQuanshi() {
        // 主会场设在邳州市的…: where the venue stands, not the city 全市 means; the page names its city only inside
        // its zone's name (徐州高新区), and 我市 is that city
        let page = """
        我市第二季度集中开工186个重大项目
        日期：2024-04-26
        近日，全市第二季度重大项目集中开工活动举办，共开工186个重大项目，总投资1238亿元。
        集中开工视频连线活动主会场设在邳州市的食品产业园项目现场，徐州高新区设分会场。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_started }?.zone == "徐州市")
        #expect(!f.contains { $0.zone == "邳州市" })
    }

    @Test func quanshiOnAZonesPageIsTheCityTheZoneIsNamedAfter() {
        // a page that names no city in full, only its zone (绵阳高新区): 全市 is the city the zone is named after
        let page = """
        10月20日,市投资促进局发布三季度各区县招商成效排名。榜单显示,前三季度,全市新开工项目812个,资金到位额1466亿元。
        绵阳高新区、涪城区、游仙区分别上榜2个项目。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_started && $0.value == 812 }?.zone == "绵阳市")
        #expect(f.first { $0.metric == .funds_in_place }?.zone == "绵阳市")
    }

    @Test func aPlaceRightAfterARateIsWhereItIsRankedNotTheSubject() {
        // 增速全市;: the rank's ordinal was lost, 全市 is still only where the rate is ranked, and the next
        // figures stay the zone's (not the city's that 全市 would mean, the one the zone is named after)
        let page = """
        设区五周年 德州高新区晒出成绩单
        2019-06-30 08:56
        2018年,德州高新区实现生产总值52.1亿元,同比增长6.8%。
        规模以上工业企业实现总产值133.2亿元,比上年增长10.5%,工业总产值增速全市;
        工业增加值增速比上年增长8.7%,工业增加值增速全市;
        高新技术产业产值实现61.2亿元,占规模以上工业产值的45.9%,占比全市;
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_value_added }?.zone == "德州高新区")
        #expect(f.first { $0.metric == .industry_output }?.zone == "德州高新区")
        #expect(!f.contains { $0.entity == .city })
    }

    @Test func aCountyOfOneCharacterIsAPlaceAndAZoneAfterAVerbIsItsObject() {
        // 莒县 (a county named by one character, a place by the lexicon's list) is the page's county; 园区 after
        // 推进 is what the county pushes on, not the owner of the figures after it
        let page = """
        莒县招商引资成效明显
        近日,记者从莒县相关部门获悉,该县去年全力推进园区招商大会战,全年签约引进亿元以上项目31个,总投资146亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.value == 31 }?.zone == "莒县")
        #expect(f.first { $0.metric == .signed_investment }?.zone == "莒县")
    }

    @Test func aPostsHashtagTitleIsASentenceOfItsOwn() {
        // 【#…#】 opening a post is its title: the day after it dates the meeting, and the year the body writes
        // dates the figure, in the title too
        let page = """
        青松日报 26-01-26 11:31
        【#青松高新区GDP实现1280亿元#】1月26日,青松高新区经济工作会上宣布,2025年全区地区生产总值实现1280亿元,同比增长6.1%。
        """
        let f = facts(page).filter { $0.metric == .gdp }
        #expect(!f.isEmpty)
        #expect(f.allSatisfy { $0.period == Period.months(2025, 1, 12) })
    }

    @Test func monthsNotYetOverCountedUpToNowAreThisYearsToTheArticlesMonth() {
        // 截至目前，…一、二季度累计开工… on a page of May: the first half is not over, and the count is up to now:
        // this year's January to May, not last year's first half
        let page = """
        青松高新区重点项目建设提速
        发布时间:2021-05-14
        截至目前,青松高新区一、二季度累计开工项目28个,总投资121亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .projects_started }?.period == Period.months(2021, 1, 5))
    }

    @Test func aCarriedDayAStockStoodAtEndsTheNextSentencesAmountsAsTheFirsts() {
        // 截至一季度 ends the first sentence's amounts at March, summed from January; the sentence after it that
        // names no time of its own takes the same months, not a stock at a date
        let page = """
        青松日报 2017年4月20日
        截至一季度,青松高新区完成工业产值84.3亿元,占全市比重达41%。完成固定资产投资24.9亿元,占全市比重达38%。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_output }?.period == Period.months(2017, 1, 3))
        #expect(f.first { $0.metric == .fixed_asset_investment }?.period == Period.months(2017, 1, 3))
    }

    @Test func aRankAmongTheZonesOrALevelIsNoZonesName() {
        // 全国首批国家级高新区, 第一批, 第4个: what the zone is, no zone of its own; nor is 国度级高新区 (a spun
        // copy's 国家级) a zone named 度级: the figures after them stay the page's zone's
        for rank in ["全国首批国家级高新区", "全国第一批国家级高新区", "全省第4个高新区", "国度级高新区"] {
            let page = """
            2021-05-28 10:14 来源:青松日报
            青松高新区是\(rank)。
            一季度地区生产总值增长23.8%,规上工业增加值增长40.5%。
            """
            let f = facts(page)
            #expect(f.count == 2, "\(rank)")
            #expect(f.allSatisfy { $0.zone == "青松高新区" }, "\(rank)")
        }
    }

    @Test func theCitysZoneAsTheCitysPaperWritesItIsTheZone() {
        // 我市高新区 on a city's paper: the city's zone (named in the headline), not the city; 全市 stays the city's
        let page = """
        襄阳日报 2019年3月5日
        襄阳高新区创新发展调研
        目前,我市高新区高新技术企业达75家,全市高新技术企业达210家。
        """
        let f = facts(page)
        #expect(f.first { $0.value == 75 }?.zone == "襄阳高新区")
        #expect(f.first { $0.value == 75 }?.entity == .zone)
        #expect(f.first { $0.value == 210 }?.entity == .city)
        // (on a district's site that names no zone: the zone named after the city)
        let site = facts("""
        来源:株洲市天元区人民政府 2019-03-05
        目前,我市高新区高新技术企业达75家,全区高新技术企业达21家。
        """)
        #expect(site.first { $0.value == 75 }?.zone == "株洲高新区")
        #expect(site.first { $0.value == 21 }?.entity == .district)
    }

    @Test func aClauseOpeningWithYuComparesWithThePlaceAfterIt() {
        // 与全市工业发展保持基本一致: the city is what the zone's figure is compared with, no subject for the next
        // sentence's figures, which stay the zone's
        let page = """
        株洲高新区1-4月经济运行情况
        发布时间:2017-05-06
        1-4月工业总产值完成61.8亿元,同比增长3.6%,与全市工业发展保持基本一致。工业增加值实现24.9亿元,同比增长15.0%。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .industrial_value_added }?.zone == "株洲高新区")
    }

    @Test func anEvaluationOfManyZonesFramesARankAndTheZonesAreNoSubject() {
        // 在…54个国家级开发区投资环境评价中由19位提升到18位: the zones evaluated frame the page's zone's rank;
        // the figures of the next paragraph stay the page's zone's
        let page = """
        发布时间:2020-03-01
        青松高新区在2019年54个国家级开发区投资环境评价中由19位提升到18位,继续名列西部第一。
        2019年,全年实现工业总产值120.5亿元,比上年增长9.6%。
        """
        #expect(facts(page).first { $0.metric == .industrial_output }?.zone == "青松高新区")
    }

    @Test func zhongguancunAloneIsTheZoneButNotABrandAnotherCityBorrows() {
        // 中关村 alone (and 北京中关村) is the Beijing zone, named by the lexicon; 南宁·中关村 is a brand another city's
        // zone borrows: its figures stay that zone's; 南宁中关村科技园, a park's name as its clause's subject, is the
        // park, named as written
        let beijing = """
        发布时间:2023-12-13
        以北京中关村和上海张江为例,2022年,中关村拥有国家高新技术企业1.7万家。
        """
        #expect(facts(beijing).first { $0.metric == .high_tech_enterprises }?.zone == "中关村")
        let nanning = """
        发布时间:2020-10-20
        南宁高新区1-9月经济运行良好,规上工业总产值增长12.5%。
        南宁·中关村已引进高科技项目5个。南宁中关村科技园新开工项目3个。
        """
        let f = facts(nanning)
        #expect(f.count == 3)
        #expect(f.prefix(2).allSatisfy { $0.zone == "南宁高新区" })
        #expect(f.last.map { ($0.zone, $0.entity) } ?? ("", .zone) == ("南宁中关村科技园", .park))
    }

    @Test func aLabeledDatelineBeatsABareDateInTheSitesBanner() {
        // 网站成功改版! 2013.9.16 above the headline dates the site's news; 发布时间:2014-02-10 under it is the
        // article's: 去年 is 2013
        let page = """
        热烈庆祝青松服务外包协会网站成功改版! 2013.9.16

        青松打造千亿级产业链

        发布时间:2014-02-10 点击次数:2583

        2月9日,青松高新区举行2013年度总结表彰大会。
        去年,青松高新区地区生产总值增长10%,全社会固定资产投资增长18%。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2013, 1, 12) })
    }

    @Test func aClauseOpeningWithAYearAlreadyOverReportsWhatThatYearDid() {
        // 目标出炉了 marks the first clause; the next opens with 2021年 on a page of 2022: what 2021 did, an actual
        let page = """
        发布时间:2022-02-16
        2022年青松高新区GDP目标出炉了,2021年青松高新区地区生产总值突破1400亿元,今年将要突破多少亿元呢?
        """
        let f = facts(page).filter { $0.metric == .gdp }
        #expect(f.count == 1)
        #expect(f.first?.kind == .actual)
        #expect(f.first?.period == Period.months(2021, 1, 12))
    }

    @Test func ourCountyOnACountyZonesPageIsTheCountyTheZoneIsNamedAfter() {
        // 我县 / 该县 on the page of a zone named after its county (青松高新区, 攸县高新区): that county, a district,
        // not the zone and not figures without an owner
        let f1 = facts("""
        青松高新区招商引资成效明显
        进入四季度以来,我县共签约项目8个,总投资11亿元。
        """)
        #expect(f1.count == 2)
        #expect(f1.allSatisfy { $0.zone == "青松县" && $0.entity == .district })
        let f2 = facts("""
        在攸县高新区返乡创业园,工作人员正加紧组装耳机。
        值得一提的是,该县去年新开工重点项目30个、竣工23个,完成投资126亿元。
        """)
        #expect(f2.count == 3)
        #expect(f2.allSatisfy { $0.zone == "攸县" && $0.entity == .district })
    }

    @Test func aPlaceAfterLingpaoIsWhatTheZoneLeadsNoSubject() {
        // 增速领跑全市: the city is what the zone's rate leads; the statement after ； stays the zone's
        let page = """
        发布时间:2025-07-20
        2025年上半年,株洲高新区一般公共预算收入完成13.87亿元,同比增长40.6%,增速领跑全市;社会消费品零售总额38.25亿元。
        """
        #expect(facts(page).first { $0.metric == .retail_sales }?.zone == "株洲高新区")
    }

    @Test func theYearAboutToEndInADecemberReviewIsThisYear() {
        // 即将过去的一年 on a page of December 27: this year, so the projects it started are this year's
        let page = """
        发布时间:2023-12-28
        即将过去的一年,青松高新区发展动能持续增强。深马产业园等36个项目开工,瑞斯康达等24个项目竣工。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2023, 1, 12) })
    }

    @Test func thatMonthIsTheMonthTheTextJustSpokeOfAlone() {
        // 截至11月底 ends the first figures at November; 当月 after it is November alone
        let page = """
        来源:青松日报 2022-12-17
        截至11月底,青松高新区20个省重点项目累计完成投资98.92亿元。当月,以华勤产业基地为代表的21个产业项目实现投产。
        """
        #expect(facts(page).first { $0.metric == .projects_in_production }?.period == Period.months(2022, 11, 11))
    }

    @Test func aDatelineWordFarFromADayInProseMakesNoDateline() {
        // 展会期间 ends a paragraph that told of an event's day: the day is no dateline, and 2017年 on a page
        // of January 2018 is that whole year, done
        let page = """
        青松高新区开放发展系列报道
        白沙日报 2018-01-25 10:45
        去年11月26日,半程马拉松赛在青松高新区举行,来自全国17个地市的8000多名爱好者参赛,赛事路线穿过整个园区。
        与之呼应的是,2017年5月27日,第三届白沙生态富硒产品博览会在青松高新区开幕。本届博览会展区总规模15000平方米。展会期间,共有1000余家企业参展。
        据青松高新区招商局数据显示,2017年引进投资5000万元以上项目23个,到位资金120亿元,4项指标位居全市第一。
        """
        let f = facts(page)
        #expect(f.first?.source.date == "2018-01-25")
        #expect(f.contains { $0.metric == .projects_introduced && $0.value == 23 && $0.period == Period.months(2017, 1, 12) && $0.kind == .actual })
        #expect(f.contains { $0.metric == .funds_in_place && $0.period == Period.months(2017, 1, 12) && $0.kind == .actual })
    }

    @Test func aSourceFieldInATableRowOrAfterASpaceNamesThePagesDistrict() {
        // a government site's fields flattened to a table row, and a label with a space for its colon: the
        // district that publishes is the page's, and 全区 is it
        for header in ["| [ 发布机构 ] | 白沙区统计局 | [ 有效性 ] | |", "来源 白沙区统计局"] {
            let page = """
            2023年上半年经济运行情况
            \(header)
            | [ 发布日期 ] | 2023-07-28 |
            上半年全区实现地区生产总值(GDP)453.7亿元、增长6.1%。
            """
            let f = facts(page)
            #expect(f.first?.zone == "白沙区", "\(header)")
            #expect(f.first?.entity == .district)
        }
    }

    @Test func aLineEndingInAPhotographersNameAndItsMarkIsACaption() {
        // 青松高新区2023年工作会议。白沙网 王小明摄 under the lead is a photo's caption: no headline of a new
        // article, so 一年来 on the meeting's page of February is the year just ended
        let page = """
        青松高新区2023年工作会议释放了哪些信号?
        白沙网青松2月10日电 (王小明)2月10日下午,青松高新技术产业开发区召开2023年工作会议。
        青松高新技术产业开发区2023年工作会议。白沙网 王小明摄
        一年来,青松高新区统筹发展和安全,交出了一份精彩的答卷。
        经济发展增添新动能——地区生产总值实现432.6亿元,新增市场主体14533户。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period.months(2022, 1, 12) })
    }

    @Test func aHeadlineGivingAProvincesFigureMakesThePageTheProvinces() {
        // 湖南1至2月实际使用外资…: the province's page; the zone its body names at the end owns its own figure only
        let page = """
        湖南1至2月实际使用外资同比增长212.11%
        时间:2024-04-30 13:37:17 来源:白沙头条
        记者今天从省商务厅获悉,今年1至2月,我省实际使用外资10.75亿美元,同比增长212.11%。
        高技术产业实际使用外资66735万美元,同比增长1849%。
        其中,长沙高新区实际使用外资65000万美元,占全省实际使用外资总额的60%。
        """
        let f = facts(page)
        #expect(f.map(\.zone) == ["长沙高新区"])
        #expect(f.first?.value == 650_000_000)
    }

    @Test func aYearAfter从BeforeItsStartOrAnEndWordIsASpanToThePagesDay() {
        // 从1995年开始 and 从1995年…到目前: from that year to the page's day, not that year
        let page = """
        2019-12-20 来源:白沙日报
        从1995年开始,青松高新区累计完成到账外资超80亿美元。
        从1995年引进第一家外资企业到目前,青松高新区累计引进外资企业超300家,累计完成到账外资超90亿美元。
        """
        let f = facts(page)
        #expect(f.filter { $0.metric == .fdi }.count == 2)
        #expect(f.filter { $0.metric == .fdi }.allSatisfy { $0.period == Period(start: YearMonth(1995, 1), end: YearMonth(2019, 12)) })
    }

    @Test func aHeadlineGivingAFigureDatesTheBodysFiguresThatNameNoTime() {
        // a headline holding a figure is read as a paragraph for its facts; its months still date the body
        let page = """
        江西1至5月实际使用外资同比增长48.6% 增速居全国前列
        发布时间:2023-06-20 来源:白沙日报
        青松高新区实际使用外资3.2亿美元,占全省的三成。
        """
        let f = facts(page).filter { $0.zone == "青松高新区" }
        #expect(f.count == 1)
        #expect(f.first?.period == Period.months(2023, 1, 5))
    }

    @Test func aFigureInsideANameIsListedAsSuch() {
        let r = extractor.extract(text: "记者从青松高新区GDP超千亿元新闻发布会上获悉,2022年青松高新区地区生产总值达1021.5亿元。\n", file: "n.txt")
        #expect(r.value.facts.map(\.value) == [102_150_000_000])
        #expect(r.value.unread.map(\.reason) == [.inName])
        #expect(r.value.unread.first?.figure == "超千亿元")
    }

    @Test func aSubDistrictNamedAfterItsZoneOwnsTheFiguresOfTheParagraphsThatReferBackToIt() {
        // 该街道 at a paragraph's start: the sub-district named last before, not the zone named after it
        let page = """
        发布时间:2022-01-17 来源:白沙日报
        1月15日,从青松高新区白沙街道获悉,2021年,该街道经济社会各项事业取得明显成效,为青松高新区的发展做出了贡献。

        该街道一般公共预算收入完成3.2亿元。固定资产投资完成52亿元,同比增长21%;全年签约项目16个。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "白沙街道" && $0.entity == .district })
    }

    @Test func aSentenceSayingWhatTheOneBeforeWasDatesItsFigures() {
        // …完成61.8亿元。这是青松高新区今年一季度交出的“成绩单”: the quarter dates the figure before it
        let page = """
        发布时间:2019-04-18 来源:白沙日报
        工业总产值完成52.6亿元,同比增长4.2%。这是青松高新区今年一季度交出的“成绩单”。
        """
        let f = facts(page)
        #expect(f.count == 1)
        #expect(f.first?.period == Period.months(2019, 1, 3))
    }

    @Test func aMonthThatOpensASinceSpanRunsToTheArticlesMonth() {
        // 今年2月份以来: February to the dateline's month, not February alone
        let page = """
        2020年04月20日 来源:白沙日报
        今年3月份以来,青松高新区通过网络新签约项目17个,总投资52亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.period == Period(start: YearMonth(2020, 3), end: YearMonth(2020, 4)) })
    }

    @Test func aYearEndReviewTellsTheYearsResultsBeforeTheYearEnds() {
        // a page of November that reports the year: results, not plans; a page of June that does is a plan
        let review = """
        2021年11月05日 星期五
        2021年,青松高新区完成固定资产投资138.1亿元、到账外资3.05亿美元。
        """
        #expect(facts(review).map(\.kind) == [.actual, .actual])
        let plan = """
        2021年06月05日 星期六
        2021年,青松高新区完成固定资产投资138.1亿元、到账外资3.05亿美元。
        """
        #expect(facts(plan).map(\.kind) == [.target, .target])
    }

    @Test func aPageWhoseHeadlineNamesAParkIsThePark() {
        // a short head line, a figure and a park after a space (as headlines are written); the body's figures
        // without a subject are the park's, not "no zone"
        let page = """
        总投资约96亿元 青松国际生物城14个项目集中开工
        2021-09-18 来源:白沙日报
        9月17日,青松国际生物城重点项目集中开工仪式举行。此次集中开工14个项目,总投资约96亿元。
        """
        let f = facts(page)
        #expect(f.count >= 2)
        #expect(f.allSatisfy { $0.zone == "青松国际生物城" && $0.entity == .park })
        #expect(f.contains { $0.metric == .projects_started && $0.value == 14 && $0.period == Period.months(2021, 9, 9) })
    }

    @Test func aParkNamedAsASubjectStaysTheParagraphsSubject() {
        // 青松药谷…。预计全年…: the park's figures, on a zone's page; a park built (建设…产业园) owns nothing
        let page = """
        白沙高新区:生物医药产业加速集聚
        2023-12-08 来源:白沙日报
        今年1-11月,青松药谷累计签约入库项目21个,协议投资额102亿元。预计全年签约入库项目25个。
        白沙高新区加快建设新能源产业园,全年完成固定资产投资88亿元。
        """
        let f = facts(page)
        #expect(f.filter { $0.zone == "青松药谷" && $0.entity == .park }.count == 3)
        #expect(f.contains { $0.zone == "白沙高新区" && $0.metric == .fixed_asset_investment })
    }

    @Test func aPlaceARankIsCountedInOwnsNothingAfterIt() {
        // 增速在全市各区县列第二: 全市 is where the rank is counted (its units and a verb of rank between), so the
        // figures of the next clause stay the page's zone's
        let page = """
        青松高新区2020年预算执行情况
        日期:2021年03月11日
        2020年是青松高新区极不平凡的一年。全年完成GDP增长6.8%,增速在全市各区县列第二;规上工业增加值增长9.2%,增速在全市列第三;固定资产投资增长22.8%。
        """
        let f = facts(page)
        #expect(f.count == 3)
        #expect(f.allSatisfy { $0.zone == "青松高新区" && $0.entity == .zone })
    }

    @Test func aZoneTakenAsAnExampleIsTheSubjectOfWhatFollows() {
        // 以白沙高新区为例: 以 opens what a clause works by, but 为例 makes the zone the example the clauses after it
        // speak of (not the city its share is counted in)
        let page = """
        青松市软件产业发展综述
        2021-04-13 来源:青松日报
        2020年,青松市软件产业保持较快增长。截至目前,以白沙高新区为例,软件企业总数1175家,在全市占比近70%,全年引进重点项目36个,总投资超90亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "白沙高新区" })
    }

    @Test func aMarketIsNoPlace() {
        // 楼市 (the property market) in a site's path ends like a city (市) and names none: no zone 青松楼高新区
        let page = """
        当前位置:白沙房产网 > 楼市聚焦 > 青松楼市
        白沙新区服务业增加值占GDP比重将提高4个百分点
        来源: 白沙日报 2013-04-18 09:12:31
        2013年,高新区社会消费品零售总额要增长16%以上。
        """
        #expect(!facts(page).contains { $0.zone.contains("楼") })
    }

    @Test func aParkOfServicesOrSoftwareIsAPark() {
        // …软件城, …商务区 as a clause's subject are parks with figures of their own
        let page = """
        白沙高新区:服务业提速
        2023-07-20 来源:白沙日报
        2023年上半年,青松软件城引进内资60亿元,实际利用外资1800万美元。今年,青松中央商务区计划开工建设楼宇9幢。
        """
        let f = facts(page)
        #expect(f.filter { $0.zone == "青松软件城" && $0.entity == .park }.count == 2)
    }

    @Test func aLeadEndingWithASetVerbTellsOfTheCitysEvent() {
        // 3月2日，2018年青松市首批重大项目集中开工。: the lead names no event noun (仪式), yet its set verb tells of the
        // city's event: 本次集中开工… is the city's, not the zone's the page names later
        let page = """
        2018-03-03 来源:白沙日报
        3月2日,2018年青松市首批重大项目集中开工。本次集中开工共安排了209个重大项目,总投资3139亿元。
        白沙高新区共集中开工45个项目。
        """
        let f = facts(page)
        #expect(f.filter { $0.zone == "青松市" && $0.entity == .city }.count == 2)
        #expect(f.contains { $0.zone == "白沙高新区" && $0.value == 45 })
    }

    @Test func aDayOpeningALaterParagraphIsAChroniclesDayNotThePages() {
        // a yearbook's entry names no date of its own; 2012年7月5日，…召开… opening its last paragraph is a day of its
        // chronicle, not the day it was written, so its 2012 results stay results, not plans
        let page = """
        概况
        白沙农业高新技术产业示范区前身是白沙农场,成立于1950年3月,2010年改制为白沙市高效生态农业示范区,2012年6月更名为白沙农业高新技术产业示范区。全区户籍人口6099人。
        2011年9月,示范区成立党政办公室。
        2012年12月,经市政府研究决定,被明确为市政府派出机构。
        2012年,坚持规划引领,全区实现地区生产总值8.4亿元,同比增长36.4%。
        2012年示范区创建成为国家农业科技园区。
        园区规划
        2012年7月5日,白沙市政府召开关于白沙农业高新技术产业示范区建设问题的专题会议,市长主持并研究制定支持示范区加快发展的若干政策措施,明确了示范区的管理体制和运行机制。
        """
        let f = facts(page)
        #expect(f.count == 1)
        #expect(f.first?.kind == .actual)
    }

    @Test func aLeadsYearlessDayTakesTheYearItsEventIsNamedBy() {
        // no dateline; the lead gives its day without the year, and the event's name holds it: 今年 and 今天 are of
        // that year and that day, not of no time
        let page = """
        开局有力 白沙高新区24个重大项目集中开工
        记者 王青 报道
        3月6日上午,白沙高新区2025春季重大项目集中开工活动举行。
        今年,白沙高新区共实施重大项目61个。参加今天集中开工的项目24个,总投资210亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_key && $0.value == 61 && $0.period == .months(2025, 1, 12) })
        #expect(f.contains { $0.metric == .projects_started && $0.value == 24 && $0.period == .months(2025, 3, 3) })
        #expect(f.allSatisfy { $0.source.date == "2025-03-06" })
        // (a year of an account names the year before: no year of an event)
        let lexicon = try! Lexicon.builtIn().value
        let datelines = DatelineRecognizer(lexicon: lexicon)
        #expect(datelines.eventYear(in: Array("3月6日上午,白沙高新区召开2024年度表彰大会。".unicodeScalars)) == nil)
        #expect(datelines.eventYear(in: Array("3月6日上午,白沙高新区2025春季重大项目集中开工活动举行。".unicodeScalars)) == 2025)
    }

    @Test func anotherKindOfZoneInTheHeadlineHoldsTheEventItsLeadTellsOf() {
        // the headline and lead name an economic development zone, the body names the high-tech zone it lies in later;
        // 其中 after the event's own sentence parts the event's sets (开竣工: started and completed)
        let page = """
        青松市白沙区空港经开区一季度12个项目开竣工
        3月28日,青松市白沙区空港经开区举行2024年一季度重大项目集中开竣工暨蓝海科技二期项目开工仪式。
        此次集中开竣工项目共12个,总投资60.5亿元。其中,集中开工蓝海科技二期、白云生物等项目7个;集中竣工绿洲电子等项目5个。
        空港经开区作为青松高新区唯一的省级开发区,区位优势明显。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "空港经开区" && $0.metric == .projects_started && $0.value == 7 && $0.period == .months(2024, 3, 3) })
        #expect(f.contains { $0.zone == "空港经开区" && $0.metric == .projects_completed && $0.value == 5 })
        #expect(!f.contains { $0.zone == "青松高新区" })
    }

    @Test func aTownsGovernmentReportSpeaksForTheTownItsHeadNames() {
        // 我代表白沙镇人民政府向大会作工作报告: the government the report is given for, after 代表, is the page's speaker,
        // whose figures without a subject are its own, not the zone's its source line names
        let page = """
        2016年政府工作报告
        来源: 高新技术产业开发区 发布时间:2016-02-03 10:40
        各位代表:
        现在,我代表白沙镇人民政府向大会作工作报告,请予审议。
        2015年,全年实现地区生产总值91.3亿元,同比增长12%;实现固定资产投资31.5亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "白沙镇" && $0.entity == .district })
    }

    @Test func aStreetsOwnWordsAreTheStreetTheSitesPathAndHeadlineName() {
        // 全街道 is the street the page is about, named in its headline and at the end of a path written with spaces
        // (导航 : 首页 … 白沙区 青石街道), never the district before it nor the zone it lies in
        let page = """
        导航 : 首页 江苏 青松 白沙区 青石街道
        青石街道介绍
        青石街道(2011年由原青石镇改设)位于青松高新技术产业开发区中心,现隶属青松高新技术产业开发区。2011年,全街道实现工业总产值18.98亿元,国内生产总值9.61亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "青石街道" && $0.entity == .district })
    }

    @Test func aLeadOpeningWithTheDayOfTheMonthAloneIsADayOfTheDatelinesMonth() {
        // 20日上午，…签约仪式: the paper writes the day without its month, the month of its dateline; the event's sets are
        // of that month (a day later than the dateline's is of the month before)
        let page = """
        白沙高新区举行项目签约仪式 总投资31亿元的12个项目现场签约
        来源: 编辑:王青 2023-11-21 19:57:31 查看数:0
        20日上午,白沙高新区举行2023年项目签约仪式,12个项目现场签约,总投资达31亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 12 && $0.period == .months(2023, 11, 11) })
        let late = page.replacingOccurrences(of: "20日上午", with: "28日上午")
        #expect(facts(late).contains { $0.metric == .projects_signed && $0.value == 12 && $0.period == .months(2023, 10, 10) })
    }

    @Test func aSetTheEventSentenceSpeaksOfIsOfTheDatelinesMonthWhenNoLeadDatedIt() {
        // 此次集中开工的重大项目共有11项: the event the page reports, whose day the lead did not give (or gave unreadably),
        // was held in the dateline's month; the year's plan of investment with no time is the dateline's year; the
        // parts after 其中, each a kind of project and its total, are labelled parts, not the set's own totals
        let page = """
        白沙高新区又一批项目开工
        时间:2022-09-28浏览:505设置
        上午,白沙高新区第三季度重大项目集中开工活动在蓝海实验室项目现场举行。
        此次集中开工的重大项目共有11项,其中产业项目8项,总投资约36亿元,社会民生项目2项,总投资约19亿元,基础设施项目1项,总投资约1亿元。
        全区年度计划投资31.9亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 11 && $0.period == .months(2022, 9, 9) })
        #expect(!f.contains { $0.metric == .project_investment && $0.label == nil })
        #expect(f.contains { $0.metric == .project_investment && $0.label == "社会民生项目" && $0.value == 1_900_000_000 && $0.approx == .about })
        #expect(f.contains { $0.metric == .annual_investment && $0.kind == .target && $0.period == .months(2022, 1, 12) })
    }

    @Test func aParkTheHeadlineAndTheLeadSpeakOfHoldsThePageAboveAZoneItLiesIn() {
        // the headline's park (opening with the country, 中国…产业园) is again the lead's subject before any zone is
        // one: its event's sets are the park's, the zone named later only says where it lies; 累计投资 after a count of
        // signed projects is what they are to invest
        let page = """
        中国青松预制菜产业园重点项目开工
        2022-06-28 09:12:02来源:青松日报
        6月27日,中国青松预制菜产业园重点项目暨招商项目签约仪式在白沙区举行,中央厨房项目等24个项目签约,累计投资达45亿元。
        当天上午,位于白沙高新区预制菜产业园的展览馆开馆。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "中国青松预制菜产业园" && $0.entity == .park && $0.metric == .projects_signed && $0.value == 24 })
        #expect(f.contains { $0.zone == "中国青松预制菜产业园" && $0.metric == .signed_investment && $0.value == 4_500_000_000 })
        #expect(!f.contains { $0.zone == "白沙高新区" })
    }

    @Test func theZoneAnEventIsHeldInIsWhereNotWho() {
        // 开工仪式在白沙高新区举行: the zone is the venue; the park that holds the event stays the subject of what
        // follows (现场52个项目集中签约); a county zone named as the venue still names the county of 我县
        let park = """
        白石产业园开工 52个项目集中签约 总投资180亿元
        青松日报 2023-01-31 11:30
        本报讯(记者 王青)昨天,白石产业园开工仪式在白沙高新区举行。现场52个项目集中签约,总投资180亿元。
        今年共确定124个重点建设项目,总投资500亿元。
        """
        let f = facts(park)
        #expect(f.contains { $0.zone == "白石产业园" && $0.metric == .projects_key && $0.value == 124 })
        #expect(!f.contains { $0.zone == "白沙高新区" })
        let county = """
        11月12日上午,淮安高新区白沙基地项目框架协议签署仪式在东河高新区举行。
        进入四季度以来,我县举办了多场招商引资恳谈会。9月24日,在县内举办的投资说明会上,总投资11亿元的8个项目集中签约。
        """
        #expect(facts(county).contains { $0.zone == "东河县" && $0.entity == .district && $0.metric == .projects_signed && $0.value == 8 })
        // (暨 joins two events' names: 推进会暨高新区…开工仪式 names no zone 会暨高新区)
        let joined = """
        7月24日上午,青松市2023年重大项目现场推进会暨高新区光伏产业园项目开工仪式在东河高新区举行。
        本次活动共17个项目集中签约,26个项目集中开工。
        """
        #expect(facts(joined).contains { $0.zone == "东河高新区" && $0.metric == .projects_signed && $0.value == 17 })
    }

    @Test func aNumeralBeforeAPlaceSuffixCountsPlacesAndNamesNone() {
        // 经过两市不懈努力: two cities, no city named 经过两 whose zone the page's 全市 would mean
        let page = """
        南北共建园区发展纪实
        自2006年以来,经过两市不懈努力,共建园区发展迅速。
        去年,全市共建园区实现工业增加值800.8亿元。
        """
        #expect(!facts(page).contains { $0.zone.hasPrefix("经过") })
        #expect(facts(page).isEmpty)
    }

    @Test func theKindsAfterASetTakenApartAreItsPartsWhenTheyNameNoSetOfTheirOwn() {
        // …的19个项目中，有…产业13个，基础设施…项目4个: kinds with no verb of a set are (labelled) parts of the 19, even
        // where the first count of 19 read as no figure
        let page = """
        白沙高新区19个重大项目集中开工
        10月24日,白沙高新区19个项目参加全省第二次重大项目集中开工,总投资额158.5亿元。本次高新区参加省集中开工的19个项目中,有省“十强”产业13个,基础设施和新基建类项目4个,生态环保和社会民生项目各一个。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 19 })
        #expect(!f.contains { $0.metric == .projects_started && $0.value == 4 && $0.label == nil })
        #expect(f.contains { $0.metric == .projects_started && $0.value == 4 && $0.label == "基础设施和新基建类项目" })
    }

    @Test func aStockAtTheEndOfAYearStillToComeIsATarget() {
        // 31.03.2018: the count of firms a later sentence gives for the end of 2020 (到2020年, carried) is no actual yet
        let page = """
        白沙高新区正式挂牌
        31.03.2018  09:44
        据了解,白沙高新区力争到2020年,园区生产总值超过380亿元.产业结构优化实现新突破,高新技术企业数量达到80家.
        """
        #expect(facts(page).contains { $0.metric == .high_tech_enterprises && $0.value == 80 && $0.kind == .target })
    }

    @Test func whereAnOfficialServesIsNoSubjectOfTheFiguresAfter() {
        // 白沙高新区党工委书记…出席活动: the officials' offices name the zone the park lies in; the park the headline
        // and the lead speak of keeps the page (but 白沙高新区管委会主任…部署…工业总产值实现4500亿元 speaks for the zone)
        let page = """
        青松科技城重点项目集中签约开工
        12月11日,青松科技城举行2021年第四季度重点项目集中签约开工仪式。
        白沙高新区党工委书记、东河区委书记李明出席活动。
        在此次集中签约开工活动现场,签约项目共49个,总投资共89.3亿元。
        """
        #expect(facts(page).contains { $0.zone == "青松科技城" && $0.metric == .projects_signed && $0.value == 49 })
        #expect(!facts(page).contains { $0.zone == "白沙高新区" })
        let speaker = """
        白沙高新区召开工作会议
        白沙高新区管委会主任李明部署2014年主要预期发展指标:工业总产值实现4500亿元,地区生产总值实现1050亿元。
        """
        #expect(facts(speaker).contains { $0.zone == "白沙高新区" && $0.metric == .gdp && $0.kind == .target })
    }

    @Test func aQualityZonesArePraisedForNamesNoZone() {
        // 进入全国先进国家高新区的前列: no zone called 先进高新区, and the zone stays the subject
        let page = """
        白沙高新区发展综述
        2014年1月
        白沙高新区已经进入全国先进国家高新区的前列。全年实现地区生产总值900亿元。
        """
        #expect(!facts(page).contains { $0.zone.hasPrefix("先进") })
        #expect(facts(page).contains { $0.zone == "白沙高新区" && $0.metric == .gdp && $0.value == 90_000_000_000 })
    }

    @Test func aSitePathIsReadForItsHeadlineOnly() {
        // 您当前的位置 is the site's path, no "now": the headline at its end is dated as its reprint in the body, the
        // set's total with it
        let page = """
        您当前的位置:首页 > 地方新闻 > 白沙高新区9个项目开工 总投资超过180亿元
        时间:2018-11-20 19:22:36  来源:白沙日报
        17日,白沙市重大项目集中开工活动在白沙高新区举行。其中,白沙高新区集中开工青松大厦、白沙数据中心等9项目。
        """
        let f = facts(page)
        let total = f.first { $0.metric == .project_investment && $0.source.line == 1 }
        #expect(total?.period == Period.months(2018, 11, 11))
        #expect(f.contains { $0.metric == .projects_started && $0.source.line == 1 && $0.period == Period.months(2018, 11, 11) })
    }

    @Test func aShortFirstLineIsTheHeadlineWholeExclamationAndAll() {
        // 总投资84.1亿元！白沙高新区20个项目集中开工: the page's first line, short and with no clause punctuation, is
        // its headline (not the lead's first words), and its total goes with the set it names
        let page = """
        总投资84.1亿元!白沙高新区20个项目集中开工
        奋战四季度,冲刺“全年红”。10月27日,白沙高新区举行重大项目集中开工活动,集中项目共20个,计划总投资84.1亿元。
        发布时间:2023-10-28
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .project_investment && $0.source.line == 1 && $0.value == 8_410_000_000 })
        #expect(f.contains { $0.metric == .projects_started && $0.source.line == 1 && $0.value == 20 })
        // (a longer one too: its rate is a printing of its own, not the lead's repeated in one sentence)
        let longer = """
        白沙高新区上半年报——GDP增长8.4% 五大主导产业产值增长19.8%实力高新尽显韧性与活力
        今年上半年,白沙高新区交出了一份半年成绩单——GDP同比增长8.4%,31个项目集中竣工。
        发布时间:2022-07-20
        """
        #expect(facts(longer).filter { $0.metric == .gdp && $0.value == 8.4 }.map(\.source.line).sorted() == [1, 2])
    }

    @Test func aParkNamedInASentenceWithoutFiguresStaysTheSubject() {
        // 青松科技城自成立以来…。截至目前，已引进重大项目18个: on a page of a park, the park a sentence without figures
        // names is the subject of the paragraph's next sentence
        let page = """
        2022-10-09
        10月8日,青松科技城总投资253亿元的18个重大项目集中开工。
        据了解,青松科技城自成立以来,加速推动科技创新和产业发展提质增效。截至目前,已引进重大项目18个,总投资近1100亿元。
        """
        #expect(facts(page).contains { $0.zone == "青松科技城" && $0.metric == .projects_introduced && $0.value == 18 })
    }

    @Test func thePartsOfAnEventsSetAreNamedByTheirParks() {
        // 白沙科学城东河片区项目共7个、总投资90亿元, after the event's 50个重点项目集中开工: a part of the set by park
        // (片区), its count after 共, dated as the event; 高新片区 is the zone's own area, no park
        let page = """
        发布时间:2021-12-23
        12月22日,白沙科学城重点项目集中开工活动举行,共有50个重点项目集中开工,总投资达1063亿元。
        科学城东河片区项目共7个、总投资90亿元,具体包括青松产业园等。科学城西山片区项目共8个、总投资86亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "科学城东河片区" && $0.entity == .park && $0.metric == .projects_started && $0.value == 7 && $0.period == Period.months(2021, 12, 12) })
        #expect(f.contains { $0.zone == "科学城西山片区" && $0.metric == .project_investment && $0.value == 8_600_000_000 })
        let zone = """
        白沙高新区简报
        发布时间:2012-12-26
        截至12月中旬,高新片区累计新开工项目63个。
        """
        #expect(facts(zone).contains { $0.zone == "白沙高新区" && $0.metric == .projects_started && $0.value == 63 })
    }

    @Test func aParkNamedAfterTheZoneInAClauseWithoutFiguresIsNoSubject() {
        // 全区地区生产总值达到1767.3亿元，…，东区青松片区蓄力勃发: the park's clause says no figure; the targets after are
        // still the zone's
        let page = """
        白沙高新区工作报告
        发布时间:2024-01-20
        2023年,全区地区生产总值达到1767.3亿元,同比增长7.3%,东区青松片区蓄力勃发。2024年,地区生产总值增长7%左右。
        """
        #expect(facts(page).contains { $0.zone == "白沙高新区" && $0.metric == .gdp && $0.unit == .percent && $0.value == 7 })
        #expect(!facts(page).contains { $0.zone.hasSuffix("片区") })
    }

    @Test func aLeadsDatelineAfterTheHeadlineAndASummaryDatesThePage() {
        // the page's headline, a line of its own, is not one of the two paragraphs a lead's dateline is looked for in
        let page = """
        白沙高新区21个重大项目集中投产 总投资367.3亿元
        本文摘要:白沙高新区7日举行2022年重大项目集中投产活动。

          青松新闻网白沙11月7日电 (记者 李明)白沙高新区7日举行2022年重大项目集中投产活动。

          今年以来,白沙高新区新签约项目85个,新投产项目37个。
        """
        #expect(facts(page).contains { $0.metric == .projects_signed && $0.value == 85 && $0.period == Period.months(2022, 1, 11) })
    }

    @Test func aYearOfTheZonesFoundingDatesNothing() {
        // 白沙高新区成立于1991年: the zone's history; a page with no other year and no dateline has no year, so a
        // lead's day without one dates nothing
        let page = """
        2月21日上午,白沙高新区举行一季度扩大有效投资项目集中开工活动。集中开工的建设项目共21个,总投资97亿元。
        白沙高新区成立于1991年,是首批国家级高新区。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 21 && $0.period == nil })
        #expect(!f.contains { $0.period?.end.year == 1991 })
        // (with the year named elsewhere, the lead's day is of that year)
        let dated = page.replacingOccurrences(of: "一季度扩大", with: "2023年一季度扩大")
        #expect(facts(dated).contains { $0.metric == .projects_started && $0.value == 21 && $0.period == Period.months(2023, 2, 2) })
    }

    @Test func aParagraphBreakingTheSetDownByOwnerGivesEachOwnersPart() {
        // 分县市区、开发区看，奎文区22个，总投资234.3亿元: the owners' parts of the event's set, with their totals,
        // on the event's day (a list of the kinds of owner in the lead)
        let page = """
        青松市重点项目集中开工活动举行
        发布时间:2022-09-05 09:49:00

        9月3日上午,我市举行重点项目集中开工活动。参加此次集中开工活动的重大项目共347个、总投资1942亿元。

        分县市区、开发区看,东河区22个,总投资234.3亿元;西山区16个,总投资60.4亿元;白沙高新区28个,总投资150亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "东河区" && $0.metric == .projects_started && $0.value == 22 && $0.period == Period.months(2022, 9, 9) })
        #expect(f.contains { $0.zone == "东河区" && $0.metric == .project_investment && $0.value == 23_430_000_000 && $0.period == Period.months(2022, 9, 9) })
        #expect(f.contains { $0.zone == "白沙高新区" && $0.metric == .projects_started && $0.value == 28 })
    }

    @Test func aCitysPaperInTheLeadsCreditNamesThePagesCity() {
        // 本报讯(青松日报全媒体记者 李明): the city's paper, so the bare 高新区 of a page that names no zone is
        // the city's zone
        let page = """
        第A02版:
        高新区
        力争高新技术企业总数突破170家

        本报讯(宜昌日报全媒体记者 李明)2月23日下午,在全市2023年一季度新闻发布会上,高新区负责人介绍了去年工作情况,高新区生产总值完成205.87亿元,增长7.2%,增速居全市第2位;规模以上工业增加值增长11.2%,增速居全市第1位;固定资产投资增长20.1%。
        """
        #expect(facts(page).contains { $0.zone == "宜昌高新区" && $0.metric == .gdp && $0.value == 20_587_000_000 })
    }

    @Test func aRepostsDatelineYearsAfterTheLeadsEventLeavesTheEventsYear() {
        // 2024-11-13 above a lead whose event names 2022 (召开2022年上半年工作总结…大会。今年上半年，…): a repost; the text
        // was written in 2022, and its 今年 is 2022 (the dateline's line, long with its address, is not the lead)
        let page = """
        白沙高新区生产总值全市第一
        2024-11-13 09:06:27  作者:某某  网址:https://example.com/know/bgt118611.html

        8月4日下午,白沙高新区召开2022年上半年工作总结暨下半年工作部署大会。今年上半年,白沙高新区地区生产总值232.7亿元,同比增长3.3%。
        """
        #expect(facts(page).contains { $0.metric == .gdp && $0.value == 23_270_000_000 && $0.period == Period.months(2022, 1, 6) })
    }

    @Test func aSitesPathIsALineOfItsOwnAndABareHighTechParkIsTheCitysZone() {
        // 宜昌新闻网 >> 图片中心 >> 宜昌图闻 above the headline: its last part does not run into the headline's name;
        // the bare 高新园区 of the page is the city's zone
        let page = """
        [设为首页]  [加入收藏]
           宜昌新闻网 >> 图片中心 >> 宜昌图闻
        高新园区奏响高质量发展“最强音”
        来源:宜昌新闻网 作者:记者 李明 2020年08月04日09:44:00

          今年以来,高新园区深入实施招商选资一号工程,累计签约项目9个,总投资25.58亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "宜昌高新区" && $0.metric == .projects_signed && $0.value == 9 })
        #expect(!f.contains { $0.zone.contains("图闻") })
    }

    @Test func aListLineOpeningWithAnOwnersCountIsItsPartOfTheEventsSet() {
        // - 东河区35个,总投资209.8亿元 under the event's set: the owner's part, with its total
        let page = """
        发布时间:2021-11-06
        11月5日上午,宜昌市重大项目集中开工活动在东河区举行。本次集中开工的重大项目共有151个,计划总投资811亿元。
        集中开工重大项目汇总表
        - 东河区35个,总投资209.8亿元
        - 宜昌高新区6个,总投资21亿元
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "东河区" && $0.metric == .projects_started && $0.value == 35 && $0.period == Period.months(2021, 11, 11) })
        #expect(f.contains { $0.zone == "宜昌高新区" && $0.metric == .project_investment && $0.value == 2_100_000_000 })
    }

    @Test func aRoundedHeadlinesGrowthRateIsAPrintingOfItsOwn() {
        // 白沙高新区前三季度GDP超2000亿元 增长11.1%: the rounded amount is the body's again (listed, no fact); its
        // growth rate is a rate printed alone, a fact of the headline's sentence
        let page = """
        白沙高新区前三季度GDP超2000亿元 增长11.1%
        发布时间:2021-10-28
        前三季度,白沙高新区实现地区生产总值2010.5亿元,同比增长11.1%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .gdp && $0.unit == .percent && $0.value == 11.1 && $0.source.line == 1 })
        #expect(!f.contains { $0.metric == .gdp && $0.unit == .CNY && $0.value == 200_000_000_000 })
    }

    @Test func aCitysPaperOnTheSourceLineNamesThePagesCityBeforeCountiesTheTextNames() {
        // 来源:宜昌日报 on a page whose text names 宜都市 among the counties: the event's set is 宜昌市's
        let page = """
        激发区域经济发展新活力
        2018-08-31 10:30:07  来源:宜昌日报  责编:李明

          8月29日上午,随着宜昌市委书记发出开工令,秋季项目集中开工正式启动。
          “这是今年第二次全市项目集中开工活动。”市发改委主任介绍说,此次集中开工的52个项目,总投资464.7亿元。
          这些项目超过7成属于宜昌市重点产业。
          其中,东河区集中开工项目5个,位居全市之首;其次为高新区、宜都市和远安县,各4个。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "宜昌市" && $0.metric == .projects_started && $0.value == 52 })
        #expect(!f.contains { $0.zone == "宜都市" && $0.value == 52 })
    }

    @Test func aListLeadEndingInAColonGivesItsKindToTheNumberedItemsUnderIt() {
        // 2015年预计主要经济指标完成：⏎1、…: the items are estimates; a lead of outcomes (完成情况：) gives none
        let page = """
        青松高新区发展现状
        来源:未知 日期:2016-01-12
        一、2015年经济运行情况
        2015年预计主要经济指标完成:
        1、规模以上工业总产值412亿元,同比增长6%;
        2、固定资产投资38亿元,同比下降4%。
        3、实际利用外资2.1亿美元。
        二、年度目标完成情况:
        1、地区生产总值186亿元,增长7%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 41_200_000_000 && $0.kind == .estimate })
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.value == 3_800_000_000 && $0.kind == .estimate })
        #expect(f.contains { $0.metric == .fdi && $0.value == 210_000_000 && $0.kind == .estimate })
        #expect(f.contains { $0.metric == .gdp && $0.value == 18_600_000_000 && $0.kind == .actual })
    }

    @Test func aYearLeadingAStatementOfPlansDatesNothing() {
        // 2019年，白沙区将在…打头阵: the year of plans; 今年 is the year of the December meeting
        let page = """
        白沙区召开全会
        12月20日,中共白沙区委全体会议召开。2018年,白沙区完成地区生产总值471亿元,增长6%。
        今年,白沙区新增高新技术企业108家。
        2019年,白沙区将在全面振兴中打头阵、当先锋。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .high_tech_enterprises && $0.value == 108 && $0.period == Period.months(2018, 1, 12) })
    }

    @Test func aHighTechAreaOfADemonstrationZoneIsTheZone() {
        // 沈大自主创新示范区大连高新片区: the zone 大连高新区
        let page = """
        发布时间:2023-01-10
        2022年,沈大自主创新示范区大连高新片区实现地区生产总值400.1亿元,增长8.7%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "大连高新区" && $0.metric == .gdp && $0.value == 40_010_000_000 })
    }

    @Test func anAmountRightAfterSigningIsTheSignedInvestment() {
        // 签约209亿元: signed investment; 签约投资20亿元的…项目 is one project's
        let page = """
        青松高新区视频签约186亿元
        来源:青松日报 发布日期:2020-03-10
        近日,青松高新区举行2020年招商项目视频签约仪式,签约项目12个,签约项目总投资186亿元。
        会上还集中签约投资20亿元的新材料产业化项目。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 18_600_000_000 && $0.source.line == 1 })
        #expect(!f.contains { $0.value == 2_000_000_000 })
        // (the year in the event's name is its edition: the figures are of the event's month)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 12 && $0.period == Period.months(2020, 3, 3) })
    }

    @Test func aDayTheNewsWasToldIsNoEventAndTheTimeItOpensWithDatesTheFiguresAfter() {
        // 15日，记者从市统计局获悉，前九月…。…完成工业产值…: the first nine months, not October
        let page = """
        2015-10-16 10:00:03 宜昌日报
          15日,记者从市统计局获悉,前九月全市工业生产平稳向好。初步统计,全市规模以上工业企业完成工业产值1292.7亿元,同比增长9.5%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 129_270_000_000 && $0.period == Period.months(2015, 1, 9) })
    }

    @Test func aSlogansVerbBeforeTheCitySuffixNamesNoCity() {
        // “工业强市、产业兴市”: slogans, no city; the page's 全市开发区 stays the city's parks together
        let page = """
        发布时间:2021-06-16
        6月15号,市政府新闻办召开推动开发区高质量发展助力“工业强市、产业兴市”三年攻坚突破行动新闻发布会。
        2021年一季度,全市开发区完成固定资产投资59.49亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "全市开发区" && $0.metric == .fixed_asset_investment && $0.value == 5_949_000_000 })
        #expect(!f.contains { $0.zone.contains("兴市") })
    }

    @Test func aSectionHeadingsYearDatesItsFiguresNotTheYearTheHeadlineGivesTheReportIn() {
        // 2022年…政府工作报告 … 一、2021年工作回顾: the year reviewed; 二、2022年目标任务: the year planned for
        let page = """
        2022年青松区政府工作报告
        —— 2022年1月20日在青松区第二届人民代表大会第一次会议上
        各位代表:
        现在,我代表青松区人民政府,向大会作工作报告,请予审议。
        一、2021年工作回顾
        过去一年,全区迎难而上。一是聚焦产业谋发展。规上工业总产值达到1554.58亿元;固定资产投资增长5.3%。
        二、2022年目标任务
        全年计划新签约项目50个。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 155_458_000_000 && $0.period == Period.months(2021, 1, 12) })
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.unit == .percent && $0.period == Period.months(2021, 1, 12) })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 50 && $0.kind == .target && $0.period == Period.months(2022, 1, 12) })
    }

    @Test func aNumberedSectionHeadingRightUnderTheHeadlineDatesItsFiguresToo() {
        // 一、2014年工作回顾 straight after the headline and its date lines: 全年 is 2014, not the report's 2015
        let page = """
        青松高新区2015年工作报告
        2017-04-28 00:00
        一、2014年工作回顾
        ——经济保持平稳较快增长。全年完成规上工业增加值增长14%;固定资产投资626亿元,增长17%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.value == 62_600_000_000 && $0.period == Period.months(2014, 1, 12) })
    }

    @Test func theCityOfTheOfficeTheNewsCameFromIsWhat全市Means() {
        // 记者从绍兴市商务局了解到，全市…; the county-level cities listed after it are parts, not the page's city
        let page = """
        记者昨日(26日)从绍兴市商务局了解到,全市一季度实际使用外资2.8亿美元,增长13.3%。实际使用外资方面,增幅高于全市平均水平的有高新区、诸暨市、嵊州市。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "绍兴市" && $0.entity == .city && $0.metric == .fdi && $0.value == 280_000_000 })
    }

    @Test func aZoneListedAmongPlacesIsNotTheSubjectTheNextParagraphGoesOnWith() {
        // 福安市、福鼎市、宁德高新区四个载体…: one of the places a list names; the city's figures after stay the city's
        let page = """
        记者19日从宁德市商务局获悉,1-10月,全市实际使用外资38.7亿元,增长32.5%。

        福安市、福鼎市、宁德高新区三个载体已提前完成年度任务。

        服务业是外商投资的热点,实际使用外资13.05亿元,增长63.8%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "宁德市" && $0.metric == .fdi && $0.value == 1_305_000_000 })
        #expect(!f.contains { $0.zone.contains("高新区") })
    }

    @Test func aHeadlineTellingOfASetOfProjectsIsTheEventOfThePagesDays() {
        // 临沂高新区18个重大项目集中开工，总投资109.6亿元！ under a site path, on a page dated 2023-02-15: that month's
        let page = """
        首页>园区 > 园区动态 > > 正文
        青松高新区18个重大项目集中开工,总投资109.6亿元!
        2023-02-15 13:52:59
        来源:青松高新区
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 18 && $0.period == Period.months(2023, 2, 2) })
        #expect(f.contains { $0.metric == .project_investment && $0.value == 10_960_000_000 && $0.period == Period.months(2023, 2, 2) })
    }

    @Test func aPlaceAfter在OpeningItsOwnClauseIsWhatTheSentenceSpeaksOf() {
        // 在陈江街道，今年上半年实现…: the street's figures, not the zone's the page is about
        let page = """
        2022-07-20
        青松高新区上半年地区生产总值增长5%。
        在陈江街道,今年上半年实现高新技术产业产值161亿元,新增高新技术企业50家。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "陈江街道" && $0.metric == .high_tech_enterprises && $0.value == 50 })
        #expect(!f.contains { $0.zone == "青松高新区" && $0.metric == .high_tech_enterprises })
    }

    @Test func aFieldsLabelBeforeItsColonNamesNoZone() {
        // 发布开发区：…: the site's label for the zone that publishes, not a zone called 发布开发区
        let page = """
        您现在的位置:首页 > 开发区新闻 > 青城 > 文字新闻
        42.9亿元!龙湖区第三季度云签约活动举行!
        发布时间:2022-09-28  来源:龙湖发布,投资促进部  发布开发区:青松高新技术产业开发区

        9月23日,龙湖区举行2022年第三季度招商项目云签约活动。

        此次集中签约项目共12个,总投资42.9亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 12 })
        #expect(!f.contains { $0.zone.contains("发布") })
    }

    @Test func aSitesPathAboveTheHeadlineLeavesTheHeadlineItsCity() {
        // 当前位置: 首页>…>市县 above 鞍山今年已签约…: the headline under the path speaks for the city, and 全市 is it
        let page = """
        当前位置: 首页>辽宁要闻>市县

        鞍山今年已签约超亿元项目31个 计划投资额188.5亿元

        日期:2024-06-12 09:10 来源:某某日报

        鞍山市深入开展招商引资攻坚行动,主动出击,跑出招商加速度。

        截至目前,全市新签约千万元以上项目40个、计划投资额196.2亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "鞍山市" && $0.metric == .projects_signed && $0.value == 31 })
        #expect(f.contains { $0.zone == "鞍山市" && $0.metric == .projects_signed && $0.value == 40 })
    }

    @Test func aParksNameGoingOnFromACitysInTheHeadlineKeepsThePageFromTheCity() {
        // 安徽合肥青松苑58项目签约: the park's set, whose name opens with its city's, is no figure of the city
        let page = """
        某某商报官网 > 安徽 > 本地新闻

        安徽合肥青松苑58项目签约 总投资65亿

        2018-12-10

        12月8日,青松苑项目签约会在青松高新区举行,现场签约项目58个,总投资约65亿元。
        """
        let f = facts(page)
        #expect(!f.contains { $0.zone == "合肥市" })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 58 })
    }

    @Test func zonesARankIsCountedAmongAndATitleWonAreNoSubject() {
        // …在全省47个省级开发区中排名第一，10个省级高新区中排名第二，连续5年荣获优秀省级高新区: the zones the rank is
        // counted among and the title won are not what the next paragraph's figures are of
        let page = """
        近日,省里公布了2023年度省级开发区考核评价结果,松山工业园区(高新区)在全省47个省级开发区中排名第一,10个省级高新区中排名第二,连续5年荣获优秀省级高新区。
        2023年,松山工业园区(高新区)以项目建设为抓手,高质量发展取得明显成效。全年新增纳统企业30家,其中规模以上工业企业52家,完成固定资产投资48.3亿元。
        """
        let f = facts(page)
        // (松山工业园区(高新区): the park is the high-tech zone too, named as such zones are, 松山高新区)
        #expect(f.contains { $0.zone == "松山高新区" && $0.entity == .zone && $0.metric == .fixed_asset_investment })
        #expect(!f.contains { $0.zone.contains("省级") })
    }

    @Test func theYearOfAPlacesFoundingDatesNothingOfThePage() {
        // 於1984年獲批建設 (traditional script): the zone's history, not the year 今年1月至10月 is of
        let page = """
        今年前10月 青松經開區外貿進出口額5981億

        今年1月至10月,該市9個經濟技術開發區實現外貿進出口額5981.9億元。

        據介紹,青松經濟技術開發區於1984年獲批建設。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .trade_total && $0.value == 598_190_000_000 })
        #expect(!f.contains { $0.period != nil })
    }

    @Test func aPlansYearIsThePagesWhereThePageNamesNoOther() {
        // 10月25日 … 力争2010年实现…；完成固定资产投资350亿元: the page's plans are for 2010, its own year, so the
        // lead's day is of 2010 and the plan holds over the list after the ；
        let page = """
        10月25日,青松高新区召开全区干部会议,部署安排今后工作。
        目前,高新区正在努力全面完成好今年各项工作任务。力争2010年实现地区生产总值200亿元,增长26%;完成固定资产投资350亿元,增长70%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.kind == .target })
        #expect(!f.contains { $0.kind == .actual })
    }

    @Test func anAgencysDatelineLaterInTheYearThanAMirrorsDateIsOfTheYearBefore() {
        // 发布时间:2024-11-15 above 新华社 青松12月20日电: the mirror posted in November a report of a December, so
        // of 2023's; its 前三季度 is 2023's
        let page = """
        青松高新区前三季度生产总值增长6.2%

        发布时间:2024-11-15 08:15:22 来源: 转载

           新华社 青松12月20日电 (记者 王青)记者从青松高新区管委会获悉,前三季度,青松高新区实现地区生产总值386.4亿元,同比增长6.2%,规模以上工业增加值同比增长7.5%,经济运行稳中向好。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .gdp && $0.value == 38_640_000_000 && $0.period?.start == YearMonth(2023, 1) && $0.period?.end == YearMonth(2023, 9) })
        #expect(!f.contains { $0.period?.end.year == 2024 })
    }

    @Test func aPlansHorizonOpeningAParagraphMakesItsFiguresTargets() {
        // 到2027年，…: a paragraph that opens with the year its plan looks to, on a page of no date, tells plans
        let page = """
        青松高新区发布新兴产业三年行动方案

        到2027年,新能源产业规上工业产值达到1500亿元,青松高新区地区生产总值达到900亿元。

        2024年,青松高新区实现地区生产总值612亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .gdp && $0.value == 90_000_000_000 && $0.kind == .target })
        #expect(f.contains { $0.metric == .gdp && $0.value == 61_200_000_000 && $0.kind == .actual })
        #expect(!f.contains { $0.value == 90_000_000_000 && $0.kind == .actual })
    }

    @Test func aHorizonThePageHasPassedIsNoPlan() {
        // 到2020年，… on a page of 2021: what the years to 2020 reached
        let page = """
        青松高新区“十三五”发展回顾

        2021-02-05

        到2020年,青松高新区地区生产总值达到520亿元,高新技术企业达到310家。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .gdp && $0.value == 52_000_000_000 && $0.kind == .actual })
    }

    @Test func aQuestionsMeasureWordBeforeADistrictsSuffixNamesNoPlace() {
        // 韶关哪个区最有潜力: 哪个区 asks, it names no district; 全区 is the zone the page names
        let page = """
        韶关哪个区最有潜力
        韶关大旺经济开发区最有潜力。
        2002年,韶关高新区迁园大旺,实行一套班子两块牌子。
        2023年,全区实现地区生产总值182.6亿元,比上年增长9.1%;完成固定资产投资95.3亿元,增长12%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "韶关高新区" && $0.metric == .gdp && $0.value == 18_260_000_000 })
        #expect(!f.contains { $0.zone.contains("哪") })
    }

    @Test func aCityAfterAVerbOfAResultIsTheObjectsNotTheOwnerOfTheFiguresAfter() {
        // 完成全市…图谱编制: the city the chains are of; the zone's report goes on with the zone's figures
        let page = """
        渭南高新区2025年工作总结

        发布机构:渭南高新区管委会 发文日期:2026-01-20

        一是项目策划有深度。完成全市新型显示、集成电路等5条重点产业链图谱编制,全年生成策划项目860个。二是招商引资有力度。累计签约项目214个,实际利用外资约1.8亿美元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "渭南高新区" && $0.metric == .projects_signed && $0.value == 214 })
        #expect(!f.contains { $0.metric == .projects_signed && $0.zone != "渭南高新区" })
    }

    @Test func anAgencysDatelineEarlierThanAMirrorsDateDatesTheReport() {
        // 2020年06月24日 above 中新网四川新闻5月6日电: the report of May 6, so 一季度以来 runs to May
        let page = """
        青松高新区:聚力优势产业强链补链

        2020年06月24日17:41  来源:中新网四川

          中新网四川新闻5月6日电 (记者 李青)记者6日从青松高新区获悉,一季度以来,青松高新区新签约项目9个,协议投资额41.6亿元,到位资金28.2亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 9 && $0.period?.end == YearMonth(2020, 5) })
        #expect(!f.contains { $0.period?.end == YearMonth(2020, 6) })
    }

    @Test func aCitysEventWithItsZoneAsOneItemOfABreakdownByPlaceIsTheCitys() {
        // 6月1日，泸州市…集中开工 and then 其中，合江县9个…；高新区3个…: the page is the city's, its set and total the city's;
        // 高新区 is one of its places, the city's zone; the year of the batch's name leaves the day's month
        let page = """
        6月1日,泸州市2019年第三批26个重大项目集中开工。市领导出席开工仪式并宣布项目开工。
        本次集中开工仪式设在某产业园项目施工现场。集中开工的项目共26个,总投资88亿元,2019年计划投资31亿元。其中,合江县9个,总投资40亿元;纳溪区5个,总投资12亿元;高新区3个,总投资14亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "泸州市" && $0.metric == .projects_started && $0.value == 26 && $0.period == Period.months(2019, 6, 6) })
        #expect(f.contains { $0.zone == "泸州市" && $0.metric == .project_investment && $0.value == 8_800_000_000 })
        #expect(f.contains { $0.zone == "泸州高新区" && $0.metric == .projects_started && $0.value == 3 })
        #expect(f.contains { $0.zone == "泸州高新区" && $0.metric == .project_investment && $0.value == 1_400_000_000 })
        #expect(!f.contains { $0.zone == "泸州高新区" && ($0.value == 26 || $0.value == 8_800_000_000) })
    }

    @Test func aTablesCellsPrintedOneALineThatMakeNoTableGiveNoSectionYear() {
        // 指标名称 |⏎2007年 |⏎…: cells of a table, not a heading naming the year the next paragraphs speak of
        let page = """
        2008年青松高新区国民经济和社会发展统计公报
        (2009年3月18日)

        2008年畜牧业生产平稳发展。
        指标名称 |
        2007年 |
        比上年增长(±%) |
        肉类总产量 |
        2884吨 |
        3.3 |
        三、工业
        2008年工业生产快速增长。规模以上工业企业完成工业增加值10.92亿元,比上年增长15.3%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_value_added && $0.value == 1_092_000_000 && $0.period == Period.months(2008, 1, 12) })
        #expect(!f.contains { $0.period?.end.year == 2007 })
    }

    @Test func aGovernmentsReportPrintedAsOneLineSpeaksForThePlaceItsCongressMeetsIn() {
        // (…在青松市江岸区第三届人民代表大会…上)…《青松高新区(江岸)…纲要》: the district's report, whatever zone a title names
        let page = """
        您好,欢迎访问文档站
        当前位置:首页 > 办公文档 > 2012年政府工作报告
        1区人大文件政府工作报告(2012年2月20日在青松市江岸区第三届人民代表大会第六次会议上)江岸区人民政府区长李明各位代表:现在,我代表区人民政府向大会报告工作,并作《青松高新区(江岸)国民经济和社会发展第十二个五年规划纲要》的说明。一、2011年工作回顾全区实现生产总值211.4亿元,增长12.6%;全社会固定资产投资98亿元,增长6.5%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松市江岸区" && $0.entity == .district && $0.metric == .gdp && $0.value == 21_140_000_000 })
        #expect(!f.contains { $0.zone.contains("高新区") })
    }

    @Test func aYearSinceInAReportOfTheNextJanuaryIsThatYearAndNowIsThePagesDay() {
        // 2019年以来 on a page of January 2020: the year just ended; 截止目前 after it: the page's month, not 2019's;
        // 新增科创板企业: firms newly listed on the STAR board
        let page = """
        青松高新区经济发展综述
        发布时间：2020-01-09

        青松高新区管委会介绍,2019年以来,青松高新区新增主板上市企业3家,新增科创板企业2家。截止目前,国家高新技术企业总数约860家。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .listed_companies && $0.value == 3 && $0.period == Period.months(2019, 1, 12) })
        #expect(f.contains { $0.metric == .listed_companies && $0.value == 2 && $0.period == Period.months(2019, 1, 12) })
        #expect(f.contains { $0.metric == .high_tech_enterprises && $0.value == 860 && $0.period == Period(start: nil, end: YearMonth(2020, 1)) })
    }

    @Test func aRankingsPlaceAfterItsWordsOwnsItsFigureAndARatePastASemicolonIsNotIts() {
        // …最高的是江岸区，达到309.4亿元: the place after 的是 is the figure's owner; …；…增长最快的是高新区，增幅达21.7%:
        // another owner's rate, past the ；, no rate of 309.4亿元
        let page = """
        来源：青松日报

        2018年，青松市高新技术产业产值达1244.9亿元，同比增长11.8%。各区高新技术产业产值也实现了稳定增长，其中高新技术产业产值最高的是江岸区，达到309.4亿元；高新技术产业产值同比增长最快的是高新区，增幅达21.7%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "江岸区" && $0.value == 30_940_000_000 && $0.yoyPct == nil })
        #expect(!f.contains { $0.zone == "青松市" && $0.value == 30_940_000_000 })
    }

    @Test func aPagesAddressDatesItInEveryFormSitesWriteIt() {
        // a saved page's address line: /2025/05/ (a month), t20240124_ (a day), /2015-05/11/ and /202207/11/
        // (a month and a day): 去年 counts from it
        let forms = ["http://www.qingsong-news.cn/443516/2025/05/38940432.html": Period.months(2024, 1, 12),
                     "https://www.qsgxq.gov.cn/zsyz/202401/t20240124_86096331.html": Period.months(2023, 1, 12),
                     "http://tp.qingsong.com/content_p/2015-05/11/content_22753.html": Period.months(2014, 1, 12),
                     "http://paper.qingsong.com/pc/content/202207/11/content_127824.html": Period.months(2021, 1, 12)]
        for (address, period) in forms {
            let page = address + "\n" + """
            去年,青松高新区地区生产总值完成77.89亿元,同比增长9.5%。
            """
            #expect(facts(page).contains { $0.metric == .gdp && $0.period == period }, "\(address)")
        }
    }

    @Test func anAddressIsALineOfItsOwnAndNoProse() {
        // an address that carries the headline in its slug is not joined to the lead under it, whose day (no year)
        // takes the year the lead names
        let slug = """
        https://news.qingsong.com/newspage/青松高新区2024年一季度重点项目集中开工，产业提速_82106.html
        2月18日,青松高新区举办2024年一季度重点项目集中开工活动,集中开工32个项目,总投资346亿元。
        """
        #expect(facts(slug).contains { $0.metric == .projects_started && $0.value == 32 && $0.period == Period.months(2024, 2, 2) })
        // the ? of an address ends no sentence: the dateline under a long menu is still the head's
        var menu = ["http://www.qingsong-library.net.cn/wenxian/content.php?id=75865", "振兴东北内容"]
        menu += (1...24).map { "青松地方文献数据库\($0)" }
        menu += ["文章标题: 上半年青松省高新区经济增长", "作者: 石文", "日期: 2021-08-10", "",
                 "上半年,全省高新区实现地区生产总值1800.2亿元,同比增长12.1%。", "",
                 "高新区经济总量快速增长的同时,质量也显著提高。", "", "工业经济运行良好,创新能力持续增强。"]
        #expect(facts(menu.joined(separator: "\n")).contains { $0.metric == .gdp && $0.value == 180_020_000_000 && $0.period == Period.months(2021, 1, 6) })
    }

    @Test func anEventNamedForAMonthDatesItsSetsAndALeadOfItsOwnOpensNoOtherTopic() {
        // of events joined by 暨 the one whose name holds the month (6月份重点项目签约仪式) dates the sets of the event,
        // and a paragraph that opens with a short lead (据了解，参与此次签约的…) still speaks of that event
        let page = """
        http://paper.qingsong.com/pc/content/202207/11/content_127824.html
        近日，在青松高新区举行的人才安居宣传月启动仪式暨6月份重点项目签约仪式上，多家企业与高新区签约。
        据了解，参与此次签约的15个项目涵盖新能源、生物医药等领域。
        """
        #expect(facts(page).contains { $0.metric == .projects_signed && $0.value == 15 && $0.period == Period.months(2022, 6, 6) })
    }

    @Test func slogansListsAndVerbsNameNoPlace() {
        // 工业强县 in a county's slogan, …、义洁等县四大家领导 (a list of people closed by 等) and 完成 before a park's
        // name name no county and no part of the park: the figures stay the page's county's and the park's
        let page = """
        青松县：项目建设提速
        今年以来，青松县坚定实施“生态立县、工业强县”战略。1-10月，全县完成工业总产值90.6亿元，同比增长26%。
        2月26日上午，青松县重大项目集中开工仪式在青松高新区举行，段建、吴臣、义洁等县四大家领导出席仪式。
        这一年，克服困难，完成紫城工业园首期基础设施建设，引进落户项目31个。
        """
        let f = facts(page)
        #expect(!f.contains { $0.zone.contains("强县") || $0.zone.contains("等县") || $0.zone.hasPrefix("完成") })
        #expect(f.contains { $0.zone == "青松县" && $0.metric == .industrial_output && $0.value == 9_060_000_000 })
        #expect(f.contains { $0.zone == "紫城工业园" && $0.value == 31 })
    }

    @Test func aParkOpeningThePagesTextIsWhatItsBareWordMeans() {
        // a page that opens with a park as its subject (苏州工业园区于1994年…设立) and names no zone: its bare 园区 is the
        // park, not the city's high-tech zone
        let page = """
        https://www.qingsong.com/show-119.html
        青松工业园区于1994年2月经国务院批准设立，行政区划面积288平方公里。
        2012年，园区实现地区生产总值1738亿元，比上年增长10.7%。
        """
        #expect(facts(page).contains { $0.zone == "青松工业园区" && $0.metric == .gdp && $0.value == 173_800_000_000 })
    }

    @Test func aClauseOfWhatTheWorkIsForNeitherMarksNorHidesTheEventAfterIt() {
        // 为进一步聚焦年度目标任务，…: 目标 is the aim pursued, no target of the event's figures; the day opening the clause
        // after it dates the event; each place's share after it, framed (在开工的…项目中) or not, is its own, of that month
        let page = """
        http://www.qingsong-news.com/bagua/20220424/44905.html
        为进一步聚焦年度目标任务，全面加快重大项目建设进度，4月22日，青松市举行二季度全市重大产业项目集中开工活动，开工重大产业项目112个，计划总投资894.9亿元。
        记者了解到，在开工的重大产业项目中，沭阳县开工24个项目，计划总投资170.5亿元；泗阳县开工23个项目，计划总投资155亿元。
        """
        let f = facts(page)
        let april = Period.months(2022, 4, 4)
        #expect(f.contains { $0.zone == "青松市" && $0.metric == .projects_started && $0.value == 112 && $0.kind == .actual && $0.period == april })
        #expect(f.contains { $0.zone == "沭阳县" && $0.metric == .projects_started && $0.value == 24 && $0.period == april })
        #expect(f.contains { $0.zone == "沭阳县" && $0.metric == .project_investment && $0.value == 17_050_000_000 && $0.period == april })
        #expect(f.contains { $0.zone == "泗阳县" && $0.metric == .projects_started && $0.value == 23 && $0.period == april })
    }

    @Test func aNewAreaIsNamedOnlyByAShortNameOpeningItsClause() {
        // 申报进入天府新区 (a verb and its object before 新区) names no area: the figures stay the page's zone's
        let page = """
        青松高新区重点项目建设情况
        2012年，青松高新区申报进入天府新区的重点项目124个，总投资1200亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .projects_key && $0.value == 124 })
        #expect(!f.contains { $0.zone.contains("天府") })
    }

    @Test func aSentenceOpeningWithTheBareProjectWordSpeaksOfTheSetJustCounted() {
        // 27个项目集中开工。项目涵盖了…领域，总投资达238亿元: the total of those projects, not of one project
        let page = """
        青松高新区重大项目集中开工
        8月5日上午，青松高新区举行2020年重大重点项目集中开工仪式，27个项目集中开工。项目涵盖了移动智能终端、LED、航空等多个产业领域，总投资达238亿元。
        """
        #expect(facts(page).contains { $0.metric == .project_investment && $0.value == 23_800_000_000 && $0.period == Period.months(2020, 8, 8) })
    }

    @Test func aParkWordInACityGovernmentsReportIsTheCitysParksAndTheZoneWordTheCitysZone() {
        // 园区 in a city's report that names no zone: the city's parks together (青松市园区), as 全市工业园区 is; 高新区 there
        // is still the city's zone
        let page = """
        2025年青松市政府工作报告
        各位代表：
        现在，我代表市人民政府，向大会报告政府工作。
        ——这一年，园区改革发展实现重大突破。2024年，园区规上工业总产值突破1000亿元，高新区引进项目55个。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松市园区" && $0.entity == .collective && $0.metric == .industrial_output && $0.value == 100_000_000_000 })
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .projects_introduced && $0.value == 55 })
    }

    @Test func aMonthsOutputAfterTheMonthsToDateIsTheSameOutputOfThatMonth() {
        // 全区规上工业实现总产值121.25亿元…。其中9月实现总产值13.62亿元: the zone's output again, of September alone
        let page = """
        青松高新区2020年1-9月经济运行情况
        全区规上工业实现总产值121.25亿元，同比下降6.12%。其中9月实现总产值13.62亿元，同比增长7.91%。
        """
        #expect(facts(page).contains { $0.metric == .industrial_output && $0.value == 1_362_000_000 && $0.period == Period.months(2020, 9, 9) && $0.yoyPct == 7.91 })
    }

    @Test func aSourceLineEndingWithAnAddressIsStillTheHeadsAndTheHeadlineUnderAnAddressDatesTheBulletin() {
        // 来源:…报 2019-06-19 11:30 https://…: a source line, not an address line; the page's own address above the
        // headline neither opens a second article under it nor hides the headline's months (2020年10月…: January to October)
        let source = """
        http://www.qingsong-news.net/news/201906/9214659.html
        地方网 > 安徽 > 青松市 > 今日青松 > 正文

        高新区经济运行呈现良好势头

        来源:青松日报 2019-06-19 11:30   https://www.qingsong-news.net/

        本报讯 今年以来,高新区持续发力。1-4月份,高新区战略性新兴产业产值6.2亿元,增长34%。
        """
        #expect(facts(source).contains { $0.zone == "青松高新区" && $0.value == 620_000_000 && $0.period == Period.months(2019, 1, 4) })
        let bulletin = """
        http://www.qsgxq.gov.cn/zwgk/tjxx/202011/t20201127_848162.shtml
        2020年10月全区经济运行情况
          • 发布日期:2020-11-27 12:14
          • 信息来源:青松高新技术产业开发区

        10月,全区经济继续稳定回升。全区规上工业实现总产值121.25亿元,同比下降6.12%。
        """
        #expect(facts(bulletin).contains { $0.metric == .industrial_output && $0.value == 12_125_000_000 && $0.period == Period.months(2020, 1, 10) })
    }

    @Test func aRankingsWordBeforeAZonesKindNamesNoZone() {
        // 南昌高新区获评2023年度全省综合考核开发区第一名: 综合考核 ranks the kind, 开发区; it names no zone of its own that
        // the page's figures would then go to
        let page = """
        https://www.qingsong-news.com/a/qingsong-gaoxinqu-2023.htm
        青松高新区在2023年度全省综合考核中位列开发区第一名

        青松高新区获评2023年度
        全省综合考核开发区
        第一等次第一名

        过去一年，高新区坚持项目为王。全区新签约亿元以上项目107个，投资总额逾500亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .projects_signed && $0.value == 107 })
        #expect(!f.contains { $0.zone.contains("考核") })
    }

    @Test func aDateTheTextGivesBeatsTheAddresssFolder() {
        // a repost saved under …/200809/t20080924_… whose text says 时间:2007-09-14: 今年上半年 is 2007's
        let page = """
        http://big5.qingsong.cn/zt/200809/t20080924_752681.htm
        青松高新技术开发区

        时间:2007-09-14 13:30   来源:青松台办

        建区10年来，青松高新区经济快速发展。今年上半年，实现国内生产总值38.5亿元。
        """
        #expect(facts(page).contains { $0.metric == .gdp && $0.period == Period.months(2007, 1, 6) })
    }

    @Test func aNewsLeadsTagInBracketsEndsBeforeTheSubject() {
        // 《…社24日专讯》 and 本报讯（记者 …） open the lead; the city after the tag is the subject the next
        // sentences go on with
        let wire = """
        青松次季开工项目总投资八百亿

        青松新闻 2023-05-24 15:42

        《青松通讯社24日专讯》青松市2023年第二季新开工项目集中启动活动24日举行。今次集中启动的新开工项目共86个。

        本批新开工项目总投资约812.5亿元，年度计划投资约160.2亿元。
        """
        let f = facts(wire)
        #expect(f.contains { $0.zone == "青松市" && $0.entity == .city && $0.metric == .projects_started && $0.value == 86 && $0.period == Period.months(2023, 5, 5) })
        #expect(f.contains { $0.zone == "青松市" && $0.metric == .project_investment && $0.value == 81_250_000_000 && $0.period == Period.months(2023, 5, 5) })
        let paper = """
        青松市重点项目集中签约

        2023-03-07

        本报讯（记者 张小青）青松市一季度重点项目集中签约活动举行，集中签约的项目共31个。
        """
        #expect(facts(paper).contains { $0.zone == "青松市" && $0.metric == .projects_signed && $0.value == 31 })
    }

    @Test func theDayAnEventIsHeldOnAfterItsNameDatesItsSets() {
        // …集中签约仪式于3月6日在…举行: the event's month, not the quarter its name holds nor the whole year
        let page = """
        青松高新区举行一季度重点项目集中签约

        2021-03-08

        青松高新区2021年第一季度重点项目集中签约仪式于3月6日在青松宾馆举行，共签约项目18个，总投资96.5亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 18 && $0.period == Period.months(2021, 3, 3) })
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 9_650_000_000 && $0.period == Period.months(2021, 3, 3) })
    }

    @Test func aPlaceAfterThisEventsNounOwnsItsShare() {
        // 此次活动翔安区辖区内共集中开工项目7个: the district the clause names after 此次活动, not the first of those
        // who held the venue
        let page = """
        青松市重大项目集中开竣工

        2023-09-07

        9月6日上午，青松市组织重大项目集中开竣工活动。参与集中开竣工项目共40个，总投资714亿元，其中开工项目30个、总投资241亿元，竣工项目10个、总投资473亿元。

        青翔高新城指挥部、火炬管委会、东湖区在青华集团项目现场联合举办集中开竣工活动，此次活动东湖区辖区内共集中开工项目7个，总投资97.9亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "东湖区" && $0.metric == .projects_started && $0.value == 7 })
        #expect(!f.contains { $0.zone.contains("青翔") })
        // the parts of the sets counted together are those sets, each with its own total
        #expect(f.contains { $0.zone == "青松市" && $0.metric == .project_investment && $0.value == 24_100_000_000 })
        #expect(f.contains { $0.zone == "青松市" && $0.metric == .project_investment && $0.value == 47_300_000_000 })
    }

    @Test func anEconomicDevelopmentZoneIsAZoneByItsShortName() {
        // 青松经济技术开发区 is 青松经开区, entity zone, as 青松国家高新技术产业开发区 is 青松高新区
        let page = """
        青松经开区招商引资成效显著

        2014-01-03

        2013年，青松经济技术开发区引进项目92个，总投资157.93亿元。
        """
        let f = facts(page)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "青松经开区" && $0.entity == .zone })
    }

    @Test func anotherKindOfZoneOpeningThePagesFirstLinesIsThePages() {
        // a page with no headline and no high-tech zone, whose first lines open with 青松新区 as their subject:
        // the bare figures after them are the area's
        let page = """
        https://qs.example.gov.cn/art/2023/11/13/art_14791_588885.html
        今年以来，青松新区深入贯彻省委部署要求，加快重大项目建设。
        前三季度，青松新区实现地区生产总值462.29亿元，同比增长8.2%。
        对外贸易提速发力
        进出口总额308.62亿元，同比增长30.1%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松新区" && $0.entity == .zone && $0.metric == .trade_total && $0.value == 30_862_000_000 })
    }

    @Test func aYearOpeningTheEventsNameIsItsEditionNotTheFiguresTime() {
        // 2024年青松市重大招商项目签约活动3月6日举行: the year names the event; its sets are of March, the day it was held
        let page = """
        青松市41个重大项目集中签约 2024-03-06 18:33:06

        2024年青松市重大招商项目签约活动3月6日举行，青松数字产业园等41个重大项目集中签约，总投资超600亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 41 && $0.period == Period.months(2024, 3, 3) })
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 60_000_000_000 && $0.period == Period.months(2024, 3, 3) })
    }

    @Test func aDayOpeningAStatementOfAListDatesWhatItTells() {
        // 9月24日，…签约；10月28日，…签约；11月8日，…签约: each event of the list in the month of its own day
        let page = """
        青松县招商引资呈现良好态势

        2016-11-14

        进入四季度以来，青松县举办了多场招商引资恳谈会。9月24日，在县内举办的投资说明会上，总投资11亿元的8个项目集中签约；10月28日，在深圳产业合作恳谈会上，总投资6亿元的3个项目签约；11月8日上午，在上海产业合作恳谈会上，总投资17亿元的6个项目签约。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 8 && $0.period == Period.months(2016, 9, 9) })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 3 && $0.period == Period.months(2016, 10, 10) })
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 1_700_000_000 && $0.period == Period.months(2016, 11, 11) })
    }

    @Test func aRateInBracketsAfterThePlaceAGrowthIsComparedWithIsThatPlaces() {
        // 增速高于全市（20.9%）5.6个百分点: the city's rate of the same measure, in the same months; 增速列市五区第一
        // names no city
        let page = """
        肇庆高新区一季度经济运行情况

        2025-04-20

        一季度，全区地区生产总值完成177.89亿元，同比增长9.5%，增速列市五区第一，高于全市(7.1%)2.4个百分点；固定资产投资同比增长26.5%，增速高于全市（20.9%）5.6个百分点。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "肇庆市" && $0.entity == .city && $0.metric == .gdp && $0.value == 7.1 && $0.unit == .percent && $0.period == Period.months(2025, 1, 3) })
        #expect(f.contains { $0.zone == "肇庆市" && $0.metric == .fixed_asset_investment && $0.value == 20.9 && $0.yoyPct == 20.9 })
        #expect(f.contains { $0.zone == "肇庆高新区" && $0.metric == .fixed_asset_investment && $0.value == 26.5 })
        #expect(!f.contains { $0.zone.contains("列") })
    }

    @Test func aNewAreaNamedWhereTheNewsWasLearnedIsThePagesZone() {
        // 记者从碧湖新区获悉: the new area the reporter learned the news from is the page's, and its bare 新区 after it;
        // 引进了符合新区产业导向的项目 names no new area
        let page = """
        新区一季度经济稳中有进

        2019/04/26

        记者4月25日从碧湖新区获悉，今年一季度新区实现工业增加值86.4亿元，增长9.2%；规上工业总产值312.5亿元，增长11.0%。
        一季度，高新区(东城区)引进了符合新区产业导向的项目18个。
        同期，周边新区项目建设提速，特别是洛阳新区签约项目12个，投资总额86亿元。
        """
        let f = facts(page)
        // (a name that opens with a city's, or is the city's, stands after any word: 特别是洛阳新区)
        #expect(f.contains { $0.zone == "洛阳新区" && $0.metric == .projects_signed && $0.value == 12 })
        #expect(f.contains { $0.zone == "碧湖新区" && $0.entity == .zone && $0.metric == .industrial_value_added && $0.value == 8_640_000_000 && $0.period == Period.months(2019, 1, 3) })
        #expect(f.contains { $0.zone == "碧湖新区" && $0.metric == .industrial_output && $0.value == 31_250_000_000 })
        #expect(!f.contains { $0.zone.contains("符合") })
    }

    @Test func aPagesNumberOpeningWithTheDayAndTimeItWasPostedDatesIt() {
        // /kx/2021052708534016414984.html: YYYYMMDDhhmmss opening the page's number; 今年一季度 is 2021's (not 2020's,
        // the year after the 2019年同期 the text compares with)
        let page = """
        http://m.example-news.com/kx/2021052708534016414984.html
        今年一季度,青松保税区实现规模以上工业产值129.6亿元、同比增长38.4%,比2019年同期增长16.7%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 12_960_000_000 && $0.period == Period.months(2021, 1, 3) })
    }

    @Test func soManyZonesOfTheCountrysLevelAreAllOfThem() {
        // 61个国家级经开区: more than any province or region holds, so the whole class, 国家级经开区; 6家国家级经开区
        // may be some of them and keeps its count
        let page = """
        国家级经开区2009年发展情况

        2010-03-02

        2009年，61个国家级经开区实现地区生产总值1.32万亿元，同比增长18.6%。中部地区6家国家级经开区实现地区生产总值850亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "国家级经开区" && $0.entity == .collective && $0.metric == .gdp && $0.value == 1_320_000_000_000 })
        #expect(!f.contains { $0.zone == "国家级经开区" && $0.value == 85_000_000_000 })
    }

    @Test func aPartOfTheCountryBeforeALongLevelWordIsNamedWhole() {
        // 中西部地区国家级经开区: the region the run of characters before the suffix cuts through is named whole
        let page = """
        2021年国家级经开区综合发展水平考核评价结果发布

        2022-03-15

        2021年，中西部地区国家级经开区实现地区生产总值3.26万亿元，同比增长9.8%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "中西部地区国家级经开区" && $0.metric == .gdp && $0.value == 3_260_000_000_000 })
        #expect(!f.contains { $0.zone.hasPrefix("部地区") })
    }

    @Test func aLeadRecallingADayYearsBeforeThePageDoesNotDateIt() {
        // 2013年3月7日，…上升为国家战略 opens the lead of a page of 2018-03-08 that reports 2017 done: the page is of
        // 2018, and 2017's figures are actuals, not targets of a text written in 2013
        let page = """
        http://news.example.cn/news/2018/0308/4423.html
        2018-03-08 09:09:15 来源：青松日报
        2013年3月7日，青松高新区建设正式上升为国家战略。昨日，该区举行工作会议。
        据初步统计，2017年，青松高新区完成地区生产总值512.6亿元，增长11%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .gdp && $0.value == 51_260_000_000 && $0.kind == .actual && $0.period == Period.months(2017, 1, 12) })
    }

    @Test func aParagraphOpeningWithTheEventsNounAloneTellsOfThatEvent() {
        // 大会共达成签约项目28个: the meeting the lead told of, so the month of the page's day, as 本次大会 would be
        let page = """
        http://news.example.com/content/2019-10/17/content_88231.html
        推介会现场，青松市市长致辞
        【青松日报讯】记者 李明 报道：为进一步深化两地产业合作，共谋新发展，10月16日上午，2019年青松产业合作推介会在香港举行。
        大会共达成签约项目28个，涉及投资金额约260亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 28 && $0.period == Period.months(2019, 10, 10) })
    }

    @Test func theDayAnEventNamedByItsYearIsHeldOnDatesAPageWithoutDateline() {
        // 2021年青松投资年会暨重大项目集中签约活动于9月16日举办, on a page with no dateline: the page is of that day, and
        // 今年以来 runs from January to September 2021
        let page = """
        青松128个项目集中签约
        以“新机遇”为主题，2021年青松投资年会暨重大项目集中签约活动于9月16日举办。本次集中签约项目共128个，协议总投资额1260亿元。
        今年以来，青松市新开工的重大项目达143个。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 143 && $0.period == Period.months(2021, 1, 9) })
    }

    @Test func aYearFolderAloneInThePagesAddressGivesItsYear() {
        // …/2026/EFBJILJD_0212/…: the page is of 2026, so 五年来 in a report early in the year are the five years ended
        let page = """
        https://www.example.gov.cn/html/qs/2026/ABCDEFGH_0212/568892.html
        您当前的位置：首页 > 区内要闻 > 内容
        2月12日，青松高新区召开老干部情况通报会，通报“十四五”期间和2025年各项工作完成情况及2026年工作思路举措。
        他指出，五年来，全区上下攻坚克难。全区地区生产总值达860亿元，累计完成固定资产投资1200亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.value == 120_000_000_000 && $0.period == Period(start: YearMonth(2021, 1), end: YearMonth(2025, 12)) })
    }

    @Test func aSpaceBetweenPhrasesOfASummaryEndsAMarkersScope() {
        // 摘要:…目标再攀高 全员冲锋 1~8月，…: the summary's phrases are statements of their own; the target named in one
        // governs nothing in the next
        let page = """
        青松高新区冲刺四季度

        2020-10-12

        摘要:今天是高新区冲刺四季度动员大会 全年目标再攀高 全员冲锋全力攻坚 1~8月,高新区新增外资项目38个, 完成实际使用外资4.26亿美元,增长21.5%;
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .fdi && $0.value == 426_000_000 && $0.kind == .actual })
        #expect(!f.contains { $0.kind == .target })
    }

    @Test func aPartOfASetOfProjectsNamedByItsSizeOrKindIsALabelledFigureOfTheSetsMetric() {
        // 其中亿元以上项目9个: a part of the set counted before it, named by a class of size or a kind, is a figure of the
        // set's metric with that name as its label, of the set's owner, time and kind; the set's own figure stays unlabelled
        let page = """
        青松高新区举行重点项目集中签约活动

        2025-03-18 09:30  来源：青松高新区管委会

        3月17日，青松高新区举行一季度重点项目集中签约活动，现场签约项目26个，总投资158亿元，其中亿元以上项目9个，10亿元以上项目3个。
        本次签约项目中，包括5个总部项目，其中外资项目4个，总投资2.5亿美元；内资项目22个，总投资140亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.label == nil && $0.value == 26 })
        #expect(f.contains { $0.metric == .projects_signed && $0.label == "亿元以上项目" && $0.value == 9 && $0.period == Period.months(2025, 3, 3) && $0.kind == .actual })
        #expect(f.contains { $0.metric == .projects_signed && $0.label == "10亿元以上项目" && $0.value == 3 })
        #expect(f.contains { $0.metric == .projects_signed && $0.label == "外资项目" && $0.value == 4 })
        #expect(f.contains { $0.metric == .signed_investment && $0.label == "外资项目" && $0.value == 250_000_000 && $0.unit == .USD })
        #expect(f.contains { $0.metric == .signed_investment && $0.label == "内资项目" && $0.value == 14_000_000_000 })
        #expect(f.contains { $0.metric == .signed_investment && $0.label == nil && $0.value == 15_800_000_000 })
        // (never a part with the set's value taken as the set's: one unlabelled count)
        #expect(f.filter { $0.metric == .projects_signed && $0.label == nil }.count == 1)
    }

    @Test func aClassOfSizeInTheNextParagraphIsAPartOfTheEventsSet() {
        // 从投资规模看，亿元以上项目12个: a paragraph after the event's that counts a class of size of projects counts a part
        // of the event's set; a set its total describes (总投资60亿元的产业项目18个) and projects named by 项目 alone are no parts
        let page = """
        青松高新区25个重点项目集中开工

        2024-05-10  来源：青松日报

        5月9日，青松高新区举行二季度重点项目集中开工仪式，25个重点项目集中开工，总投资186亿元。

        从投资规模看，亿元以上项目12个，其中10亿元以上项目4个。另有总投资60亿元的产业项目18个。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.label == nil && $0.value == 25 })
        #expect(f.contains { $0.metric == .projects_started && $0.label == "亿元以上项目" && $0.value == 12 && $0.period == Period.months(2024, 5, 5) })
        #expect(f.contains { $0.metric == .projects_started && $0.label == "10亿元以上项目" && $0.value == 4 })
        #expect(!f.contains { $0.value == 18 })
    }

    @Test func aZoneCallingItselfByAnotherKindIsTheCitysZoneOfThatKind() {
        // 经开区 alone on a city paper's page that names no zone: the city's economic development zone, as bare 高新区
        // is the city's high-tech zone; on a high-tech zone's page, 经开区 is the city's other zone, never the page's
        let page = """
        经开区去年多项指标增速居前

        宜春网讯 （宜春日报全媒体记者 王明） 2024年，经开区固定资产投资增长18.2%，新签约亿元以上项目26个，计划总投资168.5亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "宜春经开区" && $0.entity == .zone && $0.metric == .fixed_asset_investment && $0.value == 18.2 })
        #expect(f.contains { $0.zone == "宜春经开区" && $0.metric == .projects_signed && $0.value == 26 })
        let two = """
        青松高新区上半年经济运行平稳

        来源：青松市统计局  2023-07-20

        上半年，高新区地区生产总值增长8.1%，经开区地区生产总值增长5.2%。
        """
        let g = facts(two)
        #expect(g.contains { $0.zone == "青松高新区" && $0.value == 8.1 })
        #expect(g.contains { $0.zone == "青松经开区" && $0.value == 5.2 })
        // (an automobile development zone named short, 长春汽开区, is a zone, no district)
        let three = """
        汽开区上半年经济平稳发展

        来源：白沙市发改委  日期：2015-08-03

        上半年，汽开区地区生产总值完成175.55亿元，同比增长6.3%。
        """
        #expect(facts(three).contains { $0.zone == "白沙汽开区" && $0.entity == .zone && $0.metric == .gdp })
    }

    @Test func newProjectsCountedToAMonthsEndAreTheYearsToThatMonth() {
        // 截至目前，已新引进项目19个: projects new over the months, counted to a day, are the year's so far, as an amount
        // that accrues is; so are those of a paragraph that put the year in play since its start (今年以来，…); a sum
        // since earlier (累计) and a count of firms stay stocks
        let page = """
        青松高新区招商引资综述

        2022-08-10  来源：青松高新区管委会

        截至7月底，高新区新签约项目28个，累计签约项目1366个。
        今年以来，高新区招商势头良好。截至目前，高新区累计引进项目19个，协议投资额86亿元。截至6月底，共有高新技术企业215家。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 28 && $0.period == Period.months(2022, 1, 7) })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 1366 && $0.period == Period(start: nil, end: YearMonth(2022, 7)) })
        #expect(f.contains { $0.metric == .projects_introduced && $0.value == 19 && $0.period == Period.months(2022, 1, 8) })
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 8_600_000_000 && $0.period == Period.months(2022, 1, 8) })
        #expect(f.contains { $0.metric == .high_tech_enterprises && $0.period == Period(start: nil, end: YearMonth(2022, 6)) })
    }

    @Test func zonesCountedTogetherAreNamedWithoutTheirCount() {
        // 桂林、南宁…9个高新区 on a page that speaks as a province: the province's zones together, 全省高新区; elsewhere
        // the count stays (这49个国家级开发区: not all national-level zones of every year)
        let page = """
        广西高新区前三季度发展态势良好

        2017-11-02  来源：自治区科技厅

        2017年前三季度，桂林、南宁、柳州等9个高新区实现工业总产值5444.97亿元，同比增长12.5%。
        从增速看，桂林、柳州两家高新区规上工业增加值增长15.2%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "全省高新区" && $0.entity == .collective && $0.metric == .industrial_output })
        // (two zones named are those two, never the province's all)
        #expect(f.contains { $0.zone == "两家高新区" && $0.value == 15.2 })
        let national = """
        国家级开发区上半年保持较快增长

        2004-08-02  来源：商务部网站

        据统计，1—6月，这49个国家级开发区实现工业总产值6692.63亿元，同比增长42.4%。
        """
        #expect(facts(national).contains { $0.zone == "49个国家级开发区" && $0.entity == .collective && $0.metric == .industrial_output })
    }

    @Test func aMarkerInAnEventsNameGovernsNothing() {
        // 冲刺全年目标动员大会: the marker names the event; the projects signed at it are signed (a marker that opens a
        // plan, 力争全年签约项目50个, still makes a target)
        let page = """
        青松高新区28个项目集中签约

        2025-03-28  来源：青松高新区管委会

        3月27日，青松高新区举行冲刺2025全年目标动员大会暨一季度招商项目集中签约仪式，仪式上28个项目集中签约，投资总额132亿元。力争全年签约项目50个。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 28 && $0.kind == .actual })
        #expect(f.contains { $0.metric == .signed_investment && $0.value == 13_200_000_000 && $0.kind == .actual })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 50 && $0.kind == .target })
    }

    @Test func aPartOfTheSetASentenceFramesIsALabelledFigureOfTheFramesMetric() {
        // 41个新签约项目中，制造业项目33个，总投资29.5亿元: the set the sentence frames is no new figure, and the parts
        // named after it are its labelled parts, with their totals; a year's planned investment of a part stays a plan
        let page = """
        青松高新区一季度招商引资

        2024-04-08  来源：青松高新区管委会

        一季度，青松高新区新签约项目41个，总投资36.2亿元。据统计，41个新签约项目中，制造业项目33个，总投资29.5亿元；现代服务业项目8个，总投资6.7亿元，年度计划投资2.1亿元。
        """
        let f = facts(page)
        #expect(f.filter { $0.metric == .projects_signed && $0.label == nil }.count == 1)
        #expect(f.contains { $0.metric == .projects_signed && $0.label == "制造业项目" && $0.value == 33 && $0.period == Period.months(2024, 1, 3) })
        #expect(f.contains { $0.metric == .signed_investment && $0.label == "现代服务业项目" && $0.value == 670_000_000 })
        #expect(f.contains { $0.metric == .annual_investment && $0.label == "现代服务业项目" && $0.kind == .target && $0.period == Period.months(2024, 1, 12) })
    }

    @Test func aReportAboutTheDistrictIsTheDistrictTheCongressMeetsIn() {
        // 关于区2021年…的报告: 关于 opens no place's name (于 is a preposition); the district is the one whose
        // congress hears the report
        let page = """
        关于区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划(草案)的报告

        发布时间:2023-01-17 09:18 信息来源: 区发改局

        ——2021年12月14日在青松区第十届人民代表大会第一次会议上

        ——地区生产总值预计实现900亿元，完成全年总量目标的107%，同比增长15%；
        """
        let f = facts(page, assume: nil)
        #expect(f.count == 1)
        #expect(f.allSatisfy { $0.zone == "青松区" && $0.entity == .district && $0.kind == .estimate })
    }

    @Test func aPagesAddressIsNoLineOfItsHead() {
        // the address a saved page opens with: the headline under it gives the figure as the city's
        // (湘潭实现…), and the lines that only date or credit the page are no lines of its text, so a zone that
        // opens the text (讯 今年昆明经开区…, after its paper's name on the dateline's line) is the page's
        let city = """
        https://www.example.cn/content/2013/07/26/430112.html
        株洲实现地区生产总值630.8亿元 同比增长10.6%

        时间: 2013-07-26

        上半年株洲经济运行总体平稳，实现地区生产总值630.8亿元，同比增长10.6%。

        从区域结构看，园区投资成为重要引擎。株洲园区完成规模工业增加值93.21亿元，其中，高新、经开两个园区分别增长17.8%和16.2%。
        """
        let c = facts(city, assume: nil)
        #expect(c.filter { $0.metric == .gdp }.count == 2)
        #expect(c.filter { $0.metric == .gdp }.allSatisfy { $0.zone == "株洲市" && $0.entity == .city })
        let zone = """
        http://www.example.com/a/news/2018/0815/141624.html
        当前位置主页 > 新闻 >
        热门搜索:

        青松经开区: 冲刺四季度夺取“全年红”

        青松在线     发布时间:2018-11-15
        记者 张三 通讯员 李四

        讯 今年青松经济技术开发区捷报不断：6月获批国家绿色园区。近日，青松经开区召开主要经济指标推进会。

        今年1至10月，青松经开区主要经济指标完成情况良好。其中，规模以上工业总产值累计完成325.98亿元，增长16.5%。
        """
        let z = facts(zone, assume: nil)
        #expect(z.count == 1)
        #expect(z.first?.zone == "青松经开区" && z.first?.entity == .zone)
    }

    @Test func aResultMeasuredSoFarIsNoPlanWhateverThePagesDate() {
        // a repost dated before the months it reports: amounts summed so far (累计), compared with the same months
        // before (同比) or with the year's target (完成全年目标的) are results; an amount with none of these stays a plan
        let page = """
        青松高新区冲刺四季度

        发布时间:2018-08-15

        今年1至10月，青松高新区规模以上固定资产投资完成142.4亿元，同比增长11.21%；招商引资累计完成内资107.06亿元；引进外资7469.39万美元，完成全年目标的83%。

        2018年，青松高新区规模以上工业总产值超400亿元。
        """
        let f = facts(page)
        #expect(f.first { $0.metric == .fixed_asset_investment }?.kind == .actual)
        #expect(f.first { $0.metric == .funds_in_place }?.kind == .actual)
        #expect(f.first { $0.metric == .fdi }?.kind == .actual)
        #expect(f.first { $0.metric == .industrial_output }?.kind == .target)
    }

    @Test func aBareHighTechZoneOnAnotherKindOfZonesPageIsTheCitysHighTechZone() {
        // 高新区 on the page of an economic development zone is not that zone: the high-tech zone named after the
        // page's city (with no city known, no one's)
        let page = """
        南昌经开区上半年经济运行

        来源:南昌经开区管委会

        上半年，南昌经开区实现地区生产总值86.4亿元。

        上半年，高新区完成固定资产投资12亿元，经开区完成固定资产投资20亿元。
        """
        let f = facts(page, assume: nil)
        #expect(f.first { $0.value == 1_200_000_000 }?.zone == "南昌高新区")
        #expect(f.first { $0.value == 2_000_000_000 }?.zone == "南昌经开区")
        #expect(f.first { $0.metric == .gdp }?.zone == "南昌经开区")
    }

    @Test func aLevelWrittenBeforeTheCitysNameIsNoPartOfTheZonesName() {
        // 国家新乡经济技术开发区 is 新乡经开区, as 新乡国家经济技术开发区 would be; 国家级经开区 alone stays as written
        let f = facts("""
        2021-11-10

        前三季度，国家新乡经济技术开发区完成地区生产总值120亿元。
        """, assume: nil)
        #expect(f.first?.zone == "新乡经开区")
    }

    @Test func aCountysClusterZoneAndItsServiceZoneAreZonesOfTheirOwnKinds() {
        // 产业集聚区 and 特色商业区 (a Henan county's two provincial zones) are zones by their suffix; alone, after one
        // of them was named, each is the one of its kind named after the same place; a marker and a verb before the
        // kind word are no part of a name (力争实现产业集聚区晋级)
        let page = """
        青松县两区建设观摩

        2017-04-26

        据悉，2016年，青松产业集聚区完成固定资产投资32.6亿元，同比增长17.9%。特色商业区完成固定资产投资9.3亿元，同比增长16%。

        2017年，产业集聚区计划新开工项目12个以上，力争实现产业集聚区晋级升星。
        """
        let f = facts(page, assume: nil)
        #expect(f.first { $0.value == 3_260_000_000 }?.zone == "青松产业集聚区")
        #expect(f.first { $0.value == 930_000_000 }?.zone == "青松特色商业区")
        #expect(f.first { $0.metric == .projects_started }.map { $0.zone == "青松产业集聚区" && $0.kind == .target } == true)
        #expect(!f.contains { $0.zone.hasPrefix("力争") })
    }

    @Test func aParkAfterTheDashOfAHeadlinesSecondLineIsThePagesSubject() {
        // ——青松工业园2025年新春贺词: the long dash opens what it sets apart, so the park names the page, and 我们…
        // figures are its own
        let page = """
        新岁起新航 踔厉再奋发
        ——青松工业园2025年新春贺词

        这一年，我们坚定信心，全年共引进产业项目60个，新开工项目30个。
        """
        let f = facts(page, assume: nil)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.zone == "青松工业园" && $0.entity == .park })
    }

    @Test func aNewAreaAfterItsProvinceOpeningAHeadlinesPartIsAZone() {
        // 总投资407.8亿元 四川天府新区三季度25个项目集中开工: the province before the area's short name opens the part of
        // the headline, so the area owns its figures (named as written, its province part of its official name)
        let page = """
        总投资40.8亿元 四川天府新区三季度25个项目集中开工

        2021-08-12 13:54:42来源:四川在线
        """
        let f = facts(page, assume: nil)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 25 && $0.zone == "四川天府新区" })
    }

    @Test func anEmptyFieldAndASourceLineAreNoLinesOfThePagesText() {
        // 日期: with nothing after it and 来源:… only label the page: the zone that opens its first paragraph of text
        // after the news lead is still among the page's first lines, and owns the figures of its paragraph
        let page = """
        日期:
        来源:济宁新闻网收集编辑:济宁新闻网
        济宁新闻网讯(记者 张三 通讯员 李四)日前,济宁市政府新闻办举行新闻发布会,介绍2022年济宁经开区工作成就。
        2022年,济宁经开区全力培育高端装备制造产业。8个省级重点项目全部开工。新签约亿元以上项目26个。
        """
        let f = facts(page, assume: nil)
        #expect(!f.isEmpty)
        #expect(f.allSatisfy { $0.zone == "济宁经开区" })
    }

    @Test func aCitysNewAreaWrittenAfterTheCityInFullIsTheArea() {
        // 安徽省芜湖市江北新区举行…签约仪式: the city and its suffix open the area's name (芜湖江北新区), so the city owns
        // none of the area's figures
        let page = """
        10月8日,安徽省芜湖市江北新区举行招商引资项目集中签约仪式。此间,共有43个项目签约,总投资额超过600亿元。
        """
        let f = facts(page, assume: nil)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 43 })
        #expect(f.allSatisfy { $0.zone == "芜湖江北新区" && $0.entity == .zone })
    }

    @Test func anAirportEconomicZoneIsAZoneOfItsOwnKind() {
        // 空港经济区 (临空经济区) is a kind of zone: named after its city (the words before the city's name are none of
        // it: 2022年后半程昆明空港经济区), alone it is the page's zone of that kind
        let page = """
        2022年后半程昆明空港经济区将在产业上做文章

        2020-12-17 18:10:01

        8月31日，记者从昆明空港经济区工作会议上获悉，今年1-7月，空港经济区完成固定资产投资144.66亿元，同比增长6%。
        """
        let f = facts(page, assume: nil)
        #expect(f.count == 1)
        #expect(f.first.map { $0.zone == "昆明空港经济区" && $0.entity == .zone && $0.period == Period.months(2020, 1, 7) } == true)
    }

    @Test func aPlanAnnouncedByAColonListsTheParagraphsLaterSentencesToo() {
        // 2019年，…总体目标为：甲园区…。乙园区…完成增加值: a plan's marker announcing its list by a colon governs the
        // paragraph's sentences after its own that write no time (the list goes on past a 。), and 全年 in it is the year
        // the sentence wrote; a sentence that writes its own time is its own
        let page = """
        2019年5月6日

        据悉,2018年,平安产业集聚区完成固定资产投资88.2亿元,同比增长12.1%。
        2019年,平安“两区”发展总体目标为:产业集聚区全年计划新签约项目20个以上,完成固定资产投资100亿元,同比增长13%以上。商务中心区完成增加值6亿元,固定资产投资完成12亿元,同比增长20%。
        """
        let f = facts(page, assume: nil)
        #expect(f.contains { $0.value == 8_820_000_000 && $0.kind == .actual && $0.period == Period.months(2018, 1, 12) })
        #expect(f.contains { $0.value == 1_200_000_000 && $0.kind == .target && $0.period == Period.months(2019, 1, 12) })
        #expect(f.filter { $0.value != 8_820_000_000 }.allSatisfy { $0.kind == .target && $0.period == Period.months(2019, 1, 12) })
    }

    @Test func aSentenceOpeningWithTheSetItCountsBreaksItDownByOwner() {
        // 新开工项目中，甲市16个，乙区10个: a sentence opening with a clause that frames the set counted before (项目 and 中)
        // gives each owner's part of it, as 其中 does; the set's own word in the frame (新签约项目中) says which set. The
        // city whose short name opens a clause of the headline (…!安庆二季度项目观摩会召开) is what 全市 means, whatever
        // county-level cities the body names in full
        let page = """
        新开工亿元项目88个!安庆二季度项目观摩会召开

        2021年07月09日 08:10 | 来源:宜城发布

        二季度,全市共新开工亿元以上项目88个。新开工项目中,桐城市21个,潜山市15个,宜秀区9个,高新区7个。

        二季度,全市新签约亿元以上项目97个,总投资512亿元。新签约项目中,桐城市30个,潜山市12个。
        """
        let f = facts(page, assume: nil)
        #expect(f.contains { $0.zone == "安庆市" && $0.metric == .projects_started && $0.value == 88 && $0.source.line == 5 })
        #expect(f.contains { $0.zone == "桐城市" && $0.metric == .projects_started && $0.value == 21 })
        #expect(f.contains { $0.zone == "潜山市" && $0.metric == .projects_started && $0.value == 15 })
        #expect(f.contains { $0.zone == "宜秀区" && $0.metric == .projects_started && $0.value == 9 })
        #expect(f.contains { $0.zone == "安庆市" && $0.metric == .projects_signed && $0.value == 97 })
        #expect(f.contains { $0.zone == "桐城市" && $0.metric == .projects_signed && $0.value == 30 })
        #expect(f.contains { $0.zone == "潜山市" && $0.metric == .projects_signed && $0.value == 12 })
        #expect(!f.contains { $0.zone == "安庆高新区" && $0.value == 88 })
    }

    @Test func comingFromTheCitysOfficeNamesNoCity() {
        // 来自市投促局的数据显示: 来自 (comes from) before 市 and an office is no city called 来自
        let page = """
        来自市投促局的数据显示,今年上半年,我市累计实际使用外资35.3亿美元,完成年度目标的70.5%。
        """
        let f = facts(page, assume: nil)
        #expect(!f.contains { $0.zone.hasPrefix("来自") })
    }

    @Test func aHeadlineOpeningWithTheWholeCitySpeaksAsTheCityWithoutAFigure() {
        // 全市招商工作开局良好: a headline opening with 全市 speaks as the city even where it gives no figure, so a zone the
        // body names as an example owns only what it is named with
        let page = """
        全市招商工作开局良好
        二季度签约1200亿元 到位300亿元
        7月6日,记者从市商务局了解到,今年上半年,全市招商形势向好,实现合同引资1200亿元。
        比如,今年5月,市商务局和长沙高新区共同举办招商推介会,12个项目集中签约,总投资额88.5亿元。
        """
        let f = facts(page, assume: nil)
        #expect(f.contains { $0.value == 120_000_000_000 && $0.source.line == 3 && $0.entity == .city })
        #expect(f.contains { $0.value == 12 && $0.zone == "长沙高新区" })
        #expect(!f.contains { $0.value == 120_000_000_000 && $0.zone == "长沙高新区" })
    }

    @Test func districtsEndingInMountainOrLakeAreThePlacesTheListNames() {
        // 山区 and 湖区 alone are no places (大别山区, 洞庭湖区); the districts so named are, by the list of divisions
        // (璧山区, 萧山区, 崂山区, 滨湖区, 镜湖区)
        for name in ["璧山区", "萧山区", "崂山区", "滨湖区", "镜湖区"] {
            let f = facts("1月8日,\(name)举行重大项目集中签约活动,共签约26个项目,总投资达239亿元。", assume: nil)
            #expect(f.contains { $0.zone == name && $0.entity == .district && $0.value == 26 }, "\(name)")
        }
        #expect(facts("大别山区共签约26个项目。", assume: nil).allSatisfy { $0.zone != "大别山区" })
    }

    @Test func aCityInFullBeforeAnotherKindOfZonesSuffixNamesTheZone() {
        // 天水市经济技术开发区, 天水市经开区: the city's suffix between its name and the zone's kind is no part of the zone's
        // name (天水经开区), as 市 is none of 青岛市国家高新区's; the zone, not the city, owns the figures
        for written in ["天水市经济技术开发区", "天水市经开区"] {
            let f = facts("前三季度,\(written)37户规模以上工业企业完成工业增加值6.1亿元,同比增长27.1%。", assume: nil)
            #expect(f.contains { $0.zone == "天水经开区" && $0.entity == .zone && $0.value == 610_000_000 }, "\(written)")
            #expect(!f.contains { $0.entity == .city }, "\(written)")
        }
    }

    @Test func aParkOpeningThePagesFirstClauseAfterATimeIsThePagesPark() {
        // 1至5月，青松县工业园区累计完成…: a park that opens the first paragraph of prose as its subject, a time before it,
        // is the page's (as one opening the paragraph is): the next paragraph's figures with no owner are the park's
        let page = """
        2016-02-25
        1至5月,青松县工业园区累计完成规模以上工业总产值26.04亿元,同比增长13.7%。
        1—5月,累计新增入园项目6个,新增开工项目48个。
        """
        let f = facts(page, assume: nil)
        #expect(f.contains { $0.zone == "青松县工业园区" && $0.entity == .park && $0.metric == .projects_started && $0.value == 48 })
        #expect(f.contains { $0.zone == "青松县工业园区" && $0.metric == .projects_introduced && $0.value == 6 })
    }

    @Test func industriesListedInOneClauseTakeTheFiguresThatFollowRespectively() {
        // 生物医药、纳米技术应用、人工智能产业能级不断提升，2023年分别实现产值…: a year between the clause's start and 分别
        // leaves the names in the clause before; what that clause says after the industries' word is none of their names
        let f = facts("2023年,青松工业园区生物医药、纳米技术应用、人工智能产业能级不断提升,2023年分别实现产值1523亿元、1557亿元、1006亿元。", assume: nil)
        #expect(f.count == 3)
        #expect(f.contains { $0.metric == .industry_output && $0.label == "生物医药产业" && $0.value == 152_300_000_000 })
        #expect(f.contains { $0.metric == .industry_output && $0.label == "人工智能产业" && $0.value == 100_600_000_000 })
    }

    @Test func aPagesNumberOpeningWithTheDayItWasPostedThenASerialDatesIt() {
        // /content/2022033068950.html: YYYYMMDD, then the day's serial number; 1~2月份 of a page that writes no year is
        // that year's
        let page = """
        http://www.example-news.net/content/2022033068950.html
        3月28日,记者从青松市工业和信息化局获悉,1~2月份,青松高新区完成规模以上工业产值29.27亿元,同比增长16.07%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 2_927_000_000 && $0.period == Period.months(2022, 1, 2) })
    }

    @Test func aStreetAddressInAFooterNamesNoZoneOfThePage() {
        // 地址：…高新技术产业开发区火炬路…: where the paper sits, not what its page is about
        let page = """
        首页
        第06版:区域传真·江城

        中新青松食品区:实干争先 经济质效实现新跃升

        青松食品区重点项目建设进展迅速。

        年初以来,中新青松食品区牢牢把握推动高质量发展这条主线,凝心聚力抓项目、促招商、兴产业,经济运行呈现稳中向好态势。上半年,规模工业总产值同比增长61.6%,固定资产投资同比增长17.2%。
        地址:吉林省长春市高新技术产业开发区火炬路1518号 违法和不良信息举报:0431-8861522 爆料电话 : 0431-88601901
        """
        #expect(!facts(page).contains { $0.zone == "长春高新区" })
    }

    @Test func whatASetHoldsListedByTheBothAndPairNamesNoZone() {
        // 既有高新区…项目…，也有…: the pair that lists what the set holds; 既有 is no part of a zone's name
        let page = """
        青松市重点项目集中开工

        1月28日，在开工的24个重点项目中，既有高新区黄泥川智能制造产业园项目等产业项目，也有中山区第三中学重建项目等民生项目。
        """
        let f = facts(page)
        #expect(!f.contains { $0.zone.contains("既有") })
    }

    @Test func measuresListedBeforeRespectivelyEachKeepTheirOwnWord() {
        // 高新技术企业数、科技型中小企业数分别…: each a measure of its own (the second no metric of the vocabulary); a second
        // list right after the first, 分别达到215家、433家, is of the same names, its amounts the ones the rates are of
        let page = """
        青松高新区2022年发展报告

        2022年青松高新区高新技术企业数、科技型中小企业数分别同上年增长38%、20%,分别达到315家、433家。
        2022年青松高新区高新技术企业、科技型中小企业数量分别达到316家、434家。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .high_tech_enterprises && $0.value == 315 && $0.yoyPct == 38 && $0.period == Period(start: nil, end: YearMonth(2022, 12)) })
        #expect(f.contains { $0.metric == .high_tech_enterprises && $0.value == 316 })
        #expect(!f.contains { $0.value == 433 || $0.value == 434 || $0.value == 38 })
    }

    @Test func aZonesShareOfTheCitysEventSetIsItsOwnAndNoMore() {
        // 广东青州：…: a headline that speaks as the city; the zones the body names after it (在本次动工的96个项目中，
        // 青州开发区、青州高新区有71个) own their share, which a count's word of a total (有) does not hide, and the city
        // keeps its set
        let page = """
        广东青州:96个建设项目动工 总投资超900亿元

        5月28日,青州多地共同举行重大项目集中动工活动,96个项目签约动工,总投资高达932亿元。

        在本次动工的96个项目中,青州开发区、青州高新区有71个,总投资约653亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青州市" && $0.metric == .projects_started && $0.value == 96 })
        #expect(!f.contains { $0.zone == "青州开发区" && $0.value == 96 })
        #expect(f.contains { $0.zone == "青州高新区" && $0.metric == .projects_started && $0.value == 71 })
        #expect(f.contains { $0.zone == "青州高新区" && $0.metric == .project_investment && $0.value == 65_300_000_000 })
    }

    @Test func theIndustryAClauseOpensWithIsNamedWithoutWhatTheClauseSaysBeforeIt() {
        // 青松高新区公布了上半年集成电路产业发展情况，完成产值…: the industry is 集成电路产业, not what the clause says before
        // it (a verb with 了, a time)
        let page = """
        青松高新区集成电路产业稳步发展

        近日,青松高新区公布了上半年集成电路产业发展情况,完成产值358.4亿元,同比增长12.1%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .industry_output && $0.label == "集成电路产业" && $0.value == 35_840_000_000 })
    }

    @Test func aRateAfterAClauseSayingAMetricGrewIsThatMetrics() {
        // GDP逆势强劲增长，实现了10.1%的高增速: the clause before names the metric and that it grew, with no figure; the
        // rate in the next clause, which names none, is its growth
        let page = """
        青松高新区经济运行情况

        2022年,青松高新区经济进一步企稳回升,GDP逆势强劲增长,实现了9.7%的高增速,领跑全市。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .gdp && $0.value == 9.7 && $0.yoyPct == 9.7 && $0.period == Period.year(2022) })
    }

    @Test func aCityByItsShortNameHoldingAnEventOwnsTheEventsSet() {
        // 7月27日，青州举行…集中签约活动: the city by its short name holds the event (not the zone the page names); 项目 inside
        // an event's name (招商引资项目签约大会上) names no single project; 有60个是制造业项目: the copula is no part of the kind
        let page = """
        青州高新区招商引资成效显著

        7月27日,青州举行重大招商引资项目集中签约活动,37个签约项目总投资额633.9亿元,其中有30个是新能源新材料项目。
        其中,仅在四季度招商引资项目签约大会上,青州高新区就集中签约8个重大招商项目,总金额307亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青州市" && $0.metric == .projects_signed && $0.value == 37 })
        #expect(!f.contains { $0.zone == "青州高新区" && $0.value == 37 })
        #expect(f.contains { $0.zone == "青州市" && $0.label == "新能源新材料项目" && $0.value == 30 })
        #expect(f.contains { $0.zone == "青州高新区" && $0.metric == .projects_signed && $0.value == 8 })
        #expect(f.contains { $0.zone == "青州高新区" && $0.metric == .signed_investment && $0.value == 30_700_000_000 })
    }

    @Test func aCountysDevelopmentZoneIsTheZoneNotTheCounty() {
        // 来安县经济开发区: another kind of zone's suffix right after a county is the zone named after it (as after a city,
        // 天水市经济技术开发区), and bare 开发区 after it is that zone; the county owns none of its figures. The zone is named
        // by its short form, as readers write it, without the suffix of a county of two characters (来安经开区)
        let page = """
        青松县经济开发区综合考核居全省前列

        2018年,开发区实现税收收入18.45亿元,规上工业增加值56.5亿元,固定资产投资107.56亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松经开区" && $0.metric == .fixed_asset_investment && $0.value == 10_756_000_000 })
        #expect(!f.contains { $0.zone == "青松县" })
    }

    @Test func aParkTheNewsCameFromIsThePagesOwn() {
        // 昨天，从青松工业园区传来消息，…园区完成…: a park right after a preposition of a name, where the reporter says the
        // news came from, is the page's own; bare 园区 after it is that park
        let page = """
        (资料图片仅供参考)

        昨天,从青松工业园区传来消息,今年1至6月,园区完成地区生产总值1706.1亿元,实际利用外资15.6亿美元、增长21.8%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松工业园区" && $0.metric == .gdp && $0.value == 170_610_000_000 })
        #expect(f.contains { $0.zone == "青松工业园区" && $0.metric == .fdi && $0.yoyPct == 21.8 })
    }

    @Test func theSuffixOfAMonthsOrAYearsNameIsNoPartOfAZonesName() {
        // 1-10月份开发区进出口…: 份 ends the month's name (10月份), not a place's; 开发区 is the page's zone
        let page = """
        青松经济技术开发区前十月外贸降幅收窄

        数据显示:2009年1-10月份开发区进出口177.75亿美元,同比下降17.28%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松经开区" && $0.metric == .trade_total && $0.value == 17_775_000_000 })
        #expect(!f.contains { $0.zone.hasPrefix("份") })
    }

    @Test func theProvincesEconomicDevelopmentZonesTogetherAreACollective() {
        // 全省经济开发区, 我省经济开发区: the province's zones of that kind together, as 全省开发区 and 全省高新区 are; 2020年度
        // is a time, no part of the name
        let page = """
        开发区打造高能级开放平台

        前三季度,我省经济开发区实际利用外资70.5亿美元,同比增长9.2%。
        从税收贡献看,2020年度全省经济开发区实现税收收入5103.33亿元,较上年度同比增长8.74%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "全省经济开发区" && $0.entity == .collective && $0.metric == .fdi && $0.value == 7_050_000_000 })
        #expect(f.contains { $0.zone == "全省经济开发区" && $0.metric == .tax_revenue && $0.value == 510_333_000_000 })
    }

    @Test func anEstimatesVerbLeadingItsClauseGovernsTheStatementsAfterIt() {
        // 初步预计，…；…: an estimate's verb with a comma after it, opening its clause (初步 before it or not), is a lead that
        // governs the statements after it; 好于预计，… is a comparison and governs nothing
        let page = """
        青松区一季度经济运行逆势上扬

        2022年一季度,青松区克服疫情带来的不利影响,经济运行逆势上扬。初步预计,地区生产总值增长7%以上;规上工业增加值增长22%、固定资产投资增长40.1%。
        2022年上半年,青松区经济运行好于预计,规上工业增加值增长18%。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .gdp && $0.value == 7 && $0.kind == .estimate })
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.value == 40.1 && $0.kind == .estimate })
        #expect(f.contains { $0.metric == .industrial_value_added && $0.value == 18 && $0.kind == .actual })
    }

    @Test func aYearOpeningAnEventsNameInTheYearTheLeadDatesIsTheEventsEdition() {
        // 3月31日，2025年青松市重大产业项目集中签约活动举行: the year opening the clause names the event's edition, the lead's
        // day dates its figures (March); 2024年招商大会 after a lead of 2025 is another year's event, and its year dates them
        let page = """
        青松市重大产业项目集中签约 2025-10-23

        3月31日,2025年青松市重大产业项目集中签约活动举行,152个重大产业项目集中签约,总投资约4418亿元。
        10月22日,青松市招商大会吹风会举行。会上介绍,今年1-9月,青松市新签约产业项目234个;2024年全球招商大会签约项目22个。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 152 && $0.period == Period.months(2025, 3, 3) })
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 22 && $0.period == Period.year(2024) })
    }

    @Test func theParticleWrittenWithItsTraditionalFormOpensNoName() {
        // 標誌著臨港新片區: 著 for the particle 着 (OpenCC keeps the character) is no part of the park's name after it
        let page = """
        青松新片區重大項目集中開工

        2022年6月6日,青松新片區第二季度重大項目集中開工,標誌著青松新片區今年開工重大項目達到45個。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松新片区" && $0.value == 45 })
        #expect(!f.contains { $0.zone.hasPrefix("标志") || $0.zone.hasPrefix("標誌") })
    }

    @Test func kindsOfProjectsListedInACountsNounAreTheSetCounted() {
        // 30个招商大项目、好项目集中签约: kinds of projects listed with 、, each with the project noun, make one noun; the
        // set verb after it says what the count is
        let page = """
        青松高新区投资促进大会举行

        17日下午,青松高新区投资促进大会举办,30个招商大项目、好项目集中签约,总投资746.28亿元。
        当天,12个工业项目、服务业项目集中开工。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 30 })
        #expect(f.contains { $0.metric == .projects_started && $0.value == 12 })
    }

    @Test func theRatesOfPartsAfterQizhongAreOfTheMetricTheSentenceBeforeGave() {
        // 园区工业增加值同比增长12.51%…。其中：东川工业园区增长15.43%，…: each part's rate after 其中 is of the metric the
        // sentence before gave, and the part's own; 分季度看，一季度…同比增长7%，上半年增速7.3%: so after a breakdown's lead,
        // and a clause of a rate alone after such a rate is of the same metric
        let page = """
        青松开发区前三季度经济运行情况

        2017年前三季度,园区工业增加值同比增长12.51%,高出全市工业增加值增速3.87个百分点。其中:东川工业园区增长15.43%,甘河工业园区增长0.60%。
        青松开发区地区生产总值达229.2亿元。分季度看,一季度青松开发区同比增长7%,上半年增速7.3%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "东川工业园区" && $0.metric == .industrial_value_added && $0.value == 15.43 })
        #expect(f.contains { $0.zone == "甘河工业园区" && $0.metric == .industrial_value_added && $0.value == 0.6 })
        #expect(f.contains { $0.zone == "青松开发区" && $0.metric == .gdp && $0.value == 7 && $0.unit == .percent })
        #expect(f.contains { $0.zone == "青松开发区" && $0.metric == .gdp && $0.value == 7.3 && $0.unit == .percent })
    }

    @Test func aHeadlineWhoseClausesACommaJoinsIsNoStartOfTheLeadAfterIt() {
        // 青松64个重大项目集中开工,总投资2734亿元 | blank | 2022年首个工作日，…: one short line ending with a figure and its unit
        // before a blank line is a headline, however a mirror joined its clauses; the lead that prints the figures again
        // is a paragraph of its own, each printing a fact of its sentence (a line wrapped before its figure, …重大平台创新项目
        // | blank | 共5个, still goes on)
        let page = """
        青松64个重大项目集中开工,总投资2734亿元

        2022年首个工作日,青松市64个重大项目集中开工,总投资2734亿元,涉及高端产业、科技创新等领域。
        """
        let f = facts(page)
        #expect(f.filter { $0.metric == .projects_started && $0.value == 64 }.count == 2)
        #expect(f.filter { $0.metric == .project_investment && $0.value == 273_400_000_000 }.count == 2)
    }

    @Test func aBracketOfNamesRightAfterANewsLeadIsItsCredit() {
        // 本网讯(朱志坚 李顺杰)漳浦县…: right after a news lead's mark, a bracket of names alone is the lead's credit, as one
        // with 记者 is; the county after it opens the text's first clause, and 全县 is it
        let page = """
        本网讯(王青 李松)青松县招商引资“开门红”:3月23日,全县2020年第一季度项目集中签约仪式在县工信局举行,现场共签约六个项目,总投资7.24亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松县" && $0.metric == .projects_signed && $0.value == 6 })
        #expect(f.contains { $0.zone == "青松县" && $0.metric == .signed_investment && $0.value == 724_000_000 })
    }

    @Test func aSitePathEndingInThePageAndABrandAfterAHyphenNameNoSubjectOfThePage() {
        // 新华网天津 > 正文: a path of two parts whose second is the page itself is a site's path, no line of the page's head;
        // 滨海-中关村数字经济产业园: a zone's alias after a hyphen is a brand a park borrows, no zone. The other kind of zone
        // the lead names as its subject is the page's, and its bare 经开区 is it (never a zone called 经开区)
        let page = """
        新华网青松 > 正文
        2023 03/23 14:52:22来源: 青松晚报

        经开区经济运行实现“开门红”

        2023-03-23 14:52:22    来源: 青松晚报
        字体:
        分享到:

          记者昨日获悉,青松经开区强化企业服务,今年1至2月主要经济指标实现快速增长。

          多项经济指标大幅增长。1至2月,经开区多项经济指标两位数增长。其中,固定资产投资完成42.5亿元,增长0.2%。

          从项目建设看,滨海-中关村数字经济产业园、华融总部基地等16个重点项目相继开工,总投资达78亿元。
        """
        let f = facts(page)
        #expect(!f.isEmpty)
        #expect(f.allSatisfy { $0.zone == "青松经开区" })
        #expect(f.contains { $0.metric == .fixed_asset_investment && $0.value == 4_250_000_000 })
        // (the months a sentence opened with before its 其中 are the time the next paragraphs speak of)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 16 && $0.period == Period.months(2023, 1, 2) })
    }

    @Test func aShortLineOfTheHeadGivingAFigureAsADistrictsMakesThePageTheDistricts() {
        // 总投资超182亿元 | 金东区签约32个项目: a short line of the page's head giving a figure as a district's, its full name
        // opening a clause, makes the page the district's as a city's headline does: the lead's figures without a subject
        // are the district's
        let page = """
        总投资超182亿元

        青松区签约32个项目

          本报青松10月2日电 10月2日上午,2018青松乡贤大会开幕。开幕式上举行了重大项目签约仪式,共签约32个项目,计划总投资超182亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松区" && $0.entity == .district && $0.metric == .projects_signed && $0.value == 32 && $0.source.line == 5 })
        #expect(f.contains { $0.zone == "青松区" && $0.metric == .signed_investment && $0.value == 18_200_000_000 })
    }

    @Test func aTimeAfterASectionsLabelOpensItsSentence() {
        // 【工业概况】 2021年，青松市…: a time right after a section's label in lenticular brackets opens the sentence, and is
        // the time the next paragraphs speak of
        let page = """
        【工业概况】 2021年,青松市统筹推进疫情防控和经济社会发展,全市工业呈现“一好三快”的特点。
        工业经济稳中向好 全市地区生产总值3566.17亿元,比上年增长8.2%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青松市" && $0.metric == .gdp && $0.period == Period.months(2021, 1, 12) })
    }

    @Test func aPlaceWhoseSentenceGivesOneProjectsFiguresIsNoSubjectOfTheNextSentences() {
        // 12月22日，坦洲镇投资10亿元的明彩…项目从摘牌到动工用时29分钟。全年动工重点工业项目235个: a sentence whose figures
        // are one project's only names where the project is, not the subject of the paragraph's next sentences
        let page = """
        青松市2021年工业概况

        2021年,青松市工业稳中向好。12月22日,松林镇投资10亿元的明彩智慧显示项目从摘牌到动工用时29分钟。全年动工重点工业项目235个,计划投资总额548.9亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_started && $0.value == 235 })
        #expect(!f.contains { $0.zone == "松林镇" })
    }

    @Test func aNewAreasProvinceRightBeforeItsNameIsPartOfIt() {
        // 湖南湘江新区, 四川天府新区: a new area's name of two characters right after its province's, no suffix between, is
        // the area's official name, kept as written (安徽省芜湖江北新区 stays the city's area, 芜湖江北新区); a brief compares
        // 四川天府新区 and 天府新区 as one zone
        let page = """
        湖南湘江新区举行重大项目签约

        1月25日,湖南湘江新区举行重大项目集中签约,签约项目26个,总投资401.6亿元。安徽省芜湖江北新区签约项目3个。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "湖南湘江新区" && $0.metric == .projects_signed && $0.value == 26 })
        #expect(f.contains { $0.zone == "芜湖江北新区" && $0.metric == .projects_signed && $0.value == 3 })
        #expect(extractor.canonicalZoneName("四川天府新区") == extractor.canonicalZoneName("天府新区"))
        #expect(extractor.canonicalZoneName("江苏省高新区") == "江苏省高新区")
    }

    @Test func aShortCaptionWithAListsCommaIsNoParagraphsFirstWords() {
        // 芜湖市委副书记、市长宁波致辞 | 据「大江资讯」报道，此次签约…: a short line with a list's 、 and no clause after it is a
        // caption or credit, a line of its own; and a clause telling whose report the sentence passes on opens it before
        // 此次, which is the event the lead's day dates
        let page = """
        安庆江南新区举行集中签约仪式
        2022-10-09

        10月8日,安庆市江南新区举行招商引资项目集中签约仪式。此间,共有43个项目签约,总投资额超过600亿元。
        安庆市委副书记、市长李明致辞
        据「大江资讯」报道,此次签约产业类项目16个,总投资488亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 16 && $0.period == Period.months(2022, 10, 10) && $0.source.line == 6 })
    }

    @Test func aYearOpeningAQuoteAfterALeadsCreditIsPutInPlay() {
        // …网讯 记者苟俊报道 “2023年，西安高新区共谋划实施重点项目598个…”: a year right after a lead's credit and an opening
        // quote opens the statement, and is the time the next paragraphs speak of
        let page = """
        青松高新区:598个重点项目!
        2023-02-18

        中国发展网讯 记者王明报道 “2023年,青松高新区共谋划实施重点项目598个,总投资10930亿元……”近日,青松高新区发布项目计划。

        根据计划,在“实力高新”建设方面,青松高新区谋划实施重点项目155个。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_key && $0.value == 155 && $0.period == Period.months(2023, 1, 12) })
    }

    @Test func aPageSpeakingAsItsCityNamedOnlyByItsShortNameIsThatCitys() {
        // 总投资1016亿元!2024年三季度全市重大项目集中开工: a headline whose clause opens with a time and 全市 speaks as the city;
        // a page that names its city only by its short name opening a clause as its subject (近年来，孝感坚持…) is that city's
        // (not a short name an institution's runs on from: 中山大学); and months of the year right before the sentence's
        // subject (三季度我市新开工…) are the time the next lines speak of
        let page = """
        总投资506亿元!2024年三季度全市重大项目集中开工

        近年来,咸宁坚持把项目建设作为高质量发展的硬支撑,中山大学等院校也参与其中。

        截止9月13日,全市亿元以上产业项目签约271个。

        据悉
        三季度我市新开工亿元以上项目92个
        总投资506亿元
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "咸宁市" && $0.metric == .projects_signed && $0.value == 271 })
        #expect(f.contains { $0.zone == "咸宁市" && $0.metric == .project_investment && $0.value == 50_600_000_000 && $0.source.line == 9
            && $0.period == Period.months(2024, 7, 9) })
    }

    @Test func theLevelAChangeStartsFromIsOfItsOwnTimeOrNone() {
        // 由336家扩大到378家: the level a change starts from is of a time before the figure's that the text does not give, no
        // fact (before, it was read as the figure's own time, two levels for one time); 由上年336家增加到378家: of the year
        // compared with; the level the change ends at is the figure's either way
        let page = """
        青松高新区2020年工作情况
        2020-12-01

        今年,青松高新区高新技术企业由336家扩大到378家。
        今年,青松高新区规上工业总产值由上年336亿元增加到378亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .high_tech_enterprises && $0.value == 378 && $0.period?.end == YearMonth(2020, 12) })
        #expect(!f.contains { $0.metric == .high_tech_enterprises && $0.value == 336 })
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 37_800_000_000 && $0.period == Period.months(2020, 1, 12) })
        #expect(f.contains { $0.metric == .industrial_output && $0.value == 33_600_000_000 && $0.period == Period.months(2019, 1, 12) })
    }

    @Test func aShortQuotedNameInsideACountsNounLeavesTheSetVerbAfterItTheCounts() {
        // 15个重大项目在市“金洽会”集中签约: the count's noun runs on through a short quoted name to the set verb that says
        // what happened to the projects, as it does without the quotes (before: 重大项目, key projects)
        let page = """
        青松高新区15个重大项目在市“金洽会”集中签约
        2021-10-21
        """
        let f = facts(page)
        #expect(f.contains { $0.metric == .projects_signed && $0.value == 15 })
        #expect(!f.contains { $0.metric == .projects_key })
    }

    @Test func aRankingsColumnOfItsOwnTimeAndMetricDatesAndNamesItsRows() {
        // 序号 | 国家级新区 | 2023年GDP | 增速 |: a column naming its metric after its time gives an entity's row that
        // metric and that time (not the page's 2024), its growth the column after it; a cell's unit in it (16,715.15亿), and a
        // note in brackets after a figure (4.6%（预估数）) holding a kind's marker makes the row's figure of that kind
        let page = """
        2024年国家级新区经济实力排行
        2024-03-01
        序号 | 国家级新区 | 2023年GDP | 增速 |
        1 | 上海浦东新区 | 16,715.15亿 | 4.8% |
        2 | 天津滨海新区 | 7,303.03亿 | 4.6%(预估数) |
        """
        let f = facts(page)
        let pudong = f.first { $0.zone == "上海浦东新区" && $0.metric == .gdp }
        #expect(pudong?.value == 1_671_515_000_000)
        #expect(pudong?.yoyPct == 4.8)
        #expect(pudong?.period == Period.months(2023, 1, 12))
        #expect(pudong?.kind == .actual)
        #expect(f.contains { $0.zone == "天津滨海新区" && $0.metric == .gdp && $0.value == 730_303_000_000 && $0.kind == .estimate })
    }

    @Test func aKindOfZoneAloneOnAPageThatNamesNoneIsNoZone() {
        // 经开区 alone on a zone's own page whose name only its address gives (jkq.….gov.cn): no zone called 经开区, as never
        // one called 高新区; the figure is listed as having no zone
        let page = """
        上半年经开区工业经济持续稳居全市第一
        上半年,经开区规上工业企业实现入库税收1.11亿元,同比增长38.5%。
        """
        let r = extractor.extract(text: page, file: "p.txt")
        #expect(!r.value.facts.contains { $0.zone == "经开区" })
        #expect(r.value.unread.contains { $0.reason == .noZone })
    }

    @Test func aVerbBeforeALevelsOfficeNamesNoCounty() {
        // 邀请县人大代表: a verb whose object is a county's office or its people is no county's name (not 邀请县)
        let page = """
        县投资促进合作局举行开放日活动
        12月26日,县投资促进合作局举行行政办公开放日活动,邀请县人大代表、政协委员20余人走进工业园区。2017年以来,全县累计签约招商引资项目53个。
        """
        #expect(!facts(page).contains { $0.zone == "邀请县" })
    }

    @Test func aCountysZoneOfOneCharacterAndAComprehensiveExperimentalZoneAreZones() {
        // 渠县经开区: a county of one character before another kind of zone's suffix names that zone (not a zone's quarter,
        // 北区临空经济区); 平潭综合实验区: a comprehensive experimental zone is a kind of zone of its own
        let page = """
        园区经济快讯
        2021-03-02
        2020年,渠县经开区规上工业企业达60家,工业总产值146.75亿元。
        2020年,平潭综合实验区地区生产总值320亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "渠县经开区" && $0.metric == .industrial_output && $0.value == 14_675_000_000 })
        #expect(f.contains { $0.zone == "平潭综合实验区" && $0.metric == .gdp && $0.value == 32_000_000_000 })
    }

    @Test func aPageNamingNoCityIsTheCityItsAddressSpellsInPinyin() {
        // a page whose text names no city, saved with its address: a host's label or a folder that is a city's short name in
        // pinyin (jkq.lishui.gov.cn, /news/lishui/) is the city 全市 means and whose zone of a kind a bare 经开区 is; a
        // spelling two cities share (suzhou: 苏州, 宿州) names neither
        let city = """
        http://news.example.cn/lishui/2023/0512/88.html
        全市一季度重大项目集中签约
        4月10日,全市一季度重大项目集中签约仪式举行,共签约项目26个,总投资153亿元。
        """
        #expect(facts(city).contains { $0.zone == "丽水市" && $0.metric == .projects_signed && $0.value == 26 })
        let zone = """
        https://jkq.lishui.gov.cn/xinwen/show/9f2c.html
        经开区上半年工业经济稳中有进
        上半年,经开区规上工业企业实现入库税收2.3亿元,同比增长12%。
        """
        #expect(facts(zone).contains { $0.zone == "丽水经开区" && $0.metric == .tax_revenue && $0.value == 230_000_000 })
        let shared = """
        http://news.example.cn/suzhou/2023/0512/88.html
        全市一季度重大项目集中签约
        4月10日,全市一季度重大项目集中签约仪式举行,共签约项目26个,总投资153亿元。
        """
        #expect(!facts(shared).contains { $0.metric == .projects_signed })
    }

    @Test func foreignCapitalAgreedOnPaperIsOutOfScope() {
        // 注册协议利用外资2.824亿美元: capital agreed on paper, as 合同利用外资 is; 实际利用外资 after it is FDI
        let page = """
        青松经开区2007年外资工作综述
        2007年,青松经开区共注册协议利用外资2.824亿美元,实际利用外资1.336亿美元。
        """
        let f = facts(page)
        #expect(!f.contains { $0.value == 282_400_000 })
        #expect(f.contains { $0.metric == .fdi && $0.value == 133_600_000 })
    }

    @Test func aSetFramedByItsProjectsBreaksDownByPlaceAndAProvinceNamedInFullOwnsItsWholeFigures() {
        // 一季度集中开工重大项目中，白沙115个、总投资802亿元: a frame's end right after 项目 frames many projects, no single
        // one; each place then has its share of the set (projects started, their total investment). 全省 on a page that
        // names one province in full (青海省各地…) is that province (entity city), not no one; a figureless first sentence
        // announcing the set's event to come (将集中开工) makes the paragraph's figures a plan's
        let page = """
        重大项目集中开工
        2023-03-18
        根据部署,20日起,青海省各地将集中开工一批重大项目。全省一季度集中开工重大项目48个,总投资238亿元。
        一季度集中开工重大项目中,西宁15个、总投资80亿元,海东7个、总投资28亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青海省" && $0.entity == .city && $0.metric == .projects_started && $0.value == 48 && $0.kind == .target })
        #expect(f.contains { $0.zone == "青海省" && $0.metric == .project_investment && $0.value == 23_800_000_000 })
        #expect(f.contains { $0.zone == "西宁市" && $0.metric == .projects_started && $0.value == 15 })
        #expect(f.contains { $0.zone == "海东市" && $0.metric == .project_investment && $0.value == 2_800_000_000 })
        // (a page naming two provinces names neither by 全省)
        let two = facts("""
        重大项目集中开工
        青海省、甘肃省近日召开推进会。全省一季度集中开工重大项目48个,总投资238亿元。
        """)
        #expect(!two.contains { $0.metric == .projects_started })
    }

    @Test func aTownsSuffixInsideACountysNameAndAMarkerSaidToHoldBelowForTheArticle() {
        // 固镇县, 镇平县: a town's suffix may stand inside the name of a county (a level above a town's); a work report's
        // 预计（下同） holds for the report's later paragraphs too, for figures with no marker of their own
        let page = """
        —— 2023年12月28日在镇平县第十三届人民代表大会第三次会议上
        镇平县人民政府县长 张明
        各位代表:
        2023年,全县经济保持回升向好态势。预计(下同),实现地区生产总值219亿元,增长5.8%。
        招商引资更优。全年新签约亿元以上项目57个,增长23.8%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "镇平县" && $0.metric == .gdp && $0.value == 21_900_000_000 && $0.kind == .estimate })
        #expect(f.contains { $0.zone == "镇平县" && $0.metric == .projects_signed && $0.value == 57 && $0.kind == .estimate })
    }

    @Test func aCountysOwnPaperNamesTheCountyAPageSpeakingAsACountyMeans() {
        // 白岭新闻网讯…全县累计签约项目53个: a county's own paper or site after the county's name of two characters alone,
        // on a page that speaks as a county and names none, is that county's; a city's paper (青岛日报) names no county
        let page = """
        白岭新闻网讯(记者 张三)12月26日,县投资促进局举行开放日活动。
        2017年以来,全县累计签约招商引资项目53个,实现到位资金153.5亿元。
        """
        #expect(facts(page).contains { $0.zone == "白岭县" && $0.entity == .district && $0.metric == .projects_signed && $0.value == 53 })
        let city = facts("""
        青岛日报讯 12月26日,县投资促进局举行开放日活动。
        2017年以来,全县累计签约招商引资项目53个。
        """)
        #expect(!city.contains { $0.zone == "青岛县" })
    }

    @Test func aSetsVerbBeforeABareCountAndALeadsDayCountedBack() {
        // 其中开工46个，总投资180亿元；竣工27个: a set's verb right before a bare count of projects, in a paragraph that named
        // projects, counts the projects that verb names (the two sets counted together before are no figure of one);
        // 前日上午，… on a page of 2020-10-30 is a lead's day, 10月28日, whose month dates the event's sets
        let page = """
        白沙区项目集中开竣工
        2020-10-30
        前日上午,白沙区举行第四季度项目集中开竣工仪式,开竣工项目共73个,总投资285亿元。其中开工46个,总投资180亿元;竣工27个,总投资105亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "白沙区" && $0.metric == .projects_started && $0.value == 46 && $0.period == Period.months(2020, 10, 10) })
        #expect(f.contains { $0.metric == .project_investment && $0.value == 18_000_000_000 })
        #expect(f.contains { $0.metric == .projects_completed && $0.value == 27 })
        #expect(!f.contains { $0.value == 73 })
    }

    @Test func aCountOfProjectsAfterAProjectWordInANounIsNoSingleProject() {
        // 落实…服务项目机制，137个市重点项目完成投资236.8亿元: 项目 inside a noun (服务项目机制) before a count whose noun names
        // projects of its own: that set is the subject, no single project
        let page = """
        白沙区2021年工作回顾
        2022-01-10
        2021年,落实挂图作战和领导挂点服务项目机制,137个市重点项目完成投资236.8亿元,年度投资完成率110.8%。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "白沙区" && $0.metric == .projects_key && $0.value == 137 })
        #expect(f.contains { $0.zone == "白沙区" && $0.metric == .annual_investment && $0.value == 23_680_000_000 })
    }

    @Test func ownersListedBeforeRespectiveFiguresEachHaveTheirOwn() {
        // 烟台市、青岛市、东营市分别实现地区生产总值x、y、z: owners listed, then 分别 and as many figures: each owner its own, in
        // order (before: the last owner took the first figure); a ranking's cities by their short names after a names opener
        // (前三名为烟台、青岛、东营，产值分别为…) likewise, with the metric its clause names in full
        let page = """
        全省高新技术产业发展情况
        2015-08-01
        2015年上半年,全省高新技术产业产值总量前三名为烟台、青岛、东营,产值分别为3468.98亿元、3327.05亿元、2198.67亿元。
        2022年,青松高新区、白沙高新区分别实现地区生产总值346.98亿元、332.05亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "青岛市" && $0.metric == .industry_output && $0.label == "高新技术产业" && $0.value == 332_705_000_000 })
        #expect(f.contains { $0.zone == "东营市" && $0.value == 219_867_000_000 })
        #expect(f.contains { $0.zone == "青松高新区" && $0.metric == .gdp && $0.value == 34_698_000_000 })
        #expect(f.contains { $0.zone == "白沙高新区" && $0.metric == .gdp && $0.value == 33_205_000_000 })
        #expect(!f.contains { $0.zone == "白沙高新区" && $0.value == 34_698_000_000 })
    }

    @Test func theAirportZoneOfZhengzhouIsOneZoneByItsShortName() {
        // 郑州航空港经济综合实验区, 航空港实验区: one zone of the lexicon, by its short name (before: a name of seven characters
        // before the suffix lost its first, 州航空港经济综合实验区)
        let page = """
        航空港实验区工作会晒出成绩单
        2017-08-17
        8月16日,郑州航空港经济综合实验区工作会晒出该区发展成绩单,上半年生产总值完成292.4亿元,同比增长11.6%。
        今年前7个月,航空港实验区334个重点项目实际完成投资342.6亿元。
        """
        let f = facts(page)
        #expect(f.contains { $0.zone == "郑州航空港区" && $0.metric == .gdp && $0.value == 29_240_000_000 })
        #expect(f.contains { $0.zone == "郑州航空港区" && $0.metric == .projects_key && $0.value == 334 })
        #expect(!f.contains { $0.zone.hasPrefix("州航空港") })
    }
}
