import Foundation
import ZoneBrief
import ZoneBriefCompose
import ZoneBriefCore
import ZoneBriefExtract
import ZoneBriefMail
import ZoneBriefMetrics
import ZoneBriefPDF

/// `zonebrief doctor`: what this installation found (fonts, lexicon, libraries, SMTP settings,
/// briefs file, time zone data) and, for whatever is missing, the fix.
public enum Doctor {
    /// One thing checked.
    public struct Finding: Sendable, Equatable {
        public enum Status: String, Sendable { case ok, warning, missing }
        public var status: Status
        /// `fonts`, `lexicon`, `cairo`, …
        public var subject: String
        /// What was found, or what is wrong.
        public var detail: String
        /// What to do about it (nil when nothing needs doing).
        public var fix: String?

        public init(_ status: Status, _ subject: String, _ detail: String, fix: String? = nil) {
            self.status = status
            self.subject = subject
            self.detail = detail
            self.fix = fix
        }

        /// `ok       fonts: …` then `         fix: …`.
        public var lines: [String] {
            let tag = status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            return ["\(tag) \(subject): \(detail)"] + (fix.map { ["         fix: \($0)"] } ?? [])
        }
    }

    /// Every check. `fonts` overrides the installed fonts (`--fonts`); `briefsFile` is checked
    /// when given or when `zonebrief.toml` is in the current folder.
    public static func check(fonts explicitFonts: String? = nil, briefsFile: String? = nil,
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> [Finding] {
        var out: [Finding] = []
        let install = Installation.current(environment: environment)
        out.append(Finding(.ok, "zonebrief", "\(BuildInfo.version) (\(BuildInfo.commit)) at \(Installation.executableURL()?.path ?? "?")"))
        if let home = install.home, !FileManager.default.fileExists(atPath: home) {
            out.append(Finding(.warning, "ZONEBRIEF_HOME", "\(home) does not exist", fix: "point $ZONEBRIEF_HOME at a folder holding fonts/ and lexicon/, or unset it"))
        }

        // Lexicon
        var lexicon: Lexicon?
        do {
            let folder = try install.lexicon()
            let loaded = try Lexicon.load(dataFolder: folder)
            lexicon = loaded.value
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".tsv") }.count
            out.append(Finding(loaded.diagnostics.isEmpty ? .ok : .warning, "lexicon",
                               "\(folder.path) (\(install.origin(of: folder) ?? "--lexicon")): \(files) files, \(loaded.value.canonicalZoneNames.count) zones, \(loaded.value.metricWords.count) metric words"
                               + (loaded.diagnostics.isEmpty ? "" : "; \(loaded.diagnostics.count) bad lines, first: \(loaded.diagnostics[0])"),
                               fix: loaded.diagnostics.isEmpty ? nil : "correct the lines named (file:line)"))
        } catch {
            out.append(Finding(.missing, "lexicon", "\(error)", fix: "reinstall with scripts/install PREFIX (or the .deb), or set ZONEBRIEF_HOME to a folder with lexicon/*.tsv"))
        }

        // Fonts, and whether they cover every character a brief prints
        do {
            let folder = try explicitFonts.map { URL(fileURLWithPath: $0) } ?? install.fonts()
            let renderer = try PDFRenderer(fontsDirectory: folder.path)
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { [".ttf", ".otf", ".ttc"].contains(where: $0.lowercased().hasSuffix) }.sorted()
            out.append(Finding(.ok, "fonts", "\(folder.path) (\(explicitFonts == nil ? install.origin(of: folder) ?? "?" : "--fonts")): \(files.joined(separator: ", ")); family “\(renderer.family)”"))
            let text = BriefCharacters.sample(zones: lexicon.map { Array($0.canonicalZoneNames).sorted() } ?? [])
            let missing = renderer.missingCharacters(in: text)
            let distinct = Set(text.unicodeScalars.filter { !$0.properties.isWhitespace }).count
            if missing.isEmpty {
                out.append(Finding(.ok, "font coverage", "all \(distinct) characters of a sample brief (every metric, every zone of the lexicon) are in the fonts"))
            } else {
                let shown = missing.prefix(20).map { String(format: "%@ U+%04X", String($0), $0.value) }.joined(separator: ", ")
                out.append(Finding(.missing, "font coverage", "\(missing.count) of \(distinct) characters of a sample brief are in no font: \(shown)",
                                   fix: "rebuild the fonts with scripts/make-fonts (they would print as empty boxes)"))
            }
        } catch {
            out.append(Finding(.missing, "fonts", "\(error)", fix: "reinstall with scripts/install PREFIX (or the .deb), set ZONEBRIEF_HOME to a folder with fonts/, or pass --fonts DIR"))
        }

        // C libraries
        for (name, version) in PDFRenderer.libraryVersions { out.append(Finding(.ok, name, version)) }
        out.append(Finding(.ok, "libcurl", SMTPTransport.libcurlVersion))

        // Time zone data: "last month" is Beijing's
        if TimeZone(identifier: "Asia/Shanghai") == nil {
            out.append(Finding(.missing, "time zones", "Asia/Shanghai is unknown; the last closed month is read in UTC+8 without zone data",
                               fix: "apt-get install tzdata"))
        } else {
            out.append(Finding(.ok, "time zones", "Asia/Shanghai known"))
        }

        out += smtp(environment: environment)

