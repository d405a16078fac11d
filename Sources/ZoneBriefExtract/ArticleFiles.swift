import Foundation
import ZoneBriefCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The article files under the paths a user gives: files as given, folders walked recursively
/// for `.txt` and `.md`, in a deterministic order (the paths in order; inside a folder, by path).
/// The one walker every command uses.
///
/// Only regular files are read: a named pipe, socket or device is skipped with a warning (opening
/// a FIFO would wait forever for a writer), and so is a file or folder that cannot be opened,
/// a link to a folder (not followed, so no cycle), and a path longer than `PATH_MAX`. Hidden
/// files and folders (`.git`, `.x.txt`) inside a folder are left out.
///
///     let found = ArticleFiles.scan(["seeds", "more/a.txt"])
///     found.value        // [Entry], readable regular files
///     found.diagnostics  // `seeds/pipe.txt: warning: a named pipe (FIFO), not a regular file; skipped`
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

    /// The readable article files under `paths`, and a warning for each thing skipped (a path that
    /// does not exist is one too).
    public static func scan(_ paths: [String]) -> Warned<[Entry]> {
        var walker = Walker()
        for path in paths { walker.visit(path) }
        return Warned(walker.entries, diagnostics: walker.diagnostics)
    }

    /// The files under `paths` (`scan` without its warnings). Throws when a path does not exist.
    public static func list(_ paths: [String]) throws -> [Entry] {
        for path in paths where !exists(path) {
            throw PathError(description: "\(path): no such file or folder")
        }
        return scan(paths).value
    }

    /// Opens an article file for reading without ever blocking: `O_NONBLOCK` (a FIFO put in the
    /// file's place after the scan does not hang), then only a regular file is accepted.
    /// The corresponding C functions are `open` and `fstat`.
    public static func open(_ url: URL) throws -> FileHandle {
        let fd = url.withUnsafeFileSystemRepresentation { p -> Int32 in
            guard let p else { return -1 }
            return Glibc_open(p, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        }
        guard fd >= 0 else { throw PathError(description: "cannot open the file: \(String(cString: strerror(errno)))") }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            let what = kind(st.st_mode)
            close(fd)
            throw PathError(description: "\(what), not a regular file")
        }
        // Back to blocking reads (a regular file never blocks anyway).
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// The bytes of a small settings or data file, only when it is a regular file (nil for a
    /// FIFO, a device, a folder, or a file that cannot be read): never blocks.
    public static func readRegularFile(_ url: URL) -> Data? {
        guard let handle = try? open(url) else { return nil }
        defer { try? handle.close() }
        return try? handle.readToEnd() ?? Data()
    }

    /// Whether anything is at `path` (a link is something, even when it leads nowhere).
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func isArticle(_ name: String) -> Bool {
        extensions.contains((name as NSString).pathExtension.lowercased())
    }

    /// `a named pipe (FIFO)`, `a socket`, `a device`, `a folder`…
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a link"
        default: return "not a regular file"
        }
    }

    /// A path for a message: whole unless it is very long.
    static func shown(_ path: String) -> String {
        path.count <= 160 ? path : String(path.prefix(80)) + "…" + String(path.suffix(60))
    }

    /// The walk: entries in order, each once, and what was skipped.
    struct Walker {
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        var seen = Set<String>()
        let maxPath = Int(PATH_MAX)

        mutating func skip(_ path: String, _ why: String) {
            diagnostics.append(Diagnostic(file: ArticleFiles.shown(path), "\(why); skipped"))
        }

        /// A path the user named: a file is read whatever its extension, a folder is walked.
        mutating func visit(_ path: String) {
            if path.utf8.count >= maxPath { return skip(path, "path longer than PATH_MAX (\(maxPath) bytes)") }
            var st = stat()
            guard stat(path, &st) == 0 else {
                return skip(path, errno == ENOENT ? "no such file or folder" : "cannot read: \(String(cString: strerror(errno)))")
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                var found: [String] = []
                walk(folder: path, relative: "", into: &found)
                for rel in found.sorted() {
                    add(path.hasSuffix("/") ? path + rel : path + "/" + rel)
                }
            } else {
                add(path)
            }
        }

        /// Collects the article files under `folder` (paths relative to the named folder).
        mutating func walk(folder: String, relative: String, into found: inout [String]) {
            guard let dir = opendir(folder) else {
                return skip(folder.hasSuffix("/") ? folder : folder + "/", "cannot list this folder: \(String(cString: strerror(errno)))")
            }
            defer { closedir(dir) }
            var names: [String] = []
            while let e = readdir(dir) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasPrefix(".") { continue }   // ., .., hidden files and folders
                names.append(name)
            }
            for name in names.sorted() {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                let rel = relative.isEmpty ? name : relative + "/" + name
                if path.utf8.count >= maxPath {
                    skip(path, "path longer than PATH_MAX (\(maxPath) bytes)")
                    continue
                }
                var st = stat()
                guard lstat(path, &st) == 0 else {
                    skip(path, "cannot read: \(String(cString: strerror(errno)))")
                    continue
                }
                var mode = st.st_mode
                if (mode & S_IFMT) == S_IFLNK {
                    // A link to a file is read; to a folder it is not followed (no cycles).
                    var target = stat()
                    guard stat(path, &target) == 0 else {
                        if ArticleFiles.isArticle(name) { skip(path, "a link to nothing") }
                        continue
                    }
                    mode = target.st_mode
                    if (mode & S_IFMT) == S_IFDIR {
                        skip(path, "a link to a folder, not followed")
                        continue
                    }
                }
                if (mode & S_IFMT) == S_IFDIR {
                    walk(folder: path, relative: rel, into: &found)
                } else if ArticleFiles.isArticle(name) {
                    found.append(rel)
                }
            }
        }

        /// A file: kept when it is a regular file that opens, once (however many paths or links
        /// lead to it); skipped with the reason otherwise.
        mutating func add(_ path: String) {
            var st = stat()
            guard stat(path, &st) == 0 else { return skip(path, "cannot read: \(String(cString: strerror(errno)))") }
            guard (st.st_mode & S_IFMT) == S_IFREG else { return skip(path, "\(ArticleFiles.kind(st.st_mode)), not a regular file") }
            let url = URL(fileURLWithPath: path)
            guard seen.insert("\(st.st_dev):\(st.st_ino)").inserted else { return }
            do {
                try ArticleFiles.open(url).close()
            } catch {
                return skip(path, "\(error)")
            }
            entries.append(Entry(url: url, name: path))
        }
    }
}

/// `open(2)` (the enum's own `open` shadows it).
private func Glibc_open(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, flags)
    #else
    return Darwin.open(path, flags)
    #endif
}
