import Foundation

/// Reads a reviewed facts file back into facts: JSON Lines in the shape of FACTS.md, or CSV with
/// the columns of `FactCSV` (as `extract --format csv` and `brief.facts.csv` write them, or as an
/// analyst saved them from a spreadsheet).
///
///     let read = try FactsFile.read(path: "reports/brief.facts.csv")
///     read.value        // the good rows, in file order
///     read.diagnostics  // one per bad row: `brief.facts.csv:7: error: unknown metric "gpd"`
///
/// A bad row never stops the read: it becomes a `Diagnostic` with the file and its 1-based line,
/// and the good rows are kept. Only I/O failures throw.
public enum FactsFile {
    /// The two shapes a facts file comes in.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case jsonl, csv

        /// `.csv` → csv; `.jsonl`, `.json`, `.ndjson` → jsonl; nil for anything else.
        public init?(pathExtension ext: String) {
            switch ext.lowercased() {
            case "csv": self = .csv
            case "jsonl", "json", "ndjson": self = .jsonl
            default: return nil
            }
        }
    }

    /// An I/O failure: the file cannot be read at all.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Reads and parses the file at `path`. The format comes from `format`, else from the
    /// extension, else from the content (a first non-blank character `{` means JSON Lines).
    /// Diagnostics name the file as `path` is written.
    /// Only a regular file is read: a named pipe or a device is refused at once instead of
    /// waiting for a writer (opened with `O_NONBLOCK`, then checked with `fstat`).
    public static func read(path: String, format: Format? = nil) throws -> Warned<[Fact]> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ReadError(path: path, reason: errno == ENOENT ? "no such file" : "cannot be read: \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            let what = (st.st_mode & S_IFMT) == S_IFDIR ? "is a folder, not a facts file" : "is not a regular file (a pipe, socket or device)"
            throw ReadError(path: path, reason: what)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        // The bytes only (the `Data` read is let go at once): the file is held once as bytes and
        // once as text while it is parsed.
        let bytes: [UInt8]
        do { bytes = try handle.readToEnd().map { Array($0) } ?? [] } catch {
            throw ReadError(path: path, reason: "cannot be read: \(error.localizedDescription)")
        }
        return parse(bytes, file: path, format: format ?? Format(pathExtension: (path as NSString).pathExtension))
    }

    /// Parses the bytes of a facts file named `file` (for diagnostics and for facts without a
    /// source of their own). `format` nil sniffs the content.
    public static func parse(_ bytes: [UInt8], file: String, format: Format? = nil) -> Warned<[Fact]> {
        let decoded = TextDecoding.decode(bytes)
        guard let text = decoded.text else {
            return Warned([], diagnostics: [Diagnostic(.error, file: file, "not text in UTF-8, UTF-16 or GB18030; save the facts file as UTF-8")])
        }
        let fmt = format ?? sniff(text)
        switch fmt {
        case .jsonl: return FactsFileJSONL.parse(text, file: file)
        case .csv: return FactsFileCSV.parse(text, file: file)
        }
    }

    static func sniff(_ text: String) -> Format {
        let first = text.unicodeScalars.first { !$0.properties.isWhitespace }
        return first == "{" ? .jsonl : .csv
    }
}

/// Turns the bytes of a text file into a string: UTF-8 (with or without a BOM), UTF-16 with a BOM,
/// else GB18030 (which covers GBK and GB2312, what Excel on a Chinese Windows saves as "CSV").
public enum TextDecoding {
    /// The encoding found and the text; `text` nil when no encoding fits.
    public static func decode(_ bytes: [UInt8]) -> (encoding: String, text: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return ("UTF-8", String(validating: bytes.dropFirst(3), as: UTF8.self))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let s = String(data: Data(bytes), encoding: .utf16)
            return ("UTF-16", s.map { $0.hasPrefix("\u{FEFF}") ? String($0.dropFirst()) : $0 })
        }
        if let s = String(validating: bytes, as: UTF8.self) { return ("UTF-8", s) }
        // kCFStringEncodingGB_18030_2000 (0x0632) as an NSStringEncoding.
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        return ("GB18030", String(data: Data(bytes), encoding: gb18030))
    }
}
