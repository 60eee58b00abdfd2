import { describe, expect, it, vi } from 'vitest';
import { sortAnnotations } from '../../../src/annotations/sort-annotations';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';

const rec = (id: string, at: number | null, extra: Partial<AnnotationRecord> = {}) => ({
  record: {
    id,
    documentId: 'doc',
    target: { quote: { type: 'TextQuoteSelector' as const, exact: id, prefix: '', suffix: '' } },
    color: 'yellow' as const,
    note: '',
    tags: [],
    created: `2026-01-0${id.length}T00:00:00.000Z`,
    modified: '2026-01-01T00:00:00.000Z',
    deleted: null,
    ...extra,
  } satisfies AnnotationRecord,
  at,
});

describe('sortAnnotations', () => {
  it('puts live anchored ones in reading order, orphans apart and the trash newest first', () => {
    const items = [
      rec('late', 50),
      rec('early', 5),
      rec('gone', null),
      rec('t1', 1, { deleted: '2026-01-02T00:00:00.000Z' }),
      rec('t2', 2, { deleted: '2026-01-03T00:00:00.000Z' }),
      rec('tie-b', 5),
    ];
    const at = new Map(items.map((i) => [i.record.id, i.at]));
    const sets = sortAnnotations(
      items.map((i) => i.record),
      (r) => {
        const start = at.get(r.id);
        return start === null || start === undefined
          ? { status: 'orphan' }
          : { status: 'position', start, end: start + 3 };
      },
    );
    expect(sets.anchored.map((a) => a.record.id)).toEqual(['early', 'tie-b', 'late']);
    expect(sets.orphans.map((r) => r.id)).toEqual(['gone']);
    expect(sets.trash.map((r) => r.id)).toEqual(['t2', 't1']);
  });

  it('lists notes on the whole document apart, oldest first, never anchored nor unanchored', () => {
    const onDocument = (id: string, created: string, deleted: string | null = null) =>
      ({ ...rec(id, null).record, target: null, created, deleted }) satisfies AnnotationRecord;
    const anchor = vi.fn(() => ({ status: 'orphan' as const }));
    const sets = sortAnnotations(
      [
        onDocument('newer', '2026-01-03T00:00:00.000Z'),
        onDocument('older', '2026-01-02T00:00:00.000Z'),
        onDocument('binned', '2026-01-01T00:00:00.000Z', '2026-01-04T00:00:00.000Z'),
      ],
      anchor,
    );
    expect(sets.documentNotes.map((r) => r.id)).toEqual(['older', 'newer']);
    expect(sets.orphans).toEqual([]);
    expect(sets.anchored).toEqual([]);
    expect(sets.trash.map((r) => r.id)).toEqual(['binned']);
    expect(anchor).not.toHaveBeenCalled();
  });
});
