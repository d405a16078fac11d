// swift-tools-version:6.0
// ZoneBrief: Chinese high-tech-zone articles → facts → metrics → a printable PDF brief.
// One library target per pipeline stage; arrows only point down the pipeline.
import PackageDescription

let package = Package(
    name: "ZoneBrief",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zonebrief", targets: ["zonebrief"]),
        // The brief as a library: one entry point, BriefMaker.make(_:in:).
        .library(name: "ZoneBrief", targets: ["ZoneBrief"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The briefs file (zonebrief.toml) of `zonebrief run`.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The FACTS.md contract: Fact, Metric, Period, Kind…, diagnostics, JSONL/CSV coding.
        .target(name: "ZoneBriefCore"),
        // OpenCC, for reading pages in traditional script (matching only; quotes stay as written).
        .systemLibrary(name: "COpenCC", path: "Sources/COpenCC", pkgConfig: "opencc",
                       providers: [.apt(["libopencc-dev"])]),
        // Article text → facts (Swift; OpenCC's character table for traditional script).
        // Lexicon/Data is read from disk at run time (installed beside the binary, or in this
        // tree), never through a resource bundle.
        .target(name: "ZoneBriefExtract", dependencies: ["ZoneBriefCore", "COpenCC"],
                exclude: ["Lexicon/Data"]),
        // Facts → comparable figures: merge, conflicts, periods, rankings (pure Swift).
        .target(name: "ZoneBriefMetrics", dependencies: ["ZoneBriefCore"]),
        // Document model → positioned frames on pages (pure Swift, knows nothing of zones).
        .target(name: "ZoneBriefLayout"),
        // Metrics → the brief's document (all report wording lives here).
        .target(name: "ZoneBriefCompose", dependencies: ["ZoneBriefCore", "ZoneBriefMetrics", "ZoneBriefLayout"]),
        // The only C: cairo, pango, pangocairo, fontconfig.
        .systemLibrary(name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        // Frames → PDF through Cairo/Pango; text measurement through Pango.
        .target(name: "ZoneBriefPDF", dependencies: ["ZoneBriefLayout", "CPangoCairo"]),
        // libcurl, for SMTP.
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        // MIME message, SMTP transport, .eml writer.
        .target(name: "ZoneBriefMail", dependencies: ["ZoneBriefCore", "CCurl"]),
        // The brief as a library above the stages: inputs → extract → aggregate → compose → render →
        // the three files, with the environment (fonts, lexicon, output folder, clock) as one value.
        .target(name: "ZoneBrief", dependencies: [
            "ZoneBriefCore", "ZoneBriefExtract", "ZoneBriefMetrics", "ZoneBriefLayout", "ZoneBriefCompose", "ZoneBriefPDF",
        ]),
        // Operating it: the briefs file, the monthly run and its state, mail per recipient, doctor.
        .target(name: "ZoneBriefOps", dependencies: [
            "ZoneBrief", "ZoneBriefCore", "ZoneBriefMail", "ZoneBriefCompose", "ZoneBriefLayout", "ZoneBriefPDF", "ZoneBriefExtract",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // The command line: argv, environment, streams, exit codes.
        .executableTarget(name: "zonebrief", dependencies: [
            "ZoneBrief", "ZoneBriefOps", "ZoneBriefCore", "ZoneBriefExtract", "ZoneBriefMail", "ZoneBriefCompose", "ZoneBriefLayout",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks (run by scripts/bench): figures printed, never asserted.
        .executableTarget(name: "zonebrief-bench", dependencies: [
            "ZoneBriefCore", "ZoneBriefExtract", "ZoneBriefMetrics", "ZoneBriefLayout",
            "ZoneBriefCompose", "ZoneBriefPDF",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Fuzz targets (scripts/fuzz builds them with -sanitize=fuzzer,address and -DZB_FUZZ);
        // an ordinary build makes replayers of saved inputs.
        .target(name: "ZoneBriefFuzz", dependencies: ["ZoneBriefCore", "ZoneBriefExtract", "ZoneBriefLayout", "ZoneBriefPDF"]),
        .executableTarget(name: "FuzzExtract", dependencies: ["ZoneBriefFuzz"]),
        .executableTarget(name: "FuzzFactsFile", dependencies: ["ZoneBriefFuzz"]),
        .executableTarget(name: "FuzzLayout", dependencies: ["ZoneBriefFuzz"]),

        // Shared by the test targets: snapshot comparison.
        .target(name: "ZoneBriefTestSupport", path: "Tests/ZoneBriefTestSupport"),
        .testTarget(name: "ZoneBriefCoreTests", dependencies: ["ZoneBriefCore"]),
        .testTarget(name: "ZoneBriefExtractTests", dependencies: ["ZoneBriefExtract", "ZoneBriefCore"],
                    resources: [.copy("Specs")]),
        .testTarget(name: "ZoneBriefMetricsTests", dependencies: ["ZoneBriefTestSupport", "ZoneBriefMetrics", "ZoneBriefCore"],
                    exclude: ["Snapshots", "Fixtures"]),
        .testTarget(name: "ZoneBriefLayoutTests", dependencies: ["ZoneBriefTestSupport", "ZoneBriefLayout"], exclude: ["Snapshots"]),
        .testTarget(name: "ZoneBriefComposeTests", dependencies: ["ZoneBriefTestSupport", "ZoneBriefCompose", "ZoneBriefMetrics", "ZoneBriefCore", "ZoneBriefLayout"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "ZoneBriefPDFTests", dependencies: ["ZoneBriefPDF", "ZoneBriefLayout"], exclude: ["Tools"]),
        .testTarget(name: "ZoneBriefMailTests", dependencies: ["ZoneBriefMail", "ZoneBriefCore"],
                    exclude: ["Server"]),
        .testTarget(name: "ZoneBriefFuzzTests", dependencies: ["ZoneBriefFuzz"]),
        // ZoneBriefLayout named too: a test that holds a BriefOutcome (its Document) is rebuilt
        // when the document model's layout changes (an incremental build left it stale otherwise).
        .testTarget(name: "ZoneBriefTests", dependencies: ["ZoneBrief", "ZoneBriefCore", "ZoneBriefLayout"]),
        .testTarget(name: "ZoneBriefOpsTests", dependencies: ["ZoneBriefOps", "ZoneBrief", "ZoneBriefCore", "ZoneBriefMail", "ZoneBriefLayout"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ZoneBriefCore"]),
    ],
    swiftLanguageModes: [.v6]
)
