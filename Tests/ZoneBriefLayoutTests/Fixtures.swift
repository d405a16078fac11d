@testable import ZoneBriefLayout

/// Small documents for the pagination tests.
enum Fixtures {
    static let metadata = Metadata(title: "测试简报", creationDate: "2024-10-01T09:00:00+08:00")

    static func document(_ blocks: [Block]) -> Document {
        Document(metadata: metadata, header: "测试简报", footerTemplate: "第 {page} 页 / 共 {pages} 页", blocks: blocks, continuedMark: "（续）")
    }

    /// `n` characters of Chinese text with punctuation every few characters.
    static func chinese(_ n: Int, seed: Int = 0) -> String {
        let base = Array("园区实现地区生产总值同比增长高技术制造业占比新一代信息技术产业产值突破规模以上工业增加值")
        var s = ""
        for k in 0..<n {
            s.append(base[(k * 7 + seed) % base.count])
            if k % 13 == 12 { s.append("，") }
            if k % 29 == 28 { s.append("。") }
        }
        return s
    }

    static func table(rows: Int) -> Table {
        Table(columns: [TableColumn("排名", alignment: .trailing), TableColumn("园区", weight: 2),
                        TableColumn("总值", alignment: .trailing)],
              rows: (1...rows).map { [TableCell("\($0)"), TableCell("第\($0)园区"), TableCell("\($0 * 11).5")] },
              caption: "表1　主要指标")
    }

    static func layout(_ blocks: [Block], measurer: FixedAdvanceMeasurer = FixedAdvanceMeasurer()) -> LayoutResult {
        LayoutEngine(measurer: measurer).layout(document(blocks))
    }
}

extension Page {
    /// The texts on the page, in order (header and footer included).
    var texts: [String] {
        items.compactMap { if case .text(let t) = $0 { return t.shape.text(of: t.lines) } else { return nil } }
    }
}
