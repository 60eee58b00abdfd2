import type { AppRoute } from '../../../src/app/app-route';

/** A `location.search` and the route it must read as. */
export interface ParseRouteCase {
  name: string;
  search: string;
  route: AppRoute;
}

/** A route written from a page's search, and the search it must give. */
export interface RouteSearchCase {
  name: string;
  route: AppRoute;
  current: string;
  search: string;
}

const UUID = '0b9e3c7e-5d1a-4f7b-9c1e-2a3b4c5d6e7f';

export const parseRouteCases: ParseRouteCase[] = [
  { name: 'no search: home', search: '', route: { kind: 'home' } },
  { name: 'a lone ?: home', search: '?', route: { kind: 'home' } },
  { name: 'only the UI language: home', search: '?lang=en', route: { kind: 'home' } },
  { name: 'a stored document', search: `?doc=${UUID}`, route: { kind: 'document', id: UUID } },
  {
    name: 'the built-in article by its slug',
    search: '?doc=tass-ar-2022-02-09-csto-zas',
    route: { kind: 'document', id: 'tass-ar-2022-02-09-csto-zas' },
  },
  { name: 'without the leading ?', search: `doc=${UUID}`, route: { kind: 'document', id: UUID } },
  {
    name: 'beside ?lang=',
    search: `?lang=ar&doc=${UUID}`,
    route: { kind: 'document', id: UUID },
  },
  { name: 'the library', search: '?library', route: { kind: 'library' } },
  { name: 'the library with a value', search: '?library=1', route: { kind: 'library' } },
  { name: 'the library beside ?lang=', search: '?lang=en&library', route: { kind: 'library' } },
  { name: 'all notes', search: '?notes', route: { kind: 'notes' } },
  { name: 'all notes beside ?lang=', search: '?lang=en&notes=', route: { kind: 'notes' } },
  { name: 'library wins over notes', search: '?notes&library', route: { kind: 'library' } },
  {
    name: 'doc wins over notes',
    search: `?notes&doc=${UUID}`,
    route: { kind: 'document', id: UUID },
  },
  {
    name: 'doc wins over library',
    search: `?library&doc=${UUID}`,
    route: { kind: 'document', id: UUID },
  },
  { name: 'an empty doc', search: '?doc=', route: { kind: 'invalid-document' } },
  {
    name: 'markup in doc',
    search: '?doc=%3Cimg%20src%3Dx%3E',
    route: { kind: 'invalid-document' },
  },
  { name: 'a path in doc', search: '?doc=..%2F..%2Fetc', route: { kind: 'invalid-document' } },
  { name: 'a space in doc', search: '?doc=a%20b', route: { kind: 'invalid-document' } },
  {
    name: 'an oversized id',
    search: `?doc=${'a'.repeat(129)}`,
    route: { kind: 'invalid-document' },
  },
  {
    name: 'a broken escape is kept as text',
    search: '?doc=%E0%A4%A',
    route: { kind: 'invalid-document' },
  },
  {
    name: 'an oversized search: home',
    search: `?x=${'a'.repeat(5000)}&library`,
    route: { kind: 'home' },
  },
  {
    name: 'the first doc of two',
    search: '?doc=first&doc=second',
    route: { kind: 'document', id: 'first' },
  },
];

export const routeSearchCases: RouteSearchCase[] = [
  { name: 'home from nothing', route: { kind: 'home' }, current: '', search: '' },
  {
    name: 'home keeps the UI language',
    route: { kind: 'home' },
    current: `?lang=en&doc=${UUID}`,
    search: '?lang=en',
  },
  { name: 'library from nothing', route: { kind: 'library' }, current: '', search: '?library' },
  {
    name: 'library from a document, language kept',
    route: { kind: 'library' },
    current: `?doc=${UUID}&lang=en`,
    search: '?library&lang=en',
  },
  {
    name: 'all notes from a document, language kept',
    route: { kind: 'notes' },
    current: `?doc=${UUID}&lang=en`,
    search: '?notes&lang=en',
  },
  {
    name: 'the library from all notes',
    route: { kind: 'library' },
    current: '?notes',
    search: '?library',
  },
  {
    name: 'a document from the library',
    route: { kind: 'document', id: UUID },
    current: '?library',
    search: `?doc=${UUID}`,
  },
  {
    name: 'a document keeps the language',
    route: { kind: 'document', id: 'b' },
    current: '?lang=ar&doc=a',
    search: '?lang=ar&doc=b',
  },
  {
    name: 'an invalid document is written as home',
    route: { kind: 'invalid-document' },
    current: '?doc=%3C',
    search: '',
  },
];
