import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import { createI18n } from '../../src/i18n/init-i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import arLibrary from '../../src/i18n/locales/library.ar.json';
import enLibrary from '../../src/i18n/locales/library.en.json';
import { planOmnivoreImport, type OmnivorePlan } from '../../src/import/omnivore/omnivore-plan';
import { OmnivorePreview } from '../../src/import/omnivore/OmnivorePreview';
import type { OmnivoreArticle } from '../../src/import/omnivore/omnivore-types';
import { readOmnivoreExport } from '../../src/import/omnivore/read-omnivore-export';
import { documentFromPage } from '../../src/library/page-document';
import type { LibraryActions } from '../../src/library/LibraryView';
import { renderLibrary } from './library-harness';

const zip = new Uint8Array(readFileSync('tests/fixtures/omnivore/omnivore-export.zip'));
const now = new Date('2026-12-04T08:00:00.000Z');

/** The app's way of making a document of an article's content. */
async function makeDocument(article: OmnivoreArticle) {
  const made = await documentFromPage(
    article.contentHtml,
    `${article.slug}.html`,
    { ...article, tags: article.labels },
    crypto.randomUUID(),
    now.toISOString(),
  );
  return made.ok ? made.doc : null;
}

/**
 * The fixture export's plan, against a library that has its Arabic inflation article already
 * (with none of its highlights yet).
 */
async function fixturePlan(): Promise<OmnivorePlan> {
  const read = await readOmnivoreExport({ kind: 'zip', bytes: zip });
  if (!read.ok) throw new Error(read.error);
  const inflation = read.articles.find((a) => a.url?.includes('inflation-2024'));
  const copy = inflation ? await makeDocument(inflation) : null;
  return planOmnivoreImport(
    read,
    {
      byUrl: (url) =>
        url.includes('inflation-2024') ? { id: 'here', title: 'التضخم في المنطقة' } : null,
      byText: () => Promise.resolve(null),
      copyOf: () => Promise.resolve(copy && { text: copy.text, annotations: [] }),
    },
    makeDocument,
    now,
  );
}

function renderPreview(plan: OmnivorePlan, language: UiLanguage) {
  applyDocumentLanguage(language);
  const i18n = createI18n(language);
  i18n.addResourceBundle('ar', 'translation', arLibrary, true, false);
  i18n.addResourceBundle('en', 'translation', enLibrary, true, false);
  return render(
    <I18nextProvider i18n={i18n}>
      <OmnivorePreview plan={plan} />
    </I18nextProvider>,
  );
}

/** The preview's counts, each term with its definition. */
function counts(): Record<string, string> {
  const definitions = screen.getAllByRole('definition');
  return Object.fromEntries(
    screen
      .getAllByRole('term')
      .map((term, i) => [term.textContent ?? '', definitions[i]?.textContent ?? '']),
  );
}

const noop = () => undefined;
const actions = (onImportLibrary?: (files: File[]) => void): LibraryActions => ({
  onSave: () => Promise.resolve({ kind: 'saved', id: 'new' }),
  describeSaveError: () => '',
  onDelete: noop,
  onRestore: noop,
  onDeleteForGood: noop,
  ...(onImportLibrary ? { onImportLibrary } : {}),
});

describe('Import a library, in the library', () => {
  it.each([
    ['en', 'Import a library'],
    ['ar', 'استيراد مكتبة'],
  ] as const)('in %s, hands over the files chosen together', async (language, name) => {
    const onImportLibrary = vi.fn();
    renderLibrary(language, { actions: actions(onImportLibrary) });
    const button = screen.getByRole('button', { name });
    expect(button).toHaveAccessibleDescription(/Omnivore/);
    const files = [
      new File(['[]'], 'metadata_0_to_1.json', { type: 'application/json' }),
      new File(['<p>x</p>'], 'a.html', { type: 'text/html' }),
    ];
    await userEvent.upload(screen.getByLabelText(/Omnivore/), files);
    expect(onImportLibrary).toHaveBeenCalledWith(files);
  });

  it('is not offered where importing is not', () => {
    renderLibrary('en', { actions: actions() });
    expect(screen.queryByRole('button', { name: 'Import a library' })).not.toBeInTheDocument();
  });
});

describe('Import a library, its preview', () => {
  it('counts what will be added, lists what the library has and what is left out, and why', async () => {
    renderPreview(await fixturePlan(), 'en');
    expect(counts()).toEqual({
      'Articles to add': '2',
      Highlights: '7',
      Notes: '5',
      'Already in your library': '1',
      'Left out': '2',
    });
    expect(screen.getByText(/kept under Unanchored/)).toBeInTheDocument();
    const add = screen.getByRole('region', { name: 'To be added' });
    expect(
      within(add)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '\u2068استئناف مفاوضات سد النهضة بعد توقف دام عامين | الجزيرة نت\u2069: 3 highlights',
      '\u2068Why We Read Slowly\u2069: 2 highlights',
    ]);
    const existing = screen.getByRole('region', {
      name: 'Already in your library: not added again, their new highlights go to the copy there',
    });
    expect(within(existing).getByRole('listitem')).toHaveTextContent(
      /same address as .*التضخم في المنطقة.*; 2 highlights added to it$/,
    );
    const leftOut = screen.getByRole('region', { name: 'Left out, and why' });
    expect(leftOut).toHaveTextContent('The Archive That Vanished');
    expect(leftOut).toHaveTextContent('its content file is missing from the export');
    // The note on the whole Nile article is kept: nothing of the articles added is left out.
    expect(
      screen.queryByRole('region', { name: 'Highlights and notes left out' }),
    ).not.toBeInTheDocument();
  });

  it('speaks Arabic by default', async () => {
    renderPreview(await fixturePlan(), 'ar');
    expect(counts()).toMatchObject({ 'مقالات ستُضاف': '2', 'في مكتبتك من قبل': '1' });
    expect(
      screen.getByRole('region', { name: /^في مكتبتك من قبل: لن يُضاف مرة أخرى/ }),
    ).toHaveTextContent('؛ يُضاف إليه تظليلان');
    expect(screen.getByRole('region', { name: 'متروك، ولماذا' })).toHaveTextContent(
      'ملف محتواه غير موجود في التصدير',
    );
  });
});
