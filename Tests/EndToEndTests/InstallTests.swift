import Foundation
import Testing

/// `scripts/install` into a fresh prefix from a copy of the source tree, then the copy hidden:
/// the installed binary finds its fonts and lexicon beside itself and works from any folder, as
/// an administrator's would. Also the systemd service and the cron line of `examples/`, run as
/// far as `run --dry-run`.
///
/// The release build (Swift runtime linked statically) takes a few minutes the first time; it
/// is kept in `.build-install-test/` for the next run. `ZB_SKIP_INSTALL_TEST=1` skips it.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["ZB_SKIP_INSTALL_TEST"] == nil))
struct InstallTests {
    static let work = SendSupport.packageRoot.appendingPathComponent(".build-install-test")
    static let commit = "e2e0test"

    /// The installation, made once for the suite: (prefix, the hidden source copy).
    static let installed: Result<URL, SendTestError> = {
        do {
            let fm = FileManager.default
            let src = work.appendingPathComponent("src"), hidden = work.appendingPathComponent("src.hidden")
            let prefix = work.appendingPathComponent("prefix")
            // The copy of the last run, brought up to date (rsync keeps unchanged files as they
            // are, so the release build is incremental), else a fresh copy.
            try? fm.removeItem(at: prefix)
            if fm.fileExists(atPath: hidden.path) && !fm.fileExists(atPath: src.path) { try fm.moveItem(at: hidden, to: src) }
            try? fm.removeItem(at: hidden)
            try fm.createDirectory(at: src, withIntermediateDirectories: true)
            let copy = try SendSupport.run("/bin/sh", ["-c", """
                if command -v rsync >/dev/null; then
                    rsync -a --delete --exclude='/.build*' --exclude=/.git --exclude='/reports/*' "$0/" "$1/"
                else
                    rm -rf "$1" && mkdir -p "$1" &&
                    tar -C "$0" --exclude='./.build*' --exclude=./.git --exclude='./reports/*' -cf - . | tar -C "$1" -xf -
                fi
                """, SendSupport.packageRoot.path, src.path], timeout: 300)
            guard copy.status == 0 else { throw SendTestError("copying the tree: \(copy.stderr)") }
            let install = try SendSupport.run(src.appendingPathComponent("scripts/install").path, [prefix.path], environment: [
                "ZB_COMMIT": commit, "ZB_INSTALL_SCRATCH": work.appendingPathComponent("scratch").path,
                "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/root",
            ], timeout: 1800)
            guard install.status == 0 else { throw SendTestError("scripts/install failed: \(install.stderr.suffix(3000))") }
            // hide the source tree: the binary must not need it
            try fm.moveItem(at: src, to: hidden)
            return .success(prefix)
        } catch let e as SendTestError {
            return .failure(e)
        } catch {
            return .failure(SendTestError("\(error)"))
        }
    }()

    static func prefix() throws -> URL { try installed.get() }

    /// A folder elsewhere, with articles.
    func desk() throws -> URL {
        let dir = try SendSupport.folder("installed")
        try FileManager.default.copyItem(at: SendSupport.packageRoot.appendingPathComponent("seeds"), to: dir.appendingPathComponent("articles"))
        return dir
    }

    /// Runs `command` with `sh -c` in `dir`.
    func sh(_ command: String, in dir: URL, environment: [String: String] = [:]) throws -> SendSupport.Run {
        try SendSupport.run("/bin/sh", ["-c", "cd \"$0\" && " + command, dir.path], environment: environment, timeout: 300)
    }

