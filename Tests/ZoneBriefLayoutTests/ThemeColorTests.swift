import Testing
@testable import ZoneBriefLayout

/// Colours with a role are painted in the theme's colour for the role: the document says a figure
/// rose, the theme says what a rise looks like.
@Suite struct ThemeColorTests {
    /// Records the colours of the runs it is given, and measures like `FixedAdvanceMeasurer`.
    final class RecordingMeasurer: TextMeasurer {
        let inner = FixedAdvanceMeasurer()
        var colors: [Color] = []
        func measure(_ runs: [TextRun], style: TextStyle, width: Double?) -> TextShape {
            colors += runs.compactMap(\.color)
            return inner.measure(runs, style: style, width: width)
        }
    }

    private var theme: Theme {
        var t = Theme.standard
        t.up = Color(hex: 0xFF0000)
        t.accent = Color(hex: 0x00FF00)
        return t
    }

    @Test func runsAndTableCellsTakeTheThemesColourForTheirRole() {
        let measurer = RecordingMeasurer()
        let doc = Fixtures.document([
            .paragraph(Paragraph([TextRun("增长"), TextRun("+12.5%", color: Color(role: .up))])),
            .table(Table(columns: [TableColumn("增速")], rows: [[TableCell("+3%", color: Color(role: .up))]])),
        ])
        _ = LayoutEngine(measurer: measurer, theme: theme).layout(doc)
        #expect(measurer.colors.filter { $0.hexString == "#FF0000" }.count == 2)
        #expect(!measurer.colors.contains { $0.role != nil || $0.hexString == Theme.standard.up.hexString })
    }

    @Test func cardAccentsTakeTheThemesColour() {
        let doc = Fixtures.document([.cards(CardGrid([Card(label: "总值", value: "12", accent: Color(role: .accent))], columns: 1))])
        let dump = LayoutEngine(measurer: FixedAdvanceMeasurer(), theme: theme).layout(doc).dump()
        #expect(dump.contains("fill #00FF00"))
        #expect(!dump.contains("fill #1F4E79"))
    }

    @Test func aRoleColourLooksLikeTheStandardThemesWithoutATheme() {
        for role in ColorRole.allCases {
            #expect(Color(role: role).hexString == Theme.standard.color(for: role).hexString)
        }
    }
}
