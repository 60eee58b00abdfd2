import type { ArticleFormat } from './check-article-input';
import { checkFile, checkFileStart, checkText } from './check-article-input';
import { detectLanguage } from './detect-language';
import type {
  ExtractedBlock,
  ExtractedMeta,
  ExtractNotice,
  ExtractResult,
  PublishedDate,
} from './extracted-article';
import { extractPlainText } from './extract-plain-text';
import { guessPublishedDate } from './guess-published-date';
import type { PageMetadata } from './page-metadata';
import { isoDateOf } from './iso-date';
import { siteHost, sourceUrlOf } from './web-address';

/** What the add-article dialog hands over: a paste (plain or rich) or a file's decoded text. */
export type ArticleInput =
  | { kind: 'paste-text'; text: string }
  | { kind: 'paste-html'; text: string }
  | {
      kind: 'file';
      name: string;
      text: string;
      /** The file's MIME type, if known: decides a file whose name has no extension. */
      type?: string;
    };

/** A title made from the first block is cut at a word boundary near this many characters. */
const TITLE_FROM_TEXT_LENGTH = 120;

/**
 * Extracts an article from one input: the single entry point of "Adding an article". Plain
 * text and .txt split into paragraphs; Markdown and HTML load their parser (Markdown, or
 * Readability for a page) only when needed. Metadata is what the input carries, the title
 * falls back to the first heading, then the first block; the publication date falls back to the
 * first full date in the text (`guessed`); language and direction come from the letters.
 * A refusal is `{ ok: false, error }`, never an exception.
 * @param input the paste or file text; a file's size and type should already have passed
 *   {@link checkFile} (its name and type are checked again here)
 * @param today ISO `YYYY-MM-DD`, bounds a guessed publication date (defaults to the UTC date)
 * @throws RangeError only if `today` is given and is not an ISO calendar date (a caller bug)
 */
export async function extractArticle(
  input: ArticleInput,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<ExtractResult> {
  let format: ArticleFormat | 'fragment' = input.kind === 'paste-html' ? 'fragment' : 'txt';
  if (input.kind === 'file') {
    const byName = checkFile({ name: input.name, size: input.text.length, type: input.type ?? '' });
    if (!byName.ok) return byName;
    const start = checkFileStart(input.text);
    if (!start.ok) return start;
    format = byName.value;
  }
  const text = checkText(input.text);
  if (!text.ok) return text;
  const extracted = await extractByFormat(format, input.text);
  if (!extracted.ok) return extracted;
  const { blocks, hints, notices } = extracted;
  if (blocks.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, blocks, meta: completeMeta(blocks, hints, today), notices };
}

type Extracted =
  | { ok: true; blocks: ExtractedBlock[]; hints: Partial<PageMetadata>; notices: ExtractNotice[] }
  | { ok: false; error: 'no-article' };

async function extractByFormat(
  format: ArticleFormat | 'fragment',
  text: string,
): Promise<Extracted> {
  switch (format) {
    case 'txt':
      return { ok: true, hints: {}, ...extractPlainText(text) };
    case 'md': {
      const { extractMarkdown } = await import('./extract-markdown');
      const { blocks, frontMatter, notices } = extractMarkdown(text);
      const hints: Partial<PageMetadata> = {
        title: frontMatter.title ?? null,
        author: frontMatter.author ?? null,
        published: frontMatter.date ? isoDateOf(frontMatter.date) : null,
        sourceUrl: frontMatter.url ? sourceUrlOf(frontMatter.url) : null,
      };
      return { ok: true, blocks, hints, notices };
    }
    case 'html': {
      const { extractHtmlPage } = await import('./extract-html');
      const page = extractHtmlPage(text);
      return page.ok
        ? { ok: true, blocks: page.blocks, hints: page.meta, notices: page.notices }
        : page;
    }
    case 'fragment': {
      const { extractHtmlFragment } = await import('./extract-html');
      return { ok: true, hints: {}, ...extractHtmlFragment(text) };
    }
  }
}

function completeMeta(
  blocks: ExtractedBlock[],
  hints: Partial<PageMetadata>,
  today: string,
): ExtractedMeta {
  const text = blocks.map((b) => b.text).join('\n');
  const { language, direction } = detectLanguage(text);
  const title =
    hints.title ||
    blocks.find((b) => b.kind === 'heading')?.text ||
    shorten(blocks[0]?.text ?? '', TITLE_FROM_TEXT_LENGTH);
  const sourceUrl = hints.sourceUrl ?? null;
  return {
    title,
    sourceUrl,
    siteName: hints.siteName ?? (sourceUrl ? siteHost(sourceUrl) : null),
    author: hints.author ?? null,
    published: publishedDate(hints.published, text, today),
    language,
    direction,
  };
}

/** The metadata's date, else a guess from the text, else null. */
function publishedDate(
  fromMeta: string | null | undefined,
  text: string,
  today: string,
): PublishedDate | null {
  if (fromMeta) return { value: fromMeta, guessed: false };
  const guess = guessPublishedDate(text, today);
  return guess ? { value: guess, guessed: true } : null;
}

/** `text` cut to at most about `length` characters at a word boundary, with an ellipsis. */
function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > length / 2 ? space : length)}…`;
}
