import Foundation
import Testing
import ZoneBriefLayout
@testable import ZoneBriefPDF

/// A chart painted to PNG by the brief's own layout engine and painter (the HTML mail's chart).
@Suite struct PictureTests {
    static let chart = BarChart(categories: ["肇庆高新区", "宝鸡高新区", "衢州智造新城"],
                                series: [ChartSeries(name: "到位资金", values: [157.6, 87.01, 54.41])],
                                unitCaption: "单位：亿元")

    @Test func aChartBecomesAnOpaquePNGOfItsOwnHeight() throws {
        let renderer = try PDFRenderer(fontsDirectory: fontsDirectory)
        let png = try renderer.picture(of: [.chart(Self.chart)], width: 320, scale: 2, textScale: 1.3, margin: 6)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let be = { (o: Int) in png[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be(16) == 664, "width: (320 + 2 × 6) pt × 2")
        let height = be(20)
        #expect(height > 100 && height < 600, "\(height) px: as tall as three bars, not a page")
        #expect(png[25] == 2, "colour type 2: RGB without alpha, white behind the chart in dark mode too")
        // The same chart gives the same bytes.
        #expect(try renderer.picture(of: [.chart(Self.chart)], width: 320, scale: 2, textScale: 1.3, margin: 6) == png)
    }

    @Test func moreBarsMakeATallerPicture() throws {
        let renderer = try PDFRenderer(fontsDirectory: fontsDirectory)
        var long = Self.chart
        long.categories += (1...9).map { "园区\($0)" }
        long.series[0].values += (1...9).map { Double($0) }
        let be = { (p: [UInt8], o: Int) in p[o..<o + 4].reduce(0) { $0 << 8 | Int($1) } }
        let short = try renderer.picture(of: [.chart(Self.chart)], width: 320)
        let tall = try renderer.picture(of: [.chart(long)], width: 320)
        #expect(be(tall, 20) > be(short, 20) * 2)
    }
}
