import Foundation

/// RFC 2047 encoded-words: how non-ASCII text (a Chinese subject, a file name) travels in a
/// header that must stay ASCII.
///
/// ```swift
/// EncodedWord.encode("高新区简报")  // ["=?UTF-8?B?6auY5paw5Yy6566A5oql?="]
/// ```
///
/// Text is cut only between Unicode scalars, so every word decodes on its own into whole
/// characters (RFC 2047 §5), and every word is at most 68 characters long (the limit,
/// ``maxLength``, is 75).
public enum EncodedWord {
    /// RFC 2047 §2: an encoded-word may not be more than 75 characters long.
    public static let maxLength = 75
    static let prefix = "=?UTF-8?B?", suffix = "?="
    /// The most UTF-8 bytes one word carries: 42 bytes → 56 base64 characters + 12 = 68, so a
    /// word fits after `Subject: ` (9) within 78 and is below the 75 limit.
    static let maxPayloadBytes = 42

    /// `text` as B-encoded UTF-8 words, in order; empty text gives no words.
    public static func encode(_ text: String) -> [String] {
        var words: [String] = [], chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > maxPayloadBytes {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words
    }

    static func word(_ bytes: [UInt8]) -> String { prefix + Data(bytes).base64EncodedString() + suffix }

    /// True when `text` can go into a header as it is: printable ASCII, no `=?` that a reader
    /// would take for an encoded-word, and no word too long to fold.
    public static func isPlainHeaderText(_ text: String, longestWord: Int = 70) -> Bool {
        guard text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else { return false }
        guard !text.contains("=?") else { return false }
        return text.split(separator: " ").allSatisfy { $0.count <= longestWord }
    }
}

/// Base64 in lines of at most 76 characters (RFC 2045 §6.8), for MIME bodies.
public enum Base64Lines {
    public static let lineLength = 76

    /// Appends the base64 of `bytes` to `out` in CRLF-terminated lines, without building a
    /// string per line (a 10 MB PDF is 180 000 lines).
    public static func append(_ bytes: Data, to out: inout Data) {
        let encoded = bytes.base64EncodedData()
        out.reserveCapacity(out.count + encoded.count + encoded.count / lineLength * 2 + 2)
        var i = encoded.startIndex
        while i < encoded.endIndex {
            let j = min(i + lineLength, encoded.endIndex)
            out.append(encoded[i..<j])
            out.append(contentsOf: [13, 10])
            i = j
        }
    }

    /// The base64 of `bytes`, cut into lines (without line ends).
    public static func encode(_ bytes: Data) -> [String] {
        let all = Array(bytes.base64EncodedString().utf8)
        var lines: [String] = []
        lines.reserveCapacity(all.count / lineLength + 1)
        var i = 0
        while i < all.count {
            let j = min(i + lineLength, all.count)
            lines.append(String(decoding: all[i..<j], as: UTF8.self))
            i = j
        }
        return lines
    }
}
