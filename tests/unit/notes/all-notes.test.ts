import { describe, expect, it } from 'vitest';
import {
  createAllNotesSelection,
  groupByDocument,
  libraryNotes,
  type AllNotesFilter,
  type NoteDocument,
} from '../../../src/notes/all-notes';
import { allTags } from '../../../src/notes/filter-annotations';
import type { AnnotationRecord, HighlightColor } from '../../../src/storage/annotation-record';

const documents = new Map<string, NoteDocument>(
  [
    { id: 'd-ar', title: 'كازاخستان', language: 'ar', direction: 'rtl' as const },
    { id: 'd-en', title: 'Almaty notes', language: 'en', direction: 'ltr' as const },
    { id: 'd-ar2', title: 'أحداث يناير', language: 'ar', direction: 'rtl' as const },
  ].map((d) => [d.id, d]),
);

let minute = 0;
function note(
  id: string,
  documentId: string,
  exact: string,
  more: { note?: string; tags?: string[]; color?: HighlightColor; deleted?: string } = {},
): AnnotationRecord {
  minute += 1;
  const time = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return {
    id,
    documentId,
    target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    color: more.color ?? 'yellow',
    note: more.note ?? '',
    tags: more.tags ?? [],
    created: time,
    modified: time,
    deleted: more.deleted ?? null,
  };
}

// Created in this order, so newest first is the reverse.
const stored = [
  note('a1', 'd-ar', 'أعلن رئيس كازاخستان حالة الطوارئ', { tags: ['أمن'] }),
  note('e1', 'd-en', 'Protests began in Zhanaozen', { note: 'fuel prices', color: 'green' }),
  note('a2', 'd-ar2', 'توفي 225 شخصاً', { note: 'حصيلة القتلى', color: 'pink', tags: ['toll'] }),
  note('gone', 'd-ar', 'في سلة المهملات', { deleted: '2026-01-02T00:00:00.000Z' }),
  note('orphan', 'd-trashed', 'من مقال محذوف'),
  note('a3', 'd-ar', 'استقر الوضع', { note: 'الانقلاب', color: 'pink', tags: ['أمن', 'toll'] }),
];

describe('libraryNotes', () => {
  it('keeps live annotations of listed documents, newest first', () => {
    expect(libraryNotes(stored, documents).map((r) => r.id)).toEqual(['a3', 'a2', 'e1', 'a1']);
  });
});

describe('createAllNotesSelection', () => {
  const notes = libraryNotes(stored, documents);
  it.each<[string, AllNotesFilter, string[]]>([
    ['no filter', {}, ['a3', 'a2', 'e1', 'a1']],
    ['a quote word without hamza', { query: 'اعلن' }, ['a1']],
    ['a note word', { query: 'الانقلاب' }, ['a3']],
    ['a tag, any alef form', { query: 'امن' }, ['a3', 'a1']],
    ['Arabic-Indic digits for the Latin number', { query: '٢٢٥' }, ['a2']],
    ['English, case folded', { query: 'ZHANAOZEN' }, ['e1']],
    ['color', { color: 'pink' }, ['a3', 'a2']],
    ['tag', { tag: 'toll' }, ['a3', 'a2']],
    ['document', { documentId: 'd-ar' }, ['a3', 'a1']],
    ['document and search', { documentId: 'd-ar', query: 'الوضع' }, ['a3']],
    ['document with no notes', { documentId: 'd-none' }, []],
    [
      'everything at once',
      { documentId: 'd-ar', color: 'pink', tag: 'toll', query: 'امن' },
      ['a3'],
    ],
  ])('%s', (_name, filter, ids) => {
    expect(createAllNotesSelection()(notes, filter).map((r) => r.id)).toEqual(ids);
  });

  it('gives the same answers typing on, and after widening again, as from scratch', () => {
    const select = createAllNotesSelection();
    const steps: AllNotesFilter[] = [
      { query: 'ا' },
      { query: 'اس' },
      { query: 'است', documentId: 'd-ar' },
      { query: 'ا', documentId: 'd-ar' },
      { query: '' },
    ];
    for (const filter of steps) {
      expect(select(notes, filter)).toEqual(createAllNotesSelection()(notes, filter));
    }
  });
});

describe('groupByDocument', () => {
  const notes = libraryNotes(stored, documents);
  it.each<[string, 'title' | 'changed', string, string[][]]>([
    [
      'by title, Arabic collation',
      'title',
      'ar',
      [
        ['d-ar2', 'a2'],
        ['d-ar', 'a3', 'a1'],
        ['d-en', 'e1'],
      ],
    ],
    [
      'by latest change',
      'changed',
      'ar',
      [
        ['d-ar', 'a3', 'a1'],
        ['d-ar2', 'a2'],
        ['d-en', 'e1'],
      ],
    ],
  ])('%s', (_name, order, locale, expected) => {
    const groups = groupByDocument(notes, documents, order, locale);
    expect(groups.map((g) => [g.document.id, ...g.records.map((r) => r.id)])).toEqual(expected);
  });
});

describe('allTags across the library', () => {
  it('lists each tag once, sorted', () => {
    expect(allTags(stored, 'en')).toEqual(['toll', 'أمن']);
  });
});
