import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `zonebrief-bench stream`: the built `zonebrief extract` on a large folder of pages (500 MB by
/// default) and on one large file with no line breaks at all (200 MB by default), each run as a
/// child process; prints throughput and the child's peak memory (its own ru_maxrss from wait4).
struct StreamBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Streaming extraction: a 500 MB folder and a 200 MB single-line file; throughput and peak memory.")

    @Option(help: "Folder of seed pages to repeat.") var seeds = "seeds"
    @Option(help: "Size of the generated folder in MB.") var folderMB = 500
    @Option(help: "Pages (files) in the folder.") var files = 100
    @Option(help: "Size of the single-line file in MB (0 skips it).") var lineMB = 200
    @Option(help: "The zonebrief binary (default: beside this one).") var zonebrief: String?

    func run() throws {
        let binary = zonebrief ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("zonebrief").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no zonebrief binary at \(binary); build it (swift build -c release) or pass --zonebrief")
        }
        var page = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds).sorted() where name.hasSuffix(".txt") {
            page.append(try Data(contentsOf: URL(fileURLWithPath: seeds).appendingPathComponent(name)))
            page.append(0x0A)
        }
        guard !page.isEmpty else { throw ValidationError("no .txt pages in \(seeds)/") }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("zonebrief-stream-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        // a folder of `files` pages adding up to folderMB
        let folder = work.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let perFile = folderMB * 1_000_000 / max(files, 1)
        var total = 0
        for i in 0..<files {
            total += try write(page, repeatedTo: perFile, at: folder.appendingPathComponent(String(format: "page%04d.txt", i)))
        }
        let (secs, rss) = try runExtract(binary, [folder.path])
        print(String(format: "stream: folder of %d pages, %.0f MB: %.2f s, %.1f MB/s, peak memory %.0f MiB",
                     files, Double(total) / 1e6, secs, Double(total) / 1e6 / secs, rss))

        guard lineMB > 0 else { return }
        var flat = page
        flat.removeAll { $0 == 0x0A || $0 == 0x0D }
        let line = work.appendingPathComponent("one-line.txt")
        let size = try write(flat, repeatedTo: lineMB * 1_000_000, at: line)
        let (secs2, rss2) = try runExtract(binary, [line.path])
        print(String(format: "stream: one %.0f MB file with no line break: %.2f s, %.1f MB/s, peak memory %.0f MiB",
                     Double(size) / 1e6, secs2, Double(size) / 1e6 / secs2, rss2))
    }

    private func write(_ unit: Data, repeatedTo bytes: Int, at url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ValidationError("cannot write \(url.path)")
        }
        let h = try FileHandle(forWritingTo: url)
        defer { try? h.close() }
        var n = 0
        while n < bytes { h.write(unit); n += unit.count }
        return n
    }

    /// Runs `zonebrief extract --format jsonl --quiet ARGS > /dev/null`; wall seconds and the
    /// child's peak resident memory in MiB.
    private func runExtract(_ binary: String, _ args: [String]) throws -> (Double, Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = [binary, "extract", "--format", "jsonl", "--quiet"] + args
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let t0 = now()
        let rc = posix_spawn(&pid, binary, &actions, nil, &cargs, environ)
        guard rc == 0 else { throw ValidationError("cannot start \(binary): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let secs = now() - t0
        guard status == 0 else { throw ValidationError("zonebrief extract exited with status \(status)") }
        return (secs, Double(usage.ru_maxrss) / 1024)
    }
}
