import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArticleLoadError } from '../../src/document/article-source';
import { createI18n } from '../../src/i18n/init-i18n';
import { articleDoc, articleText, renderTimeline } from './timeline-harness';
import { seedSource } from './render-app';

/** The main sequence's event buttons, in the order the list shows them. */
async function eventButtons(name: string) {
  const list = await screen.findByRole('list', { name });
  return within(list)
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('data-event-id'));
}

/** The list item that holds an event's button (not the excerpt items nested in it). */
function itemOf(button: HTMLElement): HTMLElement {
  const item = screen
    .getAllByRole('listitem')
    .find((li) => within(li).queryAllByRole('button').slice(0, 1).includes(button));
  if (!item) throw new Error('event button outside a list item');
  return item;
}

describe('timeline panel: the events in order', () => {
  it('lists the main sequence in narrative order, named by Arabic date then title', async () => {
    renderTimeline({ language: 'ar' });
    const names = (await eventButtons('الأحداث')).map((b) => b.textContent);
    expect(names).toEqual([
      '2 يناير/كانون الثاني 2022، احتجاجات في منطقة مانجيستاو',
      'غير مؤرّخ، توكاييف يعلن محاولة انقلاب',
      'غير مؤرّخ، عملية حفظ السلام في كازاخستان',
      '7 يناير/كانون الثاني 2022، استقرار الوضع في البلاد',
      '19 يناير/كانون الثاني 2022، رفع حالة الطوارئ',
      'غير مؤرّخ، حصيلة الضحايا',
      'غير مؤرّخ، تشكيل مجموعة عمل للاستجابة للأزمات',
      '9 فبراير/شباط 2022، زاس يتحدث في مؤتمر نادي فالداي',
    ]);
  });

  it('names every event by its date first, in English too, and describes it by its summary', async () => {
    renderTimeline({ language: 'en' });
    const buttons = await eventButtons('Events');
    expect(buttons[0]).toHaveAccessibleName('2 January 2022, Protests in the Mangystau region');
    expect(buttons[1]).toHaveAccessibleName('Undated, Tokayev declares an attempted coup');
    expect(buttons[7]).toHaveAccessibleName(/^9 February 2022, Zas/);
    expect(buttons[0]).toHaveAccessibleDescription(/^Protests in Kazakhstan's Mangystau region/);
    expect(screen.getByText(/soon turned into riots/)).toBeVisible();
  });

  it('shows the days between consecutive dated events, skipping undated ones', async () => {
    renderTimeline({ language: 'ar' });
    const buttons = await eventButtons('الأحداث');
    const gapOf = (i: number) =>
      within(itemOf(buttons[i] as HTMLElement)).queryByText(/^بعد /)?.textContent ?? null;
    expect(buttons.map((_, i) => gapOf(i))).toEqual([
      null,
      null,
      null,
      'بعد 5 أيام',
      'بعد 12 يومًا',
      null,
      null,
      'بعد 21 يومًا',
    ]);
  });
});

describe('timeline panel: gap labels use every Arabic plural form', () => {
  const tAr = createI18n('ar').t;
  const tEn = createI18n('en').t;
  it.each([
    [0, 'في اليوم نفسه', 'Same day'],
    [1, 'بعد يوم واحد', '1 day later'],
    [2, 'بعد يومين', '2 days later'],
    [3, 'بعد 3 أيام', '3 days later'],
    [10, 'بعد 10 أيام', '10 days later'],
    [11, 'بعد 11 يومًا', '11 days later'],
    [100, 'بعد 100 يوم', '100 days later'],
  ])('%i days', (count, ar, en) => {
    expect(tAr('timeline.gap', { count, n: String(count) })).toBe(ar);
    expect(tEn('timeline.gap', { count, n: String(count) })).toBe(en);
  });

  it.each([
    [1, 'قبل يوم واحد'],
    [2, 'قبل يومين'],
    [5, 'قبل 5 أيام'],
    [38, 'قبل 38 يومًا'],
  ])('%i days back in time', (count, ar) => {
    expect(tAr('timeline.gapEarlier', { count, n: String(count) })).toBe(ar);
  });
});

describe('timeline panel: how Arabic dates are written', () => {
  it('switches month names and digits, and remembers the choice', async () => {
    const user = userEvent.setup();
    const view = renderTimeline({ language: 'ar' });
    const first = (await eventButtons('الأحداث'))[0];
    expect(screen.getByRole('combobox', { name: 'أسماء الأشهر' })).toHaveValue('both');
    expect(screen.getByRole('combobox', { name: 'الأرقام' })).toHaveValue('latn');

    await user.selectOptions(screen.getByRole('combobox', { name: 'أسماء الأشهر' }), 'levantine');
    expect(first).toHaveAccessibleName(/^2 كانون الثاني 2022، /);
    await user.selectOptions(screen.getByRole('combobox', { name: 'أسماء الأشهر' }), 'western');
    expect(first).toHaveAccessibleName(/^2 يناير 2022، /);

    await user.selectOptions(screen.getByRole('combobox', { name: 'الأرقام' }), 'arab');
    expect(first).toHaveAccessibleName(/^٢ يناير ٢٠٢٢، /);
    expect(screen.getByText('بعد ٥ أيام')).toBeVisible();
    expect(JSON.parse(localStorage.getItem('qari.timelineDisplay') ?? 'null')).toEqual({
      monthNames: 'western',
      digits: 'arab',
    });

    view.unmount();
    renderTimeline({ language: 'ar' });
    expect((await eventButtons('الأحداث'))[0]).toHaveAccessibleName(/^٢ يناير ٢٠٢٢، /);
    expect(screen.getByRole('combobox', { name: 'الأرقام' })).toHaveValue('arab');
  });

  it('ignores a stored choice it does not understand', async () => {
    localStorage.setItem('qari.timelineDisplay', JSON.stringify({ monthNames: 'x', digits: 1 }));
    renderTimeline({ language: 'ar' });
    expect((await eventButtons('الأحداث'))[0]).toHaveAccessibleName(
      /^2 يناير\/كانون الثاني 2022، /,
    );
  });

  it('has no month or digit controls in English, where dates have one form', async () => {
    localStorage.setItem(
      'qari.timelineDisplay',
      JSON.stringify({ monthNames: 'levantine', digits: 'arab' }),
    );
    renderTimeline({ language: 'en' });
    expect((await eventButtons('Events'))[0]).toHaveAccessibleName(/^2 January 2022, /);
    expect(screen.queryByRole('combobox', { name: 'Month names' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Digits' })).not.toBeInTheDocument();
  });
});

describe('timeline panel: keyboard', () => {
  it('is one tab stop that arrows, Home and End move through, and Enter or Space activates', async () => {
    const user = userEvent.setup();
    const onActivate = vi.fn();
    renderTimeline({ language: 'en', onActivate });
    const buttons = await eventButtons('Events');
    const [first, second, third] = buttons;
    const last = buttons.at(-1);

    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(third).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(second).toHaveFocus();
    await user.keyboard('{End}');
    expect(last).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(last).toHaveFocus();
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();

    await user.keyboard('{ArrowDown}{Enter}');
    expect(onActivate).toHaveBeenLastCalledWith('tokayev-coup-attempt');
    await user.keyboard('{ArrowDown}[Space]');
    expect(onActivate).toHaveBeenLastCalledWith('csto-peacekeeping-operation');
    expect(onActivate).toHaveBeenCalledTimes(2);

    // The next tab stop is after the list, not the next event; coming back lands where we were.
    await user.tab();
    expect(screen.getByRole('button', { name: /^Background/ })).toHaveFocus();
    await user.tab({ shift: true });
    expect(third).toHaveFocus();
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([third]);
  });

  it('activates by click too', async () => {
    const user = userEvent.setup();
    const onActivate = vi.fn();
    renderTimeline({ language: 'en', onActivate });
    await user.click(await screen.findByRole('button', { name: /^7 January 2022, / }));
    expect(onActivate).toHaveBeenCalledWith('situation-stabilised');
  });
});

describe('timeline panel: the current event', () => {
  it('marks the event being read, and Tab enters the list there', async () => {
    const user = userEvent.setup();
    const view = renderTimeline({ language: 'en' });
    const buttons = await eventButtons('Events');
    expect(buttons.filter((b) => b.hasAttribute('aria-current'))).toEqual([]);

    view.update({ currentEventId: 'situation-stabilised' });
    const current = screen.getByRole('button', { current: true });
    expect(current).toHaveAccessibleName(/^7 January 2022, /);
    expect(current).toHaveAttribute('aria-current', 'true');

    view.update({ currentEventId: 'zas-valdai-conference' });
    expect(screen.getByRole('button', { current: true })).toHaveAccessibleName(/^9 February 2022/);
    expect(buttons.filter((b) => b.hasAttribute('aria-current'))).toHaveLength(1);

    await user.tab();
    expect(screen.getByRole('button', { current: true })).toHaveFocus();
  });
});

describe('timeline panel: background items', () => {
  it('keeps them in a collapsed group below the events until opened', async () => {
    const user = userEvent.setup();
    renderTimeline({ language: 'en' });
    const toggle = await screen.findByRole('button', { name: 'Background (3)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Background' })).not.toBeInTheDocument();
    expect(screen.queryByText(/unified terrorist list/)).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const names = (await eventButtons('Background')).map((b) => b.textContent);
    expect(names).toEqual([
      '2018, The idea of a unified terrorist list',
      'Undated, The CSTO development strategy to 2025',
      'Undated, The six member states',
    ]);

    await user.click(toggle);
    expect(screen.queryByRole('list', { name: 'Background' })).not.toBeInTheDocument();
  });

  it('writes the count in the chosen digits in Arabic', async () => {
    localStorage.setItem(
      'qari.timelineDisplay',
      JSON.stringify({ monthNames: 'both', digits: 'arab' }),
    );
    renderTimeline({ language: 'ar' });
    expect(await screen.findByRole('button', { name: 'خلفية الأحداث (٣)' })).toBeVisible();
  });
});

describe('timeline panel: a passage that is no longer in the article', () => {
  const gone = 'أعلن رئيس كازاخستان قاسم جومارت توكاييف عن وجود محاولة انقلاب في البلاد.';
  const edited = articleText.replace(
    gone,
    'وفي الأثناء جرت أمور أخرى كثيرة لا تخص هذا الحدث إطلاقًا.',
  );

  it.each([
    ['en', 'Events', /^Undated, Tokayev/, 'Passage not found'],
    ['ar', 'الأحداث', /^غير مؤرّخ، توكاييف/, 'المقطع غير موجود'],
  ] as const)(
    '%s: still lists it, says so, and does not activate it',
    async (language, list, name, notFound) => {
      const user = userEvent.setup();
      const onActivate = vi.fn();
      renderTimeline({ language, doc: { ...articleDoc, text: edited }, onActivate });
      await eventButtons(list);
      const orphan = screen.getByRole('button', { name });
      expect(orphan).toHaveAttribute('aria-disabled', 'true');
      expect(orphan).toHaveAccessibleDescription(new RegExp(`^${notFound}`));
      expect(within(itemOf(orphan)).getByText(notFound)).toBeVisible();

      await user.click(orphan);
      await user.keyboard('{Enter}');
      expect(onActivate).not.toHaveBeenCalled();

      // Still part of the keyboard sequence, so the list has no hole.
      await user.keyboard('{ArrowDown}');
      await user.keyboard('{Enter}');
      expect(onActivate).toHaveBeenCalledWith('csto-peacekeeping-operation');
    },
  );
});

describe('timeline panel: a broken or missing timeline file', () => {
  it.each([
    [
      'garbage instead of a timeline',
      () => Promise.resolve({ version: 7, events: 'none' }),
      'The timeline file is malformed, so its events cannot be shown. You can still read the article.',
      false,
    ],
    [
      'a file that is not there',
      () => Promise.reject(new ArticleLoadError('timeline-missing')),
      'The timeline file could not be loaded. You can still read the article.',
      true,
    ],
    [
      'an unexpected failure',
      () => Promise.reject(new Error('boom')),
      'Something went wrong while showing the timeline. You can still read the article.',
      true,
    ],
  ])('%s: an alert in the panel', async (_name, loadTimeline, message, canRetry) => {
    renderTimeline({ language: 'en', source: { ...seedSource, key: 'broken', loadTimeline } });
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: 'Try again' })).toHaveLength(canRetry ? 1 : 0);
  });

  it('says it in Arabic in the Arabic UI, and a retry that succeeds shows the events', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const loadTimeline = () => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new ArticleLoadError('timeline-missing'))
        : seedSource.loadTimeline();
    };
    renderTimeline({ language: 'ar', source: { ...seedSource, key: 'flaky', loadTimeline } });
    expect(await screen.findByRole('alert')).toHaveTextContent('تعذّر تحميل ملف الخط الزمني');
    await user.click(screen.getByRole('button', { name: 'أعد المحاولة' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await eventButtons('الأحداث')).toHaveLength(8);
  });

  it('says it is loading while the file is on its way', async () => {
    renderTimeline({
      language: 'en',
      source: { ...seedSource, key: 'slow', loadTimeline: () => new Promise(() => {}) },
    });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline…');
  });
});

