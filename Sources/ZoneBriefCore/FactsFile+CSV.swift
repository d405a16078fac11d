/// CSV facts (RFC 4180): a header row names the columns, in any order and any case; the columns
/// of `FactCSV.requiredColumns` must be there, the rest of `FactCSV.columns` may be. Quoted fields
/// may hold commas, doubled quotes and line breaks; a diagnostic names the line where its record
/// starts. Columns the tool does not know are ignored with one warning.
enum FactsFileCSV {
    static func parse(_ text: String, file: String) -> Warned<[Fact]> {
        var diagnostics: [Diagnostic] = []
        let records = CSVRecords.split(text, file: file, diagnostics: &diagnostics)
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else {
            diagnostics.append(Diagnostic(.error, file: file, "empty facts file: no header row"))
            return Warned([], diagnostics: diagnostics)
        }
        let header = records[headerIndex]
        let names = header.fields.map { $0.trimmingWhitespace().lowercased() }
        var seen: Set<String> = []
        for n in names where !n.isEmpty {
            if !seen.insert(n).inserted {
                diagnostics.append(Diagnostic(.error, file: file, line: header.line, "column \(n) appears twice in the header"))
                return Warned([], diagnostics: diagnostics)
            }
        }
        let missing = FactCSV.requiredColumns.filter { !seen.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(.error, file: file, line: header.line,
                "header lacks column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")); a facts CSV needs \(FactCSV.requiredColumns.joined(separator: ","))"))
            return Warned([], diagnostics: diagnostics)
        }
        let unknown = names.filter { !$0.isEmpty && !FactCSV.columns.contains($0) }
        if !unknown.isEmpty {
            diagnostics.append(Diagnostic(.warning, file: file, line: header.line, "ignoring unknown column\(unknown.count > 1 ? "s" : "") \(unknown.joined(separator: ", "))"))
        }
        var facts: [Fact] = []
        for record in records[(headerIndex + 1)...] where !record.isBlank {
            if record.fields.count != names.count {
                diagnostics.append(Diagnostic(.error, file: file, line: record.line,
                    "row has \(record.fields.count) fields, the header \(names.count)"))
                continue
            }
            var fields: [String: FactRow.Raw] = [:]
            for (name, value) in zip(names, record.fields) where !name.isEmpty && FactCSV.columns.contains(name) {
                // `'=x` as `neutralized` wrote it is the text `=x`, exactly (not trimmed).
                let trimmed = value.trimmingWhitespace()
                let restored = FactCSV.restored(trimmed)
                fields[name] = restored == trimmed ? .text(value) : .literal(restored)
            }
            switch FactRowValidator.fact(from: FactRow(fields: fields, line: record.line), file: file) {
            case .fact(let f, let warnings): facts.append(f); diagnostics += warnings
            case .bad(let d): diagnostics.append(d)
            }
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

    /// Splits `text` into records. CRLF, LF and CR end records outside quotes; `""` inside quotes is
    /// one quote. An unterminated quote is a diagnostic and ends the file's records.
    static func split(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 0
        var fieldWasQuoted = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            records.append(Record(fields: fields, line: recordLine))
            fields = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\""); i += 2; continue
                    }
                    inQuotes = false
                } else {
                    if c == "\n" || (c == "\r" && (i + 1 >= scalars.count || scalars[i + 1] != "\n")) { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case ",":
                endField()
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
            i += 1
        }
        if inQuotes {
            diagnostics.append(Diagnostic(.error, file: file, line: quoteLine, "quote opened here is never closed"))
            fields = []
            return records
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
