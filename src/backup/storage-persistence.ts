/** Whether the browser has promised to keep this site's data (StorageManager.persisted). */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported' | 'unknown';

/** Meta key remembering that persistence was asked for once (a boolean). */
export const PERSIST_REQUESTED_META = 'persistRequested';

/** The part of `navigator.storage` used here; absent in insecure contexts and old browsers. */
export interface PersistenceApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** The part of the annotation store used here. */
export interface MetaAccess {
  getMeta<T>(key: string, guard: (value: unknown) => value is T): Promise<T | null>;
  setMeta(key: string, value: unknown): Promise<void>;
}

/** What {@link requestPersistenceOnce} did. */
export type PersistRequestOutcome =
  'granted' | 'denied' | 'already-persisted' | 'already-requested' | 'unsupported';

function isTrue(value: unknown): value is true {
  return value === true;
}

/**
 * Asks the browser whether it keeps our data. `unsupported` without the API; `unknown` when the
 * call fails (some browsers reject in private windows). Never rejects.
 */
export async function readPersistence(api: PersistenceApi | undefined): Promise<PersistenceState> {
  if (typeof api?.persisted !== 'function') return 'unsupported';
  try {
    return (await api.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unknown';
  }
}

/**
 * Asks the browser once per database to keep our data (`navigator.storage.persist()`): Firefox
 * may show a prompt, so it is never asked again once `persistRequested` is stored, nor when the
 * data is already persisted. Rejects only when the meta store does (a StorageError).
 */
export async function requestPersistenceOnce(
  api: PersistenceApi | undefined,
  meta: MetaAccess,
): Promise<PersistRequestOutcome> {
  if (typeof api?.persist !== 'function') return 'unsupported';
  if (await meta.getMeta(PERSIST_REQUESTED_META, isTrue)) return 'already-requested';
  // Stored before asking: two tabs that both see the first highlight ask at most once each.
  await meta.setMeta(PERSIST_REQUESTED_META, true);
  if ((await readPersistence(api)) === 'persisted') return 'already-persisted';
  try {
    return (await api.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
