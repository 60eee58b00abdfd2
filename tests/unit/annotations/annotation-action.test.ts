import { describe, expect, it } from 'vitest';
import {
  actionId,
  applyAction,
  inverseOf,
  restoreRecord,
  type AnnotationAction,
} from '../../../src/annotations/annotation-action';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';

const NOW = '2026-02-01T00:00:00.000Z';
const record = (id: string, extra: Partial<AnnotationRecord> = {}): AnnotationRecord => ({
  id,
  documentId: 'doc',
  target: { quote: { type: 'TextQuoteSelector', exact: 'زاس', prefix: '', suffix: '' } },
  color: 'yellow',
  note: '',
  tags: [],
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  deleted: null,
  ...extra,
});
const a = record('a');
const b = record('b', { note: 'old' });

describe('applyAction (what the cache shows at once)', () => {
  it.each<[string, AnnotationAction, (list: AnnotationRecord[]) => void]>([
    [
      'create adds',
      { kind: 'create', record: record('c') },
      (l) => expect(l.map((r) => r.id)).toEqual(['a', 'b', 'c']),
    ],
    [
      'update replaces',
      { kind: 'update', record: { ...b, note: 'new' } },
      (l) => expect(l[1]?.note).toBe('new'),
    ],
    ['delete stamps deleted', { kind: 'delete', id: 'a' }, (l) => expect(l[0]?.deleted).toBe(NOW)],
    [
      'discard removes',
      { kind: 'discard', id: 'a' },
      (l) => expect(l.map((r) => r.id)).toEqual(['b']),
    ],
    ['purge removes', { kind: 'purge', id: 'b' }, (l) => expect(l.map((r) => r.id)).toEqual(['a'])],
    ['unknown id changes nothing', { kind: 'delete', id: 'zz' }, (l) => expect(l).toEqual([a, b])],
  ])('%s', (_name, action, check) => {
    const before = [a, b];
    check(applyAction(before, action, NOW));
    expect(before).toEqual([a, b]);
  });

  it('restore clears deleted', () => {
    const list = applyAction([{ ...a, deleted: NOW }], { kind: 'restore', id: 'a' }, NOW);
    expect(list[0]?.deleted).toBeNull();
  });
});

describe('inverseOf (what Ctrl+Z does)', () => {
  it.each<[string, AnnotationAction, AnnotationAction | null]>([
    ['create → discard', { kind: 'create', record: record('c') }, { kind: 'discard', id: 'c' }],
    [
      'update → previous version',
      { kind: 'update', record: { ...b, note: 'new' } },
      { kind: 'update', record: { ...b, modified: NOW } },
    ],
    ['delete → restore', { kind: 'delete', id: 'a' }, { kind: 'restore', id: 'a' }],
    ['restore → delete', { kind: 'restore', id: 'a' }, { kind: 'delete', id: 'a' }],
    [
      'discard → create again',
      { kind: 'discard', id: 'a' },
      { kind: 'create', record: { ...a, modified: NOW } },
    ],
    ['purge is final', { kind: 'purge', id: 'a' }, null],
    ['update of an unknown record', { kind: 'update', record: record('zz') }, null],
  ])('%s', (_name, action, inverse) => {
    expect(inverseOf(action, [a, b], NOW)).toEqual(inverse);
  });

  it('undoing an action restores the list as it was (ignoring stamps)', () => {
    const before = [a, b];
    for (const action of [
      { kind: 'update', record: { ...b, note: 'new', color: 'pink' } },
      { kind: 'create', record: record('c') },
    ] as AnnotationAction[]) {
      const after = applyAction(before, action, NOW);
      const undone = applyAction(after, inverseOf(action, before, NOW)!, NOW);
      expect(undone.map(({ modified: _m, ...r }) => r)).toEqual(
        before.map(({ modified: _m, ...r }) => r),
      );
    }
  });
});

describe('restoreRecord (what a failed write puts back)', () => {
  it.each<[string, AnnotationRecord | undefined, string[], string | undefined]>([
    ['a failed create removes the record', undefined, ['b'], undefined],
    ['a failed edit puts the old version back', { ...a, note: 'old' }, ['a', 'b'], 'old'],
  ])('%s', (_name, prior, ids, note) => {
    const list = restoreRecord([{ ...a, note: 'new' }, b], 'a', prior);
    expect(list.map((r) => r.id).sort()).toEqual(ids);
    expect(list.find((r) => r.id === 'a')?.note).toBe(note);
  });

  it('leaves every other record as it is now', () => {
    const newerB = { ...b, note: 'newer' };
    expect(restoreRecord([a, newerB], 'a', undefined)).toEqual([newerB]);
  });

  it.each<[AnnotationAction, string]>([
    [{ kind: 'create', record: a }, 'a'],
    [{ kind: 'update', record: b }, 'b'],
    [{ kind: 'delete', id: 'x' }, 'x'],
    [{ kind: 'purge', id: 'y' }, 'y'],
  ])('actionId(%j) is %s', (action, id) => {
    expect(actionId(action)).toBe(id);
  });
});
