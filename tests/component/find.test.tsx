import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { TextRange } from '../../src/anchoring/selectors';
import { ArticleView } from '../../src/document/ArticleView';
import { groupDecorations } from '../../src/document/group-decorations';
import { createI18n } from '../../src/i18n/init-i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import { createSearchIndex } from '../../src/search/find-in-text';
import { FindBar } from '../../src/search/FindBar';
import { FindButton } from '../../src/search/FindButton';
import { hitDecorations } from '../../src/search/hit-decorations';
import { useFind } from '../../src/search/use-find';
import { useFindShortcut } from '../../src/search/use-find-shortcut';
import { seedArticle } from '../seed-article';

const doc = seedArticle();

/** The find pieces wired as the reader wires them: button, bar, shortcut, hits drawn in the article. */
function FindHarness({
  text,
  onClose,
}: {
  text: string;
  onClose?: (hit: TextRange | null) => void;
}) {
  const find = useFind(text);
  useFindShortcut(find);
  const [fallback, setFallback] = useState<HTMLElement | null>(null);
  // Destructured: the hooks linter takes `find.current` for a ref's `.current`.
  const { hits, current } = find;
  const decorations = useMemo(
    () =>
      groupDecorations(doc.blocks, {
        highlights: [],
        hits: hitDecorations(hits, current),
        dates: [],
        passages: [],
      }),
    [hits, current],
  );
  return (
    <>
      <FindButton find={find} />
      <button type="button">Elsewhere</button>
      <input aria-label="A note being typed" />
      <main ref={setFallback} tabIndex={-1} aria-label="Reading">
        <FindBar find={find} returnFocusTo={fallback} onClose={onClose} />
        <ArticleView document={doc} decorations={decorations} />
      </main>
    </>
  );
}

function renderFind({
  language = 'en',
  text = doc.text,
  onClose,
}: { language?: UiLanguage; text?: string; onClose?: (hit: TextRange | null) => void } = {}) {
  applyDocumentLanguage(language);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <FindHarness text={text} onClose={onClose} />
    </I18nextProvider>,
  );
  return { user };
}

/** The find hits' marks in the article, in document order. */
function hitMarks(): HTMLElement[] {
  return within(screen.getByRole('article'))
    .queryAllByRole('mark')
    .filter((m) => m.classList.contains('search-hit'));
}

/** The text of each hit drawn in the article (its pieces joined), in reading order. */
function drawnHits(): string[] {
  const byKey = new Map<string, string>();
  for (const mark of hitMarks()) {
    const key = mark.dataset.hit ?? '';
    byKey.set(key, (byKey.get(key) ?? '') + (mark.textContent ?? ''));
  }
  return [...byKey.values()];
}

/** The `data-hit` of the hit drawn as current (one hit at most, maybe in several pieces). */
function currentHit(): string | undefined {
  const keys = new Set(
    hitMarks()
      .filter((m) => m.classList.contains('search-hit--current'))
      .map((m) => m.dataset.hit),
  );
  expect(keys.size).toBeLessThanOrEqual(1);
  return [...keys][0];
}

/** Presses Ctrl+F where the focus is; false when the app kept the browser's own find from opening. */
function pressCtrlF(): boolean {
  return fireEvent.keyDown(document.activeElement ?? document.body, {
    key: 'f',
    code: 'KeyF',
    ctrlKey: true,
  });
}

const queryCases: { query: string; count: number; status: string; hit?: string }[] = [
  { query: 'الاستجابه', count: 2, status: '1 of 2', hit: 'الاستجابة' },
  { query: 'عسكره', count: 1, status: '1 of 1', hit: 'عسكرة' },
  { query: 'اكثر', count: 1, status: '1 of 1', hit: 'أكثر' },
  { query: '٢٠٢٢', count: 2, status: '1 of 2', hit: '2022' },
  { query: 'منظمة', count: 23, status: '1 of 23', hit: 'منظمة' },
  { query: 'منظمة معاهدة الامن الجماعي', count: 16, status: '1 of 16' },
  { query: 'واشنطن', count: 0, status: 'No matches' },
];

