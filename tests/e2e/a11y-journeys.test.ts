import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../src/anchoring/describe';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import { seedArticle } from '../seed-article';
import { putAnnotations, storeOpen } from './app-database';
import { waitForArticleSettled } from './article-dom';
import { newContext, openApp, screenshot, sharedBrowser } from './browser';

// Keyboard and reduced-motion journeys in real Chromium: what a reader who does not use a mouse,
// or who asked the system for less motion, gets.
// `npx vite build`, then `npx vitest run --project e2e tests/e2e/a11y-journeys.test.ts`.

const browser = sharedBrowser();
const doc = seedArticle();

async function freshPage(options: Parameters<typeof newContext>[2] = {}): Promise<Page> {
  const context = await newContext(browser(), undefined, options);
  return context.newPage();
}

const TOLL = 'توفي على إثر هذه الأحداث 225 شخصاً';

/** A stored highlight with a note on the first occurrence of `quote`, as an earlier visit left it. */
function highlightOn(quote: string, note: string): AnnotationRecord {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the article: ${quote}`);
  const time = '2026-01-01T00:00:00.000Z';
  return {
    id: crypto.randomUUID(),
    documentId: doc.meta.id,
    target: describeRange({ start, end: start + quote.length }, doc.text),
    color: 'yellow',
    note,
    tags: [],
    created: time,
    modified: time,
    deleted: null,
  };
}

/** What has focus: whether it is a highlight, its text, and its link target if it is a link. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      isHighlight: !!el?.matches('mark.highlight'),
      text: el?.textContent ?? '',
      href: el?.getAttribute('href') ?? null,
    };
  });
}

const UI = {
  en: { note: 'Note', timeline: 'Timeline' },
  ar: { note: 'ملاحظة', timeline: 'الخط الزمني' },
} as const;

describe('keyboard: from the top of the page to a highlight’s note', () => {
  it.each(['en', 'ar'] as const)(
    'Tab reaches the highlight, Enter opens its note with focus in the note box (%s)',
    async (lang) => {
      const page = await freshPage();
      // The first visit creates the database; the highlight is put there as if made earlier.
      await openApp(page, `?lang=${lang}`);
      await storeOpen(page);
      await putAnnotations(page, [highlightOn(TOLL, 'written earlier')]);
      await page.reload();
      await page.locator('#article mark.highlight').first().waitFor();
      await waitForArticleSettled(page);

      // From the top of the page, as a reader arriving with the keyboard: the skip link first.
      await page.keyboard.press('Tab');
      expect((await focused(page)).href).toBe('#main');
      let presses = 1;
      while (!(await focused(page)).isHighlight) {
        expect(presses, 'Tab never reached the highlight').toBeLessThan(120);
        await page.keyboard.press('Tab');
        presses += 1;
      }
      expect((await focused(page)).text).toBe(TOLL);

      await page.keyboard.press('Enter');
      const note = page.getByRole('textbox', { name: UI[lang].note });
      await note.waitFor();
      await expect.poll(() => note.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await note.inputValue()).toBe('written earlier');
      await screenshot(page, `a11y-enter-on-highlight-${lang}-desktop`);
      // Typing goes straight into the note, after what is already written.
      await page.keyboard.type(' + more');
      expect(await note.inputValue()).toBe('written earlier + more');
    },
  );
});

/**
 * Motion on the passage right now: the animations on it and inside it (keyframe animations by
 * name; transitions by property, with their duration in ms), its CSS animation-name, whether it
 * has the flash class, focus and whether it is in view.
 */
function motionOn(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`${selector} is not in the page`);
    const rect = el.getBoundingClientRect();
    const all = el.getAnimations({ subtree: true });
    return {
      keyframes: all.flatMap((a) => (a instanceof CSSAnimation ? [a.animationName] : [])),
      transitionMs: all.flatMap((a) =>
        a instanceof CSSTransition ? [Number(a.effect?.getTiming().duration ?? 0)] : [],
      ),
      running: all.length,
      animationName: getComputedStyle(el).animationName,
      flashing: el.hasAttribute('data-flashing'),
      focused: el.contains(document.activeElement),
      inView: rect.bottom > 0 && rect.top < window.innerHeight,
      scrollY: window.scrollY,
    };
  }, selector);
}

const PASSAGE = '#passage-casualty-toll';

/** Activates the "death toll" event in the timeline with the keyboard; waits for the passage's focus. */
async function activateDeathToll(page: Page): Promise<void> {
  const timeline = page.getByRole('complementary', { name: UI.en.timeline });
  await timeline.getByRole('button', { name: /, The death toll$/ }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await motionOn(page, PASSAGE)).focused).toBe(true);
}

async function openReader(page: Page): Promise<void> {
  await openApp(page, '?lang=en');
  await waitForArticleSettled(page);
  expect((await motionOn(page, PASSAGE)).inView).toBe(false);
}

describe('reduced motion: a timeline event reveals its passage without animation', () => {
  it('jumps to the passage and focuses it, with no animation on it, each time', async () => {
    const page = await freshPage({ reducedMotion: 'reduce' });
    await openReader(page);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );

    // Twice: first selecting the event, then activating it while it is already selected.
    for (const time of ['first', 'again']) {
      await activateDeathToll(page);
      const now = await motionOn(page, PASSAGE);
      expect(now, time).toMatchObject({ keyframes: [], animationName: 'none', flashing: false });
      expect(now.inView, time).toBe(true);
      // Colour and outline changes still happen, but in no time (app.css, reduced motion).
      for (const ms of now.transitionMs) expect(ms, time).toBeLessThan(1);
      // Nothing starts a moment later either, and the page is not still scrolling.
      await page.waitForTimeout(250);
      const later = await motionOn(page, PASSAGE);
      expect(later, time).toMatchObject({ running: 0, animationName: 'none', flashing: false });
      expect(later.scrollY, time).toBe(now.scrollY);
    }
    await screenshot(page, 'a11y-reduced-motion-event-en-desktop');
  });

  it('flashes the passage when motion is welcome (the check above can see a flash)', async () => {
    const page = await freshPage({ reducedMotion: 'no-preference' });
    await openReader(page);
    // The first activation too: React redraws the passage as selected in the same click,
    // which once wiped the flash before it started.
    for (const time of ['first', 'again']) {
      await activateDeathToll(page);
      const now = await motionOn(page, PASSAGE);
      expect(now.flashing, time).toBe(true);
      expect(now.animationName, time).toBe('passage-flash');
      expect(now.keyframes, time).toEqual(['passage-flash']);
    }
  });
});
