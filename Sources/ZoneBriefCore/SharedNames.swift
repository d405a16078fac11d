/// One copy of each zone name, label, source file name and article date among the facts: a facts
/// file repeats them on every row, and every row read holds strings of its own (some 100 bytes a
/// fact for the zone and the file alone). Quotes are the facts' own and stay as they are.
///
///     SharedNames.share(&input.facts)
///
/// or fact by fact as they are read (the copies let go at once):
///
///     var names = SharedNames()
///     names.share(&fact)
public struct SharedNames {
    private var names: [String: String] = [:]

    public init() {}

    public static func share(_ facts: inout [Fact]) {
        var names = SharedNames()
        for i in facts.indices { names.share(&facts[i]) }
    }

    public mutating func share(_ fact: inout Fact) {
        fact.zone = shared(fact.zone)
        if let label = fact.label { fact.label = shared(label) }
        fact.source.file = shared(fact.source.file)
        if let date = fact.source.date { fact.source.date = shared(date) }
    }

    private mutating func shared(_ s: String) -> String {
        // Short strings are stored inline, with nothing to share.
        guard s.utf8.count > 15 else { return s }
        if let known = names[s] { return known }
        names[s] = s
        return s
    }
}
