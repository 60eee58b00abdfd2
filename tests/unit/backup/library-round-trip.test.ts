import { normalizeAnnotation } from '../../../src/storage/validate-annotation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/anchoring/describe';
import type { LibraryContents } from '../../../src/backup/build-library-backup';
import {
  buildLibraryBackup,
  serializeLibraryBackup,
} from '../../../src/backup/build-library-backup';
import { parseLibraryBackup } from '../../../src/backup/parse-library-backup';
import { planRestore } from '../../../src/backup/restore-plan';
import { buildDocument } from '../../../src/document/build-document';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import { cleanTags, hasPassage, HIGHLIGHT_COLORS } from '../../../src/storage/annotation-record';
import type { TimelineEventRecord } from '../../../src/storage/timeline-event-record';
import { QariDb } from '../../../src/storage/db';
import { applyRestore, readLibrary } from '../../../src/storage/library-backup-writes';
import { addedMeta } from '../storage/document-store-cases';
import { freshDeps, uniqueName } from '../storage/test-stores';
import { arabicUnits } from '../anchoring/arabic-arbitraries';

const time = fc
  .date({
    min: new Date('2000-01-01T00:00:00.000Z'),
    max: new Date('2099-12-31T00:00:00.000Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

/** A block's text: Arabic units and spaces, trimmed, never empty, never a line break. */
const blockText = fc
  .array(fc.constantFrom(...arabicUnits.filter((u) => !/\s/.test(u)), ' '), {
    minLength: 1,
    maxLength: 40,
  })
  .map((units) => units.join('').trim())
  .filter((text) => text !== '');

const note = fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 60 }));

/** One added document with annotations on ranges of its text. */
const documentWithNotes = fc
  .record({
    id: fc.uuid(),
    blocks: fc.array(blockText, { minLength: 1, maxLength: 4 }),
    trashed: fc.option(time, { nil: null }),
    modified: time,
    notes: fc.array(
      fc.record({
        id: fc.uuid(),
        from: fc.nat(),
        length: fc.integer({ min: 1, max: 30 }),
        color: fc.constantFrom(...HIGHLIGHT_COLORS),
        // A note on the whole document: no target.
        onDocument: fc.boolean(),
        note,
        tags: fc.array(fc.string({ unit: 'grapheme', maxLength: 10 }), { maxLength: 3 }),
        created: time,
        modified: time,
        deleted: fc.option(time, { nil: null }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ id, blocks, trashed, modified, notes }) => {
    const doc = buildDocument(
      addedMeta({ id, modified }),
      blocks.map((text) => ({ kind: 'paragraph' as const, text })),
    );
    const annotations = notes.map((n): AnnotationRecord => {
      const start = n.from % doc.text.length;
      const end = Math.min(doc.text.length, start + n.length);
      return {
        id: n.id,
        documentId: id,
        target: n.onDocument ? null : describeRange({ start, end }, doc.text),
        color: n.color,
        note: n.note,
        tags: cleanTags(n.tags),
        created: n.created,
        modified: n.modified,
        deleted: n.deleted,
      };
    });
    return { doc, trashed, annotations };
  });

const sortById = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('backup → parse → plan → restore', () => {
  it('gives back every text byte for byte and every note field for field', async () => {
    const library = fc
      .uniqueArray(documentWithNotes, {
        minLength: 1,
        maxLength: 3,
        selector: (d) => d.doc.meta.id,
      })
      .filter(
        (docs) =>
          new Set(docs.flatMap((d) => d.annotations.map((a) => a.id))).size ===
          docs.flatMap((d) => d.annotations).length,
      );
    await fc.assert(
      fc.asyncProperty(library, async (docs) => {
        const contents: LibraryContents = {
          documents: docs.map(({ doc, trashed }) => ({
            row: {
              id: doc.meta.id,
              meta: doc.meta,
              added: doc.meta.added,
              lastOpened: null,
              deleted: trashed,
              hidden: false,
            },
            text: doc.text,
            blocks: doc.blocks,
          })),
          annotations: docs.flatMap((d) => d.annotations),
          // An event on each highlight's passage: anchored the same way, stored apart.
          events: docs.flatMap((d) =>
            d.annotations.filter(hasPassage).map((a): TimelineEventRecord => ({
              id: crypto.randomUUID(),
              documentId: a.documentId,
              title: 'حدث',
              date: null,
              target: a.target,
              status: 'added',
              proposalId: null,
              created: a.created,
              modified: a.modified,
            })),
          ),
          dismissed: docs.map((d) => ({
            documentId: d.doc.meta.id,
            proposalId: 'proposed-0-1',
            dismissed: d.doc.meta.added,
          })),
          positions: {},
        };
        const file = serializeLibraryBackup(
          buildLibraryBackup(contents, { now: new Date(), bundled: [] }),
        );
        const parsed = parseLibraryBackup(file);
        if (!parsed.ok) throw new Error(`${parsed.code} ${parsed.detail ?? ''}`);
        expect(parsed.backup.unanchored).toEqual([]);
        const db = new QariDb({ name: uniqueName(), deps: freshDeps() });
        await applyRestore(
          db,
          planRestore(parsed.backup, {
            documents: [],
            annotations: [],
            events: [],
            dismissed: [],
            positioned: [],
          }),
          normalizeAnnotation,
        );
        const read = await readLibrary(db);
        db.close();
        expect(sortById(read.annotations)).toEqual(sortById(contents.annotations));
        expect(sortById(read.events)).toEqual(sortById(contents.events));
        expect(read.dismissed).toHaveLength(contents.dismissed.length);
        expect(
          sortById(read.documents.map((d) => ({ ...d.row, text: d.text, blocks: d.blocks }))),
        ).toEqual(
          sortById(
            contents.documents.map((d) => ({
              ...d.row,
              contentHash: expect.any(String) as string,
              text: d.text,
              blocks: d.blocks,
            })),
          ),
        );
      }),
      { numRuns: 30 },
    );
  });
});
