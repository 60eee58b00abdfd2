import { describe, expect, it } from 'vitest';
import { readingProgress } from '../../../src/library/reading-progress';

describe('readingProgress', () => {
  it.each([
    ['at the start', { blockId: 'b1', offset: 0, fraction: 0 }, 1000, 0],
    ['halfway', { blockId: 'b9', offset: 500, fraction: 0.2 }, 1000, 0.5],
    ['past the end (a shorter text) is the end', { offset: 1500 }, 1000, 1],
    ['nothing stored', null, 1000, null],
    ['not an object', 'b7', 1000, null],
    ['no offset', { blockId: 'b1', fraction: 0 }, 1000, null],
    ['a negative offset', { offset: -3 }, 1000, null],
    ['an infinite offset', { offset: Infinity }, 1000, null],
    ['an empty text', { offset: 0 }, 0, null],
  ])('%s', (_name, raw, length, expected) => {
    expect(readingProgress(raw, length)).toBe(expected);
  });
});
