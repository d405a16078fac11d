import Foundation

/// An image the HTML body shows from inside the message (`multipart/related`, RFC 2387), named by
/// its `Content-ID` (RFC 2392) and referred to as `src="cid:…"`: no remote image to fetch.
///
/// ```swift
/// let page = "<img src=\"data:image/png;base64,iVBORw0…\" alt=\"chart\">"
/// let (html, images) = InlineImage.extract(from: page, idSuffix: "2026….3f9a@gov.cn")
/// // html: <img src="cid:image1.2026….3f9a@gov.cn" alt="chart">; images[0].data: the PNG
/// ```
///
/// The brief's HTML file carries its chart as a `data:` URI (so it opens in a browser as it is);
/// mail readers do not show `data:` images, so the message carries each one as a related part.
public struct InlineImage: Sendable, Equatable {
    /// Without angle brackets: `image1.20261123055621.0123456789abcdef@gov.cn`.
    public var contentID: String
    /// `image/png`.
    public var contentType: String
    public var data: Data

    public init(contentID: String, contentType: String, data: Data) {
        self.contentID = contentID
        self.contentType = contentType
        self.data = data
    }

    static let prefix = "src=\"data:image/"

    /// Every `src="data:image/TYPE;base64,…"` of `html` replaced by `src="cid:imageN.SUFFIX"`, with
    /// the decoded images in order. A `data:` URI that is not base64 or does not decode is left
    /// as it is.
    public static func extract(from html: String, idSuffix: String) -> (html: String, images: [InlineImage]) {
        var out = "", images: [InlineImage] = []
        var rest = html[...]
        while let start = rest.range(of: prefix) {
            out += rest[..<start.lowerBound]
            let afterPrefix = rest[start.upperBound...]
            guard let close = afterPrefix.firstIndex(of: "\""),
                  let comma = afterPrefix[..<close].range(of: ";base64,"),
                  let data = Data(base64Encoded: String(afterPrefix[comma.upperBound..<close]))
            else {
                out += rest[start]
                rest = afterPrefix
                continue
            }
            let subtype = afterPrefix[..<comma.lowerBound]
            let id = "image\(images.count + 1).\(idSuffix)"
            images.append(InlineImage(contentID: id, contentType: "image/" + subtype, data: data))
            out += "src=\"cid:\(id)\""
            rest = afterPrefix[afterPrefix.index(after: close)...]
        }
        out += rest
        return (out, images)
    }

    /// The part's header fields: type, base64, the Content-ID, shown inline with a file name.
    var headerFields: [HeaderField] {
        let ext = contentType.split(separator: "/").last.map(String.init) ?? "bin"
        let name = contentID.split(separator: ".").first.map(String.init) ?? "image"
        return [
            HeaderField("Content-Type", words: [contentType]),
            HeaderField("Content-Transfer-Encoding", words: ["base64"]),
            HeaderField("Content-ID", words: ["<\(contentID)>"]),
            HeaderField("Content-Disposition", words: ["inline;", "filename=\"\(name).\(ext)\""]),
        ]
    }
}
