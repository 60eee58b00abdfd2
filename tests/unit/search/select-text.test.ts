// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { OFFSET_ATTRIBUTE } from '../../../src/anchoring/dom-range';
import { selectText } from '../../../src/search/select-text';
import { seedArticle } from '../../seed-article';

const doc = seedArticle();

/** The first blocks as the reader draws them: one element per block carrying its offset. */
function renderBlocks(count: number): HTMLElement {
  const root = document.createElement('article');
  for (const block of doc.blocks.slice(0, count)) {
    const p = document.createElement('p');
    const span = document.createElement('span');
    span.setAttribute(OFFSET_ATTRIBUTE, String(block.start));
    span.textContent = block.text;
    p.append(span);
    root.append(p);
  }
  document.body.append(root);
  return root;
}

const lede = doc.blocks[0];
const second = doc.blocks[1];
if (!lede || !second) throw new Error('the article has fewer than two blocks');
const word = (w: string) => ({ start: doc.text.indexOf(w), end: doc.text.indexOf(w) + w.length });

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('selectText', () => {
  it.each([
    { name: 'a word in the lede', range: word('ستانيسلاف'), expected: 'ستانيسلاف' },
    {
      name: 'across two blocks',
      range: { start: lede.end - 4, end: second.start + 3 },
      expected: `${lede.text.slice(-4)}${second.text.slice(0, 3)}`,
    },
  ])('selects $name', ({ range, expected }) => {
    const root = renderBlocks(2);
    expect(selectText(root, range)).toBe(true);
    const selection = document.getSelection();
    expect(selection?.rangeCount).toBe(1);
    expect(selection?.toString()).toBe(expected);
  });

  it.each([
    { name: 'an empty range', range: { start: 5, end: 5 } },
    {
      name: 'a range past the drawn blocks',
      range: { start: second.end + 10, end: second.end + 20 },
    },
    { name: 'invalid offsets', range: { start: 8, end: 3 } },
  ])('leaves the selection alone for $name', ({ range }) => {
    const root = renderBlocks(2);
    selectText(root, word('ستانيسلاف'));
    expect(selectText(root, range)).toBe(false);
    expect(document.getSelection()?.toString()).toBe('ستانيسلاف');
  });
});
