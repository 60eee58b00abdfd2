import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAnnotations } from '../annotations/annotation-queries';
import { articleQueryOptions } from '../document/article-query';
import { isUiLanguage } from '../i18n/languages';
import type { LibraryItem } from '../library/library-item';
import { readingProgress } from '../library/reading-progress';
import { loadSetting } from '../storage/settings-storage';
import { useArticleSource } from './article-source-context';
import { lastDocument } from './last-document';

/**
 * The documents the library lists, and those in its Trash. Today that is the built-in article:
 * its headline in the UI language, its publisher, its highlights (not in the Trash) and how far
 * the reader got. Null while it loads.
 */
export function useLibraryItems(): { items: LibraryItem[]; trashed: LibraryItem[] } | null {
  const { i18n } = useTranslation();
  const article = useQuery(articleQueryOptions(useArticleSource()));
  const annotations = useAnnotations(article.data?.meta.id ?? '');
  const doc = article.data;
  if (!doc) return null;
  const language = isUiLanguage(i18n.language) ? i18n.language : 'ar';
  const { meta } = doc;
  const last = lastDocument();
  const item: LibraryItem = {
    id: meta.id,
    title: meta.headline[language],
    source: meta.publisher[language],
    published: meta.published,
    language: language === 'en' ? 'en' : meta.language,
    direction: language === 'en' ? 'ltr' : 'rtl',
    addedAt: 0,
    lastOpenedAt: last?.id === meta.id ? last.openedAt : null,
    progress: readingProgress(loadSetting(`qari.position.${meta.id}`), doc.text.length),
    highlightCount: annotations.data?.filter((a) => a.deleted === null).length ?? 0,
    builtIn: true,
  };
  return { items: [item], trashed: [] };
}
