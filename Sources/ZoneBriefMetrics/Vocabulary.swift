import ZoneBriefCore

/// The tables the metrics core decides with, in one place: which metrics are investment or
/// project counts. Whether a name is a zone is never decided here: the facts' `entity` says so.
public enum MetricsVocabulary {
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
}
