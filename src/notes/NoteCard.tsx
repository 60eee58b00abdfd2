import { useTranslation } from 'react-i18next';
import { useDocument } from '../document/use-document';
import type { AnnotationRecord } from '../storage/annotation-record';
import { formatShortDate } from '../i18n/format-short-date';
import { MatchText } from './MatchText';

interface NoteCardProps {
  record: AnnotationRecord;
  /** Shown when the quote is activated; absent for highlights that are not in the text. */
  onGoTo?: () => void;
  onEdit: () => void;
  /** Copies the quote with its citation and a link back to it. */
  onCopyQuote?: () => void;
  excerptLength?: number;
  /** Words the notes search is looking for: marked in the quote, note and tags. */
  query?: string;
}

/**
 * One annotation in the notes list: color, quote excerpt, note, tags, date. All text, never
 * markup. A document-level note has no quote: its note comes first.
 */
export function NoteCard({
  record,
  onGoTo,
  onEdit,
  onCopyQuote,
  excerptLength = 140,
  query,
}: NoteCardProps) {
  const { t, i18n } = useTranslation();
  // Quotes are the document's text: its language and direction, whatever the UI's.
  const { meta } = useDocument();
  const quote = record.target?.quote.exact ?? '';
  const excerpt =
    quote.length > excerptLength ? `${quote.slice(0, excerptLength).trimEnd()}…` : quote;
  return (
    <div
      className="note-card"
      data-color={record.target ? record.color : undefined}
      data-note-id={record.id}
    >
      {!record.target ? null : onGoTo ? (
        <button
          type="button"
          className="note-card__quote"
          lang={meta.language}
          dir={meta.direction}
          onClick={onGoTo}
          aria-describedby={`go-${record.id}`}
        >
          <MatchText text={excerpt} query={query} />
        </button>
      ) : (
        <p className="note-card__quote" lang={meta.language} dir={meta.direction}>
          <MatchText text={excerpt} query={query} />
        </p>
      )}
      <span id={`go-${record.id}`} hidden>
        {t('notes.goTo')}
      </span>
      {record.note && (
        <p className="note-card__note" dir="auto">
          <MatchText text={record.note} query={query} />
        </p>
      )}
      {record.tags.length > 0 && (
        <ul className="note-card__tags" aria-label={t('notes.tagList')}>
          {record.tags.map((tag) => (
            <li key={tag} dir="auto">
              #<MatchText text={tag} query={query} />
            </li>
          ))}
        </ul>
      )}
      <div className="note-card__meta">
        <time dateTime={record.created}>{formatShortDate(record.created, i18n.language)}</time>
        {onCopyQuote && (
          <button type="button" className="link-button" onClick={onCopyQuote}>
            {t('toolbar.copyQuote')}
          </button>
        )}
        <button type="button" className="link-button note-card__edit" onClick={onEdit}>
          {t('notes.edit')}
        </button>
      </div>
    </div>
  );
}
