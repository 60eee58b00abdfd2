import { loadSetting, saveSetting } from '../storage/settings-storage';
import { BUILT_IN_DOCUMENT_ID } from '../document/built-in-document';
import { isDocumentId, parseRoute } from './app-route';

/** Where the document open last is kept: read synchronously, before the store opens. */
export const LAST_DOCUMENT_KEY = 'qari.lastDocument';

/** The document the reader opened last on this device, and when (milliseconds since the epoch). */
export interface LastDocument {
  id: string;
  openedAt: number;
}

function isLastDocument(value: unknown): value is LastDocument {
  if (typeof value !== 'object' || value === null) return false;
  const { id, openedAt } = value as Record<string, unknown>;
  return isDocumentId(id) && typeof openedAt === 'number' && Number.isFinite(openedAt);
}

/** The document open last, or null on a first visit (or when storage is unreadable). */
export function lastDocument(): LastDocument | null {
  return loadSetting(LAST_DOCUMENT_KEY, isLastDocument);
}

/**
 * The document a page at address query `search` opens: the one it names, else (the app's own
 * address) the one open last, else the built-in article; null for the library's pages.
 */
export function documentToOpen(search: string): string | null {
  const route = parseRoute(search);
  if (route.kind === 'document') return route.id;
  return route.kind === 'home' ? (lastDocument()?.id ?? BUILT_IN_DOCUMENT_ID) : null;
}

/**
 * When the built-in article was last opened (milliseconds since the epoch): an added one's
 * time is in its store row, but opening the built-in never loads the store's code.
 */
export const BUILT_IN_OPENED_KEY = 'qari.builtInOpened';

/** Remembers document `id` as opened now. Never throws. */
export function rememberLastDocument(id: string, now = Date.now()): void {
  saveSetting(LAST_DOCUMENT_KEY, { id, openedAt: now } satisfies LastDocument);
  if (id === BUILT_IN_DOCUMENT_ID) saveSetting(BUILT_IN_OPENED_KEY, now);
}

/** When the built-in article was last opened on this device, or null. */
export function builtInOpenedAt(): number | null {
  return loadSetting(BUILT_IN_OPENED_KEY, (v): v is number => typeof v === 'number' && v > 0);
}