describe('timeline panel: notes on each event', () => {
  const notesByEvent = new Map([
    ['protests-mangystau', { count: 3, excerpts: ['Where is Mangystau?', 'قاسم جومارت'] }],
    ['situation-stabilised', { count: 1, excerpts: ['استقر الوضع'] }],
  ]);

  it('shows the count and up to two excerpts under the event, with a button to filter the notes', async () => {
    const user = userEvent.setup();
    const onShowNotes = vi.fn();
    renderTimeline({ language: 'en', notesByEvent, onShowNotes });
    const buttons = await eventButtons('Events');
    const first = within(itemOf(buttons[0] as HTMLElement));
    expect(first.getByText('3 highlights')).toBeVisible();
    expect(first.getByText('Where is Mangystau?')).toBeVisible();
    expect(first.getByText('قاسم جومارت')).toBeVisible();
    expect(within(itemOf(buttons[3] as HTMLElement)).getByText('1 highlight')).toBeVisible();
    expect(
      within(itemOf(buttons[1] as HTMLElement)).queryByText(/highlight/),
    ).not.toBeInTheDocument();

    const show = first.getByRole('button', { name: 'Show notes for this event' });
    expect(show).toHaveAccessibleDescription('Protests in the Mangystau region');
    await user.click(show);
    expect(onShowNotes).toHaveBeenCalledWith('protests-mangystau');
  });

  it('uses Arabic plurals, and reaches the show-notes button by a sideways arrow, keeping the list one tab stop', async () => {
    const user = userEvent.setup();
    renderTimeline({ language: 'ar', notesByEvent, onShowNotes: vi.fn() });
    const buttons = await eventButtons('الأحداث');
    expect(within(itemOf(buttons[0] as HTMLElement)).getByText('3 تظليلات')).toBeVisible();
    expect(within(itemOf(buttons[3] as HTMLElement)).getByText('تظليل واحد')).toBeVisible();
    // The event tells a screen-reader user that it has notes, and how to reach them.
    expect(buttons[0]).toHaveAccessibleDescription(
      /3 تظليلات، اضغط السهم الأيمن أو الأيسر لعرض ملاحظاته$/,
    );
    expect(buttons[1]).not.toHaveAccessibleDescription(/تظليل/);

    const [firstShow, secondShow] = screen.getAllByRole('button', {
      name: 'اعرض ملاحظات هذا الحدث',
    });
    buttons[0]?.focus();
    await user.keyboard('{ArrowLeft}');
    expect(firstShow).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(firstShow).toHaveFocus();
    // Up and Down go on from the row, as from its event.
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{ArrowLeft}'); // no notes on this one: focus stays
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    await user.keyboard('{Home}');
    expect(buttons[0]).toHaveFocus();
    // Shift+Tab from the show-notes button leaves the list too, as from its event.
    await user.keyboard('{ArrowLeft}');
    expect(firstShow).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('combobox', { name: 'الأرقام' })).toHaveFocus();
    buttons[0]?.focus();
    // Tab leaves the list: no show-notes button on the way.
    await user.tab();
    expect(firstShow).not.toHaveFocus();
    expect(secondShow).not.toHaveFocus();
    expect(screen.getByRole('button', { name: /^خلفية الأحداث/ })).toHaveFocus();
  });

  it('draws no show-notes button when the reader gives no way to show them', async () => {
    renderTimeline({ language: 'en', notesByEvent });
    await eventButtons('Events');
    expect(
      screen.queryByRole('button', { name: 'Show notes for this event' }),
    ).not.toBeInTheDocument();
  });
});
