/** Shortest prefix length tried for a short id. */
const MIN_LENGTH = 8;

/**
 * Short, stable ids for a set of UUIDs: the first 8 hex digits (dashes dropped), lengthened
 * only as far as needed to tell the set's members apart. Letters, digits only, as Obsidian
 * block ids require. Deterministic for a given set.
 */
export function shortIds(ids: readonly string[]): Map<string, string> {
  const compact = ids.map((id) => id.replace(/[^0-9a-zA-Z]/g, '').toLowerCase());
  const longest = Math.max(MIN_LENGTH, ...compact.map((c) => c.length));
  for (let length = MIN_LENGTH; length <= longest; length++) {
    const prefixes = compact.map((c) => c.slice(0, length));
    if (new Set(prefixes).size === new Set(compact).size) {
      return new Map(ids.map((id, i) => [id, prefixes[i] ?? '']));
    }
  }
  return new Map(ids.map((id, i) => [id, compact[i] ?? '']));
}
