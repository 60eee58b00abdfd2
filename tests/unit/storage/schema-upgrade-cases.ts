import type { DbFixture } from './upgrade-harness';

/**
 * What a fixture's tables must hold once opened with today's schema (version 4).
 * - v1: annotations and meta unchanged; the library's two tables are there, empty (the bundled
 *   article gets its row when first opened or hidden).
 * - v2: unchanged; the timeline's two tables are there, empty.
 * - v3: unchanged (v4 only adds an index).
 * - v4: unchanged.
 */
export function expectedAfterUpgrade(fixture: DbFixture): Record<string, unknown[]> {
  if (fixture.version >= 3) return fixture.tables;
  const timeline = { timelineEvents: [], dismissedProposals: [] };
  if (fixture.version >= 2) return { ...fixture.tables, ...timeline };
  return { ...fixture.tables, documents: [], documentTexts: [], ...timeline };
}
