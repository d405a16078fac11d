import Foundation
import ZoneBriefCore

extension Lexicon {
    /// A word written around something else: `前…个月` (前6个月), `第…期` (第5期).
    public struct WordPair: Sendable, Hashable {
        public var first: [Unicode.Scalar]
        public var second: [Unicode.Scalar]
    }

    /// The words of the extractor's rules, from `rule<TAB>role<TAB>word|word|…` entries
    /// (`rules.tsv`): the small grammar of time expressions, numbers, flattened tables and places
    /// that the recognisers and the assembler apply. A user's `--lexicon` file can add words to a
    /// role (another range joiner) or replace a one-word role (the project noun).
    ///
    /// What stays in code is the script's own number and date system: the numerals
    /// (`ChineseNumeral`: 一…九, 十百千, 万亿兆, 廿, 卅, 点 and their other forms) and 年, 月, 日
    /// written right after a year, month or day number (``CalendarMarks``).
    public struct Rules: Sendable {
        /// One role a rule word plays; the raw value is the role's name in the lexicon file.
        public enum Role: String, CaseIterable, Sendable {
            // time expressions
            case asOf = "as-of", asOfMonth = "as-of-month", toDate = "to-date", samePeriod = "same-period", firstMonths = "first-months", leadTime = "lead-time"
            case periodEnd = "period-end", monthPart = "month-part", day, monthSuffix = "month-suffix", yearSuffix = "year-suffix"
            case rangeJoiner = "range-joiner", horizon, baseYear = "base-year", issue, newsLead = "news-lead", credit, captionTail = "caption-tail", sinceEnd = "since-end", recent
            // numbers
            case percent, overInside = "over-inside", ordinal, loneArticle = "lone-article", minus, money
            // flattened tables
            case tableLabel = "table-label", tableUnit = "table-unit", tableMonth = "table-month", tableTotal = "table-total"
            case tableGrowth = "table-growth", sectionGrowth = "section-growth", sectionCue = "section-cue", cellUnit = "cell-unit"
            case tableRise = "table-rise", tableFall = "table-fall", tableSum = "table-sum"
            // facts
            case project, projectCounter = "project-counter", singleProject = "single-project", yoy, industry, labelVerb = "label-verb", listEnd = "list-end", possessive, task, park, notPark = "not-park", monthlyBulletin = "monthly-bulletin", respectively, listJoiner = "list-joiner", thisEvent = "this-event", partCue = "part-cue", topicCopula = "topic-copula", namesOpener = "names-opener", dayPart = "day-part", dayThen = "day-then", topicLead = "topic-lead", statementVerb = "statement-verb", frameEnd = "frame-end", firmCounter = "firm-counter", bracketTarget = "bracket-target", reach, oneOf = "one-of", predicateLead = "predicate-lead", inclusiveEnd = "inclusive-end", government, sizeClass = "size-class", levelTail = "level-tail", headlineLabel = "headline-label", addressLabel = "address-label", meansLead = "means-lead", projectListNoun = "project-list-noun", referenceWord = "reference-word", focusWord = "focus-word", siteNoun = "site-noun", serviceVerb = "service-verb", setVerb = "set-verb", setJoiner = "set-joiner", eventNoun = "event-noun", eventJoiner = "event-joiner", partScope = "part-scope", parkPart = "park-part", pluralDeterminer = "plural-determiner", sinceLead = "since-lead", sinceTail = "since-tail", averageLead = "average-lead", cumulative, thisDay = "this-day", media, joinedSet = "joined-set", becomingLead = "becoming-lead", firmDeed = "firm-deed", industryGroup = "industry-group", together, authorityEnd = "authority-end", reportNoun = "report-noun", rankingNoun = "ranking-noun", now, breakdown, changeFrom = "change-from", changeTo = "change-to", firmNoun = "firm-noun", firstOf = "first-of", soFar = "so-far", rank, rankOrdinal = "rank-ordinal", rankTail = "rank-tail", setListing = "set-listing", setExamples = "set-examples", purposeLead = "purpose-lead", contribution, comparedWith = "compared-with", comparedTail = "compared-tail", breadcrumb, groupNoun = "group-noun", groupJoiner = "group-joiner", projectVerb = "project-verb", industryTopic = "industry-topic", itemNumberEnd = "item-number-end", rateNoun = "rate-noun", eachFigure = "each-figure", governmentReport = "government-report", governmentSpeaker = "government-speaker", goalLead = "goal-lead", objectLead = "object-lead", planOpening = "plan-opening", venueLead = "venue-lead", superlative, sameBelow = "same-below", frameCopula = "frame-copula", alternative, classBound = "class-bound", rateFrame = "rate-frame", levelEnd = "level-end", wholeYear = "whole-year", brandJoiner = "brand-joiner", monthInPlay = "month-in-play", institutionEnd = "institution-end", allFigure = "all-figure", townSuffix = "town-suffix", restateLead = "restate-lead", nounClose = "noun-close", multiple, projectPhase = "project-phase", rankVerb = "rank-verb", exampleTail = "example-tail", allOf = "all-of", placeThen = "place-then", tradePartner = "trade-partner", notTradePartner = "not-trade-partner", breadcrumbHome = "breadcrumb-home", breadcrumbLeaf = "breadcrumb-leaf", parkOpener = "park-opener", venuePreposition = "venue-preposition", venueVerb = "venue-verb", namePreposition = "name-preposition", estimateLead = "estimate-lead", eventTail = "event-tail", agency, projectOnlyCounter = "project-only-counter", officeTitle = "office-title", subparkEnd = "subpark-end", countLead = "count-lead", historyLead = "history-lead", excess, originLead = "origin-lead", averageTail = "average-tail", firmKind = "firm-kind", outcomeNoun = "outcome-noun", futureLead = "future-lead", newsSource = "news-source", attributionLead = "attribution-lead", creditTail = "credit-tail", pullLead = "pull-lead", region, historyTail = "history-tail", aheadVerb = "ahead-verb", growthQualifier = "growth-qualifier", partOpener = "part-opener", newSet = "new-set", provinceSelf = "province-self"
            // places
            case province, city, zoneNamingPlace = "zone-naming-place", parentPlace = "parent-place", notAfterPlace = "not-after-place", notInPlace = "not-in-place", notInIndustry = "not-in-industry", notPlaceFirst = "not-place-first", homeZone = "home-zone", kindSelf = "kind-self"
            case zoneCounter = "zone-counter", county, countyMedia = "county-media"
            case today, yesterday, twoDaysAgo = "two-days-ago"

            /// How many words the role takes and of what shape.
            enum Shape { case words, characters, pairs, oneWord }

            var shape: Shape {
                switch self {
                case .firstMonths, .issue, .breakdown, .excess: return .pairs
                case .overInside, .loneArticle, .projectCounter, .notPark, .province, .city, .zoneNamingPlace, .parentPlace, .notAfterPlace, .notInPlace, .notInIndustry, .notPlaceFirst, .zoneCounter, .frameEnd, .firmCounter, .industryGroup, .authorityEnd, .itemNumberEnd, .levelEnd, .brandJoiner, .projectPhase, .projectOnlyCounter, .subparkEnd: return .characters
                case .tableRise, .tableFall, .project, .homeZone, .county: return .oneWord
                default: return .words
                }
            }
        }

        /// What a table's header cell names (`table-…` roles).
        public enum TableHeader: Sendable, Hashable { case label, unit, month, total, growth }

        // MARK: time expressions