describe('find in article', () => {
  it.each(queryCases)(
    '«$query»: $status, every hit marked',
    async ({ query, count, status, hit }) => {
      const { user } = renderFind();
      await user.click(screen.getByRole('button', { name: 'Find in article' }));
      await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), query);
      expect(await screen.findByRole('status')).toHaveTextContent(status);
      const hits = drawnHits();
      expect(hits).toHaveLength(count);
      if (hit) expect(new Set(hits)).toEqual(new Set([hit]));
      expect(currentHit()).toBe(count > 0 ? 'find-0' : undefined);
    },
  );

  it('updates the count as the query is typed, and clears it with the query', async () => {
    const { user } = renderFind();
    await user.click(screen.getByRole('button', { name: 'Find in article' }));
    const box = screen.getByRole('searchbox', { name: 'Find in article' });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^$/);
    await user.type(box, 'منظمة');
    expect(status).toHaveTextContent('1 of 23');
    await user.type(box, ' معاهدة');
    expect(status).toHaveTextContent('1 of 16');
    await user.type(box, ' جديدة');
    expect(status).toHaveTextContent('No matches');
    expect(box).toHaveAttribute('data-no-matches');
    await user.clear(box);
    expect(status).toHaveTextContent(/^$/);
    expect(drawnHits()).toEqual([]);
  });

  it('moves with Enter, Shift+Enter and the buttons, in reading order, wrapping', async () => {
    const { user } = renderFind();
    await user.click(screen.getByRole('button', { name: 'Find in article' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), 'يناير');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('1 of 3');
    const enter = () => user.keyboard('{Enter}');
    const shiftEnter = () => user.keyboard('{Shift>}{Enter}{/Shift}');
    const next = () => user.click(screen.getByRole('button', { name: 'Next match' }));
    const previous = () => user.click(screen.getByRole('button', { name: 'Previous match' }));
    const steps: [() => Promise<void>, string, string][] = [
      [enter, '2 of 3', 'find-1'],
      [enter, '3 of 3', 'find-2'],
      [enter, '1 of 3', 'find-0'],
      [shiftEnter, '3 of 3', 'find-2'],
      [shiftEnter, '2 of 3', 'find-1'],
      [next, '3 of 3', 'find-2'],
      [next, '1 of 3', 'find-0'],
      [previous, '3 of 3', 'find-2'],
      [previous, '2 of 3', 'find-1'],
    ];
    for (const [step, count, hit] of steps) {
      await step();
      expect(status).toHaveTextContent(count);
      expect(currentHit()).toBe(hit);
    }
  });

  it('keeps its place when the query is refined', async () => {
    const { user } = renderFind();
    await user.click(screen.getByRole('button', { name: 'Find in article' }));
    const box = screen.getByRole('searchbox', { name: 'Find in article' });
    await user.type(box, 'منظمة');
    for (let i = 0; i < 5; i++) await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('6 of 23');
    const sixth = createSearchIndex(doc.text).findAll('منظمة')[5]?.start ?? -1;
    const refined = createSearchIndex(doc.text).findAll('منظمة معاهدة');
    const expected = refined.findIndex((h) => h.start >= sixth);
    await user.type(box, ' معاهدة');
    expect(screen.getByRole('status')).toHaveTextContent(`${expected + 1} of 16`);
  });

  it('disables Previous/Next without matches', async () => {
    const { user } = renderFind();
    await user.click(screen.getByRole('button', { name: 'Find in article' }));
    expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled();
    await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), 'عسكره');
    expect(screen.getByRole('button', { name: 'Next match' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Previous match' })).toBeEnabled();
  });

  it('says 1000+ when a search stops at its limit', async () => {
    const { user } = renderFind({ text: 'ا '.repeat(1500) });
    await user.click(screen.getByRole('button', { name: 'Find in article' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), 'ا');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 1000+');
  });
});

describe('opening and closing', () => {
  it('opens with Ctrl+F instead of the browser find, and focuses the box', async () => {
    renderFind();
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    expect(pressCtrlF()).toBe(false);
    const box = await screen.findByRole('searchbox', { name: 'Find in article' });
    expect(box).toHaveFocus();
    expect(screen.getByRole('search', { name: 'Find' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Find in article' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('leaves a second Ctrl+F in the box to the browser', () => {
    renderFind();
    pressCtrlF();
    expect(screen.getByRole('searchbox', { name: 'Find in article' })).toHaveFocus();
    expect(pressCtrlF()).toBe(true);
  });

  it('Ctrl+F while open elsewhere goes back to the box with the query selected', async () => {
    const { user } = renderFind();
    pressCtrlF();
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Find in article' });
    await user.type(box, 'منظمة');
    await user.click(screen.getByRole('button', { name: 'Next match' }));
    expect(pressCtrlF()).toBe(false);
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 'منظمة'.length]);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 23');
  });

  it('closes with Escape, unmarks the hits and puts focus back where it was', async () => {
    const { user } = renderFind();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    pressCtrlF();
    await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), 'الاستجابه');
    await user.keyboard('{Enter}');
    expect(drawnHits()).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    expect(elsewhere).toHaveFocus();
    expect(drawnHits()).toEqual([]);
  });

  it('hands the current hit to onClose, for the reader to select it', async () => {
    const onClose = vi.fn<(hit: TextRange | null) => void>();
    const { user } = renderFind({ onClose });
    pressCtrlF();
    await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), 'الاستجابه');
    await user.keyboard('{Enter}{Escape}');
    const second = doc.text.indexOf('الاستجابة', doc.text.indexOf('الاستجابة') + 1);
    expect(onClose).toHaveBeenCalledExactlyOnceWith({ start: second, end: second + 9 });
  });

  it('hands null to onClose when focus goes back to a text field: the reader was typing', async () => {
    const onClose = vi.fn<(hit: TextRange | null) => void>();
    const { user } = renderFind({ onClose });
    screen.getByRole('textbox', { name: 'A note being typed' }).focus();
    pressCtrlF();
    await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), 'الاستجابه');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('textbox', { name: 'A note being typed' })).toHaveFocus();
    expect(onClose).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('hands null to onClose when there is no hit', async () => {
    const onClose = vi.fn<(hit: TextRange | null) => void>();
    const { user } = renderFind({ onClose });
    pressCtrlF();
    await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), 'واشنطن');
    await user.click(screen.getByRole('button', { name: 'Close find' }));
    expect(onClose).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('remembers the query and the place when reopened', async () => {
    const { user } = renderFind();
    await user.click(screen.getByRole('button', { name: 'Find in article' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find in article' }), 'الاستجابه');
    await user.keyboard('{Enter}{Escape}');
    await user.click(screen.getByRole('button', { name: 'Find in article' }));
    expect(screen.getByRole('searchbox', { name: 'Find in article' })).toHaveValue('الاستجابه');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 2');
  });

  it('returns focus to the Find button it was opened from, after Escape from a button', async () => {
    const { user } = renderFind();
    const button = screen.getByRole('button', { name: 'Find in article' });
    await user.click(button);
    expect(screen.getByRole('searchbox', { name: 'Find in article' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close find' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with its close button; focus goes to returnFocusTo when nothing had it before', async () => {
    const { user } = renderFind();
    expect(document.body).toHaveFocus();
    pressCtrlF();
    await user.click(screen.getByRole('button', { name: 'Close find' }));
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.getByRole('main', { name: 'Reading' })).toHaveFocus();
  });

  it('toggles with the Find button', async () => {
    const { user } = renderFind();
    const button = screen.getByRole('button', { name: 'Find in article' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(screen.getByRole('search')).toBeInTheDocument();
    await user.click(button);
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });
});

describe('in the Arabic UI', () => {
  it('names the box, buttons and status in Arabic, with Latin digits', async () => {
    const { user } = renderFind({ language: 'ar' });
    await user.click(screen.getByRole('button', { name: 'ابحث في المقال' }));
    const bar = screen.getByRole('search', { name: 'البحث' });
    await user.type(within(bar).getByRole('searchbox', { name: 'ابحث في المقال' }), 'الاستجابه');
    expect(within(bar).getByRole('status')).toHaveTextContent('1 من 2');
    await user.click(within(bar).getByRole('button', { name: 'النتيجة التالية' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('2 من 2');
    await user.click(within(bar).getByRole('button', { name: 'النتيجة السابقة' }));
    expect(within(bar).getByRole('status')).toHaveTextContent('1 من 2');
    await user.type(within(bar).getByRole('searchbox'), 'x');
    expect(within(bar).getByRole('status')).toHaveTextContent('لا نتائج');
    await user.click(within(bar).getByRole('button', { name: 'إغلاق البحث' }));
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
  });
});
