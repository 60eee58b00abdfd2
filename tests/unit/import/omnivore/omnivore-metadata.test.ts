import { describe, expect, it } from 'vitest';
import {
  metadataEntries,
  readMetadataEntry,
  type OmnivoreMetadata,
} from '../../../../src/import/omnivore/omnivore-metadata';

const entry = {
  id: '3f2b8c1e-6a4d-4b7e-9f10-2c5d8e7a9b01',
  slug: 'nile-dam',
  title: 'استئناف مفاوضات سد النهضة',
  description: 'ignored',
  author: 'أحمد فتحي',
  url: 'https://www.aljazeera.net/news/nile',
  state: 'Active',
  readingProgress: 64,
  thumbnail: 'https://example.com/t.jpg',
  labels: ['مياه'],
  savedAt: '2024-09-14T07:42:10.512Z',
  updatedAt: '2024-09-15T19:03:44.120Z',
  publishedAt: '2024-09-14T05:30:00.000Z',
};

const read: OmnivoreMetadata = {
  slug: 'nile-dam',
  omnivoreId: '3f2b8c1e-6a4d-4b7e-9f10-2c5d8e7a9b01',
  title: 'استئناف مفاوضات سد النهضة',
  author: 'أحمد فتحي',
  url: 'https://www.aljazeera.net/news/nile',
  published: '2024-09-14T05:30:00.000Z',
  saved: '2024-09-14T07:42:10.512Z',
  updated: '2024-09-15T19:03:44.120Z',
  labels: ['مياه'],
  readingProgress: 64,
  archived: false,
};

const cases: { name: string; entry: unknown; expected: OmnivoreMetadata | null }[] = [
  { name: 'every field Omnivore wrote', entry, expected: read },
  {
    name: 'archived',
    entry: { ...entry, state: 'Archived' },
    expected: { ...read, archived: true },
  },
  {
    name: 'nulls where Omnivore had nothing',
    entry: { ...entry, author: null, publishedAt: null, readingProgress: null, labels: null },
    expected: { ...read, author: null, published: null, readingProgress: null, labels: [] },
  },
  {
    name: 'blank title and spaces in labels, repeats dropped',
    entry: { ...entry, title: '  ', labels: [' مياه ', 'مياه', '', 'أفريقيا'] },
    expected: { ...read, title: null, labels: ['مياه', 'أفريقيا'] },
  },
  {
    name: 'labels as objects with a name',
    entry: { ...entry, labels: [{ name: 'Reading', color: '#fff' }] },
    expected: { ...read, labels: ['Reading'] },
  },
  {
    name: 'an address that is not the web, and dates that are not times',
    entry: { ...entry, url: 'javascript:alert(1)', savedAt: 'yesterday', updatedAt: 17 },
    expected: { ...read, url: null, saved: null, updated: null },
  },
  {
    name: 'a progress out of range is clamped',
    entry: { ...entry, readingProgress: 140 },
    expected: { ...read, readingProgress: 100 },
  },
  { name: 'no slug', entry: { ...entry, slug: '' }, expected: null },
  { name: 'not an object', entry: 'nile-dam', expected: null },
];

describe('readMetadataEntry', () => {
  it.each(cases)('$name', ({ entry, expected }) => {
    expect(readMetadataEntry(entry)).toEqual(expected);
  });
});

describe('metadataEntries', () => {
  it.each([
    ['[{"slug":"a"}]', { ok: true, entries: [{ slug: 'a' }] }],
    ['\uFEFF[]', { ok: true, entries: [] }],
    ['{"slug":"a"}', { ok: false, error: 'not-omnivore' }],
    ['[{"slug":', { ok: false, error: 'metadata-not-json' }],
    ['<html></html>', { ok: false, error: 'metadata-not-json' }],
  ] as const)('%s', (json, expected) => {
    expect(metadataEntries(json)).toEqual(expected);
  });
});