        /// 截至, 截止…: before a date, a stock at that date (截至6月底); tried in the order listed.
        public var asOf: [[Unicode.Scalar]] = []
        /// Words that make a figure a stock at a month (or a day of it) written right after them, and at
        /// nothing else (到7月10日, 到6月底; not 到2025年, an aim's horizon).
        public var asOfMonth: [[Unicode.Scalar]] = []
        /// 目前 after an as-of word (截至目前): a stock at the article's date.
        public var toDate: [[Unicode.Scalar]] = []
        /// 同期 after a year (去年同期): a comparison base, not a period.
        public var samePeriod: [[Unicode.Scalar]] = []
        /// 前…个月 around a month count: the first months of the year.
        public var firstMonths: [WordPair] = []
        /// 提前: a word that ends in a first-months word's first part (提前2个月完成…): a time ahead of
        /// schedule, no months of the year.
        public var leadTimes: [[Unicode.Scalar]] = []
        /// 底, 末 after a month or year: the stock at its end.
        public var periodEnds: [[Unicode.Scalar]] = []
        /// 初, 中, 上, 下 after a month: a part of it, not the month.
        public var monthParts: [[Unicode.Scalar]] = []
        /// 日, 号 after a day number: a date.
        public var dayMarks: [[Unicode.Scalar]] = []
        /// 上午, 下午…: a part of the day after a date (11月3日下午，…).
        public var dayParts: [[Unicode.Scalar]] = []
        /// Words of a day counted back from the article's date (今天, 昨日, 前日), by how many days back: a lead's day.
        public var daysBack: [(word: [Unicode.Scalar], days: Int)] = []
        /// 又, 再: between a day and what was done to a set of projects that day (5月25日又开工建设…).
        public var dayThenWords: [[Unicode.Scalar]] = []
        /// 其次是, 的是: the words that say names come next, as a ranking gives them (其次是兴安县和象山区; 排在前两位的是
        /// 高新区和兴安县): a place right after them opens its clause.
        public var namesOpeners: [[Unicode.Scalar]] = []
        /// 份 after a month (6月份).
        public var monthSuffixes: [[Unicode.Scalar]] = []
        /// 度 after a year (2023年度).
        public var yearSuffixes: [[Unicode.Scalar]] = []
        /// -, ~, 至, 到 between the ends of a range (1-5月, 1万-5万元); longest first.
        public var rangeJoiners: [[Unicode.Scalar]] = []
        /// 至, 到 before a year: a deadline (至2025年), not the article's year; opening a paragraph, the horizon
        /// its plans look to (到2025年，…产值达到2300亿元).
        public var horizonLeads: [[Unicode.Scalar]] = []
        /// 第…期 around an issue number after a year: an issue header.
        public var issueMarks: [WordPair] = []
        /// 较, 比 before a year: the base a figure is compared with (较2023年末), so the figure's
        /// own year is the one after it.
        public var baseYearLeads: [[Unicode.Scalar]] = []
        /// 从, 自 before a year and 开始, 起, 以来 after it (从2001年开始): the start of a span up to the page's
        /// day, which names no year of the page.
        public var sinceLeads: [[Unicode.Scalar]] = []
        public var sinceTails: [[Unicode.Scalar]] = []
        /// 成立于, 始建于 before a year (杭州高新区成立于1990年): a year of the place's history, which dates
        /// nothing of the page.
        public var historyLeads: [[Unicode.Scalar]] = []
        /// 获批, 批复…成立 after a year in its clause, with no figure there (于1984年获批建设, 2021年6月国务院批复同意成立的…
        /// 开发区): the year of a place's founding, which dates nothing of the page.
        public var historyTails: [[Unicode.Scalar]] = []
        /// 建成, 投产 after a year a plan looks to (预计2025年建成): a project's time to come, not the page's year.
        public var aheadVerbs: [[Unicode.Scalar]] = []
        /// 情况, 进展 in a list's lead line (主要目标完成情况：): the items under it tell outcomes, whatever kind
        /// marker the lead holds.
        public var outcomeNouns: [[Unicode.Scalar]] = []
        /// 将在, 将继续 right after a year and its subject (2019年，浑南区将在…打头阵): the year of what is still to
        /// come, not the year of a day the page writes without one (a day of the year it reviews).
        public var futureLeads: [[Unicode.Scalar]] = []
        /// 获悉, 了解到 in a clause after a lead's day (15日，记者从市统计局获悉，前九月全市…): the day the news was
        /// told, no event's; the time the next clause opens with is that of the figures after it.
        public var newsSources: [[Unicode.Scalar]] = []
        /// Words opening a clause that tells whose report the sentence passes on (据「大江资讯」报道，此次签约…).
        public var attributionLeads: [[Unicode.Scalar]] = []
        /// Words ending a lead's credit, a credit word and a name before them (记者苟俊报道): the text opens after them.
        public var creditTails: [[Unicode.Scalar]] = []
        /// 东部沿海, 中西部 right before a count of zones (东部沿海33家国家级开发区): the part of the country they
        /// are, part of the collective's name.
        public var regions: [[Unicode.Scalar]] = []
        /// 拉动 earlier in a growth rate's clause (共完成产值2127.87亿元，拉动产值增长19.04%): what a part adds to the
        /// whole's growth, no year-on-year rate.
        public var pullLeads: [[Unicode.Scalar]] = []
        /// 到目前, 至今 later in the clause of 从 and a year (从1993年引进第一家外资企业到目前): the span's end, now.
        public var sinceEnds: [[Unicode.Scalar]] = []
        /// 讯, 电 before a day that opens a news lead (本报讯2月25日，…): the article's day.
        public var newsLeads: [[Unicode.Scalar]] = []
        /// 记者, 通讯员 in a bracket after a news lead's mark (荆楚网消息(记者…)2015年上半年…): the lead's credit,
        /// after which the text's first clause opens.
        public var creditWords: [[Unicode.Scalar]] = []
        /// 摄, 供图 ending a short line after a photographer's name (…工作会议。人民网 李思玥摄): a photo's
        /// caption, no text.
        public var captionTails: [[Unicode.Scalar]] = []
        /// 近日, 日前: "recently", a time of its own that is no period: the figure takes no
        /// period from the sentences before it.
        public var recentWords: [[Unicode.Scalar]] = []

        // MARK: numbers

        /// 百分之 before a numeral: a percentage.
        public var percentLeads: [[Unicode.Scalar]] = []
        /// 多, 余 inside a numeral (十余万): more than.
        public var overInside: ScalarSet = []
        /// 第 before a numeral: an ordinal, no figure.
        public var ordinals: [[Unicode.Scalar]] = []
        /// 一, 两, 几 alone before a count unit: an article, no figure.
        public var loneArticles: ScalarSet = []
        /// 负 before a number: minus.
        public var minusWords: [[Unicode.Scalar]] = []
        /// 元, 美元 after a doubled large unit (亿亿元): a malformed figure.
        public var moneyUnits: [[Unicode.Scalar]] = []

        // MARK: flattened tables

        /// Header words and the column they name, in the order listed (the first found in a cell wins).
        public var tableHeaders: [(word: [Unicode.Scalar], header: TableHeader)] = []
        /// The `table-unit` words (单位), which also declare a heading's unit (单位：亿元).
        public var tableUnitWords: [[Unicode.Scalar]] { tableHeaders.filter { $0.header == .unit }.map(\.word) }
        /// 增速, 增长, 增幅 after a section heading's metric word: its rows are growth rates.
        public var sectionGrowthWords: [[Unicode.Scalar]] = []
        /// section-cue: words that make a short line a table's section heading (表二, 增速, 排名)
        public var sectionCues: [[Unicode.Scalar]] = []
        /// 元, 个, 家…: a cell or bracket ending in one is a unit.
        public var cellUnits: [[Unicode.Scalar]] = []
        /// 增长 and 下降, as a row's growth rate is written out for the sentence reader.
        public var riseWord: [Unicode.Scalar]? = nil
        /// 合计, 总计 after an entity's name: a row totalling the entities above it.
        public var sumWords: [[Unicode.Scalar]] = []
        public var fallWord: [Unicode.Scalar]? = nil

        // MARK: facts

