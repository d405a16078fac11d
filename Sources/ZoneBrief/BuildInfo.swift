/// The version and the git commit the binary was built from, for `zonebrief --version` and
/// `zonebrief doctor`.
///
/// `scripts/install` and `scripts/package` write `BuildStamp.generated.swift` (not in git) with
/// the commit and build with `-DZB_BUILD_STAMP`; a plain `swift build` compiles the fallback below
/// and says "unknown commit".
public enum BuildInfo {
    /// Semantic version of the tool (also the .deb's version).
    public static let version = "1.1.0"
    /// `3f9a2c1` (or `3f9a2c1-dirty`), or `unknown commit`.
    public static let commit = buildStampCommit

    /// `zonebrief 1.1.0 (3f9a2c1)`.
    public static var line: String { "zonebrief \(version) (\(commit))" }
}

#if !ZB_BUILD_STAMP
let buildStampCommit = "unknown commit"
#endif
