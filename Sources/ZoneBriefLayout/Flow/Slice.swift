/// An unbreakable horizontal band of a block: a line of a paragraph, a table row, a chart. Blocks
/// turn into slices; the paginator only stacks slices onto pages. Item x positions are relative
/// to the body's left edge and y to the slice's top (a cover's items are page coordinates).
struct Slice {
    enum Kind { case content, pageBreak, cover }
    var kind: Kind = .content
    var height: Double = 0
    /// Space above it, dropped at the top of a page.
    var spaceBefore: Double = 0
    /// It must share its page with the next slice (a heading, a table caption, a paragraph's
    /// first line against orphans).
    var keepWithNext = false
    /// It shares its page with the next slice when the two fit (a keep-together block): the
    /// paginator breaks here rather than leave a page less than a third full, or when the
    /// whole block is taller than a page.
    var keepIfItFits = false
    /// Start a new page before it unless the page is still empty.
    var newPageBefore = false
    /// Dropped when it would be the first thing on a page (a spacer).
    var discardAtTop = false
    var items: [FrameItem] = []
    /// Placed first when this slice opens a page after a break (a table's header row).
    var continuation: [Slice] = []
    var headings: [HeadingMark] = []
    var pageRefs: [PageRef] = []

    init(kind: Kind = .content, height: Double = 0, spaceBefore: Double = 0, keepWithNext: Bool = false,
         items: [FrameItem] = []) {
        self.kind = kind
        self.height = height
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
        self.items = items
    }
}

/// A heading as the pagination saw it: which page it landed on, for outline and contents.
struct HeadingMark {
    var level: Int
    var title: String
    var anchor: String
    var inOutline: Bool
    var inContents: Bool
}

/// A page number to print once pagination is done: the page of `anchor`, right-aligned at
/// `right`, its top at `y` (slice coordinates).
struct PageRef {
    var anchor: String
    var right: Double
    var y: Double
    var style: TextStyle
    var color: Color
    /// The index in the slice's items the number is read after (nil: at the slice's end).
    var after: Int? = nil
}
