/**
 * How far into a document a stored reading position is, 0..1: the canonical offset of the block
 * at the top of the view over the text's length. Null for a missing or malformed position (the
 * document was never scrolled) or an empty text. Never throws.
 * @param raw a stored `ReadingPosition`, unvalidated
 * @param textLength the document's canonical text length, in UTF-16 units
 */
export function readingProgress(raw: unknown, textLength: number): number | null {
  if (typeof raw !== 'object' || raw === null || !(textLength > 0)) return null;
  const offset = (raw as { offset?: unknown }).offset;
  if (typeof offset !== 'number' || !Number.isFinite(offset) || offset < 0) return null;
  return Math.min(1, offset / textLength);
}
