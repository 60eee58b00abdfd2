import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../../src/library/extract/extract-plain-text';
import { seedArticle, seedText } from '../../../seed-article';
import { plainTextCases } from './plain-text-cases';

describe('extractPlainText on the real article', () => {
  it('gives the block texts the seed parser gives, all paragraphs, nothing to report', () => {
    const { blocks, notices } = extractPlainText(seedText);
    expect(blocks.map((b) => b.text)).toEqual(seedArticle().blocks.map((b) => b.text));
    expect(new Set(blocks.map((b) => b.kind))).toEqual(new Set(['paragraph']));
    expect(notices).toEqual([]);
  });

  it('gives the same blocks from CRLF, a BOM and trailing blank lines', () => {
    const windows = `\uFEFF${seedText.replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(extractPlainText(windows)).toEqual(extractPlainText(seedText));
  });
});

describe('extractPlainText', () => {
  it.each(plainTextCases)('$name', ({ raw, texts, controlsStripped }) => {
    const { blocks, notices } = extractPlainText(raw);
    expect(blocks.map((b) => b.text)).toEqual(texts);
    expect(notices).toEqual(controlsStripped ? ['control-characters-stripped'] : []);
  });
});

// A character from anywhere: controls, separators, surrogate halves, Arabic, Latin.
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const lineyText = fc
  .array(
    fc.oneof(anyText, fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' \t ', '\u0000', '\u202E', 'ب')),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));

/** Controls, line and paragraph separators, and explicit bidi formatting. */
// eslint-disable-next-line no-control-regex -- the invariant is about controls
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

describe('extractPlainText properties', () => {
  it('never outputs an empty block, a control character, a line break or a space run', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, lineyText), (raw) => {
        for (const { text } of extractPlainText(raw).blocks) {
          expect(text).not.toBe('');
          expect(text).not.toMatch(FORBIDDEN);
          expect(text).not.toMatch(/\s\s|^\s|\s$/u);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: its blocks, pasted one per line, give themselves back', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, lineyText), (raw) => {
        const once = extractPlainText(raw).blocks;
        const again = extractPlainText(once.map((b) => b.text).join('\n')).blocks;
        expect(again).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});
