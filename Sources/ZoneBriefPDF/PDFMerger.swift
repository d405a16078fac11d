/// Joins the PDF files cairo 1.16 wrote for consecutive chunks of one document's pages into one
/// tagged PDF, streaming: each chunk is copied object by object as soon as it is finished, its
/// objects numbered after the previous chunk's (`N 0 R` rewritten in the dictionary part of an
/// object, never in stream data), and what a PDF has once is written at the end:
///
/// - one catalog (`/Lang`, `/MarkInfo << /Marked true >>`, the structure tree, the outline, the
///   named destinations) and one `/Pages` node over every chunk's pages;
/// - one structure tree: a Document element whose kids are every chunk's page sections in order
///   (their `/P` point at it), a ParentTree whose kids are the chunks' ParentTrees with their keys
///   moved past the previous chunks' (and every page's `/StructParents` and link's `/StructParent`
///   with them), `/ParentTreeNextKey`;
/// - one `/Dests` name tree of every chunk's named destinations, so a link in the first chunk
///   (cairo writes a link to a name as `/Dest (name)` whether or not the name is on its surface)
///   reaches a destination in the last;
/// - the outline (bookmarks), written here from the layout's headings;
/// - the first chunk's `/Info`.
///
/// What `TaggedPDFUpdate` adds to a single surface is added as the objects pass: a header cell's
/// scope, a figure's alternate text. Memory holds an offset per object of the merged file, a
/// number per page, and the named destinations; nothing grows with a chunk's content but the
/// chunk's own table of offsets.
///
/// cairo 1.16 writes classic xref tables and no object streams; a chunk in another shape is
/// reported as a cairo error naming the output.
final class PDFMerger {
    /// Numbers of the objects the merged file has once.
    private enum Global {
        static let catalog = 1, pages = 2, treeRoot = 3, document = 4, parentTree = 5, names = 6, dests = 7, outlines = 8
        static let count = 9
    }

    /// What errors call the output.
    let name: String
    private let write: (UnsafeRawBufferPointer) throws -> Void
    private var buffer: [UInt8] = []
    private var written = 0
    /// Where each object of the merged file starts, by number.
    private var offsets = ObjectOffsets(count: Global.count)
    private var pages: [Int] = []
    private var sections: [Int] = []
    private var parentTreeKids: [Int] = []
    private var nextKey = 0
    /// Named destinations: the name's bytes (for the order), then `(name) [page /XYZ x y 0]`.
    private var dests: [(key: [UInt8], entry: [UInt8])] = []
    private var info: Int?
    private var header = false

    init(name: String, write: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.name = name
        self.write = write
        buffer.reserveCapacity(1 << 17)
    }

