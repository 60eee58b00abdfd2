import { describe, expect, it } from 'vitest';
import { allTags, createFilterPass, matchesFilter } from '../../../src/notes/filter-annotations';
import { parseTags } from '../../../src/notes/parse-tags';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';

describe('parseTags', () => {
  it.each([
    ['a, b', ['a', 'b']],
    ['كازاخستان، الناتو', ['كازاخستان', 'الناتو']],
    ['  #one ; two؛three ', ['one', 'two', 'three']],
    ['dup, dup, , ', ['dup']],
    ['', []],
    ['<b>x</b>', ['<b>x</b>']],
  ])('%j', (input, tags) => {
    expect(parseTags(input)).toEqual(tags);
  });
});

const r = (id: string, color: AnnotationRecord['color'], tags: string[]) =>
  ({ id, color, tags }) as unknown as AnnotationRecord;

const q = (id: string, exact: string, note: string, tags: string[]) =>
  ({
    id,
    color: 'yellow',
    tags,
    note,
    target: { quote: { exact } },
  }) as unknown as AnnotationRecord;

const searchRecords = [
  q('q1', 'أعلن رئيس كازاخستان، ثم رفع حالة الطوارئ في جميع أنحاء البلاد', '', []),
  q('q2', 'استقر الوضع', 'محاولة الانقلاب', ['أمن']),
  q('q3', 'توفي على إثر هذه الأحداث 225 شخصاً', 'CSTO figures', []),
];

describe('matchesFilter and allTags', () => {
  const records = [r('1', 'pink', ['toll', 'ناتو']), r('2', 'green', []), r('3', 'pink', ['أمن'])];
  it.each([
    [{}, ['1', '2', '3']],
    [{ color: 'pink' }, ['1', '3']],
    [{ tag: 'toll' }, ['1']],
    [{ color: 'green', tag: 'toll' }, []],
    [{ ids: new Set(['2', '3']) }, ['2', '3']],
  ])('%j', (filter, ids) => {
    expect(records.filter((x) => matchesFilter(x, filter)).map((x) => x.id)).toEqual(ids);
  });

  it.each([
    ['words of the quote, written without hamza', 'اعلن رئيس', ['q1']],
    ['a word of the quote, with ه for ة', 'حاله', ['q1']],
    ['a word of the quote with harakat typed', 'الطَّوارِئ', ['q1']],
    ['a word of the note', 'الانقلاب', ['q2']],
    ['a tag, any alef form', 'امن', ['q2']],
    ['Arabic-Indic digits for a Latin number in the quote', '٢٢٥', ['q3']],
    ['Latin case folded', 'csto', ['q3']],
    ['words from the quote and the note together match neither field', 'الوضع محاولة', []],
    ['the end of the quote and the start of the note, with no space', 'الوضعمحاولة', []],
    ['a query holding the fields’ separator, as pasted', 'الوضع\u0001محاولة', []],
    ['the note and its tag together', 'الانقلاب أمن', []],
    ['spaces only do not filter', '   ', ['q1', 'q2', 'q3']],
  ])('search: %s', (_name, query, ids) => {
    expect(searchRecords.filter((x) => matchesFilter(x, { query })).map((x) => x.id)).toEqual(ids);
  });

  it('lists each tag once, sorted for the language', () => {
    expect(allTags(records, 'ar')).toEqual(['أمن', 'ناتو', 'toll']);
  });
});

describe('createFilterPass', () => {
  const trashed = { ...q('t1', 'استقر الوضع', '', []), deleted: '2026-01-01T00:00:00.000Z' };
  const records = [...searchRecords, trashed].map((x) => ({ ...x, deleted: x.deleted ?? null }));
  const ids = (list: AnnotationRecord[]) => list.map((x) => x.id);

  it.each([
    ['typing on narrows', ['ا', 'است', 'استقر'], [['q1', 'q2', 'q3'], ['q2'], ['q2']]],
    ['deleting a letter widens again', ['استقر', 'است', 'ا'], [['q2'], ['q2'], ['q1', 'q2', 'q3']]],
    ['a new word, not an extension', ['الوضع', 'الانقلاب'], [['q2'], ['q2']]],
    ['a query that no longer contains the last one', ['رئيس', 'csto'], [['q1'], ['q3']]],
  ])('%s, as one filter on every record would', (_name, queries, expected) => {
    const pass = createFilterPass();
    const got = queries.map((query) => ids(pass(records, { query })));
    expect(got).toEqual(expected);
    expect(got).toEqual(
      queries.map((query) =>
        ids(records.filter((x) => x.deleted === null && matchesFilter(x, { query }))),
      ),
    );
  });

  it('starts again from every record when the color changes or the list is new', () => {
    const pass = createFilterPass();
    expect(ids(pass(records, { query: 'ا', color: 'pink' }))).toEqual([]);
    expect(ids(pass(records, { query: 'ا' }))).toEqual(['q1', 'q2', 'q3']);
    expect(ids(pass([...records], { query: 'است' }))).toEqual(['q2']);
  });
});
