import type { ArticleDocument } from '../document/article-document';
import { escapeMarkdownLine, markdownParagraphs, quoteBlock } from './escape-markdown';
import type { ExportOptions } from './export-options';
import { exportableAnnotations } from './export-order';
import { eventDateText, exportableEvents } from './export-timeline';
import type { AnnotationRecord } from './record-contract';
import { shortIds } from './short-ids';
import { obsidianTag } from './tag-format';
import { textDirection } from './text-direction';

const RTL_OPEN = '<div dir="rtl" lang="ar">';
const RTL_CLOSE = '</div>';
/** Marks the timeline event line without words, so the file needs no translation. */
const EVENT_MARK = '🗓';

/** A Markdown block and whether it reads right to left. */
interface Block {
  text: string;
  rtl: boolean;
}

/**
 * The document's live annotations as Markdown that reads well as plain text and in Obsidian:
 * YAML front matter, the headline as `#` heading, then each annotation in reading order (quote
 * as blockquote, note, `#tags`, timeline event, `^blockid`), separated by rules; notes on the
 * whole document first, with no quote. Runs of
 * right-to-left blocks sit in `<div dir="rtl" lang="ar">` with blank lines around, so Markdown
 * inside still renders. The document's own timeline events follow, as a list under a `##`
 * heading (ISO date, then title). All user text is escaped: a note can never become a heading,
 * link or HTML.
 */
export function buildMarkdown(
  annotations: readonly AnnotationRecord[],
  doc: ArticleDocument,
  options: ExportOptions,
): string {
  const records = exportableAnnotations(annotations, doc);
  const ids = shortIds(records.map((r) => r.id));
  const blocks: Block[] = headerBlocks(doc);
  const rtl = doc.meta.direction === 'rtl';
  records.forEach((record) => {
    blocks.push({ text: '---', rtl: false });
    blocks.push(...annotationBlocks(record, ids.get(record.id) ?? record.id, rtl, options));
  });
  blocks.push(...timelineBlocks(options));
  return `${[frontMatter(doc, options), ...withDirection(blocks)].join('\n\n')}\n`;
}

function frontMatter(doc: ArticleDocument, options: ExportOptions): string {
  const { meta } = doc;
  const published = meta.published?.value;
  const date =
    published === undefined || /^\d{4}-\d{2}-\d{2}$/.test(published)
      ? published
      : JSON.stringify(published);
  // JSON strings are valid YAML double-quoted scalars, whatever the text holds.
  return [
    '---',
    `title: ${JSON.stringify(meta.title)}`,
    `source: ${JSON.stringify(meta.source)}`,
    ...(date === undefined ? [] : [`date: ${date}`]),
    `url: ${JSON.stringify(options.url ?? '')}`,
    `exported: ${options.now.toISOString()}`,
    '---',
  ].join('\n');
}

function headerBlocks(doc: ArticleDocument): Block[] {
  const { meta } = doc;
  const rtl = meta.direction === 'rtl';
  const byline = [meta.siteName, meta.author, meta.published?.value].filter(
    (part): part is string => part !== null && part !== undefined,
  );
  return [
    { text: `# ${escapeMarkdownLine(meta.title)}`, rtl },
    ...(byline.length > 0 ? [{ text: byline.map(escapeMarkdownLine).join(' · '), rtl }] : []),
  ];
}

function annotationBlocks(
  record: AnnotationRecord,
  shortId: string,
  rtl: boolean,
  options: ExportOptions,
): Block[] {
  // The quote comes from the document: it reads in the document's direction. A document-level
  // note has none (it is about the whole document, and comes first).
  const blocks: Block[] = record.target
    ? [{ text: quoteBlock(record.target.quote.exact), rtl }]
    : [];
  for (const para of markdownParagraphs(record.note)) blocks.push(directed(para));
  const tags = record.tags.map(obsidianTag).filter((t): t is string => t !== null);
  if (tags.length > 0) blocks.push(directed(tags.join(' ')));
  const event = options.eventFor?.(record);
  if (event) blocks.push(directed(`${EVENT_MARK} ${escapeMarkdownLine(event.title)}`));
  // Outside any div, so Obsidian ties the id to this annotation's last block.
  blocks.push({ text: `^${shortId}`, rtl: false });
  return blocks;
}

/** The document's own timeline: a heading, then one list item per event, in timeline order. */
function timelineBlocks(options: ExportOptions): Block[] {
  const events = exportableEvents(options.timeline);
  if (events.length === 0) return [];
  const heading = `${EVENT_MARK} ${escapeMarkdownLine(options.timelineHeading ?? '')}`.trim();
  const items = events.map((event) => {
    const date = eventDateText(event);
    const title = escapeMarkdownLine(event.title);
    return date === null ? `- ${title}` : `- **${escapeMarkdownLine(date)}** · ${title}`;
  });
  return [{ text: '---', rtl: false }, directed(`## ${heading}`), directed(items.join('\n'))];
}

function directed(text: string): Block {
  return { text, rtl: textDirection(text) === 'rtl' };
}

/** Blocks as Markdown, each run of right-to-left ones wrapped in one rtl div. */
function withDirection(blocks: Block[]): string[] {
  const out: string[] = [];
  blocks.forEach((block, i) => {
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (block.rtl && !before?.rtl) out.push(RTL_OPEN);
    out.push(block.text);
    if (block.rtl && !after?.rtl) out.push(RTL_CLOSE);
  });
  return out;
}
