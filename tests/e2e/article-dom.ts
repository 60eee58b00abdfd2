import type { Page } from 'playwright-core';

/** Scrolls the block holding a canonical offset to the middle of the viewport. */
export async function scrollToOffset(page: Page, offset: number): Promise<void> {
  await page.evaluate((offset) => {
    const span = [...document.querySelectorAll<HTMLElement>('#article [data-offset]')].find((s) => {
      const o = Number(s.dataset.offset);
      return offset >= o && offset < o + (s.textContent ?? '').length;
    });
    span?.scrollIntoView({ block: 'center' });
  }, offset);
}

/** Viewport point in the middle of a character of the canonical text. */
export async function pointAt(
  page: Page,
  offset: number,
  edge: 'start' | 'end',
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([offset, edge]) => {
      const spans = [...document.querySelectorAll<HTMLElement>('#article [data-offset]')];
      for (const span of spans) {
        const start = Number(span.dataset.offset);
        const node = span.firstChild;
        if (!node || !node.textContent) continue;
        if (offset >= start && offset < start + node.textContent.length) {
          const range = document.createRange();
          range.setStart(node, offset - start);
          range.setEnd(node, offset - start + 1);
          const r = range.getBoundingClientRect();
          // The middle of the glyph: edges of joined Arabic letters hit-test either way, and
          // selections are snapped to whole words anyway.
          void edge;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      throw new Error(`offset ${offset} not rendered`);
    },
    [offset, edge] as const,
  );
}

/** The canonical text as the page has it (data-offset spans joined by position). */
export async function canonicalText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: [number, string][] = [
      ...document.querySelectorAll<HTMLElement>('#article [data-offset]'),
    ].map((s) => [Number(s.dataset.offset), s.textContent ?? '']);
    let text = '';
    for (const [offset, part] of parts.sort((a, b) => a[0] - b[0])) {
      text = text.padEnd(offset, '\n') + part;
    }
    return text;
  });
}

/** Drags the mouse from one canonical offset to another (end exclusive), selecting the text between. */
export async function dragSelect(page: Page, start: number, end: number): Promise<void> {
  await scrollToOffset(page, start);
  const from = await pointAt(page, start, 'start');
  const to = await pointAt(page, end - 1, 'end');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A hand starts a drag with a small move: Chromium 156 left a drag that began with one long
  // step from the start of «تم» (19 January's sentence) collapsed all the way to the end.
  await page.mouse.move(from.x + Math.sign(to.x - from.x) * 3, from.y);
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/**
 * Every line of a block's text as "top,left,right" relative to the block, merged across the
 * inline boxes on that line: equal before and after adding a highlight means no text moved
 * and no glyph changed width (Arabic letters stayed joined across the highlight's edges).
 */
export async function lineBoxes(page: Page, blockId: string): Promise<string> {
  return page.locator(`#${blockId}`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const lines = new Map<number, [number, number]>();
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      const top = Math.round(r.top - box.top);
      const [left, right] = lines.get(top) ?? [Infinity, -Infinity];
      lines.set(top, [Math.min(left, r.left - box.left), Math.max(right, r.right - box.left)]);
    }
    return [...lines]
      .map(([top, [left, right]]) => `${top},${left.toFixed(1)},${right.toFixed(1)}`)
      .join(' ');
  });
}

/** The text of each highlight on the page (its pieces joined), in reading order. */
export async function highlightQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Each highlight's id is on the mark where it starts and the one where it ends; the marks
    // between, in document order, are its other pieces.
    const byId = new Map<string, string>();
    const open = new Set<string>();
    const ids = (list?: string) => (list ? list.split(' ') : []);
    for (const mark of document.querySelectorAll<HTMLElement>('#article mark.highlight')) {
      for (const id of ids(mark.dataset.starts)) open.add(id);
      for (const id of open) byId.set(id, (byId.get(id) ?? '') + (mark.textContent ?? ''));
      for (const id of ids(mark.dataset.ends)) open.delete(id);
    }
    return [...byId.values()];
  });
}

/**
 * True when the element matching `selector` starts (its first line box) in the part of the
 * viewport the reader sees: below the sticky header and above the phone's tab bar.
 */
export async function startsOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    const tabs = document.querySelector('.panel-tabs');
    const bottom =
      tabs && getComputedStyle(tabs).display !== 'none'
        ? tabs.getBoundingClientRect().top
        : window.innerHeight;
    const first = el.getClientRects()[0] ?? el.getBoundingClientRect();
    return first.top >= Math.max(0, header) - 1 && first.bottom <= bottom + 1;
  }, selector);
}

/** The id of the article block at the top of the view (the first one reaching below the header). */
export async function blockAtTop(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const top = Math.max(
      0,
      document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0,
    );
    const block = [...document.querySelectorAll<HTMLElement>('#article [data-block]')].find(
      (b) => b.getBoundingClientRect().bottom > top + 1,
    );
    return block?.id ?? null;
  });
}

/** The text of each highlight as the reader sees it (innerText: hidden harakat left out). */
export async function visibleHighlightQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byId = new Map<string, string>();
    const open = new Set<string>();
    const ids = (list?: string) => (list ? list.split(' ') : []);
    for (const mark of document.querySelectorAll<HTMLElement>('#article mark.highlight')) {
      for (const id of ids(mark.dataset.starts)) open.add(id);
      for (const id of open) byId.set(id, (byId.get(id) ?? '') + mark.innerText);
      for (const id of ids(mark.dataset.ends)) open.delete(id);
    }
    return [...byId.values()];
  });
}

/**
 * How far, in CSS pixels, any line of a block's text reaches past the block's box sideways
 * (0 when every line fits). Only text counts: margin markers sit outside the box by design.
 */
export async function lineOverflow(page: Page, blockId: string): Promise<number> {
  return page.locator(`#${blockId}`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let worst = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        worst = Math.max(worst, box.left - r.left, r.right - box.right);
      }
    }
    return worst;
  });
}

/**
 * Selects the canonical text from `start` to `end` (end exclusive) through the Selection API,
 * as keyboard selection does, after scrolling it into view. Deterministic where a mouse drag is
 * not: Chromium sometimes starts no selection when the press lands mid-glyph in Arabic text.
 */
export async function selectOffsets(page: Page, start: number, end: number): Promise<void> {
  await scrollToOffset(page, start);
  await page.evaluate(
    ([start, end]) => {
      const at = (offset: number): [Node, number] => {
        for (const span of document.querySelectorAll<HTMLElement>('#article [data-offset]')) {
          const from = Number(span.dataset.offset);
          const node = span.firstChild;
          if (node?.textContent && offset >= from && offset <= from + node.textContent.length) {
            return [node, offset - from];
          }
        }
        throw new Error(`offset ${offset} not rendered`);
      };
      const [startNode, startOffset] = at(start);
      const [endNode, endOffset] = at(end);
      document.getSelection()?.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
    },
    [start, end] as const,
  );
}

/**
 * Waits until the article has stopped re-rendering after load: fonts in, and the timeline's
 * passages (loaded lazily) woven into the blocks. A selection made before that can be lost
 * when the blocks re-render.
 */
export async function waitForArticleSettled(page: Page): Promise<void> {
  await page.locator('#article [data-event-passage]').first().waitFor({ state: 'attached' });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}
