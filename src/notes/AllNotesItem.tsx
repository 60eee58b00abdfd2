import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationRecord } from '../storage/annotation-record';
import type { NoteDocument } from './all-notes';
import { MatchText } from './MatchText';

interface AllNotesItemProps {
  record: AnnotationRecord;
  document: NoteDocument;
  /** The address of the highlight in its document (`?doc=<id>#highlight=<annotation id>`). */
  href: string;
  /** Words the search is looking for: marked in the quote, note and tags. */
  query?: string;
  /** Set on the first item of a document's group: its title is shown above it as a heading. */
  groupStart?: boolean;
  excerptLength?: number;
}

/**
 * One highlight of the all-notes view: its quote (in its document's language and direction,
 * a link to its place), note, tags and document's title. All text, never markup. Memoised: a
 * keystroke in the search box re-renders the view, not the cards, until the list follows.
 */
export const AllNotesItem = memo(function AllNotesItem({
  record,
  document,
  href,
  query,
  groupStart = false,
  excerptLength = 240,
}: AllNotesItemProps) {
  const { t } = useTranslation();
  const quote = record.target?.quote.exact;
  const excerpt =
    quote && quote.length > excerptLength ? `${quote.slice(0, excerptLength).trimEnd()}…` : quote;
  return (
    <>
      {groupStart && (
        <h3 className="all-notes__group" lang={document.language} dir={document.direction}>
          {document.title}
        </h3>
      )}
      <article className="note-card" data-color={record.color}>
        {excerpt === undefined ? (
          // A note on the whole document: a link to the document, not to a passage of it.
          <a className="note-card__quote" href={href.replace(/#.*$/, '')}>
            {t('allNotes.aboutDocument')}
          </a>
        ) : (
          <a
            className="note-card__quote"
            href={href}
            lang={document.language}
            dir={document.direction}
          >
            <MatchText text={excerpt} query={query} />
          </a>
        )}
        {record.note && (
          <p className="note-card__note" dir="auto">
            <MatchText text={record.note} query={query} />
          </p>
        )}
        {record.tags.length > 0 && (
          <ul className="note-card__tags" aria-label={t('allNotes.tags')}>
            {record.tags.map((tag) => (
              <li key={tag} dir="auto">
                #<MatchText text={tag} query={query} />
              </li>
            ))}
          </ul>
        )}
        <p className="note-card__meta all-notes__document">
          {t('allNotes.from')}{' '}
          <cite lang={document.language} dir={document.direction}>
            {document.title}
          </cite>
        </p>
      </article>
    </>
  );
});
