import Foundation

/// The article files under the paths a user gives: files as given, folders walked recursively
/// for `.txt` and `.md`, in a deterministic order (the paths in order; inside a folder, by path).
public enum ArticleFiles {
    /// One file to read: where it is and what to call it in output (the path as the user wrote it).
    public struct Entry: Sendable, Hashable {
        public var url: URL
        public var name: String
    }

    public static let extensions: Set<String> = ["txt", "md"]

    /// A path that cannot be read as input.
    public struct PathError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The files under `paths`. Throws when a path does not exist or a folder cannot be listed.
    public static func list(_ paths: [String]) throws -> [Entry] {
        var out: [Entry] = []
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw PathError(description: "\(path): no such file or folder")
            }
            if !isDir.boolValue {
                let url = URL(fileURLWithPath: path)
                if seen.insert(url.standardizedFileURL.path).inserted { out.append(Entry(url: url, name: path)) }
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                throw PathError(description: "\(path): cannot list this folder")
            }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let ext = (rel as NSString).pathExtension.lowercased()
                if extensions.contains(ext) { found.append(rel) }
            }
            for rel in found.sorted() {
                let name = path.hasSuffix("/") ? path + rel : path + "/" + rel
                let url = URL(fileURLWithPath: name)
                var d: ObjCBool = false
                guard fm.fileExists(atPath: name, isDirectory: &d), !d.boolValue else { continue }
                if seen.insert(url.standardizedFileURL.path).inserted { out.append(Entry(url: url, name: name)) }
            }
        }
        return out
    }
}
