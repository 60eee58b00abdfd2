import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/storage/schema-history';
import {
  appUrl,
  axeViolations,
  sharedBrowser,
  newContext,
  openApp,
  screenshot,
  appReady,
} from './browser';
import { storeOpen, storedAnnotations } from './app-database';
import { canonicalText, dragSelect, highlightQuotes, waitForArticleSettled } from './article-dom';

// "Nothing lost, nothing run, nothing slow": storage that fails, tabs that race, hostile files.
// `npx vite build`, then `npx vitest run --project e2e tests/e2e/safety.test.ts`.

const browser = sharedBrowser();

const SENTENCE = 'وبحلول 7 يناير نفسه، استقر الوضع في البلاد';
const TOLL = 'توفي على إثر هذه الأحداث 225 شخصاً';
const MEMORY_BANNER = /lost when this tab closes/;
const STORAGE_FULL = /storage is full/;
const OUTDATED = 'Qari was updated in another tab. Reload this tab to keep saving your notes.';
const BLOCKED = 'Qari is waiting for another tab to let go of your notes.';

type Fault = { __failWrites?: boolean; __idbOpens?: number };

const notesPanel = (page: Page) => page.getByRole('complementary', { name: 'Notes' });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selection actions' });
const alertSaying = (page: Page, text: string | RegExp) =>
  page.getByRole('alert').filter({ hasText: text });

/** Selects a quote with the mouse and highlights it in yellow from the selection toolbar. */
async function highlightWithMouse(page: Page, quote: string): Promise<void> {
  await waitForArticleSettled(page);
  const text = await canonicalText(page);
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThan(0);
  await dragSelect(page, start, start + quote.length);
  await toolbar(page).getByRole('button', { name: 'Yellow' }).click();
}

const stored = storedAnnotations;

/** The editor's save state, as the Note box's description reads it. */
async function noteStatus(page: Page): Promise<string> {
  return page.getByRole('textbox', { name: 'Note' }).evaluate((box) => {
    const id = box.getAttribute('aria-describedby') ?? '';
    return document.getElementById(id)?.firstChild?.textContent ?? '';
  });
}

// ---------------------------------------------------------------------------------------------
// Init scripts: they run in the page before any of its own code.

/** indexedDB.open throws, as in a sandboxed frame or with storage blocked by the user. */
function openThrowsSecurityError(): void {
  const w = window as unknown as Fault;
  w.__idbOpens = 0;
  IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
    w.__idbOpens = (w.__idbOpens ?? 0) + 1;
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };
}

/**
 * indexedDB.open returns a request that fails with an error event, as Chrome's does when its
 * backing store is broken (UnknownError). Dexie retries that error a few times, then gives up.
 */
function openFiresErrorEvent(): void {
  const w = window as unknown as Fault;
  w.__idbOpens = 0;
  IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
    w.__idbOpens = (w.__idbOpens ?? 0) + 1;
    const request = new EventTarget();
    const error = new DOMException(
      'Internal error opening backing store for indexedDB.open.',
      'UnknownError',
    );
    const handlers: Record<string, EventListener | null> = {};
    for (const type of ['success', 'error', 'blocked', 'upgradeneeded']) {
      Object.defineProperty(request, `on${type}`, {
        get: () => handlers[type] ?? null,
        set: (handler: EventListener | null) => {
          const old = handlers[type];
          if (old) request.removeEventListener(type, old);
          handlers[type] = handler;
          if (handler) request.addEventListener(type, handler);
        },
      });
    }
    Object.defineProperties(request, {
      error: { get: () => error },
      result: {
        get: () => {
          throw new DOMException('The request has not finished.', 'InvalidStateError');
        },
      },
      readyState: { get: () => 'done' },
      source: { get: () => null },
      transaction: { get: () => null },
    });
    setTimeout(() => request.dispatchEvent(new Event('error', { cancelable: true })), 0);
    return request as IDBOpenDBRequest;
  };
}

/** How a full disk shows itself; see {@link failWritesWithQuota}. */
type QuotaMode = 'throw' | 'request' | 'commit';

