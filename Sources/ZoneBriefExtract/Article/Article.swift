/// One article of a page: its paragraphs (headings included) and the zone its headline names.
public struct Article: Sendable {
    public var paragraphs: [Paragraph] = []
    /// The zone the headline names: the default subject of the article's sentences.
    public var headingZone: String?

    public init() {}

    public var hasBody: Bool { paragraphs.contains { !$0.isHeading } }

    /// Whether the text has begun: a paragraph that is no heading and reads as prose (a sentence, or
    /// a long line). A headline's line that holds a figure (GDP增长13.6% above 成都高新区半年“成绩单”)
    /// is read as text, yet the headline goes on after it.
    var hasProse: Bool { paragraphs.contains(where: Self.readsAsProse) }

    /// A paragraph that is no heading and reads as prose: a sentence, or a long line.
    static func readsAsProse(_ p: Paragraph) -> Bool {
        !p.isHeading && (p.text.count > 40 || p.text.contains(where: ScalarText.isSentenceEnd))
    }

    /// Sentences of a paragraph as ranges of its text: ends at 。！？ (and closing quotes after them).
    public static func sentences(in t: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = 0
        var i = 0
        let n = t.count
        let ends = Self.sentenceEndsAndPoint
        // 【#光谷GDP实现3360亿元#】1月26日，…: a post's hashtag title in lenticular brackets opening the paragraph
        // is a sentence of its own (not a section's label, 【2022年目标】地区生产总值增长8%, which governs the text)
        if n > 2, t[0] == "【", t[1] == "#", let close = t.firstIndex(of: "】"), close + 1 < n {
            appendBounded(0..<(close + 1), of: t, to: &out)
            a = close + 1
            i = a
        }
        while i < n {
            i = ends.firstIndex(in: t, from: i, to: n)   // the next sentence end, if any
            if i == n { break }
            if ScalarText.isSentenceEnd(t[i]) || isPointEndingSentence(t, at: i) {
                var e = i + 1
                while e < n && (ScalarText.isSentenceEnd(t[e]) || t[e] == "”" || t[e] == "」" || t[e] == "』" || t[e] == "’") { e += 1 }
                if e > a { appendBounded(a..<e, of: t, to: &out) }
                a = e
                i = e
                continue
            }
            i += 1
        }
        if a < n { appendBounded(a..<n, of: t, to: &out) }
        return out
    }

    /// The sentence ends and the ASCII full stop, which some pages end Chinese sentences with.
    private static let sentenceEndsAndPoint = ScalarSet("。！？!?….".unicodeScalars)

    /// A full stop `.` after a Chinese character or a figure's sign and before a Chinese character
    /// or the paragraph's end (…是2002年的2.7倍.其中…): a sentence's end, not a decimal point.
    private static func isPointEndingSentence(_ t: [Unicode.Scalar], at i: Int) -> Bool {
        guard t[i] == ".", i > 0, ScalarText.isHan(t[i - 1]) || t[i - 1] == "%" else { return false }
        return i + 1 == t.count || ScalarText.isHan(t[i + 1])
    }

    /// Longest sentence analysed whole, in scalars. Real sentences stay far below it (the seeds'
    /// longest is about 230); a longer run (a page pasted without punctuation, a table flattened
    /// into one line) is cut at its last clause break (，；、：) before the limit, else at the limit,
    /// so the work per figure stays bounded and a long line costs linear time.
    public static let maxSentenceScalars = 600

    private static func appendBounded(_ r: Range<Int>, of t: [Unicode.Scalar], to out: inout [Range<Int>]) {
        var a = r.lowerBound
        while r.upperBound - a > maxSentenceScalars {
            let limit = a + maxSentenceScalars
            var cut = limit
            while cut > a + maxSentenceScalars / 2 && !ScalarText.isClauseBreak(t[cut - 1]) { cut -= 1 }
            if cut <= a + maxSentenceScalars / 2 { cut = limit }
            out.append(a..<cut)
            a = cut
        }
        if a < r.upperBound { out.append(a..<r.upperBound) }
    }
}

/// Splits a stream of paragraphs into articles: a heading that names a zone, a `#` heading, or a
/// byline (本报讯) after running text starts a new article; the headings just before it go with it.
struct ArticleSplitter {
    let lexicon: Lexicon
    let entities: EntityRecognizer
    private var current = Article()
    /// Articles larger than this are handed on in parts (their year context is per part).
    var maxParagraphs = 5_000

    init(lexicon: Lexicon, entities: EntityRecognizer) {
        self.lexicon = lexicon
        self.entities = entities
    }

    /// Adds a paragraph; returns an article when this paragraph starts the next one.
    mutating func add(_ p: Paragraph) -> Article? {
        var done: Article? = nil
        var startsArticle = false
        var zone: String? = nil
        if case .heading(let level) = p.role {
            zone = entities.recognize(p.text).first { $0.kind == .zone }?.name
            // a source line under the text (（宜昌高新区供稿）) closes its article, not opens one
            let isSourceLine = lexicon.sourceWords.contains { ScalarText.find($0, in: p.text) != nil }
            startsArticle = (zone != nil || level == 1) && !(isSourceLine && current.hasBody)
        } else {
            startsArticle = lexicon.opensWithByline(p.text)
        }
        // (a page's address, its first line as saved, is no text: a byline under it opens no second article)
        if startsArticle && current.paragraphs.contains(where: { Article.readsAsProse($0) && !$0.isAddress }) {
            // the headings after the last body paragraph belong to the new article
            let lastBody = current.paragraphs.lastIndex { !$0.isHeading }!
            var next = Article()
            next.paragraphs = Array(current.paragraphs[(lastBody + 1)...])
            let recognizer = entities
            next.headingZone = next.paragraphs.compactMap { recognizer.recognize($0.text).first { $0.kind == .zone }?.name }.first
            current.paragraphs.removeSubrange((lastBody + 1)...)
            done = current
            current = next
        }
        if current.headingZone == nil, let zone, !current.hasProse { current.headingZone = zone }
        current.paragraphs.append(p)
        if done == nil && current.paragraphs.count >= maxParagraphs {
            let full = current
            current = Article()
            current.headingZone = full.headingZone
            return full
        }
        return done
    }

    /// The last article of the page.
    mutating func finish() -> Article? {
        defer { current = Article() }
        return current.paragraphs.isEmpty ? nil : current
    }
}
