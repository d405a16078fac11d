extension SMTPConfigFile {
    /// The keys a config file (and the `[smtp]` table of a briefs file) may set, sorted.
    public static var knownKeys: [String] { keys.keys.sorted() }

    /// Sets `key` to `value` (as the file would write it: `yes`, `3`, `0.5`, a path) in `settings`;
    /// returns the problem in words (`retries must be a whole number from 1 to 10`), or nil.
    public static func apply(_ key: String, _ value: String, to settings: inout SMTPSettings) -> String? {
        guard let set = keys[key] else { return "unknown key '\(key)'; known keys: \(knownKeys.joined(separator: ", "))" }
        return set(&settings, value)
    }
}