        /// 项目: the project noun (a sentence about one named project; counted projects).
        public var projectNoun: [Unicode.Scalar]? = nil
        /// 单体, 最大的…: words that make the project a clause names one project, not a set.
        public var singleProjectCues: [[Unicode.Scalar]] = []
        /// 个, 项, 批 before the project noun: projects counted.
        public var projectCounters: ScalarSet = []
        /// 大 between a numeral and the project noun (20大项目, 十大重点项目): a counter of projects only,
        /// no count anywhere else (三大产业).
        public var projectOnlyCounters: ScalarSet = []
        /// 书记, 主任, 区长…: a few letters after a place's name, the office of a person (苏州高新区党工委书记、
        /// 虎丘区委书记毛伟出席活动): the place is where the person serves, no subject.
        public var officeTitles: [[Unicode.Scalar]] = []
        /// 园 ending two or three letters right after a zone's name, without brackets (中关村海淀园, 南京高新区江宁园):
        /// a park of the zone named after its place, as 南京高新区(江宁园) is.
        public var subparkEnds: ScalarSet = []
        /// 共, 共计…: between the project noun and a part's count (科学城九龙坡片区项目共7个): the count is still
        /// the noun's, read as 项目7个 is.
        public var countLeads: [[Unicode.Scalar]] = []
        /// 有, 共有, 涉及: words that open a part of a set after 其中 or a list break, before the part's noun
        /// (其中有外资项目3个): no part of the noun.
        public var partOpeners: [[Unicode.Scalar]] = []
        /// 新, 新增: right before (or opening) the word of a set of projects, projects new over the months (截至目前，已新
        /// 引进项目19个: the year's to that day, not all there are).
        public var newSetMarks: [[Unicode.Scalar]] = []
        /// 全省, 我省: the words of a province speaking of itself; the first names a province's zones together (全省高新区).
        public var provinceSelfWords: [[Unicode.Scalar]] = []

