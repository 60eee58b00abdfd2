import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { UiLanguage } from '../../src/i18n/languages';
import { createI18n } from '../../src/i18n/init-i18n';
import type { NoteDocument } from '../../src/notes/all-notes';
import { AllNotesView } from '../../src/notes/AllNotesView';
import type { HighlightColor, PassageRecord } from '../../src/storage/annotation-record';

const documents = new Map<string, NoteDocument>(
  [
    { id: 'tass-ar', title: 'قمة منظمة الأمن الجماعي', language: 'ar', direction: 'rtl' as const },
    {
      id: 'bonn-en',
      title: 'Climate talks stall in Bonn',
      language: 'en',
      direction: 'ltr' as const,
    },
  ].map((d) => [d.id, d]),
);

let second = 0;
function record(
  documentId: string,
  exact: string,
  more: { note?: string; tags?: string[]; color?: HighlightColor } = {},
): PassageRecord {
  second += 1;
  const time = new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
  return {
    id: crypto.randomUUID(),
    documentId,
    target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    color: more.color ?? 'yellow',
    note: more.note ?? '',
    tags: more.tags ?? [],
    created: time,
    modified: time,
    deleted: null,
  };
}

const hamza = record('tass-ar', 'أعلن رئيس كازاخستان حالة الطوارئ', { tags: ['أمن'] });
const coup = record('tass-ar', 'استقر الوضع', { note: 'محاولة الانقلاب', color: 'pink' });
const bonn = record('bonn-en', 'Negotiators left without a text', {
  color: 'green',
  tags: ['climate'],
});
const records = [hamza, coup, bonn];

function showView(
  language: UiLanguage = 'en',
  onExport = vi.fn(),
  shown = records,
  complete = true,
) {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <AllNotesView
        records={shown}
        complete={complete}
        documents={documents}
        noteHref={(doc, id) => `/reader/?doc=${doc}#highlight=${id}`}
        onExport={onExport}
      />
    </I18nextProvider>,
  );
  return onExport;
}

/** The quote links shown, in order. */
const quotes = () =>
  screen
    .queryAllByRole('link')
    .map((a) => a.textContent)
    .filter((text) => records.some((r) => r.target.quote.exact === text));

describe('All notes view', () => {
  it('lists every note newest first, each quote linking to its place in its document', () => {
    showView();
    expect(screen.getByRole('heading', { level: 1, name: 'All notes' })).toBeInTheDocument();
    expect(quotes()).toEqual([bonn, coup, hamza].map((r) => r.target.quote.exact));
    const link = screen.getByRole('link', { name: hamza.target.quote.exact });
    expect(link).toHaveAttribute('href', `/reader/?doc=tass-ar#highlight=${hamza.id}`);
    expect(link).toHaveAttribute('lang', 'ar');
    expect(link).toHaveAttribute('dir', 'rtl');
    const item = screen
      .getAllByRole('article')
      .find((a) => within(a).queryByRole('link', { name: hamza.target.quote.exact }));
    if (!item) throw new Error('no item');
    expect(within(item).getByText('قمة منظمة الأمن الجماعي')).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('status')).toHaveTextContent('3 notes');
  });

  it('narrows as the reader types, the Arabic way (no hamza needed)', async () => {
    showView();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search all notes' }), 'اعلن');
    await waitFor(() => expect(quotes()).toEqual([hamza.target.quote.exact]));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 notes');
  });

  it.each([
    ['Color', 'Pink', [coup]],
    ['Tag', 'climate', [bonn]],
    ['Document', 'قمة منظمة الأمن الجماعي', [coup, hamza]],
  ])('filters by %s', async (label, option, expected) => {
    showView();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: label }), option);
    await waitFor(() => expect(quotes()).toEqual(expected.map((r) => r.target.quote.exact)));
  });

  it('groups by document under each title', async () => {
    showView();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'By document');
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Climate talks stall in Bonn',
      'قمة منظمة الأمن الجماعي',
    ]);
    expect(quotes()).toEqual([bonn, coup, hamza].map((r) => r.target.quote.exact));
  });

  it('exports what is shown', async () => {
    const onExport = showView();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Color' }), 'Pink');
    const group = screen.getByRole('group', { name: 'Export these notes as' });
    await userEvent.click(within(group).getByRole('button', { name: 'Markdown' }));
    expect(onExport).toHaveBeenCalledWith('markdown', [coup]);
  });

  it('shows the newest while it reads the rest, busy and with nothing to export yet', () => {
    showView('en', vi.fn(), [bonn, coup], false);
    expect(quotes()).toEqual([bonn, coup].map((r) => r.target.quote.exact));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Newest notes first; reading the rest…');
    expect(status).toHaveAttribute('aria-busy', 'true');
    const group = screen.getByRole('group', { name: 'Export these notes as' });
    for (const button of within(group).getAllByRole('button')) expect(button).toBeDisabled();
  });

  it('says it is loading, not that there are no notes, while the newest read is empty', () => {
    showView('en', vi.fn(), [], false);
    expect(screen.getByRole('status')).toHaveTextContent('Loading notes…');
    expect(
      screen.queryByText('No highlights or notes yet', { exact: false }),
    ).not.toBeInTheDocument();
  });

  it('speaks Arabic by default', () => {
    showView('ar');
    expect(screen.getByRole('heading', { level: 1, name: 'كل الملاحظات' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'البحث في كل الملاحظات' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'المقال' })).toBeInTheDocument();
  });
});
