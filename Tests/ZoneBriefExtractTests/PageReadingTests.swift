import Foundation
import Testing
@testable import ZoneBriefExtract

/// How the seed pages are read into articles and paragraphs (headings, bylines, captions
/// skipped, lines broken by columns joined), compared with recorded dumps in
/// Specs/snapshots/. Re-record with RECORD_SNAPSHOTS=1 after checking the change by eye.
@Suite struct PageReadingTests {
    static let files = ["000_e9e3e1144b29cda2.txt", "001_f6b386ca65b023a5.txt", "002_afa5e1f9941b0bd9.txt",
                        "003_1dc288bdf4f1c683.txt", "004_c295e5d11954351f.txt"]

    @Test(arguments: files)
    func seedPageDump(_ name: String) throws {
        let extractor = try FactExtractor()
        let text = try String(contentsOf: PackagePaths.seeds.appendingPathComponent(name), encoding: .utf8)
        let dump = extractor.dumpArticles(text: text)
        // the snapshot lives in the source tree, so recording writes there
        let source = PackagePaths.root.appendingPathComponent("Tests/ZoneBriefExtractTests/Specs/snapshots/\(name).articles")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
            try dump.write(to: source, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: source, encoding: .utf8)
        #expect(dump == recorded)
    }

    @Test func columnBreaksAreJoined() throws {
        let extractor = try FactExtractor()
        let text = "# 宝鸡高新区：招商引资\n\n本报讯 今年上半年,宝\n\n图片来源:宝鸡高新区\n\n鸡高新区组织签约项目24个。\n"
        #expect(extractor.dumpArticles(text: text) == """
        article 1 zone=宝鸡高新区 year=-
          heading#1 L1 宝鸡高新区：招商引资
          body L3-7 本报讯 今年上半年,宝鸡高新区组织签约项目24个。

        """)
    }

    @Test func listItemsAreText() throws {
        let extractor = try FactExtractor()
        let text = "## 宝鸡高新区上半年主要指标\n\n- 到位资金157.6亿元\n- 签约项目24个\n1. 外商直接投资1590万美元\n"
        #expect(extractor.dumpArticles(text: text) == """
        article 1 zone=宝鸡高新区 year=-
          heading#2 L1 宝鸡高新区上半年主要指标
          body L3 到位资金157.6亿元
          body L4 签约项目24个
          body L5 外商直接投资1590万美元

        """)
        let facts = extractor.extract(text: text, file: "list.md").value.facts
        #expect(facts.map(\.metric) == [.funds_in_place, .projects_signed, .fdi])
        #expect(facts.allSatisfy { $0.zone == "宝鸡高新区" })
    }
}