    @Test func theInstalledTreeHasTheUsualLayoutAndAStaticSwiftRuntime() throws {
        let prefix = try Self.prefix()
        let fm = FileManager.default
        #expect(fm.isExecutableFile(atPath: prefix.appendingPathComponent("bin/zonebrief").path))
        #expect(try fm.contentsOfDirectory(atPath: prefix.appendingPathComponent("share/zonebrief/fonts").path).sorted()
                == ["OFL.txt", "ZoneBriefSansSC-Bold.ttf", "ZoneBriefSansSC-Regular.ttf"])
        #expect(try fm.contentsOfDirectory(atPath: prefix.appendingPathComponent("share/zonebrief/lexicon").path).contains("zones.tsv"))
        #expect(fm.fileExists(atPath: prefix.appendingPathComponent("share/doc/zonebrief/examples/zonebrief.toml").path))
        #expect(!fm.fileExists(atPath: Self.work.appendingPathComponent("src").path), "the source copy is hidden")
        let ldd = try SendSupport.run("/usr/bin/ldd", [prefix.appendingPathComponent("bin/zonebrief").path])
        #expect(ldd.status == 0)
        #expect(!ldd.stdout.contains("libswift") && !ldd.stdout.contains("libFoundation") && !ldd.stdout.contains("/opt/swift"),
                "the Swift runtime is linked in: \(ldd.stdout)")
        #expect(ldd.stdout.contains("libcairo.so.2") && ldd.stdout.contains("libcurl.so.4"))
        let v = try SendSupport.run(prefix.appendingPathComponent("bin/zonebrief").path, ["--version"])
        #expect(v.stdout == "1.1.0 (\(Self.commit))\n")
    }

    @Test func briefRenderSendAndRunWorkFromAnyFolder() throws {
        let bin = try Self.prefix().appendingPathComponent("bin/zonebrief").path
        let dir = try desk()
        defer { try? FileManager.default.removeItem(at: dir) }
        let brief = try sh("\"\(bin)\" brief articles -o out/june.pdf --period 2023-06 --quiet", in: dir)
        #expect(brief.status == 0, "\(brief.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("out/june.pdf")).starts(with: Data("%PDF-".utf8)))
        let render = try sh("\"\(bin)\" render out/june.facts.csv -o out/reviewed.pdf --zones 宝鸡,肇庆 --quiet", in: dir)
        #expect(render.status == 0, "\(render.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/reviewed.pdf").path))
        let send = try sh("\"\(bin)\" send out/june.pdf --to a@gov.cn,b@gov.cn --from brief@gov.cn --eml out/june.eml", in: dir)
        #expect(send.status == 0, "\(send.stderr)")
        #expect(send.stdout.hasSuffix("\nwrote out/june.eml\n") && send.stdout.hasPrefix("message to "))
        let m = try SendSupport.parse(dir.appendingPathComponent("out/june.eml"), attachmentOut: dir.appendingPathComponent("att.pdf"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("att.pdf")) == Data(contentsOf: dir.appendingPathComponent("out/june.pdf")))
        #expect(m["to"] as? String == "a@gov.cn, b@gov.cn")

        try """
        output = "reports"
        period = "2023-06"
        [smtp]
        url = "smtp://127.0.0.1:1"
        from = "brief@gov.cn"
        [[brief]]
        name = "zhaoqing"
        articles = ["articles"]
        zones = ["肇庆高新区"]
        to = ["manager@gov.cn"]
        """.write(to: dir.appendingPathComponent("zonebrief.toml"), atomically: true, encoding: .utf8)
        let run = try sh("\"\(bin)\" run --dry-run", in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("zhaoqing: would send to manager@gov.cn (dry run)"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/zhaoqing.pdf").path))

        let doctor = try sh("\"\(bin)\" doctor", in: dir)
        #expect(doctor.status == 0, "\(doctor.stdout)")
        #expect(doctor.stdout.contains("ok       fonts: \(try Self.prefix().path)/share/zonebrief/fonts (beside the binary)"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("ok       font coverage: all "))
        #expect(doctor.stdout.contains("ok       briefs file: zonebrief.toml: 1 briefs (zhaoqing)"))
    }

    @Test func aBinaryWithoutItsResourcesSaysSoInOneLine() throws {
        let bin = try Self.prefix().appendingPathComponent("bin/zonebrief")
        let dir = try desk()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: bin, to: dir.appendingPathComponent("bin/zonebrief"))
        let r = try sh("bin/zonebrief brief articles -o out/b.pdf", in: dir)
        #expect(r.status == 1, "not a crash (132): \(r.status)")
        #expect(r.stderr == "Error: no fonts: looked in \(dir.path)/share/zonebrief/fonts, \(Self.work.path)/src/Fonts; reinstall (scripts/install), set $ZONEBRIEF_HOME, or pass --fonts DIR\n")
        // $ZONEBRIEF_HOME is the way out
        let withHome = try SendSupport.run("/bin/sh", ["-c", "cd \"$0\" && bin/zonebrief brief articles -o out/b.pdf --quiet", dir.path],
                                           environment: ["ZONEBRIEF_HOME": try Self.prefix().appendingPathComponent("share/zonebrief").path])
        #expect(withHome.status == 0, "\(withHome.stderr)")
        let doctor = try sh("bin/zonebrief doctor", in: dir)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("missing  fonts: no fonts: looked in "))
        #expect(doctor.stdout.contains("         fix: reinstall with scripts/install PREFIX (or the .deb)"))
    }

    /// The systemd service's ExecStart and the crontab line, as written in examples/ but with this
    /// prefix and folder, run with --dry-run.
    @Test func theSystemdServiceAndTheCronLineRunAsFarAsDryRun() throws {
        let prefix = try Self.prefix()
        let dir = try desk()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("reports"), withIntermediateDirectories: true)
        let example = try String(contentsOf: prefix.appendingPathComponent("share/doc/zonebrief/examples/zonebrief.toml"), encoding: .utf8)
        try (example.replacingOccurrences(of: "# period = \"last-closed-month\"", with: "period = \"2023-06\"  #"))
            .write(to: dir.appendingPathComponent("zonebrief.toml"), atomically: true, encoding: .utf8)
        func localize(_ s: String) -> String {
            s.replacingOccurrences(of: "/usr/local/bin/zonebrief", with: prefix.path + "/bin/zonebrief")
                .replacingOccurrences(of: "/srv/zonebrief", with: dir.path)
        }
        let examples = SendSupport.packageRoot.appendingPathComponent("examples")

        let service = localize(try String(contentsOf: examples.appendingPathComponent("systemd/zonebrief.service"), encoding: .utf8))
        func value(_ key: String, in unit: String) -> String? {
            unit.split(separator: "\n").first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
        }
        let exec = try #require(value("ExecStart", in: service))
        let workdir = try #require(value("WorkingDirectory", in: service))
        #expect(value("SuccessExitStatus", in: service) == "3", "nothing new is no failure")
        let viaSystemd = try sh(exec + " --dry-run", in: URL(fileURLWithPath: workdir))
        #expect(viaSystemd.status == 0, "\(viaSystemd.stdout)\n\(viaSystemd.stderr)")
        #expect(viaSystemd.stdout.contains("all: would send to director@example.cn, office@example.cn (dry run)"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/last-run.json").path))

        let cron = localize(try String(contentsOf: examples.appendingPathComponent("crontab"), encoding: .utf8))
        let line = try #require(cron.split(separator: "\n").first { $0.first?.isNumber == true })
        #expect(cron.contains("CRON_TZ=Asia/Shanghai\n"))
        let command = line.split(separator: " ", maxSplits: 5)[5]
        let viaCron = try sh(command + " --dry-run", in: dir)
        #expect(viaCron.status == 0, "\(viaCron.stderr)")
        #expect(viaCron.stdout.isEmpty, "--quiet under cron: no output unless something failed")

        // the timer's calendar is one systemd understands
        let timer = try String(contentsOf: examples.appendingPathComponent("systemd/zonebrief.timer"), encoding: .utf8)
        let calendar = try #require(value("OnCalendar", in: timer))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") {
            let check = try SendSupport.run("/usr/bin/systemd-analyze", ["calendar", calendar])
            #expect(check.status == 0, "\(check.stderr)")
        }
    }
}
