import ZoneBriefCompose
import ZoneBriefLayout

/// How a brief looks and is ordered, beyond what it says: the paper, the issuer's marks, the
/// order of the zones' sections (`--paper`, `--landscape`, `--logo`, `--distribution`,
/// `--order`, `--page-per-zone`; the same keys in the briefs file).
public struct BriefLook: Sendable, Equatable {
    public var paper: Paper
    public var landscape: Bool
    /// A PNG drawn on the cover and in the running header; nil: none.
    public var logo: String?
    /// The line at the left of every footer (`内部资料　注意保密`); nil: none.
    public var distribution: String?
    public var order: ZoneOrdering
    public var pagePerZone: Bool

    public init(
        paper: Paper = .a4, landscape: Bool = false, logo: String? = nil, distribution: String? = nil,
        order: ZoneOrdering = .region, pagePerZone: Bool = false
    ) {
        self.paper = paper
        self.landscape = landscape
        self.logo = logo
        self.distribution = distribution
        self.order = order
        self.pagePerZone = pagePerZone
    }

    /// The page size.
    public var pageSize: PageSize { paper.size(landscape: landscape) }
}