        /// A firm deed that says what the firms did (longer than the firm noun alone) a few Han letters of qualifier
        /// after `start` (110家中小企业升级为规上企业: 中小, then 企业升级为), before `end`: (qualifier's length, deed's length).
        public func qualifiedFirmDeed(in s: [Unicode.Scalar], after start: Int, before end: Int) -> (qualifier: Int, deed: Int)? {
            let bare = firmDeeds.map(\.count).min() ?? 0
            for q in 1...4 {
                guard start + q < end, ScalarText.isHan(s[start + q - 1]) else { return nil }
                if let d = firmDeeds.first(where: { $0.count > bare && start + q + $0.count <= end && ScalarText.matches(s, at: start + q, $0) }) {
                    return (q, d.count)
                }
            }
            return nil
        }
        /// 同比 before a growth word.
        public var yoyWords: [[Unicode.Scalar]] = []
        /// 产业: the end of an industry's name before a metric word.
        public var industrySuffixes: [[Unicode.Scalar]] = []
        /// 完成, 实现, 总, 的, 达 between an industry's name and the metric word; tried in order.
        public var labelVerbs: [[Unicode.Scalar]] = []
        /// 等 after a list of names (电子、汽车等产业): the list's end, not part of a name.
        public var listEnds: [[Unicode.Scalar]] = []
        /// 的 between a share noun or a figure and what follows it.
        public var possessives: [[Unicode.Scalar]] = []
        /// 任务 after a period: the year's target, not the figure's period.
        public var taskNouns: [[Unicode.Scalar]] = []
        /// 图, 级: the last character of a bracket after a zone name that names nothing of the zone
        /// ((资料图): a caption; (国家级): its level).
        public var notParkEnds: ScalarSet = []
        /// (characters) ending a level (省级, 国家级): no name before a zone suffix ends with one.
        public var levelEnds: ScalarSet = []
        /// (characters) joining a city to a brand it borrows (南宁·中关村): no zone's alias after one.
        public var brandJoiners: ScalarSet = []
        /// 部, 委, 厅…: the last character of an authority's name, which is no zone's name before a zone
        /// suffix (科技部国家高新区排名: the ministry's ranking of the national zones).
        public var authorityEnds: ScalarSet = []
        /// 经济运行, 主要经济指标…: a headline naming one month with one of these is a monthly
        /// bulletin, whose month stands for the year to that month (2020年10月全区经济运行情况).
        public var monthlyBulletinWords: [[Unicode.Scalar]] = []
        /// 分别, 依次: a list of names and a list of figures paired in order (A、B产值分别为1亿元、2亿元).
        public var respectivelyWords: [[Unicode.Scalar]] = []
        /// Right before a figure after names joined by 、 or 和, what gives each name that figure (晋州市和赵县，
        /// 各4个).
        public var eachFigureWords: [[Unicode.Scalar]] = []
        /// Right before a figure after names joined by 、 or 和 and a metric (玉山镇、狮山镇的地区生产总值均过千亿元):
        /// what gives every name that figure.
        public var allFigureWords: [[Unicode.Scalar]] = []
        /// The suffixes of a town or sub-district (镇, 街道): one named right after a zone is a place of the zone.
        public var townSuffixes: [[Unicode.Scalar]] = []
        /// Opening a sentence that says what the one before was (这是…今年一季度交出的成绩单): its time dates the
        /// figures before that no time dated.
        public var restateLeads: [[Unicode.Scalar]] = []
        /// Right after a metric word that 的 opens after an amount, what closes its noun (位居, 领跑, 同比, 和):
        /// the amount is that metric's (以850亿元的工业总产值位居全省第二).
        public var nounClosers: [[Unicode.Scalar]] = []
        /// 期 after a numeral right after a name (产业园二期): a phase of a project, so the name is a project's.
        public var projectPhases: ScalarSet = []
        /// 列, 位居 between a place and a rank (增速在全市各区县列第二): the place is where the rank is counted.
        public var rankVerbs: [[Unicode.Scalar]] = []
        /// 为例 right after an entity a means-lead opens (以长沙高新区为例): the example, the subject of what follows.
        public var exampleTails: [[Unicode.Scalar]] = []
        /// 全部, 均 between a count of key projects and a set verb (14个省级重点项目全部开工): the verb says of all of them,
        /// and the count is the list.
        public var allOfWords: [[Unicode.Scalar]] = []
        /// Words that may follow a place's suffix though they open with a not-after-place character
        /// (济南市外贸进出口: 外贸 is foreign trade, not 市外, outside the city).
        public var placeThenWords: [[Unicode.Scalar]] = []
        /// 对 before a trade word in its clause (济南市对东盟、非洲分别进出口325.9亿元、196.8亿元): trade with a partner,
        /// a part of the trade total, not the total.
        public var tradePartnerWords: [[Unicode.Scalar]] = []
        /// Words that open with a trade-partner word and name no partner (对外贸易进出口: foreign trade itself).
        public var notTradePartnerWords: [[Unicode.Scalar]] = []
        /// 倍: after a time and 的, a multiple of what that time had (是2013年的近2倍): the time is a base.
        public var multiples: [[Unicode.Scalar]] = []
        /// 、, 和, 及, 与: what stands between the figures of such a list.
        public var listJoiners: [[Unicode.Scalar]] = []
        /// The list joiners written in words (和, 及, 与), which may join two names.
        public var wordListJoiners: [[Unicode.Scalar]] { listJoiners.filter { !$0.isEmpty && $0.allSatisfy(ScalarText.isHan) } }
        /// 此次, 本次: a paragraph opening with one speaks of the event the article dated before.
        public var thisEventWords: [[Unicode.Scalar]] = []
        /// 其中, 包括, 含: between 全区 and a zone, they set the area above the zone.
        public var partCues: [[Unicode.Scalar]] = []
        /// 是 after a time opening a sentence (2023年是…之年): the time is the topic of what follows.
        public var topicCopulas: [[Unicode.Scalar]] = []
        /// 在 before a year in a sentence with no figure (高新区在2009年的经济表现亮眼): the same.
        public var topicLeads: [[Unicode.Scalar]] = []
        /// 实现, 完成 opening the clause after ；: a statement of its own; a kind marker before it
        /// (预计实现生产总值133亿元；实现工业增加值108亿元) does not reach it.
        public var statementVerbs: [[Unicode.Scalar]] = []
        /// Words right after a place that name its government (政府): the place still ends there.
        public var governmentWords: [[Unicode.Scalar]] = []
        /// Words between a level and the zone suffix that take in the levels above (省级及以上高新区).
        public var levelTails: [[Unicode.Scalar]] = []
        /// Words ending an institution's name (银行, 大学): a zone suffix after one names its branch
        /// (中国银行高新区支行), no zone.
        public var institutionEnds: [[Unicode.Scalar]] = []
        /// Labels that open a line holding the headline (文章标题：…).
        public var headlineLabels: [[Unicode.Scalar]] = []
        /// Labels that open a line giving where an office or a publisher sits (地址：…), which names no page's subject.
        public var addressLabels: [[Unicode.Scalar]] = []
        /// Words right before what a clause works by or through (以…为核心, 依托…): no subject.
        public var meansLeads: [[Unicode.Scalar]] = []
        /// 和, 或, 、 between two set verbs (集中签约或开工): two sets together.
        public var setJoiners: [[Unicode.Scalar]] = []
        /// 仪式, 推进会, 现场会: the end of an event's name in a lead (…集中开工推进会暨…签约仪式).
        public var eventNouns: [[Unicode.Scalar]] = []
        /// 年均, 平均 right before a growth word (年均增长25%): an average over years, no year-on-year rate.
        public var averageLeads: [[Unicode.Scalar]] = []
        /// 累计 before an amount up to a date (到2002年底累计吸收外资): summed since before that year.
        public var cumulativeWords: [[Unicode.Scalar]] = []
        /// 今天, 当天 before a figure on a page whose lead dated an event: that event's day.
        public var thisDayWords: [[Unicode.Scalar]] = []
        /// 日报, 发布 after a city's short name (淮北日报, 遵义发布): the page's paper or account names its city.
        public var mediaWords: [[Unicode.Scalar]] = []
        /// A county's own paper or site after the county's name alone (仪陇新闻网, 滨海日报: `county-media`).
        public var countyMedia: [[Unicode.Scalar]] = []
        /// The suffix a county's name takes when the text leaves it out (`county`: 县).
        public var countySuffix: Unicode.Scalar? = nil
        /// 开竣工, 开复工: one word for two sets together (开工 and 竣工).
        public var joinedSetWords: [[Unicode.Scalar]] = []
        /// 更名为, 升级为 right before a zone: what the subject is to become, no subject itself.
        public var becomingLeads: [[Unicode.Scalar]] = []
        /// Before a set verb: projects handled together at one event (集中开工, 集中签约).
        public var togetherWords: [[Unicode.Scalar]] = []
        /// 成绩单, 答卷…: right after a time in a sentence without figures, the report the article gives of
        /// that time (青松高新区上半年成绩单亮点纷呈): the time of the figures that follow.
        public var reportNouns: [[Unicode.Scalar]] = []
        /// 政府工作报告, 人民代表大会…: in a short head line of a page, the report of a government to its
        /// congress: the page speaks for that city or district.
        public var governmentReports: [[Unicode.Scalar]] = []
        /// 代表市政府, 代表区人民政府…: the words by which a government's head gives its report (我代表市政府向
        /// 大会报告工作): the page speaks for that city or district.
        public var governmentSpeakers: [[Unicode.Scalar]] = []
        /// 向, 朝…: right before a zone or place, where something goes (推动企业向园区集聚): no subject.
        public var goalLeads: [[Unicode.Scalar]] = []
        public var objectLeads: [[Unicode.Scalar]] = []
        public var planOpenings: [[Unicode.Scalar]] = []
        /// Between 的 and a growth word after a rate, how fast (保持了6.4%的中高增速, 实现8%的较快增长).
        public var growthQualifiers: [[Unicode.Scalar]] = []
        public var venueLeads: [[Unicode.Scalar]] = []
        /// 最: a mention after it, an adjective and 的 (最高的吉安高新区为86.21%) is the one a ranking puts first,
        /// an example, not the subject the next sentences speak of.
        public var superlatives: [[Unicode.Scalar]] = []
        /// 下同: in brackets right after a kind marker (预计（下同）), the marker holds for what follows in the
        /// paragraph.
        public var sameBelowWords: [[Unicode.Scalar]] = []
        /// 为, 是: between a target marker and a colon (总体目标为：…), the marker announces a list of plans that goes on
        /// past its sentence, to the paragraph's end.
        public var frameCopulas: [[Unicode.Scalar]] = []
        /// 或: between two amounts that say one thing in two measures (总投资100亿元或10亿美元以上项目): the
        /// qualifier of the second is the first's too.
        public var alternatives: [[Unicode.Scalar]] = []
        /// 以上, 超过: approx words that bound a class of size (5亿元以上项目, 超亿元项目); not 约, 近, which
        /// say an amount is about or nearly so much (总投资近90亿元的项目: a set's total).
        public var classBounds: [[Unicode.Scalar]] = []
        /// 增速, 占比: right before a place, the place a rate is ranked or compared in (增速全市第一).
        public var rateFrames: [[Unicode.Scalar]] = []
        /// 排名, 评价…: right after many zones together, the ranking the zone is placed in among them
        /// (国家高新区排名实现“五连升”): the zones are no subject.
        public var rankingNouns: [[Unicode.Scalar]] = []
        /// 目前, 现有…: before a stock's figure that no time dates, the article's day (现有入园企业115家，其中
        /// 高新技术企业17家): a stock at the dateline's month.
        public var nowWords: [[Unicode.Scalar]] = []
        /// The whole year a plan or task is set for (年度, 全年): a share of it is of the year's amount.
        public var wholeYearWords: [[Unicode.Scalar]] = []
        /// That month (当月, 同月): the month the text just spoke of, alone.
        public var monthInPlayWords: [[Unicode.Scalar]] = []
        /// Separators of a site's breadcrumb line (首页 > 安徽 > 宿州市 > 正文).
        public var breadcrumbSeparators: [[Unicode.Scalar]] = []
        /// A site's home in a path written with spaces (导航 : 首页 江苏 泰州 海陵区 寺巷街道): the words after it are
        /// the path's parts.
        public var breadcrumbHomes: [[Unicode.Scalar]] = []
        /// Words a site's path ends with (正文): a path of two parts that ends with one is a path (新华网天津 > 正文).
        public var breadcrumbLeaves: [[Unicode.Scalar]] = []
        /// Lead words that may open a park's name (中国西部预制菜产业园): the country, no verb the park is the object of.
        public var parkOpeners: [[Unicode.Scalar]] = []
        /// Prepositions of an event's venue (仪式在白沙高新区举行: 在).
        public var venuePrepositions: [[Unicode.Scalar]] = []
        /// Words after which a short name of a new area stands as a name, as it does opening a clause (记者从两江新区获悉).
        public var namePrepositions: [[Unicode.Scalar]] = []
        /// 初步, 据: what may stand before an estimate's verb that leads its clause, a comma after it (初步预计，…).
        public var estimateLeads: [[Unicode.Scalar]] = []
        /// Words after an event's noun opening a paragraph that say it is the event told before (大会共达成…, 活动上…).
        public var eventTails: [[Unicode.Scalar]] = []
        /// Verbs of an event held at a venue (举行, 召开): the place between a venue preposition and one is where, no subject.
        public var venueVerbs: [[Unicode.Scalar]] = []
        /// A place's or zone's agency written right after its name (白沙高新区管委会): the item of a list it ends.
        public var agencies: [[Unicode.Scalar]] = []
        /// Nouns of places that, joined to a zone as one subject, make a group (高新区和六个省级工业园区).
        public var groupNouns: [[Unicode.Scalar]] = []
        /// Words that join entities into one subject (全市工业园区和高新区).
        public var groupJoiners: [[Unicode.Scalar]] = []

        /// Whether a name ends with a town's suffix (孟河镇, 寺巷街道, 全镇).
        func endsWithTownSuffix(_ name: [Unicode.Scalar]) -> Bool {
            townSuffixes.contains { ScalarText.endsWith(name, at: name.count, $0) }
        }

