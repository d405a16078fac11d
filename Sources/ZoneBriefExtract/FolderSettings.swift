import Foundation
import ZoneBriefCore

/// Settings a user writes once for a folder of articles: a file `.zonebrief` in the folder (or a
/// folder above it, up to the folder named on the command line), one `key = value` a line, `#`
/// comments.
///
/// ```
/// # articles saved from the zone's own site, which never names itself
/// assume-zone = 宜昌高新区
/// ```
public struct FolderSettings {
    /// The name of the settings file.
    public static let fileName = ".zonebrief"
    private var cache: [String: [String: String]] = [:]
    /// Lines of settings files that could not be read, as warnings.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The folders the user named (a file's own folder for a file): settings are looked for from a
    /// file's folder up to these, never above them (a `.zonebrief` someone left in /tmp is not ours).
    private let roots: [String]

    /// - Parameter roots: the paths given on the command line (files or folders).
    public init(roots: [String]) {
        let fm = FileManager.default
        self.roots = roots.map { path in
            var isDir: ObjCBool = false
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let folder = fm.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue ? url.deletingLastPathComponent() : url
            return folder.standardizedFileURL.path
        }
    }

    /// The zone that pages of the file's folder are about, from the nearest `.zonebrief` above it.
    public mutating func assumedZone(for file: URL) -> String? {
        value("assume-zone", for: file)
    }

    /// The nearest setting `key` for the folders holding `file`.
    public mutating func value(_ key: String, for file: URL) -> String? {
        var dir = file.deletingLastPathComponent().standardizedFileURL
        func isInside(_ d: String, _ root: String) -> Bool { d == root || d.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
        while roots.contains(where: { isInside(dir.path, $0) }) {
            if let v = settings(in: dir)[key] { return v }
            let up = dir.deletingLastPathComponent()
            if up.path == dir.path { break }
            dir = up
        }
        return nil
    }

    private mutating func settings(in dir: URL) -> [String: String] {
        if let s = cache[dir.path] { return s }
        var s: [String: String] = [:]
        let url = dir.appendingPathComponent(Self.fileName)
        if let data = ArticleFiles.readRegularFile(url) {   // a FIFO named .zonebrief must not hang the walk
            for (i, raw) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
                if line.isEmpty || line.hasPrefix("#") { continue }
                guard let eq = line.firstIndex(of: "=") else {
                    diagnostics.append(Diagnostic(file: url.path, line: i + 1, "not a 'key = value' line; ignored"))
                    continue
                }
                let key = line[..<eq].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
                guard key == "assume-zone" else {
                    diagnostics.append(Diagnostic(file: url.path, line: i + 1, "unknown setting '\(key)'; ignored (known: assume-zone)"))
                    continue
                }
                if !value.isEmpty { s[key] = value }
            }
        }
        cache[dir.path] = s
        return s
    }
}

extension FactExtractor {
    /// An extractor with the built-in lexicon and a user's extra lexicon files or folders
    /// (`--lexicon`), with the lexicon's warnings.
    public static func withLexicon(dataFolder: URL? = nil, extraPaths: [String]) throws -> Warned<FactExtractor> {
        let builtIn = try dataFolder.map { try Lexicon.load(dataFolder: $0) } ?? Lexicon.builtIn()
        var lexicon = builtIn.value
        var diagnostics = builtIn.diagnostics
        for l in extraPaths { diagnostics += try lexicon.add(contentsOf: URL(fileURLWithPath: l)) }
        if case .failure(let e) = TraditionalScript.table {
            diagnostics.append(Diagnostic(file: "OpenCC", "\(e.message); pages in traditional script are read as they are"))
        }
        return Warned(FactExtractor(lexicon: lexicon), diagnostics: diagnostics)
    }
}
