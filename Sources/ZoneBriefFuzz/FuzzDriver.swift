/// The libFuzzer entry, for fuzz executables built with `-sanitize=fuzzer` (scripts/fuzz).
///
/// SwiftPM renames an executable's `main` to `<Module>_main`; libFuzzer brings its own `main`, so
/// each fuzz executable defines `<Module>_main` and hands control to libFuzzer's driver here.
public typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

#if ZB_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: FuzzCallback) -> CInt

/// Runs libFuzzer's driver (the corresponding C function is `LLVMFuzzerRunDriver`).
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ callback: FuzzCallback) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v, callback)
}
#endif

/// Replays input files through a target without libFuzzer (an ordinary build): each file given,
/// or each file of each folder given, is run once. Prints one line per input.
public func replay(_ paths: [String], through target: (UnsafeRawBufferPointer) -> Void) -> CInt {
    var files: [String] = []
    for p in paths {
        var isDir = false
        if let kids = directoryEntries(p, isDirectory: &isDir), isDir {
            files += kids.sorted().map { p + "/" + $0 }
        } else {
            files.append(p)
        }
    }
    for f in files {
        guard let bytes = readAll(f) else {
            print("cannot read \(f)")
            return 1
        }
        bytes.withUnsafeBytes(target)
        print("ok \(f) (\(bytes.count) bytes)")
    }
    return 0
}