        /// Where the group noun that starts at `k` ends, the longest that overlaps it (工业园区 ends with
        /// 园区, not with 工业园); nil when none starts at `k`.
        func groupNounEnd(_ t: [Unicode.Scalar], at k: Int) -> Int? {
            guard groupNouns.contains(where: { ScalarText.matches(t, at: k, $0) }) else { return nil }
            var end = k
            for g in groupNouns {
                for j in k..<min(k + 3, t.count) where ScalarText.matches(t, at: j, g) { end = max(end, j + g.count); break }
            }
            return end
        }
        /// Verbs that, right before 项目, speak of projects in general (实施项目招引和建设), not of one project.
        public var projectVerbs: [[Unicode.Scalar]] = []
        /// After an industry's name opening a paragraph, what makes it the paragraph's topic (生物医药产业方面，…).
        public var industryTopics: [[Unicode.Scalar]] = []
        /// Right after either part of a metric word of two parts, what makes it a rate's noun instead (开工率,
        /// 签约率): the pair does not start or end there (开工率均达95.7%，实施重点产业项目100个 are no started
        /// projects; 21个市级重点项目开工率为100% are key projects).
        public var rateNouns: [[Unicode.Scalar]] = []
        /// 已经, 已…: between the dateline's year (今年) and a figure, what the year has brought so far
        /// (今年，高新区新开工产业项目已经达到15个): the year up to the month the article was written.
        public var soFarWords: [[Unicode.Scalar]] = []
        /// 首位, 前列, 第…: a rank that closes its clause (增速全市第一): the place before it is where the rank
        /// is counted. `rankOrdinals` (第) take a number after them, and `rankTails` (位, 名) may follow it.
        public var rankWords: [[Unicode.Scalar]] = []
        public var rankOrdinals: [[Unicode.Scalar]] = []
        public var rankTails: [Unicode.Scalar] = []
        /// 有, 为…: right after a set's verb and 项目 (集中开工项目有…等9个项目), what follows names and counts the set.
        public var setListings: [[Unicode.Scalar]] = []
        /// 包括, 包含…: opening a clause after a set named by its verb and 的 (本次集中开工的项目…，包括A、B等17个
        /// 项目), what the clause lists are the set's projects, and the count after 等 is the set's.
        public var setExamples: [[Unicode.Scalar]] = []
        /// 为, 为了…: opening a clause that says what the work is for (为进一步聚焦年度目标任务，…): a kind marker in it
        /// is the aim pursued and governs no clause after it.
        public var purposeLeads: [[Unicode.Scalar]] = []
        /// 贡献: after a figure in a clause a purpose lead opens, what the work gives to an aim (为…经济总量过万亿元贡献力量).
        public var contributionWords: [[Unicode.Scalar]] = []
        /// 与, 和, 同 before a year and 相比, 比较 right after it (与2018年相比): the base of a comparison.
        public var comparedWith: [[Unicode.Scalar]] = []
        public var comparedTails: [[Unicode.Scalar]] = []
        /// 分…来看, 从…看…: a paragraph opening with one of these pairs (A at its start, B before its first clause
        /// break) breaks down the set the article counted (分行政区划来看，…区项目8个).
        public var breakdownLeads: [WordPair] = []
        /// 超出…目标 right before a figure (实际外资超出半年任务目标2000万美元): by how much a figure passed its
        /// target, a difference, no figure of its own.
        public var excessWords: [WordPair] = []
        /// 来自 in the clause before foreign investment (来自香港、韩国的实际使用外资分别为…): the part from a
        /// source, no figure of the whole.
        public var originLeads: [[Unicode.Scalar]] = []
        /// 平均水平 right after a place (增速超昆明市开发区及全省开发区平均水平): the places' average, what a figure is
        /// compared with; the place is no subject.
        public var averageTails: [[Unicode.Scalar]] = []
        /// 国有企业, 民营企业 right before trade or foreign investment (国有企业进出口9.1亿元): the part of firms of
        /// one kind of ownership, no figure of the whole.
        public var firmKinds: [[Unicode.Scalar]] = []
        /// Opening a count's noun: firms and what they won or passed (17家企业获得…称号); the noun proper follows.
        public var firmDeeds: [[Unicode.Scalar]] = []
        /// 这些, 上述 before 项目 (在这些大项目中): many projects, no single one.
        public var pluralDeterminers: [[Unicode.Scalar]] = []
        /// 主体园区, 核心区 right after a zone's name (宁乡高新区主体园区): a park of the zone.
        public var parkParts: [[Unicode.Scalar]] = []
        /// 区属, 区本级 opening a clause: the figures after it are of a part of the zone's scope.
        public var partScopes: [[Unicode.Scalar]] = []
        /// 暨: joins two events' names in one (…集中开工暨…签约仪式).
        public var eventJoiners: [[Unicode.Scalar]] = []
        /// 签约, 开工, 竣工: what a set of projects is named by; two joined (签约和开工的84个项目) name two sets together.
        public var setVerbs: [[Unicode.Scalar]] = []
        /// 包抓, 走访, 帮扶 right before a count of firms (包抓248户规模以上企业): work done for them.
        public var serviceVerbs: [[Unicode.Scalar]] = []
        /// 清单, 库 right after the project noun in a count's noun (6个项目清单): the count is of those.
        public var projectListNouns: [[Unicode.Scalar]] = []
        /// 该区, 该市: words that refer back to the place just named, never part of an industry's label
        /// (该区医药制造业产值增长58.2% → 医药制造业).
        public var referenceWords: [[Unicode.Scalar]] = []
        /// 特别是, 尤其是: words that single out what follows, never part of an industry's label
        /// (特别是稀土产业产值预计实现450亿元 → 稀土产业).
        public var focusWords: [[Unicode.Scalar]] = []
        /// 现场, 工地 right after 项目: the project as the place where an event is held (在国药器械项目现场，
        /// 16个重点项目集中开工), not the subject of the clause's figures.
        public var siteNouns: [[Unicode.Scalar]] = []
        /// Characters right after a number's unit that make it a class of size (千亿级), not a figure.
        public var sizeClassMarks: ScalarSet = []
        /// 中 closing a frame that opens with a topic lead (在国家高新区中排名…): who stands inside is no subject.
        public var frameEnds: ScalarSet = []
        /// 户, 家 measuring a count: firms (累计签约13户企业), never a count of projects.
        public var firmCounters: ScalarSet = []
        /// After a numeral opening an industry's name: several industries (五大主导产业), no one industry.
        public var industryGroups: ScalarSet = []
        /// After a numbered item's number (1、, 2.): the item's text starts.
        public var itemNumberEnds: ScalarSet = []
        /// 任务数, 目标 opening a bracket right after a figure (到位资金36亿元(任务数34亿元)): the
        /// figure in the bracket is the target of the one before it.
        public var bracketTargets: [[Unicode.Scalar]] = []
        /// 达, 达到 opening the clause after a growth rate (GDP同比增长8.1%，达3332.55亿元): the amount
        /// it reaches is the grown metric's figure.
        public var reachWords: [[Unicode.Scalar]] = []
        /// Before a figure, the start of a change (地区生产总值从2014年的211亿元…, GDP由1.35亿元…).
        public var changeFromWords: [[Unicode.Scalar]] = []
        /// Right after a figure a change starts from, the verb that leads to where it ended (…增长到2017年的
        /// 297亿元): the figure it leads to is of the same metric.
        public var changeToWords: [[Unicode.Scalar]] = []
        /// Right after an amount over or above a mark (产值超百亿元企业, 亿元以上企业): firms of that class of
        /// size, the amount no figure.
        public var firmNouns: [[Unicode.Scalar]] = []
        /// Right after a place (全省首笔…贷款顺利落地, 全国首个…): the first or only one of it, the place a
        /// frame of the rank, no subject.
        public var firstOfWords: [[Unicode.Scalar]] = []
        /// 之一 right after many zones (被批准为首批27个国家级高新区之一): the zones are a frame, no subject.
        public var oneOfWords: [[Unicode.Scalar]] = []
        /// 为 right before many zones (2009年晋升为国家级高新区): what the subject became, no subject itself.
        public var predicateLeads: [[Unicode.Scalar]] = []
        /// 在内 closing what 包括 opened (包括某某项目在内的19个项目): the count is the whole set, no part.
        public var inclusiveEnds: [[Unicode.Scalar]] = []
        /// 园 in a self word (园区): always the zone.
        public var parkMarks: [[Unicode.Scalar]] = []

        // MARK: places

