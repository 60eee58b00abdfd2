import { Dexie } from 'dexie';
import type { Table } from 'dexie';
import type { AnnotationRecord } from './annotation-record';
import type { DocumentRecord, DocumentTextRecord } from './document-record';
import type { SchemaVersion } from './schema-history';
import type { DismissedProposal, TimelineEventRecord } from './timeline-event-record';
import { declareSchema, SCHEMA_HISTORY } from './schema-history';
import { DB_NAME } from './db-name';

export { DB_NAME } from './db-name';

/** A row of the `meta` table: one named, structured-cloneable value. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/** The IndexedDB implementation to use; the browser's globals by default. */
export interface IndexedDbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Options for {@link QariDb}; tests pass a fresh fake-indexeddb factory for isolation. */
export interface QariDbOptions {
  name?: string;
  deps?: IndexedDbDeps;
  /** Defaults to every released version; the upgrade tests pass an older prefix. */
  history?: readonly SchemaVersion[];
}

/** The Dexie database. Not opened by the constructor: Dexie opens it on first use or `open()`. */
export class QariDb extends Dexie {
  declare annotations: Table<AnnotationRecord, string>;
  declare meta: Table<MetaEntry, string>;
  declare documents: Table<DocumentRecord, string>;
  declare documentTexts: Table<DocumentTextRecord, string>;
  declare timelineEvents: Table<TimelineEventRecord, string>;
  declare dismissedProposals: Table<DismissedProposal, [string, string]>;

  constructor(options: QariDbOptions = {}) {
    // 'immutable': liveQuery hands over the records Dexie's cache holds instead of a deep copy
    // of the whole list on every delivery (20,000 records cost 40-70 ms and their garbage).
    // Nothing in the app mutates a record; the one array sorted is copied first (repository).
    super(options.name ?? DB_NAME, { ...options.deps, cache: 'immutable' });
    if (options.deps && !Dexie.dependencies.indexedDB) {
      // liveQuery silently never runs its query when Dexie found no global indexedDB at load
      // time (it checks `Dexie.dependencies.indexedDB`, not this database's own factory). That
      // is the case in Node; a browser always has the global, so this only fills a gap.
      Dexie.dependencies.indexedDB = options.deps.indexedDB;
      Dexie.dependencies.IDBKeyRange = options.deps.IDBKeyRange;
    }
    declareSchema(this, options.history ?? SCHEMA_HISTORY);
  }
}
