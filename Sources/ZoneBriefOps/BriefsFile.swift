import Foundation
import TOMLKit
import ZoneBrief
import ZoneBriefCompose
import ZoneBriefCore
import ZoneBriefExtract
import ZoneBriefLayout
import ZoneBriefMail

/// The briefs file (`zonebrief.toml`): which briefs `zonebrief run` makes each month, from which
/// articles, for whom. Paths in it are relative to its folder.
///
/// ```toml
/// output = "reports"              # each brief's PDF, CSV, summary, mail page, and the state file
/// body = "html"                   # or "text": the summary alone
/// [smtp]
/// url = "smtp://mail.example.cn:587"
/// from = "brief@example.cn"
/// max_message_size = "20MB"       # larger messages are refused, not sent"
/// [[brief]]
/// name = "zhaoqing"               # reports/zhaoqing.pdf …
/// articles = ["seeds"]
/// zones = ["肇庆高新区"]
/// to = ["manager@example.cn"]
/// paper = "a4"                    # a4 | a3 | letter; landscape = true turns it
/// logo = "logo.png"               # cover and running header
/// distribution = "内部资料　注意保密"  # every footer
/// ```
///
/// Unknown keys and values of the wrong type are errors naming the file, the line and the key
/// (``BriefsFileError``): a typo must not silently drop a recipient.
public struct BriefsFile: Sendable {
    /// One brief: its name (the files' stem), its inputs and shape, its recipients.
    public struct Brief: Sendable, Equatable {
        public var name: String
        /// Article files or folders, as written (relative to the briefs file's folder).
        public var articles: [String]
        /// nil: every zone.
        public var zones: [String]?
        public var title: String?
        public var organisation: String?
        public var to: [MailAddress]
        public var cc: [MailAddress]
        /// The subject, with `{title}`, `{name}`, `{period}` (2023-06), `{month}` (2023年6月) and
        /// `{zones}` filled in.
        public var subject: String
        public var period: PeriodPolicy
        public var usdRate: Double?
        /// HTML with the summary as its text alternative (default), or the summary alone.
        public var body: BodyFormat = .html
        /// Paper, orientation, logo, distribution line and the order of the zones (`paper`,
        /// `landscape`, `logo`, `distribution`, `order`, `page_per_zone`; a brief's own keys
        /// over the file's). The logo's path is resolved against the file's folder.
        public var look: BriefLook = BriefLook()

        /// Everyone who gets it: To then Cc, each once.
        public var recipients: [MailAddress] {
            var seen = Set<String>()
            return (to + cc).filter { seen.insert($0.address.lowercased()).inserted }
        }
    }

    /// The file itself.
    public var path: String
    /// Its folder: relative paths in it start here.
    public var folder: URL
    /// The folder of the outputs and of the state file.
    public var output: URL
    /// The fonts folder; nil: the installed fonts.
    public var fonts: URL?
    /// Extra lexicon files or folders.
    public var lexicon: [URL]
    /// The zone "today" is read in (for the last closed month).
    public var timeZone: TimeZone
    /// The mail server: the `[smtp]` table over the SMTP config file (`config` key, else the
    /// standard one); nil when the file has no `[smtp]` table (the standard config file only).
    public var smtp: SMTPSettings?
    /// The SMTP config file the `[smtp]` table names with `config` (relative to the folder).
    public var smtpConfig: String?
    public var briefs: [Brief]

    /// The default subject template.
    public static let defaultSubject = "{title}（{month}）"
    /// The state file's name in the output folder.
    public static let stateFileName = "zonebrief-state.json"

    /// The state file: `OUTPUT/zonebrief-state.json`.
    public var stateFile: URL { output.appendingPathComponent(Self.stateFileName) }

