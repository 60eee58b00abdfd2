// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocationTarget } from '../../../src/app/use-location-target';
import { createI18n } from '../../../src/i18n/init-i18n';
import { seedArticle } from '../../seed-article';

// jsdom has no CSS.escape; the ids escaped here are UUIDs, which it leaves as they are.
globalThis.CSS ??= {
  escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`),
} as typeof CSS;

const doc = seedArticle();
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const i18n = createI18n('en');
const wrapper = ({ children }: { children: ReactNode }) =>
  createElement(I18nextProvider, { i18n }, children);

/** An article with one block and no highlight drawn yet. */
function articleElement(): HTMLElement {
  const article = document.createElement('article');
  const block = document.createElement('p');
  block.id = 'b1';
  block.textContent = doc.blocks[0]?.text ?? '';
  article.append(block);
  document.body.append(article);
  return article;
}

/** Draws highlight `id` in the article, as the block would once the store has loaded. */
function drawHighlight(article: HTMLElement, id = ID): HTMLElement {
  const mark = document.createElement('mark');
  mark.dataset.starts = id;
  mark.textContent = 'الأمن';
  article.querySelector('p')?.append(mark);
  return mark;
}

/** Lets the MutationObserver deliver its records. */
const mutationsDelivered = () => act(() => Promise.resolve());

function renderAt(hash: string, article: HTMLElement, drawn: ReadonlySet<string> | null = null) {
  history.replaceState(null, '', hash || location.pathname);
  return renderHook(({ drawn }) => useLocationTarget(doc, article, drawn), {
    wrapper,
    initialProps: { drawn },
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.body.innerHTML = '';
  history.replaceState(null, '', location.pathname);
});

describe('useLocationTarget with #highlight=', () => {
  it('focuses the highlight when it is drawn after the article', async () => {
    const article = articleElement();
    const { result } = renderAt(`#highlight=${ID}`, article);
    expect(result.current.target).toEqual({ kind: 'highlight', id: ID });
    const mark = drawHighlight(article);
    await mutationsDelivered();
    expect(document.activeElement).toBe(mark);
  });

  it('focuses a highlight that is already drawn', () => {
    const article = articleElement();
    const mark = drawHighlight(article);
    renderAt(`#highlight=${ID}`, article);
    expect(document.activeElement).toBe(mark);
  });

  it('ignores other highlights and focuses the one named', async () => {
    const article = articleElement();
    renderAt(`#highlight=${ID}`, article);
    drawHighlight(article, 'a4d3b6a0-2b1e-4f4e-9c8a-0c7d3b5e6f70');
    await mutationsDelivered();
    expect(document.activeElement).toBe(document.body);
    const mark = drawHighlight(article);
    await mutationsDelivered();
    expect(document.activeElement).toBe(mark);
  });

  it('gives up quietly when the highlight never appears', async () => {
    const article = articleElement();
    renderAt(`#highlight=${ID}`, article);
    act(() => vi.advanceTimersByTime(10_000));
    drawHighlight(article);
    await mutationsDelivered();
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves the view be once the reader has started scrolling', async () => {
    const article = articleElement();
    renderAt(`#highlight=${ID}`, article);
    window.dispatchEvent(new WheelEvent('wheel'));
    drawHighlight(article);
    await mutationsDelivered();
    expect(document.activeElement).toBe(document.body);
  });

  it('stops waiting when the reader goes away', async () => {
    const article = articleElement();
    const { unmount } = renderAt(`#highlight=${ID}`, article);
    unmount();
    drawHighlight(article);
    await mutationsDelivered();
    expect(document.activeElement).toBe(document.body);
  });

  it('does nothing for a fragment that is not a highlight id', async () => {
    const article = articleElement();
    const { result } = renderAt('#highlight=<img src=x onerror=alert(1)>', article);
    expect(result.current.target).toBeNull();
    drawHighlight(article);
    await mutationsDelivered();
    expect(document.activeElement).toBe(document.body);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('useLocationTarget: a #highlight= id that is not there', () => {
  const OTHER = 'a4d3b6a0-2b1e-4f4e-9c8a-0c7d3b5e6f70';
  const cases: [string, ReadonlySet<string> | null, boolean][] = [
    ['store not read yet', null, false],
    ['the highlight is drawn', new Set([ID, OTHER]), false],
    ['no highlights at all', new Set(), true],
    ['only other highlights', new Set([OTHER]), true],
  ];
  it.each(cases)('%s: unresolved is %s', (_, drawn, unresolved) => {
    const { result } = renderAt(`#highlight=${ID}`, articleElement(), drawn);
    expect(result.current.unresolved).toBe(unresolved);
  });

  it('is decided when the store is first read: a highlight made later changes nothing', () => {
    const { result, rerender } = renderAt(`#highlight=${ID}`, articleElement(), null);
    expect(result.current.unresolved).toBe(false);
    rerender({ drawn: new Set([OTHER]) });
    expect(result.current.unresolved).toBe(true);
    rerender({ drawn: new Set([OTHER, ID]) });
    expect(result.current.unresolved).toBe(true);
  });

  it('stops waiting for it: restored a moment later, it does not pull the view away', async () => {
    const article = articleElement();
    renderAt(`#highlight=${ID}`, article, new Set([OTHER]));
    drawHighlight(article);
    await mutationsDelivered();
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves other addresses resolved whatever is drawn', () => {
    const { result } = renderAt('#b3', articleElement(), new Set());
    expect(result.current).toMatchObject({ target: { kind: 'block' }, unresolved: false });
  });
});
