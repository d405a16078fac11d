/// One syllable of Hanyu Pinyin written without tones (zong, zhi, qu): an initial, or none, and a final.
/// Some mirror sites gloss each character so (總(zong)產值(zhi)); the reader tells such glosses from
/// letters in brackets that are words (GDP, a, eg) by this.
enum PinyinSyllable {
    private static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
                                   "j", "q", "x", "r", "z", "c", "s", "y", "w", ""]
    private static let finals: Set<String> = ["a", "o", "e", "i", "u", "v", "ü", "ai", "ei", "ao", "ou", "an", "en",
                                              "ang", "eng", "ong", "er", "ia", "ie", "iao", "iu", "ian", "in", "iang",
                                              "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue",
                                              "ve", "üe"]

    static func isSyllable(_ letters: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (1...6).contains(letters.count) else { return false }
        let word = String(String.UnicodeScalarView(letters))
        return initials.contains { word.hasPrefix($0) && finals.contains(String(word.dropFirst($0.count))) }
    }
}
