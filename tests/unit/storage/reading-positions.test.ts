import { describe, expect, it } from 'vitest';
import {
  loadReadingPositions,
  readingPositionKey,
  saveReadingPositions,
} from '../../../src/storage/reading-positions';
import type { SettingsBackend } from '../../../src/storage/settings-storage';

function memoryBackend(): SettingsBackend & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('reading positions for backup and restore', () => {
  it('saves restored positions under the reader’s keys and loads back those that exist', () => {
    const backend = memoryBackend();
    const position = { blockId: 'b3', offset: 120, fraction: 0.5 };
    expect(saveReadingPositions({ doc: position }, backend)).toBe(1);
    expect(backend.items.has(readingPositionKey('doc'))).toBe(true);
    expect(loadReadingPositions(['doc', 'absent'], backend)).toEqual({ doc: position });
  });

  it('writes nothing and says so when storage is unavailable', () => {
    expect(saveReadingPositions({ doc: { blockId: 'b1', offset: 0, fraction: 0 } }, null)).toBe(0);
    expect(loadReadingPositions(['doc'], null)).toEqual({});
  });
});
