import { readdirSync, readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import type { IndexedDbDeps } from '../../../src/storage/db';
import { QariDb } from '../../../src/storage/db';
import type { SchemaVersion } from '../../../src/storage/schema-history';

/** A database as one released schema version wrote it: `tests/fixtures/db/v<N>.json`. */
export interface DbFixture {
  description: string;
  version: number;
  /** Dexie store definitions of that version, copied when it was released. */
  stores: Record<string, string | null>;
  /** Every row of every table, as stored. */
  tables: Record<string, unknown[]>;
}

const fixturesDir = new URL('../../fixtures/db/', import.meta.url);

/** Every fixture under `tests/fixtures/db/`, oldest version first. */
export function loadFixtures(): DbFixture[] {
  return readdirSync(fixturesDir)
    .filter((file) => /^v\d+\.json$/.test(file))
    .map((file) => JSON.parse(readFileSync(new URL(file, fixturesDir), 'utf8')) as DbFixture)
    .sort((a, b) => a.version - b.version);
}

/** What an upgraded database holds: every table's rows, its native version and its indexes. */
export interface UpgradedDb {
  /** The database's name, unique per call. */
  name: string;
  tables: Record<string, unknown[]>;
  nativeVersion: number;
  /** Index names per table as IndexedDB has them, and as the schema declares them. */
  installedIndexes: Record<string, string[]>;
  declaredIndexes: Record<string, string[]>;
}

/**
 * Writes `fixture` into a database created with the fixture's own schema (not today's code),
 * closes it, then opens it with `history` (today's schema by default) and reads everything back.
 */
export async function upgradeFixture(
  fixture: DbFixture,
  deps: IndexedDbDeps,
  history?: readonly SchemaVersion[],
): Promise<UpgradedDb> {
  const name = `qari-upgrade-${fixture.version}-${crypto.randomUUID()}`;
  const old = new Dexie(name, { ...deps });
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables))
      await old.table(table).bulkAdd(rows);
  });
  old.close();

  const current = new QariDb({ name, deps, ...(history ? { history } : {}) });
  await current.open();
  const idb = current.backendDB();
  const upgraded: UpgradedDb = {
    name,
    tables: {},
    nativeVersion: idb.version,
    installedIndexes: {},
    declaredIndexes: {},
  };
  for (const table of current.tables) {
    upgraded.tables[table.name] = await table.toArray();
    const store = idb.transaction(table.name, 'readonly').objectStore(table.name);
    upgraded.installedIndexes[table.name] = [...store.indexNames].sort();
    upgraded.declaredIndexes[table.name] = table.schema.indexes.map((index) => index.name).sort();
  }
  current.close();
  return upgraded;
}
