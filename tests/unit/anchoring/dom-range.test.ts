// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFSET_ATTRIBUTE, offsetsToRange, rangeToOffsets } from '../../../src/anchoring/dom-range';
import type { TextRange } from '../../../src/anchoring/selectors';
import { seedArticle } from '../../seed-article';

const doc = seedArticle();
const blocks = doc.blocks.slice(0, 4);
const rendered = { start: 0, end: blocks.at(-1)?.end ?? 0 };
/** Highlight edges inside the rendered blocks, as the reader would cut segments. */
const highlight = { start: doc.text.indexOf('ستانيسلاف'), end: doc.text.indexOf('لبيلاروسيا') };

function span(offset: number, text: string, hidden = false): HTMLElement {
  const el = document.createElement('span');
  el.setAttribute(OFFSET_ATTRIBUTE, String(offset));
  if (hidden) {
    el.className = 'harakah';
    el.style.display = 'none';
  }
  el.textContent = text;
  return el;
}

/** Renders like BlockText: segments at highlight edges, harakat in their own hidden spans. */
function renderSegment(text: string, offset: number): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const m of text.matchAll(/[\u064b-\u065f\u0670]+|[^\u064b-\u065f\u0670]+/gu)) {
    out.push(span(offset + m.index, m[0], /^[\u064b-\u065f\u0670]/u.test(m[0])));
  }
  return out;
}

function renderArticle(): HTMLElement {
  const root = document.createElement('article');
  const headline = document.createElement('h1');
  headline.textContent = 'زاس: الناتو يهدد أمن المنظمة';
  root.append(headline);
  for (const block of blocks) {
    const p = document.createElement(block.kind === 'heading' ? 'h2' : 'p');
    p.id = block.id;
    const cuts = [block.start, highlight.start, highlight.end, block.end]
      .filter((c) => c >= block.start && c <= block.end)
      .sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i] as number, cuts[i + 1] as number];
      if (from === to) continue;
      const pieces = renderSegment(doc.text.slice(from, to), from);
      if (from === highlight.start) {
        const mark = document.createElement('mark');
        mark.append(...pieces);
        p.append(mark);
      } else {
        p.append(...pieces);
      }
    }
    const marker = document.createElement('button');
    marker.textContent = 'ملاحظة';
    p.append(marker);
    root.append(p);
  }
  return root;
}

let root: HTMLElement;
const textNode = (offset: number) =>
  root.querySelector(`[${OFFSET_ATTRIBUTE}="${offset}"]`)?.firstChild as Text;
