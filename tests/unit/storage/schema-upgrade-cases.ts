import type { DbFixture } from './upgrade-harness';

interface AnnotationRow {
  documentId: string;
  modified: string;
}

/**
 * What a fixture's tables must hold once opened with today's schema (version 2).
 * - v1: annotations and meta unchanged; each annotated document gets a library row (`meta:
 *   null`, metadata shipped with the app) opened last when its annotations last changed;
 *   no added documents, so no texts.
 * - v2: unchanged.
 */
export function expectedAfterUpgrade(fixture: DbFixture): Record<string, unknown[]> {
  if (fixture.version >= 2) return fixture.tables;
  const lastChange = new Map<string, string>();
  for (const row of (fixture.tables.annotations ?? []) as AnnotationRow[]) {
    const seen = lastChange.get(row.documentId);
    if (seen === undefined || row.modified > seen) lastChange.set(row.documentId, row.modified);
  }
  return {
    ...fixture.tables,
    documents: [...lastChange].map(([id, lastOpened]) => ({
      id,
      meta: null,
      added: null,
      lastOpened,
      contentHash: null,
      deleted: null,
      hidden: false,
    })),
    documentTexts: [],
  };
}
