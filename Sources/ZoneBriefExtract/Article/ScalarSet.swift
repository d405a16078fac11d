/// A set of scalars as a 64 KiB bitmap of the Basic Multilingual Plane: one array read per test,
/// where a `Set<Unicode.Scalar>` would hash. Used on every character of the text, and for the
/// lexicon's sets of single characters (counters, place suffixes, scope ends…).
public struct ScalarSet: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
    private var bits = [UInt8](repeating: 0, count: 8192)
    private var astral: Set<UInt32> = []
    /// The members, in the order inserted (for listing the set and comparing it).
    private var members: [Unicode.Scalar] = []

    public init() {}

    public init(_ scalars: some Sequence<Unicode.Scalar>) {
        for u in scalars { insert(u) }
    }

    public init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    public mutating func insert(_ u: Unicode.Scalar) {
        guard !contains(u) else { return }
        let v = u.value
        if v < 65536 { bits[Int(v >> 3)] |= 1 << UInt8(v & 7) } else { astral.insert(v) }
        members.append(u)
    }

    public mutating func formUnion(_ other: some Sequence<Unicode.Scalar>) {
        for u in other { insert(u) }
    }

    public func union(_ other: ScalarSet) -> ScalarSet {
        var out = self
        out.formUnion(other)
        return out
    }

    @inline(__always) public func contains(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 65536 { return bits[Int(v >> 3)] & (1 << UInt8(v & 7)) != 0 }
        return astral.contains(v)
    }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }
    /// The first member inserted.
    public var first: Unicode.Scalar? { members.first }
    /// The members in order of value.
    public func makeIterator() -> IndexingIterator<[Unicode.Scalar]> { members.sorted { $0.value < $1.value }.makeIterator() }
    public static func == (a: ScalarSet, b: ScalarSet) -> Bool { a.elementsEqual(b) }

    /// The first index in `from..<to` of `t` whose scalar is in the set, else `to` (the scanning
    /// loops' "skip what cannot matter", without a bounds check per character).
    func firstIndex(in t: [Unicode.Scalar], from: Int, to: Int) -> Int {
        guard from < to else { return from }
        precondition(from >= 0 && to <= t.count, "ScalarSet.firstIndex: range out of bounds")
        return t.withUnsafeBufferPointer { tb in
            bits.withUnsafeBufferPointer { bb in
                var i = from
                while i < to {
                    let v = tb[i].value
                    if v < 65536 {
                        if bb[Int(v >> 3)] & (1 << UInt8(v & 7)) != 0 { return i }
                    } else if astral.contains(v) {
                        return i
                    }
                    i += 1
                }
                return to
            }
        }
    }
}

/// A set of scalar pairs, approximately: a bitmap over a hash of two scalars. `contains` may
/// say yes for a pair not inserted (then the caller checks properly), never no for one inserted.
struct ScalarPairFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 4096)   // 2^18 bits

    init() {}

    @inline(__always) private static func slot(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int((a.value &* 0x9E37_79B1 ^ b.value &* 0x85EB_CA77) >> 7) & 0x3FFFF
    }

    mutating func insert(_ a: Unicode.Scalar, _ b: Unicode.Scalar) {
        let k = Self.slot(a, b)
        bits[k >> 6] |= 1 << UInt64(k & 63)
    }

    @inline(__always) func contains(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let k = Self.slot(a, b)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}

/// UTF-8 bytes → scalars, with invalid sequences replaced by U+FFFD and reported; faster than
/// going through `String` for the extractor's needs.
enum UTF8Scalars {
    static func decode(_ bytes: ArraySlice<UInt8>) -> ([Unicode.Scalar], Bool) {
        var ok = true
        let out = bytes.withUnsafeBufferPointer { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { buf, count in
                var i = 0, o = 0
                let n = b.count
                while i < n {
                    let c0 = b[i]
                    if c0 < 0x80 { buf[o] = Unicode.Scalar(c0); o += 1; i += 1; continue }
                    // the common case in Chinese text: a valid three-byte sequence
                    if c0 >= 0xE1 && c0 <= 0xEC && i + 2 < n {
                        let c1 = b[i + 1], c2 = b[i + 2]
                        if c1 & 0xC0 == 0x80 && c2 & 0xC0 == 0x80 {
                            let v = UInt32(c0 & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
                            buf[o] = unsafeBitCast(v, to: Unicode.Scalar.self); o += 1; i += 3; continue   // 0x1000…0xCFFF: always a scalar
                        }
                    }
                    var need = 0
                    var v: UInt32 = 0
                    var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                    switch c0 {
                    case 0xC2...0xDF: need = 1; v = UInt32(c0 & 0x1F)
                    case 0xE0: need = 2; v = UInt32(c0 & 0x0F); lo = 0xA0
                    case 0xE1...0xEC, 0xEE...0xEF: need = 2; v = UInt32(c0 & 0x0F)
                    case 0xED: need = 2; v = UInt32(c0 & 0x0F); hi = 0x9F
                    case 0xF0: need = 3; v = UInt32(c0 & 0x07); lo = 0x90
                    case 0xF1...0xF3: need = 3; v = UInt32(c0 & 0x07)
                    case 0xF4: need = 3; v = UInt32(c0 & 0x07); hi = 0x8F
                    default:
                        buf[o] = "\u{FFFD}"; o += 1; ok = false; i += 1; continue
                    }
                    var k = 1
                    var good = true
                    while k <= need {
                        guard i + k < n else { good = false; break }
                        let c = b[i + k]
                        if k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF) { good = false; break }
                        v = (v << 6) | UInt32(c & 0x3F)
                        k += 1
                    }
                    if good, let u = Unicode.Scalar(v) {
                        buf[o] = u; o += 1
                        i += need + 1
                    } else {
                        buf[o] = "\u{FFFD}"; o += 1
                        ok = false
                        i += max(1, k)
                    }
                }
                count = o
            }
        }
        return (out, ok)
    }
}
