import './article.css';
import { useTranslation } from 'react-i18next';
import { DIRECTION, isUiLanguage } from '../i18n/languages';
import type { ArticleDocument } from './article-document';
import { ArticleBlock } from './ArticleBlock';
import { HIGHLIGHT_DESCRIPTION_ID, HIGHLIGHT_WITH_NOTE_DESCRIPTION_ID } from './BlockText';
import type { DecorationsByBlock } from './group-decorations';
import { NO_DECORATIONS } from './text-decorations';
import type { Ref } from 'react';
import { readingMinutes } from './reading-time';

/**
 * The article: always `lang="ar" dir="rtl"`, whatever the UI language. Chrome around the text
 * (byline, English headline) carries the UI language's own `lang` and `dir`.
 */
export function ArticleView({
  document: doc,
  decorations,
  showHarakat = true,
  ref,
}: {
  document: ArticleDocument;
  decorations?: DecorationsByBlock;
  /** Off hides harakat on screen only; the text, its offsets and selections are unchanged. */
  showHarakat?: boolean;
  ref?: Ref<HTMLElement>;
}) {
  const { t, i18n } = useTranslation();
  const ui = isUiLanguage(i18n.language) ? i18n.language : 'ar';
  const published = new Intl.DateTimeFormat(ui === 'ar' ? 'ar' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${doc.meta.published}T00:00:00Z`));
  const body = doc.blocks.filter((b) => b.kind !== 'credit' && b.kind !== 'source');
  const endMatter = doc.blocks.filter((b) => b.kind === 'credit' || b.kind === 'source');

  return (
    <article
      ref={ref}
      id="article"
      className="article"
      lang="ar"
      dir="rtl"
      aria-labelledby="article-headline"
      data-harakat={showHarakat ? 'shown' : 'hidden'}
    >
      <span hidden id={HIGHLIGHT_DESCRIPTION_ID} lang={ui}>
        {t('highlight.description')}
      </span>
      <span hidden id={HIGHLIGHT_WITH_NOTE_DESCRIPTION_ID} lang={ui}>
        {t('highlight.descriptionWithNote')}
      </span>
      <header className="article__header">
        <h1 id="article-headline" className="article__headline">
          {doc.meta.headline.ar}
        </h1>
        {ui !== 'ar' && (
          <p className="article__translation" lang={ui} dir={DIRECTION[ui]}>
            <span className="visually-hidden">{t('article.englishHeadline')}: </span>
            {doc.meta.headline[ui]}
          </p>
        )}
        <p className="article__byline" lang={ui} dir={DIRECTION[ui]}>
          <time dateTime={doc.meta.published}>{t('article.publishedOn', { date: published })}</time>
          <span aria-hidden="true"> · </span>
          <span>{doc.meta.publisher[ui]}</span>
          <span aria-hidden="true"> · </span>
          <span>{t('article.readingTime', { count: readingMinutes(doc.text) })}</span>
        </p>
      </header>
      <div className="article__body">
        {body.map((block) => (
          <ArticleBlock
            key={block.id}
            block={block}
            decorations={decorations?.get(block.id) ?? NO_DECORATIONS}
          />
        ))}
      </div>
      <footer className="article__footer">
        {endMatter.map((block) => (
          <ArticleBlock
            key={block.id}
            block={block}
            decorations={decorations?.get(block.id) ?? NO_DECORATIONS}
          />
        ))}
      </footer>
    </article>
  );
}
