#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files that belong together (a brief's PDF, facts CSV and summary), written as one set: each to
/// a temporary file created exclusively in the target folder, and all renamed into place only when
/// every one is complete. A failure, an error thrown before `commit()`, or SIGINT/SIGTERM/SIGHUP
/// removes the temporary files and leaves the previous set untouched.
///
///     let set = try OutputSet(paths: ["reports/brief.pdf", "reports/brief.facts.csv"])
///     try set.file("reports/brief.pdf").write(pdfBytes)
///     try set.file("reports/brief.facts.csv").write(csvText)
///     try set.commit()           // both in place, or neither changed
///
/// - Temporary files are `.NAME.zb-RANDOM.tmp`, opened with `O_CREAT|O_EXCL|O_NOFOLLOW`: a file or
///   symbolic link planted under that name is never written through (another name is drawn).
/// - Runs writing the same set take turns: a lock (`flock`) on `.NAME.lock` in the folder is held
///   from `init` to `commit()`; `waiting` hears when another run holds it. While it is held, any
///   temporary file of these outputs is left over from a run that died (SIGKILL, power loss) and is
///   removed (`removedStale`).
/// - `commit()` checks every final name first (a folder in the way fails before anything moves),
///   keeps a hard link to each old file, and puts the old ones back if a rename fails, so readers
///   never find a mixed set after a failed run.
/// - Every error is an `OutputError` naming the final file and the OS error.
///
/// The corresponding C functions are `openat`, `flock`, `write`, `fsync`, `linkat`, `renameat`
/// and `unlinkat`, relative to one descriptor of the folder.
public final class OutputSet {
    /// The folder the files are in, as given (`.` for the current one).
    public let directory: String
    /// The final paths, as given.
    public let paths: [String]
    /// Temporary files of these outputs found from runs that died, and removed.
    public private(set) var removedStale: [String] = []

    private let folder: Int32
    private var lock: Int32 = -1
    private var files: [OutputFile] = []
    private var done = false
    private let randomName: () -> String

    /// Opens the folder of `paths` (which must share one folder), takes the set's lock (waiting
    /// for another run that holds it, after telling `waiting`), and removes temporary files left
    /// by dead runs.
    public convenience init(paths: [String], waiting: ((String) -> Void)? = nil) throws {
        try self.init(paths: paths, waiting: waiting, randomName: OutputSet.randomSuffix)
    }

    /// `randomName` draws the random part of temporary names (tests predict it).
    init(paths: [String], waiting: ((String) -> Void)?, randomName: @escaping () -> String) throws {
        precondition(!paths.isEmpty, "an output set needs at least one file")
        self.paths = paths
        self.randomName = randomName
        let dirs = Set(paths.map(Self.folderName))
        precondition(dirs.count == 1, "the files of an output set must share one folder")
        directory = dirs.first!
        folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else {
            throw OutputError(path: paths[0], code: errno, detail: "opening the folder \(directory)")
        }
        do {
            try takeLock(waiting: waiting)
            removeStale()
        } catch {
            close(folder)
            if lock >= 0 { close(lock) }
            throw error
        }
    }

    deinit {
        if !done { abandon() }
        close(folder)
    }

    /// The temporary file for the final path `path` (one of `paths`), created now.
    public func file(_ path: String) throws -> OutputFile {
        precondition(paths.contains(path), "\(path) is not one of this set's files")
        precondition(!done, "the set is already committed or abandoned")
        if let f = files.first(where: { $0.path == path }) { return f }
        let name = Self.baseName(path)
        for _ in 0..<100 {
            let temp = ".\(name).zb-\(randomName()).tmp"
            // Created and registered for removal with SIGINT/SIGTERM/SIGHUP held back: a signal
            // between the two would otherwise leave the file behind.
            let (fd, code, slot): (Int32, Int32, Int?) = TemporaryFiles.withSignalsBlocked {
                let fd = openat(folder, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
                guard fd >= 0 else { return (fd, errno, nil) }
                return (fd, 0, TemporaryFiles.add(folder: folder, name: temp))
            }
            if fd < 0 {
                if code == EEXIST || code == ELOOP { continue }
                throw OutputError(path: path, code: code)
            }
            let f = OutputFile(path: path, fd: fd, tempName: temp, slot: slot)
            files.append(f)
            return f
        }
        throw OutputError(path: path, code: EEXIST, detail: "no free temporary name beside it")
    }

    /// Puts every file created with `file(_:)` in place: flushed to disk, then renamed over the
    /// old ones; on any failure nothing has changed and the temporary files are gone. Releases
    /// the lock.
    public func commit() throws {
        precondition(!done, "the set is already committed or abandoned")
        do {
            for f in files { try f.finish() }
            // A folder (or anything but a file or link) in the way fails before anything moves.
            for f in files {
                var st = stat()
                if fstatat(folder, Self.baseName(f.path), &st, AT_SYMLINK_NOFOLLOW) == 0,
                   (st.st_mode & S_IFMT) == S_IFDIR {
                    throw OutputError(path: f.path, code: EISDIR)
                }
            }
            // From here to the last rename a signal waits, so it never leaves half a set.
            try TemporaryFiles.withSignalsBlocked { try replace() }
        } catch {
            abandon()
            throw error
        }
        for f in files { TemporaryFiles.remove(f.slot) }
        files = []
        done = true
        releaseLock()
    }

    /// Renames every temporary file over its final name; on a failure the old files are put back.
    private func replace() throws {
        // Hard links keep the old set until the new one is complete.
        var backups: [String?] = []
        for f in files {
            let old = ".\(Self.baseName(f.path)).zb-\(randomName()).old"
            backups.append(linkat(folder, Self.baseName(f.path), folder, old, 0) == 0 ? old : nil)
        }
        defer { for case let b? in backups { unlinkat(folder, b, 0) } }
        for (k, f) in files.enumerated() {
            guard renameat(folder, f.tempName, folder, Self.baseName(f.path)) != 0 else { continue }
            let code = errno
            // Put back the old files of those already moved (a new file without an old one goes).
            for j in 0..<k {
                let name = Self.baseName(files[j].path)
                if let b = backups[j] {
                    if renameat(folder, b, folder, name) == 0 { backups[j] = nil }
                } else {
                    unlinkat(folder, name, 0)
                }
            }
            throw OutputError(path: f.path, code: code)
        }
        fsync(folder)
    }

    /// Removes the temporary files and releases the lock; the old set stays as it was.
    public func abandon() {
        guard !done else { return }
        for f in files {
            f.closeIfOpen()
            unlinkat(folder, f.tempName, 0)
            TemporaryFiles.remove(f.slot)
        }
        files = []
        done = true
        releaseLock()
    }

    // MARK: lock

    private var lockName: String { ".\(Self.baseName(paths[0])).lock" }

    private func takeLock(waiting: ((String) -> Void)?) throws {
        let where_ = "the lock file \(Self.join(directory, lockName))"
        lock = openat(folder, lockName, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o666)
        guard lock >= 0 else { throw OutputError(path: paths[0], code: errno, detail: where_) }
        var st = stat()
        guard fstat(lock, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            throw OutputError(path: paths[0], code: EINVAL, detail: "\(where_) is not a plain file")
        }
        if flock(lock, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else { throw OutputError(path: paths[0], code: errno, detail: where_) }
        waiting?(paths[0])
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw OutputError(path: paths[0], code: errno, detail: where_) }
        }
    }

