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

  it('lists each tag once, sorted for the language', () => {
    expect(allTags(records, 'ar')).toEqual(['أمن', 'ناتو', 'toll']);
  });
});