    /// Copies a finished chunk. `figureAlts` are the alternate texts of its figures, in the order
    /// they were opened.
    func append(_ file: ChunkFile, figureAlts: ArraySlice<String>) throws {
        let chunk = try Chunk(file, name: name)
        let base = offsets.count - 1
        offsets.appendZeros(chunk.size - 1)
        if !header {
            // `%PDF-1.5` and the binary comment, as cairo wrote them.
            var head: [UInt8] = []
            try file.read(at: 0, count: chunk.firstObject, into: &head)
            emit(head)
            header = true
        }

        // What the chunk has once: its catalog, page tree, structure tree root, names.
        let catalog = try chunk.object(chunk.root)
        guard let pagesRoot = Syntax.reference(after: "/Pages ", in: catalog),
            let treeRoot = Syntax.reference(after: "/StructTreeRoot ", in: catalog),
            let tree = try? chunk.object(treeRoot), let parentTree = Syntax.reference(after: "/ParentTree ", in: tree)
        else { throw chunk.damaged("no page tree or structure tree") }
        let namesDict = Syntax.reference(after: "/Names ", in: catalog)
        let destsTree = try namesDict.flatMap { Syntax.reference(after: "/Dests ", in: try chunk.object($0)) }
        var dropped: Set<Int> = [chunk.root, pagesRoot, treeRoot]
        for n in [namesDict, destsTree, Syntax.reference(after: "/Outlines ", in: catalog)] { if let n { dropped.insert(n) } }
        if info == nil, let i = chunk.info { info = base + i } else if let i = chunk.info { dropped.insert(i) }

        // The page tree's and the root's parts point at the merged file's own.
        let map: (Int) -> Int = { n in n == pagesRoot ? Global.pages : n == treeRoot ? Global.document : base + n }
        pages += Syntax.references(after: "/Kids [", in: try chunk.object(pagesRoot)).map(map)
        sections += Syntax.references(after: "/K [", in: tree).map(map)

        // The chunk's ParentTree becomes a kid of the merged one, its keys after the previous chunks'.
        var nums: [UInt8] = []
        _ = Syntax.rewrite(try chunk.object(parentTree), into: &nums, keyOffset: 0, map: map)
        let (kid, keys) = try parentTreeKid(nums, keyOffset: nextKey, chunk: chunk)
        if keys > 0 { parentTreeKids.append(base + parentTree) }
        if let destsTree {
            var names: [UInt8] = []
            _ = Syntax.rewrite(try chunk.object(destsTree), into: &names, keyOffset: 0, map: map)
            try collectDests(names, chunk: chunk)
        }

        // Every object, in the order of the file.
        var alts = figureAlts.makeIterator()
        var window: [UInt8] = [], windowStart = 0, amended: [UInt8] = []
        for n in chunk.order {
            let start = chunk.offsets[n], stop = chunk.end(of: n)
            if start < windowStart || stop > windowStart + window.count {
                window.removeAll(keepingCapacity: true)
                try file.read(at: start, count: max(1 << 22, stop - start), into: &window)
                windowStart = start
            }
            offsets[base + n] = written + buffer.count
            Syntax.appendNumber(base + n, to: &buffer)
            if dropped.contains(n) {
                emit(Self.nullObject)
                continue
            }
            emit(Self.objectHead)
            if n == parentTree {
                emit(kid)
                emit("\nendobj\n")
                continue
            }
            guard let body = Syntax.bodyStart(window, from: start - windowStart, to: stop - windowStart) else {
                throw chunk.damaged("object \(n) cannot be read")
            }
            let end = stop - windowStart
            // A header cell's scope, a figure's alternate text: added before the dictionary's end.
            var entry: String? = nil
            if Syntax.starts(window, at: body, with: Syntax.headerCell) {
                entry = "/A << /O /Table /Scope /Column >>"
            } else if Syntax.starts(window, at: body, with: Syntax.figure), let alt = alts.next(), !alt.isEmpty {
                entry = "/Alt " + TaggedPDFUpdate.textString(alt)
            }
            if let entry {
                amended.removeAll(keepingCapacity: true)
                _ = Syntax.rewrite(window, from: body, to: end, into: &amended, keyOffset: nextKey, map: map)
                guard let close = Syntax.lastIndex(of: Syntax.dictEnd, in: amended) else { throw chunk.damaged("object \(n) is no dictionary") }
                amended.insert(contentsOf: Array(("   " + entry + "\n").utf8), at: close)
                emit(amended)
            } else if let stream = Syntax.rewrite(window, from: body, to: end, into: &buffer, keyOffset: nextKey, map: map) {
                buffer.append(contentsOf: window[stream..<end])
            }
            if buffer.count >= 1 << 16 { try flush() }
        }
        // Numbers cairo left free are written as null objects (every number of the merged file is an object).
        for n in 1..<chunk.size where chunk.offsets[n] < 0 {
            offsets[base + n] = written + buffer.count
            emit("\(base + n) 0 obj\nnull\nendobj\n")
        }
        nextKey += keys
        try flush()
    }

