import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { createI18n } from '../../src/i18n/init-i18n';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import type { UiLanguage } from '../../src/i18n/languages';
import { libraryItem } from '../library-item';
import type { LibraryItem } from '../../src/library/library-item';
import {
  LibraryView,
  type LibraryActions,
  type LibraryViewProps,
} from '../../src/library/LibraryView';

/** The built-in article, an Arabic article and an English one, as the library lists them. */
export const items: LibraryItem[] = [
  libraryItem({
    id: 'tass-ar-2022-02-09-csto-zas',
    title: 'زاس: تكثيف النشاط العسكري للناتو قرب حدود المنظمة',
    source: 'تاس',
    published: '2022-02-09',
    addedAt: Date.UTC(2026, 0, 1),
    lastOpenedAt: Date.UTC(2026, 11, 1),
    progress: 0.42,
    highlightCount: 3,
    builtIn: true,
  }),
  libraryItem({
    id: 'gaza',
    title: 'مُسْتَشْفَى غزة تحت الحصار',
    source: 'example.com',
    addedAt: Date.UTC(2026, 10, 1),
    lastOpenedAt: Date.UTC(2026, 11, 3),
    highlightCount: 1,
  }),
  libraryItem({
    id: 'climate',
    title: 'Climate talks stall in Bonn',
    language: 'en',
    direction: 'ltr',
    source: 'Reuters',
    published: '2024-06-13',
    addedAt: Date.UTC(2026, 11, 2),
  }),
];

/** Renders the library in `language` with spies for every callback. */
export function renderLibrary(language: UiLanguage = 'en', props: Partial<LibraryViewProps> = {}) {
  applyDocumentLanguage(language);
  const callbacks = {
    onOpen: vi.fn(),
    onDelete: vi.fn(),
    onRestore: vi.fn(),
    onDeleteForGood: vi.fn(),
    onSave: vi.fn<LibraryActions['onSave']>(() =>
      Promise.resolve({ kind: 'saved', id: 'new' } as const),
    ),
    describeSaveError: vi.fn(() => 'The storage is full.'),
  };
  const { onOpen, ...actions } = callbacks;
  const view = render(
    <I18nextProvider i18n={createI18n(language)}>
      <LibraryView
        items={items}
        trashed={[]}
        documentHref={(id) => `/reader/?doc=${id}`}
        onOpen={onOpen}
        actions={actions}
        {...props}
      />
    </I18nextProvider>,
  );
  return { ...view, ...callbacks };
}
