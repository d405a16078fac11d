import ZoneBriefLayout

/// The index of zones at the back, when the zones are grouped by province (past a page of
/// them): every zone by the pinyin of its name, under its initial letter, with its province and
/// the page of its section; names of no known place last, under 其他.
enum IndexSection {
    static func blocks(_ ctx: BriefContext) -> [Block] {
        guard ctx.order.isGrouped else { return [] }
        var groups: [IndexGroup] = []
        for e in ctx.order.byPinyin {
            let label = e.initial == "#" ? "其他" : e.initial
            let entry = IndexEntry(text: e.zone.zone, detail: e.provinceShort ?? "", anchor: ctx.anchor(zone: e.zone.zone))
            if groups.last?.label == label {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append(IndexGroup(label: label, entries: [entry]))
            }
        }
        return [.index(PageIndex(title: "园区索引", anchor: "zone-index", groups: groups, columns: 3))]
    }
}
