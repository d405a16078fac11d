import Foundation
import ZoneBriefCore
import ZoneBriefPDF
#if canImport(Glibc)
import Glibc
#endif

/// The files of one brief, side by side in the output folder: `NAME.pdf`, `NAME.facts.csv` (the
/// facts behind it), `NAME.summary.txt` (the mail's plain-text body), `NAME.mail.html` (the
/// mail's HTML body, its chart inside it as a `data:` PNG, so it opens in a browser as it is) and,
/// for a brief made from articles, `NAME.unread.csv` (the figures that became no fact, with the
/// reason: the companion of the facts file a reviewer reads to extend the lexicon).
/// Paths stay as the caller wrote them (relative paths relative), so messages name them so.
public struct BriefOutputs: Sendable, Equatable {
    public var pdf: String
    public var factsCSV: String
    public var summary: String
    public var mailHTML: String
    public var unreadCSV: String

    /// `NAME.pdf`, … in `folder` (a relative folder gives relative paths).
    public init(folder: URL, name: String) {
        let dir = folder.relativePath
        let prefix = dir == "." || dir.isEmpty ? "" : dir.hasSuffix("/") ? dir : dir + "/"
        pdf = prefix + name + ".pdf"
        factsCSV = prefix + name + ".facts.csv"
        summary = prefix + name + ".summary.txt"
        mailHTML = prefix + name + ".mail.html"
        unreadCSV = prefix + name + ".unread.csv"
    }

    /// The files every brief writes (`unreadCSV` only when it was made from articles).
    public var all: [String] { [pdf, factsCSV, summary, mailHTML] }
}

/// Writing a brief's files: the one place they are written, as one set (Core's
/// `OutputSet`). Each goes to a temporary file created exclusively in the output folder
/// (`O_CREAT|O_EXCL|O_NOFOLLOW`, never through a planted link) and all of them are renamed into
/// place only when every one is complete; a failure, an error before the end, or
/// SIGINT/SIGTERM/SIGHUP removes the temporary files and leaves the previous set as it was.
/// Runs writing the same files take turns (`flock` on `.NAME.pdf.lock` beside them; `zonebrief
/// run`'s own lock is another file, `.zonebrief-run.lock`), and temporary files of runs that
/// died are removed. The PDF is streamed from cairo into its temporary file.
enum BriefWriter {
    /// What writing gave: the renderer's report and the leftovers of dead runs it removed.
    struct Written {
        var report: RenderReport
        var removedStale: [String]
    }

    /// Creates the output folder when missing and takes the set's lock (telling `waiting` when
    /// another run holds it); streams the PDF from `render` (given the PDF's path, for messages,
    /// and where its bytes go) into its temporary file; lets `accept` refuse the render (a
    /// character the fonts lack under --strict); then writes `factsCSV` (which writes its text in
    /// pieces through the function it is given, once the PDF is written; nil: left as it is, being the input), `summary` and the mail's HTML (`mailHTML`, made once the PDF is
    /// accepted), and puts the set in place. Errors name the final files
    /// (`cannot write reports/brief.pdf: No space left on device`).
    static func write(_ outputs: BriefOutputs,
                      render: (_ name: String, _ write: @escaping (UnsafeRawBufferPointer) throws -> Void) throws -> RenderReport,
                      accept: (RenderReport) throws -> Void = { _ in },
                      factsCSV: ((_ write: (String) throws -> Void) throws -> Void)?, summary: String, mailHTML: () throws -> String, unreadCSV: String? = nil,
                      waiting: ((String) -> Void)? = nil) throws -> Written {
        try makeParent(of: outputs.pdf)
        let set = try OutputSet(paths: [outputs.pdf] + (factsCSV == nil ? [] : [outputs.factsCSV]) + [outputs.summary, outputs.mailHTML]
                                    + (unreadCSV == nil ? [] : [outputs.unreadCSV]),
                                waiting: waiting)
        do {
            let pdf = try set.file(outputs.pdf)
            let report = try render(outputs.pdf) { try pdf.write($0) }
            try accept(report)
            if let factsCSV {
                let file = try set.file(outputs.factsCSV)
                try factsCSV { try file.write($0) }
            }
            try set.file(outputs.summary).write(summary)
            try set.file(outputs.mailHTML).write(try mailHTML())
            if let unreadCSV { try set.file(outputs.unreadCSV).write(unreadCSV) }
            try set.commit()
            return Written(report: report, removedStale: set.removedStale)
        } catch {
            set.abandon()
            throw error
        }
    }

    /// Creates the folders above `path` that are missing (`mkdir -p`); an error names `path`, the
    /// folder and the OS error. (Not `NSString.deletingLastPathComponent`: Foundation on Linux
    /// traps on a one-letter folder such as `b/x.pdf`.) Something else in the folder's place is
    /// left for `OutputSet` to report (`Not a directory (opening the folder file)`).
    static func makeParent(of path: String) throws {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return }
        let dir = String(trimmed[..<slash])
        guard !dir.isEmpty, !isDirectory(dir) else { return }
        try makeParent(of: dir)
        if mkdir(dir, 0o777) != 0 && errno != EEXIST {
            throw BriefFailure("cannot write \(path): cannot create the folder \(dir): \(String(cString: strerror(errno)))")
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }
}
