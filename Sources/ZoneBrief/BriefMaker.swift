import Foundation
import ZoneBriefCompose
import ZoneBriefCore
import ZoneBriefExtract
import ZoneBriefLayout
import ZoneBriefMetrics
import ZoneBriefPDF

/// The brief, start to end: read the inputs, extract, aggregate, compose, render, write the
/// three files. The library's one entry point; the CLI's `brief`, `render` and `run` all call it.
///
/// ```swift
/// import ZoneBrief
///
/// let env = try BriefEnvironment.standard(outputFolder: URL(fileURLWithPath: "reports"))
/// let outcome = try BriefMaker.make(BriefRequest(input: .articles(["seeds"]), name: "june",
///                                                period: YearMonth(2023, 6)), in: env)
/// outcome.outputs.pdf        // "reports/june.pdf"
/// outcome.warnings           // file:line: warning: …
/// ```
///
/// Findings never stop a brief: they come back in ``BriefOutcome/warnings``. It throws a
/// ``BriefFailure`` (one line, with the warnings so far) when there is nothing to brief or a
/// resource or file fails.
public enum BriefMaker {
    public static func make(_ request: BriefRequest, in env: BriefEnvironment) throws -> BriefOutcome {
        var clock = StageClock()
        var warnings: [Diagnostic] = []
        var notes: [String] = []

        // Inputs → facts
        let lexicon = try clock.stage("lexicon") { try loadLexicon(env) }
        warnings += lexicon.diagnostics
        let input = try clock.stage(request.input.isArticles ? "extract" : "read") {
            try read(request, lexicon: lexicon.value, env: env, warnings: &warnings)
        }

        // Facts → metrics
        var metricsOptions = MetricsOptions(asOf: request.period, zones: request.zones, usdRate: request.usdRate)
        // one zone, one name: the facts' zone names through the same lexicon as `extract` (and the
        // user's), so a reviewed file that spells a zone two ways gives one zone
        metricsOptions.zoneNames = canonicalZoneNames(input.facts, extractor: FactExtractor(lexicon: lexicon.value))
        let aggregated = clock.stage("aggregate") { Aggregator.aggregate(input.facts, options: metricsOptions) }
        warnings += aggregated.diagnostics
        let report = aggregated.value
        try checkSomethingToBrief(report, input.facts, request, metricsOptions, warnings)

        // Metrics → document → files
        let briefOptions = BriefOptions(title: request.title, articleCount: input.articleCount, warnings: input.warnings,
                                        creationDate: env.creationDate, issuer: request.organisation ?? BriefOptions().issuer)
        let document = clock.stage("compose") { BriefComposer.compose(report, options: briefOptions) }
        let outputs = BriefOutputs(folder: env.outputFolder, name: request.name)
        var factsCSV: String? = FactCSV.header + "\n" + report.facts.map(FactCSV.row).joined(separator: "\n") + (report.facts.isEmpty ? "" : "\n")
        if input.files.contains(where: { samePath($0, outputs.factsCSV) }) {
            notes.append("\(outputs.factsCSV) not rewritten: it is the input")
            factsCSV = nil
        }
        let summary = PlainSummary.text(report, options: briefOptions)
        let renderer: PDFRenderer
        do { renderer = try PDFRenderer(fontsDirectory: env.fonts.path) } catch {
            throw BriefFailure("\(error)", warnings: warnings)
        }
        let progress = env.progress
        let rendered: RenderReport
        do {
            let t0 = StageClock.now()
            var renderSeconds = 0.0
            rendered = try BriefWriter.write(outputs, render: { path in
                let r = try renderer.render(document, to: path) { painted, total in
                    progress?(painted == 0 ? .laidOut(pages: total) : .painted(page: painted, of: total))
                }
                renderSeconds = StageClock.now() - t0
                return r
            }, factsCSV: factsCSV, summary: summary)
            clock.record("render", renderSeconds)
            clock.record("layout", rendered.layoutSeconds)
            clock.record("paint", rendered.paintSeconds)
            clock.record("write", StageClock.now() - t0 - renderSeconds)
        } catch let failure as BriefFailure {
            throw BriefFailure(failure.description, warnings: warnings)
        } catch {
            throw BriefFailure("\(error)", warnings: warnings)
        }
        warnings += rendered.warnings.map { Diagnostic(file: outputs.pdf, $0) }

        return BriefOutcome(outputs: outputs, warnings: warnings, notes: notes, pageCount: rendered.pageCount,
                            zones: report.zones.map(\.zone), facts: report.facts, factsRead: input.facts.count,
                            articleCount: input.articleCount, fileCount: input.files.count,
                            fingerprint: FactsFingerprint.of(report.facts), document: document, stages: clock.stages)
    }

    /// Zone names as the extractor's lexicon writes them (佳木斯高新技术产业开发区 → 佳木斯高新区),
    /// for the names of zones and parks that differ from their canonical form.
    static func canonicalZoneNames(_ facts: [Fact], extractor: FactExtractor) -> [String: String] {
        var names: [String: String] = [:]
        for f in facts where (f.entity == .zone || f.entity == .park) && names[f.zone] == nil {
            names[f.zone] = extractor.normalizedZoneName(f.zone)
        }
        return names.filter { $0.key != $0.value }
    }

