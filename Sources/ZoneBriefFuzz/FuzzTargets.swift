import Foundation
import ZoneBriefCore
import ZoneBriefExtract
import ZoneBriefLayout
import ZoneBriefPDF

/// What each fuzz target does with one input. The libFuzzer executables (Sources/Fuzz*) and the
/// regression tests (Tests/ZoneBriefFuzzTests, replaying fuzz/regressions/) both call these, so a
/// crash found by fuzzing is replayed by the test suite through the same code.
///
/// Each target checks invariants beyond "no crash": they trap (`precondition`) when broken, which
/// libFuzzer reports as a crash with the input that broke them.
public enum FuzzTargets {
    /// Bytes of an article page → facts, through the same streaming file reader `extract` uses.
    public static func extract(_ bytes: UnsafeRawBufferPointer) {
        let extractor = Shared.extractor
        let url = Shared.scratchFile("page.txt")
        defer { try? FileManager.default.removeItem(at: url) }
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else { return }
        let result = extractor.extract(fileAt: url, name: "page.txt")
        for f in result.value.facts {
            precondition(f.value.isFinite, "non-finite value")
            precondition(f.source.line >= 1, "source line below 1")
            precondition(f.metric.accepts(f.unit), "unit \(f.unit) does not fit \(f.metric)")
            if let p = f.period, let s = p.start { precondition(s <= p.end, "period ends before it starts") }
            // every fact must survive its own output formats
            _ = FactJSONL.line(f)
            _ = FactCSV.row(f)
        }
        for d in result.diagnostics { precondition(d.line.map { $0 >= 1 } ?? true, "diagnostic line below 1") }
    }

    /// Bytes of a facts file (JSONL or CSV, sniffed) → facts and validation diagnostics. What it
    /// accepts must read back the same after writing (JSONL and CSV round trips).
    public static func factsFile(_ bytes: UnsafeRawBufferPointer) {
        let read = FactsFile.parse(Array(bytes), file: "facts")
        for f in read.value {
            precondition(f.value.isFinite && abs(f.value) <= 1e18, "accepted a value out of range")
            precondition(f.metric.accepts(f.unit), "accepted a unit that does not fit the metric")
        }
        guard !read.value.isEmpty else { return }
        let jsonl = read.value.map(FactJSONL.line).joined(separator: "\n") + "\n"
        let back = FactsFile.parse(Array(jsonl.utf8), file: "facts.jsonl", format: .jsonl)
        precondition(back.value.count == read.value.count, "JSONL round trip lost rows: \(back.diagnostics)")
        let csv = ([FactCSV.header] + read.value.map(FactCSV.row)).joined(separator: "\n") + "\n"
        let backCSV = FactsFile.parse(Array(csv.utf8), file: "facts.csv", format: .csv)
        precondition(backCSV.value.count == read.value.count, "CSV round trip lost rows: \(backCSV.diagnostics)")
        // formula guards ('=…) and control characters: the text comes back exactly
        for (a, b) in zip(read.value, backCSV.value) {
            precondition(a.zone == b.zone && a.label == b.label && a.source.quote == b.source.quote,
                         "CSV round trip changed text: \(a) → \(b)")
        }
    }

    /// Arbitrary text (any length, any script, invalid UTF-8 repaired) laid out through Pango in a
    /// heading, a paragraph, a table and a chart, and painted into a PDF.
    public static func layout(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        let label = parts.first ?? ""
        let doc = Document(
            metadata: Metadata(title: label, subject: text, creationDate: "2023-07-01T00:00:00+08:00"),
            header: label,
            blocks: [
                .heading(Heading(level: 1, text: label, anchor: "a")),
                .paragraph(Paragraph(text)),
                .table(Table(columns: [TableColumn("名称"), TableColumn("值", alignment: .trailing)],
                             rows: parts.map { [TableCell($0), TableCell(String($0.unicodeScalars.count))] })),
                .chart(BarChart(title: label, categories: parts,
                                series: [ChartSeries(name: label, values: parts.map { Double($0.utf8.count) - 3 })],
                                notes: parts.map { $0 }, unitCaption: label)),
            ])
        guard let renderer = Shared.renderer else { return }
        let out = Shared.scratchFile("layout.pdf")
        defer { try? FileManager.default.removeItem(at: out) }
        // Pango and cairo objects are not thread-safe: one document at a time through the shared renderer
        Shared.rendererLock.lock()
        defer { Shared.rendererLock.unlock() }
        do {
            let report = try renderer.render(doc, to: out.path)
            precondition(report.pageCount >= 1, "a document with blocks rendered no page")
        } catch {
            preconditionFailure("render threw for text input: \(error)")
        }
    }
}

/// Per-process state of the fuzz targets: built once, reused for every input.
enum Shared {
    nonisolated(unsafe) static let extractor: FactExtractor = {
        do { return try FactExtractor() } catch { fatalError("lexicon: \(error)") }
    }()

    /// The fonts of `Fonts/`: `$ZB_FONTS`, else the repo this file was built from.
    nonisolated(unsafe) static let renderer: PDFRenderer? = {
        let env = ProcessInfo.processInfo.environment["ZB_FONTS"]
        let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fonts").path
        return try? PDFRenderer(fontsDirectory: env ?? fromSource)
    }()

    static let rendererLock = NSLock()

    /// A fresh file name in a per-process scratch folder (on /dev/shm where it exists: fuzzing
    /// writes a lot); unique per call, so inputs replayed in parallel never share a file.
    static func scratchFile(_ name: String) -> URL {
        scratchDirectory.appendingPathComponent(UUID().uuidString + "-" + name)
    }

    nonisolated(unsafe) static let scratchDirectory: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let dir = URL(fileURLWithPath: base).appendingPathComponent("zonebrief-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }()
}
