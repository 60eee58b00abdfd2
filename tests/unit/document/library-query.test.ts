import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { seedDocumentSource } from '../../../src/document/article-source';
import { BUILT_IN_DOCUMENT_ID } from '../../../src/document/built-in-document';
import { ArticleFailure } from '../../../src/document/document-failure';
import { documentQueryOptions } from '../../../src/document/document-query';
import { libraryDocumentSource, libraryQueryOptions } from '../../../src/document/library-query';
import { timelineQueryOptions } from '../../../src/timeline/timeline-query';
import { createMemoryDocumentStore } from '../../../src/storage/memory-document-backend';
import { seedMeta, seedText, seedTimeline } from '../../seed-article';
import { addedDocument } from '../storage/document-store-cases';

const bundled = seedDocumentSource({
  key: 'seed',
  loadText: () => Promise.resolve(seedText),
  loadMeta: () => Promise.resolve(seedMeta),
  loadTimeline: () => Promise.resolve(seedTimeline),
});

describe('the library as a document source', () => {
  it('opens the bundled article and an added document alike, through one query', async () => {
    const store = createMemoryDocumentStore();
    const added = addedDocument();
    await store.addDocument(added);
    const source = libraryDocumentSource(bundled, store);
    const client = new QueryClient();
    const builtIn = await client.fetchQuery(documentQueryOptions(source, BUILT_IN_DOCUMENT_ID));
    expect(builtIn.meta.builtIn).toBe(true);
    expect(await client.fetchQuery(documentQueryOptions(source, added.meta.id))).toEqual(added);
    expect(await client.fetchQuery(timelineQueryOptions(source, added.meta.id))).toBeNull();
    const timeline = await client.fetchQuery(timelineQueryOptions(source, BUILT_IN_DOCUMENT_ID));
    expect(timeline?.events.length).toBeGreaterThan(0);
  });

  it.each([
    ['an id the library does not hold', false],
    ['a document in the Trash', true],
  ])('says not-found for %s', async (_name, trashed) => {
    const store = createMemoryDocumentStore();
    const added = addedDocument();
    await store.addDocument(added);
    if (trashed) await store.trashDocument(added.meta.id);
    const id = trashed ? added.meta.id : 'absent';
    const failure = await new QueryClient()
      .fetchQuery(documentQueryOptions(libraryDocumentSource(bundled, store), id))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ArticleFailure);
    expect((failure as ArticleFailure).code).toBe('not-found');
  });

  it('lists the library once the store is open', async () => {
    const store = createMemoryDocumentStore();
    await store.addDocument(addedDocument());
    expect(libraryQueryOptions(null).enabled).toBe(false);
    const rows = await new QueryClient().fetchQuery(libraryQueryOptions(store));
    expect(rows).toHaveLength(1);
  });
});
