/// A metric id of FACTS.md ("Metric ids"). `other` carries the text's own label in `Fact.label`.
public enum Metric: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    // Growth and output
    case gdp, industrial_output, industrial_value_added, secondary_value_added, industry_output
    case trade_total, tax_revenue, retail_sales
    // Investment
    case fixed_asset_investment, manufacturing_investment, hightech_investment, funds_in_place, fdi
    case signed_investment, project_investment, annual_investment
    // Projects and firms
    case projects_signed, projects_key, projects_introduced, projects_started, projects_completed
    case projects_in_production, high_tech_enterprises, above_scale_enterprises, listed_companies
    case new_market_entities, patents
    case other

    /// The broad family a metric belongs to, used to check that a unit fits it.
    public enum Family: String, Sendable { case money, count, any }

    public var family: Family {
        switch self {
        case .gdp, .industrial_output, .industrial_value_added, .secondary_value_added, .industry_output,
             .trade_total, .tax_revenue, .retail_sales, .fixed_asset_investment, .manufacturing_investment,
             .hightech_investment, .funds_in_place, .fdi, .signed_investment, .project_investment,
             .annual_investment:
            return .money
        case .projects_signed, .projects_key, .projects_introduced, .projects_started, .projects_completed,
             .projects_in_production, .high_tech_enterprises, .above_scale_enterprises, .listed_companies,
             .new_market_entities, .patents:
            return .count
        case .other:
            return .any
        }
    }

    /// Whether the figure is what an economy produces over its months (GDP, output, trade, tax,
    /// invested capital): known only once those months are over. A programme's size (projects
    /// planned for the year, their total investment) is not.
    /// A count of projects (签约项目16个, 新开工项目12个).
    public var countsProjects: Bool {
        switch self {
        case .projects_signed, .projects_key, .projects_introduced, .projects_started, .projects_completed, .projects_in_production: return true
        default: return false
        }
    }

    /// An amount that totals a set of projects counted beside it (总投资, 签约总投资, 年度计划投资).
    public var totalsAProjectSet: Bool {
        self == .project_investment || self == .signed_investment || self == .annual_investment
    }

    /// A figure of projects handled as they happen (signed, started, brought in, and their total), not of
    /// the year's list of key projects and its plan: what an event or the months so far hold.
    public var happensToProjects: Bool {
        countsProjects && self != .projects_key || self == .signed_investment || self == .project_investment
    }

    public var accruesOverMonths: Bool {
        switch self {
        case .gdp, .industrial_output, .industrial_value_added, .secondary_value_added, .industry_output,
             .trade_total, .tax_revenue, .retail_sales, .fixed_asset_investment, .manufacturing_investment,
             .hightech_investment, .funds_in_place, .fdi:
            return true
        default:
            return false
        }
    }

    /// Whether FACTS.md requires a `label` for this metric.
    public var requiresLabel: Bool { self == .industry_output || self == .other }

    /// Whether `unit` can measure this metric (a growth rate, `percent`, fits every metric).
    public func accepts(_ unit: FactUnit) -> Bool {
        if unit == .percent { return true }
        switch family {
        case .money: return unit == .CNY || unit == .USD
        case .count: return unit == .count
        case .any: return true
        }
    }

    public static func < (a: Metric, b: Metric) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The units of FACTS.md. Values are in base units: yuan, US dollars, plain counts, percentage numbers.
public enum FactUnit: String, Sendable, Hashable, CaseIterable, Codable {
    case CNY, USD, count, percent, person, person_time, mu, km2, m2, ton
}

/// actual / estimate (预计) / target (计划, 力争, 目标, 预期, 拟): a plan is never an actual.
public enum FactKind: String, Sendable, Hashable, CaseIterable, Codable {
    case actual, estimate, target
}

/// How the text qualifies a number: about (约), over (超, 超过, 以上, 多, 余), under (近, 不到).
public enum Approx: String, Sendable, Hashable, CaseIterable, Codable {
    case about, over, under
}

/// What a fact's `zone` names (FACTS.md `entity`): a high-tech zone, a city, a district, a company,
/// a single project, a park inside a zone, or many zones at once (各高新区, 全省高新区). Decided once,
/// by the extractor; the metrics core and the brief read it and never re-guess from the name.
public enum Entity: String, Sendable, Hashable, CaseIterable, Codable {
    case zone, city, district, company, project, park, collective

    /// Whether figures of this entity are figures of a high-tech zone (rankings, cards, charts).
    public var isZone: Bool { self == .zone }

    /// The entity a name most likely is, for facts files written before `entity` existed:
    /// `…高新区` and other zone names → zone, `…公司` → company, `…市` → city, `…区`/`…县` → district.
    public static func guess(fromName name: String) -> Entity {
        if name.hasPrefix("各") || name.hasPrefix("全省") || name.hasPrefix("全国") { return .collective }
        for s in ["高新区", "高新區", "开发区", "示范区", "科技园区", "科学城", "新城", "园区"] where name.contains(s) { return .zone }
        if name.hasSuffix("公司") || name.hasSuffix("集团") { return .company }
        if name.hasSuffix("项目") { return .project }
        if name.hasSuffix("市") || name.hasSuffix("州") || name.hasSuffix("盟") { return .city }
        if name.hasSuffix("区") || name.hasSuffix("县") || name.hasSuffix("旗") { return .district }
        return .zone
    }
}
