import Foundation
import ZoneBriefCore
import ZoneBriefExtract

/// What `zonebrief run` made and sent, per brief, kept in `OUTPUT/zonebrief-state.json` (written
/// to a temporary file and renamed, so a crash leaves the old state whole):
///
/// ```json
/// {"version": 1, "briefs": {"zhaoqing": {"period": "2023-06", "fingerprint": "fnv1a64:…",
///   "made": "2026-12-01T08:00:03+08:00", "pdf": "reports/zhaoqing.pdf",
///   "recipients": {"manager@example.cn": {"status": "accepted", "message_id": "…@example.cn",
///                                         "time": "2026-12-01T08:00:04+08:00"}}}}}
/// ```
///
/// A brief whose period and facts fingerprint are those recorded, and whose every recipient has
/// `accepted`, is not sent again; a recipient not yet accepted (refused, failed, or new in the
/// briefs file) is sent to on the next run, and no one who accepted is sent to twice.
public struct RunState: Codable, Sendable, Equatable {
    public struct Recipient: Codable, Sendable, Equatable {
        /// `accepted`, `refused` or `failed`.
        public var status: String
        public var messageID: String?
        /// The server's reply to a refusal, or why the message did not go.
        public var reply: String?
        public var time: String

        public var accepted: Bool { status == "accepted" }

        enum CodingKeys: String, CodingKey {
            case status, reply, time
            case messageID = "message_id"
        }
    }

    public struct Brief: Codable, Sendable, Equatable {
        public var period: String
        public var fingerprint: String
        /// When the brief with this fingerprint was first made.
        public var made: String
        public var pdf: String
        /// By lower-cased address.
        public var recipients: [String: Recipient]
    }

    public var version: Int = 1
    public var briefs: [String: Brief] = [:]

    public init() {}

    /// Reads the state file; an absent file is an empty state. A file that is there but unreadable
    /// is an error: running on without it would send everything again.
    public static func load(_ url: URL) throws -> RunState {
        guard ArticleFiles.exists(url.path) else { return RunState() }
        do {
            // only a regular file: a named pipe in its place would be waited on forever
            let handle = try ArticleFiles.open(url)
            defer { try? handle.close() }
            return try JSONDecoder().decode(RunState.self, from: handle.readToEnd() ?? Data())
        } catch {
            throw RunStateError("\(url.path): the state file cannot be read (\(error)); fix or remove it (removing it sends every brief again)")
        }
    }

    /// Writes the state to a temporary file beside `url`, then renames it into place.
    public func save(_ url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self) + Data("\n".utf8), to: url)
    }
}

public struct RunStateError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ d: String) { description = d }
}

/// A file replaced whole, as an output set of one (Core's `OutputSet`, as a brief's files are):
/// written to a temporary file created exclusively in the same folder (never through a link
/// planted under its name), renamed into place when complete, removed on failure and on
/// SIGINT/SIGTERM/SIGHUP. Its lock is `.NAME.lock` beside it, not the run's lock, so a run that
/// holds `.zonebrief-run.lock` never waits on itself.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        do {
            let set = try OutputSet(paths: [url.path])
            do {
                try set.file(url.path).write([UInt8](data))
                try set.commit()
            } catch {
                set.abandon()
                throw error
            }
        } catch let e as OutputError {
            throw RunStateError(e.description)
        }
    }
}

/// ISO 8601 with the zone's offset: `2026-12-01T08:00:03+08:00`.
enum Timestamp {
    static func text(_ date: Date, _ zone: TimeZone) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let off = zone.secondsFromGMT(for: date)
        func two(_ v: Int?) -> String { String(format: "%02d", v ?? 0) }
        let sign = off < 0 ? "-" : "+"
        return "\(c.year ?? 1970)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
            + "\(sign)\(two(abs(off) / 3600)):\(two(abs(off) % 3600 / 60))"
    }
}
