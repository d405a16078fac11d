import ArgumentParser
import Foundation
import ZoneBriefCompose
import ZoneBriefCore
import ZoneBriefExtract
import ZoneBriefLayout
import ZoneBriefMetrics
import ZoneBriefPDF

/// `zonebrief brief`: article pages → facts → the PDF brief, with its facts CSV and plain-text
/// summary beside it.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Extract facts from articles and write the PDF brief (reports/brief.pdf by default).",
        discussion: """
        With no PATH, reads seeds/. Beside FILE.pdf it writes FILE.facts.csv (the facts behind it, for a \
        spreadsheet; edit it and pass it to `zonebrief render`) and FILE.summary.txt (the mail body). \
        Progress and the time of each stage go to stderr.
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
        if articleFiles().isEmpty {
            let shown = (paths.isEmpty ? ["seeds"] : paths).map { FileSystem.isDirectory($0) && !$0.hasSuffix("/") ? $0 + "/" : $0 }
            throw ValidationError("no .txt or .md articles under \(shown.joined(separator: ", ")); pass a folder of articles")
        }
    }

    /// The article files named or found in the folders named, sorted, each once.
    func articleFiles() -> [String] {
        FileSystem.articleFiles(paths.isEmpty ? ["seeds"] : paths)
    }

    func run() throws {
        let log = StageLog(quiet: brief.quiet)
        let files = articleFiles()
        let extracted = try ArticleExtraction.run(paths: paths.isEmpty ? ["seeds"] : paths, lexicons: brief.lexicons, log: log)
        for d in extracted.diagnostics { log.diagnostic(d) }
        log.note("\(extracted.facts.count) facts from \(extracted.articleCount) articles in \(files.count) files")
        try BriefPipeline.run(facts: extracted.facts, warnings: extracted.diagnostics, articleCount: extracted.articleCount,
                              options: brief, inputFiles: files, log: log)
        try mail.deliverIfAsked(pdf: brief.output)
    }
}

/// Extraction of the article files (decoding included: the extractor streams each file).
enum ArticleExtraction {
    struct Output {
        var facts: [Fact]
        var diagnostics: [Diagnostic]
        var articleCount: Int
    }

    static func run(paths: [String], lexicons: [String] = [], log: StageLog) throws -> Output {
        let loaded = try log.stage("lexicon") { try FactExtractor.withLexicon(extraPaths: lexicons) }
        for d in loaded.diagnostics where !lexicons.isEmpty { log.diagnostic(d) }
        let extractor = loaded.value
        let files: [ArticleFiles.Entry]
        do { files = try ArticleFiles.list(paths) } catch { throw ValidationError("\(error)") }
        return log.stage("extract") {
            var out = Output(facts: [], diagnostics: [], articleCount: 0)
            for f in files {
                let r = extractor.extract(fileAt: f.url, name: f.name)
                out.facts += r.value.facts
                out.diagnostics += r.diagnostics
                out.articleCount += r.value.articles
            }
            return out
        }
    }
}