    /// Writes what the merged file has once, the xref table and the trailer. `outline` is the
    /// bookmarks in document order with their level and whether they start open.
    func finish(outline: [(title: String, destination: String, level: Int, open: Bool)], language: String) throws {
        guard header else { throw RenderError.cairo(path: name, message: "no pages were merged") }
        // The outline: an item per entry, nested by level.
        var parent: [Int] = [], children: [[Int]] = Array(repeating: [], count: outline.count), top: [Int] = []
        var stack: [Int] = []
        for (k, e) in outline.enumerated() {
            while let last = stack.last, outline[last].level >= e.level { stack.removeLast() }
            parent.append(stack.last ?? -1)
            if let p = stack.last { children[p].append(k) } else { top.append(k) }
            stack.append(k)
        }
        let first = offsets.count
        offsets.appendZeros(outline.count)
        func visible(_ k: Int) -> Int { children[k].reduce(0) { $0 + 1 + (outline[$1].open ? visible($1) : 0) } }
        func siblings(_ k: Int) -> [Int] { parent[k] < 0 ? top : children[parent[k]] }
        for (k, e) in outline.enumerated() {
            let row = siblings(k), at = row.firstIndex(of: k)!
            var d = "<< /Title \(TaggedPDFUpdate.textString(e.title))\n   /Parent \(parent[k] < 0 ? Global.outlines : first + parent[k]) 0 R\n"
            if at > 0 { d += "   /Prev \(first + row[at - 1]) 0 R\n" }
            if at + 1 < row.count { d += "   /Next \(first + row[at + 1]) 0 R\n" }
            if let f = children[k].first, let l = children[k].last {
                d += "   /First \(first + f) 0 R\n   /Last \(first + l) 0 R\n   /Count \(e.open ? visible(k) : -visible(k))\n"
            }
            d += "   /Dest \(Syntax.pdfString(e.destination))\n>>"
            try object(first + k, d)
        }
        if let f = top.first, let l = top.last {
            let count = top.reduce(0) { $0 + 1 + (outline[$1].open ? visible($1) : 0) }
            try object(Global.outlines, "<< /Type /Outlines\n   /First \(first + f) 0 R\n   /Last \(first + l) 0 R\n   /Count \(count)\n>>")
        } else {
            try object(Global.outlines, "<< /Type /Outlines /Count 0 >>")
        }
        // Named destinations, in the order of their names' bytes (a name tree's order).
        dests.sort { $0.key.lexicographicallyPrecedes($1.key) }
        offsets[Global.dests] = written + buffer.count
        emit("\(Global.dests) 0 obj\n<< /Names [\n")
        for d in dests {
            emit("   ")
            emit(d.entry)
            emit("\n")
            if buffer.count >= 1 << 16 { try flush() }
        }
        emit("  ]\n>>\nendobj\n")
        try object(Global.names, "<< /Dests \(Global.dests) 0 R >>")
        try object(Global.parentTree, "<< /Kids [ " + parentTreeKids.map { "\($0) 0 R" }.joined(separator: " ") + " ]\n>>")
        try object(
            Global.document,
            "<< /Type /StructElem\n   /S /Document\n   /P \(Global.treeRoot) 0 R\n   /K [ "
                + sections.map { "\($0) 0 R" }.joined(separator: " ") + " ]\n>>")
        try object(
            Global.treeRoot,
            "<< /Type /StructTreeRoot\n   /ParentTree \(Global.parentTree) 0 R\n   /ParentTreeNextKey \(nextKey)\n"
                + "   /K [ \(Global.document) 0 R ]\n>>")
        try object(
            Global.pages, "<< /Type /Pages\n   /Kids [ " + pages.map { "\($0) 0 R" }.joined(separator: " ") + " ]\n   /Count \(pages.count)\n>>")
        try object(
            Global.catalog,
            "<< /Type /Catalog\n   /Pages \(Global.pages) 0 R\n   /StructTreeRoot \(Global.treeRoot) 0 R\n"
                + "   /MarkInfo << /Marked true >>\n   /Names \(Global.names) 0 R\n"
                + (top.isEmpty ? "" : "   /Outlines \(Global.outlines) 0 R\n") + "   /Lang (\(language))\n>>")

        let xref = written + buffer.count
        emit("xref\n0 \(offsets.count)\n0000000000 65535 f \n")
        var line = Array("0000000000 00000 n \n".utf8)
        for n in 1..<offsets.count {
            var v = offsets[n]
            for i in stride(from: 9, through: 0, by: -1) {
                line[i] = UInt8(48 + v % 10)
                v /= 10
            }
            buffer.append(contentsOf: line)
            if buffer.count >= 1 << 16 { try flush() }
        }
        emit(
            "trailer\n<< /Size \(offsets.count)\n   /Root \(Global.catalog) 0 R\n" + (info.map { "   /Info \($0) 0 R\n" } ?? "")
                + ">>\nstartxref\n\(xref)\n%%EOF\n")
        try flush()
    }

    /// The chunk's ParentTree (its references already rewritten) as a kid of the merged one: its
    /// keys moved by `keyOffset`, its `/Limits`; and how many keys it has.
    private func parentTreeKid(_ bytes: [UInt8], keyOffset: Int, chunk: Chunk) throws -> ([UInt8], Int) {
        guard let k = TaggedPDFUpdate.index(of: Array("/Nums [".utf8), in: bytes, from: 0) else {
            throw chunk.damaged("a ParentTree without /Nums")
        }
        var i = k + 7, entries: [UInt8] = [], low = Int.max, high = -1
        while true {
            Syntax.skipWhite(bytes, &i)
            guard i < bytes.count else { throw chunk.damaged("an unfinished ParentTree") }
            if bytes[i] == UInt8(ascii: "]") { break }
            guard let key = Syntax.integer(bytes, &i) else { throw chunk.damaged("a ParentTree key that is no number") }
            Syntax.skipWhite(bytes, &i)
            guard let value = Syntax.value(bytes, &i) else { throw chunk.damaged("a ParentTree value that cannot be read") }
            low = min(low, key)
            high = max(high, key)
            entries += Array("   \(key + keyOffset) ".utf8) + bytes[value] + [0x0A]
        }
        guard high >= 0 else { return (Array("<< /Nums [ ] >>".utf8), 0) }
        return (Array("<< /Limits [ \(low + keyOffset) \(high + keyOffset) ]\n   /Nums [\n".utf8) + entries + Array("  ]\n>>".utf8), high + 1)
    }

