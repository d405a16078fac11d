/// A heading as placed: its level, title, anchor and page, for the PDF outline (bookmarks)
/// and for tests.
public struct OutlineEntry: Sendable, Hashable {
    public var level: Int
    public var title: String
    public var anchor: String
    /// 1-based page number.
    public var page: Int
    public var inOutline: Bool
    public var inContents: Bool
}
