import type { LibrarySort } from '../../../src/library/library-item';

/** A filter query and the ids it must keep, in the items' order. */
export interface FilterCase {
  name: string;
  query: string;
  ids: string[];
}

/** A sort and the ids in the order it must give. */
export interface SortCase {
  name: string;
  sort: LibrarySort;
  locale: string;
  ids: string[];
}

export const filterCases: FilterCase[] = [
  { name: 'empty query keeps all', query: '', ids: ['seed', 'gaza', 'eng', 'café', 'never'] },
  {
    name: 'whitespace-only query keeps all',
    query: ' \t',
    ids: ['seed', 'gaza', 'eng', 'café', 'never'],
  },
  {
    name: 'harakat-only query keeps all',
    query: 'ًّ',
    ids: ['seed', 'gaza', 'eng', 'café', 'never'],
  },
  { name: 'bare alef finds أ in the seed headline', query: 'الامن', ids: ['seed'] },
  { name: 'ه finds ة', query: 'معاهده', ids: ['seed'] },
  { name: 'harakat in the query are ignored', query: 'مُعَاهَدَة', ids: ['seed'] },
  { name: 'ي finds ى', query: 'مستشفي', ids: ['gaza'] },
  { name: 'Arabic-Indic digits find ASCII digits', query: '٢٠٢٤', ids: ['gaza'] },
  { name: 'ASCII digits find Arabic-Indic digits', query: '15', ids: ['never'] },
  { name: 'tatweel in the title is ignored', query: 'غزة', ids: ['gaza'] },
  { name: 'Latin case folded', query: 'CLIMATE', ids: ['eng'] },
  { name: 'Latin accents folded', query: 'cafe', ids: ['café'] },
  { name: 'accented query finds the bare word', query: 'Clïmate', ids: ['eng'] },
  { name: 'surrounding spaces ignored', query: '  talks ', ids: ['eng'] },
  { name: 'no match', query: 'واشنطن', ids: [] },
];

export const sortCases: SortCase[] = [
  {
    name: 'last opened: most recent first, never opened after, newest added first',
    sort: 'last-opened',
    locale: 'en',
    ids: ['gaza', 'seed', 'eng', 'never', 'café'],
  },
  {
    name: 'added: newest first',
    sort: 'added',
    locale: 'en',
    ids: ['never', 'café', 'eng', 'gaza', 'seed'],
  },
  {
    name: 'title in English: Latin before Arabic, case and accents do not reorder',
    sort: 'title',
    locale: 'en',
    ids: ['café', 'eng', 'never', 'gaza', 'seed'],
  },
  {
    name: 'title in Arabic: Arabic before Latin, tatweel does not reorder',
    sort: 'title',
    locale: 'ar',
    ids: ['never', 'gaza', 'seed', 'café', 'eng'],
  },
];
