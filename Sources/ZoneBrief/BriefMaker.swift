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
        var input = try clock.stage(request.input.isArticles ? "extract" : "read") {
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
        // The facts as read are not needed past aggregation (the report keeps those it uses).
        let factsRead = input.facts.count
        input.facts = []

        // Metrics → document → files
        var briefOptions = BriefOptions(title: request.title, articleCount: input.articleCount, warnings: input.warnings,
                                        creationDate: env.creationDate, issuer: request.organisation ?? BriefOptions().issuer)
        briefOptions.unread = input.unread
        briefOptions.zoneOrder = request.look.order
        briefOptions.pagePerZone = request.look.pagePerZone
        var identity = Identity(organisation: request.organisation ?? "", distribution: request.look.distribution ?? "")
        if let path = request.look.logo {
            do { identity.logo = try PDFRenderer.logo(path: path) } catch { throw BriefFailure("\(error)", warnings: warnings) }
        }
        briefOptions.identity = identity
        let document = clock.stage("compose") { BriefComposer.compose(report, options: briefOptions) }
        let outputs = BriefOutputs(folder: env.outputFolder, name: request.name)
        // Written once the PDF is, a few hundred rows at a time (never the whole text at once).
        var factsCSV: ((_ write: (String) throws -> Void) throws -> Void)? = { [facts = report.facts] write in
            var text = FactCSV.header + "\n"
            for f in facts {
                text += FactCSV.row(f) + "\n"
                if text.utf8.count >= 1 << 16 {
                    try write(text)
                    text = ""
                }
            }
            try write(text)
        }
        if input.files.contains(where: { samePath($0, outputs.factsCSV) }) {
            notes.append("\(outputs.factsCSV) not rewritten: it is the input")
            factsCSV = nil
        }
        let summary = PlainSummary.text(report, options: briefOptions)
        // the figures of the articles that became no fact, with the reason (none read: no file)
        let unreadCSV: String? = input.articleCount == nil ? nil
            : ([UnreadText.csvHeader] + input.unread.map(UnreadText.csv)).joined(separator: "\n") + "\n"
        let renderer: PDFRenderer
        do { renderer = try PDFRenderer(fontsDirectory: env.fonts.path, theme: Theme.standard.on(request.look.pageSize)) } catch {
            throw BriefFailure("\(error)", warnings: warnings)
        }
        let progress = env.progress, notice = env.notice
        let written: BriefWriter.Written
        do {
            let t0 = StageClock.now()
            var renderSeconds = 0.0
            written = try BriefWriter.write(outputs, render: { name, write in
                let r = try renderer.render(document, named: name, pages: { painted, total in
                    progress?(painted == 0 ? .laidOut(pages: total) : .painted(page: painted, of: total))
                }, writingTo: write)
                // The render's heap, freed, goes back before the other files are made.
                ProcessMemory.returnFreedHeap()
                renderSeconds = StageClock.now() - t0
                return r
            }, accept: { r in
                // --strict: a character the fonts lack (a box on paper) stops the brief; nothing is written
                guard request.strict, !r.missingGlyphs.isEmpty else { return }
                let n = r.missingGlyphs.count
                throw BriefFailure("\(outputs.pdf): the fonts lack \(n == 1 ? "a character" : "\(n) characters") (--strict): "
                                   + r.missingGlyphs.map(\.description).joined(separator: "; "))
            }, factsCSV: factsCSV, summary: summary, mailHTML: {
                try mailPage(document, renderer: renderer, attachmentName: request.name + ".pdf")
            }, unreadCSV: unreadCSV, waiting: { path in
                notice?("waiting for another zonebrief run writing \(path)…")
            })
            clock.record("render", renderSeconds)
            clock.record("layout", written.report.layoutSeconds)
            clock.record("paint", written.report.paintSeconds)
            clock.record("write", StageClock.now() - t0 - renderSeconds)
        } catch let failure as BriefFailure {
            throw BriefFailure(failure.description, warnings: warnings)
        } catch {
            throw BriefFailure("\(error)", warnings: warnings)
        }
        let rendered = written.report
        warnings += rendered.warnings.map { Diagnostic(file: outputs.pdf, $0) }
        notes += written.removedStale.map { "removed \($0), left by a run that was stopped" }

        var outcome = BriefOutcome(outputs: outputs, warnings: warnings, notes: notes, pageCount: rendered.pageCount,
                            zones: report.zones.map(\.zone), facts: report.facts, factsRead: factsRead,
                            articleCount: input.articleCount, fileCount: input.files.count,
                            fingerprint: FactsFingerprint.of(report.facts), document: document, stages: clock.stages,
                            missingGlyphs: rendered.missingGlyphs)
        if unreadCSV != nil { outcome.unreadFigures = input.unread.count }
        return outcome
    }

    /// The mail's HTML body: the document's digest, its chart laid out and painted by the PDF's
    /// own engine into a PNG carried inside the page.
    static func mailPage(_ document: Document, renderer: PDFRenderer, attachmentName: String) throws -> String {
        let digest = MailDigest(document)
        let image = try digest.chart.map { c in
            let png = try renderer.picture(of: [.chart(c.chart)], width: MailHTML.chartLayoutWidth, scale: 2,
                                              textScale: MailHTML.chartTextScale)
            return "data:image/png;base64," + Data(png).base64EncodedString()
        }
        return MailHTML.page(digest, chartImage: image, attachmentName: attachmentName)
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
            let found = try articleEntries(paths, relativeTo: base, warnings: warnings)
            let entries = found.value
            // what the walker skipped (a FIFO, an unreadable file or folder) comes first
            input.warnings += found.diagnostics
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
        // no control or bidi characters in names, labels, quotes, file names or dates on the way
        // out (a facts file is cleaned as it is read; articles and facts in hand here)
        let cleaned = FactText.cleaned(input.facts)
        input.facts = cleaned.value
        input.warnings += cleaned.diagnostics
        SharedNames.share(&input.facts)
        warnings += input.warnings
        return input
    }

    /// The article files under `paths`, through the one walker (`ArticleFiles.scan`: regular files
    /// that open, each once), named as written (relative to `base` when given), with a warning
    /// for each thing skipped (a FIFO, a device, an unreadable file or folder, a path too long).
    /// Throws when a path does not exist, and when nothing could be read.
    static func articleEntries(_ paths: [String], relativeTo base: URL?, warnings: [Diagnostic]) throws -> Warned<[ArticleFiles.Entry]> {
        let resolved = paths.map { written in base.map { written.hasPrefix("/") ? written : $0.appendingPathComponent(written).path } ?? written }
        for path in resolved where !ArticleFiles.exists(path) {
            throw BriefFailure("\(path): no such file or folder", warnings: warnings)
        }
        let found = ArticleFiles.scan(resolved)
        // a file or folder under a path as the caller wrote it
        func named(_ name: String) -> String {
            for (r, w) in zip(resolved, paths) where r != w {
                guard name == r || name.hasPrefix(r.hasSuffix("/") ? r : r + "/") else { continue }
                let rest = name.dropFirst(r.count)
                return w.hasSuffix("/") && rest.hasPrefix("/") ? w + rest.dropFirst() : w + rest
            }
            return name
        }
        let entries = found.value.map { e in var e = e; e.name = named(e.name); return e }
        let skipped = found.diagnostics.map { d in var d = d; d.file = named(d.file); return d }
        if entries.isEmpty {
            let shown = zip(paths, resolved).map { w, r in BriefWriter.isDirectory(r) && !w.hasSuffix("/") ? w + "/" : w }
            if !skipped.isEmpty {
                throw BriefFailure("no input could be read under \(shown.joined(separator: ", ")) (\(skipped.count) skipped; see the warnings above)",
                                   warnings: warnings + skipped)
            }
            throw BriefFailure("no .txt or .md articles under \(paths.joined(separator: ", ")); pass a folder of articles", warnings: warnings)
        }
        return Warned(entries, diagnostics: skipped)
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
