import { normalizeAnnotation } from '../../../src/storage/validate-annotation';
import { describe, expect, it } from 'vitest';
import {
  buildLibraryBackup,
  serializeLibraryBackup,
} from '../../../src/backup/build-library-backup';
import { parseLibraryBackup } from '../../../src/backup/parse-library-backup';
import { planRestore } from '../../../src/backup/restore-plan';
import { QariDb } from '../../../src/storage/db';
import { applyRestore, readLibrary } from '../../../src/storage/library-backup-writes';
import { BUNDLED_TEXTS, NOW, article, sampleLibrary } from '../backup/library-backup-cases';
import { freshDeps, rejection, uniqueName } from './test-stores';

const freshDb = () => new QariDb({ name: uniqueName(), deps: freshDeps() });

/** The sample library's file, parsed, and the plan of restoring it into `db`. */
async function planInto(db: QariDb, contents = sampleLibrary().contents) {
  const file = serializeLibraryBackup(
    buildLibraryBackup(contents, { now: NOW, bundled: [article.meta] }),
  );
  const parsed = parseLibraryBackup(file, BUNDLED_TEXTS);
  if (!parsed.ok) throw new Error(parsed.code);
  const now = await readLibrary(db);
  return planRestore(parsed.backup, {
    documents: now.documents.map((d) => d.row),
    annotations: now.annotations,
    events: now.events,
    dismissed: now.dismissed,
    positioned: [],
  });
}

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('applyRestore on IndexedDB', () => {
  it('restores a whole library into an empty store, trash and all', async () => {
    const db = freshDb();
    const { contents } = sampleLibrary();
    const outcome = await applyRestore(db, await planInto(db, contents), normalizeAnnotation);
    expect(outcome).toEqual({ documents: 3, annotations: 4, events: 2 });
    const read = await readLibrary(db);
    expect(byId(read.annotations)).toEqual(byId(contents.annotations));
    expect(byId(read.events)).toEqual(byId(contents.events));
    expect(read.dismissed).toEqual(contents.dismissed);
    for (const { row, text, blocks } of contents.documents) {
      const stored = read.documents.find((d) => d.row.id === row.id);
      expect(stored?.text).toBe(text);
      expect(stored?.blocks).toEqual(blocks);
      expect(stored?.row).toMatchObject(row);
    }
  });

  it('merges: a newer edit in the library survives a restore of an older backup', async () => {
    const db = freshDb();
    const { contents } = sampleLibrary();
    await applyRestore(db, await planInto(db, contents), normalizeAnnotation);
    const first = contents.annotations[0];
    if (!first) throw new Error('no annotation');
    const edited = { ...first, note: 'أحدث', modified: '2030-01-01T00:00:00.000Z' };
    await db.annotations.put(edited);
    // The plan was made before the edit: the transaction checks again and keeps it.
    const plan = await planInto(freshDb(), contents);
    await applyRestore(db, plan, normalizeAnnotation);
    expect((await db.annotations.get(first.id))?.note).toBe('أحدث');
    expect(await db.annotations.count()).toBe(4);
  });

  it('merges timeline events the same way: a newer title here survives, a missing one returns', async () => {
    const db = freshDb();
    const { contents } = sampleLibrary();
    await applyRestore(db, await planInto(db, contents), normalizeAnnotation);
    const [kept, removed] = contents.events;
    if (!kept || !removed) throw new Error('no events');
    await db.timelineEvents.put({
      ...kept,
      title: 'عنوان أحدث',
      modified: '2030-01-01T00:00:00.000Z',
    });
    await db.timelineEvents.delete(removed.id);
    await db.dismissedProposals.clear();
    const outcome = await applyRestore(
      db,
      await planInto(freshDb(), contents),
      normalizeAnnotation,
    );
    expect(outcome.events).toBe(1);
    expect((await db.timelineEvents.get(kept.id))?.title).toBe('عنوان أحدث');
    expect(await db.timelineEvents.get(removed.id)).toEqual(removed);
    expect(await db.dismissedProposals.toArray()).toEqual(contents.dismissed);
  });

  it('writes nothing when a write fails part-way through', async () => {
    const db = freshDb();
    const plan = await planInto(db);
    let created = 0;
    db.annotations.hook('creating', () => {
      created += 1;
      if (created === 3) throw new Error('disk gone');
    });
    await rejection(applyRestore(db, plan, normalizeAnnotation));
    expect(created).toBe(3);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
    expect(await db.documentTexts.count()).toBe(0);
    expect(await db.timelineEvents.count()).toBe(0);
    expect(await db.dismissedProposals.count()).toBe(0);
  });

  it('refuses a malformed record before writing anything', async () => {
    const db = freshDb();
    const plan = await planInto(db);
    const bad = {
      ...plan,
      annotations: {
        ...plan.annotations,
        add: [...plan.annotations.add, { ...plan.annotations.add[0], id: 'nope' }],
      },
    };
    expect((await rejection(applyRestore(db, bad as typeof plan, normalizeAnnotation))).code).toBe(
      'invalid',
    );
    expect(await db.documents.count()).toBe(0);
  });
});
