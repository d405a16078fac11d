import Testing
@testable import ZoneBriefLayout

/// Where tables break: never a short table, never one row alone under a header or on the last
/// page; too-wide content shrinks the widest columns first.
@Suite struct TableBreakTests {
    /// Filler that leaves `lines` body lines free at most, then a table of `rows` rows.
    private func layout(fillerChars: Int, rows: Int) -> LayoutResult {
        Fixtures.layout([.paragraph(Paragraph(Fixtures.chinese(fillerChars))), .table(Fixtures.table(rows: rows))])
    }

    /// Rows of the table on each page (data rows only: their first cell is a number).
    private func rowsPerPage(_ r: LayoutResult) -> [Int] {
        r.pages.map { page in
            page.texts.filter { $0.hasPrefix("第") && $0.hasSuffix("园区") }.count
        }.filter { $0 > 0 }
    }

    @Test(arguments: Array(stride(from: 1800, through: 2900, by: 60)))
    func shortTableMovesWhole(fillerChars: Int) {
        let counts = rowsPerPage(layout(fillerChars: fillerChars, rows: LayoutEngine.unsplitTableRows))
        #expect(counts == [LayoutEngine.unsplitTableRows], "rows per page: \(counts)")
    }

    @Test(arguments: Array(stride(from: 1800, through: 2900, by: 60)))
    func longTableKeepsTwoRowsUnderItsHeaderAndAtItsEnd(fillerChars: Int) {
        let counts = rowsPerPage(layout(fillerChars: fillerChars, rows: 9))
        #expect(counts.reduce(0, +) == 9)
        for c in counts { #expect(c >= 2, "rows per page: \(counts)") }
    }

    static let widthCases: [([Double], Double)] = [
        ([80, 42, 42, 42, 42, 42, 42, 42, 34, 42, 34], 481.9),
        ([300, 40, 40, 40], 300),
        ([50, 50, 50], 120),
    ]

    @Test(arguments: widthCases)
    func columnsFitTheWidthAndNarrowOnesKeepTheirSize(natural: [Double], total: Double) {
        let engine = LayoutEngine(measurer: FixedAdvanceMeasurer())
        let widths = engine.columnWidths(natural: natural, weights: natural.map { _ in 1 }, minimum: 30, total: total)
        #expect(widths.reduce(0, +) <= total + 0.01, "\(widths)")
        // The narrowest column keeps its width when the widest alone can absorb the excess.
        let narrowest = natural.indices.min { natural[$0] < natural[$1] }!
        if natural.reduce(0, +) - total < natural.max()! - natural[narrowest] {
            #expect(abs(widths[narrowest] - natural[narrowest]) < 0.01, "\(widths)")
        }
    }
}
