import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../../src/export/export-csv';
import { buildJsonLd } from '../../../src/export/export-jsonld';
import type { ImportFile } from '../../../src/import/import-types';
import { previewImport } from '../../../src/import/import-preview';
import { recordsToWrite } from '../../../src/import/import-writes';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import type { AnnotationStore } from '../../../src/storage/annotation-store';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { StorageError } from '../../../src/storage/storage-error';
import { fixedNow, freshDeps, uniqueName } from '../storage/test-stores';
import { dataset, doc, NOW } from '../export/export-dataset';
import { pathsOf, withValueAt } from './json-paths';

// Issue 7: "A fuzz test throws random and mutated import files at the importer: every one is
// either accepted as valid or rejected with a message; none throws uncaught, none changes the
// database when rejected." import-fuzz.test.ts covers the parser alone; this runs the whole
// import as ImportControl does (read what is stored → preview → apply the plan) against a real
// IndexedDB store (fake-indexeddb) holding the golden dataset, trashed record included.

const options = { now: new Date('2026-12-01T08:00:00.000Z') };
const exported = JSON.parse(buildJsonLd(dataset, doc, { now: NOW })) as unknown;
const exportedText = JSON.stringify(exported, null, 2);
const exportedCsv = buildCsv(dataset, doc, {});

const exportedPaths = pathsOf(exported).filter((p) => p.length > 0);

const name = fc.constantFrom('notes.json', 'notes.jsonld', 'notes.csv', 'notes.txt', undefined);

/** Garbled import files: most are refused, some get through with changed annotations. */
const garbledFile: fc.Arbitrary<ImportFile> = fc.oneof(
  // An export cut short, or with a few characters (any UTF-16 units) put in.
  fc
    .tuple(
      fc.constantFrom(exportedText, exportedCsv),
      fc.nat(),
      fc.string({ maxLength: 4, unit: 'binary' }),
      fc.boolean(),
      name,
    )
    .map(([text, at, insert, cut, fileName]) => {
      const i = at % (text.length + 1);
      return {
        text: cut ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i),
        name: fileName,
      };
    }),
  // An export with one value replaced, removed or retyped (a later `modified` is an update).
  fc
    .tuple(
      fc.constantFrom(...exportedPaths),
      fc.oneof(
        fc.constant(undefined),
        fc.jsonValue(),
        fc.constant('2027-01-01T00:00:00.000Z'),
        fc.string({ unit: 'binary' }),
      ),
    )
    .map(([path, value]) => ({
      text: JSON.stringify(withValueAt(exported, path, value)),
      name: 'notes.json',
    })),
  // Anything at all.
  fc.record({ text: fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), name }),
  fc.record({ text: fc.string({ unit: 'binary', maxLength: 200 }), name }),
);

/** A store on a fresh fake-indexeddb database, holding `records`. */
async function storeWith(records: readonly AnnotationRecord[]): Promise<AnnotationStore> {
  const store = createDexieStore(new QariDb({ name: uniqueName(), deps: freshDeps() }), {
    now: fixedNow(),
  });
  await store.applyImport({ put: records });
  return store;
}

type Outcome =
  | { kind: 'refused' }
  | { kind: 'applied'; put: AnnotationRecord[]; written: string[] }
  | { kind: 'write-failed'; error: unknown };

/** The import as the UI runs it: preview against what is stored, then apply the plan. */
async function importInto(store: AnnotationStore, file: ImportFile): Promise<Outcome> {
  const existing = await store.listAnnotations(doc.meta.id);
  const preview = previewImport(file, doc, existing, options);
  if (!preview.ok) return { kind: 'refused' };
  const put = recordsToWrite(preview.plan);
  try {
    const { written } = await store.applyImport({ put });
    return { kind: 'applied', put, written };
  } catch (error) {
    return { kind: 'write-failed', error };
  }
}

/** The export with its first annotation's note edited later, as another device would. */
const editedExport = withValueAt(
  withValueAt(exported, ['first', 'items', 0, 'modified'], '2027-01-01T00:00:00.000Z'),
  ['first', 'items', 0, 'body', 0, 'value'],
  'edited on another device',
);

const byId = (records: AnnotationRecord[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('importing garbled files into a real store', () => {
  // About 1 s for 30 runs (each opens a fresh database); room for a loaded machine.
  it(
    'changes nothing stored unless the file is accepted, and then only what its plan writes',
    { timeout: 20_000 },
    async () => {
      const seen = { refused: 0, applied: 0, wrote: 0, 'write-failed': 0 };
      await fc.assert(
        fc.asyncProperty(garbledFile, async (file) => {
          const store = await storeWith(dataset);
          try {
            const before = byId(await store.listAnnotations(doc.meta.id));
            const outcome = await importInto(store, file);
            const after = byId(await store.listAnnotations(doc.meta.id));
            seen[outcome.kind] += 1;

            if (outcome.kind === 'refused') {
              expect(after).toEqual(before);
              return;
            }
            if (outcome.kind === 'write-failed') {
              // All or nothing: a plan the store refuses leaves every record as it was.
              expect(outcome.error).toBeInstanceOf(StorageError);
              expect(after).toEqual(before);
              return;
            }
            if (outcome.written.length > 0) seen.wrote += 1;
            const written = new Set(outcome.written);
            expect(outcome.written.every((id) => outcome.put.some((r) => r.id === id))).toBe(true);
            // Records the import did not write are untouched; nothing else appears.
            expect(after.filter((r) => !written.has(r.id))).toEqual(
              before.filter((r) => !written.has(r.id)),
            );
            expect(after.map((r) => r.id)).toEqual(
              [...new Set([...before.map((r) => r.id), ...written])].sort(),
            );
            for (const id of written) {
              const stored = after.find((r) => r.id === id)!;
              const planned = outcome.put.find((r) => r.id === id)!;
              expect(stored).toMatchObject({ ...planned, tags: stored.tags });
              expect(stored.documentId).toBe(doc.meta.id);
            }
          } finally {
            store.close();
          }
        }),
        {
          numRuns: 30,
          // Always among the runs, whatever the seed: refused files of each kind, an unchanged
          // re-import, and an update that is written.
          examples: [
            [{ text: exportedText.slice(0, exportedText.length / 2), name: 'notes.json' }],
            [{ text: '{"hello": "world"}', name: 'notes.json' }],
            [{ text: '', name: 'notes.csv' }],
            [{ text: '%PDF-1.7 \u0000\uFFFD', name: 'notes.pdf' }],
            [{ text: exportedText, name: 'notes.json' }],
            [{ text: JSON.stringify(editedExport), name: 'notes.json' }],
          ],
        },
      );
      expect(seen.refused).toBeGreaterThan(0);
      expect(seen.wrote).toBeGreaterThan(0);
    },
  );
});
