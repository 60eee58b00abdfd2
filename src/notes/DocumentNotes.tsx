import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationRecord } from '../storage/annotation-record';

interface DocumentNotesProps {
  /** The document's live notes on the whole of it (no quote), oldest first. */
  records: readonly AnnotationRecord[];
  /** A card, or the editor for the one being edited. */
  renderItem: (record: AnnotationRecord) => ReactNode;
  /** Starts a new note on the whole document. */
  onAdd: () => void;
}

/**
 * The notes on the whole document, at the top of its notes: a section named "About this
 * article" listing them, and the button that adds one.
 */
export function DocumentNotes({ records, renderItem, onAdd }: DocumentNotesProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="notes__section notes__section--document" aria-labelledby={titleId}>
      <h3 id={titleId} className="notes__section-title">
        {t('notes.aboutDocument')}
      </h3>
      {records.length > 0 && (
        <ul className="notes__list">
          {records.map((record) => (
            <li key={record.id}>{renderItem(record)}</li>
          ))}
        </ul>
      )}
      <button type="button" className="link-button notes__add-document-note" onClick={onAdd}>
        {t('notes.addDocumentNote')}
      </button>
    </section>
  );
}
