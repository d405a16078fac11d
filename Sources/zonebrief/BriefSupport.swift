import ArgumentParser
import Foundation
import ZoneBriefCore

/// A failure of the run itself (the data gives nothing to brief, a file cannot be written): printed
/// as `Error: …` with exit status 1, unlike a `ValidationError` (a bad argument, status 64, usage).
struct BriefFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Progress and per-stage times on stderr: `zonebrief: aggregate 0.004 s`.
final class StageLog {
    let quiet: Bool
    private(set) var stages: [(String, Double)] = []

    init(quiet: Bool) { self.quiet = quiet }

    /// Runs `body` as the stage `name`, timing it.
    func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let t0 = Clock.seconds()
        let r = try body()
        time(name, Clock.seconds() - t0)
        return r
    }

    func time(_ name: String, _ seconds: Double) {
        stages.append((name, seconds))
        note("\(name) \(Self.ms(seconds)) ms")
    }

    func note(_ s: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("zonebrief: \(s)\n".utf8))
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

enum Clock {
    static func seconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// The few file-system questions the commands ask.
enum FileSystem {
    static func exists(_ p: String) -> Bool { FileManager.default.fileExists(atPath: p) }

    static func isDirectory(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }

    static func isFile(_ p: String) -> Bool { exists(p) && !isDirectory(p) }

    /// Creates the folders above `path` that are missing (`mkdir -p`); an error names `path`,
    /// the folder and the OS error.
    static func makeParent(of path: String) throws {
        // (not NSString.deletingLastPathComponent: Foundation on Linux traps on a one-letter name)
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return }
        let dir = String(trimmed[..<slash])
        guard !dir.isEmpty, !isDirectory(dir) else { return }
        try makeParent(of: dir)
        if mkdir(dir, 0o777) != 0 && errno != EEXIST {
            throw BriefFailure("cannot write \(path): cannot create the folder \(dir): \(String(cString: strerror(errno)))")
        }
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        let ra = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
        let rb = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        return ra == rb
    }
}

/// Where the fonts are: `--fonts DIR`, else `Fonts/` in the current folder, else `Fonts/` in a
/// folder above the executable (the package root when it runs from `.build/…`).
enum FontsFolder {
    static func locate(explicit: String?) throws -> String {
        if let e = explicit { return e }
        if hasFonts("Fonts") { return "Fonts" }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Fonts").path
            if hasFonts(candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        throw ValidationError("no Fonts/ folder with .ttf fonts here or above the zonebrief executable; pass --fonts DIR")
    }

    static func hasFonts(_ dir: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return false }
        return names.contains { $0.lowercased().hasSuffix(".ttf") || $0.lowercased().hasSuffix(".otf") }
    }
}

/// `SOURCE_DATE_EPOCH` as an ISO 8601 date for the PDF; nil when unset (the data's date is used).
enum SourceDate {
    static func fromEnvironment() -> String? {
        guard let s = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let secs = Int(s) else { return nil }
        let d = Date(timeIntervalSince1970: TimeInterval(secs))
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: d)
        func two(_ v: Int?) -> String { let v = v ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 1970)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))Z"
    }
}