        /// 省: the end of a province before a place.
        public var provinceSuffixes: ScalarSet = []
        /// 市, 州, 盟: a place ending in one is a city (others are districts).
        public var citySuffixes: ScalarSet = []
        /// 市, 县, 旗: a place ending in one, right before another kind of zone's suffix, names that zone (来安县经济开发区).
        public var zoneNamingPlaceSuffixes: ScalarSet = []
        /// 市: a place ending in one may hold the place after it (嘉兴市秀洲区).
        public var parentPlaceSuffixes: ScalarSet = []
        /// Characters after a place suffix that make it no place (市场, 市民, 区内).
        public var notAfterPlace: ScalarSet = []
        /// 我, 在, 从…: characters that never end a place's name before its suffix (对我市, 我们在市, 记者从市:
        /// a pronoun or a preposition before a bare 市 makes no city).
        public var notInPlace: ScalarSet = []
        /// Characters no industry's name holds (公布了上半年电子信息产业: what the clause says before the name).
        public var notInIndustry: ScalarSet = []
    /// 我, 该…: characters that never open a place's name (我代表市政府: a pronoun, then a verb, then 市).
    public var notPlaceFirst: ScalarSet = []
        /// 高新区: what a city's name (without its suffix) takes to name the city's own zone.
        public var homeZoneSuffix: String? = nil
        /// 经开区, 汽开区: self words that name a zone by a kind other than a high-tech zone's: the page's zone where it
        /// is of that kind, else the page's city's zone of that kind (新乡网讯…经开区… → 新乡经开区).
        public var kindSelfWords: Set<String> = []
        /// 个, 家 after a number before 高新区: a count of zones (16个高新区), together.
        public var zoneCounters: ScalarSet = []

        public init() {}

        /// Adds the words of one `rule` entry (as written; matched folded) to `role`; a problem
        /// for a malformed entry.
        mutating func add(_ role: Role, words raw: [String]) -> String? {
            guard !raw.isEmpty, !raw.contains(where: \.isEmpty) else { return "lexicon: rule '\(role.rawValue)' has an empty word" }
            func fold(_ s: some StringProtocol) -> [Unicode.Scalar] { s.unicodeScalars.map(ScalarText.fold) }
            let folded = raw.map(fold)
            var pairs: [WordPair] = []
            switch role.shape {
            case .words: break
            case .characters:
                if let bad = folded.firstIndex(where: { $0.count != 1 }) {
                    return "lexicon: rule '\(role.rawValue)' takes single characters, not '\(raw[bad])'"
                }
            case .oneWord:
                guard folded.count == 1 else { return "lexicon: rule '\(role.rawValue)' takes one word" }
            case .pairs:
                for r in raw {
                    let parts = r.components(separatedBy: "…")
                    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                        return "lexicon: rule '\(role.rawValue)' takes words around a number written A…B, not '\(r)'"
                    }
                    pairs.append(WordPair(first: fold(parts[0]), second: fold(parts[1])))
                }
            }
            let chars = Set(folded.compactMap(\.first))
            func header(_ h: TableHeader) { tableHeaders += folded.map { ($0, h) } }
            switch role {
            case .asOf: asOf += folded
            case .asOfMonth: asOfMonth += folded
            case .toDate: toDate += folded
            case .samePeriod: samePeriod += folded
            case .firstMonths: firstMonths += pairs
            case .leadTime: leadTimes += folded
            case .periodEnd: periodEnds += folded
            case .monthPart: monthParts += folded
            case .day: dayMarks += folded
            case .monthSuffix: monthSuffixes += folded
            case .yearSuffix: yearSuffixes += folded
            case .rangeJoiner: rangeJoiners += folded
            case .horizon: horizonLeads += folded
            case .baseYear: baseYearLeads += folded
            case .sinceLead: sinceLeads += folded
            case .historyLead: historyLeads += folded
            case .historyTail: historyTails += folded
            case .aheadVerb: aheadVerbs += folded
            case .outcomeNoun: outcomeNouns += folded
            case .futureLead: futureLeads += folded
            case .newsSource: newsSources += folded
            case .attributionLead: attributionLeads += folded
            case .creditTail: creditTails += folded
            case .region: regions += folded
            case .pullLead: pullLeads += folded
            case .sinceTail: sinceTails += folded
            case .averageLead: averageLeads += folded
            case .cumulative: cumulativeWords += folded
            case .thisDay: thisDayWords += folded
            case .media: mediaWords += folded
            case .countyMedia: countyMedia += folded
            case .joinedSet: joinedSetWords += folded
            case .becomingLead: becomingLeads += folded
            case .together: togetherWords += folded
            case .reportNoun: reportNouns += folded
            case .governmentReport: governmentReports += folded
            case .governmentSpeaker: governmentSpeakers += folded
            case .goalLead: goalLeads += folded
            case .objectLead: objectLeads += folded
            case .planOpening: planOpenings += folded
            case .growthQualifier: growthQualifiers += folded
            case .venueLead: venueLeads += folded
            case .superlative: superlatives += folded
            case .sameBelow: sameBelowWords += folded
            case .frameCopula: frameCopulas += folded
            case .alternative: alternatives += folded
            case .classBound: classBounds += folded
            case .rateFrame: rateFrames += folded
            case .rankingNoun: rankingNouns += folded
            case .now: nowWords += folded
            case .wholeYear: wholeYearWords += folded
            case .monthInPlay: monthInPlayWords += folded
            case .breadcrumb: breadcrumbSeparators += folded
            case .breadcrumbHome: breadcrumbHomes += folded
            case .breadcrumbLeaf: breadcrumbLeaves += folded
            case .parkOpener: parkOpeners += folded
            case .venuePreposition: venuePrepositions += folded
            case .namePreposition: namePrepositions += folded
            case .estimateLead: estimateLeads += folded
            case .eventTail: eventTails += folded
            case .venueVerb: venueVerbs += folded
            case .agency: agencies += folded
            case .groupNoun: groupNouns += folded
            case .groupJoiner: groupJoiners += folded
            case .projectVerb: projectVerbs += folded
            case .industryTopic: industryTopics += folded
            case .rateNoun: rateNouns += folded
            case .soFar: soFarWords += folded
            case .rank: rankWords += folded
            case .rankOrdinal: rankOrdinals += folded; rankWords += folded
            case .rankTail: rankTails += folded.compactMap(\.first)
            case .setListing: setListings += folded
            case .setExamples: setExamples += folded
            case .purposeLead: purposeLeads += folded
            case .contribution: contributionWords += folded
            case .comparedWith: comparedWith += folded
            case .comparedTail: comparedTails += folded
            case .breakdown: breakdownLeads += pairs
            case .excess: excessWords += pairs
            case .originLead: originLeads += folded
            case .averageTail: averageTails += folded
            case .firmKind: firmKinds += folded
            case .firmDeed: firmDeeds += folded
            case .newsLead: newsLeads += folded
            case .credit: creditWords += folded
            case .captionTail: captionTails += folded
            case .sinceEnd: sinceEnds += folded
            case .recent: recentWords += folded
            case .issue: issueMarks += pairs
            case .percent: percentLeads += folded
            case .overInside: overInside.formUnion(chars)
            case .ordinal: ordinals += folded
            case .loneArticle: loneArticles.formUnion(chars)
            case .minus: minusWords += folded
            case .money: moneyUnits += folded
            case .tableLabel: header(.label)
            case .tableUnit: header(.unit)
            case .tableMonth: header(.month)
            case .tableTotal: header(.total)
            case .tableGrowth: header(.growth)
            case .sectionGrowth: sectionGrowthWords += folded
            case .sectionCue: sectionCues += folded
            case .cellUnit: cellUnits += folded
            case .tableRise: riseWord = folded[0]
            case .tableSum: sumWords += folded
            case .tableFall: fallWord = folded[0]
            case .project: projectNoun = folded[0]
            case .projectCounter: projectCounters.formUnion(chars)
            case .projectOnlyCounter: projectOnlyCounters.formUnion(chars)
            case .officeTitle: officeTitles += folded
            case .subparkEnd: subparkEnds.formUnion(chars)
            case .countLead: countLeads += folded
            case .partOpener: partOpeners += folded
            case .newSet: newSetMarks += folded
            case .provinceSelf: provinceSelfWords += folded
            case .singleProject: singleProjectCues += folded
            case .yoy: yoyWords += folded
            case .industry: industrySuffixes += folded
            case .labelVerb: labelVerbs += folded
            case .listEnd: listEnds += folded
            case .possessive: possessives += folded
            case .task: taskNouns += folded
            case .park: parkMarks += folded
            case .notPark: notParkEnds.formUnion(chars)
            case .levelEnd: levelEnds.formUnion(chars)
            case .brandJoiner: brandJoiners.formUnion(chars)
            case .authorityEnd: authorityEnds.formUnion(chars)
            case .frameEnd: frameEnds.formUnion(chars)
            case .firmCounter: firmCounters.formUnion(chars)
            case .industryGroup: industryGroups.formUnion(chars)
            case .itemNumberEnd: itemNumberEnds.formUnion(chars)
            case .bracketTarget: bracketTargets += folded
            case .reach: reachWords += folded
            case .changeFrom: changeFromWords += folded
            case .changeTo: changeToWords += folded
            case .firmNoun: firmNouns += folded
            case .firstOf: firstOfWords += folded
            case .oneOf: oneOfWords += folded
            case .predicateLead: predicateLeads += folded
            case .inclusiveEnd: inclusiveEnds += folded
            case .monthlyBulletin: monthlyBulletinWords += folded
            case .respectively: respectivelyWords += folded
            case .eachFigure: eachFigureWords += folded
            case .allFigure: allFigureWords += folded
            case .townSuffix: townSuffixes += folded
            case .restateLead: restateLeads += folded
            case .nounClose: nounClosers += folded
            case .projectPhase: projectPhases.formUnion(chars)
            case .rankVerb: rankVerbs += folded
            case .exampleTail: exampleTails += folded
            case .allOf: allOfWords += folded
            case .placeThen: placeThenWords += folded
            case .tradePartner: tradePartnerWords += folded
            case .notTradePartner: notTradePartnerWords += folded
            case .multiple: multiples += folded
            case .listJoiner: listJoiners += folded
            case .thisEvent: thisEventWords += folded
            case .partCue: partCues += folded
            case .topicCopula: topicCopulas += folded
            case .dayPart: dayParts += folded
            case .today: daysBack += folded.map { ($0, 0) }
            case .yesterday: daysBack += folded.map { ($0, 1) }
            case .twoDaysAgo: daysBack += folded.map { ($0, 2) }
            case .dayThen: dayThenWords += folded
            case .namesOpener: namesOpeners += folded
            case .topicLead: topicLeads += folded
            case .statementVerb: statementVerbs += folded
            case .government: governmentWords += folded
            case .levelTail: levelTails += folded
            case .institutionEnd: institutionEnds += folded
            case .headlineLabel: headlineLabels += folded
            case .addressLabel: addressLabels += folded
            case .meansLead: meansLeads += folded
            case .projectListNoun: projectListNouns += folded
            case .referenceWord: referenceWords += folded
            case .focusWord: focusWords += folded
            case .siteNoun: siteNouns += folded
            case .serviceVerb: serviceVerbs += folded
            case .setVerb: setVerbs += folded
            case .setJoiner: setJoiners += folded
            case .eventNoun: eventNouns += folded
            case .eventJoiner: eventJoiners += folded
            case .partScope: partScopes += folded
            case .parkPart: parkParts += folded
            case .pluralDeterminer: pluralDeterminers += folded
            case .sizeClass: sizeClassMarks.formUnion(folded.compactMap(\.first))
            case .province: provinceSuffixes.formUnion(chars)
            case .city: citySuffixes.formUnion(chars)
            case .zoneNamingPlace: zoneNamingPlaceSuffixes.formUnion(chars)
            case .parentPlace: parentPlaceSuffixes.formUnion(chars)
            case .notAfterPlace: notAfterPlace.formUnion(chars)
            case .notInPlace: notInPlace.formUnion(chars)
            case .notInIndustry: notInIndustry.formUnion(chars)
            case .notPlaceFirst: notPlaceFirst.formUnion(chars)
            case .homeZone: homeZoneSuffix = raw[0]
            case .county: countySuffix = raw[0].unicodeScalars.first
            case .kindSelf: kindSelfWords.formUnion(raw)
            case .zoneCounter: zoneCounters.formUnion(chars)
            }
            return nil
        }