/**
 * While `window.__failWrites` is true, IndexedDB writes fail with QuotaExceededError, in one of
 * the ways browsers report a full disk:
 * - `throw`: put/add (and cursor updates) throw it synchronously;
 * - `request`: the write request fires an error event carrying it (then, unless a handler
 *   prevents it, the transaction aborts with it);
 * - `commit`: every request succeeds, and the transaction aborts with it when it would commit
 *   (Chrome's way: the disk is written at commit).
 * Dexie writes through `IDBObjectStore.prototype.put`/`add` (its DBCore calls `store[type]`).
 */
function failWritesWithQuota(mode: QuotaMode): void {
  const w = window as unknown as Fault;
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const abortWithQuota = (transaction: IDBTransaction) => {
    const error = quota();
    Object.defineProperty(transaction, 'error', { get: () => error, configurable: true });
    transaction.abort();
  };

  // For `commit`: requests placed on each transaction, to tell when its work is done.
  const placed = new WeakMap<IDBTransaction, number>();
  const doomed = new WeakSet<IDBTransaction>();
  const count = IDBObjectStore.prototype.count;
  /** Aborts once a probe placed after everything else finds that nothing new was placed. */
  const abortWhenIdle = (transaction: IDBTransaction) => {
    const mark = placed.get(transaction) ?? 0;
    const store = transaction.objectStore(transaction.objectStoreNames[0] ?? '');
    count.call(store).addEventListener('success', () => {
      if ((placed.get(transaction) ?? 0) !== mark) abortWhenIdle(transaction);
      else abortWithQuota(transaction);
    });
  };
  const note = (transaction: IDBTransaction) =>
    placed.set(transaction, (placed.get(transaction) ?? 0) + 1);
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as const) {
    for (const method of [
      'get',
      'getAll',
      'getAllKeys',
      'getKey',
      'count',
      'openCursor',
      'openKeyCursor',
    ] as const) {
      const original = proto[method] as (...args: unknown[]) => IDBRequest;
      Object.defineProperty(proto, method, {
        configurable: true,
        writable: true,
        value: function read(this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
          note('objectStore' in this ? this.objectStore.transaction : this.transaction);
          return original.apply(this, args);
        },
      });
    }
  }
  for (const method of ['continue', 'advance', 'continuePrimaryKey', 'delete'] as const) {
    const original = IDBCursor.prototype[method] as (...args: unknown[]) => unknown;
    Object.defineProperty(IDBCursor.prototype, method, {
      configurable: true,
      writable: true,
      value: function step(this: IDBCursor, ...args: unknown[]) {
        note(this.request.transaction as IDBTransaction);
        return original.apply(this, args);
      },
    });
  }

  const fail = (transaction: IDBTransaction, write: () => IDBRequest): IDBRequest => {
    note(transaction);
    if (!w.__failWrites) return write();
    if (mode === 'throw') throw quota();
    const request = write();
    if (mode === 'request') {
      // Turn its success into the error event a browser() would fire instead.
      request.addEventListener(
        'success',
        (event) => {
          event.stopImmediatePropagation();
          const error = quota();
          Object.defineProperty(request, 'error', { get: () => error, configurable: true });
          const failure = new Event('error', { cancelable: true });
          request.dispatchEvent(failure);
          if (!failure.defaultPrevented) abortWithQuota(transaction);
        },
        { once: true },
      );
    } else if (!doomed.has(transaction)) {
      doomed.add(transaction);
      abortWhenIdle(transaction);
    }
    return request;
  };
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function write(this: IDBObjectStore, ...args) {
      return fail(this.transaction, () => original.apply(this, args));
    } as typeof original;
  }
  const update = IDBCursor.prototype.update;
  IDBCursor.prototype.update = function write(this: IDBCursor, value: unknown) {
    return fail(this.request.transaction as IDBTransaction, () => update.call(this, value));
  };
}

const setFailWrites = (page: Page, on: boolean) =>
  page.evaluate((on) => {
    (window as unknown as Fault).__failWrites = on;
  }, on);

// ---------------------------------------------------------------------------------------------

