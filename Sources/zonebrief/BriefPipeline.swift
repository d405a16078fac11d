import ArgumentParser
import Foundation
import ZoneBriefCompose
import ZoneBriefCore
import ZoneBriefLayout
import ZoneBriefExtract
import ZoneBriefMetrics
import ZoneBriefPDF

/// The options `brief` and `render` share.
struct BriefOptionsGroup: ParsableArguments {
    @Option(name: .shortAndLong, help: "The PDF to write.") var output = "reports/brief.pdf"
    @Option(help: "Make the monthly brief as of this month (YYYY-MM).") var period: String?
    @Option(help: "Compare only these zones side by side (comma-separated; 宝鸡 matches 宝鸡高新区).") var zones: String?
    @Option(help: "The brief's title.") var title: String?
    @Option(help: "The fonts folder (default: Fonts/ here, else beside the project the tool was built in).") var fonts: String?
    @Option(help: "Yuan per US dollar: convert USD figures with this rate (default: USD stays USD).") var usdRate: Double?
    @Flag(help: "Print nothing but errors on stderr.") var quiet = false

    func validate() throws {
        if let p = period, YearMonth(text: p) == nil {
            throw ValidationError("--period \(p) is not a month; write it as YYYY-MM, e.g. 2023-06")
        }
        if let z = zones, zoneList(z).isEmpty {
            throw ValidationError("--zones is empty; name zones separated by commas, e.g. --zones 宝鸡,肇庆")
        }
        if let r = usdRate, !(r.isFinite && r > 0) {
            throw ValidationError("--usd-rate must be a positive number of yuan per dollar, e.g. 7.2")
        }
        guard output.lowercased().hasSuffix(".pdf") else {
            throw ValidationError("-o \(output): the brief is a PDF; name the file .pdf")
        }
        if let f = fonts, !FileSystem.isDirectory(f) {
            throw ValidationError("--fonts \(f) is not a folder")
        }
    }

    func zoneList(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    var metricsOptions: MetricsOptions {
        MetricsOptions(asOf: period.flatMap { YearMonth(text: $0) }, zones: zones.map(zoneList), usdRate: usdRate)
    }
}

/// Facts → metrics → document → PDF, with the facts CSV and the summary beside it; the stages
/// `brief` and `render` share.
enum BriefPipeline {
    /// `strict`: characters the fonts lack are an error, not a warning.
    static func run(facts: [Fact], warnings: [Diagnostic], articleCount: Int?, options: BriefOptionsGroup,
                    inputFiles: [String], log: StageLog, dump: Bool = false, strict: Bool = false) throws {
        // no control or bidi characters in names, labels, quotes or file names on the way out
        let cleaned = FactText.cleaned(facts)
        for d in cleaned.diagnostics { log.diagnostic(d) }
        let facts = cleaned.value
        var metricsOptions = options.metricsOptions
        metricsOptions.knownZones = KnownZones.builtIn
        let aggregated = log.stage("aggregate") { Aggregator.aggregate(facts, options: metricsOptions) }
        for d in aggregated.diagnostics { log.diagnostic(d) }
        let report = aggregated.value
        if options.zones != nil && report.zones.isEmpty {
            throw BriefFailure("--zones \(options.zones!): no zone with facts matches; zones with facts: \(Aggregator.zoneNames(facts, knownZones: metricsOptions.knownZones).joined(separator: "、"))")
        }
        if report.zones.isEmpty && report.otherEntities.isEmpty {
            let months = facts.compactMap(\.period).flatMap { [$0.start ?? $0.end, $0.end] }
            let span = months.min().map { " (the facts run from \($0) to \(months.max()!))" } ?? ""
            if let p = options.period {
                throw BriefFailure("nothing to brief as of \(p): no zone has a figure ending in \(p.prefix(4)) up to \(p)\(span)")
            }
            throw BriefFailure("nothing to brief: no figure of a zone among \(facts.count) facts")
        }
        let briefOptions = BriefOptions(title: options.title, articleCount: articleCount, warnings: warnings,
                                        creationDate: SourceDate.fromEnvironment())
        let document = log.stage("compose") { BriefComposer.compose(report, options: briefOptions) }
        if dump { print(DocumentDump.text(document), terminator: "") }

        let fonts = try FontsFolder.locate(explicit: options.fonts)
        let paths = OutputPaths(pdf: options.output)
        try FileSystem.makeParent(of: paths.pdf)
        let renderer = try PDFRenderer(fontsDirectory: fonts)
        // PDF, CSV and summary are one set: all in place, or none changed (see OutputSet)
        let keepCSV = inputFiles.contains(where: { FileSystem.samePath($0, paths.factsCSV) })
        let outputs = try OutputSet(paths: [paths.pdf] + (keepCSV ? [] : [paths.factsCSV]) + [paths.summary],
                                    waiting: { log.note("waiting for another zonebrief run writing \($0)…") })
        for f in outputs.removedStale { log.note("removed \(f), left by a run that was stopped") }
        let pdf = try outputs.file(paths.pdf)
        let rendered = try log.stage("render") { try renderer.render(document, named: paths.pdf) { try pdf.write($0) } }
        log.time("layout", rendered.layoutSeconds)
        log.time("paint", rendered.paintSeconds)
        for w in rendered.warnings { log.note("warning: \(w)") }
        if strict && !rendered.missingGlyphs.isEmpty {
            let n = rendered.missingGlyphs.count
            throw BriefFailure("\(paths.pdf): the fonts lack \(n == 1 ? "a character" : "\(n) characters") (--strict): "
                               + rendered.missingGlyphs.map(\.description).joined(separator: "; "))
        }
        try log.stage("write") {
            if keepCSV {
                log.note("\(paths.factsCSV) not rewritten: it is the input")
            } else {
                try outputs.file(paths.factsCSV).write(FactCSV.header + "\n" + report.facts.map(FactCSV.row).joined(separator: "\n") + (report.facts.isEmpty ? "" : "\n"))
            }
            try outputs.file(paths.summary).write(PlainSummary.text(report, options: briefOptions))
            try outputs.commit()
        }
        log.note("wrote \(paths.pdf) (\(rendered.pageCount) pages, \(report.zones.count) zones, \(report.facts.count) facts), \(paths.factsCSV), \(paths.summary)")
        log.totals()
    }
}

/// `reports/brief.pdf` → `reports/brief.facts.csv`, `reports/brief.summary.txt`.
struct OutputPaths {
    var pdf: String
    var stem: String { String(pdf.dropLast(4)) }
    var factsCSV: String { stem + ".facts.csv" }
    var summary: String { stem + ".summary.txt" }
}


/// The zones of the extractor's lexicon (Lexicon/Data/zones.tsv), known to be zones whatever
/// their names say (衢州智造新城, 杨凌示范区), also when the facts come from a reviewed file.
enum KnownZones {
    static let builtIn: Set<String> = {
        guard let lexicon = try? Lexicon.builtIn().value else { return [] }
        return lexicon.canonicalZoneNames
    }()
}
