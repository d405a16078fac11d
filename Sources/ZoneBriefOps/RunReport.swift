import Foundation
import ZoneBrief

/// The JSON run report (`zonebrief run --report FILE`): each brief, each recipient, each error,
/// and the exit code the run ended with.
///
/// Brief `status`: `sent` (every recipient has it), `partial` (some do), `failed` (not made, or no
/// one has it), `unchanged` (nothing new since the last send: not sent again), `dry-run`.
/// Recipient `status`: `accepted`, `refused` (the server's `reply`), `failed` (the message did not
/// go: `reply` says why), `already-accepted` (earlier, not sent again), `would-send` (dry run),
/// `not-sent` (the brief was not made).
public struct RunReport: Codable, Sendable {
    public struct Recipient: Codable, Sendable, Equatable {
        public var address: String
        /// `to` or `cc`.
        public var kind: String
        public var status: String
        public var reply: String?
        public var messageID: String?
        public var time: String?

        public init(address: String, kind: String, status: String, reply: String? = nil, messageID: String? = nil, time: String? = nil) {
            self.address = address
            self.kind = kind
            self.status = status
            self.reply = reply
            self.messageID = messageID
            self.time = time
        }

        enum CodingKeys: String, CodingKey {
            case address, kind, status, reply, time
            case messageID = "message_id"
        }
    }

    public struct Brief: Codable, Sendable {
        public var name: String
        public var status: String
        /// `2023-06`, or `latest`.
        public var period: String
        public var reason: String?
        public var error: String?
        public var fingerprint: String?
        public var pdf: String?
        public var factsCSV: String?
        public var summary: String?
        public var pages: Int?
        public var zones: [String] = []
        public var facts: Int?
        public var warnings: [String] = []
        public var recipients: [Recipient] = []

        init(name: String, status: String, period: String) {
            self.name = name
            self.status = status
            self.period = period
        }

        mutating func made(_ o: BriefOutcome) {
            fingerprint = o.fingerprint
            pdf = o.outputs.pdf
            factsCSV = o.outputs.factsCSV
            summary = o.outputs.summary
            pages = o.pageCount
            zones = o.zones
            facts = o.facts.count
            warnings = o.warnings.map(\.description)
        }

        enum CodingKeys: String, CodingKey {
            case name, status, period, reason, error, fingerprint, pdf, summary, pages, zones, facts, warnings, recipients
            case factsCSV = "facts_csv"
        }
    }

    /// `zonebrief 1.1.0 (3f9a2c1)`.
    public var zonebrief: String
    public var briefsFile: String
    public var started: String
    public var finished: String
    public var dryRun: Bool
    /// `ok`, `nothing-new` or `failed`.
    public var status: String
    public var exitCode: Int32
    public var briefs: [Brief]
    /// Every error of the run, one line each (`all: refused: x@y.cn: 550 …`).
    public var errors: [String]

    enum CodingKeys: String, CodingKey {
        case zonebrief, started, finished, status, briefs, errors
        case briefsFile = "briefs_file"
        case dryRun = "dry_run"
        case exitCode = "exit_code"
    }

    /// Exit codes of `zonebrief run` (documented in `zonebrief run --help` and the README).
    public enum Exit {
        /// Every brief made, every recipient accepted (briefs with nothing new may be among them).
        public static let ok: Int32 = 0
        /// A brief failed, or a recipient did not accept it.
        public static let failed: Int32 = 1
        /// Nothing new: every brief's facts are those already sent to all its recipients.
        public static let nothingNew: Int32 = 3
    }

    /// Sets the status, the exit code and the end time from the briefs.
    mutating func finish(now: Date, zone: TimeZone) {
        finished = Timestamp.text(now, zone)
        if !errors.isEmpty || briefs.contains(where: { ["failed", "partial"].contains($0.status) }) {
            (status, exitCode) = ("failed", Exit.failed)
        } else if !briefs.isEmpty && briefs.allSatisfy({ $0.status == "unchanged" }) {
            (status, exitCode) = ("nothing-new", Exit.nothingNew)
        } else {
            (status, exitCode) = ("ok", Exit.ok)
        }
    }

    /// The report as pretty JSON.
    public func json() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try e.encode(self) + Data("\n".utf8)
    }

    /// Writes the report to `url` (temporary file, then renamed).
    public func write(to url: URL) throws {
        try AtomicFile.write(try json(), to: url)
    }
}
