// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollCurrentHitIntoView } from '../../../src/search/scroll-to-hit';

/** An article with hits 0 and 1 drawn (hit 1 split in two pieces by a highlight). */
function article(): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML =
    '<p><mark class="search-hit" data-hit="find-0"><span>الاستجابة</span></mark> ' +
    '<mark class="search-hit" data-hit="find-1"><span>الاستـ</span></mark>' +
    '<mark class="highlight"><mark class="search-hit" data-hit="find-1"><span>جابة</span></mark></mark></p>';
  document.body.append(root);
  return root;
}

/** Puts a mark's first line at `top`..`top + 20` in a 768 px high window. */
function placeAt(mark: Element, top: number) {
  const rect = { top, bottom: top + 20, left: 100, right: 200, width: 100, height: 20 };
  mark.getClientRects = () => [rect] as unknown as DOMRectList;
}

// jsdom has neither: each test puts in its own.
const original = {
  scrollIntoView: Element.prototype.scrollIntoView,
  elementFromPoint: document.elementFromPoint,
};
afterEach(() => {
  document.body.innerHTML = '';
  Element.prototype.scrollIntoView = original.scrollIntoView;
  document.elementFromPoint = original.elementFromPoint;
});

describe('scrollCurrentHitIntoView', () => {
  it('centres a hit that is below the window, and returns its first piece', () => {
    const root = article();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const first = root.querySelector('[data-hit="find-1"]');
    if (first) placeAt(first, 2000);
    expect(scrollCurrentHitIntoView(root, 1)).toBe(first);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
    expect(scroll.mock.contexts[0]).toBe(first);
  });

  it('leaves a hit alone that is in view and on top', () => {
    const root = article();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const mark = root.querySelector('[data-hit="find-0"]');
    if (mark) placeAt(mark, 300);
    document.elementFromPoint = () => mark?.firstElementChild ?? null;
    expect(scrollCurrentHitIntoView(root, 0)).toBe(mark);
    expect(scroll).not.toHaveBeenCalled();
  });

  it('centres a hit that is in the window but under a sticky bar', () => {
    const root = article();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const mark = root.querySelector('[data-hit="find-0"]');
    if (mark) placeAt(mark, 10);
    const header = document.createElement('header');
    document.body.append(header);
    document.elementFromPoint = () => header;
    scrollCurrentHitIntoView(root, 0);
    expect(scroll).toHaveBeenCalledOnce();
  });

  it('does nothing for no current hit, or a hit not drawn yet', () => {
    const root = article();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    expect(scrollCurrentHitIntoView(root, -1)).toBeNull();
    expect(scrollCurrentHitIntoView(root, 7)).toBeNull();
    expect(scroll).not.toHaveBeenCalled();
  });
});
