/// One header field, folded to lines of at most 78 characters (RFC 5322 §2.1.1, §2.2.3).
///
/// ```swift
/// HeaderField("To", words: ["a@x.cn,", "b@y.cn"]).lines  // ["To: a@x.cn, b@y.cn"]
/// ```
///
/// The value is a list of words; a line breaks only between words (folding white space), so
/// a word is never cut (a line holding only the field name then the words on continuation lines
/// is valid too). Words longer than a line stay whole on a line of their own; callers
/// keep words short (encoded-words are ≤ 75, addresses ≤ 254 and rare).
public struct HeaderField: Sendable, Equatable {
    public static let maxLineLength = 78

    public var name: String
    public var words: [String]

    public init(_ name: String, words: [String]) {
        self.name = name
        self.words = words
    }

    /// A field whose value is text split at spaces.
    public init(_ name: String, _ value: String) {
        self.init(name, words: value.split(separator: " ").map(String.init))
    }

    /// The folded lines, without line ends; continuation lines start with one space.
    public var lines: [String] {
        var lines: [String] = []
        var line = name + ":"
        for word in words {
            // Even the first word may move to a continuation line ("Subject:" CRLF " =?…?="):
            // RFC 5322 allows folding white space right after the colon.
            if line.count + 1 + word.count > Self.maxLineLength {
                lines.append(line)
                line = " " + word
            } else {
                line += " " + word
            }
        }
        lines.append(line)
        return lines
    }
}
