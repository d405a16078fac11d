import ZoneBriefMetrics

/// The order the zones' sections, the zones at a glance and the coverage matrix follow, and how
/// they are grouped. The rule (README, "Order of the zones"):
///
/// - `--zones A,B`: the user's order, never grouped.
/// - `.region` (the default): by province in the order of GB/T 2260 (北京, 天津, 河北 … 新疆), then
///   by the zone's name in pinyin, syllable by syllable; zones in no known province (`其他地区`)
///   come last, by their characters. Above `groupAbove` zones the zones are grouped under their
///   province: a heading per province, nested bookmarks, the contents listing provinces rather
///   than zones, group rows in tables, and an index of zones by pinyin at the back.
/// - `.input`: the order of first appearance in the sources, never grouped.
///
///     let order = ZoneOrder(zones: report.zones, rule: .region, userOrder: false)
///     order.groups.map(\.title)     // ["北京市", "四川省", "其他地区"]
public enum ZoneOrdering: String, Sendable, CaseIterable {
    case region, input
}

struct ZoneOrder {
    /// More zones than this are grouped by province (a page of zone names).
    static let groupAbove = 12
    /// The group of zones in no known province.
    static let otherRegion = "其他地区"

    struct Entry {
        var zone: ZoneMetrics
        /// The province's full name (`四川省`), nil when the name starts with no known place.
        var province: String?
        /// The short name (`四川`) for narrow columns.
        var provinceShort: String?
        /// The name in pinyin as far as it is known (`cheng du` + the rest of the name's characters).
        var sortKey: [UInt32]
        /// The index's letter (`C`), `#` for a name of no known place.
        var initial: String
    }

    struct Group {
        var title: String
        var entries: [Entry]
    }

    /// In section order.
    let entries: [Entry]
    /// One group per province (in order), or one untitled group holding every zone.
    let groups: [Group]
    let isGrouped: Bool

    init(zones: [ZoneMetrics], rule: ZoneOrdering, userOrder: Bool) {
        var entries = zones.map(Self.entry)
        let byRegion = rule == .region && !userOrder
        if byRegion {
            entries.sort { a, b in
                let pa = a.province.flatMap(Self.provinceRank) ?? Int.max, pb = b.province.flatMap(Self.provinceRank) ?? Int.max
                if pa != pb { return pa < pb }
                return a.sortKey.lexicographicallyPrecedes(b.sortKey)
            }
        }
        self.entries = entries
        isGrouped = byRegion && zones.count > Self.groupAbove
        if isGrouped {
            groups = Self.runs(entries, by: { $0.province ?? Self.otherRegion }).map { Group(title: $0.key, entries: $0.items) }
        } else {
            groups = [Group(title: "", entries: entries)]
        }
    }

    var zones: [ZoneMetrics] { entries.map(\.zone) }

    /// Every zone by pinyin (then by characters), for the index.
    var byPinyin: [Entry] {
        entries.sorted { a, b in
            if (a.initial == "#") != (b.initial == "#") { return b.initial == "#" }
            return a.sortKey.lexicographicallyPrecedes(b.sortKey)
        }
    }

    /// `items` cut into runs of consecutive items with the same key, in order.
    static func runs<T>(_ items: [T], by key: (T) -> String) -> [(key: String, items: [T])] {
        var out: [(key: String, items: [T])] = []
        for item in items {
            let k = key(item)
            if out.last?.key == k { out[out.count - 1].items.append(item) } else { out.append((k, [item])) }
        }
        return out
    }

    // MARK: places

    private static let provinceRanks: [String: Int] = {
        var ranks: [String: Int] = [:]
        for (k, p) in RegionTable.provinces.enumerated() { ranks[p.name] = k }
        return ranks
    }()

    private static func provinceRank(_ name: String) -> Int? { provinceRanks[name] }

    /// Place (`成都`) → (pinyin, province full name, short name).
    private static let places: [String: (pinyin: String, province: String, short: String)] = {
        let full = Dictionary(RegionTable.provinces.map { ($0.short, $0.name) }, uniquingKeysWith: { a, _ in a })
        var places: [String: (String, String, String)] = [:]
        for line in RegionTable.places.split(separator: "\n") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 3, let name = full[f[2]] else { continue }
            places[f[0]] = (f[1], name, f[2])
        }
        return places
    }()

    private static let longestPlace = places.keys.map(\.count).max() ?? 0

    /// The known place a name starts with, the longest one (`齐齐哈尔` before `齐齐`).
    static func place(of name: String) -> (name: String, pinyin: String, province: String, short: String)? {
        let chars = Array(name)
        for n in stride(from: min(longestPlace, chars.count), through: 2, by: -1) {
            let prefix = String(chars[0..<n])
            if let p = places[prefix] { return (prefix, p.pinyin, p.province, p.short) }
        }
        return nil
    }

    private static func entry(_ z: ZoneMetrics) -> Entry {
        guard let p = place(of: z.zone) else {
            return Entry(zone: z, province: nil, provinceShort: nil, sortKey: z.zone.unicodeScalars.map(\.value), initial: "#")
        }
        // The pinyin of the place, a separator below every letter, then the rest of the name.
        let rest = z.zone.dropFirst(p.name.count)
        let key = p.pinyin.unicodeScalars.map(\.value) + [1] + rest.unicodeScalars.map(\.value)
        return Entry(
            zone: z, province: p.province, provinceShort: p.short, sortKey: key,
            initial: String(p.pinyin.prefix(1)).uppercased())
    }
}
