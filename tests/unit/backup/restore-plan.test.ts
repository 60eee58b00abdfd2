import { describe, expect, it } from 'vitest';
import { parseLibraryBackup, type ParsedBackup } from '../../../src/backup/parse-library-backup';
import { planRestore, type LibraryState } from '../../../src/backup/restore-plan';
import { BUNDLED_TEXTS, sampleFile, sampleLibrary } from './library-backup-cases';

function parsedSample() {
  const sample = sampleLibrary();
  const result = parseLibraryBackup(sampleFile(sample.contents), BUNDLED_TEXTS);
  if (!result.ok) throw new Error(result.code);
  return { ...sample, backup: result.backup };
}

const EARLIER = '2000-01-01T00:00:00.000Z';
const LATER = '2030-01-01T00:00:00.000Z';

/** Library states, built from the backup, and what the plan does with each. */
const cases: {
  name: string;
  library: (backup: ParsedBackup) => LibraryState;
  expected: {
    documents: [number, number, number];
    annotations: [number, number, number];
    events: [number, number, number];
    dismissed: number;
    positions: number;
  };
}[] = [
  {
    name: 'an empty library: everything is added',
    library: () => ({ documents: [], annotations: [], events: [], dismissed: [], positioned: [] }),
    expected: {
      documents: [3, 0, 0],
      annotations: [4, 0, 0],
      events: [2, 0, 0],
      dismissed: 1,
      positions: 1,
    },
  },
  {
    name: 'the same library: everything is left alone',
    library: (b) => ({
      documents: b.documents,
      annotations: b.annotations,
      events: b.events,
      dismissed: b.dismissed,
      positioned: Object.keys(b.positions),
    }),
    expected: {
      documents: [0, 0, 3],
      annotations: [0, 0, 4],
      events: [0, 0, 2],
      dismissed: 0,
      positions: 0,
    },
  },
  {
    name: 'an older library: the backup’s newer edits win (bundled rows never update)',
    library: (b) => ({
      documents: b.documents.map((d) =>
        d.meta ? { ...d, meta: { ...d.meta, modified: EARLIER } } : d,
      ),
      annotations: b.annotations.map((a) => ({ ...a, modified: EARLIER })),
      events: b.events.map((e) => ({ ...e, modified: EARLIER })),
      dismissed: [],
      positioned: [],
    }),
    expected: {
      documents: [0, 2, 1],
      annotations: [0, 4, 0],
      events: [0, 2, 0],
      dismissed: 1,
      positions: 1,
    },
  },
  {
    name: 'a newer library: its edits are kept',
    library: (b) => ({
      documents: b.documents.map((d) =>
        d.meta ? { ...d, meta: { ...d.meta, modified: LATER } } : d,
      ),
      annotations: b.annotations.map((a) => ({ ...a, modified: LATER })),
      events: b.events.slice(1).map((e) => ({ ...e, modified: LATER })),
      dismissed: b.dismissed,
      positioned: [],
    }),
    expected: {
      documents: [0, 0, 3],
      annotations: [0, 0, 4],
      events: [1, 0, 1],
      dismissed: 0,
      positions: 1,
    },
  },
];

describe('planRestore', () => {
  it.each(cases)('$name', ({ library, expected }) => {
    const { backup } = parsedSample();
    const plan = planRestore(backup, library(backup));
    const sizes = (p: { add: unknown[]; update: unknown[]; keep: unknown[] }) => [
      p.add.length,
      p.update.length,
      p.keep.length,
    ];
    expect(sizes(plan.documents)).toEqual(expected.documents);
    expect(sizes(plan.annotations)).toEqual(expected.annotations);
    expect(sizes(plan.events)).toEqual(expected.events);
    expect(plan.dismissed).toHaveLength(expected.dismissed);
    expect(Object.keys(plan.positions)).toHaveLength(expected.positions);
  });

  it('never plans to drop what only the library holds', () => {
    const { backup } = parsedSample();
    const mine = {
      id: 'only-here',
      meta: null,
      added: null,
      lastOpened: null,
      deleted: null,
      hidden: true,
    };
    const plan = planRestore(backup, {
      documents: [mine],
      annotations: [],
      events: [],
      dismissed: [],
      positioned: [],
    });
    const planned = [...plan.documents.add, ...plan.documents.update].map((d) => d.id);
    expect(planned).not.toContain('only-here');
  });

  it('passes the file’s unanchored annotations on to the preview', () => {
    const { backup } = parsedSample();
    const unanchored = [{ id: 'x', kind: 'event' as const, documentId: 'd', quote: 'q' }];
    expect(
      planRestore(
        { ...backup, unanchored },
        { documents: [], annotations: [], events: [], dismissed: [], positioned: [] },
      ).unanchored,
    ).toEqual(unanchored);
  });
});
