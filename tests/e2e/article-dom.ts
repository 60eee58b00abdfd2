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
    const byId = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>('#article mark.highlight')) {
      for (const id of (mark.dataset.annotationIds ?? '').split(' ')) {
        byId.set(id, (byId.get(id) ?? '') + (mark.textContent ?? ''));
      }
    }
    return [...byId.values()];
  });
}
