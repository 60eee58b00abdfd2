import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../src/backup/backup-reminder';
import { QariDb } from '../../../src/storage/db';
import type { DocumentRecord } from '../../../src/storage/document-record';
import { documentChangeTimes, readChangesSince } from '../../../src/storage/library-backup-writes';
import { annotationOn, eventOn, sampleLibrary } from '../backup/library-backup-cases';
import { freshDeps, uniqueName } from './test-stores';

const freshDb = () => new QariDb({ name: uniqueName(), deps: freshDeps() });
const at = (day: number) => new Date(Date.UTC(2026, 11, day)).toISOString();

const row = (overrides: Partial<DocumentRecord>): DocumentRecord => ({
  id: 'd',
  meta: null,
  added: null,
  lastOpened: null,
  contentHash: null,
  deleted: null,
  hidden: false,
  ...overrides,
});

describe('documentChangeTimes', () => {
  it.each([
    ['a bundled row, only opened: no change to back up', row({ lastOpened: at(3) }), []],
    ['an added document', row({ added: at(1) }), [at(1)]],
    [
      'an added document, edited and trashed',
      row({
        added: at(1),
        meta: { ...sampleLibrary().first.meta, modified: at(2) },
        deleted: at(4),
      }),
      [at(1), at(2), at(4)],
    ],
  ])('%s', (_name, record, times) => {
    expect(documentChangeTimes(record)).toEqual(times);
  });
});

describe('readChangesSince: the backup reminder counts across the library', () => {
  /** A library whose changes are spread over documents and tables, at days 1 to 9. */
  async function spreadLibrary() {
    const db = freshDb();
    const { first, trashed } = sampleLibrary();
    await db.documents.bulkPut([
      row({ id: first.meta.id, added: at(1), meta: { ...first.meta, modified: at(1) } }),
      row({
        id: trashed.meta.id,
        added: at(2),
        meta: { ...trashed.meta, modified: at(2) },
        deleted: at(6),
      }),
    ]);
    await db.annotations.bulkPut([
      annotationOn(first, 'خطة جديدة', { modified: at(3) }),
      annotationOn(trashed, 'سننفذها', { modified: at(5) }),
      annotationOn(first, 'البند الأول', { modified: at(4) }),
    ]);
    await db.timelineEvents.bulkPut([
      eventOn(first, 'خطة جديدة', { modified: at(7) }),
      eventOn(first, 'البند الأول', { modified: at(8) }),
    ]);
    await db.dismissedProposals.put({
      documentId: first.meta.id,
      proposalId: 'proposed-0-4',
      dismissed: at(9),
    });
    return db;
  }

  it.each([
    [
      'never backed up: the ends of the indexed tables, every row of the others',
      null,
      [1, 2, 3, 5, 6, 7, 8, 9],
    ],
    ['backed up on day 4: only what changed after', at(4), [5, 6, 7, 8, 9]],
    ['backed up on day 8: the dismissal alone', at(8), [9]],
    ['backed up after everything: nothing', at(10), []],
  ])('%s', async (_name, since, days) => {
    const db = await spreadLibrary();
    const times = [...new Set(await readChangesSince(db, since))].sort();
    expect(times).toEqual(days.map(at));
  });

  it('reminds of a week-old change in another document, not after a library backup', async () => {
    const db = await spreadLibrary();
    const now = new Date(at(20));
    const decide = async (lastExport: string | null) =>
      backupReminder({
        records: (await readChangesSince(db, lastExport)).map((modified) => ({ modified })),
        lastExport,
        dismissedAt: null,
        now,
      });
    expect(await decide(null)).toBe('remind');
    expect(await decide(at(19))).toBe('no-changes');
    await db.timelineEvents.put(eventOn(sampleLibrary().first, 'خطة جديدة', { modified: at(19) }));
    expect(await decide(at(18))).toBe('too-recent');
  });
});
