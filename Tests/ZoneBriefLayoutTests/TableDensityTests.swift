import Testing
@testable import ZoneBriefLayout

/// A table of `.automatic` density is set in the compact type when it is long or its columns do
/// not fit the width in the regular type, and in the regular type otherwise: the engine decides
/// from what it measures, not the composer from counts.
@Suite struct TableDensityTests {
    private func table(columns: Int, rows: Int, cell: (Int, Int) -> String, density: TableDensity) -> Table {
        Table(columns: (0..<columns).map { TableColumn("列\($0)") },
              rows: (0..<rows).map { r in (0..<columns).map { TableCell(cell(r, $0)) } }, density: density)
    }

    private func dump(_ t: Table) -> String { Fixtures.layout([.table(t)]).dump() }

    private func automaticIsSetAs(_ expected: TableDensity, columns: Int, rows: Int, cell: @escaping (Int, Int) -> String) {
        let auto = dump(table(columns: columns, rows: rows, cell: cell, density: .automatic))
        #expect(auto == dump(table(columns: columns, rows: rows, cell: cell, density: expected)))
        #expect(auto != dump(table(columns: columns, rows: rows, cell: cell, density: expected == .compact ? .regular : .compact)))
    }

    @Test func narrowColumnsThatFitStayRegular() {
        automaticIsSetAs(.regular, columns: 4, rows: 5) { r, c in "\(r * 10 + c)" }
    }

    @Test func aLongTextColumnWrapsInTheRegularType() {
        automaticIsSetAs(.regular, columns: 3, rows: 5) { r, c in c == 2 ? Fixtures.chinese(120, seed: r) : "第\(r)行" }
    }

    @Test func columnsTooWideForTheRegularTypeGoCompact() {
        automaticIsSetAs(.compact, columns: 11, rows: 5) { r, c in "园区指标\(r)\(c)" }
    }

    @Test func aLongTableGoesCompact() {
        automaticIsSetAs(.compact, columns: 3, rows: LayoutEngine.longTableRows + 1) { r, c in "\(r)-\(c)" }
    }
}
