import COpenCC

/// Traditional → simplified characters, for matching only: the extractor reads a page in
/// traditional script (高新區, 億元, 規模以上工業總產值) with the same lexicon as a simplified one,
/// while quotes keep the characters the page wrote and line numbers stay as they are.
///
/// The table is OpenCC's own (`t2s.json`, Debian's libopencc-data): every CJK character is sent
/// through the converter once, the first time a page is read, and the characters it changes are
/// kept as a one-to-one table. Phrase conversions that change a word's length are not used: a
/// Taiwan-style word (專案 for 项目) is a `normalize` line of the lexicon instead.
public enum TraditionalScript {
    /// First and last scalar of the table (CJK Extension A and the Unified Ideographs, then the
    /// compatibility ideographs, which OpenCC also maps).
    static let lower: UInt32 = 0x3400
    static let upper: UInt32 = 0xFAFF

    /// The table, or why there is none (OpenCC's configuration missing): then pages in traditional
    /// script are read as they are, and the extractor says so once.
    public static let table: Result<[Unicode.Scalar?], TraditionalScriptError> = build()

    /// The simplified form of `u`, or `u` when OpenCC leaves it (or has no table).
    @inline(__always) public static func simplified(_ u: Unicode.Scalar) -> Unicode.Scalar {
        let v = u.value
        guard v >= lower && v <= upper, case .success(let t) = table, let s = t[Int(v - lower)] else { return u }
        return s
    }

    /// Whether OpenCC could be loaded.
    public static var isAvailable: Bool { if case .success = table { return true } else { return false } }

    private static func build() -> Result<[Unicode.Scalar?], TraditionalScriptError> {
        // the corresponding C function is opencc_open; (opencc_t)-1 means failure
        guard let od = opencc_open("t2s.json"), od != UnsafeMutableRawPointer(bitPattern: -1) else {
            return .failure(TraditionalScriptError(message: "OpenCC's t2s.json cannot be opened (\(String(cString: opencc_error()))); install libopencc-data"))
        }
        defer { _ = opencc_close(od) }
        var input = ""
        input.unicodeScalars.reserveCapacity(Int(upper - lower) * 2)
        var order: [UInt32] = []
        for v in lower...upper {
            guard let u = Unicode.Scalar(v), u.properties.isIdeographic else { continue }
            input.unicodeScalars.append(u)
            input.unicodeScalars.append("\n")
            order.append(v)
        }
        let length = input.utf8.count
        guard let out = input.withCString({ opencc_convert_utf8(od, $0, length) }) else {
            return .failure(TraditionalScriptError(message: "OpenCC failed: \(String(cString: opencc_error()))"))
        }
        defer { opencc_convert_utf8_free(out) }
        let lines = String(cString: out).split(separator: "\n", omittingEmptySubsequences: false)
        var table = [Unicode.Scalar?](repeating: nil, count: Int(upper - lower) + 1)
        guard lines.count >= order.count else {
            return .failure(TraditionalScriptError(message: "OpenCC returned \(lines.count) lines for \(order.count) characters"))
        }
        for (v, line) in zip(order, lines) {
            let scalars = line.unicodeScalars
            guard scalars.count == 1, let s = scalars.first, s.value != v else { continue }
            table[Int(v - lower)] = s
        }
        return .success(table)
    }
}

public struct TraditionalScriptError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
