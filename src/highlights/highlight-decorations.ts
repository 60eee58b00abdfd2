import type { AnchoredAnnotation } from '../annotations/sort-annotations';
import type { HighlightDecoration } from '../document/text-decorations';

/** The highlights to draw for the anchored annotations. */
export function highlightDecorations(
  anchored: readonly AnchoredAnnotation[],
): HighlightDecoration[] {
  return anchored.map(({ record, start, end }) => ({
    key: record.id,
    start,
    end,
    color: record.color,
    hasNote: record.note.trim() !== '',
    created: record.created,
  }));
}
