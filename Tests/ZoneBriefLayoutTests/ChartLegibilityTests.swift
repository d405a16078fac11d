import Testing
@testable import ZoneBriefLayout

/// What a reader sees of a chart: no gridline through a label, unranked bars told apart from ranked
/// ones without colour, no note past the body's right edge.
@Suite struct ChartLegibilityTests {
    private static let theme = Theme.standard
    private static var right: Double { theme.marginLeft + theme.contentWidth }

    private static func boxes(_ items: [FrameItem]) -> [(index: Int, text: String, box: Rect)] {
        items.enumerated().compactMap { k, item in
            guard case .text(let t) = item else { return nil }
            return (k, t.shape.text(of: t.lines), Rect(x: t.origin.x, y: t.origin.y, width: t.shape.width, height: t.height))
        }
    }

    private static func crosses(_ l: LineItem, _ b: Rect) -> Bool {
        let minX = min(l.from.x, l.to.x), maxX = max(l.from.x, l.to.x)
        let minY = min(l.from.y, l.to.y), maxY = max(l.from.y, l.to.y)
        return maxX > b.x + 0.5 && minX < b.maxX - 0.5 && maxY > b.y + 0.5 && minY < b.maxY - 0.5
    }

    /// Charts with labels and notes that gridlines would otherwise cross.
    static let charts: [BarChart] = [
        BarChart(categories: ["宝鸡高新区", "兰州高新区", "南宁高新区"],
                 series: [ChartSeries(name: "重点项目总投资", values: [855, 1639, 6.16],
                                      labels: ["855", "1639  +7.7%（预计）", "6.16"])],
                 notes: [nil, "2021年全年", "时间未注明"], unitCaption: "单位：亿元",
                 secondary: [false, true, true], primaryLegend: "2023年", secondaryLegend: "统计期不同，仅列示"),
        BarChart(categories: ["地区生产总值", "规上工业总产值"],
                 series: [ChartSeries(name: "甲园区", values: [350.4, -12]), ChartSeries(name: "乙园区", values: [108.8, 40])],
                 notes: ["统计期不同，不宜直接比较，甲园区为2021年全年数据而乙园区为2023年上半年数据", nil], unitCaption: "单位：亿元"),
        BarChart(orientation: .vertical, categories: ["一季度", "二季度", "三季度"],
                 series: [ChartSeries(name: "产值", values: [120, 95, 98.5])], unitCaption: "单位：亿元",
                 secondary: [false, false, true]),
    ]

    @Test(arguments: charts.indices)
    func noGridlineCrossesALabelUncovered(index: Int) {
        let page = Fixtures.layout([.chart(Self.charts[index])]).pages[0]
        let items = page.items
        for (i, text, box) in Self.boxes(items) where box.y > 60 && box.y < 770 {
            for (j, item) in items.enumerated() where j < i {
                guard case .line(let l) = item, Self.crosses(l, box) else { continue }
                // A white background drawn after the line and before the text hides it.
                let covered = items[(j + 1)..<i].contains { item in
                    guard case .rect(let r) = item, r.fill == Color.white else { return false }
                    return r.rect.x <= box.x + 0.01 && r.rect.maxX >= box.maxX - 0.01
                        && r.rect.y <= box.y + 0.01 && r.rect.maxY >= box.maxY - 0.01
                }
                #expect(covered, "a line drawn before “\(text)” crosses it uncovered")
            }
            #expect(box.maxX <= Self.right + 0.5, "text at \(box) passes the body's right edge \(Self.right)")
        }
    }