    /// The entries of a chunk's `/Dests` name tree (its references already rewritten).
    private func collectDests(_ bytes: [UInt8], chunk: Chunk) throws {
        guard let k = TaggedPDFUpdate.index(of: Array("/Names [".utf8), in: bytes, from: 0) else {
            throw chunk.damaged("a /Dests name tree without /Names")
        }
        var i = k + 8
        while true {
            Syntax.skipWhite(bytes, &i)
            guard i < bytes.count else { throw chunk.damaged("an unfinished /Dests name tree") }
            if bytes[i] == UInt8(ascii: "]") { break }
            let start = i
            guard let key = Syntax.string(bytes, &i) else { throw chunk.damaged("a destination name that is no string") }
            Syntax.skipWhite(bytes, &i)
            guard Syntax.value(bytes, &i) != nil else { throw chunk.damaged("a destination that cannot be read") }
            dests.append((key, Array(bytes[start..<i])))
        }
    }

    private func object(_ n: Int, _ dict: String) throws {
        offsets[n] = written + buffer.count
        emit("\(n) 0 obj\n\(dict)\nendobj\n")
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func emit(_ s: String) { buffer.append(contentsOf: s.utf8) }
    private static let objectHead = Array(" 0 obj\n".utf8), nullObject = Array(" 0 obj\nnull\nendobj\n".utf8)
    private func emit(_ b: [UInt8]) { buffer.append(contentsOf: b) }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try write($0) }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A chunk file's trailer and xref table: where each object starts, in which order they come.
private struct Chunk {
    let file: ChunkFile
    let name: String
    let size: Int, root: Int, info: Int?
    /// By object number: where it starts, or -1 for a free number.
    let offsets: [Int]
    /// The objects in the order of the file.
    let order: [Int]
    let xref: Int
    private let next: [Int32]

    init(_ file: ChunkFile, name: String) throws {
        self.file = file
        self.name = name
        let tailStart = max(0, file.length - 1024)
        var tail: [UInt8] = []
        try file.read(at: tailStart, count: file.length - tailStart, into: &tail)
        func damaged() -> RenderError { RenderError.cairo(path: name, message: "a chunk's PDF has no xref table and trailer cairo 1.16 writes") }
        guard let t = TaggedPDFUpdate.lastIndex(of: "trailer", in: tail), let size = TaggedPDFUpdate.number(after: "/Size ", in: tail, from: t),
            let root = TaggedPDFUpdate.number(after: "/Root ", in: tail, from: t),
            let xref = TaggedPDFUpdate.number(after: "startxref\n", in: tail, from: t), xref < tailStart + t
        else { throw damaged() }
        self.size = size
        self.root = root
        self.xref = xref
        info = TaggedPDFUpdate.number(after: "/Info ", in: tail, from: t)
        var table: [UInt8] = []
        try file.read(at: xref, count: tailStart + t - xref, into: &table)
        var offsets = [Int](repeating: -1, count: size)
        var i = 0
        while i < table.count, table[i] != 0x0A { i += 1 }
        i += 1
        // Subsections: `first count`, then 20-byte entries.
        while i < table.count {
            guard let first = Syntax.integer(table, &i) else { break }
            Syntax.skipWhite(table, &i)
            guard let count = Syntax.integer(table, &i) else { throw damaged() }
            Syntax.skipWhite(table, &i)
            for n in first..<first + count {
                guard i + 18 <= table.count, n < size else { throw damaged() }
                var v = 0
                for k in i..<i + 10 { v = v * 10 + Int(table[k]) - 48 }
                if table[i + 17] == UInt8(ascii: "n") && n > 0 { offsets[n] = v }
                i += 20
            }
        }
        self.offsets = offsets
        let order = (1..<size).filter { offsets[$0] >= 0 }.sorted { offsets[$0] < offsets[$1] }
        var next = [Int32](repeating: -1, count: size)
        for k in order.indices.dropLast() { next[order[k]] = Int32(order[k + 1]) }
        self.order = order
        self.next = next
        guard let first = order.first else { throw damaged() }
        firstObject = offsets[first]
    }

    let firstObject: Int

    /// Where object `n`'s bytes end: where the next begins, or the xref table.
    func end(of n: Int) -> Int { next[n] >= 0 ? offsets[Int(next[n])] : xref }

    /// Object `n`'s bytes from after `obj` (its dictionary, array or number), up to `endobj`.
    func object(_ n: Int) throws -> [UInt8] {
        guard n > 0, n < size, offsets[n] >= 0 else { throw damaged("object \(n) is missing") }
        var bytes: [UInt8] = []
        try file.read(at: offsets[n], count: end(of: n) - offsets[n], into: &bytes)
        guard let body = Syntax.bodyStart(bytes, from: 0, to: bytes.count) else { throw damaged("object \(n) cannot be read") }
        return Array(bytes[body...])
    }

    func damaged(_ what: String) -> RenderError {
        RenderError.cairo(path: name, message: "merging a chunk's PDF: \(what)")
    }
}