const containing = (offset: number) => {
  const el = [...root.querySelectorAll<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`)].findLast(
    (e) => Number(e.getAttribute(OFFSET_ATTRIBUTE)) <= offset,
  );
  return { node: el?.firstChild as Text, at: offset - Number(el?.getAttribute(OFFSET_ATTRIBUTE)) };
};
function domRange(start: [Node, number], end: [Node, number]): Range {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

beforeAll(() => {
  document.body.innerHTML = '<aside>قبل المقال</aside>';
  root = renderArticle();
  document.body.append(root);
  const after = document.createElement('footer');
  after.textContent = 'بعد المقال';
  document.body.append(after);
});

describe('rangeToOffsets', () => {
  const cases: { name: string; range: () => Range; expected: TextRange | null }[] = [
    {
      name: 'inside one text node',
      range: () => domRange([textNode(0), 5], [textNode(0), 11]),
      expected: { start: 5, end: 11 },
    },
    {
      name: 'starting inside a highlight, ending in the next block (separator included)',
      range: () => {
        const a = containing(highlight.start + 3);
        const b = containing((blocks[1]?.start ?? 0) + 4);
        return domRange([a.node, a.at], [b.node, b.at]);
      },
      expected: { start: highlight.start + 3, end: (blocks[1]?.start ?? 0) + 4 },
    },
    {
      name: 'element containers: a whole paragraph',
      range: () => {
        const p = root.querySelector('#b2') as HTMLElement;
        return domRange([p, 0], [p, p.childNodes.length]);
      },
      expected: { start: blocks[1]?.start ?? 0, end: blocks[1]?.end ?? 0 },
    },
    {
      name: 'the mark element as container',
      range: () => {
        const mark = root.querySelector('mark') as HTMLElement;
        return domRange([mark, 0], [mark, mark.childNodes.length]);
      },
      expected: highlight,
    },
    {
      name: 'starting in the headline',
      range: () => domRange([root.querySelector('h1')?.firstChild as Text, 3], [textNode(0), 4]),
      expected: { start: 0, end: 4 },
    },
    {
      name: 'ending in a button inside a block',
      range: () =>
        domRange([textNode(0), 2], [root.querySelector('#b1 button')?.firstChild as Text, 3]),
      expected: { start: 2, end: blocks[0]?.end ?? 0 },
    },
    {
      name: 'from before the article to after it',
      range: () =>
        domRange(
          [document.querySelector('aside') as Node, 0],
          [document.body, document.body.childNodes.length],
        ),
      expected: rendered,
    },
    {
      name: 'whole root',
      range: () => domRange([root, 0], [root, root.childNodes.length]),
      expected: rendered,
    },
    {
      name: 'only the headline: nothing canonical',
      range: () => {
        const h = root.querySelector('h1')?.firstChild as Text;
        return domRange([h, 0], [h, 5]);
      },
      expected: null,
    },
    {
      name: 'only a button: nothing canonical',
      range: () => {
        const b = root.querySelector('#b2 button') as HTMLElement;
        return domRange([b, 0], [b, 1]);
      },
      expected: null,
    },
    {
      name: 'collapsed',
      range: () => domRange([textNode(0), 3], [textNode(0), 3]),
      expected: null,
    },
    {
      name: 'outside the article',
      range: () => {
        const aside = document.querySelector('aside')?.firstChild as Text;
        return domRange([aside, 0], [aside, 4]);
      },
      expected: null,
    },
  ];

  it.each(cases)('$name', ({ range, expected }) => {
    expect(rangeToOffsets(range(), root)).toEqual(expected);
  });
});

describe('offsetsToRange', () => {
  it('covers exactly the canonical text (blocks show without their separator)', () => {
    const start = doc.text.indexOf('ستانيسلاف');
    const end = doc.text.indexOf('للمنظمة');
    const dom = offsetsToRange({ start, end }, root);
    expect(dom?.toString()).toBe(doc.text.slice(start, end).replace('\n', 'ملاحظة'));
  });

  it('ends after hidden harakat, and starts in the later node at a node edge', () => {
    const shadda = doc.text.indexOf('ّ');
    const dom = offsetsToRange({ start: shadda - 4, end: shadda + 1 }, root);
    expect((dom?.endContainer.parentElement as HTMLElement).className).toBe('harakah');
    const edge = offsetsToRange({ start: shadda + 1, end: shadda + 2 }, root);
    expect(edge?.startOffset).toBe(0);
    expect(edge?.startContainer.parentElement?.getAttribute(OFFSET_ATTRIBUTE)).toBe(
      String(shadda + 1),
    );
  });

  it.each([
    [{ start: -1, end: 3 }],
    [{ start: 5, end: 2 }],
    [{ start: rendered.end + 10, end: rendered.end + 20 }],
    [{ start: blocks[0]?.end ?? 0, end: (blocks[0]?.end ?? 0) + 1 }],
  ])('returns null for %o (invalid, not rendered, or only a separator)', (range) => {
    expect(offsetsToRange(range, root)).toBeNull();
  });

  it('round-trips every range of rendered text through a DOM Range', () => {
    fc.assert(
      fc.property(fc.nat({ max: rendered.end }), fc.nat({ max: rendered.end }), (a, b) => {
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        const onlySeparators = doc.text.slice(range.start, range.end).replaceAll('\n', '') === '';
        fc.pre(!onlySeparators);
        const dom = offsetsToRange(range, root);
        expect(dom).not.toBeNull();
        // A separator at an edge is not rendered, so it cannot survive the trip.
        const start = range.start + (doc.text[range.start] === '\n' ? 1 : 0);
        const end = range.end - (doc.text[range.end - 1] === '\n' ? 1 : 0);
        expect(rangeToOffsets(dom as Range, root)).toEqual({ start, end });
      }),
      { numRuns: 300 },
    );
  });
});
