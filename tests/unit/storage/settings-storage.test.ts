import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SettingsBackend } from '../../../src/storage/settings-storage';
import { loadSetting, removeSetting, saveSetting } from '../../../src/storage/settings-storage';
import { roundTripCases, unreadableCases } from './settings-storage-cases';

/** A Map-backed Storage whose writes can be made to fail like a full disk. */
class FakeStorage implements SettingsBackend {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const throwing: SettingsBackend = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const accept = (_v: unknown): _v is unknown => true;

describe('settings storage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(roundTripCases)('round-trips %s', (_name, value, guard) => {
    const storage = new FakeStorage();
    expect(saveSetting('qari.test', value, storage)).toBe(true);
    expect(loadSetting('qari.test', (v): v is unknown => guard(v), storage)).toEqual(value);
  });

  it.each(unreadableCases)('reads %s as null', (_name, stored) => {
    const storage = new FakeStorage();
    storage.items.set('qari.test', stored);
    expect(loadSetting('qari.test', accept, storage)).toBeNull();
  });

  it('gives null for a missing key, or a value the guard rejects', () => {
    const storage = new FakeStorage();
    expect(loadSetting('qari.none', accept, storage)).toBeNull();
    saveSetting('qari.lang', 'fr', storage);
    expect(
      loadSetting('qari.lang', (v): v is 'ar' | 'en' => v === 'ar' || v === 'en', storage),
    ).toBeNull();
  });

  it('reports a full storage as false and keeps the old value', () => {
    const storage = new FakeStorage();
    saveSetting('qari.theme', 'light', storage);
    storage.full = true;
    expect(saveSetting('qari.theme', 'dark', storage)).toBe(false);
    expect(loadSetting('qari.theme', accept, storage)).toBe('light');
  });

  it('never throws when storage is missing or forbidden', () => {
    for (const backend of [null, throwing]) {
      expect(loadSetting('qari.theme', accept, backend)).toBeNull();
      expect(saveSetting('qari.theme', 'dark', backend)).toBe(false);
      expect(removeSetting('qari.theme', backend)).toBe(false);
    }
  });

  it('refuses values JSON cannot hold instead of throwing', () => {
    const storage = new FakeStorage();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(saveSetting('qari.x', cyclic, storage)).toBe(false);
    expect(saveSetting('qari.x', undefined, storage)).toBe(false);
    expect(saveSetting('qari.x', 10n, storage)).toBe(false);
    expect(storage.items.size).toBe(0);
  });

  it('removes a setting', () => {
    const storage = new FakeStorage();
    saveSetting('qari.theme', 'dark', storage);
    expect(removeSetting('qari.theme', storage)).toBe(true);
    expect(loadSetting('qari.theme', accept, storage)).toBeNull();
  });

  it('uses the global localStorage by default', () => {
    const storage = new FakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(saveSetting('qari.language', 'en')).toBe(true);
    expect(storage.items.get('qari.language')).toBe('"en"');
    expect(loadSetting('qari.language')).toBe('en');
  });

  it('survives a localStorage getter that throws (blocked storage)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      expect(loadSetting('qari.language')).toBeNull();
      expect(saveSetting('qari.language', 'en')).toBe(false);
      expect(removeSetting('qari.language')).toBe(false);
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('works without any localStorage global (Node, old workers)', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(loadSetting('qari.language')).toBeNull();
    expect(saveSetting('qari.language', 'en')).toBe(false);
  });
});
