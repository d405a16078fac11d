import ZoneBriefFuzz
#if canImport(Glibc)
import Glibc
#endif

// Fuzz target "factsFile" (see FuzzTargets.factsFile). Built with -sanitize=fuzzer by scripts/fuzz, it is a
// libFuzzer binary; in an ordinary build it replays the files or folders it is given.
#if ZB_FUZZ
@_cdecl("FuzzFactsFile_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        FuzzTargets.factsFile(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }
}
#else
@main
struct Replay {
    static func main() {
        exit(replay(Array(CommandLine.arguments.dropFirst()), through: FuzzTargets.factsFile))
    }
}
#endif
