/// How often to try a connection that failed, and how long to wait in between.
///
/// ```swift
/// RetryPolicy(attempts: 3, firstDelay: 0.5).delays   // [0.5, 1.0]: try, wait, try, wait, try
/// ```
///
/// Only failures to reach or talk to the server are retried (no connection, a dropped
/// connection, a time-out, a temporary 4xx greeting); a refused login or recipient is not, and
/// nothing is retried once the server has accepted the message, so no one gets it twice.
public struct RetryPolicy: Sendable, Equatable {
    /// Tries in all, at least 1.
    public var attempts: Int
    /// Seconds before the second try; each later wait is `factor` times the one before.
    public var firstDelay: Double
    public var factor: Double

    public init(attempts: Int = 3, firstDelay: Double = 0.5, factor: Double = 2) {
        self.attempts = max(1, attempts)
        self.firstDelay = max(0, firstDelay)
        self.factor = max(1, factor)
    }

    /// The waits between tries: `attempts - 1` of them.
    public var delays: [Double] {
        (0..<max(0, attempts - 1)).map { firstDelay * pow(factor, Double($0)) }
    }

    private func pow(_ base: Double, _ exp: Double) -> Double {
        var r = 1.0
        for _ in 0..<Int(exp) { r *= base }
        return r
    }
}
