/// The PDF's creation date: `Metadata.creationDate` when it is ISO 8601, else
/// `SOURCE_DATE_EPOCH`, else the Unix epoch (with a warning), never the clock, so the same input
/// gives a byte-identical PDF.
enum CreationDate {
    struct Resolved: Equatable {
        var value: String
        var warning: String?
    }

    static func resolve(_ metadata: String, environment epoch: String?) -> Resolved {
        if isISO8601(metadata) { return Resolved(value: metadata) }
        let why = metadata.isEmpty ? "no creation date given" : "creation date “\(metadata)” is not ISO 8601 (2024-10-01T09:00:00+08:00)"
        if let e = epoch, let seconds = Int(e) {
            return Resolved(value: iso(fromEpoch: seconds), warning: "\(why); using SOURCE_DATE_EPOCH")
        }
        return Resolved(value: "1970-01-01T00:00:00Z", warning: "\(why); using 1970-01-01 so the output stays reproducible")
    }

    /// `YYYY-MM-DD`, optionally `THH:MM[:SS]` and `Z` or `±HH:MM`.
    static func isISO8601(_ s: String) -> Bool {
        let c = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= c.count && r.allSatisfy { (48...57).contains(c[$0]) } }
        guard digits(0..<4), c.count >= 10, c[4] == 45, digits(5..<7), c[7] == 45, digits(8..<10) else { return false }
        if c.count == 10 { return true }
        guard c[10] == 84, digits(11..<13), c.count >= 16, c[13] == 58, digits(14..<16) else { return false }
        var k = 16
        if k < c.count && c[k] == 58 { guard digits(k + 1..<k + 3) else { return false }; k += 3 }
        if k == c.count { return true }
        if c[k] == 90 { return k + 1 == c.count }
        guard c[k] == 43 || c[k] == 45, digits(k + 1..<k + 3), k + 6 == c.count, c[k + 3] == 58, digits(k + 4..<k + 6) else { return false }
        return true
    }

    /// `1700000000` → `2023-11-14T22:13:20Z` (proleptic Gregorian, days-from-civil inverse).
    static func iso(fromEpoch seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rem = seconds - days * 86400
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(rem / 3600)):\(two(rem % 3600 / 60)):\(two(rem % 60))Z"
    }
}
