import './article.css';
import { useTranslation } from 'react-i18next';
import { DIRECTION, isUiLanguage } from '../i18n/languages';
import type { ArticleDocument, Block } from './article-document';
import { ArticleBlock } from './ArticleBlock';
import { siteNameIn } from './document-meta';
import { HIGHLIGHT_DESCRIPTION_ID, HIGHLIGHT_WITH_NOTE_DESCRIPTION_ID } from './BlockText';
import type { DecorationsByBlock } from './group-decorations';
import { NO_DECORATIONS } from './text-decorations';
import { memo, useMemo, type Ref } from 'react';
import { readingMinutes } from './reading-time';
import { LONG_DOCUMENT_BLOCKS, useBlocksShown } from './use-blocks-shown';

/**
 * The document: in its own language and direction (`lang`, `dir` from its metadata), whatever
 * the UI language. Chrome around the text (byline, translated headline) carries the UI
 * language's own `lang` and `dir`. Consecutive list items are drawn as one list. Memoised: a
 * keystroke in the notes search re-renders the reader, not the article.
 */
export const ArticleView = memo(function ArticleView({
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
  const { meta } = doc;
  const published =
    meta.published &&
    ({
      value: meta.published.value,
      text: new Intl.DateTimeFormat(ui === 'ar' ? 'ar' : 'en-GB', {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${meta.published.value}T00:00:00Z`)),
      key: meta.published.guessed ? 'article.publishedGuess' : 'article.publishedOn',
    } as const);
  // A translation is only ever into a language other than the document's own.
  const translatedTitle = meta.translations[ui]?.title;
  const siteName = siteNameIn(meta, ui);
  // A long document comes in slices (see useBlocksShown); `ref` is given the article only once
  // every block is in, so what works on the whole text (find, positions, links) waits for it.
  const shown = useBlocksShown(doc);
  const complete = shown === doc.blocks.length;
  const blocks = complete ? doc.blocks : doc.blocks.slice(0, shown);
  const body = blocks.filter((b) => b.kind !== 'credit' && b.kind !== 'source');
  const endMatter = blocks.filter((b) => b.kind === 'credit' || b.kind === 'source');
  const relatedLabel = t('article.related');
  const drawn = (block: Block) => (
    <ArticleBlock
      key={block.id}
      block={block}
      decorations={decorations?.get(block.id) ?? NO_DECORATIONS}
      uiLanguage={i18n.language}
      relatedLabel={relatedLabel}
    />
  );
  // Counting a long document's words takes a while: once per text, not per redraw.
  const minutes = useMemo(() => readingMinutes(doc.text), [doc.text]);
  const byline = [
    published && (
      <time key="published" dateTime={published.value}>
        {t(published.key, { date: published.text })}
      </time>
    ),
    // Names in another script than the UI's are isolated: an Arabic author in the English
    // byline must not carry the dots and the reading time into its right-to-left run.
    siteName && <bdi key="site">{siteName}</bdi>,
    meta.author && (
      <bdi key="author" lang={meta.language}>
        {meta.author}
      </bdi>
    ),
    <span key="time">{t('article.readingTime', { count: minutes })}</span>,
  ].filter(Boolean);

  return (
    <article
      ref={complete ? ref : undefined}
      id="article"
      className="article"
      lang={meta.language}
      dir={meta.direction}
      aria-labelledby="article-headline"
      data-harakat={showHarakat ? 'shown' : 'hidden'}
      data-length={doc.blocks.length >= LONG_DOCUMENT_BLOCKS ? 'long' : undefined}
      aria-busy={complete ? undefined : true}
    >
      <span hidden id={HIGHLIGHT_DESCRIPTION_ID} lang={ui}>
        {t('highlight.description')}
      </span>
      <span hidden id={HIGHLIGHT_WITH_NOTE_DESCRIPTION_ID} lang={ui}>
        {t('highlight.descriptionWithNote')}
      </span>
      <header className="article__header">
        <h1 id="article-headline" className="article__headline">
          {meta.title}
        </h1>
        {translatedTitle && (
          <p className="article__translation" lang={ui} dir={DIRECTION[ui]}>
            <span className="visually-hidden">{t('article.headlineTranslation')}: </span>
            {translatedTitle}
          </p>
        )}
        <p className="article__byline" lang={ui} dir={DIRECTION[ui]}>
          {byline.flatMap((part, i) =>
            i === 0
              ? [part]
              : [
                  <span key={`dot${i}`} aria-hidden="true">
                    {' '}
                    ·{' '}
                  </span>,
                  part,
                ],
          )}
        </p>
      </header>
      <div className="article__body">
        {groupLists(body).map((run) =>
          Array.isArray(run) ? (
            <ul key={run[0]?.id} className="article__list">
              {run.map(drawn)}
            </ul>
          ) : (
            drawn(run)
          ),
        )}
      </div>
      <footer className="article__footer">{endMatter.map(drawn)}</footer>
    </article>
  );
});

/** Blocks in order, each run of consecutive list items gathered into one array (one list). */
function groupLists(blocks: readonly Block[]): (Block | Block[])[] {
  const out: (Block | Block[])[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind !== 'list-item') out.push(block);
    else if (Array.isArray(last)) last.push(block);
    else out.push([block]);
  }
  return out;
}
