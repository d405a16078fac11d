#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An axis whose ticks fall on round numbers (steps of 1, 2, 2.5 or 5 × 10ⁿ) and that always
/// includes zero, so bars grow from a visible zero line and negatives go below it.
///
///     NiceScale(min: -3, max: 157.6).ticks   // [-50, 0, 50, 100, 150, 200]
public struct NiceScale: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    public var step: Double
    /// Decimals needed to print the ticks.
    public var decimals: Int

    public init(min: Double, max: Double, targetTicks: Int = 5) {
        var lo = Swift.min(0, min), hi = Swift.max(0, max)
        if !lo.isFinite || !hi.isFinite { lo = 0; hi = 1 }
        if hi - lo < 1e-12 { hi = lo + 1 }
        let raw = (hi - lo) / Double(Swift.max(1, targetTicks))
        let magnitude = pow(10, floor(log10(raw)))
        let norm = raw / magnitude
        let factor = [1, 2, 2.5, 5, 10].first { $0 >= norm - 1e-9 } ?? 10
        step = factor * magnitude
        lower = (lo / step + 1e-9).rounded(.down) * step
        upper = (hi / step - 1e-9).rounded(.up) * step
        var d = 0
        while d < 8, abs(step * pow(10, Double(d)) - (step * pow(10, Double(d))).rounded()) > 1e-6 { d += 1 }
        decimals = d
    }

    public var ticks: [Double] {
        let n = Int(((upper - lower) / step).rounded())
        return (0...n).map { lower + Double($0) * step }
    }

    /// Where `v` falls between `lower` (0) and `upper` (1).
    public func fraction(_ v: Double) -> Double { (v - lower) / (upper - lower) }
}

/// Prints `v` with exactly `decimals` decimals, locale-free (`157.6`, `-3.0`, `1200`).
public func formatNumber(_ v: Double, decimals: Int) -> String {
    guard v.isFinite else { return "–" }
    guard abs(v) < 1e15 else { return "\(v)" }
    let scale = pow(10, Double(decimals))
    let scaled = (abs(v) * scale).rounded()
    let whole = Int(scaled / scale)
    let neg = v < 0 && scaled != 0
    var s = (neg ? "-" : "") + "\(whole)"
    if decimals > 0 {
        let frac = Int(scaled - Double(whole) * scale)
        let digits = String(frac)
        s += "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
    }
    return s
}

/// A bar's default label: up to two decimals, trailing zeros dropped (`157.6`, `12`, `-0.35`).
public func formatValue(_ v: Double) -> String {
    var s = formatNumber(v, decimals: 2)
    if s.contains(".") {
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
}
