/// Formats numbers for machine-readable output: integers without a decimal point
/// (10880000000), other values in Swift's shortest round-trip form (3.0, 55.49).
public enum NumberText {
    /// `10880000000` for integral values below 2^53, else Swift's shortest form.
    public static func plain(_ v: Double) -> String {
        if v.isFinite, v == v.rounded(), abs(v) < 9_007_199_254_740_992 {
            return String(Int64(v))
        }
        return v.description
    }

    /// A percentage or rate as JSON shows it in FACTS.md: always with a fraction (3.0, -2.1).
    public static func rate(_ v: Double) -> String { v.description }
}
