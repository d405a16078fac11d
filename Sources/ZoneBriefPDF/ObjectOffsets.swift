/// Where each object of a merged PDF starts, by object number: five bytes an object (offsets
/// below 1 TiB; the cross-reference table writes ten digits anyway), in blocks of 65,536 numbers
/// that are never moved or doubled as the table grows. The 100,000-fact brief has some 3.3
/// million objects: 16 MB here, against 26 MB as `[Int]` and up to twice that while it grew.
struct ObjectOffsets {
    private static let blockBits = 16
    private static let blockSize = 1 << blockBits
    private var low: [[UInt32]] = []
    private var high: [[UInt8]] = []
    /// How many objects (numbers 0 ..< count).
    private(set) var count = 0

    init(count: Int) { appendZeros(count) }

    /// Adds `n` numbers, their offsets 0.
    mutating func appendZeros(_ n: Int) {
        var left = n
        while left > 0 {
            if count % Self.blockSize == 0 {
                low.append([])
                low[low.count - 1].reserveCapacity(Self.blockSize)
                high.append([])
                high[high.count - 1].reserveCapacity(Self.blockSize)
            }
            let k = min(Self.blockSize - count % Self.blockSize, left)
            low[low.count - 1].append(contentsOf: repeatElement(0, count: k))
            high[high.count - 1].append(contentsOf: repeatElement(0, count: k))
            count += k
            left -= k
        }
    }

    subscript(n: Int) -> Int {
        get {
            let b = n >> Self.blockBits
            let i = n & (Self.blockSize - 1)
            return Int(high[b][i]) << 32 | Int(low[b][i])
        }
        set {
            precondition(newValue >= 0 && newValue < 1 << 40, "PDF offset \(newValue) out of range")
            let b = n >> Self.blockBits
            let i = n & (Self.blockSize - 1)
            low[b][i] = UInt32(truncatingIfNeeded: newValue)
            high[b][i] = UInt8(truncatingIfNeeded: newValue >> 32)
        }
    }
}
