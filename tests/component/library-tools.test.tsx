import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { buildLibraryBackup, serializeLibraryBackup } from '../../src/backup/build-library-backup';
import { LibraryBackupControls } from '../../src/backup/LibraryBackupControls';
import type { DocumentMeta } from '../../src/document/article-document';
import { buildDocument } from '../../src/document/build-document';
import type { AnchoredItem, ReplaceTextPlan } from '../../src/document/replace-text-plan';
import { createI18n } from '../../src/i18n/init-i18n';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import library from '../../src/i18n/locales/library.en.json';
import { ReplaceTextDialog } from '../../src/library/ReplaceTextDialog';
import type { PassageRecord } from '../../src/storage/annotation-record';
import type { LibraryTools } from '../../src/storage/library-tools';
import type { TimelineEventRecord } from '../../src/storage/timeline-event-record';
import { NoticeProvider } from '../../src/ui/NoticeProvider';

// The first extraction imports the extractors into jsdom.
vi.setConfig({ testTimeout: 20_000 });
const EXTRACTED = { timeout: 8000 };

const meta: DocumentMeta = {
  id: '5b0f7f3e-8a8e-4c47-9d51-2f4f0f0b8c11',
  title: 'مستشفى غزة تحت الحصار',
  source: 'https://example.com/gaza',
  siteName: null,
  author: null,
  published: null,
  added: '2026-12-01T10:00:00.000Z',
  modified: '2026-12-01T10:00:00.000Z',
  shortName: 'gaza',
  builtIn: false,
  language: 'ar',
  direction: 'rtl',
  translations: {},
};
const PARAGRAPHS = [
  'مستشفى غزة تحت الحصار',
  'قال مسؤولون إن المستشفى توقف عن العمل صباح الثلاثاء بعد نفاد الوقود.',
  'وأضافوا أن مئات المرضى ينتظرون نقلهم إلى مستشفيات أخرى.',
];
const doc = buildDocument(
  meta,
  PARAGRAPHS.map((text, i) => ({ kind: i === 0 ? 'heading' : 'paragraph', text })),
);

function record(quote: string, id: string): PassageRecord {
  const start = doc.text.indexOf(quote);
  return {
    id,
    documentId: meta.id,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: doc.text.slice(Math.max(0, start - 32), start),
        suffix: doc.text.slice(start + quote.length, start + quote.length + 32),
      },
      position: { type: 'TextPositionSelector', start, end: start + quote.length },
    },
    color: 'green',
    note: '',
    tags: [],
    created: '2026-12-01T10:00:00.000Z',
    modified: '2026-12-01T10:00:00.000Z',
    deleted: null,
  };
}
const KEPT = 'توقف عن العمل صباح الثلاثاء';
const REMOVED = 'مئات المرضى ينتظرون نقلهم';
const records = [
  record(KEPT, '0f8fad5b-d9cb-469f-a165-70867728950e'),
  record(REMOVED, '7c9e6679-7425-40de-944b-e07fc1f90ae7'),
];
/** What the dialog is given: both highlights, and a timeline event on the removed sentence. */
const items: AnchoredItem[] = [
  ...records.map((r) => ({ ...r, kind: 'annotation' as const })),
  {
    id: '3d6f0a4e-9b1c-4f2e-8a7d-5c4b3a291807',
    kind: 'event',
    target: record(REMOVED, '3d6f0a4e-9b1c-4f2e-8a7d-5c4b3a291807').target,
    deleted: null,
  },
];

