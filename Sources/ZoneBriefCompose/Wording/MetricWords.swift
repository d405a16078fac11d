import ZoneBriefCore
import ZoneBriefMetrics

/// The brief's Chinese names for metrics, units and kinds: one table, so a wording change is a
/// one-line edit.
public enum MetricWords {
    /// The name a brief prints for each metric id (`industry_output` and `other` use the label).
    public static let names: [Metric: String] = [
        .gdp: "地区生产总值", .industrial_output: "规上工业总产值", .industrial_value_added: "规上工业增加值",
        .secondary_value_added: "第二产业增加值", .industry_output: "产业产值", .trade_total: "进出口总额",
        .tax_revenue: "税收收入", .retail_sales: "社会消费品零售总额",
        .fixed_asset_investment: "固定资产投资", .manufacturing_investment: "制造业投资",
        .hightech_investment: "高新技术产业投资", .funds_in_place: "到位资金", .fdi: "外商直接投资",
        .signed_investment: "签约项目总投资", .project_investment: "重点项目总投资", .annual_investment: "年度投资",
        .projects_signed: "签约项目", .projects_key: "重点项目", .projects_introduced: "引进项目",
        .projects_started: "新开工项目", .projects_completed: "竣工项目", .projects_in_production: "投产项目",
        .high_tech_enterprises: "高新技术企业", .above_scale_enterprises: "规上工业企业",
        .listed_companies: "上市公司", .new_market_entities: "新增经营主体", .patents: "专利", .other: "其他指标",
    ]

    /// The measure word a count takes (个 projects, 家 firms, 户 market entities, 件 patents).
    public static let countWords: [Metric: String] = [
        .projects_signed: "个", .projects_key: "个", .projects_introduced: "个", .projects_started: "个",
        .projects_completed: "个", .projects_in_production: "个", .high_tech_enterprises: "家",
        .above_scale_enterprises: "家", .listed_companies: "家", .new_market_entities: "户", .patents: "件",
    ]

    public static let kindWords: [FactKind: String] = [.actual: "实际", .estimate: "预计", .target: "目标"]

    /// The mark a number of this kind carries wherever it is written: `预计`, `目标`, nothing for an actual.
    public static func kindMark(_ k: FactKind) -> String { k == .actual ? "" : kindWords[k]! }

    /// What a name that is not a zone names (the facts' `entity`), for the notes.
    public static let entityWords: [Entity: String] = [
        .zone: "园区", .city: "城市", .district: "区县", .company: "企业", .project: "项目", .park: "园区内分园",
        .collective: "多个园区合计",
    ]

    /// `到位资金`; `新型储能产业产值` for an industry; the label itself for `other`; `签约项目(亿元以上项目)`
    /// for a part of a set of projects; a bare growth rate (unit percent) gets `增速` appended.
    public static func name(_ m: MeasureKey) -> String {
        var base: String
        switch m.metric {
        case .industry_output:
            let l = m.label ?? "产业"
            base = l.hasSuffix("产值") ? l : l + "产值"
        case .other: base = m.label ?? names[.other]!
        case .patents: base = m.label ?? names[.patents]!
        default:
            base = names[m.metric] ?? m.metric.rawValue
            // (签约项目(亿元以上项目): a part of the set, named by the page's words for it)
            if m.isPartOfSet, let l = m.label { base += "(\(l))" }
        }
        if m.unit == .percent { base += "增速" }
        if m.unit == .USD && m.metric.family == .money && m.metric != .fdi { base += "(美元)" }
        return base
    }

    public static func name(_ f: Figure) -> String { name(f.series.measure) }

    /// Words a long name's second line may start with when the layout sets it on two lines (a
    /// narrow table header, `TitleWrap.balanced`): `地区生产⏎总值`, `签约项目⏎总投资`.
    public static let lineStarts = ["总投资", "总产值", "增加值", "总值", "总额", "主体", "项目", "企业", "投资", "产值",
                                    "增速", "(美元)"]
}
