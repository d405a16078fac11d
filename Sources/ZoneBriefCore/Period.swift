/// A calendar month, `YYYY-MM` in text form.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int

    public init(_ year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses `2023-06`; nil for anything else (month 1...12, year 1900...2200).
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              let y = Int(parts[0]), let m = Int(parts[1]),
              (1900...2200).contains(y), (1...12).contains(m) else { return nil }
        self.init(y, m)
    }

    /// Months since year 0, for arithmetic and ordering.
    public var ordinal: Int { year * 12 + (month - 1) }

    public var description: String {
        let y = String(year)
        return month < 10 ? "\(y)-0\(month)" : "\(y)-\(month)"
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.ordinal < b.ordinal }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let v = YearMonth(text: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM: \(s)"))
        }
        self = v
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// The months a figure covers, inclusive. `start == nil` is a stock figure at the date `end`
/// (截至6月底). A fact whose text gives no time at all has no `Period` (nil).
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: YearMonth?
    public var end: YearMonth

    public init(start: YearMonth?, end: YearMonth) {
        self.start = start
        self.end = end
    }

    /// A whole calendar year, 01..12.
    public static func year(_ y: Int) -> Period { Period(start: YearMonth(y, 1), end: YearMonth(y, 12)) }

    /// Months y-from .. y-to of one year.
    public static func months(_ y: Int, _ from: Int, _ to: Int) -> Period {
        Period(start: YearMonth(y, from), end: YearMonth(y, to))
    }

    /// Number of months covered, nil for a stock figure.
    public var monthCount: Int? { start.map { end.ordinal - $0.ordinal + 1 } }

    public var isStock: Bool { start == nil }

    /// `2023-01..2023-06`, or `..2023-06` for a stock figure.
    public var description: String { "\(start?.description ?? "")..\(end)" }
}
