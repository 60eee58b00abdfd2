import { describe as describeRange } from '../../../src/anchoring/describe';
import type { ArticleDocument } from '../../../src/document/article-document';
import { buildDocument } from '../../../src/document/build-document';
import type { AnchoredItem, ReplaceFate } from '../../../src/document/replace-text-plan';
import { seedArticle } from '../../seed-article';

/** The real article: the text being replaced. */
export const article: ArticleDocument = seedArticle();

/** Quotes of the real article, each one item; ids are the quotes' names. */
export const QUOTES = {
  lead: 'النشاط العسكري لحلف الناتو',
  early: 'ستانيسلاف زاس',
  kazakh: 'أظهرت فعالية الآليات القائمة',
} as const;

/** An item quoting the first occurrence of `phrase`, as the app describes a selection. */
export function itemQuoting(
  id: string,
  phrase: string,
  deleted: string | null = null,
  kind: AnchoredItem['kind'] = 'annotation',
): AnchoredItem {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the article: ${phrase}`);
  return {
    id,
    kind,
    target: describeRange({ start, end: start + phrase.length }, article.text),
    deleted,
  };
}

/** Every quote as a live item; the Kazakh passage is a timeline event, the others notes. */
export const items = (): AnchoredItem[] =>
  Object.entries(QUOTES).map(([id, phrase]) =>
    itemQuoting(id, phrase, null, id === 'kazakh' ? 'event' : 'annotation'),
  );

/** The article with its blocks' texts edited by `edit`, built as an added text is built. */
export function edited(edit: (blocks: string[]) => string[]): ArticleDocument {
  const texts = edit(article.blocks.map((b) => b.text));
  return buildDocument(
    article.meta,
    texts.map((text) => ({ kind: 'paragraph', text })),
  );
}

const indexOfBlock = (blocks: string[], phrase: string) =>
  blocks.findIndex((b) => b.includes(phrase));

/** Each edit, and the fate of each quote after it. */
export const replaceCases: {
  name: string;
  next: () => ArticleDocument;
  fates: Record<keyof typeof QUOTES, ReplaceFate>;
}[] = [
  {
    name: 'a sentence added at the end leaves every quote in place',
    next: () => edited((b) => [...b, 'جملة جديدة في آخر النص.']),
    fates: { lead: 'stays', early: 'stays', kazakh: 'stays' },
  },
  {
    name: 'a block inserted at the start moves every quote',
    next: () => edited((b) => ['تصحيح: نُشر هذا الخبر أولاً بعنوان مختلف.', ...b]),
    fates: { lead: 'moves', early: 'moves', kazakh: 'moves' },
  },
  {
    name: 'a letter dropped inside a quote finds it approximately, and moves what follows',
    next: () => edited((b) => b.map((t) => t.replace('النشاط العسكري لحلف', 'النشاط العسكر لحلف'))),
    fates: { lead: 'approximate', early: 'stays', kazakh: 'moves' },
  },
  {
    name: 'a removed paragraph leaves its quote (a timeline event) unanchored, never elsewhere',
    next: () => edited((b) => b.filter((_, i) => i !== indexOfBlock(b, QUOTES.kazakh))),
    fates: { lead: 'stays', early: 'stays', kazakh: 'unanchored' },
  },
];
