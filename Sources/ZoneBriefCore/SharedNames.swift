/// One copy of each zone name, label, source file name and article date among the facts: a facts
/// file repeats them on every row, and every row read holds strings of its own (some 100 bytes a
/// fact for the zone and the file alone). Quotes are the facts' own and stay as they are.
///
///     SharedNames.share(&input.facts)
public enum SharedNames {
    public static func share(_ facts: inout [Fact]) {
        var names: [String: String] = [:]
        func shared(_ s: String) -> String {
            // Short strings are stored inline, with nothing to share.
            guard s.utf8.count > 15 else { return s }
            if let known = names[s] { return known }
            names[s] = s
            return s
        }
        for i in facts.indices {
            facts[i].zone = shared(facts[i].zone)
            if let label = facts[i].label { facts[i].label = shared(label) }
            facts[i].source.file = shared(facts[i].source.file)
            if let date = facts[i].source.date { facts[i].source.date = shared(date) }
        }
    }
}
