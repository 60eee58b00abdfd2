import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_LENGTH } from '../export/record-contract';
import { rejectReasonKey } from './import-messages';
import type { RouteLeftOut } from './route-import';
import './omnivore/omnivore-preview.css';

/** How many items each list shows; the rest are counted. */
const LISTED = 50;

/** What a routed notes file would add, per document, for the preview. */
export interface RoutedNotesSummary {
  /** Each document that gets highlights: its title, language, and how many are new or newer. */
  documents: { id: string; title: string; toWrite: number }[];
  /** Records already stored as they are (or newer there). */
  unchanged: number;
  titleDiffers: { index: number; title: string; documentTitle: string }[];
  leftOut: { index: number; reason: RouteLeftOut }[];
  /** Of the records to write, those on a whole article (Hypothesis page notes). */
  pageNotes: number;
}

/** A title set apart from the sentence around it (FSI…PDI), so either direction reads right. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * What importing a notes file into the library would do, before anything is written: how many
 * highlights go to how many articles, each article with its count, the items taken under
 * another title, how many of them are page notes (on a whole article: they go to the top of
 * its notes), and each item left out with its reason (a reply, a quote in no article of the
 * library…). Text only, never markup.
 */
export function RoutedNotesPreview({ summary }: { summary: RoutedNotesSummary }) {
  const { t } = useTranslation();
  const id = useId();
  const toWrite = summary.documents.reduce((sum, d) => sum + d.toWrite, 0);
  const reason = (code: RouteLeftOut) =>
    code === 'no-document'
      ? t('libraryImport.noDocument')
      : code === 'ambiguous'
        ? t('libraryImport.ambiguous')
        : t(rejectReasonKey(code), { max: MAX_NOTE_LENGTH });
  const counts = [
    // Page notes are counted apart: they are not highlights.
    ['highlights', toWrite - summary.pageNotes],
    ['documents', summary.documents.filter((d) => d.toWrite > 0).length],
    ['unchanged', summary.unchanged],
    ['leftOut', summary.leftOut.length],
    ...(summary.pageNotes > 0 ? [['documentNotes', summary.pageNotes] as const] : []),
  ] as const;

  return (
    <>
      <dl className="library-import__counts">
        {counts.map(([key, count]) => (
          <div key={key} className="library-import__count">
            <dt>{t(`libraryImport.notesCounts.${key}`)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      {toWrite > 0 ? (
        <section className="library-import__section" aria-labelledby={`${id}-add`}>
          <h3 id={`${id}-add`}>{t('libraryImport.addTitle')}</h3>
          <ul className="library-import__list">
            {summary.documents
              .filter((d) => d.toWrite > 0)
              .map((d) => (
                <li key={d.id}>
                  {t('libraryImport.addItem', { title: isolate(d.title), count: d.toWrite })}
                </li>
              ))}
          </ul>
        </section>
      ) : (
        <p>{t('libraryImport.nothing')}</p>
      )}
      {summary.titleDiffers.length > 0 && (
        <section className="library-import__section" aria-labelledby={`${id}-differs`}>
          <h3 id={`${id}-differs`}>{t('libraryImport.titleDiffersTitle')}</h3>
          <ul className="library-import__list">
            {summary.titleDiffers.slice(0, LISTED).map((d) => (
              <li key={d.index}>
                {t('libraryImport.titleDiffersItem', {
                  number: d.index + 1,
                  title: isolate(d.title),
                  document: isolate(d.documentTitle),
                })}
              </li>
            ))}
          </ul>
          {summary.titleDiffers.length > LISTED && (
            <p>{t('libraryImport.more', { count: summary.titleDiffers.length - LISTED })}</p>
          )}
        </section>
      )}
      {summary.leftOut.length > 0 && (
        <section className="library-import__section" aria-labelledby={`${id}-left-out`}>
          <h3 id={`${id}-left-out`}>{t('libraryImport.leftOutTitle')}</h3>
          <ul className="library-import__list">
            {summary.leftOut.slice(0, LISTED).map((l) => (
              <li key={l.index}>
                {t('libraryImport.leftOutRow', { number: l.index + 1, reason: reason(l.reason) })}
              </li>
            ))}
          </ul>
          {summary.leftOut.length > LISTED && (
            <p>{t('libraryImport.more', { count: summary.leftOut.length - LISTED })}</p>
          )}
        </section>
      )}
    </>
  );
}