describe('when IndexedDB cannot be used', () => {
  const faults = [
    ['indexedDB.open throws a SecurityError', openThrowsSecurityError],
    ['the open request fails with an error event', openFiresErrorEvent],
  ] as const;

  for (const [name, fault] of faults) {
    it(`keeps notes in memory, says so, and offers the export (${name})`, async () => {
      const context = await newContext(browser());
      await context.addInitScript(fault);
      const page = await context.newPage();
      await openApp(page, '?lang=en');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('زاس');

      const banner = alertSaying(page, MEMORY_BANNER);
      await banner.waitFor();
      expect(await page.evaluate(() => (window as unknown as Fault).__idbOpens)).toBeGreaterThan(0);

      // A highlight made with the mouse works, in memory, and is listed in the sidebar.
      await highlightWithMouse(page, SENTENCE);
      await expect.poll(() => highlightQuotes(page)).toEqual([SENTENCE]);
      await notesPanel(page).getByText(SENTENCE).waitFor();
      expect(
        await page
          .getByRole('alert')
          .filter({ hasText: /saved|storage/i })
          .count(),
      ).toBe(0);

      // "Export notes" opens the Export menu (once the export tools are there: see the report
      // on clicking it before they load).
      await notesPanel(page).getByRole('button', { name: 'Export' }).waitFor();
      await banner.getByRole('button', { name: 'Export notes' }).click();
      await page.getByRole('menu').waitFor();
      expect(
        await notesPanel(page)
          .getByRole('button', { name: 'Export' })
          .getAttribute('aria-expanded'),
      ).toBe('true');
      await screenshot(page, `memory-banner-${fault.name}-en-desktop`);
      await context.close();
    });
  }
});

describe('when the disk is full', () => {
  for (const mode of ['throw', 'request', 'commit'] as const) {
    it(`rolls a highlight back with a clear error and stores it on Try again, keeps a typed note and saves it on retry (${mode})`, async () => {
      const context = await newContext(browser());
      await context.addInitScript(failWritesWithQuota, mode);
      const page = await context.newPage();
      await openApp(page, '?lang=en');
      await storeOpen(page);

      await setFailWrites(page, true);
      await highlightWithMouse(page, SENTENCE);
      await alertSaying(page, STORAGE_FULL).waitFor();
      await expect.poll(() => highlightQuotes(page)).toEqual([]);
      await notesPanel(page).getByText('No highlights yet').waitFor();
      expect(await stored(page)).toEqual([]);

      // Once there is room, the error's own Try again stores the same highlight.
      await setFailWrites(page, false);
      await alertSaying(page, STORAGE_FULL).getByRole('button', { name: 'Try again' }).click();
      await page.getByText('Change saved on this device').waitFor();
      await expect.poll(() => highlightQuotes(page)).toEqual([SENTENCE]);
      await expect.poll(async () => (await stored(page)).length).toBe(1);
      await expect.poll(() => page.getByRole('alert').count()).toBe(0);

      await page.locator('#article mark.highlight[data-starts]').first().click();
      const note = page.getByRole('textbox', { name: 'Note' });
      await note.waitFor();
      await setFailWrites(page, true);
      const typed = 'ملاحظة يجب ألا تضيع';
      await note.fill(typed);
      await expect.poll(() => noteStatus(page)).toBe('Not saved');
      await alertSaying(page, STORAGE_FULL).waitFor();
      expect(await note.inputValue()).toBe(typed);
      expect((await stored(page))[0]?.note).toBe('');
      await screenshot(page, `quota-note-${mode}-en-desktop`);

      await setFailWrites(page, false);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => noteStatus(page)).toBe('Saved');
      expect(await note.inputValue()).toBe(typed);
      await page.reload();
      await appReady(page);
      await notesPanel(page).getByText(typed).waitFor();
      expect((await stored(page))[0]?.note).toBe(typed);
      await context.close();
    });
  }

  it('writes nothing from an import that meets a full disk, and says so in the preview', async () => {
    const context = await newContext(browser());
    await context.addInitScript(failWritesWithQuota, 'commit' as const);
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await storeOpen(page);
    await setFailWrites(page, true);
    await page
      .getByLabel('Import notes')
      .setInputFiles('tests/fixtures/import/xss-qari-collection.json');
    const dialog = page.getByRole('dialog', { name: 'Import notes' });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
    expect(await stored(page)).toEqual([]);
    expect(await highlightQuotes(page)).toEqual([]);

    await setFailWrites(page, false);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Imported 3 highlights').waitFor();
    expect(await stored(page)).toHaveLength(3);
    await context.close();
  });

  it('shows the storage-full error as a readable message box', async () => {
    const context = await newContext(browser());
    await context.addInitScript(failWritesWithQuota, 'throw' as const);
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await storeOpen(page);
    await setFailWrites(page, true);
    await highlightWithMouse(page, SENTENCE);
    const alert = alertSaying(page, STORAGE_FULL);
    await alert.waitFor();
    await screenshot(page, 'quota-error-notice-en-desktop');
    // The notice has a box of its own (its dark background behind its white text)...
    expect(await alert.boundingBox()).not.toBeNull();
    // ...so its text meets the contrast minimum.
    const unreadable = (await axeViolations(page)).filter((v) =>
      v.targets.some((t) => t.includes('notice')),
    );
    expect(unreadable).toEqual([]);
    await context.close();
  });
});

