/// A stable text dump of how a page was read: articles (with the zone of their headline and
/// their year), headings, and paragraphs with the lines they were joined from. Tests compare it
/// with a recorded snapshot.
///
/// ```
/// article 1 zone=肇庆高新区 year=2023
///   heading#1 L3 肇庆高新区“内驱+外引”促产业发展
///   body L19-21 此次,肇庆高新区邀请杜立新以“昆山新时期推进高质量发展的实践与探索”为主题…
/// ```
extension FactExtractor {
    public func dumpArticles(text: String) -> String {
        var fileYears = FileYear()
        var lines: [[Unicode.Scalar]] = []
        for l in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var u = Array(l.unicodeScalars)
            if u.last == "\r" { u.removeLast() }
            lines.append(u)
            fileYears.read(u, with: years)
        }
        let fileYear = fileYears.year
        var page = PageAssembler(lexicon: lexicon, entities: assembler.entities)
        var splitter = ArticleSplitter(lexicon: lexicon, entities: assembler.entities)
        var articles: [Article] = []
        for (i, u) in lines.enumerated() {
            for p in page.add(line: i + 1, scalars: u) { if let a = splitter.add(p) { articles.append(a) } }
        }
        for p in page.finish() { if let a = splitter.add(p) { articles.append(a) } }
        if let a = splitter.finish() { articles.append(a) }
        var out = ""
        for (n, a) in articles.enumerated() {
            var year: Int? = nil
            for p in a.paragraphs {
                for r in Article.sentences(in: p.text) {
                    if let y = years.datingYears(in: Array(p.text[r])).max() { year = max(year ?? y, y) }
                }
            }
            out += "article \(n + 1) zone=\(a.headingZone ?? "-") year=\((year ?? fileYear).map(String.init) ?? "-")\(a.hasBody ? "" : " (no body)")\n"
            for p in a.paragraphs {
                let first = p.firstLine, last = p.lineStarts.last?.line ?? first
                let span = first == last ? "L\(first)" : "L\(first)-\(last)"
                let kind: String
                switch p.role {
                case .body: kind = "body"
                case .heading(let level): kind = "heading#\(level)"
                }
                let text = ScalarText.string(p.original.prefix(40)) + (p.original.count > 40 ? "…" : "")
                out += "  \(kind) \(span) \(text)\n"
            }
        }
        return out
    }
}
