import Foundation
import Testing
import ZoneBriefCore

/// Issue 12, findings 2 and 3, re-run as the probe ran them on the built binary: planted links,
/// a failing write after the PDF, a full disk (RLIMIT_FSIZE, and a 1 MB tmpfs where mounting is
/// allowed), concurrent runs to one `-o`, and SIGINT/SIGTERM/SIGHUP/SIGKILL in the middle of a
/// render. Always: nothing outside the target written, no partial or mixed set, no temporary file
/// left, one clear line naming the file and the OS error.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct SafeOutputTests {
    static let fixture = BriefRunner.repoRoot.appendingPathComponent("Tests/ZoneBriefMetricsTests/Fixtures/seeds.facts.jsonl").path

    /// `zonebrief ARGS` started in `dir` (stdout and stderr to files), not waited for. Spawned
    /// with `posix_spawn` and an empty signal mask: a child of Foundation's `Process` inherits the
    /// mask of the test's worker thread, which blocks SIGINT, SIGTERM and SIGHUP.
    final class Child {
        let pid: pid_t
        let err: String
        private var status: Int32 = 0
        private var reaped = false

        init(_ arguments: [String], in dir: URL, program: String? = nil) throws {
            let exe = program ?? ZonebriefProcess.executable.path
            err = dir.appendingPathComponent(".child-\(UUID().uuidString).err").path
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            var attr = posix_spawnattr_t()
            posix_spawnattr_init(&attr)
            defer { posix_spawnattr_destroy(&attr) }
            var none = sigset_t(), defaults = sigset_t()
            sigemptyset(&none)
            sigemptyset(&defaults)
            for s in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, s) }
            posix_spawnattr_setsigmask(&attr, &none)
            posix_spawnattr_setsigdefault(&attr, &defaults)
            posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "SOURCE_DATE_EPOCH")
            // sh changes to `dir` (posix_spawn_file_actions_addchdir_np is not imported) and execs.
            let argv = (["sh", "-c", "cd \"$0\" && exec \"$@\"", dir.path, exe] + arguments).map { strdup($0) } + [nil]
            let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { for p in argv + envp { free(p) } }
            var pid: pid_t = 0
            let rc = posix_spawn(&pid, "/bin/sh", &actions, &attr, argv, envp)
            guard rc == 0 else { throw SendTestError("posix_spawn \(exe): \(String(cString: strerror(rc)))") }
            self.pid = pid
        }

        /// Whether it has not ended yet (reaps it when it has).
        var isRunning: Bool {
            guard !reaped else { return false }
            var st: Int32 = 0
            if waitpid(pid, &st, WNOHANG) == pid { status = st; reaped = true }
            return !reaped
        }

        /// (exit status or signal, whether a signal ended it, stderr)
        func wait() -> (status: Int32, signaled: Bool, stderr: String) {
            if !reaped {
                var st: Int32 = 0
                while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
                status = st
                reaped = true
            }
            let e = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(atPath: err)
            let signal = status & 0x7f
            return signal != 0 ? (signal, true, e) : ((status >> 8) & 0xff, false, e)
        }
    }

    static func listing(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".child-") }.sorted()
    }

    static func temporaries(_ dir: String) -> [String] {
        listing(dir).filter { $0.hasSuffix(".tmp") || $0.hasSuffix(".old") }
    }

    func set(_ r: BriefRunner, _ stem: String) throws -> [Data] {
        try ["\(stem).pdf", "\(stem).facts.csv", "\(stem).summary.txt", "\(stem).mail.html"].map { try r.data($0) }
    }

    // MARK: links

    /// Links planted at the three output names and their victims: the links are replaced by the
    /// new files, the victims stay as they were.
    @Test func plantedLinksAtTheOutputNamesAreReplacedNotFollowed() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        try FileManager.default.createDirectory(atPath: r.path("out"), withIntermediateDirectories: true)
        for name in ["x.pdf", "x.facts.csv", "x.summary.txt", "x.mail.html"] {
            try "victim \(name)".write(toFile: r.path("victim-\(name)"), atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: r.path("out/\(name)"), withDestinationPath: r.path("victim-\(name)"))
        }
        let res = try r.run(["render", Self.fixture, "-o", "out/x.pdf", "--quiet"])
        #expect(res.status == 0, "\(res.stderr)")
        for name in ["x.pdf", "x.facts.csv", "x.summary.txt", "x.mail.html"] {
            #expect(try r.text("victim-\(name)") == "victim \(name)")
            #expect(try FileManager.default.attributesOfItem(atPath: r.path("out/\(name)"))[.type] as? FileAttributeType == .typeRegular)
        }
        #expect(try r.data("out/x.pdf").starts(with: Data("%PDF-".utf8)))
        #expect(Self.listing(r.path("out")) == [".x.pdf.lock", "x.facts.csv", "x.mail.html", "x.pdf", "x.summary.txt"])
    }

    /// The old version's predictable temporary names (`.x.pdf.PID.tmp`) and a stale temporary of
    /// this version, both links to a victim: never written through; the stale one is removed.
    @Test func plantedLinksUnderTemporaryNamesAreNeverWrittenThrough() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        try FileManager.default.createDirectory(atPath: r.path("out"), withIntermediateDirectories: true)
        try "victim".write(toFile: r.path("victim"), atomically: false, encoding: .utf8)
        // every PID the next few processes could get, and this version's name shape
        let next = Int(getpid())
        var planted = (next..<next + 200).map { ".x.pdf.\($0).tmp" } + (next..<next + 200).map { ".x.facts.csv.\($0).tmp" }
        planted.append(".x.pdf.zb-00000000deadbeef.tmp")
        for p in planted { try FileManager.default.createSymbolicLink(atPath: r.path("out/" + p), withDestinationPath: r.path("victim")) }
        let res = try r.run(["render", Self.fixture, "-o", "out/x.pdf"])
        #expect(res.status == 0, "\(res.stderr)")
        #expect(try r.text("victim") == "victim")
        #expect(res.stderr.contains("zonebrief: removed out/.x.pdf.zb-00000000deadbeef.tmp, left by a run that was stopped\n"))
        #expect(try FileManager.default.attributesOfItem(atPath: r.path("out/x.pdf"))[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func plantedLinkAtTheLockIsAClearError() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        try FileManager.default.createDirectory(atPath: r.path("out"), withIntermediateDirectories: true)
        try "victim".write(toFile: r.path("victim"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: r.path("out/.x.pdf.lock"), withDestinationPath: r.path("victim"))
        let res = try r.run(["render", Self.fixture, "-o", "out/x.pdf", "--quiet"])
        #expect(res.status == 1)
        #expect(res.stderr == "Error: cannot write out/x.pdf: Too many levels of symbolic links (the lock file out/.x.pdf.lock)\n")
        #expect(try r.text("victim") == "victim")
        #expect(Self.listing(r.path("out")) == [".x.pdf.lock"])
    }

    /// Missing folders above the output are created, whatever their names (one letter included).
    @Test func missingFoldersAreCreated() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        for out in ["b/x.pdf", "n/e/w.pdf", "x.pdf"] {
            let res = try r.run(["render", Self.fixture, "-o", out, "--quiet"])
            #expect(res.status == 0, "\(out): \(res.stderr)")
            #expect(try r.data(out).starts(with: Data("%PDF-".utf8)))
        }
        try "x".write(toFile: r.path("file"), atomically: false, encoding: .utf8)
        let blocked = try r.run(["render", Self.fixture, "-o", "file/x.pdf", "--quiet"])
        #expect(blocked.status == 1)
        #expect(blocked.stderr == "Error: cannot write file/x.pdf: Not a directory (opening the folder file)\n")
    }

    // MARK: one set

    /// The facts CSV cannot be written after the PDF is complete (a folder in its place): the
    /// old PDF and summary stay, nothing new is in place, exit 1 with one line.
    @Test func failingCSVLeavesTheOldSetWhole() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        #expect(try r.run(["render", Self.fixture, "-o", "out/x.pdf", "--quiet"]).status == 0)
        let old = try set(r, "out/x")
        try FileManager.default.removeItem(atPath: r.path("out/x.facts.csv"))
        try FileManager.default.createDirectory(atPath: r.path("out/x.facts.csv"), withIntermediateDirectories: false)
        let res = try r.run(["render", Self.fixture, "-o", "out/x.pdf", "--quiet", "--title", "第二版"])
        #expect(res.status == 1)
        #expect(res.stderr == "Error: cannot write out/x.facts.csv: Is a directory\n")
        #expect(try r.data("out/x.pdf") == old[0])
        #expect(try r.data("out/x.summary.txt") == old[2])
        #expect(Self.temporaries(r.path("out")).isEmpty)
    }

    /// A full disk, deterministically: RLIMIT_FSIZE of 64 KiB in the child (SIGXFSZ ignored, so
    /// the write fails with EFBIG). The old set stays, nothing is left behind.
    @Test func fileSizeLimitIsAClearErrorAndChangesNothing() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        #expect(try r.run(["render", Self.fixture, "-o", "out/x.pdf", "--quiet"]).status == 0)
        let old = try set(r, "out/x")
        let child = try Child(["-c", "trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\"", ZonebriefProcess.executable.path,
                               "render", Self.fixture, "-o", "out/x.pdf", "--quiet", "--title", "第二版"],
                              in: r.directory, program: "/bin/bash")
        let res = child.wait()
        #expect(res.status == 1)
        #expect(res.stderr == "Error: cannot write out/x.pdf: File too large\n")
        #expect(try set(r, "out/x") == old)
        #expect(Self.temporaries(r.path("out")).isEmpty)
    }

    static let tmpfsAvailable: Bool = {
        guard getuid() == 0 else { return false }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-mount-probe-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard (try? run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir])) == 0 else { return false }
        _ = try? run("/bin/umount", [dir])
        return true
    }()

    @discardableResult
    static func run(_ program: String, _ args: [String]) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// The probe's own case: a 1 MB tmpfs as the output folder, filled until the next set does
    /// not fit. Needs root and `mount -t tmpfs`; skipped elsewhere (the RLIMIT_FSIZE test above
    /// covers the same path without privileges).
    @Test(.enabled(if: SafeOutputTests.tmpfsAvailable, "mounting a tmpfs needs root and mount -t tmpfs; the RLIMIT_FSIZE test covers a full disk here"))
    func fullTmpfsIsAClearErrorAndChangesNothing() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let mnt = r.path("mnt")
        try FileManager.default.createDirectory(atPath: mnt, withIntermediateDirectories: true)
        try #require(try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt]) == 0)
        defer { try? Self.run("/bin/umount", [mnt]) }
        #expect(try r.run(["render", Self.fixture, "-o", "mnt/x.pdf", "--quiet"]).status == 0)
        let old = try set(r, "mnt/x")
        // leave 64 KiB: less than a new PDF needs
        var fs = statvfs()
        try #require(statvfs(mnt, &fs) == 0)
        let free = Int(fs.f_bavail) * Int(fs.f_frsize)
        try Data(count: max(0, free - 65_536)).write(to: URL(fileURLWithPath: mnt + "/filler"))
        let res = try r.run(["render", Self.fixture, "-o", "mnt/x.pdf", "--quiet", "--title", "第二版"])
        #expect(res.status == 1)
        #expect(res.stderr == "Error: cannot write mnt/x.pdf: No space left on device\n")
        #expect(try set(r, "mnt/x") == old)
        #expect(Self.listing(mnt) == [".x.pdf.lock", "filler", "x.facts.csv", "x.mail.html", "x.pdf", "x.summary.txt"])
    }

    /// Two runs to the same -o at once, again and again: each run's three files always end up
    /// together (the lock serialises them), and both succeed.
    @Test func concurrentRunsNeverMixTheirSets() throws {
        let r = try BriefRunner()
        defer { r.remove() }
        let a = ["render", Self.fixture, "--quiet", "--title", "甲版"], b = ["render", Self.fixture, "--quiet", "--title", "乙版", "--zones", "宝鸡,肇庆"]
        #expect(try r.run(a + ["-o", "ref-a/x.pdf"]).status == 0)
        #expect(try r.run(b + ["-o", "ref-b/x.pdf"]).status == 0)
        let refA = try set(r, "ref-a/x"), refB = try set(r, "ref-b/x")
        #expect(refA[0] != refB[0] && refA[1] != refB[1] && refA[2] != refB[2])
        for _ in 0..<6 {
            let one = try Child(a + ["-o", "out/x.pdf"], in: r.directory), two = try Child(b + ["-o", "out/x.pdf"], in: r.directory)
            let (x, y) = (one.wait(), two.wait())
            #expect(x.status == 0 && y.status == 0, "\(x.stderr)\(y.stderr)")
            let got = try set(r, "out/x")
            #expect(got == refA || got == refB, "a mixed set")
            #expect(Self.temporaries(r.path("out")).isEmpty)
        }
    }

    // MARK: signals

    /// A facts file big enough that rendering takes a while (a few hundred pages).
    static func bigFacts(zones: Int) -> String {
        var lines = [FactCSV.header]
        for z in 0..<zones {
            let zone = "测试\(z)号高新区"
            let src = SourceRef(file: "big/\(z).txt", line: 3, quote: "\(zone)上半年完成地区生产总值\(100 + z)亿元，同比增长\(z % 9)%，新签约项目\(z % 30 + 1)个。")
            lines.append(FactCSV.row(Fact(zone: zone, metric: .gdp, value: Double(100 + z) * 1e8, unit: .CNY, period: .months(2023, 1, 6),
                                          yoyPct: Double(z % 9), source: src)))
            lines.append(FactCSV.row(Fact(zone: zone, metric: .projects_signed, value: Double(z % 30 + 1), unit: .count,
                                          period: .months(2023, 1, 6), source: src)))
            lines.append(FactCSV.row(Fact(zone: zone, metric: .fixed_asset_investment, value: Double(20 + z) * 1e8, unit: .CNY,
                                          period: .months(2023, 1, 6), yoyPct: Double(z % 7) - 3, source: src)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Starts a render of a big facts file over an existing set, waits until its temporary PDF
    /// exists, sends `signal`, and checks what it left. Tries again with a bigger file if the
    /// render was done before the signal could be sent.
    func interrupt(with signal: Int32) throws -> (r: BriefRunner, old: [Data], stderr: String) {
        let r = try BriefRunner()
        #expect(try r.run(["render", Self.fixture, "-o", "out/x.pdf", "--quiet"]).status == 0)
        let old = try set(r, "out/x")
        for zones in [150, 400, 1000] {
            try Self.bigFacts(zones: zones).write(toFile: r.path("big.csv"), atomically: true, encoding: .utf8)
            let child = try Child(["render", "big.csv", "-o", "out/x.pdf", "--quiet"], in: r.directory)
            let deadline = Date().addingTimeInterval(120)
            while child.isRunning && Date() < deadline && Self.temporaries(r.path("out")).isEmpty {
                usleep(2_000)
            }
            guard child.isRunning else { _ = child.wait(); continue }   // too quick: a bigger file
            kill(child.pid, signal)
            let res = child.wait()
            if !res.signaled && res.status == 0 { continue }   // the signal came after the commit
            #expect(res.signaled && res.status == signal, "\(res.stderr)")
            return (r, old, res.stderr)
        }
        Issue.record("the render always finished before the signal could be sent")
        return (r, old, "")
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalRemovesTheTemporaryFiles(signal: Int32) throws {
        let (r, old, _) = try interrupt(with: signal)
        defer { r.remove() }
        #expect(Self.temporaries(r.path("out")).isEmpty)
        #expect(try set(r, "out/x") == old)
    }

    /// SIGKILL cannot be caught: its temporary files stay until the next run to the same outputs,
    /// which removes them and says so.
    @Test func killedRunsLeftoversAreRemovedByTheNextRun() throws {
        let (r, old, _) = try interrupt(with: SIGKILL)
        defer { r.remove() }
        let left = Self.temporaries(r.path("out"))
        #expect(!left.isEmpty)
        #expect(try set(r, "out/x") == old)
        let res = try r.run(["render", Self.fixture, "-o", "out/x.pdf"])
        #expect(res.status == 0)
        for name in left { #expect(res.stderr.contains("zonebrief: removed out/\(name), left by a run that was stopped\n")) }
        #expect(Self.temporaries(r.path("out")).isEmpty)
    }
}
