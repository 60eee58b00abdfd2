import type { ArticleLoadErrorCode } from './article-source';
import type { ArticleErrorCode } from './parse-article';

/** Every reason a document can fail to open. */
export type ArticleFailureCode =
  | ArticleErrorCode
  | Exclude<ArticleLoadErrorCode, 'timeline-missing' | 'timeline-invalid'>
  | 'not-found'
  | 'unknown';

/** Why a document could not be opened; carries a code the error view translates. */
export class ArticleFailure extends Error {
  constructor(readonly code: ArticleFailureCode) {
    super(code);
    this.name = 'ArticleFailure';
  }
}
