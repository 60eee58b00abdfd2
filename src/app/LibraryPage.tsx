import { useTranslation } from 'react-i18next';
import { useAnnotations } from '../annotations/annotation-queries';
import type { ArticleDocument } from '../document/article-document';
import type { LibraryItem } from '../library/library-item';
import { LibraryView } from '../library/LibraryView';
import { readingProgress } from '../library/reading-progress';
import type { LastDocument } from './last-document';

export interface LibraryPageProps {
  /** The built-in article, once loaded. */
  doc: ArticleDocument | undefined;
  /** The stored reading position of document `id`, unvalidated. */
  positionOf: (id: string) => unknown;
  lastOpened: LastDocument | null;
  documentHref: (id: string) => string;
  onOpen: (id: string) => void;
}

/**
 * The library as this build can hold it: the built-in article, read-only (the documents store
 * that lets a reader add, delete and restore articles is not in this build yet). A lazy chunk:
 * it imports nothing the first screen loads, so that screen's code is not split to share it.
 */
export function LibraryPage({
  doc,
  positionOf,
  lastOpened,
  documentHref,
  onOpen,
}: LibraryPageProps) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'ar';
  const annotations = useAnnotations(doc?.meta.id ?? '');
  const highlightCount = annotations.data?.filter((a) => a.deleted === null).length ?? 0;
  const items: LibraryItem[] = doc
    ? [
        {
          id: doc.meta.id,
          title: doc.meta.headline[language],
          source: doc.meta.publisher[language],
          published: doc.meta.published,
          // The English headline is a translation: it reads left to right.
          language,
          direction: language === 'en' ? 'ltr' : 'rtl',
          addedAt: 0,
          lastOpenedAt: lastOpened?.id === doc.meta.id ? lastOpened.openedAt : null,
          progress: readingProgress(positionOf(doc.meta.id), doc.text.length),
          highlightCount,
          builtIn: true,
        },
      ]
    : [];
  return (
    <LibraryView
      items={items}
      trashed={[]}
      documentHref={documentHref}
      onOpen={onOpen}
      actions={null}
    />
  );
}
