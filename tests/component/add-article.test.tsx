import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n/init-i18n';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import type { UiLanguage } from '../../src/i18n/languages';
import type { ArticleDraft, SaveOutcome } from '../../src/library/add-article-input';
import { AddArticleDialog, type AddArticleDialogProps } from '../../src/library/AddArticleDialog';

const fixture = (name: string) => readFileSync(`tests/fixtures/library/${name}`, 'utf8');
/** Extraction loads its libraries on first use, slower than waitFor's default second. */
const EXTRACTED = { timeout: 8000 };
// The first extraction of a file imports Readability and the Markdown parser into jsdom.
vi.setConfig({ testTimeout: 20_000 });

function renderDialog(language: UiLanguage = 'en', props: Partial<AddArticleDialogProps> = {}) {
  applyDocumentLanguage(language);
  const callbacks = {
    onSave: vi.fn<(draft: ArticleDraft) => Promise<SaveOutcome>>(() =>
      Promise.resolve({ kind: 'saved', id: 'new-id' }),
    ),
    describeSaveError: vi.fn(() => 'The storage is full.'),
    onSaved: vi.fn(),
    onOpenExisting: vi.fn(),
    onCancel: vi.fn(),
  };
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <AddArticleDialog {...callbacks} {...props} />
    </I18nextProvider>,
  );
  return { dialog: screen.getByRole('dialog'), ...callbacks };
}

const field = (dialog: HTMLElement, name: string) => within(dialog).getByRole('textbox', { name });

/** A file input's `accept` is a hint: the reader can still pick "All files". */
const setup = () => userEvent.setup({ applyAccept: false });

async function chooseFile(user: UserEvent, dialog: HTMLElement, file: File) {
  await user.upload(within(dialog).getByLabelText('Choose a file'), file);
}

const alertText = (dialog: HTMLElement) => within(dialog).getByRole('alert').textContent;

