/// What a chart shows, in a sentence, for readers who cannot see it (the figure's alternate
/// text in the tagged PDF).
enum ChartWords {
    /// `成都高新区地区生产总值最高，1253.6亿元；其后依次为绵阳高新区 512.3亿元、宝鸡高新区 98亿元；另列示（不参与排名）：…`
    static func ranking(measure: String, ranked: [(zone: String, value: String)], apart: [(zone: String, value: String)]) -> String {
        var s = ""
        if let top = ranked.first {
            s = "\(top.zone)\(measure)最高，\(top.value)"
            if ranked.count > 1 {
                s += "；其后依次为" + ranked.dropFirst().map { "\($0.zone) \($0.value)" }.joined(separator: "、")
            }
        } else {
            s = measure
        }
        if !apart.isEmpty {
            s += (ranked.isEmpty ? "：" : "；另列示（不参与排名）：") + apart.map { "\($0.zone) \($0.value)" }.joined(separator: "、")
        }
        return s + "。"
    }

    /// `宝鸡高新区各指标：地区生产总值 +12.6%、…。`
    static func list(_ subject: String, _ items: [(name: String, value: String)]) -> String {
        subject + "：" + items.map { "\($0.name) \($0.value)" }.joined(separator: "、") + "。"
    }

    /// Grouped bars: `地区生产总值——宝鸡高新区 157.6、肇庆高新区 325.6；…。`
    static func grouped(_ subject: String, categories: [String], series: [(name: String, values: [String?])]) -> String {
        let parts = categories.indices.map { k in
            categories[k] + "——" + series.compactMap { s in k < s.values.count ? s.values[k].map { "\(s.name) \($0)" } : nil }.joined(separator: "、")
        }
        return subject + "：" + parts.joined(separator: "；") + "。"
    }
}