    /// Reads and checks the file at `path`. Throws ``BriefsFileError`` listing every problem.
    /// Only a regular file is read (a named pipe in its place is refused, not waited on).
    public static func load(path: String) throws -> BriefsFile {
        guard ArticleFiles.exists(path) else {
            throw BriefsFileError(problems: ["\(path): cannot read the briefs file (no such file)"])
        }
        guard let data = ArticleFiles.readRegularFile(URL(fileURLWithPath: path)) else {
            throw BriefsFileError(problems: ["\(path): cannot read the briefs file (\(unreadable(path)))"])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BriefsFileError(problems: ["\(path): the briefs file is not UTF-8 text"])
        }
        return try parse(text, path: path)
    }

    /// Why `path` cannot be read: `permission denied`, `a named pipe (FIFO), not a regular file`.
    static func unreadable(_ path: String) -> String {
        do { try ArticleFiles.open(URL(fileURLWithPath: path)).close() } catch { return "\(error)" }
        return "permission denied"
    }

    /// Parses the text of a briefs file; `path` names it in errors and gives its folder.
    public static func parse(_ text: String, path: String) throws -> BriefsFile {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let e as TOMLParseError {
            throw BriefsFileError(problems: ["\(path):\(e.source.begin.line): \(e.description)"])
        }
        var reader = BriefsFileReader(path: path, lines: KeyLines(text))
        let file = reader.read(table)
        if !reader.problems.isEmpty { throw BriefsFileError(problems: reader.problems) }
        return file
    }
}

/// How a brief picks its month.
public enum PeriodPolicy: Sendable, Equatable, CustomStringConvertible {
    /// The month before today's (in the file's time zone): the last month that is over.
    case lastClosedMonth
    /// Every figure, up to the latest the articles give.
    case latest
    /// This month.
    case month(YearMonth)

    /// `last-closed-month`, `latest`, or `YYYY-MM`.
    public init?(text: String) {
        switch text {
        case "last-closed-month": self = .lastClosedMonth
        case "latest": self = .latest
        default:
            guard let m = YearMonth(text: text) else { return nil }
            self = .month(m)
        }
    }

    public var description: String {
        switch self {
        case .lastClosedMonth: return "last-closed-month"
        case .latest: return "latest"
        case let .month(m): return m.description
        }
    }

    /// The month of the brief given today's date and zone (nil for `latest`).
    public func month(now: Date, timeZone: TimeZone) -> YearMonth? {
        switch self {
        case .latest: return nil
        case let .month(m): return m
        case .lastClosedMonth: return BriefEnvironment.lastClosedMonth(before: now, in: timeZone)
        }
    }
}

/// What is wrong with a briefs file, one line per problem: `zonebrief.toml:9: brief[1].zones:
/// expected an array of strings, found integer`.
public struct BriefsFileError: Error, CustomStringConvertible, Sendable {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

/// Walks the parsed table, checking every key and type.
struct BriefsFileReader {
    let path: String
    let lines: KeyLines
    var problems: [String] = []

    init(path: String, lines: KeyLines) {
        self.path = path
        self.lines = lines
    }

    static let lookKeys = ["paper", "landscape", "logo", "distribution", "order", "page_per_zone"]
    static let topKeys = ["output", "fonts", "lexicon", "timezone", "period", "title", "organisation", "subject", "usd_rate", "body", "smtp", "brief"] + lookKeys
    static let briefKeys = ["name", "articles", "zones", "title", "organisation", "to", "cc", "subject", "period", "usd_rate", "body"] + lookKeys

    mutating func problem(_ key: String, _ message: String) {
        let line = lines.line(of: key).map { ":\($0)" } ?? ""
        problems.append("\(path)\(line): \(key): \(message)")
    }

