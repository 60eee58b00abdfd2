import { queryOptions } from '@tanstack/react-query';
import type { ArticleDocument } from './article-document';
import { ArticleLoadError, type ArticleSource } from './article-source';
import { parseArticle, type ArticleErrorCode } from './parse-article';
import type { ArticleLoadErrorCode } from './article-source';

/** Every reason the article can fail to open. */
export type ArticleFailureCode =
  | ArticleErrorCode
  | Exclude<ArticleLoadErrorCode, 'timeline-missing' | 'timeline-invalid'>
  | 'unknown';

/** Thrown by the article query; carries a code the error view translates. */
export class ArticleFailure extends Error {
  constructor(readonly code: ArticleFailureCode) {
    super(code);
    this.name = 'ArticleFailure';
  }
}

/** Query for the parsed article. The files never change while the app runs. */
export function articleQueryOptions(source: ArticleSource) {
  return queryOptions({
    // The key hashes as JSON, so only the source's `key` (not its functions) identifies it.
    queryKey: ['article', source],
    queryFn: () => loadArticle(source),
    staleTime: Infinity,
    retry: false,
  });
}

async function loadArticle(source: ArticleSource): Promise<ArticleDocument> {
  try {
    const [text, meta] = await Promise.all([source.loadText(), source.loadMeta()]);
    const result = parseArticle(text, meta);
    if (!result.ok) throw new ArticleFailure(result.error);
    return result.document;
  } catch (error) {
    if (error instanceof ArticleFailure) throw error;
    if (error instanceof ArticleLoadError && !error.code.startsWith('timeline')) {
      throw new ArticleFailure(error.code as ArticleFailureCode);
    }
    throw new ArticleFailure('unknown');
  }
}
