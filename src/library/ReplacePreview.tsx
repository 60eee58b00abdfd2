import { useTranslation } from 'react-i18next';
import type { ArticleDocument } from '../document/article-document';
import type { ReplaceTextPlan } from '../document/replace-text-plan';

/**
 * What replacing does to the highlights, notes and timeline events: counts of all of them,
 * then the Unanchored by quote (an event marked as such).
 */
export function ReplacePreview({ plan, doc }: { plan: ReplaceTextPlan; doc: ArticleDocument }) {
  const { t } = useTranslation();
  const { counts, unanchored } = plan;
  return (
    <section className="replace-preview" aria-label={t('replaceText.preview')}>
      <h3 className="replace-preview__heading">{t('replaceText.preview')}</h3>
      <ul className="replace-preview__counts">
        <li>{t('replaceText.stays', { count: counts.stays })}</li>
        <li>{t('replaceText.moves', { count: counts.moves })}</li>
        <li>{t('replaceText.approximate', { count: counts.approximate })}</li>
        <li>{t('replaceText.unanchored', { count: counts.unanchored })}</li>
      </ul>
      {unanchored.length > 0 ? (
        <ul className="replace-preview__quotes" aria-label={t('replaceText.unanchoredList')}>
          {unanchored.map(({ id, kind, quote }) => (
            <li key={id}>
              <span lang={doc.meta.language} dir={doc.meta.direction}>
                {quote}
              </span>
              {kind === 'event' ? ` ${t('replaceText.eventItem')}` : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
