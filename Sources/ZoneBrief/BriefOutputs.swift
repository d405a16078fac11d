import Foundation
import ZoneBriefPDF

/// The three files of one brief, side by side in the output folder:
/// `NAME.pdf`, `NAME.facts.csv` (the facts behind it) and `NAME.summary.txt` (the mail body).
/// Paths stay as the caller wrote them (relative paths relative), so messages name them so.
public struct BriefOutputs: Sendable, Equatable {
    public var pdf: String
    public var factsCSV: String
    public var summary: String

    /// `NAME.pdf`, … in `folder` (a relative folder gives relative paths).
    public init(folder: URL, name: String) {
        let dir = folder.relativePath
        let prefix = dir == "." || dir.isEmpty ? "" : dir.hasSuffix("/") ? dir : dir + "/"
        pdf = prefix + name + ".pdf"
        factsCSV = prefix + name + ".facts.csv"
        summary = prefix + name + ".summary.txt"
    }

    public var all: [String] { [pdf, factsCSV, summary] }
}

/// Writing a brief's three files: the one place they are written (each to a temporary file
/// beside it, then renamed into place).
enum BriefWriter {
    /// Renders the PDF through `render` (given the path to write), then writes `factsCSV` (nil:
    /// left as it is, being the input) and `summary`. Returns the renderer's report.
    static func write(_ outputs: BriefOutputs, render: (String) throws -> RenderReport,
                      factsCSV: String?, summary: String) throws -> RenderReport {
        try makeFolder((outputs.pdf as NSString).deletingLastPathComponent)
        let report = try render(outputs.pdf)
        if let factsCSV { try writeAtomically(factsCSV, to: outputs.factsCSV) }
        try writeAtomically(summary, to: outputs.summary)
        return report
    }

    static func makeFolder(_ dir: String) throws {
        var isDir: ObjCBool = false
        if dir.isEmpty || (FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) && isDir.boolValue) { return }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw BriefFailure("cannot create the output folder \(dir)")
        }
    }

    /// Writes `text` to a temporary file beside `url`, then renames it into place.
    static func writeAtomically(_ text: String, to path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = (dir.isEmpty ? "" : dir + "/") + ".\((path as NSString).lastPathComponent).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8)) else {
            throw BriefFailure("cannot write \(path)")
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw BriefFailure("cannot write \(path): \(reason)")
        }
    }
}
