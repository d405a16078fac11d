/// What tagged PDF needs that cairo 1.16 cannot write, as an incremental update appended to the
/// file it wrote (ISO 32000-1, 7.5.6): the catalog again with the document's language
/// (`/Lang (zh-CN)`), one Document element under the structure tree's root holding cairo's page
/// sections, each figure's structure element again with its alternate text (`/Alt`), each header
/// cell's with its scope (`/A << /O /Table /Scope /Column >>`). Readers take the newer objects;
/// no byte cairo wrote is changed.
///
/// Built from the bytes cairo writes while finishing the surface: the structure elements, the
/// catalog and the trailer are all among them. Returns nil when they cannot be found (the file
/// stays as cairo wrote it). Works on bytes (a font program among them is no text).
enum TaggedPDFUpdate {
    static func make(finishing bytes: [UInt8], fileLength: Int, language: String, figureAlts: [String]) -> [UInt8]? {
        guard let trailer = lastIndex(of: "trailer", in: bytes) else { return nil }
        guard let size = number(after: "/Size ", in: bytes, from: trailer), let root = number(after: "/Root ", in: bytes, from: trailer),
            let startxref = number(after: "startxref\n", in: bytes, from: trailer)
        else { return nil }
        let info = number(after: "/Info ", in: bytes, from: trailer)
        // Every dictionary object cairo wrote while finishing, by number (one pass).
        let objects = dictionaryObjects(in: bytes)
        func object(_ n: Int) -> String? { objects[n].map { String(decoding: bytes[$0], as: UTF8.self) } }
        guard let catalog = object(root) else { return nil }

        var updated: [Int: String] = [root: amended(catalog, with: "/Lang (\(language))")]
        // Structure elements in object-number order: the order cairo opened them in.
        let figure = Array("<< /Type /StructElem\n   /S /Figure\n".utf8), th = Array("<< /Type /StructElem\n   /S /TH\n".utf8)
        var figures: [Int] = []
        for (n, range) in objects {
            if bytes[range].starts(with: figure) { figures.append(n) }
            if bytes[range].starts(with: th) { updated[n] = amended(object(n)!, with: "/A << /O /Table /Scope /Column >>") }
        }
        figures.sort()
        if figures.count == figureAlts.count {
            for (n, alt) in zip(figures, figureAlts) where !alt.isEmpty {
                updated[n] = amended(object(n)!, with: "/Alt " + textString(alt))
            }
        }
        // One Document element under the root (a tagged PDF's root has one child).
        var newSize = size
        if let treeRef = number(after: "/StructTreeRoot ", in: Array(catalog.utf8), from: 0), let tree = object(treeRef),
            let k = tree.firstRange(of: "/K ["), let close = tree[k.upperBound...].firstIndex(of: "]")
        {
            let tokens = tree[k.upperBound..<close].split(whereSeparator: { $0 == " " || $0 == "\n" })
            let kids = stride(from: 0, to: tokens.count, by: 3).compactMap { Int(tokens[$0]) }
            let document = size
            newSize = size + 1
            updated[treeRef] = String(tree[..<k.lowerBound]) + "/K [ \(document) 0 R ]" + String(tree[tree.index(after: close)...])
            updated[document] =
                "<< /Type /StructElem\n   /S /Document\n   /P \(treeRef) 0 R\n   /K [ "
                + kids.map { "\($0) 0 R" }.joined(separator: " ") + " ]\n>>"
            for kid in kids {
                guard let dict = updated[kid] ?? object(kid) else { continue }
                updated[kid] = dict.replacing("/P \(treeRef) 0 R", with: "/P \(document) 0 R")
            }
        }

        var out = "\n"
        var offsets: [(Int, Int)] = []
        for (n, dict) in updated.sorted(by: { $0.key < $1.key }) {
            offsets.append((n, fileLength + out.utf8.count))
            out += "\(n) 0 obj\n\(dict)\nendobj\n"
        }
        let xref = fileLength + out.utf8.count
        out += "xref\n"
        for (n, offset) in offsets {
            let digits = String(offset)
            out += "\(n) 1\n" + String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        out +=
            "trailer\n<< /Size \(newSize)\n   /Root \(root) 0 R\n" + (info.map { "   /Info \($0) 0 R\n" } ?? "")
            + "   /Prev \(startxref)\n>>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    /// `N 0 obj\n<< … >>\nendobj` → N: the range of `<< … >>`, for every such object.
    static func dictionaryObjects(in bytes: [UInt8]) -> [Int: Range<Int>] {
        var out: [Int: Range<Int>] = [:]
        let head = Array(" 0 obj\n<<".utf8), tail = Array(">>\nendobj".utf8)
        var from = 0
        while let k = index(of: head, in: bytes, from: from) {
            from = k + head.count
            var s = k, n = 0, scale = 1
            while s > 0, bytes[s - 1] >= 48, bytes[s - 1] <= 57 {
                s -= 1
                n += Int(bytes[s] - 48) * scale
                scale *= 10
            }
            guard scale > 1, s == 0 || bytes[s - 1] == 0x0A, let end = index(of: tail, in: bytes, from: from) else { continue }
            out[n] = (k + head.count - 2)..<(end + 2)
            from = end + tail.count
        }
        return out
    }

    /// A dictionary `<< … >>` with `entry` added before its end.
    static func amended(_ dict: String, with entry: String) -> String {
        String(dict.dropLast(2)) + "   " + entry + "\n>>"
    }

    /// A PDF text string for any text: UTF-16BE with its byte-order mark, in hex.
    static func textString(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = "<FEFF"
        for u in s.utf16 {
            for shift in [12, 8, 4, 0] { out.append(hex[Int((u >> UInt16(shift)) & 0xF)]) }
        }
        return out + ">"
    }

    static func index(of pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var i = max(0, from)
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func lastIndex(of text: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(text.utf8)
        var i = bytes.count - pattern.count
        while i >= 0 {
            if bytes[i] == pattern[0] && Array(bytes[i..<i + pattern.count]) == pattern { return i }
            i -= 1
        }
        return nil
    }

    static func number(after key: String, in bytes: [UInt8], from: Int) -> Int? {
        guard let k = index(of: Array(key.utf8), in: bytes, from: from) else { return nil }
        var i = k + key.utf8.count, n = 0, digits = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
            n = n * 10 + Int(bytes[i] - 48)
            i += 1
            digits += 1
        }
        return digits > 0 ? n : nil
    }
}
