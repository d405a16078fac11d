import Testing
import ZoneBriefCore
import ZoneBriefLayout
@testable import ZoneBriefCompose
import ZoneBriefMetrics

/// The HTML mail (issue 14) is read from the composed document: what it shows is what the PDF
/// prints, and it is HTML that mail readers render (inline styles, tables, nothing remote).
struct MailHTMLTests {
    func document(_ options: MetricsOptions = MetricsOptions(), title: String? = nil) throws -> Document {
        let report = Aggregator.aggregate(try BriefComposerTests.seeds(), options: options).value
        return BriefComposer.compose(report, options: BriefOptions(title: title))
    }

    @Test func theDigestIsTheSummaryPageOfTheDocument() throws {
        let d = MailDigest(try document())
        #expect(d.title == "高新区发展动态简报")
        #expect(d.period == "截至2023年6月")
        #expect(d.coverFacts.map(\.label) == ["数据截至", "覆盖园区"])
        #expect(d.cards.map { $0.value + $0.unit } == ["157.6亿元", "+232%", "51个"])
        #expect(d.sentences.count >= 3)
        #expect(d.sentences[0].hasPrefix("投资规模方面，宝鸡高新区2023年上半年到位资金157.6亿元"))
        #expect(d.zoneColumns == ["园区", "代表性指标"])
        #expect(d.zoneRows.count == 8)
        #expect(d.zoneRows.allSatisfy { $0.count == 2 })
        // in the brief's order: by province (江苏 before 广东), then by name
        #expect(d.zoneRows[0][0].text == "南京高新区(江宁园)")
        #expect(d.notes.contains { $0.contains("附录“数据来源”") })
        // The first chart of the comparison.
        #expect(d.chart?.title == "地区生产总值")
        #expect(d.chart?.chart.categories.count == 2)
    }

    @Test func aOneZoneBriefShowsItsGrowthChart() throws {
        let d = MailDigest(try document(MetricsOptions(zones: ["肇庆"])))
        #expect(d.zoneRows.count == 1)
        #expect(d.chart?.title == "肇庆高新区 · 增速")
        #expect(d.chart?.chart.series.first?.name == "同比")
    }

    @Test func sideBySideShowsItsFirstChart() throws {
        let d = MailDigest(try document(MetricsOptions(zones: ["宝鸡", "肇庆"])))
        #expect(d.chart != nil)
        #expect(d.chart?.chart.series.count == 2)
    }

    @Test func thePageIsMailSafe() throws {
        let page = MailHTML.page(MailDigest(try document()), chartImage: "data:image/png;base64,AAAA", attachmentName: "seeds.pdf")
        let lower = page.lowercased()
        for banned in ["<script", "<style", "<link", "@import", "http:", "https:", "<a ", "href=", "javascript:", "url(", "class=", "<iframe", "<form"] {
            #expect(!lower.contains(banned), "the mail page contains \(banned)")
        }
        #expect(page.contains("max-width:640px"))
        #expect(page.contains("<meta name=\"color-scheme\" content=\"light\">"))
        #expect(page.contains("'Noto Sans CJK SC'") && page.contains("sans-serif"))
        #expect(page.contains("<img src=\"data:image/png;base64,AAAA\""))
        #expect(page.contains("完整简报见附件《seeds.pdf》（PDF）"))
        #expect(page.contains("原文出处（文件、行号和原句）见 PDF 附录“数据来源”"))
        // Every fixed width fits a 375 px phone: only the outer 640 and the chart's own width attribute are larger.
        let widths = page.matches(of: /width:(\d+)px/).map { Int($0.1)! }
        #expect(widths.allSatisfy { $0 <= 360 || $0 == 640 || $0 == MailHTML.chartMaxWidth }, "\(widths)")
        #expect(page.contains("max-width:\(MailHTML.chartMaxWidth)px") && page.contains("width:100%"))
    }

    @Test func everyTextIsEscaped() throws {
        let page = MailHTML.page(MailDigest(try document(title: "<script>alert('x')</script> & \"简报\"")),
                                 chartImage: nil, attachmentName: "a<b>.pdf")
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;简报&quot;"))
        #expect(page.contains("《a&lt;b&gt;.pdf》"))
        #expect(!page.contains("<img"), "no chart image without a picture")
        #expect(MailHTML.escape("a&b<c>\"d'") == "a&amp;b&lt;c&gt;&quot;d&#39;")
    }
}
