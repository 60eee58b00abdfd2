import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AnnotationRecord } from '../../src/storage/annotation-record';

/** Every annotation in the app's IndexedDB, read through a raw connection, sorted by id. */
export async function storedAnnotations(page: Page): Promise<AnnotationRecord[]> {
  const rows = await page.evaluate(async () => {
    const open = indexedDB.open('qari');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const request = db.transaction('annotations').objectStore('annotations').getAll();
    const all = await new Promise<unknown[]>((resolve) => {
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    db.close();
    return all;
  });
  return (rows as AnnotationRecord[]).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Writes records straight into the app's IndexedDB (the app must have created it), as an
 * earlier visit, another tab or an older version of the app would have left them.
 */
export async function putAnnotations(page: Page, records: readonly unknown[]): Promise<void> {
  await page.evaluate(async (records) => {
    const open = indexedDB.open('qari');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const tx = db.transaction('annotations', 'readwrite');
    for (const record of records) tx.objectStore('annotations').put(record);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, records);
}

/** Empties the app's annotation store, as a reader clearing the site's data would. */
export async function clearAnnotations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const open = indexedDB.open('qari');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const tx = db.transaction('annotations', 'readwrite');
    tx.objectStore('annotations').clear();
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
}

/**
 * Waits until the app's annotation store is open (it opens after the first paint): the import
 * control is enabled only then, and the database exists for the helpers above.
 */
export async function storeOpen(page: Page): Promise<void> {
  // By type, not by name: the page may be in either language.
  await expect.poll(() => page.locator('input[type="file"]').isEnabled()).toBe(true);
}
