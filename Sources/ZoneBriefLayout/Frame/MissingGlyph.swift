/// A character none of the fonts has, as the pages draw it (a box in the PDF): how many times it
/// is drawn, on which pages, and the first text it is in.
///
///     ☃ (U+2603), 3 times on pages 2, 5 in “甲☃乙☃”
public struct MissingGlyph: Sendable, Hashable, CustomStringConvertible {
    public var character: Unicode.Scalar
    public var count: Int
    /// 1-based page numbers, ascending.
    public var pages: [Int]
    /// The start of the first text that has it.
    public var context: String

    public init(character: Unicode.Scalar, count: Int, pages: [Int], context: String) {
        self.character = character
        self.count = count
        self.pages = pages
        self.context = context
    }

    /// `U+2603`.
    public var code: String {
        let hex = String(character.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    public var description: String {
        let times = count == 1 ? "once" : "\(count) times"
        let shown = pages.prefix(10).map(String.init).joined(separator: ", ") + (pages.count > 10 ? " …" : "")
        return "\(Character(character)) (\(code)), \(times) on page\(pages.count == 1 ? "" : "s") \(shown) in “\(context)”"
    }

    /// The characters lacking in the drawn lines of `pages`' texts, in order of first appearance.
    public static func find(in pages: [Page]) -> [MissingGlyph] {
        var tally = Tally()
        for page in pages { tally.add(page) }
        return tally.found
    }

    /// Missing characters counted page by page (pages handed out one at a time).
    public struct Tally: Sendable {
        public private(set) var found: [MissingGlyph] = []
        private var index: [Unicode.Scalar: Int] = [:]

        public init() {}

        public mutating func add(_ page: Page) {
            for case .text(let t) in page.items where !t.shape.missingCharacters.isEmpty {
                let lacking = Set(t.shape.missingCharacters.unicodeScalars)
                let drawn = t.shape.text(of: t.lines)
                for u in drawn.unicodeScalars where lacking.contains(u) {
                    if let k = index[u] {
                        found[k].count += 1
                        if found[k].pages.last != page.number { found[k].pages.append(page.number) }
                    } else {
                        index[u] = found.count
                        found.append(MissingGlyph(character: u, count: 1, pages: [page.number], context: MissingGlyph.excerpt(drawn)))
                    }
                }
            }
        }
    }

    fileprivate static func excerpt(_ s: String) -> String {
        let one = s.replacing("\n", with: " ")
        return one.count <= 24 ? one : String(one.prefix(24)) + "…"
    }
}