        /// The words a role holds now, as text (pairs as `A…B`), for tools and tests.
        public func words(_ role: Role) -> [String] {
            func text(_ w: [[Unicode.Scalar]]) -> [String] { w.map { ScalarText.string($0) } }
            func text(_ p: [WordPair]) -> [String] { p.map { ScalarText.string($0.first) + "…" + ScalarText.string($0.second) } }
            func text(_ s: ScalarSet) -> [String] { s.map { String($0) }.sorted() }
            func text(_ h: TableHeader) -> [String] { text(tableHeaders.filter { $0.header == h }.map(\.word)) }
            switch role {
            case .asOf: return text(asOf)
            case .asOfMonth: return text(asOfMonth)
            case .toDate: return text(toDate)
            case .samePeriod: return text(samePeriod)
            case .firstMonths: return text(firstMonths)
            case .leadTime: return text(leadTimes)
            case .periodEnd: return text(periodEnds)
            case .monthPart: return text(monthParts)
            case .day: return text(dayMarks)
            case .monthSuffix: return text(monthSuffixes)
            case .yearSuffix: return text(yearSuffixes)
            case .rangeJoiner: return text(rangeJoiners)
            case .horizon: return text(horizonLeads)
            case .baseYear: return text(baseYearLeads)
            case .sinceLead: return text(sinceLeads)
            case .historyLead: return text(historyLeads)
            case .historyTail: return text(historyTails)
            case .aheadVerb: return text(aheadVerbs)
            case .outcomeNoun: return text(outcomeNouns)
            case .futureLead: return text(futureLeads)
            case .newsSource: return text(newsSources)
            case .attributionLead: return text(attributionLeads)
            case .creditTail: return text(creditTails)
            case .region: return text(regions)
            case .pullLead: return text(pullLeads)
            case .sinceTail: return text(sinceTails)
            case .averageLead: return text(averageLeads)
            case .cumulative: return text(cumulativeWords)
            case .thisDay: return text(thisDayWords)
            case .media: return text(mediaWords)
            case .countyMedia: return text(countyMedia)
            case .today: return text(daysBack.filter { $0.days == 0 }.map(\.word))
            case .yesterday: return text(daysBack.filter { $0.days == 1 }.map(\.word))
            case .twoDaysAgo: return text(daysBack.filter { $0.days == 2 }.map(\.word))
            case .joinedSet: return text(joinedSetWords)
            case .becomingLead: return text(becomingLeads)
            case .together: return text(togetherWords)
            case .reportNoun: return text(reportNouns)
            case .governmentReport: return text(governmentReports)
            case .governmentSpeaker: return text(governmentSpeakers)
            case .goalLead: return text(goalLeads)
            case .objectLead: return text(objectLeads)
            case .planOpening: return text(planOpenings)
            case .growthQualifier: return text(growthQualifiers)
            case .venueLead: return text(venueLeads)
            case .superlative: return text(superlatives)
            case .sameBelow: return text(sameBelowWords)
            case .frameCopula: return text(frameCopulas)
            case .alternative: return text(alternatives)
            case .classBound: return text(classBounds)
            case .rateFrame: return text(rateFrames)
            case .rankingNoun: return text(rankingNouns)
            case .now: return text(nowWords)
            case .wholeYear: return text(wholeYearWords)
            case .monthInPlay: return text(monthInPlayWords)
            case .breadcrumb: return text(breadcrumbSeparators)
            case .breadcrumbHome: return text(breadcrumbHomes)
            case .breadcrumbLeaf: return text(breadcrumbLeaves)
            case .parkOpener: return text(parkOpeners)
            case .venuePreposition: return text(venuePrepositions)
            case .namePreposition: return text(namePrepositions)
            case .estimateLead: return text(estimateLeads)
            case .eventTail: return text(eventTails)
            case .venueVerb: return text(venueVerbs)
            case .agency: return text(agencies)
            case .groupNoun: return text(groupNouns)
            case .groupJoiner: return text(groupJoiners)
            case .projectVerb: return text(projectVerbs)
            case .industryTopic: return text(industryTopics)
            case .rateNoun: return text(rateNouns)
            case .soFar: return text(soFarWords)
            case .rank: return text(rankWords.filter { !rankOrdinals.contains($0) })
            case .rankOrdinal: return text(rankOrdinals)
            case .rankTail: return text(rankTails.map { [$0] })
            case .setListing: return text(setListings)
            case .setExamples: return text(setExamples)
            case .purposeLead: return text(purposeLeads)
            case .contribution: return text(contributionWords)
            case .comparedWith: return text(comparedWith)
            case .comparedTail: return text(comparedTails)
            case .breakdown: return text(breakdownLeads)
            case .excess: return text(excessWords)
            case .originLead: return text(originLeads)
            case .averageTail: return text(averageTails)
            case .firmKind: return text(firmKinds)
            case .firmDeed: return text(firmDeeds)
            case .newsLead: return text(newsLeads)
            case .credit: return text(creditWords)
            case .captionTail: return text(captionTails)
            case .sinceEnd: return text(sinceEnds)
            case .recent: return text(recentWords)
            case .issue: return text(issueMarks)
            case .percent: return text(percentLeads)
            case .overInside: return text(overInside)
            case .ordinal: return text(ordinals)
            case .loneArticle: return text(loneArticles)
            case .minus: return text(minusWords)
            case .money: return text(moneyUnits)
            case .tableLabel: return text(.label)
            case .tableUnit: return text(.unit)
            case .tableMonth: return text(.month)
            case .tableTotal: return text(.total)
            case .tableGrowth: return text(.growth)
            case .sectionGrowth: return text(sectionGrowthWords)
            case .sectionCue: return text(sectionCues)
            case .cellUnit: return text(cellUnits)
            case .tableRise: return text(riseWord.map { [$0] } ?? [])
            case .tableSum: return text(sumWords)
            case .tableFall: return text(fallWord.map { [$0] } ?? [])
            case .project: return text(projectNoun.map { [$0] } ?? [])
            case .projectCounter: return text(projectCounters)
            case .projectOnlyCounter: return text(projectOnlyCounters)
            case .officeTitle: return text(officeTitles)
            case .subparkEnd: return text(subparkEnds)
            case .countLead: return text(countLeads)
            case .partOpener: return text(partOpeners)
            case .newSet: return text(newSetMarks)
            case .provinceSelf: return text(provinceSelfWords)
            case .singleProject: return text(singleProjectCues)
            case .yoy: return text(yoyWords)
            case .industry: return text(industrySuffixes)
            case .labelVerb: return text(labelVerbs)
            case .listEnd: return text(listEnds)
            case .possessive: return text(possessives)
            case .task: return text(taskNouns)
            case .park: return text(parkMarks)
            case .notPark: return text(notParkEnds)
            case .levelEnd: return text(levelEnds)
            case .brandJoiner: return text(brandJoiners)
            case .authorityEnd: return text(authorityEnds)
            case .frameEnd: return text(frameEnds)
            case .firmCounter: return text(firmCounters)
            case .industryGroup: return text(industryGroups)
            case .itemNumberEnd: return text(itemNumberEnds)
            case .bracketTarget: return text(bracketTargets)
            case .reach: return text(reachWords)
            case .changeFrom: return text(changeFromWords)
            case .changeTo: return text(changeToWords)
            case .firmNoun: return text(firmNouns)
            case .firstOf: return text(firstOfWords)
            case .oneOf: return text(oneOfWords)
            case .predicateLead: return text(predicateLeads)
            case .inclusiveEnd: return text(inclusiveEnds)
            case .monthlyBulletin: return text(monthlyBulletinWords)
            case .respectively: return text(respectivelyWords)
            case .eachFigure: return text(eachFigureWords)
            case .allFigure: return text(allFigureWords)
            case .townSuffix: return text(townSuffixes)
            case .restateLead: return text(restateLeads)
            case .nounClose: return text(nounClosers)
            case .projectPhase: return text(projectPhases)
            case .rankVerb: return text(rankVerbs)
            case .exampleTail: return text(exampleTails)
            case .allOf: return text(allOfWords)
            case .placeThen: return text(placeThenWords)
            case .tradePartner: return text(tradePartnerWords)
            case .notTradePartner: return text(notTradePartnerWords)
            case .multiple: return text(multiples)
            case .listJoiner: return text(listJoiners)
            case .thisEvent: return text(thisEventWords)
            case .partCue: return text(partCues)
            case .topicCopula: return text(topicCopulas)
            case .dayPart: return text(dayParts)
            case .dayThen: return text(dayThenWords)
            case .namesOpener: return text(namesOpeners)
            case .topicLead: return text(topicLeads)
            case .statementVerb: return text(statementVerbs)
            case .government: return text(governmentWords)
            case .levelTail: return text(levelTails)
            case .institutionEnd: return text(institutionEnds)
            case .headlineLabel: return text(headlineLabels)
            case .addressLabel: return text(addressLabels)
            case .meansLead: return text(meansLeads)
            case .projectListNoun: return text(projectListNouns)
            case .referenceWord: return text(referenceWords)
            case .focusWord: return text(focusWords)
            case .siteNoun: return text(siteNouns)
            case .serviceVerb: return text(serviceVerbs)
            case .setVerb: return text(setVerbs)
            case .setJoiner: return text(setJoiners)
            case .eventNoun: return text(eventNouns)
            case .eventJoiner: return text(eventJoiners)
            case .partScope: return text(partScopes)
            case .parkPart: return text(parkParts)
            case .pluralDeterminer: return text(pluralDeterminers)
            case .sizeClass: return text(sizeClassMarks)
            case .province: return text(provinceSuffixes)
            case .city: return text(citySuffixes)
            case .zoneNamingPlace: return text(zoneNamingPlaceSuffixes)
            case .parentPlace: return text(parentPlaceSuffixes)
            case .notAfterPlace: return text(notAfterPlace)
            case .notInPlace: return text(notInPlace)
            case .notInIndustry: return text(notInIndustry)
            case .notPlaceFirst: return text(notPlaceFirst)
            case .homeZone: return homeZoneSuffix.map { [$0] } ?? []
            case .county: return countySuffix.map { [String($0)] } ?? []
            case .kindSelf: return kindSelfWords.sorted()
            case .zoneCounter: return text(zoneCounters)
            }
        }
    }

    /// How `zonebrief extract --format table` writes a fact for a person (`display` entries:
    /// display.tsv): the approx word before a value, the Chinese unit after it, the word before
    /// a target share reached.
    public struct Display: Sendable {
        public var approx: [Approx: String] = [:]
        public var units: [FactUnit: String] = [:]
        public var target: String? = nil

        public init() {}

        /// Sets the text of `what` (an `Approx`, a `FactUnit` or `target`); a problem when unknown.
        mutating func set(_ what: String, _ text: String) -> String? {
            if let a = Approx(rawValue: what) { approx[a] = text }
            else if let u = FactUnit(rawValue: what), u != .count, u != .percent { units[u] = text }
            else if what == "target" { target = text }
            else { return "lexicon: display needs about, over, under, target or a unit other than count and percent, not '\(what)'" }
            return nil
        }
    }
}

/// The calendar's own grammar, which stays in code with the numerals: 年, 月, 日 written right
/// after a year, month or day number (2024年, 6月, 3月2日). Words around them (截至, 底, 份, 号…)
/// are rule words of the lexicon (``Lexicon/Rules``).
enum CalendarMarks {
    static let year: Unicode.Scalar = "年"
    static let month: Unicode.Scalar = "月"
    static let day: Unicode.Scalar = "日"
    /// 年, 月 or 日: the end of a time written before a subject (2023年全省…)
    static func isMark(_ u: Unicode.Scalar) -> Bool { u == year || u == month || u == day }
}

extension Lexicon.Rules {
    /// Where the breadcrumb separators (`rule breadcrumb`) stand in `t`, in order: a site's path line
    /// (首页 > 新闻 > 正文) is read by its parts between them.
    func breadcrumbSeparatorRanges(in t: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = [], i = 0
        while i < t.count {
            if let sep = breadcrumbSeparators.first(where: { ScalarText.matches(t, at: i, $0) }) {
                out.append(i..<(i + sep.count))
                i += sep.count
            } else {
                i += 1
            }
        }
        return out
    }
}
