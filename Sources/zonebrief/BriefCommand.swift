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
    }

    func run() throws {
        let log = StageLog(quiet: brief.quiet)
        let inputs = paths.isEmpty ? ["seeds"] : paths
        let files = try ArticleExtraction.files(inputs, log: log)
        let extracted = try ArticleExtraction.run(files: files, log: log)
        for d in extracted.diagnostics { log.diagnostic(d) }
        log.note("\(extracted.facts.count) facts from \(extracted.articleCount) articles in \(files.count) files")
        try BriefPipeline.run(facts: extracted.facts, warnings: extracted.diagnostics, articleCount: extracted.articleCount,
                              options: brief, inputFiles: files.map(\.name), log: log)
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

    /// The readable article files under `paths` (`ArticleFiles.scan`); what is skipped is a
    /// warning, and a run with nothing readable stops: exit 1 when something was there but could
    /// not be read, 64 when there are no articles at all.
    static func files(_ paths: [String], log: StageLog) throws -> [ArticleFiles.Entry] {
        let found = ArticleFiles.scan(paths)
        for d in found.diagnostics { log.diagnostic(d) }
        guard found.value.isEmpty else { return found.value }
        let shown = paths.map { FileSystem.isDirectory($0) && !$0.hasSuffix("/") ? $0 + "/" : $0 }
        if !found.diagnostics.isEmpty {
            throw BriefFailure("no input could be read under \(shown.joined(separator: ", ")) (\(found.diagnostics.count) skipped; see the warnings above)")
        }
        throw ValidationError("no .txt or .md articles under \(shown.joined(separator: ", ")); pass a folder of articles")
    }

    static func run(files: [ArticleFiles.Entry], log: StageLog) throws -> Output {
        let extractor = try log.stage("lexicon") { try FactExtractor() }
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
