/// What tagged PDF needs that cairo 1.16 cannot write, as an incremental update appended to the
/// file it wrote (ISO 32000-1, 7.5.6): the catalog again with the document's language
/// (`/Lang (zh-CN)`), each figure's structure element again with its alternate text (`/Alt`),
/// each header cell's with its scope (`/A << /O /Table /Scope /Column >>`). Readers take the
/// newer objects; the older stay as they were (no byte cairo wrote is changed).
///
/// Built from the bytes cairo writes while finishing the surface: the structure elements, the
/// catalog and the trailer are all among them. Returns nil when they cannot be found (the file
/// stays as cairo wrote it).
enum TaggedPDFUpdate {
    static func make(finishing bytes: [UInt8], fileLength: Int, language: String, figureAlts: [String]) -> [UInt8]? {
        let text = String(decoding: bytes, as: Unicode.ASCII.self)
        guard let trailer = text.ranges(of: "trailer").last else { return nil }
        let tail = text[trailer.upperBound...]
        guard let size = number(after: "/Size ", in: tail), let root = number(after: "/Root ", in: tail),
            let startxref = number(after: "startxref\n", in: tail)
        else { return nil }
        let info = number(after: "/Info ", in: tail)
        let objects = Self.objects(in: text)

        var updated: [(Int, String)] = []
        guard let catalog = objects[root] else { return nil }
        updated.append((root, amended(catalog, with: "/Lang (\(language))")))
        // Structure elements by object number: the order cairo opened them in.
        let figures = objects.filter { $0.value.contains("/S /Figure\n") && $0.value.contains("/Type /StructElem") }.keys.sorted()
        if figures.count == figureAlts.count {
            for (n, alt) in zip(figures, figureAlts) where !alt.isEmpty {
                updated.append((n, amended(objects[n]!, with: "/Alt " + textString(alt))))
            }
        }
        for (n, dict) in objects where dict.contains("/S /TH\n") && dict.contains("/Type /StructElem") {
            updated.append((n, amended(dict, with: "/A << /O /Table /Scope /Column >>")))
        }
        // One Document element under the root holding cairo's page sections (a tagged PDF's
        // root has one child).
        var newSize = size
        if let treeRef = number(after: "/StructTreeRoot ", in: catalog[...]), let tree = objects[treeRef],
            let k = tree.firstRange(of: "/K ["), let close = tree[k.upperBound...].firstIndex(of: "]")
        {
            let kids = tree[k.upperBound..<close].split(whereSeparator: { $0 == " " || $0 == "\n" }).chunks(of: 3).compactMap { Int($0.first ?? "") }
            let document = size
            newSize = size + 1
            updated.append((treeRef, String(tree[..<k.lowerBound]) + "/K [ \(document) 0 R ]" + String(tree[tree.index(after: close)...])))
            updated.append(
                (
                    document,
                    "<< /Type /StructElem\n   /S /Document\n   /P \(treeRef) 0 R\n   /K [ "
                        + kids.map { "\($0) 0 R" }.joined(separator: " ") + " ]\n>>"
                ))
            for kid in kids where objects[kid] != nil {
                let parent = "/P \(treeRef) 0 R", document = "/P \(document) 0 R"
                if let i = updated.firstIndex(where: { $0.0 == kid }) {
                    updated[i].1 = updated[i].1.replacing(parent, with: document)
                } else {
                    updated.append((kid, objects[kid]!.replacing(parent, with: document)))
                }
            }
        }
        updated.sort { $0.0 < $1.0 }

        var out = "\n"
        var offsets: [(Int, Int)] = []
        for (n, dict) in updated {
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

    /// `N 0 obj\n<< … >>\nendobj` → N: the dictionary (objects that are dictionaries only).
    static func objects(in text: String) -> [Int: String] {
        var out: [Int: String] = [:]
        var rest = text[...]
        while let r = rest.firstRange(of: " 0 obj\n<<") {
            // The object number: the digits before, at the start of a line.
            var start = r.lowerBound
            while start > rest.startIndex, let c = rest[rest.index(before: start)].asciiValue, c >= 48 && c <= 57 {
                start = rest.index(before: start)
            }
            guard let n = Int(rest[start..<r.lowerBound]),
                let end = rest[r.upperBound...].firstRange(of: ">>\nendobj")
            else { rest = rest[r.upperBound...]; continue }
            out[n] = String(rest[rest.index(r.upperBound, offsetBy: -2)..<end.upperBound].dropLast("\nendobj".count))
            rest = rest[end.upperBound...]
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

    static func number(after key: String, in text: Substring) -> Int? {
        guard let r = text.firstRange(of: key) else { return nil }
        return Int(text[r.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }
}

extension Array {
    /// The elements in runs of `n` (the last may be shorter).
    func chunks(of n: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: n).map { self[$0..<Swift.min($0 + n, count)] }
    }
}
