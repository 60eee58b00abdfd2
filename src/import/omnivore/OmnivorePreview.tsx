import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPassage, MAX_NOTE_LENGTH } from '../../export/record-contract';
import { omnivoreLeftOutKey } from './omnivore-messages';
import type { HighlightLeftOut, OmnivorePlan, PlanLeftOutReason } from './omnivore-plan';
import './omnivore-preview.css';

/** How many items each list shows; the rest are counted. */
const LISTED = 50;

const HIGHLIGHT_LEFT_OUT_KEYS = {
  'note-too-long': 'libraryImport.noteTooLong',
  'article-note-too-long': 'libraryImport.articleNoteTooLong',
  'duplicate-highlight': 'libraryImport.duplicateHighlight',
} as const satisfies Record<HighlightLeftOut['reason'], string>;

/** A title set apart from the sentence around it (FSI…PDI), so either direction reads right. */
const isolate = (text: string) => `\u2068${text}\u2069`;

function More({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation();
  return total > shown ? <p>{t('libraryImport.more', { count: total - shown })}</p> : null;
}

/**
 * What importing a library would do, before anything is written: how many articles,
 * highlights and notes will be added (and how many highlights go to Unanchored), each article
 * to add with its highlight count, the ones already in the library (same address or same
 * text) with how many of their highlights go to the copy there, and what is left out and why. Titles are shown as text, never markup.
 */
export function OmnivorePreview({ plan }: { plan: OmnivorePlan }) {
  const { t } = useTranslation();
  const id = useId();
  const leftOutReason = (reason: PlanLeftOutReason) =>
    reason === 'no-article' ? t('libraryImport.noArticle') : t(omnivoreLeftOutKey(reason));
  const counts = [
    ['articles', plan.counts.articles],
    ['highlights', plan.counts.highlights],
    ['notes', plan.counts.notes],
    ['existing', plan.existing.length],
    ['leftOut', plan.leftOut.length],
  ] as const;

  return (
    <>
      <dl className="library-import__counts">
        {counts.map(([key, count]) => (
          <div key={key} className="library-import__count">
            <dt>{t(`libraryImport.counts.${key}`)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      {plan.counts.unanchored > 0 && (
        <p>{t('libraryImport.unanchored', { count: plan.counts.unanchored })}</p>
      )}

      {plan.add.length > 0 ? (
        <section className="library-import__section" aria-labelledby={`${id}-add`}>
          <h3 id={`${id}-add`}>{t('libraryImport.addTitle')}</h3>
          <ul className="library-import__list">
            {plan.add.slice(0, LISTED).map(({ slug, doc, records }) => (
              <li key={slug}>
                {t('libraryImport.addItem', {
                  title: isolate(doc.meta.title),
                  count: records.filter(hasPassage).length,
                })}
              </li>
            ))}
          </ul>
          <More shown={LISTED} total={plan.add.length} />
        </section>
      ) : (
        <p>{t('libraryImport.nothing')}</p>
      )}

      {plan.existing.length > 0 && (
        <section className="library-import__section" aria-labelledby={`${id}-existing`}>
          <h3 id={`${id}-existing`}>{t('libraryImport.existingTitle')}</h3>
          <ul className="library-import__list">
            {plan.existing.slice(0, LISTED).map(({ slug, title, match, why, added }) => (
              <li key={slug}>
                {t('libraryImport.existingItem', {
                  item: t(why === 'same-url' ? 'libraryImport.sameUrl' : 'libraryImport.sameText', {
                    title: isolate(title),
                    match: isolate(match.title),
                  }),
                  added: t('libraryImport.highlightsAdded', { count: added }),
                })}
              </li>
            ))}
          </ul>
          <More shown={LISTED} total={plan.existing.length} />
        </section>
      )}

      {plan.leftOut.length > 0 && (
        <section className="library-import__section" aria-labelledby={`${id}-left-out`}>
          <h3 id={`${id}-left-out`}>{t('libraryImport.leftOutTitle')}</h3>
          <ul className="library-import__list">
            {plan.leftOut.slice(0, LISTED).map(({ slug, title, reason }, i) => (
              <li key={`${slug ?? ''}:${i}`}>
                {t('libraryImport.leftOutItem', {
                  title: isolate(title ?? slug ?? t('libraryImport.untitled')),
                  reason: leftOutReason(reason),
                })}
              </li>
            ))}
          </ul>
          <More shown={LISTED} total={plan.leftOut.length} />
        </section>
      )}

      {plan.highlightsLeftOut.length > 0 && (
        <section className="library-import__section" aria-labelledby={`${id}-highlights-left-out`}>
          <h3 id={`${id}-highlights-left-out`}>{t('libraryImport.highlightsLeftOutTitle')}</h3>
          <ul className="library-import__list">
            {plan.highlightsLeftOut.slice(0, LISTED).map(({ slug, title, reason }, i) => (
              <li key={`${slug}:${i}`}>
                {t(HIGHLIGHT_LEFT_OUT_KEYS[reason], {
                  title: isolate(title),
                  max: MAX_NOTE_LENGTH,
                })}
              </li>
            ))}
          </ul>
          <More shown={LISTED} total={plan.highlightsLeftOut.length} />
        </section>
      )}
    </>
  );
}
