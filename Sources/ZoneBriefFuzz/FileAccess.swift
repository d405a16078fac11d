import Foundation

func directoryEntries(_ path: String, isDirectory: inout Bool) -> [String]? {
    var d: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &d) else { return nil }
    isDirectory = d.boolValue
    return isDirectory ? (try? FileManager.default.contentsOfDirectory(atPath: path))?.filter { !$0.hasPrefix(".") } : nil
}

func readAll(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map(Array.init)
}
