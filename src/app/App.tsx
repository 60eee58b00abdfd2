import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleQueryOptions } from '../article/article-query';
import { ArticleStatus } from '../article/ArticleStatus';
import { ArticleView } from '../article/ArticleView';
import { AppHeader } from './AppHeader';
import { useArticleSource } from './article-source-context';
import { PanelTabs, type PanelId } from './PanelTabs';
import { ReadingProgress } from './ReadingProgress';
import { Sidebar } from './Sidebar';

/** The reader: header, article between the timeline and notes sidebars. */
export function App() {
  const { t } = useTranslation();
  const article = useQuery(articleQueryOptions(useArticleSource()));
  const [openPanel, setOpenPanel] = useState<PanelId | null>(null);
  const close = useCallback(() => setOpenPanel(null), []);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToArticle')}
      </a>
      <AppHeader />
      <ReadingProgress targetId="article" />
      <div className="layout">
        <main id="main" className="layout__main" tabIndex={-1}>
          {article.data ? (
            <ArticleView document={article.data} />
          ) : (
            <ArticleStatus error={article.error} onRetry={() => void article.refetch()} />
          )}
        </main>
        <Sidebar
          id="timeline"
          title={t('layout.timeline')}
          open={openPanel === 'timeline'}
          onClose={close}
        >
          <p className="sidebar__placeholder">{t('layout.timelinePlaceholder')}</p>
        </Sidebar>
        <Sidebar id="notes" title={t('layout.notes')} open={openPanel === 'notes'} onClose={close}>
          <p className="sidebar__placeholder">{t('layout.notesPlaceholder')}</p>
        </Sidebar>
      </div>
      <PanelTabs open={openPanel} onToggle={(id) => setOpenPanel((o) => (o === id ? null : id))} />
    </>
  );
}
