import { describe, expect, it } from 'vitest';
import { parseOmnivoreHighlights } from '../../../../src/import/omnivore/omnivore-highlights';
import { highlightsCases } from './omnivore-highlights-cases';

describe('parseOmnivoreHighlights', () => {
  it.each(highlightsCases)('$name', ({ markdown, expected }) => {
    expect(parseOmnivoreHighlights(markdown)).toEqual(expected);
  });
});
