#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files this process has open, so that SIGINT, SIGTERM and SIGHUP remove them
/// before the process dies (SIGKILL cannot be caught: the next run removes those, see
/// `OutputSet`). The table lives in memory allocated once, and the signal handler only calls
/// `unlinkat`, `signal` and `raise`, all async-signal-safe.
enum TemporaryFiles {
    static let capacity = 16
    static let nameSize = Int(NAME_MAX) + 1
    /// Per slot: the folder's descriptor, or -1 when the slot is free.
    nonisolated(unsafe) static let folders: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        p.initialize(repeating: -1, count: capacity)
        return p
    }()
    /// Per slot: the file's name in that folder, NUL-terminated.
    nonisolated(unsafe) static let names: UnsafeMutablePointer<CChar> = {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * nameSize)
        p.initialize(repeating: 0, count: capacity * nameSize)
        return p
    }()
    nonisolated(unsafe) private static var installed = false

    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Removes every registered file, then dies of `signal` as if no handler had been there.
    private static let handler: @convention(c) (Int32) -> Void = { sig in
        var i = 0
        while i < TemporaryFiles.capacity {
            let fd = TemporaryFiles.folders[i]
            if fd >= 0 { unlinkat(fd, TemporaryFiles.names + i * TemporaryFiles.nameSize, 0) }
            i += 1
        }
        signal(sig, SIG_DFL)
        raise(sig)
    }

    /// Registers `name` in the folder `folder` (a descriptor that stays open while registered);
    /// returns its slot, or nil when the table is full (the file is then only removed by the
    /// next run).
    static func add(folder: Int32, name: String) -> Int? {
        withSignalsBlocked {
            installHandlers()
            guard let slot = (0..<capacity).first(where: { folders[$0] < 0 }) else { return nil }
            let bytes = Array(name.utf8.prefix(nameSize - 1))
            let base = names + slot * nameSize
            for (k, b) in bytes.enumerated() { base[k] = CChar(bitPattern: b) }
            base[bytes.count] = 0
            folders[slot] = folder
            return slot
        }
    }

    static func remove(_ slot: Int?) {
        guard let slot else { return }
        withSignalsBlocked { folders[slot] = -1 }
    }

    /// Installs the handler for SIGINT, SIGTERM and SIGHUP once; a signal the process ignores
    /// (`nohup`) stays ignored.
    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        for s in signals {
            var old = sigaction()
            sigaction(s, nil, &old)
            #if os(Linux)
            if isIgnore(old.__sigaction_handler.sa_handler) { continue }
            var sa = sigaction()
            sa.__sigaction_handler.sa_handler = handler
            #else
            if isIgnore(old.__sigaction_u.__sa_handler) { continue }
            var sa = sigaction()
            sa.__sigaction_u.__sa_handler = handler
            #endif
            sigemptyset(&sa.sa_mask)
            for t in signals { sigaddset(&sa.sa_mask, t) }
            sa.sa_flags = 0
            sigaction(s, &sa, nil)
        }
    }

    private static func isIgnore(_ h: (@convention(c) (Int32) -> Void)?) -> Bool {
        unsafeBitCast(h, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP held back (delivered when it returns).
    static func withSignalsBlocked<T>(_ body: () throws -> T) rethrows -> T {
        var block = sigset_t(), old = sigset_t()
        sigemptyset(&block)
        for s in signals { sigaddset(&block, s) }
        pthread_sigmask(SIG_BLOCK, &block, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        return try body()
    }
}
