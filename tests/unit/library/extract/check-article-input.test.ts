import { describe, expect, it } from 'vitest';
import type {
  FileInfo,
  InputCheck,
  InputRefusal,
} from '../../../../src/library/extract/check-article-input';
import {
  checkFile,
  checkFileStart,
  checkText,
  MAX_FILE_BYTES,
} from '../../../../src/library/extract/check-article-input';
import { seedText } from '../../../seed-article';

const file = (name: string, size = 1000, type = ''): FileInfo => ({ name, size, type });
const refused = (error: InputRefusal) => ({ ok: false, error }) as const;

const fileCases: [name: string, info: FileInfo, expected: InputCheck<string>][] = [
  ['a .txt file', file('مقال.txt', 1000, 'text/plain'), { ok: true, value: 'txt' }],
  ['a .TXT file', file('ARTICLE.TXT'), { ok: true, value: 'txt' }],
  ['a .md file with no MIME type', file('notes.md'), { ok: true, value: 'md' }],
  ['a .markdown file', file('a.markdown', 10, 'text/markdown'), { ok: true, value: 'md' }],
  ['a saved .html page', file('page.html', 10, 'text/html'), { ok: true, value: 'html' }],
  ['a saved .htm page', file('page.htm'), { ok: true, value: 'html' }],
  ['no extension, text/plain', file('README', 10, 'text/plain'), { ok: true, value: 'txt' }],
  ['exactly 20 MiB', file('big.txt', MAX_FILE_BYTES), { ok: true, value: 'txt' }],
  ['20 MiB and one byte', file('big.txt', MAX_FILE_BYTES + 1), refused('too-large')],
  ['a huge PDF is too large first', file('x.pdf', 50 * 2 ** 20), refused('too-large')],
  ['a PDF', file('report.pdf', 10, 'application/pdf'), refused('unsupported-type')],
  ['a DOCX', file('report.docx'), refused('unsupported-type')],
  ['a DOC', file('report.doc', 10, 'application/msword'), refused('unsupported-type')],
  ['an EPUB', file('book.epub', 10, 'application/epub+zip'), refused('unsupported-type')],
  ['an image', file('photo.jpg', 10, 'image/jpeg'), refused('unsupported-type')],
  ['an ODT', file('a.odt'), refused('unsupported-type')],
  ['an RTF', file('a.rtf', 10, 'text/rtf'), refused('unsupported-type')],
  [
    'a .pdf named text/plain by the OS',
    file('a.pdf', 10, 'text/plain'),
    refused('unsupported-type'),
  ],
  ['no extension, no type', file('article'), refused('unsupported-type')],
  ['a dot file', file('.txt'), refused('unsupported-type')],
  ['an empty .txt', file('empty.txt', 0), refused('empty')],
];

describe('checkFile (before reading)', () => {
  it.each(fileCases)('%s', (_name, info, expected) => {
    expect(checkFile(info)).toEqual(expected);
  });
});

const binary = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(
  '',
);
/** What TextDecoder gives for random bytes: mostly replacement characters. */
const decodedBinary = new TextDecoder().decode(
  Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256),
);
const utf16 = [...'مقال عربي طويل بترميز UTF-16'.repeat(20)].map((ch) => `${ch}\u0000`).join('');

const startCases: [name: string, start: string, expected: InputCheck<null>][] = [
  ['the real article', seedText, { ok: true, value: null }],
  [
    'a text with two stray NULs',
    `${seedText.slice(0, 3000)}\u0000\u0000`,
    { ok: true, value: null },
  ],
  ['a text with a form feed per page', `أ.\f${'ب'.repeat(500)}\f`, { ok: true, value: null }],
  ['a PDF renamed .txt', '%PDF-1.7\n%âãÏÓ\n1 0 obj', refused('unsupported-type')],
  [
    'a DOCX or EPUB renamed .txt',
    'PK\u0003\u0004\u0014\u0000\u0006\u0000',
    refused('unsupported-type'),
  ],
  ['an RTF renamed .txt', '{\\rtf1\\ansi\\deff0', refused('unsupported-type')],
  ['binary bytes decoded as Latin-1', binary, refused('binary-content')],
  ['binary bytes decoded as UTF-8', decodedBinary, refused('binary-content')],
  ['a UTF-16 file read as UTF-8', utf16, refused('binary-content')],
  [
    'a PNG renamed .txt',
    '\uFFFDPNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR',
    refused('binary-content'),
  ],
];

describe('checkFileStart (the first chunk)', () => {
  it.each(startCases)('%s', (_name, start, expected) => {
    expect(checkFileStart(start)).toEqual(expected);
  });
});

describe('checkText', () => {
  it.each([
    ['empty', '', refused('empty')],
    ['spaces, tabs and line breaks', ' \t\r\n \u00A0\u2003\n', refused('empty')],
    ['controls and zero-width characters', '\u0000\u0007\u200B\u200F\uFEFF', refused('empty')],
    ['one letter', '  ب ', { ok: true, value: null }],
    ['one digit', '٩', { ok: true, value: null }],
    ['over 20 MiB of characters', 'ا'.repeat(MAX_FILE_BYTES + 1), refused('too-large')],
  ])('%s', (_name, text, expected) => {
    expect(checkText(text)).toEqual(expected);
  });
});
