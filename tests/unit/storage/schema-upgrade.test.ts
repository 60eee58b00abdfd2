import type { Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { QariDb } from '../../../src/storage/db';
import { createDexieStore } from '../../../src/storage/dexie-backend';
import { createDexieDocumentStore } from '../../../src/storage/dexie-document-backend';
import { createDexieTimelineStore } from '../../../src/storage/dexie-timeline-backend';
import type {
  DismissedProposal,
  TimelineEventRecord,
} from '../../../src/storage/timeline-event-record';
import { normalizeTimelineEvent } from '../../../src/storage/timeline-event-record';
import type { SchemaVersion } from '../../../src/storage/schema-history';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../src/storage/schema-history';
import { normalizeAnnotation } from '../../../src/storage/validate-annotation';
import { expectedAfterUpgrade } from './schema-upgrade-cases';
import type { DbFixture } from './upgrade-harness';
import { loadFixtures, upgradeFixture } from './upgrade-harness';
import { DOC_ID, freshDeps } from './test-stores';

const fixtures = loadFixtures();

/** Rows in primary-key order, so the comparison does not depend on insertion order. */
function byKey(rows: unknown[]): unknown[] {
  const key = (row: unknown) => {
    const fields = row as { id?: string; key?: string; documentId?: string; proposalId?: string };
    return fields.id ?? fields.key ?? `${fields.documentId ?? ''}|${fields.proposalId ?? ''}`;
  };
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('schema history', () => {
  it('numbers its versions 1, 2, 3… with no gap', () => {
    expect(SCHEMA_HISTORY.map((v) => v.version)).toEqual(
      SCHEMA_HISTORY.map((_, index) => index + 1),
    );
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_HISTORY.length);
  });

  it('has a fixture for every released version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(SCHEMA_HISTORY.map((v) => v.version));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))(
    'still declares version %i exactly as it was released',
    (_version, fixture) => {
      const released = SCHEMA_HISTORY.find((v) => v.version === fixture.version);
      expect(released?.stores).toEqual(fixture.stores);
    },
  );

  it('opens an empty database at the current version', async () => {
    const db = new QariDb({ name: `qari-${crypto.randomUUID()}`, deps: freshDeps() });
    await db.open();
    expect(db.backendDB().version).toBe(CURRENT_SCHEMA_VERSION * 10);
    db.close();
  });
});

describe.each(fixtures.map((f) => [f.version, f] as const))(
  'a database written by schema version %i',
  (_version, fixture) => {
    it('opens with the current schema with every record kept and upgraded', async () => {
      const upgraded = await upgradeFixture(fixture, freshDeps());
      expect(upgraded.nativeVersion).toBe(CURRENT_SCHEMA_VERSION * 10);
      const expected = expectedAfterUpgrade(fixture);
      expect(Object.keys(upgraded.tables).sort()).toEqual(Object.keys(expected).sort());
      for (const [table, rows] of Object.entries(expected)) {
        expect(byKey(upgraded.tables[table] ?? []), table).toEqual(byKey(rows));
      }
      expect(upgraded.installedIndexes).toEqual(upgraded.declaredIndexes);
    });

    it('holds only records today’s validation accepts unchanged', async () => {
      const upgraded = await upgradeFixture(fixture, freshDeps());
      for (const record of upgraded.tables.annotations ?? []) {
        expect(normalizeAnnotation(record)).toEqual(record);
      }
    });

    it('is readable through the store afterwards', async () => {
      const deps = freshDeps();
      const { name } = await upgradeFixture(fixture, deps);
      const store = createDexieStore(new QariDb({ name, deps }));
      const ofDocument = fixture.tables.annotations?.filter(
        (row) => (row as { documentId: string }).documentId === DOC_ID,
      );
      expect(await store.listAnnotations(DOC_ID)).toHaveLength(ofDocument?.length ?? -1);
      store.close();
    });

    it('keeps every timeline event and dismissal, readable through the timeline store', async () => {
      const deps = freshDeps();
      const { name } = await upgradeFixture(fixture, deps);
      const timeline = createDexieTimelineStore(new QariDb({ name, deps }));
      const events = (fixture.tables.timelineEvents ?? []) as TimelineEventRecord[];
      const dismissed = (fixture.tables.dismissedProposals ?? []) as DismissedProposal[];
      for (const documentId of ['added-english', 'added-arabic']) {
        expect(byKey(await timeline.listEvents(documentId))).toEqual(
          byKey(events.filter((e) => e.documentId === documentId)),
        );
        expect(byKey(await timeline.listDismissed(documentId))).toEqual(
          byKey(dismissed.filter((d) => d.documentId === documentId)),
        );
      }
      for (const event of events) expect(normalizeTimelineEvent(event)).toEqual(event);
    });

    it('keeps every highlight and note on the built-in article, which is in the library', async () => {
      const deps = freshDeps();
      const { name } = await upgradeFixture(fixture, deps);
      const db = new QariDb({ name, deps });
      const before = fixture.tables.annotations?.filter(
        (row) => (row as { documentId: string }).documentId === DOC_ID,
      );
      const after = await createDexieStore(db).listAnnotations(DOC_ID);
      expect(byKey(after)).toEqual(byKey(before ?? []));
      const row = await createDexieDocumentStore(db).touchDocument(DOC_ID);
      expect(row).toMatchObject({ id: DOC_ID, meta: null, deleted: null, hidden: false });
      expect(await createDexieStore(db).listAnnotations(DOC_ID)).toEqual(after);
      db.close();
    });
  },
);

describe('the upgrade harness itself', () => {
  // A made-up next version, to prove the harness applies upgrade functions and new indexes and
  // would catch a release that forgets them. It is not shipped.
  const upcaseTags = async (tx: Transaction) => {
    await tx
      .table('annotations')
      .toCollection()
      .modify((row: { tags: string[] }) => {
        row.tags = row.tags.map((tag) => tag.toUpperCase());
      });
  };
  const hypothetical: SchemaVersion[] = [
    ...SCHEMA_HISTORY,
    {
      version: CURRENT_SCHEMA_VERSION + 1,
      stores: { annotations: 'id, documentId, modified, *tags' },
      upgrade: upcaseTags,
    },
  ];

  it.each(fixtures.map((f) => [f.version, f] as const))(
    'runs a next version’s upgrade over the version %i fixture',
    async (_version, fixture: DbFixture) => {
      const upgraded = await upgradeFixture(fixture, freshDeps(), hypothetical);
      expect(upgraded.nativeVersion).toBe((CURRENT_SCHEMA_VERSION + 1) * 10);
      expect(upgraded.installedIndexes.annotations).toContain('tags');
      expect(upgraded.installedIndexes).toEqual(upgraded.declaredIndexes);
      const rows = upgraded.tables.annotations as { id: string; tags: string[] }[];
      const before = fixture.tables.annotations as { id: string; tags: string[] }[];
      expect(rows).toHaveLength(before.length);
      for (const row of before) {
        const after = rows.find((r) => r.id === row.id);
        expect(after?.tags).toEqual(row.tags.map((tag) => tag.toUpperCase()));
      }
      expect(byKey(upgraded.tables.meta ?? [])).toEqual(byKey(fixture.tables.meta ?? []));
    },
  );
});
