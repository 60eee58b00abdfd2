import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleFailure } from '../../../src/document/document-failure';
import { documentQueryOptions } from '../../../src/document/document-query';
import {
  ArticleLoadError,
  bundledArticleSource,
  bundledDocumentSource,
  type ArticleLoadErrorCode,
} from '../../../src/document/article-source';
import { BUILT_IN_DOCUMENT_ID } from '../../../src/document/built-in-document';
import { createQueryClient } from '../../../src/app/query-client';
import { readSeedFile } from '../../seed-article';

// The bundled article is fetched as static files; what a reader sees when one is missing or
// broken depends on the codes this path gives (ArticleStatus translates them). Tested through
// the real `fetch` calls, with the global fetch stubbed.

type File = 'text' | 'meta' | 'timeline';

const SEED_FILES: Record<File, string> = {
  text: 'csto-zas-2022-02-09.ar.txt',
  meta: 'csto-zas-2022-02-09.meta.json',
  timeline: 'csto-zas-2022-02-09.timeline.json',
};

/** How the stubbed server answers for one file. */
type Reply = 'ok' | 404 | 500 | 'network-error' | { body: string };

/** The file a requested URL is for (by its name; the bundler may add a path and a hash). */
function fileOf(url: string): File {
  const found = (Object.keys(SEED_FILES) as File[]).find((f) =>
    url.includes(SEED_FILES[f].replace(/\.[^.]+$/, '')),
  );
  if (!found) throw new Error(`unexpected fetch: ${url}`);
  return found;
}

/** Stubs `fetch`: every seed file is served as on disk unless `replies` says otherwise. */
function serve(replies: Partial<Record<File, Reply>> = {}) {
  const fetch = vi.fn((input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    const file = fileOf(url);
    const reply = replies[file] ?? 'ok';
    if (reply === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
    if (typeof reply === 'number') {
      return Promise.resolve(new Response('Not here', { status: reply }));
    }
    const body = reply === 'ok' ? readSeedFile(SEED_FILES[file]) : reply.body;
    return Promise.resolve(new Response(body, { status: 200 }));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function loadError(load: () => Promise<unknown>): Promise<ArticleLoadErrorCode> {
  const error = await load().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArticleLoadError);
  return (error as ArticleLoadError).code;
}

const load: Record<File, () => Promise<unknown>> = {
  text: () => bundledArticleSource.loadText(),
  meta: () => bundledArticleSource.loadMeta(),
  timeline: () => bundledArticleSource.loadTimeline(),
};

describe('bundled article source: each file, each failure', () => {
  it.each([
    ['text', 404, 'seed-missing'],
    ['text', 500, 'seed-missing'],
    ['text', 'network-error', 'seed-missing'],
    ['meta', 404, 'meta-missing'],
    ['meta', 'network-error', 'meta-missing'],
    ['meta', { body: '{"id": "tass-ar-2022-02-09-csto-zas",' }, 'meta-invalid'],
    ['meta', { body: '' }, 'meta-invalid'],
    ['meta', { body: '<!doctype html><title>Not found</title>' }, 'meta-invalid'],
    ['timeline', 404, 'timeline-missing'],
    ['timeline', 'network-error', 'timeline-missing'],
    ['timeline', { body: '{"events": [' }, 'timeline-invalid'],
  ] as [File, Reply, ArticleLoadErrorCode][])('%s answered %j → %s', async (file, reply, code) => {
    const fetch = serve({ [file]: reply });
    expect(await loadError(load[file])).toBe(code);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fileOf(String(fetch.mock.calls[0]?.[0]))).toBe(file);
  });

  it('reads each file as delivered when the server has it', async () => {
    serve();
    expect(await bundledArticleSource.loadText()).toBe(readSeedFile(SEED_FILES.text));
    expect(await bundledArticleSource.loadMeta()).toEqual(
      JSON.parse(readSeedFile(SEED_FILES.meta)),
    );
    expect(await bundledArticleSource.loadTimeline()).toEqual(
      JSON.parse(readSeedFile(SEED_FILES.timeline)),
    );
  });
});

describe('the document query turns load failures into the codes the reader is shown', () => {
  const open = (id = BUILT_IN_DOCUMENT_ID) =>
    createQueryClient().fetchQuery(documentQueryOptions(bundledDocumentSource, id));

  it.each([
    ['the text is missing', { text: 404 }, 'seed-missing'],
    ['the network is down', { text: 'network-error', meta: 'network-error' }, 'seed-missing'],
    ['the metadata is missing', { meta: 404 }, 'meta-missing'],
    ['the metadata is not JSON', { meta: { body: 'nope' } }, 'meta-invalid'],
    ['the metadata is JSON of the wrong shape', { meta: { body: '{"id": 7}' } }, 'meta-invalid'],
  ] as [string, Partial<Record<File, Reply>>, string][])('%s → %s', async (_, replies, code) => {
    serve(replies);
    const error = await open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArticleFailure);
    expect((error as ArticleFailure).code).toBe(code);
  });

  it('opens the article whatever happens to the timeline file', async () => {
    serve({ timeline: 404 });
    const doc = await open();
    expect(doc.meta.id).toBe('tass-ar-2022-02-09-csto-zas');
    expect(doc.blocks.length).toBeGreaterThan(10);
  });

  it('says not-found for an id the source does not hold', async () => {
    serve();
    const error = await open('no-such-document').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArticleFailure);
    expect((error as ArticleFailure).code).toBe('not-found');
  });
});
