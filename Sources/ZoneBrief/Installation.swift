import Foundation

/// Where ZoneBrief's resources (its fonts and its lexicon) are, for a binary that may have been
/// copied anywhere. Each resource is looked for in turn:
///
/// 1. beside the binary: `BIN/../share/zonebrief/{fonts,lexicon}` (`/usr/local/bin/zonebrief` →
///    `/usr/local/share/zonebrief/fonts`), as `scripts/install` and the .deb lay them out;
/// 2. `$ZONEBRIEF_HOME/{fonts,lexicon}`, the same layout anywhere;
/// 3. the source tree the binary was built from (`Fonts/`, `Sources/ZoneBriefExtract/Lexicon/Data/`).
///
/// Never `Bundle.module`: that stops the program ("could not load resource bundle", exit 132)
/// once the build folder is gone. A resource found nowhere is a ``BriefFailure`` of one line that
/// names the places looked in.
///
/// ```swift
/// let install = Installation.current()
/// let fonts = try install.fonts()        // URL of the fonts folder
/// ```
public struct Installation: Sendable {
    /// One place resources may be.
    public struct Place: Sendable, Equatable {
        /// `beside the binary`, `$ZONEBRIEF_HOME`, `the build tree`.
        public var origin: String
        public var fonts: URL
        public var lexicon: URL
    }

    /// The places, in the order they are searched.
    public var places: [Place]
    /// `$ZONEBRIEF_HOME`, when set (doctor names it even when it holds nothing).
    public var home: String?

    public static let homeVariable = "ZONEBRIEF_HOME"

    public init(places: [Place], home: String? = nil) {
        self.places = places
        self.home = home
    }

    /// The places for this process: its own binary, `$ZONEBRIEF_HOME` in `environment`, the build tree.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Installation {
        var places: [Place] = []
        if let exe = executableURL() {
            let share = exe.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/zonebrief")
            places.append(Place(origin: "beside the binary", fonts: share.appendingPathComponent("fonts"),
                                lexicon: share.appendingPathComponent("lexicon")))
        }
        let home = environment[homeVariable].flatMap { $0.isEmpty ? nil : $0 }
        if let home {
            let h = URL(fileURLWithPath: home)
            places.append(Place(origin: "$ZONEBRIEF_HOME", fonts: h.appendingPathComponent("fonts"),
                                lexicon: h.appendingPathComponent("lexicon")))
        }
        places.append(Place(origin: "the build tree", fonts: buildTree.appendingPathComponent("Fonts"),
                            lexicon: buildTree.appendingPathComponent("Sources/ZoneBriefExtract/Lexicon/Data")))
        return Installation(places: places, home: home)
    }

    /// The package folder this file was compiled in (`Sources/ZoneBrief/Installation.swift` → `.`).
    public static let buildTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The running binary, symlinks resolved (`/proc/self/exe` on Linux: argv[0] may be a bare name
    /// found through PATH).
    public static func executableURL() -> URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath() }
        guard let arg = CommandLine.arguments.first, arg.contains("/") else { return nil }
        return URL(fileURLWithPath: arg).resolvingSymlinksInPath()
    }

    /// The first fonts folder that holds a font file (.ttf, .otf, .ttc).
    public func fonts() throws -> URL {
        if let found = places.first(where: { Self.hasFonts($0.fonts) }) { return found.fonts }
        throw BriefFailure("no fonts: looked in \(looked(\.fonts)); reinstall (scripts/install), set $ZONEBRIEF_HOME, or pass --fonts DIR")
    }

    /// The first lexicon folder that holds a .tsv file.
    public func lexicon() throws -> URL {
        if let found = places.first(where: { Self.hasLexicon($0.lexicon) }) { return found.lexicon }
        throw BriefFailure("no lexicon: looked in \(looked(\.lexicon)); reinstall (scripts/install) or set $ZONEBRIEF_HOME")
    }

    /// Which place, if any, provides fonts and lexicon (for `zonebrief doctor`).
    public func origin(of url: URL) -> String? {
        places.first { $0.fonts == url || $0.lexicon == url }?.origin
    }

    private func looked(_ key: KeyPath<Place, URL>) -> String {
        places.map { $0[keyPath: key].path }.joined(separator: ", ")
    }

    static func hasFonts(_ dir: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.contains { n in [".ttf", ".otf", ".ttc"].contains { n.lowercased().hasSuffix($0) } }
    }

    static func hasLexicon(_ dir: URL) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).contains { $0.hasSuffix(".tsv") }
    }
}
