import type { EnginePage } from './engine';

/**
 * Page-side lookups for the engine journeys, as function bodies for {@link EnginePage.run}:
 * they run the same in every engine, and the pointer then goes to the coordinates they return.
 */

/** Finds the first visible element matching `css` whose accessible name (aria-label, its
 * label's text or its own text) starts with `name`; scrolls it into view; returns its centre.
 * Waits up to 15 s for it, as a reader would: some tools' code loads on first use. */
export async function centreOf(
  page: EnginePage,
  css: string,
  name = '',
): Promise<[number, number]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      return await centreNow(page, css, name);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

function centreNow(page: EnginePage, css: string, name: string): Promise<[number, number]> {
  return page.run<[number, number]>(
    `const [css, name] = arguments;
     const nameOf = (el) => (el.getAttribute('aria-label') ??
       (el.labels && el.labels[0] ? el.labels[0].textContent : null) ??
       el.textContent ?? '').trim();
     const el = [...document.querySelectorAll(css)].find((e) =>
       e.getClientRects().length > 0 && nameOf(e).startsWith(name));
     if (!el) throw new Error('no ' + css + ' named ' + name);
     el.scrollIntoView({ block: 'center', behavior: 'instant' });
     const r = el.getBoundingClientRect();
     return [r.left + r.width / 2, r.top + r.height / 2];`,
    css,
    name,
  );
}

/** Clicks the element {@link centreOf} finds. */
export async function clickOn(page: EnginePage, css: string, name = ''): Promise<void> {
  const [x, y] = await centreOf(page, css, name);
  await page.click(x, y);
}

/** True when an element matching `css` is rendered and its text contains `text`. */
export function shows(page: EnginePage, css: string, text = ''): Promise<boolean> {
  return page.run<boolean>(
    `return [...document.querySelectorAll(arguments[0])].some((e) =>
       e.getClientRects().length > 0 && (e.textContent ?? '').includes(arguments[1]))`,
    css,
    text,
  );
}

/** The quotes of the article's highlights, in document order (a quote's pieces joined). */
export function highlightQuotes(page: EnginePage): Promise<string[]> {
  return page.run<string[]>(
    `const quotes = new Map();
     const open = new Set();
     const ids = (list) => (list ? list.split(' ') : []);
     for (const mark of document.querySelectorAll('#article mark.highlight')) {
       for (const id of ids(mark.dataset.starts)) open.add(id);
       for (const id of open) quotes.set(id, (quotes.get(id) ?? '') + mark.textContent);
       for (const id of ids(mark.dataset.ends)) open.delete(id);
     }
     return [...quotes.values()];`,
  );
}

/**
 * Scrolls `quote` (found in the canonical text, which the article renders as `data-offset`
 * pieces) to the middle of the view and returns the viewport points at the middle of its first
 * and last characters: a drag between them selects it.
 */
export function quoteEnds(
  page: EnginePage,
  quote: string,
): Promise<[[number, number], [number, number]]> {
  return page.run<[[number, number], [number, number]]>(
    `const quote = arguments[0];
     const pieces = [...document.querySelectorAll('#article [data-offset]')]
       .filter((span) => span.firstChild && span.firstChild.nodeType === 3)
       .map((span) => ({ node: span.firstChild, from: Number(span.dataset.offset) }))
       .sort((a, b) => a.from - b.from);
     let text = '';
     for (const { node, from } of pieces) text = text.padEnd(from, '\\n') + node.textContent;
     const start = text.indexOf(quote);
     if (start < 0) throw new Error('quote not rendered: ' + quote);
     const at = (offset) => pieces.find(({ node, from }) =>
       offset >= from && offset < from + node.textContent.length);
     at(start).node.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
     const point = (offset) => {
       const { node, from } = at(offset);
       const range = document.createRange();
       range.setStart(node, offset - from);
       range.setEnd(node, offset - from + 1);
       const r = range.getBoundingClientRect();
       return [r.left + r.width / 2, r.top + r.height / 2];
     };
     return [point(start), point(start + quote.length - 1)];`,
    quote,
  );
}

/** The document selection's text, trimmed. */
export function selectedText(page: EnginePage): Promise<string> {
  return page.run<string>(`return (document.getSelection()?.toString() ?? '').trim()`);
}
