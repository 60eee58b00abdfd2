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
 * what it needs of the first screen's own modules comes as props.
 */
export function LibraryPage({
  doc,
  positionOf,
  lastOpened,
  documentHref,
  onOpen,
}: LibraryPageProps) {
  const { i18n } = useTranslation();
  const annotations = useAnnotations(doc?.meta.id ?? '');
  const items: LibraryItem[] = [];
  if (doc) {
    const { meta } = doc;
    const translation = meta.translations[i18n.language];
    items.push({
      id: meta.id,
      title: translation?.title ?? meta.title,
      source: translation?.siteName ?? meta.siteName,
      published: meta.published?.value ?? null,
      // A translated title is in the UI language, and reads its way.
      language: translation ? i18n.language : meta.language,
      direction: translation ? i18n.dir(i18n.language) : meta.direction,
      addedAt: Date.parse(meta.added),
      lastOpenedAt: lastOpened?.id === meta.id ? lastOpened.openedAt : null,
      progress: readingProgress(positionOf(meta.id), doc.text.length),
      highlightCount: annotations.data?.filter((a) => a.deleted === null).length ?? 0,
      builtIn: meta.builtIn,
    });
  }
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
