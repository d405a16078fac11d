/// A MIME header parameter such as `filename` or `name`, written the way mail readers decode
/// it best.
///
/// ```swift
/// MIMEParameter.rfc2231("filename", value: "简报.pdf")
/// // ["filename*0*=UTF-8''%E7%AE%80%E6%8A%A5.pdf"]
/// MIMEParameter.quoted("filename", value: "brief.pdf")   // ["filename=\"brief.pdf\""]
/// ```
public enum MIMEParameter {
    /// The longest `attr*N*=…;` segment, leaving room for the leading space of a folded line.
    static let maxSegment = HeaderField.maxLineLength - 2

    /// `attr="value"` with `\` and `"` escaped (RFC 2045 quoted-string).
    public static func quoted(_ attribute: String, value: String) -> [String] {
        ["\(attribute)=" + quotedString(value)]
    }

    /// `"value"` with `\` and `"` escaped (RFC 5322 §3.2.4 quoted-string).
    public static func quotedString(_ value: String) -> String {
        var escaped = "\""
        for ch in value {
            if ch == "\\" || ch == "\"" { escaped.append("\\") }
            escaped.append(ch)
        }
        return escaped + "\""
    }

    /// True when a value can be sent as a plain quoted-string: printable ASCII and short.
    public static func isPlain(_ value: String) -> Bool {
        value.count <= 60 && value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    }

    /// RFC 2231 extended value in numbered, percent-encoded UTF-8 segments
    /// (`attr*0*=UTF-8''…`, `attr*1*=…`), each short enough for its own header line.
    /// Segments break only between characters.
    public static func rfc2231(_ attribute: String, value: String) -> [String] {
        var segments: [String] = []
        var current = "", index = 0
        func head(_ n: Int) -> String { "\(attribute)*\(n)*=" + (n == 0 ? "UTF-8''" : "") }
        for scalar in value.unicodeScalars {
            let piece = percentEncoded(scalar)
            // +1 for the ';' that separates this segment from the next.
            if !current.isEmpty && head(index).count + current.count + piece.count + 1 > maxSegment {
                segments.append(head(index) + current)
                index += 1
                current = ""
            }
            current += piece
        }
        segments.append(head(index) + current)
        return segments
    }

    /// RFC 2231 attribute-char: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else is %XX.
    static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
        let safe = "!#$&+-.^_`|~"
        if scalar.isASCII, (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || safe.unicodeScalars.contains(scalar)) {
            return String(scalar)
        }
        return String(scalar).utf8.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return "%" + (hex.count == 1 ? "0" + hex : hex)
        }.joined()
    }
}