/** The UI in English, with the library's strings (LibraryView adds them in the app). */
function withI18n(children: ReactNode) {
  applyDocumentLanguage('en');
  const i18n = createI18n('en');
  i18n.addResourceBundle('en', 'translation', library, true, false);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <NoticeProvider>{children}</NoticeProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

function renderReplace() {
  const onReplace = vi.fn<(plan: ReplaceTextPlan) => Promise<void>>(() => Promise.resolve());
  const onCancel = vi.fn();
  render(
    withI18n(
      <ReplaceTextDialog
        doc={doc}
        items={items}
        onReplace={onReplace}
        describeError={() => 'The storage is full.'}
        onCancel={onCancel}
      />,
    ),
  );
  return { dialog: screen.getByRole('dialog', { name: 'Replace text' }), onReplace, onCancel };
}

describe('Replace text dialog', () => {
  it('previews what moves and which quotes go unanchored; Cancel writes nothing', async () => {
    const user = userEvent.setup();
    const { dialog, onReplace, onCancel } = renderReplace();
    const box = within(dialog).getByRole('textbox', { name: 'Paste the article' });
    await user.click(box);
    // A paragraph added before the first highlight; the second one's sentence is gone.
    await user.paste(`${PARAGRAPHS[0]}\n\nفقرة جديدة في أول المقال.\n\n${PARAGRAPHS[1]}`);
    const preview = await within(dialog).findByRole(
      'region',
      { name: 'What happens to the highlights, notes and timeline events' },
      EXTRACTED,
    );
    expect(within(preview).getByText('1 moves to where its quote now is.')).toBeInTheDocument();
    // The highlight and the timeline event on the removed sentence, both listed by quote.
    expect(within(preview).getByText('2 will be left unanchored:')).toBeInTheDocument();
    const left = within(preview).getByRole('list', { name: 'Left unanchored' });
    expect(
      within(left)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([REMOVED, `${REMOVED} (timeline event)`]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onReplace).not.toHaveBeenCalled();
  });

  it('Replace hands over the plan that was previewed', async () => {
    const user = userEvent.setup();
    const { dialog, onReplace } = renderReplace();
    await user.click(within(dialog).getByRole('textbox', { name: 'Paste the article' }));
    await user.paste(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}\n\n${PARAGRAPHS[2]} وقالوا المزيد.`);
    await within(dialog).findByText('3 stay in place.', {}, EXTRACTED);
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(onReplace).toHaveBeenCalledOnce());
    expect(onReplace.mock.calls[0]?.[0].counts).toMatchObject({ unanchored: 0 });
  });

  it('says so when the new text is the current one, and offers no preview', async () => {
    const user = userEvent.setup();
    const { dialog, onReplace } = renderReplace();
    await user.click(within(dialog).getByRole('textbox', { name: 'Paste the article' }));
    await user.paste(PARAGRAPHS.join('\n\n'));
    await waitFor(
      () =>
        expect(within(dialog).getByRole('alert')).toHaveTextContent(
          'The new text is the same as the current one',
        ),
      EXTRACTED,
    );
    expect(within(dialog).queryByRole('region')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    expect(onReplace).not.toHaveBeenCalled();
  });
});

/** Library tools over a fixed library, with spies for the writes. */
function fakeTools(): LibraryTools {
  return {
    replaceText: vi.fn(),
    undoReplaceText: vi.fn(),
    replacedAt: vi.fn(() => Promise.resolve(null)),
    readLibrary: vi.fn(() =>
      Promise.resolve({ documents: [], annotations: [], events: [], dismissed: [] }),
    ),
    restore: vi.fn(() => Promise.resolve({ documents: 1, annotations: 2, events: 0 })),
    changesSince: vi.fn(() => Promise.resolve([])),
  };
}

function renderBackup() {
  const tools = fakeTools();
  render(
    withI18n(
      <LibraryBackupControls
        tools={tools}
        bundled={[]}
        metaOf={() => meta}
        describeError={String}
      />,
    ),
  );
  return { tools, input: screen.getByLabelText('Restore from backup') };
}

/** A timeline event quoting a sentence the document does not have (its text was edited). */
const lostEvent: TimelineEventRecord = {
  id: '9b2e7c1a-4d3f-4e8a-b6c5-1f0e2d3c4b5a',
  documentId: meta.id,
  title: 'إغلاق المعبر',
  date: null,
  target: {
    quote: {
      type: 'TextQuoteSelector',
      exact: 'أغلق المعبر أمام الشاحنات',
      prefix: '',
      suffix: '',
    },
  },
  status: 'added',
  proposalId: null,
  created: '2026-12-01T10:00:00.000Z',
  modified: '2026-12-01T10:00:00.000Z',
};

const backupFile = (events: TimelineEventRecord[] = []) => {
  const row = {
    id: meta.id,
    meta,
    added: meta.added,
    lastOpened: null,
    deleted: null,
    hidden: false,
  };
  const content = serializeLibraryBackup(
    buildLibraryBackup(
      {
        documents: [{ row, text: doc.text, blocks: doc.blocks }],
        annotations: records,
        events,
        dismissed: [],
        positions: {},
      },
      { now: new Date('2026-12-02T09:00:00.000Z'), bundled: [] },
    ),
  );
  return new File([content], 'qari-library-2026-12-02.json', { type: 'application/json' });
};

describe('Back up library and Restore from backup', () => {
  it('refuses a file that is not a backup with a message and writes nothing', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { tools, input } = renderBackup();
    await user.upload(input, new File(['{"format":"something-else"}'], 'notes.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is not a Qari library backup. Nothing was changed.',
    );
    await user.upload(input, new File(['{"format":"qari-library-backup","vers'], 'cut.json'));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').at(-1)).toHaveTextContent('it was cut short'),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(tools.restore).not.toHaveBeenCalled();
  });

  it('previews what a backup adds; Cancel writes nothing, Restore writes it once', async () => {
    const user = userEvent.setup();
    const { tools, input } = renderBackup();
    await user.upload(input, backupFile());
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    expect(dialog).toHaveTextContent('To add1 article, 2 highlights and notes');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(tools.restore).not.toHaveBeenCalled();

    await user.upload(input, backupFile());
    const again = await screen.findByRole('dialog', { name: 'Restore from backup' });
    await user.click(within(again).getByRole('button', { name: 'Restore' }));
    await screen.findByText(
      'Restored: 1 articles, 2 highlights and notes, and 0 timeline events written.',
    );
    expect(tools.restore).toHaveBeenCalledOnce();
  });

  it('restores an event whose quote is not in its text, listed as Unanchored, never dropped', async () => {
    const user = userEvent.setup();
    const { tools, input } = renderBackup();
    await user.upload(input, backupFile([lostEvent]));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    expect(dialog).toHaveTextContent('To add1 article, 2 highlights and notes, 1 timeline event');
    expect(within(dialog).getByRole('list', { name: 'Will be unanchored' })).toHaveTextContent(
      'أغلق المعبر أمام الشاحنات',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(tools.restore).toHaveBeenCalledOnce());
    expect(vi.mocked(tools.restore).mock.calls[0]?.[0].events.add).toEqual([lostEvent]);
  });
});
