import { queryOptions } from '@tanstack/react-query';
import type { ArticleDocument } from './article-document';
import { ArticleLoadError } from './article-source';
import { ArticleFailure, type ArticleFailureCode } from './document-failure';
import type { DocumentSource } from './document-source';

/** Query key of every document of `source`; one document's key extends it with its id. */
export function documentsKey(source: DocumentSource) {
  // The key hashes as JSON, so only the source's `key` (not its functions) identifies it.
  return ['document', source] as const;
}

/**
 * Query for one document, bundled or stored alike. Rejects with an {@link ArticleFailure}. A document's text never changes, so it is
 * never refetched; its metadata can, and whoever changes it invalidates {@link documentsKey}.
 */
export function documentQueryOptions(source: DocumentSource, id: string) {
  return queryOptions({
    queryKey: [...documentsKey(source), id] as const,
    queryFn: () => loadDocument(source, id),
    staleTime: Infinity,
    retry: false,
  });
}

async function loadDocument(source: DocumentSource, id: string): Promise<ArticleDocument> {
  try {
    return await source.loadDocument(id);
  } catch (error) {
    if (error instanceof ArticleFailure) throw error;
    if (error instanceof ArticleLoadError && !error.code.startsWith('timeline')) {
      throw new ArticleFailure(error.code as ArticleFailureCode);
    }
    throw new ArticleFailure('unknown');
  }
}
