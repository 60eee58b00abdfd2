import { memo } from 'react';
import type { Block } from './article-document';
import { BlockText } from './BlockText';
import type { BlockDecorations } from './text-decorations';

/** Latin-only lines (the photo credit) are marked English so screen readers pronounce them right. */
const HAS_ARABIC = /[\u0600-\u06FF]/u;

/**
 * One block of the article, as the element its kind calls for. Memoised: it re-renders only when
 * its block or its own decorations change (see `groupDecorations`). The UI's words come as props:
 * a translation hook in each of a long document's thousands of blocks cost more than its text.
 */
export const ArticleBlock = memo(function ArticleBlock({
  block,
  decorations,
  uiLanguage,
  relatedLabel,
}: {
  block: Block;
  decorations: BlockDecorations;
  /** The UI language, for the labels the block carries. */
  uiLanguage: string;
  /** The label of a related-article block ("Related"), in the UI language. */
  relatedLabel: string;
}) {
  const text = <BlockText block={block} decorations={decorations} language={uiLanguage} />;
  const common = { id: block.id, 'data-block': block.kind };
  switch (block.kind) {
    case 'heading':
      return (
        <h2 {...common} className="article__heading">
          {text}
        </h2>
      );
    case 'related':
      return (
        <p {...common} className="article__related">
          <span className="article__related-label" lang={uiLanguage}>
            {relatedLabel}
          </span>
          {text}
        </p>
      );
    case 'list-item':
      // ArticleView draws a run of list items inside one <ul>.
      return (
        <li {...common} className="article__list-item">
          {text}
        </li>
      );
    case 'quote':
      return (
        <blockquote {...common} className="article__quote">
          {text}
        </blockquote>
      );
    case 'credit':
    case 'source':
      return (
        <p
          {...common}
          className={`article__${block.kind}`}
          lang={HAS_ARABIC.test(block.text) ? undefined : 'en'}
        >
          {text}
        </p>
      );
    default:
      return (
        <p {...common} className={block.kind === 'lede' ? 'article__lede' : 'article__paragraph'}>
          {text}
        </p>
      );
  }
});
