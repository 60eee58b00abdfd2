/** The part of the Web Storage API these helpers use; `localStorage` by default. */
export type SettingsBackend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The page's localStorage, or null when there is none or touching it throws (Safari and
 * Firefox throw SecurityError on access when storage is blocked, e.g. in sandboxed frames).
 */
function defaultBackend(): SettingsBackend | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function pick(backend: SettingsBackend | null | undefined): SettingsBackend | null {
  return backend === undefined ? defaultBackend() : backend;
}

/**
 * Reads a JSON setting. Never throws: null when storage is unavailable, the key is absent, the
 * stored text is not JSON, or `guard` rejects the value. Without a guard the parsed value is
 * returned unchecked (`unknown`), for callers that validate it themselves.
 */
export function loadSetting(key: string): unknown;
export function loadSetting<T>(
  key: string,
  guard: (value: unknown) => value is T,
  backend?: SettingsBackend | null,
): T | null;
export function loadSetting<T>(
  key: string,
  guard?: (value: unknown) => value is T,
  backend?: SettingsBackend | null,
): unknown {
  try {
    const text = pick(backend)?.getItem(key);
    if (text === null || text === undefined) return null;
    const value: unknown = JSON.parse(text);
    return guard === undefined || guard(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Writes a setting as JSON. Never throws: false when storage is unavailable or full
 * (QuotaExceededError) or the value cannot be serialised; true when written.
 */
export function saveSetting(
  key: string,
  value: unknown,
  backend?: SettingsBackend | null,
): boolean {
  try {
    const text = JSON.stringify(value);
    const store = pick(backend);
    if (text === undefined || !store) return false;
    store.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Forgets a setting. Never throws: false when storage is unavailable or refuses. */
export function removeSetting(key: string, backend?: SettingsBackend | null): boolean {
  try {
    const store = pick(backend);
    if (!store) return false;
    store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
