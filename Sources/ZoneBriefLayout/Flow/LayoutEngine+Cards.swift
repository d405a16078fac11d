/// Key-figure cards: a grid, one slice per row of cards (a row never splits).
extension LayoutEngine {
    func cardSlices(_ g: CardGrid) -> [Slice] {
        guard !g.cards.isEmpty else { return [] }
        let columns = max(1, min(g.columns, 6))
        let gap = 10.0, pad = 9.0, accentWidth = 3.0
        let cardWidth = (theme.contentWidth - gap * Double(columns - 1)) / Double(columns)
        let inner = cardWidth - 2 * pad - accentWidth
        var out: [Slice] = []
        var start = 0
        while start < g.cards.count {
            let row = Array(g.cards[start..<min(start + columns, g.cards.count)])
            // Measure every card of the row, then give them all the tallest height.
            var parts: [CardParts] = []
            for card in row {
                let accent = card.accent.map(theme.resolve) ?? theme.accent
                let label = measure(card.label, theme.cardLabel, width: inner, maxLines: 2)
                var unit: TextShape? = card.unit.isEmpty ? nil : measure(card.unit, theme.cardUnit, width: inner, maxLines: 1)
                var value = measure([TextRun(card.value, color: accent)], theme.cardValue, width: nil)
                if value.width + (unit.map { $0.width + 3 } ?? 0) > inner {
                    value = measure([TextRun(card.value, color: accent)], theme.cardValue, width: inner, maxLines: 2)
                    if let u = unit, value.width + u.width + 3 > inner { unit = measure(card.unit, theme.cardUnit, width: inner, maxLines: 1) }
                }
                let note = card.note.isEmpty ? nil : measure(card.note, theme.cardNote, width: inner, maxLines: 3)
                parts.append(CardParts(label: label, value: value, unit: unit, note: note))
            }
            func valueBlockHeight(_ p: CardParts) -> Double {
                guard let u = p.unit else { return p.value.height }
                return p.value.width + u.width + 3 > inner ? p.value.height + u.height : p.value.height
            }
            var height = 0.0
            for p in parts {
                let noteHeight: Double = p.note.map { 3 + $0.height } ?? 0
                height = max(height, pad + p.label.height + 3 + valueBlockHeight(p) + noteHeight + pad)
            }
            var s = Slice(height: height, spaceBefore: start == 0 ? theme.blockSpacing : gap)
            for (k, card) in row.enumerated() {
                let p = parts[k]
                let accent = card.accent.map(theme.resolve) ?? theme.accent
                let x = Double(k) * (cardWidth + gap)
                s.items.append(.rect(RectItem(Rect(x: x, y: 0, width: cardWidth, height: height), fill: theme.cardFill)))
                s.items.append(.rect(RectItem(Rect(x: x, y: 0, width: accentWidth, height: height), fill: accent)))
                let tx = x + accentWidth + pad
                var y = pad
                s.items.append(.structure(.begin(.paragraph)))
                s.items.append(.text(TextItem(origin: Point(tx, y), shape: p.label, color: theme.muted)))
                y += p.label.height + 3
                s.items.append(.text(TextItem(origin: Point(tx, y), shape: p.value, color: accent)))
                if let u = p.unit {
                    let last = p.value.lines[p.value.lines.count - 1]
                    if p.value.width + u.width + 3 <= inner {
                        // On the figure's baseline, right after it.
                        let uy = y + last.baseline - u.lines[0].baseline
                        s.items.append(.text(TextItem(origin: Point(tx + last.x + last.width + 3, uy), shape: u, color: theme.muted)))
                    } else {
                        s.items.append(.text(TextItem(origin: Point(tx, y + p.value.height), shape: u, color: theme.muted)))
                    }
                }
                y += valueBlockHeight(p)
                if let n = p.note {
                    s.items.append(.text(TextItem(origin: Point(tx, y + 3), shape: n, color: theme.muted)))
                }
                s.items.append(.structure(.end(.paragraph)))
            }
            out.append(s)
            start += columns
        }
        return out
    }
}

/// A card's measured texts.
private struct CardParts {
    var label: TextShape
    var value: TextShape
    var unit: TextShape?
    var note: TextShape?
}
