import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnotationActionsProvider } from '../annotations/use-annotation-actions';
import { BUILT_IN_DOCUMENT_ID } from '../document/built-in-document';
import { titleIn } from '../document/document-meta';
import { documentQueryOptions } from '../document/document-query';
import { useDocumentSource } from '../document/use-document';
import { withLaterTranslations } from '../i18n/later-translations';
import { AppHeader } from './AppHeader';
import { Reader } from './Reader';
import { ReadingProgress } from './ReadingProgress';
import { useAppReady } from './use-app-ready';

// Loading and error states: a first visit hydrates the prerendered article and never shows them.
const ArticleStatus = lazy(() =>
  withLaterTranslations(import('../document/ArticleStatus')).then((m) => ({
    default: m.ArticleStatus,
  })),
);

/**
 * The app: header, then the reader once the document has loaded (or its loading/error state).
 * @param documentId the document to read; the built-in article by default
 */
export function App({ documentId = BUILT_IN_DOCUMENT_ID }: { documentId?: string }) {
  const { t, i18n } = useTranslation();
  const article = useQuery(documentQueryOptions(useDocumentSource(), documentId));
  const headline = article.data && titleIn(article.data.meta, i18n.language);
  // The tab, history and bookmarks speak the UI language; index.html's Arabic <title> covers
  // the first paint. The app name leads so the tab's visible start never changes.
  useEffect(() => {
    document.title = headline ? t('app.documentTitle', { headline }) : t('app.name');
  }, [headline, t]);
  const [headerSlot, setHeaderSlot] = useState<HTMLDivElement | null>(null);
  useAppReady();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToArticle')}
      </a>
      <AppHeader slotRef={setHeaderSlot} />
      <ReadingProgress targetId="article" />
      {article.data ? (
        <AnnotationActionsProvider documentId={article.data.meta.id}>
          <Reader doc={article.data} headerSlot={headerSlot} />
        </AnnotationActionsProvider>
      ) : (
        <div className="layout layout--single">
          <main id="main" className="layout__main" tabIndex={-1}>
            <Suspense fallback={null}>
              <ArticleStatus error={article.error} onRetry={() => void article.refetch()} />
            </Suspense>
          </main>
        </div>
      )}
    </>
  );
}