    mutating func read(_ table: TOMLTable) -> BriefsFile {
        // Paths stay relative when the file's path is (`reports`, not `./reports`), for messages.
        let dir = (path as NSString).deletingLastPathComponent
        let folder = URL(fileURLWithPath: dir.isEmpty ? "." : dir)
        func resolve(_ p: String) -> URL { URL(fileURLWithPath: p.hasPrefix("/") || dir.isEmpty ? p : dir + "/" + p) }
        checkKeys(table, known: Self.topKeys, prefix: "")

        let output = string(table, "output", "") ?? "reports"
        let fonts = string(table, "fonts", "").map(resolve)
        let lexicon = strings(table, "lexicon", "", allowSingle: true)?.map(resolve) ?? []
        var timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        if let tz = string(table, "timezone", "") {
            if let z = TimeZone(identifier: tz) { timeZone = z } else { problem("timezone", "unknown time zone \"\(tz)\"; write e.g. \"Asia/Shanghai\"") }
        }
        let period = policy(table, "period", "") ?? .lastClosedMonth
        let title = string(table, "title", "")
        let organisation = string(table, "organisation", "")
        let subject = string(table, "subject", "") ?? BriefsFile.defaultSubject
        let usdRate = rate(table, "usd_rate", "")
        let body = bodyFormat(table, "body", "") ?? .html
        let look = look(table, "", defaults: BriefLook(), resolve: resolve)

        var smtp: SMTPSettings?
        var smtpConfig: String?
        if let value = table["smtp"] {
            if let t = value.table {
                (smtp, smtpConfig) = readSMTP(t, folder: folder)
            } else {
                problem("smtp", "expected a table ([smtp]), found \(name(value.type))")
            }
        }

        var briefs: [BriefsFile.Brief] = []
        if let value = table["brief"] {
            if let array = value.array {
                for (i, element) in array.enumerated() {
                    guard let t = element.table else {
                        problem("brief", "expected tables ([[brief]]), found \(name(element.type))")
                        continue
                    }
                    if let b = readBrief(t, index: i, defaults: (title, organisation, subject, period, usdRate, body), look: look, resolve: resolve) { briefs.append(b) }
                }
            } else {
                problem("brief", "expected [[brief]] tables, found \(name(value.type))")
            }
        }
        if briefs.isEmpty && problems.isEmpty {
            problems.append("\(path): no [[brief]]; describe at least one brief (name, articles, to)")
        }
        var seen = Set<String>()
        for (i, b) in briefs.enumerated() where !seen.insert(b.name).inserted {
            problem("brief[\(i)].name", "\"\(b.name)\" names two briefs; each needs a name of its own")
        }
        return BriefsFile(path: path, folder: folder, output: resolve(output), fonts: fonts, lexicon: lexicon, timeZone: timeZone,
                          smtp: smtp, smtpConfig: smtpConfig, briefs: briefs)
    }

    mutating func readBrief(_ t: TOMLTable, index i: Int,
                            defaults: (title: String?, organisation: String?, subject: String, period: PeriodPolicy, usdRate: Double?,
                                       body: BodyFormat),
                            look fileLook: BriefLook, resolve: (String) -> URL) -> BriefsFile.Brief? {
        let p = "brief[\(i)]."
        checkKeys(t, known: Self.briefKeys, prefix: p)
        let before = problems.count
        guard let name = string(t, "name", p) else {
            if t["name"] == nil { problem(p + "name", "missing; every brief needs a name (its files are NAME.pdf, …)") }
            return nil
        }
        if name.isEmpty || name.hasPrefix(".") || name.contains("/") || name.contains("\0") {
            problem(p + "name", "\"\(name)\" cannot name files: no slash, no leading dot, not empty")
        }
        let articles = strings(t, "articles", p) ?? []
        if articles.isEmpty && t["articles"] == nil { problem(p + "articles", "missing; name the folders of articles, e.g. articles = [\"seeds\"]") }
        let zones = strings(t, "zones", p)
        if let zones, zones.isEmpty { problem(p + "zones", "is empty; leave it out for every zone") }
        let to = addresses(t, "to", p) ?? []
        if to.isEmpty && t["to"] == nil { problem(p + "to", "missing; name at least one recipient, e.g. to = [\"manager@example.cn\"]") }
        let cc = addresses(t, "cc", p) ?? []
        let look = look(t, p, defaults: fileLook, resolve: resolve)
        var brief = BriefsFile.Brief(
            name: name, articles: articles, zones: zones, title: string(t, "title", p) ?? defaults.title,
            organisation: string(t, "organisation", p) ?? defaults.organisation, to: to, cc: cc,
            subject: string(t, "subject", p) ?? defaults.subject, period: policy(t, "period", p) ?? defaults.period,
            usdRate: rate(t, "usd_rate", p) ?? defaults.usdRate, body: bodyFormat(t, "body", p) ?? defaults.body)
        brief.look = look
        return problems.count == before ? brief : nil
    }

