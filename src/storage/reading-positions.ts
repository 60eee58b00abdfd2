import type { SettingsBackend } from './settings-storage';
import { loadSetting, saveSetting } from './settings-storage';

/** The localStorage key of a document's reading position. */
export function readingPositionKey(documentId: string): string {
  return `qari.position.${documentId}`;
}

/** The stored reading positions (unchecked values) of the documents that have one, by id. */
export function loadReadingPositions(
  documentIds: readonly string[],
  backend?: SettingsBackend | null,
): Record<string, unknown> {
  const positions: Record<string, unknown> = {};
  for (const id of documentIds) {
    const value = loadSetting(readingPositionKey(id), (v): v is unknown => v !== null, backend);
    if (value !== null) positions[id] = value;
  }
  return positions;
}

/**
 * Writes restored reading positions. localStorage is not part of the database's transaction:
 * call this after the restore committed. Returns how many were written (never throws).
 */
export function saveReadingPositions(
  positions: Readonly<Record<string, unknown>>,
  backend?: SettingsBackend | null,
): number {
  let written = 0;
  for (const [id, position] of Object.entries(positions)) {
    if (saveSetting(readingPositionKey(id), position, backend)) written += 1;
  }
  return written;
}
