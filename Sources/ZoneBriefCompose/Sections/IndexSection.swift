import ZoneBriefLayout

/// The index of zones at the back, when the zones are grouped by province (past a page of
/// them): every zone by the pinyin of its name, under its initial letter, with its province and
/// the page of its section; names of no known place last, under 其他.
enum IndexSection {
    static func blocks(_ ctx: BriefContext) -> [Block] {
        guard ctx.order.isGrouped else { return [] }
        let groups = ZoneOrder.runs(ctx.order.byPinyin, by: { $0.initial == "#" ? "其他" : $0.initial }).map { run in
            IndexGroup(
                label: run.key,
                entries: run.items.map { e in
                    IndexEntry(text: e.zone.zone, detail: e.provinceShort ?? "", anchor: ctx.anchor(zone: e.zone.zone))
                })
        }
        return [.index(PageIndex(title: "园区索引", anchor: "zone-index", groups: groups, columns: 3))]
    }
}
