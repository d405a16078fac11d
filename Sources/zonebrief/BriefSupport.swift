import ArgumentParser
import Foundation
import ZoneBrief
import ZoneBriefCore

/// A failure of the run itself (the data gives nothing to brief, a file cannot be written): printed
/// as `Error: …` with exit status 1, unlike a `ValidationError` (a bad argument, status 64, usage).
struct CLIFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Progress and per-stage times on stderr: `zonebrief: aggregate 0.004 s`.
final class StageLog {
    let quiet: Bool
    private(set) var stages: [(String, Double)] = []

    init(quiet: Bool) { self.quiet = quiet }

    func time(_ name: String, _ seconds: Double) {
        stages.append((name, seconds))
        note("\(name) \(Self.ms(seconds)) ms")
    }

    func note(_ s: String) {
        guard !quiet else { return }
        Self.write("zonebrief: \(s)")
    }

    /// One line on stderr.
    static func write(_ line: String) {
        FileHandle.standardError.write(Data("\(line)\n".utf8))
    }

    /// A diagnostic in compiler form (`file:line: warning: …`); errors print even when quiet.
    func diagnostic(_ d: Diagnostic) {
        guard !quiet || d.severity == .error else { return }
        FileHandle.standardError.write(Data("\(d)\n".utf8))
    }

    func totals() {
        let top = stages.filter { !["layout", "paint"].contains($0.0) }
        note("total " + Self.ms(top.reduce(0) { $0 + $1.1 }) + " ms (" + stages.map { "\($0.0) \(Self.ms($0.1))" }.joined(separator: ", ") + ")")
    }

    static func ms(_ s: Double) -> String {
        let v = (s * 10_000).rounded() / 10
        return String(v)
    }
}

/// Progress on long work as one status line on a terminal's stderr (`reading 120/4000 files…`,
/// `page 35/801`), redrawn at most ten times a second and cleared at the end. Nothing when stderr
/// is not a terminal (cron, a pipe, a test) or with --quiet.
final class TerminalProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var last = 0.0
    private var shown = false

    /// A progress line when stderr is a terminal and not `quiet`, else nil.
    static func ifTerminal(quiet: Bool) -> TerminalProgress? {
        quiet || isatty(STDERR_FILENO) == 0 ? nil : TerminalProgress()
    }

    /// The handler for one brief's progress.
    var brief: @Sendable (BriefProgress) -> Void {
        { [self] p in
            switch p {
            case let .reading(file, i, n): show("reading \(i)/\(n) files: \(file)", force: i == n)
            case let .laidOut(pages): show("laid out \(pages) pages", force: true)
            case let .painted(k, n): k == n ? clear() : show("page \(k)/\(n)", force: false)
            }
        }
    }

    /// Shows `text` in place (throttled unless `force`).
    func show(_ text: String, force: Bool) {
        lock.lock(); defer { lock.unlock() }
        let now = Date().timeIntervalSince1970
        guard force || now - last >= 0.1 else { return }
        last = now
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    /// Removes the status line.
    func clear() {
        lock.lock(); defer { lock.unlock() }
        guard shown else { return }
        shown = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// The few file-system questions the commands ask before any work.
enum FileSystem {
    static func exists(_ p: String) -> Bool { FileManager.default.fileExists(atPath: p) }

    static func isDirectory(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }

    static func isFile(_ p: String) -> Bool { exists(p) && !isDirectory(p) }
}
