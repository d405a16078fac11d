import Foundation
import Testing
import ZoneBriefCore
@testable import ZoneBriefExtract

/// Random text built from the pieces the recognizers care about (digits, 万/亿, units, months,
/// zone suffixes, markers, punctuation): whatever comes, no crash, and every fact is well formed.
@Suite struct FuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["1", "2", "0", ".", "..", ",", "，", "。", "；", "、", "-", "—", "至", "年", "月", "底", "日",
                         "万", "亿", "亿亿", "元", "美元", "个", "家", "项", "户", "%", "％", "个百分点", "倍", "百分之",
                         "一", "二", "十", "百", "千", "两", "零", "余", "多", "约", "近", "超", "以上", "同比", "增长", "下降",
                         "高新区", "国家", "市", "区", "青岛", "宝鸡", "有限公司", "其中", "项目", "签约", "总投资", "年度计划投资",
                         "地区生产总值", "GDP", "产业", "产值", "计划", "预计", "力争", "截至", "今年", "去年", "上半年", "前",
                         "（", "）", "(", ")", "“", "”", " ", "\n", "# ", "本报讯", "占", "任务", "的", "新增", "经营主体",
                         "\u{FEFF}", "\u{3000}", "Ｏ", "廿", "点", "第", "拟", "模拟", "投产后", "各", "经开区", "\t", "\r\n"]

    @Test func randomTextNeverCrashes() throws {
        let extractor = try FactExtractor()
        var rng = SplitMix(state: 20_231_122)
        var facts = 0
        for round in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 5...160, using: &rng) { text += Self.pieces.randomElement(using: &rng)! }
            let r = extractor.extract(text: text, file: "fuzz-\(round)")
            for f in r.value.facts {
                facts += 1
                #expect(f.value.isFinite, "round \(round): \(text)")
                #expect(f.metric.accepts(f.unit), "round \(round): \(text)")
                #expect(!f.metric.requiresLabel || f.label != nil, "round \(round): \(text)")
                #expect(f.source.line >= 1, "round \(round): \(text)")
                if let p = f.period, let s = p.start { #expect(s <= p.end, "round \(round): \(text)") }
            }
            for d in r.diagnostics { #expect(d.line.map { $0 >= 1 } ?? true) }
        }
        #expect(facts > 0, "the generator produces figures too")
    }

    @Test func randomBytesNeverCrash() throws {
        let extractor = try FactExtractor()
        var rng = SplitMix(state: 7)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = [UInt8](try Data(contentsOf: PackagePaths.seeds.appendingPathComponent("004_c295e5d11954351f.txt")))
        for round in 0..<60 {
            // a seed page with random bytes written over random places
            var bytes = seed
            for _ in 0..<Int.random(in: 1...200, using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 1...255, using: &rng)
            }
            if round % 3 == 0 { bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng))) }
            let url = dir.appendingPathComponent("f\(round).txt")
            try Data(bytes).write(to: url)
            let r = extractor.extract(fileAt: url, name: "f\(round).txt")
            #expect(r.value.facts.allSatisfy { $0.value.isFinite && $0.metric.accepts($0.unit) })
        }
    }
}