/** Opens the raw database at a native version from this page; resolves with what happened. */
function openRaw(page: Page, nativeVersion: number, timeoutMs: number) {
  return page.evaluate(
    ([nativeVersion, timeoutMs]) =>
      new Promise<{ outcome: string; version?: number; blocked: boolean }>((resolve) => {
        let blocked = false;
        const request = indexedDB.open('qari', nativeVersion);
        request.onblocked = () => {
          blocked = true;
        };
        request.onsuccess = () => {
          const db = request.result;
          // Keep it open, like a tab running that build, but let go when asked.
          db.onversionchange = () => db.close();
          resolve({ outcome: 'opened', version: db.version, blocked });
        };
        request.onerror = () => resolve({ outcome: request.error?.name ?? 'error', blocked });
        setTimeout(() => resolve({ outcome: 'timeout', blocked }), timeoutMs);
      }),
    [nativeVersion, timeoutMs] as const,
  );
}

describe('schema versions across tabs', () => {
  it('asks for a reload when another tab opens a newer schema, without blocking that tab', async () => {
    const context = await newContext(browser());
    const older = await context.newPage();
    await openApp(older, '?lang=en');
    await storeOpen(older);
    await highlightWithMouse(older, SENTENCE);
    await expect.poll(async () => (await stored(older)).length).toBe(1);

    // Dexie's native version is schema × 10 (src/storage/schema-history.ts): one past ours.
    const newerVersion = (CURRENT_SCHEMA_VERSION + 1) * 10;
    const newer = await context.newPage();
    await newer.goto(appUrl('manifest.webmanifest'));
    const opened = await openRaw(newer, newerVersion, 5000);
    expect(opened).toEqual({ outcome: 'opened', version: newerVersion, blocked: false });

    await older.bringToFront();
    const banner = alertSaying(older, OUTDATED);
    await banner.waitFor({ timeout: 3000 });
    await banner.scrollIntoViewIfNeeded();
    await screenshot(older, 'outdated-banner-en-desktop');
    // A change in the outdated tab is refused with the same advice, never half-written.
    await older.locator('#article mark.highlight[data-starts]').first().click();
    await older.getByRole('radio', { name: 'Green' }).click();
    await alertSaying(older, /newer version of Qari is open in another tab/).waitFor();

    // Reloading with the old code still does not pretend the notes are gone.
    await banner.getByRole('button', { name: 'Reload' }).click();
    await appReady(older);
    await alertSaying(older, OUTDATED).waitFor();
    expect(await older.getByText(MEMORY_BANNER).count()).toBe(0);
    expect(await older.locator('#article mark.highlight').count()).toBe(0);
    await context.close();
  });

  it('says another tab holds the notes while an older connection will not let go', async () => {
    const context = await newContext(browser());
    const holder = await context.newPage();
    await holder.goto(appUrl('manifest.webmanifest'));
    // An older build's connection (native version 5) that ignores versionchange. The app's own
    // tabs close on versionchange, so only such a connection (another build, devtools) blocks.
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('qari', 5);
          request.onsuccess = () => {
            (window as unknown as { __held: IDBDatabase }).__held = request.result;
            resolve();
          };
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        }),
    );

    const page = await context.newPage();
    await page.goto(appUrl('?lang=en'));
    await appReady(page);
    await alertSaying(page, BLOCKED).waitFor();
    await screenshot(page, 'blocked-banner-en-desktop');

    await holder.evaluate(() => (window as unknown as { __held: IDBDatabase }).__held.close());
    await expect.poll(() => alertSaying(page, BLOCKED).count()).toBe(0);
    await page.bringToFront();
    await storeOpen(page);
    await highlightWithMouse(page, SENTENCE);
    await expect.poll(async () => (await stored(page)).length).toBe(1);
    await context.close();
  });
});

