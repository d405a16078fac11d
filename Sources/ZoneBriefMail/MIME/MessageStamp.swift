import Foundation

/// What makes each message unique: its date, Message-ID and MIME boundary. Production takes
/// ``fresh(domain:)``; tests pass fixed values so the rendered message is stable.
public struct MessageStamp: Sendable, Equatable {
    public var date: Date
    /// The zone the Date header is written in (the sender's local time by default).
    public var timeZone: TimeZone
    /// Without angle brackets: `20261122215621.3f9a…@gov.cn`.
    public var messageID: String
    /// The multipart boundary; never occurs in base64 text because it holds `=` and `_`.
    public var boundary: String

    public init(date: Date, timeZone: TimeZone, messageID: String, boundary: String) {
        self.date = date
        self.timeZone = timeZone
        self.messageID = messageID
        self.boundary = boundary
    }

    /// Now, the local time zone, a random Message-ID at `domain` and a random boundary.
    public static func fresh(domain: String, now: Date = Date(), timeZone: TimeZone = .current) -> MessageStamp {
        var rng = SystemRandomNumberGenerator()
        func hex(_ n: Int) -> String { (0..<n).map { _ in String(rng.next() % 16, radix: 16) }.joined() }
        let digits = rfc5322Components(now, timeZone)
        let stamp = String(format: "%04d%02d%02d%02d%02d%02d", digits.year, digits.month, digits.day,
                           digits.hour, digits.minute, digits.second)
        return MessageStamp(date: now, timeZone: timeZone, messageID: "\(stamp).\(hex(16))@\(domain)",
                            boundary: "=_zonebrief_\(hex(24))")
    }

    /// The Date header's value, RFC 5322 §3.3: `Sun, 22 Nov 2026 21:56:21 +0800`.
    public var rfc5322Date: String {
        let c = Self.rfc5322Components(date, timeZone)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let offset = timeZone.secondsFromGMT(for: date) / 60
        let sign = offset < 0 ? "-" : "+"
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d %@%02d%02d",
                      days[c.weekday - 1], c.day, months[c.month - 1], c.year, c.hour, c.minute, c.second,
                      sign, abs(offset) / 60, abs(offset) % 60)
    }

    static func rfc5322Components(_ date: Date, _ zone: TimeZone)
        -> (year: Int, month: Int, day: Int, weekday: Int, hour: Int, minute: Int, second: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: date)
        return (c.year!, c.month!, c.day!, c.weekday!, c.hour!, c.minute!, c.second!)
    }
}
