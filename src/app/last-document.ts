import { isDocumentId } from './app-route';
import { loadSetting, saveSetting } from '../storage/settings-storage';

/** Where the id of the document open last is kept: read synchronously, before the store opens. */
export const LAST_DOCUMENT_KEY = 'qari.lastDocument';

/** The id of the document the reader had open last on this device, or null (a first visit). */
export function lastDocumentId(): string | null {
  return loadSetting(LAST_DOCUMENT_KEY, isDocumentId);
}

/** Remembers `id` as the document open last. Never throws. */
export function rememberLastDocument(id: string): void {
  saveSetting(LAST_DOCUMENT_KEY, id);
}
