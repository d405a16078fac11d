import Foundation
import Testing
import ZoneBriefLayout
@testable import ZoneBriefPDF

/// The PDF as a stream of bytes handed to the caller, and the lone-file writer's temporary file.
@Suite struct StreamOutputTests {
    struct DiskFull: Error, Equatable {}

    /// The bytes handed out are the PDF `render(_:to:)` writes, byte for byte.
    @Test func streamGivesTheSameBytesAsAFile() throws {
        let dir = try temporaryDirectory()
        let renderer = try PDFRenderer(fontsDirectory: fontsDirectory)
        _ = try renderer.render(SampleDocument.make(), to: dir + "/a.pdf")
        var bytes = Data()
        _ = try renderer.render(SampleDocument.make(), named: "memory") { bytes.append(contentsOf: $0) }
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: dir + "/a.pdf"))))
    }

    /// An error from the write function (a full disk) stops the render and comes back as it was.
    @Test func writeErrorComesBackAsThrown() throws {
        let renderer = try PDFRenderer(fontsDirectory: fontsDirectory)
        var written = 0
        #expect(throws: DiskFull()) {
            _ = try renderer.render(SampleDocument.make(), named: "x.pdf") { chunk in
                if written + chunk.count > 4096 { throw DiskFull() }
                written += chunk.count
            }
        }
    }

    /// A link at the target is replaced by the PDF; the file it pointed to is untouched, and no
    /// temporary file stays.
    @Test func linkAtTheTargetIsReplacedNotFollowed() throws {
        let dir = try temporaryDirectory()
        try Data("victim".utf8).write(to: URL(fileURLWithPath: dir + "/victim"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/x.pdf", withDestinationPath: dir + "/victim")
        _ = try PDFRenderer(fontsDirectory: fontsDirectory).render(SampleDocument.make(), to: dir + "/x.pdf")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/victim")) == Data("victim".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: dir + "/x.pdf")[.type] as? FileAttributeType == .typeRegular)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["victim", "x.pdf"])
    }
}