    /// The built-in lexicon of `env`, with `env.lexiconPaths` added.
    static func loadLexicon(_ env: BriefEnvironment) throws -> Warned<Lexicon> {
        var lexicon = Lexicon(), diagnostics: [Diagnostic] = []
        do {
            diagnostics += try lexicon.add(contentsOf: env.lexicon)
            for extra in env.lexiconPaths { diagnostics += try lexicon.add(contentsOf: extra) }
        } catch {
            throw BriefFailure("\(error)")
        }
        return Warned(lexicon, diagnostics: diagnostics)
    }

    struct Input {
        var facts: [Fact] = []
        /// Money and count figures of the articles that became no fact (listed in the notes).
        var unread: [UnreadFigure] = []
        /// Warnings of extraction or of the facts file (listed in the brief's data notes).
        var warnings: [Diagnostic] = []
        var articleCount: Int?
        var files: [String] = []
    }

    static func read(_ request: BriefRequest, lexicon: Lexicon, env: BriefEnvironment,
                     warnings: inout [Diagnostic]) throws -> Input {
        var input = Input()
        switch request.input {
        case let .articles(paths, base):
            var extractor = FactExtractor(lexicon: lexicon)
            var folders = FolderSettings(roots: paths.map { p in base.map { URL(fileURLWithPath: p, relativeTo: $0).path } ?? p })
            let entries = try articleEntries(paths, relativeTo: base, warnings: warnings)
            var articles = 0
            for (i, entry) in entries.enumerated() {
                env.progress?(.reading(file: entry.name, index: i + 1, count: entries.count))
                // the zone of pages that never name one: the option, else the folder's .zonebrief
                extractor.assumedZone = env.assumeZone.map { extractor.normalizedZoneName($0) } ?? folders.assumedZone(for: entry.url)
                let r = extractor.extract(fileAt: entry.url, name: entry.name)
                input.facts += r.value.facts
                input.unread += r.value.unread
                input.warnings += r.diagnostics
                articles += r.value.articles
            }
            input.warnings += folders.diagnostics
            input.articleCount = articles
            input.files = entries.map { $0.url.path }
        case let .factsFile(path):
            let read: Warned<[Fact]>
            do { read = try FactsFile.read(path: path) } catch { throw BriefFailure("\(error)", warnings: warnings) }
            input.facts = read.value
            input.warnings = read.diagnostics
            input.files = [path]
            let bad = read.diagnostics.filter { $0.severity == .error }
            if request.strict && !bad.isEmpty {
                throw BriefFailure("\(path): \(bad.count) bad row\(bad.count == 1 ? "" : "s") (--strict); fix them or drop --strict",
                                   warnings: warnings + read.diagnostics)
            }
            if read.value.isEmpty {
                throw BriefFailure("\(path): no usable facts" + (bad.isEmpty ? "" : "; see the \(bad.count == 1 ? "error" : "\(bad.count) errors") above"),
                                   warnings: warnings + read.diagnostics)
            }
        case let .facts(facts):
            input.facts = facts
        }
        warnings += input.warnings
        return input
    }

    /// The article files under `paths`, each once, named as written (relative to `base` when given).
    static func articleEntries(_ paths: [String], relativeTo base: URL?, warnings: [Diagnostic]) throws -> [ArticleFiles.Entry] {
        var out: [ArticleFiles.Entry] = [], seen = Set<String>()
        for written in paths {
            let resolved = base.map { written.hasPrefix("/") ? written : $0.appendingPathComponent(written).path } ?? written
            let listed: [ArticleFiles.Entry]
            do { listed = try ArticleFiles.list([resolved]) } catch { throw BriefFailure("\(error)", warnings: warnings) }
            for var e in listed where seen.insert(e.url.standardizedFileURL.path).inserted {
                if resolved != written, e.name.hasPrefix(resolved) { e.name = written + e.name.dropFirst(resolved.count) }
                out.append(e)
            }
        }
        if out.isEmpty {
            throw BriefFailure("no .txt or .md articles under \(paths.joined(separator: ", ")); pass a folder of articles", warnings: warnings)
        }
        return out
    }

    static func checkSomethingToBrief(_ report: MetricsReport, _ facts: [Fact], _ request: BriefRequest,
                                      _ options: MetricsOptions, _ warnings: [Diagnostic]) throws {
        if let zones = request.zones, report.zones.isEmpty {
            let known = Aggregator.zoneNames(facts, zoneNames: options.zoneNames).joined(separator: "、")
            throw BriefFailure("--zones \(zones.joined(separator: ",")): no zone with facts matches; zones with facts: \(known)", warnings: warnings)
        }
        guard report.zones.isEmpty && report.otherEntities.isEmpty else { return }
        let months = facts.compactMap(\.period).flatMap { [$0.start ?? $0.end, $0.end] }
        let span = months.min().map { " (the facts run from \($0) to \(months.max()!))" } ?? ""
        if let p = request.period {
            throw BriefFailure("nothing to brief as of \(p): no zone has a figure ending in \(p.year) up to \(p)\(span)", warnings: warnings)
        }
        throw BriefFailure("nothing to brief: no figure of a zone among \(facts.count) facts", warnings: warnings)
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        func real(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        return real(a) == real(b)
    }
}

extension BriefRequest.Input {
    var isArticles: Bool { if case .articles = self { return true } else { return false } }
}

/// Times the stages of one brief.
struct StageClock {
    private(set) var stages: [StageTime] = []

    mutating func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let t0 = Self.now()
        let r = try body()
        record(name, Self.now() - t0)
        return r
    }

    mutating func record(_ name: String, _ seconds: Double) { stages.append(StageTime(name, seconds)) }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
