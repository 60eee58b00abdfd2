import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, vi } from 'vitest';
import { annotationsKey, useAnnotations } from '../../src/annotations/annotation-queries';
import { AnnotationStoreProvider } from '../../src/annotations/AnnotationStoreProvider';
import { createQueryClient } from '../../src/app/query-client';
import type { ArticleDocument } from '../../src/document/article-document';
import { createI18n } from '../../src/i18n/init-i18n';
import type { UiLanguage } from '../../src/i18n/languages';
import { applyDocumentLanguage } from '../../src/i18n/document-language';
import type { AnnotationRecord } from '../../src/storage/annotation-record';
import type { AnnotationStore } from '../../src/storage/annotation-store';
import { openStore } from '../../src/storage/open-store';
import { NoticeProvider } from '../../src/ui/NoticeProvider';
import { seedArticle } from '../seed-article';
import { storeRecords } from './annotation-fixtures';

/** The real article, parsed once. */
export const doc: ArticleDocument = seedArticle();

let databases = 0;

/** A fresh fake-indexeddb database name. */
export function freshDatabase(): string {
  databases += 1;
  return `qari-export-test-${databases}-${Math.random().toString(36).slice(2)}`;
}

/** What is stored in `database` now, sorted by id (opens a second connection, as a tab would). */
export async function storedIn(database: string): Promise<AnnotationRecord[]> {
  const { store } = await openStore({ name: database });
  try {
    return (await store.listAnnotations(doc.meta.id)).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    store.close();
  }
}

/** Runs `work` on a second connection to `database`. */
export async function withStore<T>(database: string, work: (store: AnnotationStore) => Promise<T>) {
  const { store } = await openStore({ name: database });
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

interface RenderOptions {
  records?: AnnotationRecord[];
  language?: UiLanguage;
  database?: string;
  /** Replaces the opened store, e.g. with one whose writes fail. */
  wrapStore?: (store: AnnotationStore) => AnnotationStore;
}

/**
 * Stores `records`, then renders `ui(records from the cache)` inside the app's providers: a fresh
 * QueryClient, i18n in `language`, notices and the annotation store on a fresh database.
 */
export async function renderWithStore(
  ui: (records: AnnotationRecord[]) => ReactNode,
  { records = [], language = 'en', database = freshDatabase(), wrapStore }: RenderOptions = {},
) {
  await storeRecords(database, records);
  applyDocumentLanguage(language);
  const queryClient = createQueryClient();
  function FromCache() {
    const query = useAnnotations(doc.meta.id);
    return <>{ui(query.data ?? [])}</>;
  }
  const open = async () => {
    const opened = await openStore({ name: database });
    return wrapStore ? { ...opened, store: wrapStore(opened.store) } : opened;
  };
  const view = render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={createI18n(language)}>
        <NoticeProvider>
          <AnnotationStoreProvider open={open}>
            <FromCache />
          </AnnotationStoreProvider>
        </NoticeProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  const result = { ...view, database, queryClient, waitForCache };
  // Settle the first read so later cache updates come only from what a test does.
  await waitForCache((records) => records !== undefined);
  return result;

  /** Waits until the annotation cache satisfies `ready` (e.g. after a write from another connection). */
  async function waitForCache(ready: (records: AnnotationRecord[] | undefined) => boolean) {
    await waitFor(() => {
      // The query of the open store: the one before it opened stays pending, without data.
      const [latest] = queryClient
        .getQueryCache()
        .findAll({
          queryKey: annotationsKey(doc.meta.id),
          predicate: (q) => q.state.status === 'success',
        })
        .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
      const records = latest?.state.data as AnnotationRecord[] | undefined;
      expect(queryClient.isFetching() === 0 && ready(records)).toBe(true);
    });
  }
}

/** One file the app offered for download. */
export interface Download {
  fileName: string;
  blob: Blob;
}

/** Intercepts downloads (object URL + anchor click); restore with `vi.restoreAllMocks()`. */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:qari/${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}

/** The text of a downloaded file, byte-order mark kept. */
export async function textOf(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

/** The counts the import dialog shows, by label. */
export function dialogCounts(dialog: HTMLElement): Record<string, string | null | undefined> {
  const terms = within(dialog).getAllByRole('term');
  const values = within(dialog).getAllByRole('definition');
  return Object.fromEntries(terms.map((term, i) => [term.textContent, values[i]?.textContent]));
}

/** Waits until `message` shows inside an `alert` region. */
export async function findAlert(message: string): Promise<void> {
  await waitFor(() => {
    const alerts = screen.queryAllByRole('alert');
    expect(alerts.some((alert) => within(alert).queryByText(message))).toBe(true);
  });
}
