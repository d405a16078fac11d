import Foundation
import Testing

/// Runs the built `zonebrief` (it sits beside the test bundle, in the directory of
/// `CommandLine.arguments[0]`) in a scratch folder, and reads back what it wrote.
struct BriefRunner {
    typealias Result = ZonebriefProcess.Output

    let directory: URL
    static let repoRoot = ZonebriefProcess.repoRoot

    /// A fresh scratch folder holding a copy of seeds/.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("zonebrief-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repoRoot.appendingPathComponent("seeds"), to: directory.appendingPathComponent("seeds"))
    }

    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try ZonebriefProcess.run(arguments, in: directory, environment: environment, removing: ["SOURCE_DATE_EPOCH"])
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    func data(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path(name))) }

    /// The PDF's text through poppler's `pdftotext -layout`.
    func pdfText(_ name: String) throws -> String { try poppler(["pdftotext", "-layout", path(name), "-"]) }

    /// The PDF's information dictionary through poppler's `pdfinfo`.
    func pdfInfo(_ name: String) throws -> String { try poppler(["pdfinfo", path(name)]) }

    private func poppler(_ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let d = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: d, as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// One CSV row of `brief.facts.csv`, by column name (quoted fields kept whole).
func briefCSVRows(_ text: String) -> [[String: String]] {
    var rows: [[String]] = []
    var row: [String] = [], field = "", quoted = false
    var it = Array(text.unicodeScalars)[...]
    while let c = it.popFirst() {
        if quoted {
            if c == "\"" { if it.first == "\"" { field.unicodeScalars.append("\""); it.removeFirst() } else { quoted = false } }
            else { field.unicodeScalars.append(c) }
        } else if c == "\"" { quoted = true }
        else if c == "," { row.append(field); field = "" }
        else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
        else if c != "\r" { field.unicodeScalars.append(c) }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    guard let header = rows.first else { return [] }
    return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}
