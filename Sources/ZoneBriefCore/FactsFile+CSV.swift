/// CSV facts (RFC 4180): a header row names the columns, in any order and any case; the columns
/// of `FactCSV.requiredColumns` must be there, the rest of `FactCSV.columns` may be. Quoted fields
/// may hold commas, doubled quotes and line breaks; a diagnostic names the line where its record
/// starts. Columns the tool does not know are ignored with one warning.
enum FactsFileCSV {
    /// Reads the records as they are split, one at a time: a record's fields are let go once its
    /// row is a fact (or a diagnostic), so the file is never held as rows and facts at once.
    static func parse(_ text: String, file: String) -> Warned<[Fact]> {
        var diagnostics: [Diagnostic] = []
        var header: (names: [String], line: Int)? = nil
        // A bad header stops the rows; it is told after what the split found, as it always was.
        var headerError: Diagnostic? = nil
        var facts: [Fact] = []
        var shared = SharedNames()
        let unclosed = CSVRecords.forEach(text, file: file) { record in
            guard headerError == nil else { return }
            guard let names = header?.names else {
                if record.isBlank { return }
                let names = record.fields.map { $0.trimmingWhitespace().lowercased() }
                var seen: Set<String> = []
                for n in names where !n.isEmpty {
                    if !seen.insert(n).inserted {
                        headerError = Diagnostic(.error, file: file, line: record.line, "column \(n) appears twice in the header")
                        return
                    }
                }
                let missing = FactCSV.requiredColumns.filter { !seen.contains($0) }
                if !missing.isEmpty {
                    headerError = Diagnostic(.error, file: file, line: record.line,
                        "header lacks column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")); a facts CSV needs \(FactCSV.requiredColumns.joined(separator: ","))")
                    return
                }
                let unknown = names.filter { !$0.isEmpty && !FactCSV.columns.contains($0) }
                if !unknown.isEmpty {
                    diagnostics.append(Diagnostic(.warning, file: file, line: record.line, "ignoring unknown column\(unknown.count > 1 ? "s" : "") \(unknown.joined(separator: ", "))"))
                }
                header = (names, record.line)
                return
            }
            if record.isBlank { return }
            if record.fields.count != names.count {
                diagnostics.append(Diagnostic(.error, file: file, line: record.line,
                    "row has \(record.fields.count) fields, the header \(names.count)"))
                return
            }
            var fields: [String: FactRow.Raw] = [:]
            for (name, value) in zip(names, record.fields) where !name.isEmpty && FactCSV.columns.contains(name) {
                // `'=x` as `neutralized` wrote it is the text `=x`, exactly (not trimmed).
                let trimmed = value.trimmingWhitespace()
                let restored = FactCSV.restored(trimmed)
                fields[name] = restored == trimmed ? .text(value) : .literal(restored)
            }
            switch FactRowValidator.fact(from: FactRow(fields: fields, line: record.line), file: file) {
            case .fact(var f, let warnings):
                shared.share(&f)
                facts.append(f)
                diagnostics += warnings
            case .bad(let d): diagnostics.append(d)
            }
        }
        // What the split found comes first (the records' order above is the file's).
        if let unclosed { diagnostics.insert(unclosed, at: 0) }
        if let headerError {
            diagnostics.append(headerError)
            return Warned([], diagnostics: diagnostics)
        }
        guard header != nil else {
            diagnostics.append(Diagnostic(.error, file: file, "empty facts file: no header row"))
            return Warned([], diagnostics: diagnostics)
        }
        // In line order, however they were found (an unclosed quote is found last).
        let ordered = diagnostics.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
        return Warned(facts, diagnostics: ordered)
    }
}

/// RFC 4180 records with the 1-based line where each starts.
struct CSVRecords {
    struct Record {
        var fields: [String]
        var line: Int
        var isBlank: Bool { fields.allSatisfy { $0.trimmingWhitespace().isEmpty } }
    }

    /// Hands the records of `text` to `body` one at a time, in order. CRLF, LF and CR end records
    /// outside quotes; `""` inside quotes is one quote. An unterminated quote ends the file's
    /// records: its diagnostic is returned (and its record never handed out). The delimiters are
    /// ASCII, so the split reads UTF-8 bytes (a byte of a longer character is never one of them).
    @discardableResult
    static func forEach(_ text: String, file: String, _ body: (Record) throws -> Void) rethrows -> Diagnostic? {
        var text = text
        return try text.withUTF8 { bytes in
            var fields: [String] = []
            var field: [UInt8] = []
            field.reserveCapacity(256)
            var line = 1
            var recordLine = 1
            var inQuotes = false
            var quoteLine = 0
            var fieldWasQuoted = false
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            let n = bytes.count
            var i = 0
            func endField() {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldWasQuoted = false
            }
            func endRecord() throws {
                endField()
                try body(Record(fields: fields, line: recordLine))
                fields.removeAll(keepingCapacity: true)
            }
            while i < n {
                let c = bytes[i]
                if inQuotes {
                    if c == quote {
                        if i + 1 < n, bytes[i + 1] == quote {
                            field.append(quote); i += 2; continue
                        }
                        inQuotes = false
                    } else {
                        if c == lf || (c == cr && (i + 1 >= n || bytes[i + 1] != lf)) { line += 1 }
                        field.append(c)
                    }
                    i += 1
                    continue
                }
                switch c {
                case quote where field.isEmpty && !fieldWasQuoted:
                    inQuotes = true
                    fieldWasQuoted = true
                    quoteLine = line
                case comma:
                    endField()
                case cr, lf:
                    if c == cr, i + 1 < n, bytes[i + 1] == lf { i += 1 }
                    try endRecord()
                    line += 1
                    recordLine = line
                default:
                    field.append(c)
                }
                i += 1
            }
            if inQuotes {
                return Diagnostic(.error, file: file, line: quoteLine, "quote opened here is never closed")
            }
            if !field.isEmpty || !fields.isEmpty { try endRecord() }
            return nil
        }
    }
}
