import Foundation
import Testing
@testable import ZoneBriefOps

/// `zonebrief doctor` from the build tree: everything found, the fonts cover a sample brief, and
/// what is missing comes with its fix.
@Suite struct DoctorTests {
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("zb-doctor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theBuildTreeHasEverythingAndTheFontsCoverTheBrief() throws {
        let home = try scratch()
        defer { try? FileManager.default.removeItem(at: home) }
        let findings = Doctor.check(briefsFile: nil, environment: ["HOME": home.path])
        let bySubject = Dictionary(findings.map { ($0.subject, $0) }, uniquingKeysWith: { a, _ in a })
        for subject in ["zonebrief", "lexicon", "fonts", "font coverage", "cairo", "pango", "fontconfig", "libcurl", "time zones"] {
            #expect(bySubject[subject]?.status == .ok, "\(subject): \(bySubject[subject]?.detail ?? "not checked")")
        }
        #expect(bySubject["fonts"]?.detail.contains("(the build tree)") == true)
        #expect(bySubject["libcurl"]?.detail.hasPrefix("libcurl/") == true)
        #expect(bySubject["font coverage"]?.detail.hasPrefix("all ") == true)
        // no smtp.conf in this HOME: a warning with the fix, not a failure
        #expect(bySubject["SMTP settings"]?.status == .warning)
        #expect(bySubject["SMTP settings"]?.fix?.contains("/.config/zonebrief/smtp.conf") == true)
        #expect(!findings.contains { $0.status == .missing })
    }

    @Test func whatIsMissingComesWithItsFix() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let briefs = dir.appendingPathComponent("zonebrief.toml")
        try "[[brief]]\nname = \"a\"\narticles = [\"nowhere\"]\nto = [\"a@x.cn\"]\n".write(to: briefs, atomically: true, encoding: .utf8)
        let conf = dir.appendingPathComponent("smtp.conf")
        try "url = smtp://127.0.0.1:25\n".write(to: conf, atomically: true, encoding: .utf8)
        let findings = Doctor.check(fonts: dir.path, briefsFile: briefs.path,
                                    environment: ["HOME": dir.path, "ZONEBRIEF_SMTP_CONFIG": conf.path])
        let fonts = findings.first { $0.subject == "fonts" }
        #expect(fonts?.status == .missing)
        #expect(fonts?.fix?.contains("scripts/install") == true)
        let smtp = findings.first { $0.subject == "SMTP settings" }
        #expect(smtp?.status == .warning)
        #expect(smtp?.detail.contains("no from") == true)
        let article = findings.first { $0.subject == "briefs file" && $0.status == .missing }
        #expect(article?.detail.hasSuffix("brief a: no article folder \(dir.path)/nowhere") == true, "\(findings)")
        #expect(findings.first?.lines.first?.hasPrefix("ok       zonebrief: ") == true)
    }
}
