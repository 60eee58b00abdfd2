import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpackEntry } from '../../../../src/import/omnivore/unpack-entry';
import {
  isUnsafeEntryName,
  readZipDirectory,
  type ZipRefusal,
} from '../../../../src/import/omnivore/zip-directory';
import { asZip64, withDeclaredCount, withDeclaredSize, zipOf } from './zip-fixtures';

const limits = { maxEntries: 10, maxTotalSize: 1000 };
const small = zipOf({ 'metadata_0_to_1.json': '[]', 'content/a.html': '<p>نص</p>' });

const refusals: { name: string; bytes: Uint8Array; error: ZipRefusal }[] = [
  { name: 'a text file', bytes: new TextEncoder().encode('not a zip at all'), error: 'not-zip' },
  { name: 'nothing', bytes: new Uint8Array(0), error: 'not-zip' },
  { name: 'a zip cut short', bytes: small.slice(0, small.byteLength - 30), error: 'not-zip' },
  {
    name: 'more entries than allowed',
    bytes: withDeclaredCount(small, 11),
    error: 'too-many-entries',
  },
  {
    name: 'declared sizes past the limit',
    bytes: withDeclaredSize(small, 1, 999),
    error: 'too-large',
  },
  { name: 'a `../` entry', bytes: zipOf({ '../evil.json': '[]' }), error: 'unsafe-path' },
  {
    name: 'a nested `..` entry',
    bytes: zipOf({ 'content/../../x.html': 'x' }),
    error: 'unsafe-path',
  },
  { name: 'an absolute entry', bytes: zipOf({ '/etc/passwd': 'x' }), error: 'unsafe-path' },
  { name: 'a Windows `..\\` entry', bytes: zipOf({ '..\\x.html': 'x' }), error: 'unsafe-path' },
];

describe('readZipDirectory', () => {
  it.each(refusals)('refuses $name: $error', ({ bytes, error }) => {
    expect(readZipDirectory(bytes, limits)).toEqual({ ok: false, error });
  });

  it('lists the entries with their declared sizes, unpacking nothing', () => {
    const result = readZipDirectory(small, limits);
    if (!result.ok) throw new Error(result.error);
    expect(result.entries.map((e) => [e.name, e.size])).toEqual([
      ['metadata_0_to_1.json', 2],
      ['content/a.html', 11],
    ]);
  });

  it('reads a ZIP64 end record the same way', () => {
    const result = readZipDirectory(asZip64(small), limits);
    if (!result.ok) throw new Error(result.error);
    expect(result.entries.map((e) => e.name)).toEqual(['metadata_0_to_1.json', 'content/a.html']);
    expect(readZipDirectory(asZip64(small), { maxEntries: 1, maxTotalSize: 1000 })).toEqual({
      ok: false,
      error: 'too-many-entries',
    });
  });

  it('counts the limits from the directory: exactly at them passes', () => {
    expect(readZipDirectory(small, { maxEntries: 2, maxTotalSize: 13 }).ok).toBe(true);
    expect(readZipDirectory(small, { maxEntries: 1, maxTotalSize: 13 })).toEqual({
      ok: false,
      error: 'too-many-entries',
    });
    expect(readZipDirectory(small, { maxEntries: 2, maxTotalSize: 12 })).toEqual({
      ok: false,
      error: 'too-large',
    });
  });
});

describe('isUnsafeEntryName', () => {
  it.each([
    ['content/a.html', false],
    ['a..b.html', false],
    ['..', true],
    ['a/../b', true],
    ['C:/x', true],
  ] as const)('%s → %s', (name, unsafe) => {
    expect(isUnsafeEntryName(name)).toBe(unsafe);
  });
});

describe('unpackEntry', () => {
  it('never unpacks more than an entry declares (a lying zip bomb is cut short)', () => {
    const bomb = zipOf({ 'content/a.html': 'a'.repeat(100_000) });
    const lying = withDeclaredSize(bomb, 0, 10);
    const directory = readZipDirectory(lying, { maxEntries: 1, maxTotalSize: 10 });
    if (!directory.ok) throw new Error(directory.error);
    expect(unpackEntry(lying, directory.entries[0]!, inflateSync)?.byteLength).toBe(10);
  });

  it('gives null for an entry whose data is damaged', () => {
    const zip = zipOf({ 'content/a.html': 'نص عربي '.repeat(50) });
    const directory = readZipDirectory(zip, { maxEntries: 1, maxTotalSize: 1e6 });
    if (!directory.ok) throw new Error(directory.error);
    const entry = directory.entries[0]!;
    const damaged = zip.slice();
    damaged.fill(0xff, 40, 60);
    expect(unpackEntry(damaged, entry, inflateSync)).toBeNull();
    expect(unpackEntry(zip, { ...entry, encrypted: true }, inflateSync)).toBeNull();
    expect(unpackEntry(zip, { ...entry, method: 12 }, inflateSync)).toBeNull();
  });
});
