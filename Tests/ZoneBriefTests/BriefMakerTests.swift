import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBrief

/// The library's one entry point with a fixed environment, as another program would call it.
@Suite(.serialized) struct BriefMakerTests {
    static let tree = Installation.buildTree

    func environment(_ out: URL) -> BriefEnvironment {
        BriefEnvironment(fonts: Self.tree.appendingPathComponent("Fonts"),
                         lexicon: Self.tree.appendingPathComponent("Sources/ZoneBriefExtract/Lexicon/Data"),
                         outputFolder: out, now: Date(timeIntervalSince1970: 1_780_000_000))
    }

    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func makesTheThreeFilesAndReturnsWhatTheyHold() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let seeds = Self.tree.appendingPathComponent("seeds").path
        let outcome = try BriefMaker.make(BriefRequest(input: .articles([seeds]), name: "june", period: YearMonth(2023, 6),
                                                       zones: ["宝鸡", "肇庆"]), in: environment(out))
        #expect(outcome.outputs.pdf == out.path + "/june.pdf")
        for path in outcome.outputs.all { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: outcome.outputs.pdf)).starts(with: Data("%PDF-".utf8)))
        #expect(outcome.zones == ["宝鸡高新区", "肇庆高新区"])
        // the companion of the facts file: every figure of the articles that became no fact, and why
        let unread = try String(contentsOfFile: outcome.outputs.unreadCSV, encoding: .utf8).split(separator: "\n")
        #expect(unread.first == "file,line,figure,reason,word,quote")
        #expect(unread.count > 10)
        #expect(unread.contains { $0.contains(",out of scope,") })
        #expect(outcome.pageCount > 3)
        #expect(outcome.fileCount == 5)
        #expect(outcome.facts.allSatisfy { ["宝鸡高新区", "肇庆高新区"].contains($0.zone) })
        #expect(outcome.stages.map(\.name) == ["lexicon", "extract", "aggregate", "compose", "render", "layout", "paint", "write"])
        let csv = try String(contentsOfFile: outcome.outputs.factsCSV, encoding: .utf8)
        #expect(csv.split(separator: "\n").count == outcome.facts.count + 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func theFingerprintFollowsTheFactsOnly() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let articles = out.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: Self.tree.appendingPathComponent("seeds"), to: articles)
        let request = BriefRequest(input: .articles(["articles"], relativeTo: out), name: "zq", period: YearMonth(2023, 6), zones: ["肇庆"])
        let a = try BriefMaker.make(request, in: environment(out.appendingPathComponent("a")))
        let b = try BriefMaker.make(request, in: environment(out.appendingPathComponent("b")))
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.facts.allSatisfy { $0.source.file.hasPrefix("articles/") }, "facts cite files relative to the base folder")
        #expect(try Data(contentsOf: URL(fileURLWithPath: a.outputs.pdf)) == Data(contentsOf: URL(fileURLWithPath: b.outputs.pdf)))
        // a figure of another zone changes nothing; one of 肇庆 changes the fingerprint
        try "宝鸡高新区\n\n2023年1-6月，宝鸡高新区实现规模以上工业总产值512.3亿元，同比增长9.1%。\n"
            .write(to: articles.appendingPathComponent("x1.txt"), atomically: true, encoding: .utf8)
        #expect(try BriefMaker.make(request, in: environment(out.appendingPathComponent("c"))).fingerprint == a.fingerprint)
        try "肇庆高新区\n\n2023年1-6月，肇庆高新区实现规模以上工业总产值612.3亿元，同比增长7.1%。\n"
            .write(to: articles.appendingPathComponent("x2.txt"), atomically: true, encoding: .utf8)
        #expect(try BriefMaker.make(request, in: environment(out.appendingPathComponent("d"))).fingerprint != a.fingerprint)
    }

    @Test func factsInHandNeedNoFiles() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let fact = Fact(zone: "肇庆高新区", metric: .gdp, value: 10_880_000_000, unit: .CNY, period: .months(2023, 1, 6), yoyPct: 3,
                        kind: .estimate, source: SourceRef(file: "note.txt", line: 1, quote: "预计完成GDP108.8亿元"))
        let outcome = try BriefMaker.make(BriefRequest(input: .facts([fact]), title: "测试简报", organisation: "某市科技局"), in: environment(out))
        #expect(outcome.document.metadata.title == "测试简报")
        #expect(outcome.zones == ["肇庆高新区"])
        #expect(try String(contentsOfFile: outcome.outputs.summary, encoding: .utf8).hasPrefix("测试简报\n"))
    }

    @Test func nothingToBriefIsOneLineWithTheWarningsSoFar() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let csv = out.appendingPathComponent("f.csv")
        try "zone,metric,label,period_start,period_end,value,unit,yoy_pct,kind\n宝鸡高新区,gpd,,2023-01,2023-06,1,CNY,,actual\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        do {
            _ = try BriefMaker.make(BriefRequest(input: .factsFile(csv.path)), in: environment(out))
            Issue.record("no failure")
        } catch let f as BriefFailure {
            #expect(f.description == "\(csv.path): no usable facts; see the error above")
            #expect(f.warnings.count == 1)
            #expect(f.warnings.first?.description.hasPrefix("\(csv.path):2: error: unknown metric \"gpd\"") == true, "\(f.warnings)")
        }
    }

    @Test func missingResourcesAreOneLineNamingWhereItLooked() throws {
        let nowhere = Installation(places: [
            .init(origin: "beside the binary", fonts: URL(fileURLWithPath: "/nonexistent/share/zonebrief/fonts"),
                  lexicon: URL(fileURLWithPath: "/nonexistent/share/zonebrief/lexicon")),
        ])
        #expect(throws: BriefFailure.self) { try nowhere.fonts() }
        do { _ = try nowhere.fonts() } catch let f as BriefFailure {
            #expect(f.description == "no fonts: looked in /nonexistent/share/zonebrief/fonts; reinstall (scripts/install), set $ZONEBRIEF_HOME, or pass --fonts DIR")
        }
        do { _ = try nowhere.lexicon() } catch let f as BriefFailure {
            #expect(f.description == "no lexicon: looked in /nonexistent/share/zonebrief/lexicon; reinstall (scripts/install) or set $ZONEBRIEF_HOME")
        }
    }

    @Test func placesAreBesideTheBinaryThenHomeThenTheBuildTree() {
        let install = Installation.current(environment: ["ZONEBRIEF_HOME": "/opt/zb"])
        #expect(install.places.map(\.origin) == ["beside the binary", "$ZONEBRIEF_HOME", "the build tree"])
        #expect(install.places[0].fonts.path.hasSuffix("/share/zonebrief/fonts"))
        #expect(install.places[1].lexicon.path == "/opt/zb/lexicon")
        #expect(install.places[2].fonts == Self.tree.appendingPathComponent("Fonts"))
        #expect(Installation.current(environment: [:]).places.count == 2)
        // tests run from the build tree: found there
        #expect((try? Installation.current(environment: [:]).fonts()) == Self.tree.appendingPathComponent("Fonts"))
    }

    @Test func lastClosedMonthIsReadInBeijingTime() {
        var env = environment(URL(fileURLWithPath: "/tmp"))
        env.now = ISO8601DateFormatter().date(from: "2025-12-31T16:30:00Z")!
        #expect(env.lastClosedMonth == YearMonth(2025, 12))
    }

    // MARK: safe by default, through the library

    static func fact(quote: String = "预计完成GDP108.8亿元", zone: String = "肇庆高新区", date: String? = nil) -> Fact {
        Fact(zone: zone, metric: .gdp, value: 10_880_000_000, unit: .CNY, period: .months(2023, 1, 6), yoyPct: 3,
             source: SourceRef(file: "note.txt", line: 1, quote: quote, date: date))
    }

    /// A character the fonts lack is a counted warning; under `strict` the brief fails and the
    /// set is never put in place (only the set's lock file is in the folder).
    @Test func missingGlyphsAreCountedAndStrictWritesNothing() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let facts = [Self.fact(quote: "肇庆高新区😀上半年GDP108.8亿元")]
        let plain = try BriefMaker.make(BriefRequest(input: .facts(facts), name: "x"), in: environment(out.appendingPathComponent("plain")))
        #expect(plain.missingGlyphs.map(\.character) == ["😀"])
        #expect(plain.warnings.contains { $0.file == plain.outputs.pdf && $0.message.hasPrefix("the fonts lack 😀 (U+1F600), ") })
        let strict = out.appendingPathComponent("strict")
        do {
            _ = try BriefMaker.make(BriefRequest(input: .facts(facts), name: "x", strict: true), in: environment(strict))
            Issue.record("no failure")
        } catch let f as BriefFailure {
            #expect(f.description.hasPrefix("\(strict.path)/x.pdf: the fonts lack a character (--strict): 😀 (U+1F600), "), "\(f)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: strict.path) == [".x.pdf.lock"])
    }

    /// The temporary files of a run that died are removed, and the outcome says so.
    @Test func leftoversOfADeadRunAreRemovedAndNoted() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        try "half a pdf".write(to: out.appendingPathComponent(".x.pdf.zb-00000000deadbeef.tmp"), atomically: false, encoding: .utf8)
        let outcome = try BriefMaker.make(BriefRequest(input: .facts([Self.fact()]), name: "x"), in: environment(out))
        #expect(outcome.notes == ["removed \(out.path)/.x.pdf.zb-00000000deadbeef.tmp, left by a run that was stopped"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == [".x.pdf.lock", "x.facts.csv", "x.mail.html", "x.pdf", "x.summary.txt"])
    }

    /// Articles come through the one walker: a FIFO is a warning named as the caller wrote the
    /// path (first among the warnings); nothing readable at all is one failure after the warnings.
    @Test func articlesComeThroughTheOneWalker() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let articles = out.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: Self.tree.appendingPathComponent("seeds"), to: articles)
        #expect(mkfifo(articles.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let outcome = try BriefMaker.make(BriefRequest(input: .articles(["articles"], relativeTo: out), name: "x", zones: ["肇庆"]),
                                          in: environment(out.appendingPathComponent("a")))
        #expect(outcome.warnings.first?.description == "articles/pipe.txt: warning: a named pipe (FIFO), not a regular file; skipped")
        let only = out.appendingPathComponent("only")
        try FileManager.default.createDirectory(at: only, withIntermediateDirectories: true)
        #expect(mkfifo(only.appendingPathComponent("p.txt").path, 0o644) == 0)
        do {
            _ = try BriefMaker.make(BriefRequest(input: .articles(["only"], relativeTo: out), name: "x"), in: environment(out.appendingPathComponent("b")))
            Issue.record("no failure")
        } catch let f as BriefFailure {
            #expect(f.description == "no input could be read under only/ (1 skipped; see the warnings above)")
            #expect(f.warnings.map(\.description) == ["only/p.txt: warning: a named pipe (FIFO), not a regular file; skipped"])
        }
    }

    /// Facts in hand are cleaned like a facts file's: no control or bidi character reaches the
    /// CSV, with a warning naming the fact's source.
    @Test func factsInHandLoseControlCharacters() throws {
        let out = try scratch()
        defer { try? FileManager.default.removeItem(at: out) }
        let outcome = try BriefMaker.make(BriefRequest(input: .facts([Self.fact(quote: "原\u{202E}文", zone: "肇庆\u{0}高新区", date: "2023-07-10\u{2066}")]),
                                                       name: "x"), in: environment(out))
        #expect(outcome.zones == ["肇庆高新区"])
        #expect(outcome.warnings.map(\.description).contains(
            "note.txt:1: warning: control characters (U+0000 U+202E U+2066) removed from the zone, quote and article date"))
        let csv = try String(contentsOfFile: outcome.outputs.factsCSV, encoding: .utf8)
        #expect(!csv.unicodeScalars.contains { FactText.isControl($0) && $0 != "\n" })
        #expect(csv.contains(",原文,2023-07-10\n"))
    }
}