/** Issue 7: "no tab shows stale data for more than a second". */
const STALE_LIMIT_MS = 1000;

/**
 * Polls `read` from outside the page every 10 ms (a background tab's own timers may be
 * throttled) until it gives `want`; resolves with the time it did, or null after `timeoutMs`.
 */
async function timeWhen<T>(read: () => Promise<T>, want: T, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() <= until) {
    if ((await read()) === want) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return null;
}

describe('two tabs editing one note', () => {
  it('shows the later edit in both tabs, once, within a second of its write', async () => {
    const FIRST = 'من العلامة الأولى';
    const SECOND = 'من العلامة الثانية';
    const context = await newContext(browser());
    const first = await context.newPage();
    const second = await context.newPage();
    await openApp(first, '?lang=en');
    await openApp(second, '?lang=en');
    await first.bringToFront();
    await storeOpen(first);
    const mark = (page: Page) => page.locator('#article mark.highlight[data-starts]').first();
    // A new highlight: the second tab lacks it from its creation until it draws it. Watched
    // from before the write, so the time is the page's, not this test's steps'.
    const markSeen = timeWhen(() => mark(second).count(), 1, 10 * STALE_LIMIT_MS);
    await highlightWithMouse(first, SENTENCE);
    await expect.poll(async () => (await stored(first)).length).toBe(1);
    const [created] = await stored(first);
    const markSeenAt = await markSeen;
    expect(markSeenAt, 'the second tab never drew the new highlight').not.toBeNull();
    const missing = (markSeenAt ?? Infinity) - Date.parse(created?.modified ?? '');
    expect(missing, `the second tab lacked the highlight for ${missing} ms`).toBeLessThan(
      STALE_LIMIT_MS,
    );

    // Both tabs open the same note before either writes.
    await mark(first).click();
    await second.bringToFront();
    await mark(second).click();
    const note = (page: Page) => page.getByRole('textbox', { name: 'Note' });
    await note(second).waitFor();

    await first.bringToFront();
    await note(first).fill(FIRST);
    await expect.poll(() => noteStatus(first)).toBe('Saved');
    // The first tab then shows its own, older text in its editor: it is stale from the moment
    // the later edit is made (its `modified`, stamped just before the write) until it shows it.
    const noteSeen = timeWhen(() => note(first).inputValue(), SECOND, 10 * STALE_LIMIT_MS);
    await second.bringToFront();
    await note(second).fill(SECOND);
    await expect.poll(() => noteStatus(second)).toBe('Saved');
    const [written] = await stored(second);
    expect(written?.note).toBe(SECOND);
    const seenAt = await noteSeen;
    expect(seenAt, 'the first tab never showed the later edit').not.toBeNull();
    const stale = (seenAt ?? Infinity) - Date.parse(written?.modified ?? '');
    expect(stale, `the first tab was stale for ${stale} ms`).toBeLessThan(STALE_LIMIT_MS);

    await second.getByRole('button', { name: 'Done' }).click();
    await first.bringToFront();
    await first.getByRole('button', { name: 'Done' }).click();

    for (const page of [first, second]) {
      const cards = notesPanel(page).locator('.note-card');
      await expect.poll(() => cards.allTextContents(), { timeout: STALE_LIMIT_MS }).toHaveLength(1);
      await notesPanel(page).getByText(SECOND).waitFor({ timeout: STALE_LIMIT_MS });
      expect(await notesPanel(page).getByText(FIRST).count()).toBe(0);
      expect(await highlightQuotes(page)).toEqual([SENTENCE]);
    }
    const rows = await stored(first);
    expect(rows.map((r) => r.note)).toEqual([SECOND]);
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------

/** Records CSP violations (as events and as console messages) from before the page's code runs. */
function recordCspViolations(): void {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
  });
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

describe('Content Security Policy', () => {
  it('allows no eval script and no inline one but by its hash, and the main flows break no rule', async () => {
    const context = await newContext(browser(), undefined, { acceptDownloads: true });
    await context.addInitScript(recordCspViolations);
    const page = await context.newPage();
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    await openApp(page, '?lang=en');

    const policy =
      (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
      '';
    const rules = directives(policy);
    const scriptSrc = rules.get('script-src') ?? rules.get('default-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', '*']) {
      expect(scriptSrc).not.toContain(unsafe);
    }
    expect(rules.get('object-src')).toEqual(["'none'"]);
    // The before-paint script is the one inline script, allowed by its own hash and no other.
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
    expect(inline).toHaveLength(1);
    const hashes = inline.map(
      (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
    );
    expect(scriptSrc.filter((source) => source.startsWith("'sha"))).toEqual(hashes);

    // Highlight, then open its note and type.
    await storeOpen(page);
    await highlightWithMouse(page, SENTENCE);
    await page.locator('#article mark.highlight[data-starts]').first().click();
    await page.getByRole('textbox', { name: 'Note' }).fill('ملاحظة');
    await expect.poll(() => noteStatus(page)).toBe('Saved');
    await page.getByRole('button', { name: 'Done' }).click();

    // Export menu, and one export of each kind that builds a file in the page.
    for (const format of ['JSON-LD', 'HTML']) {
      await page.getByRole('button', { name: 'Export' }).click();
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: format }).click(),
      ]);
    }

    // Import preview, then Apply.
    await page
      .getByLabel('Import notes')
      .setInputFiles('tests/fixtures/import/w3c-annotation.jsonld');
    const dialog = page.getByRole('dialog', { name: 'Import notes' });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Imported 1 highlight').waitFor();

    // Find.
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in article' }).fill('زاس');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');

    // Reading settings.
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('radio', { name: 'Relaxed' }).check();
    await page.keyboard.press('Escape');

    // Switch language, then reload (the Arabic strings and fonts load on demand).
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.getByRole('complementary', { name: 'الملاحظات' }).waitFor();
    await page.reload();
    await appReady(page);
    await page.waitForLoadState('networkidle');

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(consoleCsp).toEqual([]);
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
];

/** Everything in the page that would mean a payload became markup or ran. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown };
    const root = document.getElementById('root');
    const inRoot = (selector: string) => root?.querySelectorAll(selector).length ?? -1;
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
    );
    return {
      xss: w.__xss,
      imgX: document.querySelectorAll('img[src="x"]').length,
      svgOnload: document.querySelectorAll('svg[onload]').length,
      scriptsInRoot: inRoot('script'),
      scriptsInNotes: document.querySelectorAll('#notes script').length,
      iframes: document.querySelectorAll('iframe').length,
      styleInRoot: inRoot('style'),
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
        .length,
      handlers,
      bodyShown: getComputedStyle(document.body).display !== 'none',
    };
  });
}

const CLEAN = {
  xss: undefined,
  imgX: 0,
  svgOnload: 0,
  scriptsInRoot: 0,
  scriptsInNotes: 0,
  iframes: 0,
  styleInRoot: 0,
  javascriptLinks: 0,
  handlers: [],
  bodyShown: true,
};

describe('hostile import files', () => {
  it('shows every payload as text, in the preview and the notes list, and runs none', async () => {
    const context = await newContext(browser(), undefined, { acceptDownloads: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openApp(page, '?lang=en');
    await storeOpen(page);

    const fileName = '"><img src=x onerror="window.__xss=1">$t(app.name){{file}}.json';
    await page.getByLabel('Import notes').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: readFileSync('tests/fixtures/import/xss-qari-collection.json'),
    });
    const dialog = page.getByRole('dialog', { name: 'Import notes' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`From ${fileName}.`);
    await dialog.getByText('note one <img src=x onerror="window.__xss=1"> and').waitFor();
    await dialog.getByText('Item 2: invalid id').waitFor();
    await dialog.getByText('Item 3: unknown color').waitFor();
    expect(await injected(page)).toEqual(CLEAN);
    await screenshot(page, 'xss-preview-en-desktop');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Imported 3 highlights').waitFor();

    await page.getByLabel('Import notes').setInputFiles('tests/fixtures/import/xss-w3c-page.json');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Imported 2 highlights').waitFor();
    await expect.poll(() => highlightQuotes(page)).toHaveLength(5);
    expect(await highlightQuotes(page)).toContain(TOLL);

    const expectTextInNotes = async () => {
      const notes = notesPanel(page);
      const text = (await notes.innerText()).replace(/\s+/g, ' ');
      for (const payload of PAYLOADS) expect(text).toContain(payload);
      for (const visible of [
        'note one <img src=x onerror="window.__xss=1"> and <script>window.__xss=1</script>',
        'note two javascript:window.__xss=1 <a href="javascript:window.__xss=1">click</a>',
        "note three <img src=x onerror=alert(1)> {{constructor.constructor('window.__xss=1')()}} $t(app.name)",
        'note four "><svg onload=window.__xss=1>',
        'note five <img src=x onerror="window.__xss=1">',
        '#<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
        '#<style>body{display:none}</style>',
        '#<b onmouseover=window.__xss=1>bold</b>',
      ]) {
        expect(text).toContain(visible);
      }
      expect(await injected(page)).toEqual(CLEAN);
    };
    await expectTextInNotes();
    await screenshot(page, 'xss-notes-en-desktop', true);

    // Edit one: the editor shows the stored text as text too.
    await notesPanel(page).getByRole('button', { name: 'Edit note' }).first().click();
    expect(await page.getByRole('textbox', { name: 'Note' }).inputValue()).toMatch(/__xss/);
    expect(await injected(page)).toEqual(CLEAN);
    await page.getByRole('button', { name: 'Done' }).click();

    // Filter by a payload tag: the option list holds it as text.
    await notesPanel(page)
      .getByRole('combobox', { name: 'Filter by tag' })
      .selectOption('"><svg onload=window.__xss=1>');
    await expect.poll(() => notesPanel(page).locator('.note-card').count()).toBe(1);
    await notesPanel(page).getByRole('combobox', { name: 'Filter by tag' }).selectOption('');

    // From storage, after a reload.
    await page.reload();
    await appReady(page);
    await expect.poll(() => highlightQuotes(page)).toHaveLength(5);
    // The list's code loads with the records, so its cards can follow the highlights.
    await expect.poll(() => notesPanel(page).locator('.note-card').count()).toBe(5);
    await expectTextInNotes();

    // The HTML export escapes them: opened as a page, nothing runs.
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'HTML' }).click(),
    ]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).not.toMatch(/<img src=x|<script>window|<svg onload|<iframe|<style>body/i);
    const exported = await context.newPage();
    exported.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await exported.setContent(html);
    const inExport = await exported.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      imgX: document.querySelectorAll('img[src="x"]').length,
      svg: document.querySelectorAll('svg').length,
      scripts: document.querySelectorAll('script').length,
      text: document.body.innerText,
    }));
    expect(inExport).toMatchObject({ xss: undefined, imgX: 0, svg: 0, scripts: 0 });
    expect(inExport.text).toContain('note four "><svg onload=window.__xss=1>');

    expect(dialogs).toEqual([]);
    await context.close();
  });
});
