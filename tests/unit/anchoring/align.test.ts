import { describe, expect, it } from 'vitest';
import { alignNear } from '../../../src/anchoring/align';
import { alignCases } from './align-cases';

/** Splits `a[b]c` into the plain string and the bracketed range. */
function unbracket(s: string): { plain: string; start: number; end: number } {
  const open = s.indexOf('[');
  const close = s.indexOf(']');
  return {
    plain: s.slice(0, open) + s.slice(open + 1, close) + s.slice(close + 1),
    start: open,
    end: close - 1,
  };
}

describe('alignNear', () => {
  it.each(alignCases)('$name', ({ pattern, text, diagonal, maxErrors, expected }) => {
    const p = unbracket(pattern);
    const result = alignNear(text, p.plain, diagonal, maxErrors, p.start, p.end);
    if (expected.text === null) {
      expect(result).toBeNull();
      return;
    }
    const t = unbracket(expected.text);
    expect(t.plain).toBe(text);
    expect(result).toMatchObject({
      cutStart: t.start,
      cutEnd: t.end,
      errors: expected.errors,
      innerErrors: expected.innerErrors,
    });
  });
});
