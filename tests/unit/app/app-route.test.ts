import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isDocumentId,
  parseRoute,
  routeHref,
  routeSearch,
  type AppRoute,
} from '../../../src/app/app-route';
import { parseRouteCases, routeSearchCases } from './app-route-cases';

describe('parseRoute', () => {
  it.each(parseRouteCases)('$name', ({ search, route }) => {
    expect(parseRoute(search)).toEqual(route);
  });

  it('never throws, and a document it reads always has a well-formed id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const route = parseRoute(search);
        if (route.kind === 'document') expect(isDocumentId(route.id)).toBe(true);
      }),
    );
  });
});

describe('routeSearch', () => {
  it.each(routeSearchCases)('$name', ({ route, current, search }) => {
    expect(routeSearch(route, current)).toBe(search);
  });

  it('reads back as the route it wrote', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9][\w.:-]{0,40}$/u);
    const route: fc.Arbitrary<AppRoute> = fc.oneof(
      fc.constant<AppRoute>({ kind: 'home' }),
      fc.constant<AppRoute>({ kind: 'library' }),
      fc.constant<AppRoute>({ kind: 'notes' }),
      id.map<AppRoute>((value) => ({ kind: 'document', id: value })),
    );
    fc.assert(
      fc.property(
        route,
        fc.constantFrom('', '?lang=en', '?doc=x&lang=ar', '?library', '?notes&lang=en'),
        (r, cur) => {
          expect(parseRoute(routeSearch(r, cur))).toEqual(r);
        },
      ),
    );
  });
});

describe('routeHref', () => {
  it('keeps the path prefix and drops the hash', () => {
    expect(routeHref({ kind: 'document', id: 'abc' }, '/reader/', '?lang=en')).toBe(
      '/reader/?lang=en&doc=abc',
    );
    expect(
      new URL(routeHref({ kind: 'library' }, '/reader/', ''), 'http://h/reader/?doc=a#b7').href,
    ).toBe('http://h/reader/?library');
  });
});
