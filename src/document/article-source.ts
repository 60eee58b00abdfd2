import metaUrl from '../../seeds/csto-zas-2022-02-09.meta.json?url';
import textUrl from '../../seeds/csto-zas-2022-02-09.ar.txt?url';
import timelineUrl from '../../seeds/csto-zas-2022-02-09.timeline.json?url';
import { ArticleFailure } from './document-failure';
import type { DocumentSource } from './document-source';
import { parseArticle } from './parse-article';

/** Where a seed article's files come from (text, metadata, timeline); tests pass their own. */
export interface ArticleSource {
  /** Stable key for the query cache. */
  key: string;
  loadText(): Promise<string>;
  /** Returns the metadata file's JSON, unvalidated; rejects when it is not JSON. */
  loadMeta(): Promise<unknown>;
  /** Returns the timeline file's JSON, unvalidated; rejects when it is missing or not JSON. */
  loadTimeline(): Promise<unknown>;
}

/** Why loading failed before parsing could start; the UI translates the code. */
export type ArticleLoadErrorCode =
  'seed-missing' | 'meta-missing' | 'meta-invalid' | 'timeline-missing' | 'timeline-invalid';

/** A failure to fetch or read one of the article's files. */
export class ArticleLoadError extends Error {
  constructor(readonly code: ArticleLoadErrorCode) {
    super(code);
    this.name = 'ArticleLoadError';
  }
}

/** The bundled seed article, fetched as static assets (precached for offline use). */
export const bundledArticleSource: ArticleSource = {
  key: 'csto-zas-2022-02-09',
  async loadText() {
    const response = await fetch(textUrl).catch(() => null);
    if (!response?.ok) throw new ArticleLoadError('seed-missing');
    return response.text();
  },
  loadMeta: () => fetchJson(metaUrl, 'meta-missing', 'meta-invalid'),
  loadTimeline: () => fetchJson(timelineUrl, 'timeline-missing', 'timeline-invalid'),
};

async function fetchJson(
  url: string,
  missing: ArticleLoadErrorCode,
  invalid: ArticleLoadErrorCode,
): Promise<unknown> {
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) throw new ArticleLoadError(missing);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ArticleLoadError(invalid);
  }
}

/**
 * A seed's files as a {@link DocumentSource}: it holds one document, parsed from the text and
 * metadata files; any other id is `not-found`. Its timeline is the seed's timeline file.
 */
export function seedDocumentSource(files: ArticleSource): DocumentSource {
  return {
    key: files.key,
    async loadDocument(id) {
      const [text, meta] = await Promise.all([files.loadText(), files.loadMeta()]);
      const result = parseArticle(text, meta);
      if (!result.ok) throw new ArticleFailure(result.error);
      if (result.document.meta.id !== id) throw new ArticleFailure('not-found');
      return result.document;
    },
    loadTimeline: () => files.loadTimeline(),
  };
}

/** The bundled article as a document source. */
export const bundledDocumentSource = seedDocumentSource(bundledArticleSource);
