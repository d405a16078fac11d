import ArgumentParser
import Foundation
import ZoneBrief
import ZoneBriefExtract

/// `zonebrief brief`: article pages → facts → the PDF brief, with its facts CSV and plain-text
/// summary beside it.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Extract facts from articles and write the PDF brief (reports/brief.pdf by default).",
        discussion: """
        With no PATH, reads seeds/. Beside FILE.pdf it writes FILE.facts.csv (the facts behind it, for a \
        spreadsheet; edit it and pass it to `zonebrief render`), FILE.summary.txt (the mail's text) and \
        FILE.mail.html (the mail's HTML body: cards, sentences, zones and one chart; open it in a browser). \
        Progress and the time of each stage go to stderr.

        Zones are ordered by province (GB/T 2260), then by the pinyin of their name; past 12 zones \
        they are grouped by province, with an index of zones at the back (--order input keeps the \
        sources' order, --zones yours).

        Examples:
          zonebrief brief seeds/ -o reports/june.pdf --period 2023-06
          zonebrief brief --paper letter --landscape --logo logo.png --organisation 某某省科学技术厅 --distribution 内部资料
        """)

    @Argument(help: "Article files (.txt, .md) or folders of them.") var paths: [String] = []
    @OptionGroup var brief: BriefOptionsGroup
    @OptionGroup var mail: BriefMailOptions

    func validate() throws {
        try brief.validate()
        try mail.validate()
        for p in paths where !FileSystem.exists(p) {
            throw ValidationError("no file or folder at \(p); pass article files (.txt, .md) or folders of them")
        }
        if paths.isEmpty && !FileSystem.isDirectory("seeds") {
            throw ValidationError("no seeds/ folder here; pass article files or folders, or run from the project folder")
        }
        // No article at all is a bad argument (64); articles that could not be read (a FIFO, an
        // unreadable file) are the brief's failure (1), with the walker's warnings.
        let found = ArticleFiles.scan(paths.isEmpty ? ["seeds"] : paths)
        if found.value.isEmpty && found.diagnostics.isEmpty {
            let shown = (paths.isEmpty ? ["seeds"] : paths).map { FileSystem.isDirectory($0) && !$0.hasSuffix("/") ? $0 + "/" : $0 }
            throw ValidationError("no .txt or .md articles under \(shown.joined(separator: ", ")); pass a folder of articles")
        }
    }

    func run() throws {
        try BriefPipeline.run(.articles(paths.isEmpty ? ["seeds"] : paths), options: brief)
        try mail.deliverIfAsked(pdf: brief.output)
    }
}
