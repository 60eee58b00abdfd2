/**
 * What the find bar's status line says, as a code the UI translates:
 * `idle` (nothing typed yet), `none` (no matches), or the 1-based `position` of the current
 * hit among `total` (`capped` when the search stopped at its limit: "1000+").
 */
export type FindStatus =
  | { code: 'idle' }
  | { code: 'none' }
  | { code: 'count'; position: number; total: number; capped: boolean };

/**
 * The status for a search of `query` that found `total` hits (stopping at the limit when
 * `capped`), the current one at index `current` (-1 for none). A blank query is `idle`.
 */
export function findStatus(
  query: string,
  total: number,
  current: number,
  capped: boolean,
): FindStatus {
  if (query.trim() === '') return { code: 'idle' };
  if (total === 0) return { code: 'none' };
  return { code: 'count', position: Math.max(current, 0) + 1, total, capped };
}