    @Test func unrankedBarsAreHatchedOutlinedAndInTheLegend() {
        let page = Fixtures.layout([.chart(Self.charts[0])]).pages[0]
        let solid = page.items.compactMap { item -> RectItem? in
            if case .rect(let r) = item, r.fill == Self.theme.palette[0], r.stroke == nil { return r } else { return nil }
        }
        let outlined = page.items.compactMap { item -> RectItem? in
            if case .rect(let r) = item, r.stroke == Self.theme.palette[0] { return r } else { return nil }
        }
        // One ranked bar and the legend's solid swatch; two unranked bars and the hatched swatch.
        #expect(solid.count == 2)
        #expect(outlined.count == 3)
        // Their fills differ in grayscale, not only in hue.
        let light = page.items.compactMap { item -> Color? in
            if case .rect(let r) = item, r.stroke == nil, let f = r.fill, f != .white, f != Self.theme.palette[0] { return f }
            return nil
        }
        #expect(!light.isEmpty)
        for f in light { #expect(f.luminance - Self.theme.palette[0].luminance > 0.4) }
        // Hatch lines stay inside their bar.
        for bar in outlined {
            let hatch = page.items.compactMap { item -> LineItem? in
                guard case .line(let l) = item, l.from.x != l.to.x, l.from.y != l.to.y else { return nil }
                let mid = Point((l.from.x + l.to.x) / 2, (l.from.y + l.to.y) / 2)
                return mid.x >= bar.rect.x && mid.x <= bar.rect.maxX && mid.y >= bar.rect.y && mid.y <= bar.rect.maxY ? l : nil
            }
            #expect(!hatch.isEmpty)
            for l in hatch {
                for p in [l.from, l.to] {
                    #expect(p.x >= bar.rect.x - 0.01 && p.x <= bar.rect.maxX + 0.01 && p.y >= bar.rect.y - 0.01
                            && p.y <= bar.rect.maxY + 0.01)
                }
            }
        }
        #expect(page.texts.contains("2023年"))
        #expect(page.texts.contains("统计期不同，仅列示"))
    }

    /// In grouped bars one zone's estimate is hatched alone, and the legend says what hatching means.
    @Test func oneBarOfAGroupCanBeHatched() {
        let chart = BarChart(categories: ["规上工业总产值", "地区生产总值"],
                             series: [ChartSeries(name: "甲园区", values: [540, 108.8], labels: ["预计540", "108.8"], secondary: [true, false]),
                                      ChartSeries(name: "乙园区", values: [791.9, 300])],
                             unitCaption: "单位：亿元", secondaryLegend: "预计数")
        let page = Fixtures.layout([.chart(chart)]).pages[0]
        let outlined = page.items.compactMap { item -> RectItem? in
            if case .rect(let r) = item, r.stroke != nil { return r } else { return nil }
        }
        // The one estimate bar and the legend's hatched swatch.
        #expect(outlined.count == 2)
        #expect(outlined.allSatisfy { $0.stroke == Self.theme.palette[0] })
        #expect(page.texts.contains("预计数"))
    }

    @Test func chartWithoutSecondaryBarsHasNoSecondaryLegend() {
        let chart = BarChart(categories: ["甲", "乙"], series: [ChartSeries(name: "值", values: [1, 2])],
                             secondary: [false, false], primaryLegend: "2023年", secondaryLegend: "仅列示")
        let page = Fixtures.layout([.chart(chart)]).pages[0]
        #expect(!page.texts.contains("仅列示"))
        #expect(!page.texts.contains("2023年"))
    }

    @Test func longNoteOnALongBarWrapsOrDropsBelowInsideTheBody() {
        let note = "统计期不同，本项为二〇二一年全年数据，仅列示，不参与排名，亦不宜与其他园区直接比较"
        let chart = BarChart(categories: ["甲园区", "乙园区"],
                             series: [ChartSeries(name: "值", values: [100, 98], labels: ["100", "98  +12.5%（预计）"])],
                             notes: [nil, note])
        let page = Fixtures.layout([.chart(chart)]).pages[0]
        let noteBoxes = Self.boxes(page.items).filter { note.hasPrefix($0.text) || $0.text.count > 6 && note.contains($0.text) }
        #expect(!noteBoxes.isEmpty, "\(page.texts)")
        for b in noteBoxes { #expect(b.box.maxX <= Self.right + 0.5) }
    }
}
