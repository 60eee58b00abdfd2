import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src/app/app-route';
import { documentAddress, type PageAddress } from '../../../src/document/document-address';

const ID = 'c6bf5314-d48d-45be-8c55-7c1e63caec7c';
const at = (pathname: string, search = ''): PageAddress => ({
  origin: 'https://qari.example',
  pathname,
  search,
});

const cases: { name: string; page: PageAddress; keep?: boolean; expected: string }[] = [
  {
    name: 'the app at the root',
    page: at('/'),
    expected: `https://qari.example/?doc=${ID}`,
  },
  {
    name: 'under a path prefix',
    page: at('/reader/'),
    expected: `https://qari.example/reader/?doc=${ID}`,
  },
  {
    name: 'from another document: its id replaced',
    page: at('/reader/', '?doc=tass-ar-2022-02-09-csto-zas&lang=en'),
    expected: `https://qari.example/reader/?doc=${ID}&lang=en`,
  },
  {
    name: 'from the library: ?library dropped',
    page: at('/reader/', '?library&lang=ar'),
    expected: `https://qari.example/reader/?doc=${ID}&lang=ar`,
  },
  {
    name: 'other parameters left out when asked',
    page: at('/reader/', '?lang=en&doc=x'),
    keep: false,
    expected: `https://qari.example/reader/?doc=${ID}`,
  },
];

describe('documentAddress', () => {
  it.each(cases)('$name', ({ page, keep, expected }) => {
    expect(documentAddress(page, ID, keep)).toBe(expected);
  });

  it('is read back by the router as that document', () => {
    const address = new URL(documentAddress(at('/reader/', '?library'), ID));
    expect(parseRoute(address.search)).toEqual({ kind: 'document', id: ID });
  });

  it('keeps a slug id (the built-in article) as it is', () => {
    expect(documentAddress(at('/'), 'tass-ar-2022-02-09-csto-zas')).toBe(
      'https://qari.example/?doc=tass-ar-2022-02-09-csto-zas',
    );
  });
});
