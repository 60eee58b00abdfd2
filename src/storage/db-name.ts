/** The app's IndexedDB database name (apart from `db.ts`, so reading it needs no Dexie). */
export const DB_NAME = 'qari';