    mutating func readSMTP(_ t: TOMLTable, folder: URL) -> (SMTPSettings, String?) {
        var settings = SMTPSettings()
        var config: String?
        for (key, value) in t {
            let k = "smtp." + key
            if key == "config" {
                if let s = value.string { config = s.hasPrefix("/") || s.hasPrefix("~") ? s : folder.appendingPathComponent(s).path }
                else { problem(k, "expected a string (the path of an smtp.conf), found \(name(value.type))") }
                continue
            }
            if key == "password" || key == "pass" {
                problem(k, "a password is not read from the briefs file; use password_env or password_file")
                continue
            }
            guard SMTPConfigFile.knownKeys.contains(key) else {
                problem(k, "unknown key; known keys: config, \(SMTPConfigFile.knownKeys.joined(separator: ", "))")
                continue
            }
            var text: String
            switch value.type {
            case .string: text = value.string!
            case .bool: text = value.bool! ? "yes" : "no"
            case .int: text = String(value.int!)
            case .double: text = String(value.double!)
            default:
                problem(k, "expected a string, number or true/false, found \(name(value.type))")
                continue
            }
            if (key == "password_file" || key == "ca_file"), !text.hasPrefix("/"), !text.hasPrefix("~") {
                text = folder.appendingPathComponent(text).path
            }
            if let p = SMTPConfigFile.apply(key, text, to: &settings) { problem(k, p) }
        }
        return (settings, config)
    }

    // MARK: typed values

    /// TOML's own name of a type (`integer`, not Swift's `int`).
    func name(_ type: TOMLType) -> String {
        switch type {
        case .string: return "string"
        case .int: return "integer"
        case .double: return "float"
        case .bool: return "boolean"
        case .table: return "table"
        case .array: return "array"
        case .date: return "date"
        case .time: return "time"
        case .dateTime: return "date-time"
        }
    }

    mutating func checkKeys(_ t: TOMLTable, known: [String], prefix: String) {
        for key in t.keys.sorted() where !known.contains(key) {
            problem(prefix + key, "unknown key; known keys: \(known.joined(separator: ", "))")
        }
    }

    mutating func string(_ t: TOMLTable, _ key: String, _ prefix: String) -> String? {
        guard let v = t[key] else { return nil }
        guard let s = v.string else {
            problem(prefix + key, "expected a string, found \(name(v.type))")
            return nil
        }
        return s
    }

    /// An array of strings (or, with `allowSingle`, one string).
    mutating func strings(_ t: TOMLTable, _ key: String, _ prefix: String, allowSingle: Bool = false) -> [String]? {
        guard let v = t[key] else { return nil }
        if allowSingle, let s = v.string { return [s] }
        guard let a = v.array else {
            problem(prefix + key, "expected an array of strings, e.g. [\"a\", \"b\"], found \(name(v.type))")
            return nil
        }
        var out: [String] = []
        for e in a {
            guard let s = e.string else {
                problem(prefix + key, "expected an array of strings, found \(name(e.type)) in it")
                return nil
            }
            out.append(s)
        }
        return out
    }

    mutating func addresses(_ t: TOMLTable, _ key: String, _ prefix: String) -> [MailAddress]? {
        guard let list = strings(t, key, prefix, allowSingle: true) else { return nil }
        var out: [MailAddress] = []
        for s in list {
            do { out.append(try MailAddress(s)) } catch { problem(prefix + key, "\(error)") }
        }
        return out
    }

