import ZoneBriefCore

/// The tables the metrics core decides with, in one place: which names are zones, which metrics
/// are investment or project counts. Teaching it a new kind of park is a one-line change here.
public enum MetricsVocabulary {
    /// A name containing one of these is a zone (or a park of one); anything else (a city, a
    /// district, a company) is another entity whose figures are noted, never ranked with zones.
    public static let zoneMarkers = [
        "高新区", "高新技术产业开发区", "高新技术开发区", "经济技术开发区", "经开区", "开发区",
        "自主创新示范区", "自创区", "科技城", "科学城", "科技园", "产业园", "工业园", "园区",
    ]

    /// Metrics whose CNY figures compete for the "largest investment" card.
    public static let investmentMetrics: [Metric] = [
        .funds_in_place, .fixed_asset_investment, .signed_investment, .project_investment,
        .manufacturing_investment, .hightech_investment, .fdi,
    ]

    /// Metrics whose counts compete for the "most projects" card.
    public static let projectMetrics: [Metric] = [
        .projects_key, .projects_signed, .projects_introduced, .projects_started,
        .projects_completed, .projects_in_production,
    ]

    /// Whether `name` names a zone rather than a city, district or company.
    public static func isZone(_ name: String) -> Bool {
        zoneMarkers.contains { name.contains($0) }
    }
}
