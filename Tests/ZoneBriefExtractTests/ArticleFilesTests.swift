import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefExtract
#if canImport(Glibc)
import Glibc
#endif

/// The one walker: only regular files are read, nothing blocks, everything skipped is a warning
/// naming the path.
struct ArticleFilesTests {
    let dir: String
    let fm = FileManager.default

    init() throws {
        dir = fm.temporaryDirectory.appendingPathComponent("zb-walk-\(UUID().uuidString)").path
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    func file(_ rel: String, _ text: String = "宝鸡高新区实现营业收入100亿元。\n") throws {
        let p = dir + "/" + rel
        try fm.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: p, atomically: false, encoding: .utf8)
    }

    /// A FIFO, a socket, a link to nothing, a link to a folder, hidden files: the walk never opens
    /// the special files (a FIFO would block it forever) and says what it skipped.
    @Test(.timeLimit(.minutes(1))) func specialFilesAreSkippedWithAWarning() throws {
        defer { try? fm.removeItem(atPath: dir) }
        try file("b.txt")
        try file("sub/a.md")
        try file("notes.csv")
        try file(".hidden.txt")
        try file(".git/x.txt")
        #expect(mkfifo(dir + "/pipe.txt", 0o644) == 0)
        let sock = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(sock) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let sockPath = dir + "/sock.txt"
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in sockPath.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(sock, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        try fm.createSymbolicLink(atPath: dir + "/gone.txt", withDestinationPath: dir + "/nothing-here")
        try fm.createSymbolicLink(atPath: dir + "/loop", withDestinationPath: dir)
        try fm.createSymbolicLink(atPath: dir + "/link.txt", withDestinationPath: dir + "/b.txt")

        let found = ArticleFiles.scan([dir, dir + "/pipe.txt"])
        #expect(found.value.map(\.name) == [dir + "/b.txt", dir + "/sub/a.md"], "a link to a file already listed is read once")
        var expected = [
            "\(dir)/gone.txt: warning: a link to nothing; skipped",
            "\(dir)/loop: warning: a link to a folder, not followed; skipped",
            "\(dir)/pipe.txt: warning: a named pipe (FIFO), not a regular file; skipped",
        ]
        if bound == 0 { expected.append("\(dir)/sock.txt: warning: a socket, not a regular file; skipped") }
        expected.append("\(dir)/pipe.txt: warning: a named pipe (FIFO), not a regular file; skipped")
        #expect(found.diagnostics.map(\.description) == expected)
    }

    @Test func devicesAndMissingPathsAreWarnings() {
        let found = ArticleFiles.scan(["/dev/null", "/nonexistent-zb.txt"])
        #expect(found.value.isEmpty)
        #expect(found.diagnostics.map(\.description) == [
            "/dev/null: warning: a device, not a regular file; skipped",
            "/nonexistent-zb.txt: warning: no such file or folder; skipped",
        ])
    }

    /// Opening never blocks: a FIFO is refused at once, even when named directly.
    @Test(.timeLimit(.minutes(1))) func openRefusesAFIFOWithoutBlocking() throws {
        defer { try? fm.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/p.txt", 0o644) == 0)
        #expect(throws: ArticleFiles.PathError.self) { _ = try ArticleFiles.open(URL(fileURLWithPath: dir + "/p.txt")) }
        let r = try FactExtractor().extract(fileAt: URL(fileURLWithPath: dir + "/p.txt"), name: "p.txt")
        #expect(r.diagnostics.map(\.description) == ["p.txt: error: a named pipe (FIFO), not a regular file; skipped"])
    }

    /// A path longer than PATH_MAX is reported, not dropped in silence.
    @Test func overlongPathsAreReported() throws {
        defer { try? fm.removeItem(atPath: dir) }
        try file("ok.txt")
        var fd = open(dir, O_RDONLY | O_DIRECTORY)
        let name = String(repeating: "长", count: 80)   // 240 bytes
        for _ in 0..<18 {
            #expect(mkdirat(fd, name, 0o755) == 0)
            let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
        }
        let f = openat(fd, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        close(f)
        close(fd)
        let found = ArticleFiles.scan([dir])
        #expect(found.value.map(\.name) == [dir + "/ok.txt"])
        #expect(found.diagnostics.count == 1)
        let d = try #require(found.diagnostics.first)
        #expect(d.message == "path longer than PATH_MAX (\(PATH_MAX) bytes); skipped")
        #expect(d.file.hasPrefix(dir + "/长长") && d.file.contains("…") && d.file.count < 160)
        // clean up what FileManager cannot reach by path
        _ = try? Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", dir]).waitUntilExit()
    }

    @Test func orderIsByPathWithinEachFolderThenAsNamed() throws {
        defer { try? fm.removeItem(atPath: dir) }
        for rel in ["z.txt", "a/2.txt", "a/10.txt", "a.txt", "B.md"] { try file(rel) }
        let found = ArticleFiles.scan([dir + "/z.txt", dir])
        #expect(found.value.map { String($0.name.dropFirst(dir.count + 1)) } == ["z.txt", "B.md", "a.txt", "a/10.txt", "a/2.txt"])
        #expect(found.diagnostics.isEmpty)
    }
}

/// Settings and lexicon files are read only when they are regular files.
struct SettingsFilesTests {
    @Test(.timeLimit(.minutes(1))) func fifoNamedLikeASettingsOrLexiconFileNeverBlocks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent(".zonebrief").path, 0o644) == 0)
        #expect(mkfifo(dir.appendingPathComponent("words.tsv").path, 0o644) == 0)
        var folders = FolderSettings(roots: [dir.path])
        #expect(folders.assumedZone(for: dir.appendingPathComponent("a.txt")) == nil)
        var lexicon = try Lexicon.builtIn().value
        #expect(throws: (any Error).self) { _ = try lexicon.add(contentsOf: dir.appendingPathComponent("words.tsv")) }
        #expect(ArticleFiles.readRegularFile(dir.appendingPathComponent(".zonebrief")) == nil)
    }
}
