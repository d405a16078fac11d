import ArgumentParser
import ZoneBriefLayout
import ZoneBriefPDF

/// Renders a synthetic document of N pages (a heading, a paragraph, a table and a bar chart on
/// each) and prints pages per second and peak memory. Figures are printed, never asserted.
struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a synthetic N-page document (text, a table and a chart per page); print pages/s and peak memory.")

    @Option(help: "Pages of content to generate.") var pages = 300
    @Option(help: "The fonts folder.") var fonts = "Fonts"
    @Option(help: "Where to write the PDF.") var output = "/tmp/zonebrief-bench-render.pdf"

    func validate() throws {
        guard pages > 0 else { throw ValidationError("--pages must be at least 1") }
    }

    func run() throws {
        let (renderer, setup) = try timed { try PDFRenderer(fontsDirectory: fonts) }
        let document = SyntheticDocument.make(pages: pages)
        let (report, seconds) = try timed { try renderer.render(document, to: output) }
        let rate = Double(report.pageCount) / seconds
        print("render: \(report.pageCount) pages in \(fmt(seconds)) s = \(fmt(rate, 0)) pages/s "
              + "(layout \(fmt(report.layoutSeconds)) s, paint \(fmt(report.paintSeconds)) s; font setup \(fmt(setup)) s); "
              + "peak memory \(fmt(peakMemoryMiB(), 1)) MiB; \(report.warnings.count) warnings; \(output)")
    }

    private func fmt(_ v: Double, _ decimals: Int = 3) -> String { formatNumber(v, decimals: decimals) }
}

/// A brief-like document: cover, contents, then per page a heading, a paragraph of mixed Chinese
/// and Latin text, an 8-row table and an 8-bar chart, each page's numbers different.
enum SyntheticDocument {
    static let zones = ["苏州工业园区", "中关村科技园区海淀园", "肇庆高新技术产业开发区", "武汉东湖新技术开发区",
                        "深圳市高新技术产业园区", "西安高新区", "合肥高新区", "成都高新技术产业开发区"]
    static let sentences = [
        "今年1—6月，园区实现地区生产总值{v}亿元，同比增长{g}%，增速高于全市平均水平。",
        "规模以上工业增加值增长{g}%，其中高技术制造业占比达到{p}%，新一代信息技术产业产值突破{v}亿元。",
        "（注：数据来源于园区管委会公开发布的统计公报，部分为快报数。）",
        "实际使用外资{v}亿美元，新增高新技术企业{n}家，R&D经费投入强度达{p}%。",
        "围绕“链长制”，园区引进重大项目{n}个，总投资{v}亿元；固定资产投资增长{g}%。",
    ]

    static func make(pages: Int) -> Document {
        var blocks: [Block] = [
            .cover(Cover(title: "高新区经济运行对比简报", subtitle: "合成基准文档",
                         facts: [("统计期", "2024年1—6月"), ("园区数", "\(pages)")], footnote: "ZoneBrief 基准")),
            .contents(Contents(title: "目录", maxLevel: 1)),
        ]
        var seed: UInt64 = 42
        func next() -> Double {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Double(seed >> 33) / Double(1 << 31)
        }
        for p in 1...pages {
            var text = ""
            for k in 0..<6 {
                text += sentences[(p + k) % sentences.count]
                    .replacing("{v}", with: formatNumber(50 + next() * 900, decimals: 1))
                    .replacing("{g}", with: formatNumber(next() * 15 - 2, decimals: 1))
                    .replacing("{p}", with: formatNumber(next() * 60, decimals: 1))
                    .replacing("{n}", with: "\(Int(next() * 200))")
            }
            // Names differ from page to page, so no text is measured once for all pages.
            let names = zones.enumerated().map { k, z in z + "\(p * 8 + k)号" }
            let values = names.map { _ in (next() * 1200 - 100) }
            let rows: [[TableCell]] = names.enumerated().map { k, z in
                [TableCell("\(k + 1)"), TableCell(z), TableCell(formatNumber(values[k], decimals: 1)),
                 TableCell(formatNumber(next() * 20 - 3, decimals: 1)), TableCell("2024年1—6月")]
            }
            blocks += [
                .heading(Heading(level: 1, text: "\(p)、第\(p)个园区的主要指标", anchor: "p\(p)", pageBreakBefore: true)),
                .paragraph(Paragraph(text)),
                .table(Table(columns: [TableColumn("排名", alignment: .trailing), TableColumn("园区", weight: 3),
                                       TableColumn("地区生产总值（亿元）", alignment: .trailing),
                                       TableColumn("增速（%）", alignment: .trailing), TableColumn("统计期")],
                             rows: rows, caption: "表\(p)　主要经济指标")),
                .chart(BarChart(title: "图\(p)　地区生产总值", categories: names,
                                series: [ChartSeries(name: "地区生产总值", values: values)], unitCaption: "单位：亿元")),
            ]
        }
        return Document(metadata: Metadata(title: "高新区经济运行对比简报（基准）", subject: "基准", author: "ZoneBrief",
                                           keywords: ["高新区", "基准"], creationDate: "2024-10-01T09:00:00+08:00"),
                        header: "高新区经济运行对比简报", footerTemplate: "第 {page} 页 / 共 {pages} 页", blocks: blocks,
                        continuedMark: "（续）")
    }
}