    private func releaseLock() {
        if lock >= 0 { close(lock) }
        lock = -1
    }

    // MARK: stale files

    /// Temporary files of these outputs: ours (`.NAME.zb-HEX.tmp`, `.old`), and the
    /// `.NAME.PID.tmp` of earlier versions when that process is gone. Only called with the lock
    /// held, so no live run of this version is writing them.
    private func removeStale() {
        let names = Set(paths.map(Self.baseName))
        let copy = dup(folder)
        guard copy >= 0, let dir = fdopendir(copy) else { return }
        defer { closedir(dir) }
        var stale: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(".") else { continue }
            for n in names where Self.isStaleName(name, of: n) { stale.append(name) }
        }
        for name in stale.sorted() {
            var st = stat()
            guard fstatat(folder, name, &st, AT_SYMLINK_NOFOLLOW) == 0,
                  (st.st_mode & S_IFMT) == S_IFREG || (st.st_mode & S_IFMT) == S_IFLNK else { continue }
            if unlinkat(folder, name, 0) == 0 { removedStale.append(Self.join(directory, name)) }
        }
    }

    static func isStaleName(_ entry: String, of name: String) -> Bool {
        let prefix = "." + name + "."
        guard entry.hasPrefix(prefix) else { return false }
        let rest = entry.dropFirst(prefix.count)
        for suffix in [".tmp", ".old"] where rest.hasPrefix("zb-") && rest.hasSuffix(suffix) {
            let hex = rest.dropFirst(3).dropLast(suffix.count)
            if !hex.isEmpty && hex.allSatisfy(\.isHexDigit) { return true }
        }
        // earlier versions: .NAME.PID.tmp, stale when PID is gone
        if rest.hasSuffix(".tmp"), let pid = Int32(rest.dropLast(4)), pid > 0 {
            return kill(pid, 0) != 0 && errno == ESRCH
        }
        return false
    }

    // MARK: names

    static func randomSuffix() -> String {
        let hex = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func folderName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let d = String(path[..<slash])
        return d.isEmpty ? "/" : d
    }

    static func baseName(_ path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    static func join(_ dir: String, _ name: String) -> String {
        dir == "." ? name : dir == "/" ? "/" + name : dir + "/" + name
    }
}

/// One file of an `OutputSet` while it is being written: a temporary file in the target folder.
public final class OutputFile {
    /// The final path, as the user named it (errors name it, never the temporary file).
    public let path: String
    let tempName: String
    let slot: Int?
    private var fd: Int32

    init(path: String, fd: Int32, tempName: String, slot: Int?) {
        self.path = path
        self.fd = fd
        self.tempName = tempName
        self.slot = slot
    }

    deinit { closeIfOpen() }

    /// Appends `bytes`. Throws `OutputError` (disk full, file too large, I/O error).
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(fd >= 0, "\(path): written after it was finished")
        var offset = 0
        while offset < bytes.count {
            let n = Glibc_write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, code: errno)
            }
            offset += n
        }
    }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Flushes to disk and closes.
    func finish() throws {
        guard fd >= 0 else { return }
        if fsync(fd) != 0 && errno != EINVAL {
            throw OutputError(path: path, code: errno)
        }
        let r = close(fd)
        fd = -1
        if r != 0 && errno != EINTR { throw OutputError(path: path, code: errno) }
    }

    func closeIfOpen() {
        if fd >= 0 { close(fd) }
        fd = -1
    }
}

/// `write(2)` (a method named `write` shadows it inside `OutputFile`).
@inline(__always)
private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, p, n)
    #else
    return Darwin.write(fd, p, n)
    #endif
}
