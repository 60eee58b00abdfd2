import metaUrl from '../../seeds/csto-zas-2022-02-09.meta.json?url';
import textUrl from '../../seeds/csto-zas-2022-02-09.ar.txt?url';
import timelineUrl from '../../seeds/csto-zas-2022-02-09.timeline.json?url';

/** Where the article's two files come from; tests pass their own. */
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