describe('Add article dialog', () => {
  it('has every field the issue names', () => {
    const { dialog } = renderDialog('en');
    expect(dialog).toHaveAccessibleName('Add article');
    expect(field(dialog, 'Paste the article')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Choose a file')).toHaveAttribute('type', 'file');
    for (const name of ['Title', 'Author']) expect(field(dialog, name)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Source URL' })).toHaveAttribute(
      'type',
      'url',
    );
    expect(within(dialog).getByLabelText('Published')).toHaveAttribute('type', 'date');
    expect(within(dialog).getByRole('combobox', { name: 'Language' })).toHaveValue('ar');
    expect(within(dialog).getByRole('button', { name: 'Save to library' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('reads a typed plain text, prefills its metadata, marks a guessed date, and saves it', async () => {
    const user = setup();
    const { dialog, onSave, onSaved } = renderDialog('en');
    await user.click(field(dialog, 'Paste the article'));
    await user.paste('بيان صحفي\n\nأعلنت الوزارة في 15 مارس 2024 عن خطة جديدة.');
    await waitFor(() => expect(field(dialog, 'Title')).toHaveValue('بيان صحفي'), EXTRACTED);
    const published = within(dialog).getByLabelText('Published');
    expect(published).toHaveValue('2024-03-15');
    expect(published).toHaveAccessibleDescription(
      'Guessed from the first date in the text: check it.',
    );
    await user.type(field(dialog, 'Author'), 'وزارة الخارجية');
    await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('new-id'));
    expect(onSave).toHaveBeenCalledWith({
      blocks: [
        { kind: 'paragraph', text: 'بيان صحفي' },
        { kind: 'paragraph', text: 'أعلنت الوزارة في 15 مارس 2024 عن خطة جديدة.' },
      ],
      meta: {
        title: 'بيان صحفي',
        sourceUrl: null,
        siteName: null,
        author: 'وزارة الخارجية',
        published: '2024-03-15',
        publishedGuessed: true,
        language: 'ar',
        direction: 'rtl',
      },
      notices: [],
    });
  });

  it('reads a rich-text paste as HTML: headings and lists kept as blocks', async () => {
    const { dialog, onSave } = renderDialog('en');
    fireEvent.paste(field(dialog, 'Paste the article'), {
      clipboardData: {
        getData: (type: string) =>
          type === 'text/html'
            ? '<meta charset="utf-8"><h2>عنوان</h2><p>فقرة <b>أولى</b>.</p><ul><li>بند</li></ul><script>alert(1)</script>'
            : 'عنوان\nفقرة أولى.\nبند',
      },
    });
    expect(field(dialog, 'Paste the article')).toHaveValue('عنوان\nفقرة أولى.\nبند');
    await waitFor(() => expect(field(dialog, 'Title')).toHaveValue('عنوان'), EXTRACTED);
    fireEvent.submit(within(dialog).getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    expect(onSave.mock.calls[0]?.[0].blocks).toEqual([
      { kind: 'heading', text: 'عنوان' },
      { kind: 'paragraph', text: 'فقرة أولى.' },
      { kind: 'list-item', text: 'بند' },
    ]);
  });

  it('reads a saved English page and sets it left to right', async () => {
    const user = setup();
    const { dialog } = renderDialog('en');
    await chooseFile(
      user,
      dialog,
      new File([fixture('english-news-page.html')], 'page.html', { type: 'text/html' }),
    );
    await waitFor(
      () => expect(within(dialog).getByRole('combobox', { name: 'Language' })).toHaveValue('en'),
      EXTRACTED,
    );
    expect(field(dialog, 'Source URL')).not.toHaveValue('');
  });

  it('keeps what the reader typed when a new input is read', async () => {
    const user = setup();
    const { dialog } = renderDialog('en');
    await user.type(field(dialog, 'Title'), 'My own title');
    await user.click(field(dialog, 'Paste the article'));
    await user.paste('سطر أول\nسطر ثان');
    await waitFor(
      () => expect(within(dialog).getByRole('status')).toHaveTextContent('2 paragraphs'),
      EXTRACTED,
    );
    expect(field(dialog, 'Title')).toHaveValue('My own title');
  });

  describe('bad input: a message, and nothing saved', () => {
    const cases: {
      name: string;
      file: () => File;
      message: string;
    }[] = [
      {
        name: 'a PDF',
        file: () => new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' }),
        message: 'This type of file cannot be added.',
      },
      {
        name: 'a file over 20 MB, refused before it is read',
        file: () => {
          const file = new File(['x'], 'huge.txt', { type: 'text/plain' });
          Object.defineProperty(file, 'size', { value: 21 * 1024 * 1024 });
          file.arrayBuffer = () => Promise.reject(new Error('read a too-large file'));
          return file;
        },
        message: 'This is over 20 MB, too large to add.',
      },
      {
        name: 'a binary file renamed .txt',
        file: () =>
          new File([new Uint8Array(400).map((_, i) => (i * 7) % 32)], 'photo.txt', {
            type: 'text/plain',
          }),
        message: 'This file does not hold text, whatever its name says.',
      },
      {
        name: 'an empty file',
        file: () => new File([''], 'empty.txt', { type: 'text/plain' }),
        message: 'There is nothing to read',
      },
      {
        name: 'a page with no article',
        file: () =>
          new File([fixture('no-article-page.html')], 'login.html', { type: 'text/html' }),
        message: 'No article could be found in this page.',
      },
    ];
    it.each(cases)('$name', async ({ file, message }) => {
      const user = setup();
      const { dialog, onSave } = renderDialog('en');
      await chooseFile(user, dialog, file());
      await waitFor(() => expect(alertText(dialog)).toContain(message), EXTRACTED);
      await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
      expect(onSave).not.toHaveBeenCalled();
    });

    it('a page with no article offers to paste instead', async () => {
      const user = setup();
      const { dialog } = renderDialog('en');
      await chooseFile(
        user,
        dialog,
        new File([fixture('no-article-page.html')], 'login.html', { type: 'text/html' }),
      );
      await user.click(
        await within(dialog).findByRole('button', { name: 'Paste instead' }, EXTRACTED),
      );
      expect(field(dialog, 'Paste the article')).toHaveFocus();
    });

    it('a whitespace-only paste', async () => {
      const user = setup();
      const { dialog, onSave } = renderDialog('en');
      await user.click(field(dialog, 'Paste the article'));
      await user.paste('  \n\t ');
      await waitFor(() => expect(alertText(dialog)).toContain('the text is empty'), EXTRACTED);
      await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
      expect(onSave).not.toHaveBeenCalled();
    });

    it('Save with nothing pasted or chosen', async () => {
      const user = setup();
      const { dialog, onSave } = renderDialog('en');
      await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
      expect(alertText(dialog)).toBe('Paste an article or choose a file first.');
      expect(onSave).not.toHaveBeenCalled();
    });

    it('control characters are stripped and the reader told', async () => {
      const user = setup();
      const { dialog, onSave } = renderDialog('en');
      await chooseFile(
        user,
        dialog,
        new File([`عنوان المقال\n\n${'نص\u0007 المقال. '.repeat(40)}\u0000`], 'a.txt', {
          type: 'text/plain',
        }),
      );
      await waitFor(
        () =>
          expect(within(dialog).getByRole('status')).toHaveTextContent(
            'Invisible control characters were removed from the text.',
          ),
        EXTRACTED,
      );
      await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
      await waitFor(() => expect(onSave).toHaveBeenCalled());
      expect(JSON.stringify(onSave.mock.calls[0]?.[0].blocks)).not.toMatch(/\\u000[07]/);
    });

    it('a source URL that is not a web address, and an empty title', async () => {
      const user = setup();
      const { dialog, onSave } = renderDialog('en');
      await user.click(field(dialog, 'Paste the article'));
      await user.paste('نص المقال.');
      await waitFor(() => expect(field(dialog, 'Title')).toHaveValue('نص المقال.'), EXTRACTED);
      await user.clear(field(dialog, 'Title'));
      await user.type(field(dialog, 'Source URL'), 'javascript:alert(1)');
      await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
      expect(field(dialog, 'Title')).toHaveAccessibleDescription('Give the article a title.');
      expect(field(dialog, 'Title')).toBeInvalid();
      expect(field(dialog, 'Source URL')).toHaveAccessibleDescription(
        'Enter a full web address starting with http:// or https://, or leave it empty.',
      );
      expect(onSave).not.toHaveBeenCalled();
    });

    it('a storage write that fails says so', async () => {
      const user = setup();
      const { dialog, onSaved } = renderDialog('en', {
        onSave: () => Promise.reject(new Error('QuotaExceededError')),
      });
      await user.click(field(dialog, 'Paste the article'));
      await user.paste('نص المقال.');
      await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
      await waitFor(
        () =>
          expect(alertText(dialog)).toBe(
            'The article was not saved, and nothing of it was kept: The storage is full.',
          ),
        EXTRACTED,
      );
      expect(onSaved).not.toHaveBeenCalled();
    });
  });

  it('the same text already in the library offers to open it', async () => {
    const user = setup();
    const { dialog, onOpenExisting, onSaved } = renderDialog('en', {
      onSave: () => Promise.resolve({ kind: 'duplicate', id: 'old-id', title: 'النسخة الأولى' }),
    });
    await user.click(field(dialog, 'Paste the article'));
    await user.paste('نص المقال.');
    await user.click(within(dialog).getByRole('button', { name: 'Save to library' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Open it' }, EXTRACTED));
    expect(alertText(dialog)).toContain('This text is already in your library as “النسخة الأولى”.');
    expect(onOpenExisting).toHaveBeenCalledWith('old-id');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('speaks Arabic in the Arabic UI, messages included', async () => {
    const user = setup();
    const { dialog } = renderDialog('ar');
    expect(dialog).toHaveAccessibleName('أضف مقالًا');
    for (const name of ['الصق المقال', 'العنوان', 'رابط المصدر', 'الكاتب']) {
      expect(field(dialog, name)).toBeInTheDocument();
    }
    expect(within(dialog).getByLabelText('اختر ملفًا')).toHaveAttribute('type', 'file');
    expect(within(dialog).getByLabelText('تاريخ النشر')).toHaveAttribute('type', 'date');
    expect(within(dialog).getByRole('combobox', { name: 'اللغة' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'ألغِ' })).toBeInTheDocument();
    await user.upload(
      within(dialog).getByLabelText('اختر ملفًا'),
      new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' }),
    );
    await waitFor(
      () => expect(alertText(dialog)).toContain('لا يمكن إضافة هذا النوع من الملفات'),
      EXTRACTED,
    );
    await user.click(within(dialog).getByRole('button', { name: 'احفظ في المكتبة' }));
  });
});
