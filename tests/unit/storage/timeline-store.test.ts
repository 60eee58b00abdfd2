import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/anchoring/describe';
import { liveFeed } from '../../../src/storage/change-feed';
import { QariDb } from '../../../src/storage/db';
import { createDexieDocumentStore } from '../../../src/storage/dexie-document-backend';
import { createDexieTimelineStore } from '../../../src/storage/dexie-timeline-backend';
import { createMemoryTimelineStore } from '../../../src/storage/memory-timeline-backend';
import type { TimelineEventRecord } from '../../../src/storage/timeline-event-record';
import type { TimelineStore } from '../../../src/storage/timeline-store';
import { fixedNow, freshDeps, rejection, sleep, uniqueName, waitFor } from './test-stores';

const TEXT = 'On 2 March 2024 the river rose.\nRoads closed on Monday.';

function makeEvent(overrides: Partial<TimelineEventRecord> = {}): TimelineEventRecord {
  const start = TEXT.indexOf('the river rose');
  return {
    id: crypto.randomUUID(),
    documentId: 'doc-a',
    title: 'The river rose',
    date: {
      value: '2024-03-02',
      precision: 'day',
      calendar: 'gregorian',
      original: '2 March 2024',
    },
    target: describeRange({ start, end: start + 'the river rose'.length }, TEXT),
    status: 'accepted',
    proposalId: 'proposed-3-15',
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const kinds: [string, (now?: () => Date) => TimelineStore][] = [
  [
    'indexeddb',
    (now = fixedNow()) =>
      createDexieTimelineStore(new QariDb({ name: uniqueName(), deps: freshDeps() }), { now }),
  ],
  ['memory', (now = fixedNow()) => createMemoryTimelineStore({ now })],
];

const BAD_EVENTS: [string, Partial<TimelineEventRecord>][] = [
  ['an id that is no UUID', { id: 'event-1' }],
  ['no document', { documentId: '' }],
  ['a blank title', { title: '   ' }],
  [
    'a date of the wrong shape',
    { date: { value: '2024-3-2', precision: 'day', calendar: 'gregorian', original: '' } },
  ],
  [
    'an unknown calendar',
    { date: { value: '2024', precision: 'year', calendar: 'julian' as 'hijri', original: '' } },
  ],
  ['an unknown status', { status: 'proposed' as 'added' }],
  [
    'an empty quote',
    { target: { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } } },
  ],
  ['a time that is not ISO', { created: '2024-01-01' }],
];

describe.each(kinds)('the timeline store on %s', (_kind, make) => {
  it('keeps an event with its date, selectors and status, listed by document', async () => {
    const store = make();
    const event = makeEvent({ title: '  The river rose  ' });
    const stored = await store.addEvent(event);
    expect(stored).toEqual({ ...event, title: 'The river rose' });
    await store.addEvent(makeEvent({ documentId: 'doc-b' }));
    expect(await store.listEvents('doc-a')).toEqual([stored]);
    expect(await store.listEvents('absent')).toEqual([]);
  });

  it('refuses a second event with the same id and leaves the first', async () => {
    const store = make();
    const event = await store.addEvent(makeEvent());
    expect((await rejection(store.addEvent({ ...event, title: 'Other' }))).code).toBe('invalid');
    expect(await store.listEvents('doc-a')).toEqual([event]);
  });

  it.each(BAD_EVENTS)('refuses an event with %s and writes nothing', async (_case, bad) => {
    const store = make();
    expect((await rejection(store.addEvent(makeEvent(bad)))).code).toBe('invalid');
    expect(await store.listEvents('doc-a')).toEqual([]);
  });

  it('edits the title and date, stamping modified', async () => {
    const store = make(fixedNow(5000));
    const event = await store.addEvent(makeEvent());
    const date = {
      value: '2024-03',
      precision: 'month',
      calendar: 'gregorian',
      original: '2024-03',
    } as const;
    const edited = await store.updateEvent(event.id, { title: 'Flood', date });
    expect(edited).toEqual({
      ...event,
      title: 'Flood',
      date,
      modified: '2024-01-01T00:00:05.000Z',
    });
    expect(await store.listEvents('doc-a')).toEqual([edited]);
    expect(await store.updateEvent(crypto.randomUUID(), { title: 'x' })).toBeNull();
    expect((await rejection(store.updateEvent(event.id, { title: '' }))).code).toBe('invalid');
    expect(await store.listEvents('doc-a')).toEqual([edited]);
  });

  it('deletes an event for good', async () => {
    const store = make();
    const event = await store.addEvent(makeEvent());
    expect(await store.deleteEvent(event.id)).toBe(true);
    expect(await store.deleteEvent(event.id)).toBe(false);
    expect(await store.listEvents('doc-a')).toEqual([]);
  });

  it('keeps a dismissal once per document and proposal, and restores it', async () => {
    const store = make();
    const first = await store.dismissProposal('doc-a', 'proposed-3-15');
    expect(first).toEqual({
      documentId: 'doc-a',
      proposalId: 'proposed-3-15',
      dismissed: '2024-01-01T00:00:00.000Z',
    });
    expect(await store.dismissProposal('doc-a', 'proposed-3-15')).toEqual(first);
    await store.dismissProposal('doc-b', 'proposed-3-15');
    expect(await store.listDismissed('doc-a')).toEqual([first]);
    expect(await store.restoreProposal('doc-a', 'proposed-3-15')).toBe(true);
    expect(await store.restoreProposal('doc-a', 'proposed-3-15')).toBe(false);
    expect(await store.listDismissed('doc-a')).toEqual([]);
    expect(await store.listDismissed('doc-b')).toHaveLength(1);
  });

  it('takes a proposal out of the dismissed ones when it is accepted', async () => {
    const store = make();
    await store.dismissProposal('doc-a', 'proposed-3-15');
    await store.addEvent(makeEvent({ proposalId: 'proposed-3-15' }));
    expect(await store.listDismissed('doc-a')).toEqual([]);
  });
});

describe('the timeline store on the library’s database', () => {
  it('keeps events and dismissals across connections, as after a reload', async () => {
    const deps = freshDeps();
    const name = uniqueName();
    const first = new QariDb({ name, deps });
    const event = await createDexieTimelineStore(first).addEvent(makeEvent());
    await createDexieTimelineStore(first).dismissProposal('doc-a', 'proposed-20-26');
    first.close();
    const again = createDexieTimelineStore(new QariDb({ name, deps }));
    expect(await again.listEvents('doc-a')).toEqual([event]);
    expect((await again.listDismissed('doc-a')).map((d) => d.proposalId)).toEqual([
      'proposed-20-26',
    ]);
  });

  it('goes with its document when the document is purged from the Trash', async () => {
    const db = new QariDb({ name: uniqueName(), deps: freshDeps() });
    const documents = createDexieDocumentStore(db);
    const timeline = createDexieTimelineStore(db);
    await documents.addDocument({
      meta: {
        id: 'doc-a',
        title: 'Floods',
        source: 'urn:test:doc-a',
        siteName: null,
        author: null,
        published: null,
        added: '2024-01-01T00:00:00.000Z',
        modified: '2024-01-01T00:00:00.000Z',
        shortName: 'floods',
        builtIn: false,
        language: 'en',
        direction: 'ltr',
        translations: {},
      },
      blocks: TEXT.split('\n').map((text, i, all) => {
        const start = all.slice(0, i).reduce((sum, line) => sum + line.length + 1, 0);
        return {
          id: `b${i + 1}`,
          kind: 'paragraph',
          text,
          start,
          end: start + text.length,
          line: i + 1,
        };
      }),
      text: TEXT,
    });
    await timeline.addEvent(makeEvent());
    await timeline.dismissProposal('doc-a', 'proposed-20-26');
    await documents.trashDocument('doc-a');
    expect(await timeline.listEvents('doc-a')).toHaveLength(1);
    await documents.purgeDocument('doc-a');
    expect(await timeline.listEvents('doc-a')).toEqual([]);
    expect(await timeline.listDismissed('doc-a')).toEqual([]);
    db.close();
  });
});

describe('timeline store: another tab’s changes', () => {
  it('wakes a watcher on another connection to the same database, for its document only', async () => {
    const name = uniqueName();
    const deps = freshDeps();
    const writer = createDexieTimelineStore(new QariDb({ name, deps }), { now: fixedNow() });
    const reader = createDexieTimelineStore(
      new QariDb({ name, deps }),
      { now: fixedNow() },
      liveFeed,
    );
    let calls = 0;
    let others = 0;
    const stop = reader.watch('doc-a', () => calls++);
    const stopOther = reader.watch('doc-b', () => others++);
    await waitFor(() => calls >= 1 && others >= 1, 1000);
    const base = { calls, others };
    const event = makeEvent();
    await writer.addEvent(event);
    await waitFor(() => calls >= base.calls + 1, 1000);
    expect(await reader.listEvents('doc-a')).toEqual([event]);
    await writer.dismissProposal('doc-a', 'proposed-9-20');
    await waitFor(() => calls >= base.calls + 2, 1000);
    await sleep(50);
    expect(others).toBe(base.others);
    stop();
    stopOther();
    await writer.updateEvent(event.id, { title: 'Renamed' });
    await sleep(100);
    expect(calls).toBeLessThanOrEqual(base.calls + 2);
  });

  it('has nothing to watch in memory (one tab)', () => {
    const store = createMemoryTimelineStore({ now: fixedNow() });
    let calls = 0;
    const stop = store.watch('doc-a', () => calls++);
    stop();
    expect(calls).toBe(0);
  });
});
