import ZoneBriefLayout

/// A document with every kind of block, long enough to split a table and a chart across pages.
enum SampleDocument {
    static let title = "高新区经济运行对比简报"
    static let zones = ["苏州工业园区", "中关村科技园区海淀园", "肇庆高新技术产业开发区", "武汉东湖新技术开发区",
                        "深圳市高新技术产业园区", "西安高新区", "合肥高新区", "成都高新技术产业开发区"]
    /// The sentence tests search for in the PDF's text.
    static let sentence = "本季度园区整体经营保持稳健增长"

    static func make(extraText: String = "") -> Document {
        let rows: [[TableCell]] = (1...70).map { k in
            [TableCell("\(k)"), TableCell(zones[k % zones.count] + "（\(k)）", link: k == 1 ? "s2" : nil),
             TableCell("\(100 + k * 7).\(k % 10)"), TableCell(k % 9 == 0 ? "-1.2" : "\(k % 12).5")]
        }
        let blocks: [Block] = [
            .cover(Cover(title: title, subtitle: "2024年上半年 · 各园区主要指标分列如下",
                         facts: [("统计期", "2024年1—6月"), ("园区数", "8"), ("数据截至", "2024年7月31日")],
                         footnote: "ZoneBrief 自动生成")),
            .contents(Contents(title: "目录")),
            .heading(Heading(level: 1, text: "一、概述", anchor: "s1", pageBreakBefore: true)),
            .paragraph(Paragraph([TextRun(sentence + "，"), TextRun("地区生产总值", bold: true),
                                  TextRun("合计突破一千亿元（按可比价格计算），同比增长8.2%。详见"),
                                  TextRun("第二节", link: "s2"), TextRun("；增速最高的是"),
                                  TextRun("苏州工业园区", color: Color(hex: 0xC00000)), TextRun("。" + extraText)])),
            .cards(CardGrid([Card(label: "地区生产总值", value: "1,157.6", unit: "亿元", note: "同比增长 8.2%"),
                             Card(label: "高新技术企业", value: "1,205", unit: "家", note: "新增 105 家"),
                             Card(label: "研发投入强度", value: "3.5", unit: "%", note: "2021年全年", accent: Color(hex: 0xE0A030))])),
            .paragraph(Paragraph("注：部分园区未公布上半年数据，以最近一期数据代替。", style: .note)),
            .heading(Heading(level: 2, text: "（一）增速", anchor: "s1a")),
            .chart(BarChart(title: "图1　主要指标增速", categories: zones,
                            series: [ChartSeries(name: "2023年", values: [5.2, -3.1, 6.0, 7.7, 4.1, 9.9, 8.8, 2.0]),
                                     ChartSeries(name: "2024年", values: [6.8, 2.0, 4.4, -0.5, 5.5, 11.2, 9.1, nil])],
                            notes: [nil, nil, "2021年全年", nil, nil, nil, nil, nil], unitCaption: "单位：%")),
            .chart(BarChart(title: "图2　季度产值", orientation: .vertical, categories: ["一季度", "二季度", "三季度", "四季度"],
                            series: [ChartSeries(name: "产值", values: [120, 135.5, -15, 98])], unitCaption: "单位：亿元")),
            .heading(Heading(level: 1, text: "二、分园区指标", anchor: "s2", pageBreakBefore: true)),
            .paragraph(Paragraph("下表按地区生产总值排列，数字右对齐。", style: .quote)),
            .table(Table(columns: [TableColumn("排名", alignment: .trailing), TableColumn("园区", weight: 3),
                                   TableColumn("地区生产总值（亿元）", alignment: .trailing), TableColumn("增速（%）", alignment: .trailing)],
                         rows: rows, caption: "表1　分园区主要指标")),
            .rule,
            .heading(Heading(level: 2, text: "（二）排名", anchor: "s2a")),
            .chart(BarChart(title: "图3　地区生产总值排名", categories: (1...40).map { "第\($0)名 " + zones[$0 % zones.count] },
                            series: [ChartSeries(name: "地区生产总值", values: (1...40).map { 1200 - Double($0) * 25.5 })],
                            unitCaption: "单位：亿元")),
            .keepTogether([.heading(Heading(level: 1, text: "三、说明", anchor: "s3")),
                           .paragraph(Paragraph("数据来源于各园区管委会公开发布的统计公报。", style: .small))]),
        ]
        return Document(metadata: Metadata(title: title, subject: "高新区对比", author: "ZoneBrief 测试",
                                           keywords: ["高新区", "简报"], creationDate: "2024-10-01T09:00:00+08:00"),
                        header: title, footerTemplate: "第 {page} 页 / 共 {pages} 页", blocks: blocks,
                        continuedMark: "（续）")
    }
}