        // The briefs file
        let briefs = briefsFile ?? (FileManager.default.fileExists(atPath: "zonebrief.toml") ? "zonebrief.toml" : nil)
        if let briefs {
            do {
                let file = try BriefsFile.load(path: briefs)
                out.append(Finding(.ok, "briefs file", "\(briefs): \(file.briefs.count) briefs (\(file.briefs.map(\.name).joined(separator: ", "))), output \(file.output.path)"))
                for b in file.briefs {
                    for a in b.articles {
                        let p = a.hasPrefix("/") ? a : file.folder.appendingPathComponent(a).path
                        if !FileManager.default.fileExists(atPath: p) {
                            out.append(Finding(.missing, "briefs file", "\(briefs): brief \(b.name): no article folder \(p)", fix: "correct articles in \(briefs)"))
                        }
                    }
                }
            } catch {
                out.append(Finding(.missing, "briefs file", "\(error)", fix: "correct \(briefs) (see README: Monthly operation)"))
            }
        } else {
            out.append(Finding(.ok, "briefs file", "none here (zonebrief run reads zonebrief.toml, or the file it is given)"))
        }
        return out
    }

    /// The SMTP settings file: where, whether readable, whether it names a server and a sender.
    static func smtp(environment: [String: String]) -> [Finding] {
        let named = environment[SMTPConfigFile.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let path = named ?? (home + "/.config/zonebrief/smtp.conf")
        guard FileManager.default.fileExists(atPath: path) else {
            return [Finding(named == nil ? .warning : .missing, "SMTP settings", "no file at \(path)",
                            fix: "for mail, write \(path) with `url = smtp://host:587` and `from = you@x.cn` (README: Sending the brief), or give [smtp] in zonebrief.toml")]
        }
        do {
            let loaded = try SMTPConfigFile.load(explicitPath: path, environment: environment)
            let s = loaded.value
            var problems = loaded.diagnostics.map(\.description)
            if s.url == nil { problems.append("no url") }
            if s.from == nil { problems.append("no from") }
            var detail = "\(path): server \(s.url ?? "-"), from \(s.from ?? "-")" + (s.user.map { ", user \($0)" } ?? "")
            if s.url != nil {
                do {
                    let server = try s.server(environment: environment)
                    problems += server.diagnostics.map(\.description)
                    if s.user != nil { detail += ", password found" }
                } catch {
                    problems.append("\(error)")
                }
            }
            if problems.isEmpty { return [Finding(.ok, "SMTP settings", detail)] }
            return [Finding(.warning, "SMTP settings", detail + "; " + problems.joined(separator: "; "), fix: "edit \(path) (keys: \(SMTPConfigFile.knownKeys.joined(separator: ", ")))")]
        } catch {
            return [Finding(.missing, "SMTP settings", "\(error)", fix: "make \(path) readable by this user")]
        }
    }
}

/// The characters a brief prints: a sample brief composed from made-up facts of every metric
/// and kind (for three zones: the wording is the same for all), its side-by-side form, its plain
/// summary, its running header and footer, and the names of every zone given.
public enum BriefCharacters {
    public static func sample(zones: [String]) -> String {
        let names = Array((zones.isEmpty ? ["肇庆高新区", "宝鸡高新区"] : zones).prefix(3))
        var facts: [Fact] = []
        let src = SourceRef(file: "样例.txt", line: 1, quote: "１—６月，某高新区预计完成地区生产总值（GDP）108.8亿元，同比增长3%。")
        for (i, zone) in names.enumerated() {
            for (k, metric) in Metric.allCases.enumerated() {
                let unit: FactUnit = metric.family == .count ? .count : (k % 5 == 0 ? .USD : .CNY)
                let value = Double(1000 + 37 * i + 11 * k) * (unit == .count ? 1 : 1e6)
                facts.append(Fact(zone: zone, metric: metric, label: metric == .other ? "技工贸总收入" : nil, value: value, unit: unit,
                                  period: .months(2023, 1, 6), yoyPct: Double(k % 7) - 2.5, kind: .actual,
                                  approx: k % 3 == 0 ? .about : nil, source: src))
                facts.append(Fact(zone: zone, metric: metric, value: value * 2.1, unit: unit, period: .year(2023), targetPct: 47.6,
                                  kind: .target, source: src))
                facts.append(Fact(zone: zone, metric: metric, value: value * 0.9, unit: unit, period: .months(2023, 1, 5), yoyPct: -1.2,
                                  kind: .estimate, approx: .over, source: src))
            }
        }
        facts.append(Fact(zone: "某某科技有限公司", metric: .project_investment, value: 5e8, unit: .CNY, period: .months(2023, 1, 6), source: src))
        let report = Aggregator.aggregate(facts, options: MetricsOptions()).value
        let warning = Diagnostic(file: "样例.txt", line: 3, "数字无法识别：约一百二十亿元左右")
        let sideBySide = Aggregator.aggregate(facts, options: MetricsOptions(zones: Array(names.prefix(2)))).value
        var text = ""
        for (r, title) in [(report, nil), (sideBySide, nil as String?)] {
            let options = BriefOptions(title: title, articleCount: 12, warnings: [warning])
            let doc = BriefComposer.compose(r, options: options)
            text += DocumentDump.text(doc) + doc.header + doc.footerTemplate + PlainSummary.text(r, options: options)
        }
        return text + zones.joined()
    }
}