    /// A string key read as one of a set of words (`parse`), or a problem saying what to write.
    mutating func choice<T>(_ t: TOMLTable, _ key: String, _ prefix: String, what: String, write: String,
                            _ parse: (String) -> T?) -> T? {
        guard let s = string(t, key, prefix) else { return nil }
        guard let v = parse(s) else {
            problem(prefix + key, "\"\(s)\" is no \(what); write \(write)")
            return nil
        }
        return v
    }

    mutating func policy(_ t: TOMLTable, _ key: String, _ prefix: String) -> PeriodPolicy? {
        choice(t, key, prefix, what: "period", write: "\"last-closed-month\", \"latest\" or a month like \"2023-06\"") { PeriodPolicy(text: $0) }
    }

    mutating func bodyFormat(_ t: TOMLTable, _ key: String, _ prefix: String) -> BodyFormat? {
        choice(t, key, prefix, what: "body", write: "\"html\" (HTML with the summary as text) or \"text\" (the summary alone)") { BodyFormat(rawValue: $0) }
    }

    /// The look keys of a table over `defaults`: each key written replaces the default's value.
    mutating func look(_ t: TOMLTable, _ prefix: String, defaults: BriefLook, resolve: (String) -> URL) -> BriefLook {
        var look = defaults
        if let p = choice(t, "paper", prefix, what: "paper", write: "\"a4\", \"a3\" or \"letter\"", { Paper(rawValue: $0.lowercased()) }) { look.paper = p }
        if let b = bool(t, "landscape", prefix) { look.landscape = b }
        if let s = string(t, "logo", prefix) {
            let url = resolve(s)
            if ArticleFiles.exists(url.path) { look.logo = url.path } else { problem(prefix + "logo", "no file at \(url.relativePath); name a PNG image") }
        }
        if let s = string(t, "distribution", prefix) { look.distribution = s }
        if let o = choice(t, "order", prefix, what: "order", write: "\"region\" or \"input\"", { ZoneOrdering(rawValue: $0.lowercased()) }) { look.order = o }
        if let b = bool(t, "page_per_zone", prefix) { look.pagePerZone = b }
        return look
    }

    mutating func bool(_ t: TOMLTable, _ key: String, _ prefix: String) -> Bool? {
        guard let v = t[key] else { return nil }
        guard let b = v.bool else {
            problem(prefix + key, "expected true or false, found \(name(v.type))")
            return nil
        }
        return b
    }

    mutating func rate(_ t: TOMLTable, _ key: String, _ prefix: String) -> Double? {
        guard let v = t[key] else { return nil }
        guard let r = v.double ?? v.int.map(Double.init), r.isFinite, r > 0 else {
            problem(prefix + key, "expected a positive number of yuan per dollar, e.g. 7.2")
            return nil
        }
        return r
    }
}

/// Where each key of a TOML text is written, to name the line of a problem. TOMLKit gives lines
/// for syntax errors only; this finds `key =` lines under `[table]` and `[[array]]` headers
/// (`brief[1].zones`, `smtp.url`, `output`). Keys it cannot place have no line.
struct KeyLines: Sendable {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table = ""
        var counts: [String: Int] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[[") {
                let name = line.dropFirst(2).prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                let n = counts[name, default: 0]
                counts[name] = n + 1
                table = "\(name)[\(n)]"
                lines[table] = lines[table] ?? i + 1
                lines[name] = lines[name] ?? i + 1
            } else if line.hasPrefix("[") {
                table = line.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                lines[table] = lines[table] ?? i + 1
            } else if let eq = line.firstIndex(of: "=") {
                let key = line[..<eq].trimmingCharacters(in: .whitespaces)
                guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { continue }
                let full = table.isEmpty ? key : table + "." + key
                lines[full] = lines[full] ?? i + 1
            }
        }
    }

    /// The 1-based line of `key` (`brief[1].zones`), else of its table, else nil.
    func line(of key: String) -> Int? {
        if let l = lines[key] { return l }
        guard let dot = key.lastIndex(of: ".") else { return nil }
        return lines[String(key[..<dot])]
    }
}
