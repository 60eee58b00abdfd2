import { describe, expect, it } from 'vitest';
import { checkFileStart } from '../../../../src/library/extract/check-article-input';
import { decodeArticleBytes } from '../../../../src/library/extract/decode-article-bytes';
import { readArticleFile } from '../../../../src/library/extract/read-article-file';
import { seedArticle, seedText } from '../../../seed-article';

const TODAY = '2026-12-04';
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  [...text].forEach((_, i) => view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian));
  return bytes;
};
/** Encodes to windows-1256 by inverting its decoder (TextEncoder only writes UTF-8). */
const cp1256 = (() => {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return (text: string) => Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
})();
const arabic = 'قال الأمين العام لمنظمة معاهدة الأمن الجماعي إن النشاط العسكري يهدد الأمن.';
/** Bytes that look like compressed data: every value about as often as any other. */
const noise = Uint8Array.from({ length: 8192 }, (_, i) => (i * 7919 + ((i * i) % 251)) % 256);

describe('decodeArticleBytes', () => {
  it.each([
    ['UTF-8', utf8(arabic), 'txt', 'utf-8', false],
    [
      'UTF-8 with a BOM (the BOM is not text)',
      Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(arabic)),
      'txt',
      'utf-8',
      false,
    ],
    ['UTF-16LE with a BOM (Notepad "Unicode")', utf16(arabic, true), 'txt', 'utf-16le', false],
    ['UTF-16BE with a BOM', utf16(arabic, false), 'md', 'utf-16be', false],
    ['windows-1256 text, not UTF-8: a guess', cp1256(arabic), 'txt', 'windows-1256', true],
  ] as const)('%s', (_name, bytes, format, encoding, guessed) => {
    expect(decodeArticleBytes(bytes, format)).toEqual({ text: arabic, encoding, guessed });
  });

  it.each([
    ['<meta charset>', `<meta charset="windows-1256"><p>${arabic}</p>`],
    [
      'http-equiv Content-Type',
      `<meta http-equiv="Content-Type" content="text/html; charset=cp1256"><p>${arabic}</p>`,
    ],
  ])('a page in windows-1256 declared by %s', (_name, html) => {
    expect(decodeArticleBytes(cp1256(html), 'html')).toEqual({
      text: html,
      encoding: 'windows-1256',
      guessed: false,
    });
  });

  it('ignores a page that declares UTF-16 in an ASCII head, and an unknown label', () => {
    for (const label of ['utf-16', 'x-no-such-encoding']) {
      const html = `<meta charset="${label}"><p>${arabic}</p>`;
      expect(decodeArticleBytes(utf8(html), 'html').encoding).toBe('utf-8');
    }
  });

  it('a declaration in a .txt file means nothing', () => {
    const text = `<meta charset="windows-1256"> ${arabic}`;
    expect(decodeArticleBytes(utf8(text), 'txt')).toEqual({
      text,
      encoding: 'utf-8',
      guessed: false,
    });
  });

  it('binary data still reads as binary after the fallback', () => {
    const { text } = decodeArticleBytes(noise, 'txt');
    expect(checkFileStart(text)).toEqual({ ok: false, error: 'binary-content' });
  });
});

describe('readArticleFile', () => {
  it('reads the real article from a .txt file', async () => {
    const result = await readArticleFile(
      new File([seedText], 'seed.txt', { type: 'text/plain' }),
      TODAY,
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.blocks.map((b) => b.text)).toEqual(seedArticle().blocks.map((b) => b.text));
    expect(result.encoding).toBe('utf-8');
    expect(result.notices).toEqual([]);
  });

  it('reads a file without an extension by its MIME type', async () => {
    const result = await readArticleFile(
      new File([arabic], 'README', { type: 'text/plain' }),
      TODAY,
    );
    expect(result.ok && result.blocks).toEqual([{ kind: 'paragraph', text: arabic }]);
  });

  it('says so when it guessed the encoding', async () => {
    const result = await readArticleFile(new File([cp1256(arabic)], 'old.txt'), TODAY);
    expect(result.ok && result).toMatchObject({
      encoding: 'windows-1256',
      notices: ['encoding-guessed'],
      blocks: [{ kind: 'paragraph', text: arabic }],
    });
  });

  it('refuses a file over 20 MiB without reading it', async () => {
    const file = new File(['x'], 'big.txt');
    Object.defineProperty(file, 'size', { value: 20 * 2 ** 20 + 1 });
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.reject(new Error('read')),
    });
    expect(await readArticleFile(file, TODAY)).toEqual({ ok: false, error: 'too-large' });
  });

  it.each([
    [
      'a PDF',
      new File(['%PDF-1.4'], 'report.pdf', { type: 'application/pdf' }),
      'unsupported-type',
    ],
    ['an empty file', new File([], 'empty.txt'), 'empty'],
    ['binary data renamed .txt', new File([noise], 'photo.txt'), 'binary-content'],
    [
      'a UTF-16 file without a BOM',
      new File([utf16(arabic, true).subarray(2)], 'a.txt'),
      'binary-content',
    ],
  ])('refuses %s', async (_name, file, error) => {
    expect(await readArticleFile(file, TODAY)).toEqual({ ok: false, error });
  });
});
