import Foundation
import Testing
@testable import ZoneBriefCore

/// Output files written as one set: exclusive temporary files in the target folder, nothing
/// written through a planted link, all renamed or none, runs serialised by a lock.
struct OutputSetTests {
    let dir: URL
    let fm = FileManager.default

    init() throws {
        dir = fm.temporaryDirectory.appendingPathComponent("zb-outputs-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func text(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }
    func entries() -> [String] { ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }
    func temporaries() -> [String] { entries().filter { $0.hasSuffix(".tmp") || $0.hasSuffix(".old") } }

    /// A fixed sequence of "random" names, so a test can plant something under the next one.
    final class Names: @unchecked Sendable {
        var queue: [String]
        init(_ q: [String]) { queue = q }
        func next() -> String { queue.isEmpty ? OutputSet.randomSuffix() : queue.removeFirst() }
    }

    func writeSet(_ contents: [String: String], names: Names? = nil) throws {
        let paths = contents.keys.sorted().map(path)
        let set = try OutputSet(paths: paths, waiting: nil, randomName: names.map { n in { n.next() } } ?? OutputSet.randomSuffix)
        for p in paths { try set.file(p).write(contents[OutputSet.baseName(p)]!) }
        try set.commit()
    }

    @Test func writesEveryFileAndLeavesNoTemporary() throws {
        defer { try? fm.removeItem(at: dir) }
        try writeSet(["b.pdf": "PDF", "b.facts.csv": "CSV", "b.summary.txt": "TXT"])
        #expect(text("b.pdf") == "PDF" && text("b.facts.csv") == "CSV" && text("b.summary.txt") == "TXT")
        #expect(temporaries().isEmpty)
        // the next run replaces the whole set
        try writeSet(["b.pdf": "PDF2", "b.facts.csv": "CSV2", "b.summary.txt": "TXT2"])
        #expect(text("b.pdf") == "PDF2" && text("b.facts.csv") == "CSV2" && text("b.summary.txt") == "TXT2")
        #expect(entries() == [".b.facts.csv.lock", "b.facts.csv", "b.pdf", "b.summary.txt"])
    }

    /// A link planted under the next temporary name (after the run started) is passed over: the
    /// file it points to is never written, and the output is a plain file.
    @Test func plantedLinkUnderTheTemporaryNameIsNeverFollowed() throws {
        defer { try? fm.removeItem(at: dir) }
        let victim = path("victim.txt")
        try "keep me".write(toFile: victim, atomically: false, encoding: .utf8)
        let names = Names(["00000000000000aa", "00000000000000bb"])
        let set = try OutputSet(paths: [path("x.pdf")], waiting: nil, randomName: { names.next() })
        try fm.createSymbolicLink(atPath: path(".x.pdf.zb-00000000000000aa.tmp"), withDestinationPath: victim)
        try set.file(path("x.pdf")).write("new PDF")
        try set.commit()
        #expect(text("victim.txt") == "keep me")
        #expect(text("x.pdf") == "new PDF")
        #expect(try fm.destinationOfSymbolicLink(atPath: path(".x.pdf.zb-00000000000000aa.tmp")) == victim)
        let attributes = try fm.attributesOfItem(atPath: path("x.pdf"))
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    /// A link planted before the run, or left by a run that was killed, is removed as stale
    /// (the link, not what it points to).
    @Test func staleTemporariesOfDeadRunsAreRemoved() throws {
        defer { try? fm.removeItem(at: dir) }
        let victim = path("victim.txt")
        try "keep me".write(toFile: victim, atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: path(".x.pdf.zb-00000000000000aa.tmp"), withDestinationPath: victim)
        try "half a PDF".write(toFile: path(".x.pdf.zb-0123456789abcdef.tmp"), atomically: false, encoding: .utf8)
        try "old".write(toFile: path(".x.facts.csv.zb-0123456789abcdef.old"), atomically: false, encoding: .utf8)
        // earlier versions' .NAME.PID.tmp: removed when that process is gone, kept while it runs
        var dead: Int32 = 4_000_000
        while kill(dead, 0) == 0 || errno != ESRCH { dead -= 1 }
        try "x".write(toFile: path(".x.pdf.\(dead).tmp"), atomically: false, encoding: .utf8)
        try "x".write(toFile: path(".x.pdf.\(getpid()).tmp"), atomically: false, encoding: .utf8)
        // not ours: other names, other shapes
        for other in [".y.pdf.zb-0123456789abcdef.tmp", ".x.pdf.zb-notahexname.tmp", "x.pdf.zb-0123456789abcdef.tmp"] {
            try "x".write(toFile: path(other), atomically: false, encoding: .utf8)
        }
        let set = try OutputSet(paths: [path("x.pdf"), path("x.facts.csv")])
        #expect(set.removedStale == [".x.facts.csv.zb-0123456789abcdef.old", ".x.pdf.\(dead).tmp",
                                     ".x.pdf.zb-00000000000000aa.tmp", ".x.pdf.zb-0123456789abcdef.tmp"].map(path))
        set.abandon()
        #expect(text("victim.txt") == "keep me")
        #expect(entries() == [".x.pdf.\(getpid()).tmp", ".x.pdf.lock", ".x.pdf.zb-notahexname.tmp", ".y.pdf.zb-0123456789abcdef.tmp",
                              "victim.txt", "x.pdf.zb-0123456789abcdef.tmp"])
    }

    /// An output path that is a link to a file elsewhere: the link is replaced, the file untouched.
    @Test func linkAtTheFinalNameIsReplacedNotFollowed() throws {
        defer { try? fm.removeItem(at: dir) }
        let victim = path("victim.txt")
        try "keep me".write(toFile: victim, atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: path("x.pdf"), withDestinationPath: victim)
        try writeSet(["x.pdf": "new"])
        #expect(text("victim.txt") == "keep me")
        #expect(try fm.attributesOfItem(atPath: path("x.pdf"))[.type] as? FileAttributeType == .typeRegular)
    }

    /// One file cannot be put in place: the others keep their old contents, no temporary stays.
    @Test func failedRenameLeavesTheOldSet() throws {
        defer { try? fm.removeItem(at: dir) }
        try writeSet(["a.pdf": "old PDF", "a.summary.txt": "old TXT"])
        try fm.createDirectory(atPath: path("a.facts.csv"), withIntermediateDirectories: false)
        let set = try OutputSet(paths: [path("a.pdf"), path("a.facts.csv"), path("a.summary.txt")])
        try set.file(path("a.pdf")).write("new PDF")
        try set.file(path("a.facts.csv")).write("new CSV")
        try set.file(path("a.summary.txt")).write("new TXT")
        #expect(throws: OutputError(path: path("a.facts.csv"), code: EISDIR)) { try set.commit() }
        #expect(text("a.pdf") == "old PDF" && text("a.summary.txt") == "old TXT")
        #expect(temporaries().isEmpty)
    }

    /// The rollback itself: a rename that fails after an earlier one moved puts the old file back.
    @Test func renameFailureRollsBackEarlierRenames() throws {
        defer { try? fm.removeItem(at: dir) }
        try writeSet(["c.pdf": "old PDF"])
        let set = try OutputSet(paths: [path("c.pdf"), path("c.summary.txt")])
        try set.file(path("c.pdf")).write("new PDF")
        let txt = try set.file(path("c.summary.txt"))
        try txt.write("new TXT")
        // the summary's temporary file vanishes before commit: its rename fails with ENOENT
        try fm.removeItem(atPath: path(txt.tempName))
        #expect(throws: OutputError(path: path("c.summary.txt"), code: ENOENT)) { try set.commit() }
        #expect(text("c.pdf") == "old PDF")
        #expect(!fm.fileExists(atPath: path("c.summary.txt")))
        #expect(temporaries().isEmpty)
    }

    @Test func abandonedSetChangesNothing() throws {
        defer { try? fm.removeItem(at: dir) }
        try writeSet(["d.pdf": "old"])
        do {
            let set = try OutputSet(paths: [path("d.pdf")])
            try set.file(path("d.pdf")).write("half")
            #expect(temporaries().count == 1)
        }   // dropped without commit: removed
        #expect(text("d.pdf") == "old")
        #expect(temporaries().isEmpty)
    }

    /// A write error names the final file and the OS error (here a full disk: /dev/full).
    @Test func writeErrorNamesTheFinalFileAndTheOSError() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0, "no /dev/full here")
        let file = OutputFile(path: "reports/brief.pdf", fd: fd, tempName: "unused", slot: nil)
        #expect(throws: OutputError(path: "reports/brief.pdf", code: ENOSPC)) { try file.write("x") }
        #expect(OutputError(path: "reports/brief.pdf", code: ENOSPC).description == "cannot write reports/brief.pdf: No space left on device")
        #expect(OutputError(path: "r/b.pdf", code: EACCES, detail: "the lock file r/.b.pdf.lock").description
                == "cannot write r/b.pdf: Permission denied (the lock file r/.b.pdf.lock)")
    }

    @Test func unwritableFolderIsOneClearError() throws {
        #expect(throws: OutputError(path: "/nonexistent-zb/b.pdf", code: ENOENT, detail: "opening the folder /nonexistent-zb")) {
            _ = try OutputSet(paths: ["/nonexistent-zb/b.pdf"])
        }
    }

    /// A second run to the same outputs waits for the first to finish; the sets never mix.
    @Test func secondRunWaitsForTheLock() throws {
        defer { try? fm.removeItem(at: dir) }
        let paths = [path("e.pdf"), path("e.facts.csv")]
        let first = try OutputSet(paths: paths)
        try first.file(paths[0]).write("first PDF")
        let waiting = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        let box = ResultBox()
        Thread.detachNewThread {
            do {
                let second = try OutputSet(paths: paths, waiting: { _ in waiting.signal() })
                for p in paths { try second.file(p).write("second " + OutputSet.baseName(p)) }
                try second.commit()
            } catch { box.error = "\(error)" }
            finished.signal()
        }
        waiting.wait()   // the second run is blocked on the lock now
        try first.file(paths[1]).write("first CSV")
        try first.commit()
        finished.wait()
        #expect(box.error == nil)
        #expect(text("e.pdf") == "second e.pdf" && text("e.facts.csv") == "second e.facts.csv")
    }

    final class ResultBox: @unchecked Sendable { var error: String? }

    @Test func staleNames() {
        #expect(OutputSet.isStaleName(".b.pdf.zb-0a1b2c3d4e5f6789.tmp", of: "b.pdf"))
        #expect(OutputSet.isStaleName(".b.pdf.zb-0a.old", of: "b.pdf"))
        #expect(!OutputSet.isStaleName(".b.pdf.zb-.tmp", of: "b.pdf"))
        #expect(!OutputSet.isStaleName(".b.pdf.zb-0a1b.txt", of: "b.pdf"))
        #expect(!OutputSet.isStaleName(".b.pdf.lock", of: "b.pdf"))
        #expect(!OutputSet.isStaleName(".b.pdf.\(getpid()).tmp", of: "b.pdf"))
        #expect(!OutputSet.isStaleName("b.pdf", of: "b.pdf"))
    }
}
