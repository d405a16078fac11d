/// CJK line-breaking rules (禁则, kinsoku) as data: characters a line may not start with
/// (closing punctuation, enumeration comma, full stops) and may not end with (opening brackets).
/// Pango applies the Unicode line-breaking algorithm, which already honours these; the fixed
/// measurer applies them itself, and the tests check Pango's output against the same sets.
public enum LineBreakRules {
    /// Never at the start of a line.
    public static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "】", "》", "」", "』", "〉", "”", "’", "…", "·",
        "%", "％", ",", ".", ";", ":", "?", "!", ")", "]", "}",
    ]
    /// Never at the end of a line.
    public static let noLineEnd: Set<Character> = [
        "（", "【", "《", "「", "『", "〈", "“", "‘", "(", "[", "{",
    ]
}
