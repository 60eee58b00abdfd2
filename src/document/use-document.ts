import { createContext, useContext } from 'react';
import type { ArticleDocument } from './article-document';
import { bundledDocumentSource } from './article-source';
import type { DocumentSource } from './document-source';

/** Where documents come from; the app provides its own, tests theirs. */
export const DocumentSourceContext = createContext<DocumentSource>(bundledDocumentSource);

/** The document source in effect. */
export function useDocumentSource(): DocumentSource {
  return useContext(DocumentSourceContext);
}

/** The document being read; the reader provides it around every feature. */
export const DocumentContext = createContext<ArticleDocument | null>(null);

/**
 * The document being read.
 * @throws Error outside a {@link DocumentContext} provider (a bug in the component tree)
 */
export function useDocument(): ArticleDocument {
  const doc = useContext(DocumentContext);
  if (!doc) throw new Error('useDocument outside a DocumentContext');
  return doc;
}
