import { describe, expect, it } from 'vitest';
import { allTags, matchesFilter } from '../../../src/notes/filter-annotations';
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
    ['spaces only do not filter', '   ', ['q1', 'q2', 'q3']],
  ])('search: %s', (_name, query, ids) => {
    expect(searchRecords.filter((x) => matchesFilter(x, { query })).map((x) => x.id)).toEqual(ids);
  });

  it('lists each tag once, sorted for the language', () => {
    expect(allTags(records, 'ar')).toEqual(['أمن', 'ناتو', 'toll']);
  });
});
