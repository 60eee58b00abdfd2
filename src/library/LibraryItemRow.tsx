import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlainClick } from '../ui/plain-click';
import type { LibraryItem } from './library-item';

/** One formatter per locale and kind: making one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, utc: boolean): Intl.DateTimeFormat {
  const locale = language === 'en' ? 'en-GB' : 'ar';
  const key = `${locale}:${utc ? 'utc' : 'local'}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(utc ? { timeZone: 'UTC' } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

/** The published day as written (`YYYY-MM-DD`), in the UI language, never shifted by a time zone. */
function formatDay(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, true).format(date);
}

function formatTime(ms: number, language: string): string {
  return formatter(language, false).format(new Date(ms));
}

interface LibraryItemRowProps {
  item: LibraryItem;
  href: string;
  onOpen: (id: string) => void;
  /** Null while the library cannot be changed: no Delete button. */
  onDelete: ((item: LibraryItem) => void) | null;
  /** Its place in the whole list (from 1) when only part of the list is drawn. */
  posInSet?: number;
  /** The whole list's length when only part of it is drawn. */
  setSize?: number;
}

/**
 * One article of the library: its title as a link to its address (in its own language and
 * direction), then source, published date, reading progress, highlights and last opened, and
 * a "Delete article" button.
 */
export const LibraryItemRow = memo(function LibraryItemRow({
  item,
  href,
  onOpen,
  onDelete,
  posInSet,
  setSize,
}: LibraryItemRowProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const percent = item.progress === null ? null : Math.round(item.progress * 100);
  return (
    <li className="library-item" data-key={item.id} aria-posinset={posInSet} aria-setsize={setSize}>
      <h3 className="library-item__title">
        <a
          href={href}
          lang={item.language}
          dir={item.direction}
          onClick={(e) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            onOpen(item.id);
          }}
        >
          {item.title}
        </a>
      </h3>
      <ul className="library-item__facts">
        {item.source ? (
          <li dir="auto" className="library-item__source">
            {item.source}
          </li>
        ) : null}
        {item.builtIn ? <li>{t('libraryView.builtIn')}</li> : null}
        {item.published ? (
          <li>{t('libraryView.published', { date: formatDay(item.published, language) })}</li>
        ) : null}
        <li>
          {percent === null || percent === 0
            ? t('libraryView.notRead')
            : t('libraryView.progress', { percent })}
        </li>
        <li>{t('libraryView.highlights', { count: item.highlightCount })}</li>
        <li>
          {item.lastOpenedAt === null
            ? t('libraryView.neverOpened')
            : t('libraryView.lastOpened', { date: formatTime(item.lastOpenedAt, language) })}
        </li>
      </ul>
      {onDelete ? (
        <button
          type="button"
          className="button library-item__delete"
          onClick={() => onDelete(item)}
        >
          {t('libraryView.delete')}
        </button>
      ) : null}
    </li>
  );
});
