import Foundation
import ZoneBriefCore

/// Everything a brief takes from the world, as one value (typst's `World`): the fonts, the
/// lexicon, where the three output files go, and the clock. Tests pass a fixed one; the CLI
/// builds it with ``standard(outputFolder:fonts:environment:)``.
///
/// ```swift
/// var env = try BriefEnvironment.standard(outputFolder: URL(fileURLWithPath: "reports"))
/// env.now = Date(timeIntervalSince1970: 1_700_000_000)
/// ```
public struct BriefEnvironment: Sendable {
    /// The folder of the brief's fonts (only these are used, whatever the machine has).
    public var fonts: URL
    /// The folder of the built-in lexicon (`*.tsv`).
    public var lexicon: URL
    /// Extra lexicon entries: `.tsv` files or folders of them, added after the built-in ones.
    public var lexiconPaths: [URL]
    /// Facts of an article that names no zone go to this zone (the extractor's `--assume-zone`).
    public var assumeZone: String?
    /// Where `NAME.pdf`, `NAME.facts.csv` and `NAME.summary.txt` are written (made when missing).
    public var outputFolder: URL
    /// Now: "today" for period policies, and the time recorded for a run.
    public var now: Date
    /// The zone "today" is read in (the brief's calendar): Asia/Shanghai.
    public var timeZone: TimeZone
    /// The PDF's creation date (ISO 8601, from `SOURCE_DATE_EPOCH`); nil: the last day of the
    /// data's month, so the same facts give the same bytes.
    public var creationDate: String?
    /// Hears progress on long work (files read, pages laid out); nil to stay quiet.
    public var progress: (@Sendable (BriefProgress) -> Void)?
    /// Hears what cannot wait for the outcome: `waiting for another zonebrief run writing
    /// reports/brief.pdf…` (runs writing the same files take turns); nil to stay quiet.
    public var notice: (@Sendable (String) -> Void)?

    public init(fonts: URL, lexicon: URL, lexiconPaths: [URL] = [], assumeZone: String? = nil, outputFolder: URL,
                now: Date = Date(), timeZone: TimeZone = BriefEnvironment.chinaTime, creationDate: String? = nil,
                progress: (@Sendable (BriefProgress) -> Void)? = nil, notice: (@Sendable (String) -> Void)? = nil) {
        self.fonts = fonts
        self.lexicon = lexicon
        self.lexiconPaths = lexiconPaths
        self.assumeZone = assumeZone
        self.outputFolder = outputFolder
        self.now = now
        self.timeZone = timeZone
        self.creationDate = creationDate
        self.progress = progress
        self.notice = notice
    }

    /// Beijing time, the calendar of the articles and of "last month".
    public static let chinaTime = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    /// The environment of this process: fonts (`fonts`, else the installed ones) and lexicon from
    /// ``Installation``, the clock now, the PDF date from `SOURCE_DATE_EPOCH`. Throws a
    /// ``BriefFailure`` of one line when a resource is missing.
    public static func standard(outputFolder: URL, fonts: URL? = nil,
                                environment: [String: String] = ProcessInfo.processInfo.environment) throws -> BriefEnvironment {
        let install = Installation.current(environment: environment)
        return BriefEnvironment(fonts: try fonts ?? install.fonts(), lexicon: try install.lexicon(), outputFolder: outputFolder,
                                creationDate: SourceDate.iso8601(environment["SOURCE_DATE_EPOCH"]))
    }

    /// The month before the one `now` falls in, in ``timeZone``: the last month that is over.
    public var lastClosedMonth: YearMonth { Self.lastClosedMonth(before: now, in: timeZone) }

    /// The month before the one `date` falls in, read in `zone` (00:30 on 1 January in Beijing
    /// is still 31 December in UTC: the brief's calendar is Beijing's).
    public static func lastClosedMonth(before date: Date, in zone: TimeZone) -> YearMonth {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        let c = cal.dateComponents([.year, .month], from: date)
        let y = c.year ?? 1970, m = c.month ?? 1
        return m == 1 ? YearMonth(y - 1, 12) : YearMonth(y, m - 1)
    }
}

/// Progress of one brief, for a terminal's status line.
public enum BriefProgress: Sendable {
    /// An article file is about to be read (1-based `index` of `count`).
    case reading(file: String, index: Int, count: Int)
    /// The pages are laid out; painting starts.
    case laidOut(pages: Int)
    /// Page `page` of `of` is painted.
    case painted(page: Int, of: Int)
}

/// `SOURCE_DATE_EPOCH` as an ISO 8601 date for the PDF; nil when unset or not a number.
public enum SourceDate {
    public static func iso8601(_ epoch: String?) -> String? {
        guard let s = epoch, let secs = Int(s) else { return nil }
        let d = Date(timeIntervalSince1970: TimeInterval(secs))
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: d)
        func two(_ v: Int?) -> String { let v = v ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 1970)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))Z"
    }
}
