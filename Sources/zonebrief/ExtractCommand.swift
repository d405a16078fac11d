import ArgumentParser
import Foundation
import ZoneBrief
import ZoneBriefCore
import ZoneBriefExtract
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `zonebrief extract`: article pages → facts, printed as JSON Lines, CSV or a table.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every growth, investment and project figure of article pages as facts (FACTS.md).",
        discussion: """
        PATH may be files or folders (searched recursively for .txt and .md); none means seeds/. \
        Files may be UTF-8 (with or without BOM, CRLF) or GB18030/GBK.

        Warnings go to stderr as file:line: warning: …, and a summary line ends the run. \
        Vocabulary (zone aliases, metric words, units, periods, markers) is data: see \
        share/zonebrief/lexicon/*.tsv (Sources/ZoneBriefExtract/Lexicon/Data/ in the source tree); --lexicon adds entries in the same format.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, table }

    @Argument(help: "Files or folders of articles (default: seeds/).")
    var paths: [String] = []

    @Option(help: "Output format: jsonl, csv or table (default: table on a terminal, jsonl when piped).")
    var format: Format?

    @Option(help: "Only facts of this zone or entity (as normalised, e.g. 青岛高新区).")
    var zone: String?

    @Option(help: "Only facts of this metric id (e.g. gdp, funds_in_place; see FACTS.md).")
    var metric: String?

    @Option(name: .customLong("lexicon"), help: "Extra lexicon entries: a .tsv file or a folder of them (repeatable).")
    var lexicons: [String] = []

    @Option(name: .customLong("assume-zone"), help: ArgumentHelp(
        "The zone of pages that never name one (their bare 高新区, 全区, 我区 mean it).",
        discussion: "A folder can say it once: a file .zonebrief in it with the line `assume-zone = 宜昌高新区` (this option wins)."))
    var assumeZone: String?

    @Flag(help: "List the money and count figures that became no fact (file, line, figure, reason) instead of the facts.")
    var unread = false

    @Flag(help: "No progress or summary on stderr (warnings still go there).")
    var quiet = false

    var inputPaths: [String] { paths.isEmpty ? ["seeds"] : paths }

    func validate() throws {
        if let metric, Metric(rawValue: metric) == nil {
            throw ValidationError("unknown metric '\(metric)'; use one of: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for p in inputPaths where !FileManager.default.fileExists(atPath: p) {
            if paths.isEmpty {
                throw ValidationError("no seeds/ folder here; pass a file or folder of articles")
            }
            throw ValidationError("\(p): no such file or folder; pass .txt or .md articles or folders of them")
        }
        for l in lexicons where !FileManager.default.fileExists(atPath: l) {
            throw ValidationError("\(l): no such lexicon file or folder")
        }
    }

    func run() throws {
        let dataFolder: URL
        do {
            dataFolder = try Installation.current().lexicon()
        } catch let failure as BriefFailure {
            throw CLIFailure(failure.description)
        }
        let loaded = try FactExtractor.withLexicon(dataFolder: dataFolder, extraPaths: lexicons)
        for d in loaded.diagnostics { Stderr.write(d.description) }
        var extractor = loaded.value
        var folders = FolderSettings(roots: inputPaths)
        // only regular files that open: FIFOs, devices, unreadable files and folders are warnings
        let found = ArticleFiles.scan(inputPaths)
        for d in found.diagnostics { Stderr.write(d.description) }
        let files = found.value
        if files.isEmpty {
            if !found.diagnostics.isEmpty {
                throw CLIFailure("no input could be read under \(inputPaths.joined(separator: ", ")) (\(found.diagnostics.count) skipped; see the warnings above)")
            }
            throw ValidationError("no .txt or .md articles under \(inputPaths.joined(separator: ", ")); pass a folder of articles")
        }
        let format = self.format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl)
        let metricFilter = metric.flatMap(Metric.init(rawValue:))
        // the zone as the extractor names it (青岛市国家高新区 → 青岛高新区)
        let zoneFilter = zone.map { extractor.normalizedZoneName($0) }
        var out = StdoutBuffer()
        switch (format, unread) {
        case (.csv, false): out.line(FactCSV.header)
        case (.table, false): out.line(FactTable.header)
        case (.csv, true): out.line(UnreadText.csvHeader)
        case (.jsonl, _), (.table, true): break
        }
        var totals = (files: 0, articles: 0, facts: 0, warnings: 0, bytes: 0, unread: 0)
        let start = Date()
        var lastProgress = start
        for (i, entry) in files.enumerated() {
            extractor.assumedZone = assumeZone.map { extractor.normalizedZoneName($0) } ?? folders.assumedZone(for: entry.url)
            let result = extractor.extract(fileAt: entry.url, name: entry.name) { bytes in
                // progress inside a long file
                guard !quiet, Date().timeIntervalSince(lastProgress) >= 2 else { return }
                lastProgress = Date()
                Stderr.write("zonebrief extract: \(entry.name): \(bytes / 1_048_576) MiB read…")
            }
            // control characters (NUL, bidi overrides) never reach the output
            let facts = FactText.cleaned(result.value.facts)
            for d in result.diagnostics + facts.diagnostics { Stderr.write(d.description) }
            totals.files += 1
            totals.articles += result.value.articles
            totals.warnings += result.diagnostics.count + facts.diagnostics.count + (i == 0 ? found.diagnostics.count : 0)
            if let size = try? FileManager.default.attributesOfItem(atPath: entry.url.path)[.size] as? Int { totals.bytes += size }
            totals.unread += result.value.unread.count
            if unread {
                for u in result.value.unread {
                    switch format {
                    case .jsonl: out.line(UnreadText.jsonl(u))
                    case .csv: out.line(UnreadText.csv(u))
                    case .table: out.line(UnreadText.table(u))
                    }
                }
            }
            for f in facts.value {
                if let zoneFilter, extractor.canonicalZoneName(f.zone) != zoneFilter { continue }
                if let metricFilter, f.metric != metricFilter { continue }
                totals.facts += 1
                if unread { continue }
                switch format {
                case .jsonl: out.line(FactJSONL.line(f))
                case .csv: out.line(FactCSV.row(f))
                case .table: out.line(FactTable.row(f, display: extractor.lexicon.display))
                }
            }
            out.flush()
            if !quiet, Date().timeIntervalSince(lastProgress) >= 2 {
                lastProgress = Date()
                Stderr.write("zonebrief extract: \(i + 1)/\(files.count) files, \(totals.bytes / 1_048_576) MiB, \(totals.facts) facts…")
            }
        }
        out.flush()
        if !quiet {
            Stderr.write("zonebrief extract: \(totals.files) files, \(totals.articles) articles, \(totals.facts) facts, "
                         + "\(totals.unread) figures unread\(unread || totals.unread == 0 ? "" : " (--unread lists them)"), \(totals.warnings) warnings")
        }
    }
}

/// Buffered standard output (one write per file's facts).
struct StdoutBuffer {
    private var buffer = ""
    mutating func line(_ s: String) {
        buffer += s
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}

/// Lines on standard error.
enum Stderr {
    static func write(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }
}
