import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnotationActionsProvider } from '../annotations/use-annotation-actions';
import { articleQueryOptions } from '../document/article-query';
import { ArticleStatus } from '../document/ArticleStatus';
import { isUiLanguage } from '../i18n/languages';
import { AppHeader } from './AppHeader';
import { useArticleSource } from './article-source-context';
import { Reader } from './Reader';
import { ReadingProgress } from './ReadingProgress';
import { useAppReady } from './use-app-ready';

/** The app: header, then the reader once the article has loaded (or its loading/error state). */
export function App() {
  const { t, i18n } = useTranslation();
  const article = useQuery(articleQueryOptions(useArticleSource()));
  const headline = article.data?.meta.headline[isUiLanguage(i18n.language) ? i18n.language : 'ar'];
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
            <ArticleStatus error={article.error} onRetry={() => void article.refetch()} />
          </main>
        </div>
      )}
    </>
  );
}
