import type { ArticleDocument } from '../../document/article-document';
import type { ReadingPosition } from '../../document/reading-position';
import { hasPassage, type AnnotationRecord } from '../../export/record-contract';
import { cancelledError, SLICE_MS, yieldToMain } from '../../task/run-in-slices';
import type { TaskProgress } from '../../task/task-progress';
import type { OmnivoreHighlightLeftOut } from './omnivore-records';
import { omnivoreRecords, sameHighlight } from './omnivore-records';
import type { OmnivoreArticle, OmnivoreLeftOutReason } from './omnivore-types';

/** A document already in the library, as the plan names it. */
export interface LibraryMatch {
  id: string;
  title: string;
}

/** What the plan asks of the library (the caller reads the store; nothing is written). */
export interface LibraryLookup {
  /** The document whose source is this address ({@link sameAddress}), or null. */
  byUrl(url: string): LibraryMatch | null;
  /** The document whose canonical text is exactly `text`, or null. */
  byText(text: string): Promise<LibraryMatch | null>;
  /**
   * The text of a document of the library and every annotation it has (live and in the Trash),
   * so a copy's highlights can be added to it; null when it cannot be read (then none are).
   */
  copyOf(match: LibraryMatch): Promise<LibraryCopy | null>;
}

/** A document already in the library, as far as adding highlights to it needs. */
export interface LibraryCopy {
  text: string;
  annotations: readonly AnnotationRecord[];
}

/** The document an article's content makes (by the library's extraction), or null if none. */
export type MakeDocument = (article: OmnivoreArticle) => Promise<ArticleDocument | null>;

/** An article the plan will add: its document, its highlights as records, its place. */
export interface PlannedArticle {
  slug: string;
  doc: ArticleDocument;
  records: AnnotationRecord[];
  /** How many of `records` have a note. */
  notes: number;
  /** How many of `records` are kept by their quote alone (Unanchored). */
  unanchored: number;
  /** Where the reader had got to in Omnivore, or null when at the start. */
  position: ReadingPosition | null;
}

/**
 * An article not added because the library has it already: its highlights go to that copy
 * instead, all but those the copy has already (see {@link sameHighlight}).
 */
export interface ExistingArticle {
  slug: string;
  title: string;
  /** The document in the library (or earlier in this export) that it is. */
  match: LibraryMatch;
  why: 'same-url' | 'same-text';
  /** Its highlights and notes in the export. */
  highlights: number;
  /** How many of its highlights are added to the copy (the rest are there already, or left out). */
  added: number;
}

/** Highlights added to a document already in the library (not one this import adds). */
export interface AddedToExisting {
  documentId: string;
  title: string;
  records: AnnotationRecord[];
}

/** Why an article is left out: the export's reasons, or its content gives no article. */
export type PlanLeftOutReason = OmnivoreLeftOutReason | 'no-article';

/** A highlight or note of an added article that does not come with it. */
export interface HighlightLeftOut {
  slug: string;
  title: string;
  reason: OmnivoreHighlightLeftOut;
  quote: string | null;
}

/** What an Omnivore import would do, before anything is written. */
export interface OmnivorePlan {
  add: PlannedArticle[];
  existing: ExistingArticle[];
  /** The highlights of {@link existing} articles, by the library's document they go to. */
  addToExisting: AddedToExisting[];
  leftOut: {
    reason: PlanLeftOutReason;
    slug: string | null;
    title: string | null;
    highlights: number;
  }[];
  highlightsLeftOut: HighlightLeftOut[];
  counts: { articles: number; highlights: number; notes: number; unanchored: number };
}

/** How planning reports and is stopped. */
export interface PlanControl {
  /** Aborting it makes the plan reject with an AbortError between two articles. */
  signal?: AbortSignal;
  onProgress?: (progress: TaskProgress<'checking'>) => void;
}

/**
 * An address as addresses are compared: host lower-cased without `www.`, no fragment, no
 * trailing slash, `http:` and `https:` alike. Null for one that does not parse.
 */
export function sameAddress(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '');
  return `${host}${u.port ? `:${u.port}` : ''}${path}${u.search}`;
}

/**
 * The reading position at `percent` of `doc`'s text (Omnivore keeps how far the reader got as a
 * percent): the block holding that offset and how far into it. Null at the start (0 or less),
 * for an empty document, or when `percent` is null.
 */
export function positionAtPercent(
  doc: ArticleDocument,
  percent: number | null,
): ReadingPosition | null {
  if (percent === null || !(percent > 0) || doc.blocks.length === 0) return null;
  const offset = (Math.min(100, percent) / 100) * doc.text.length;
  const block = doc.blocks.find((b) => offset <= b.end) ?? doc.blocks.at(-1)!;
  const length = block.end - block.start;
  const fraction = length > 0 ? Math.min(1, Math.max(0, (offset - block.start) / length)) : 0;
  return { blockId: block.id, offset: block.start, fraction: Math.round(fraction * 1000) / 1000 };
}

/**
 * Plans an Omnivore import: each article's content becomes a document (`makeDocument`), its
 * highlights records of it (found with the anchoring engine, or kept by their quote for
 * Unanchored), its reading progress a position. An article the library already has, by the
 * same address or the same text (or one met earlier in this export), is listed as such and not
 * added again; its highlights are found in that copy's text and added to it, except those equal
 * to one the copy has (live or in the Trash). What the export left out comes with its reason. Writes nothing; yields between
 * articles so the page stays responsive; rejects only with an AbortError when `signal` aborts.
 */
export async function planOmnivoreImport(
  read: { articles: readonly OmnivoreArticle[]; leftOut: OmnivorePlan['leftOut'] },
  library: LibraryLookup,
  makeDocument: MakeDocument,
  now: Date,
  { signal, onProgress }: PlanControl = {},
): Promise<OmnivorePlan> {
  const plan: OmnivorePlan = {
    add: [],
    existing: [],
    addToExisting: [],
    leftOut: [...read.leftOut],
    highlightsLeftOut: [],
    counts: { articles: 0, highlights: 0, notes: 0, unanchored: 0 },
  };
  // Articles of this export already planned, so a page saved twice is added once.
  const planned = new Map<string, LibraryMatch>();
  const plannedById = new Map<string, PlannedArticle>();
  // Copies in the library met so far, with what this import adds to them; null: unreadable.
  const copies = new Map<
    string,
    { text: string; had: AnnotationRecord[]; adding: AddedToExisting } | null
  >();

  /** Adds `article`'s highlights to the copy `match` is, all but those it has already. */
  const toCopy = async (
    article: OmnivoreArticle,
    match: LibraryMatch,
    why: ExistingArticle['why'],
  ): Promise<void> => {
    const lost = article.highlights.length + article.articleNotes.length;
    const inExport = plannedById.get(match.id);
    let copy = inExport ? null : copies.get(match.id);
    if (!inExport && copy === undefined) {
      const read = await library.copyOf(match);
      copy = read && {
        text: read.text,
        had: [...read.annotations],
        adding: { documentId: match.id, title: match.title, records: [] },
      };
      copies.set(match.id, copy);
    }
    const text = inExport?.doc.text ?? copy?.text;
    const had = inExport?.records ?? copy?.had;
    if (text === undefined || !had) {
      plan.existing.push({ ...existing(article, match, why, lost), added: 0 });
      return;
    }
    const made = omnivoreRecords(article, { meta: { id: match.id }, text }, now);
    const fresh = made.records.filter((r) => !had.some((h) => sameHighlight(h, r)));
    const notes = fresh.filter(hasNote).length;
    const unanchored = fresh.filter((r) => made.unanchored.includes(r.id)).length;
    had.push(...fresh);
    if (inExport) {
      inExport.notes += notes;
      inExport.unanchored += unanchored;
    } else if (copy && fresh.length > 0) {
      if (copy.adding.records.length === 0) plan.addToExisting.push(copy.adding);
      copy.adding.records.push(...fresh);
    }
    const title = article.title ?? match.title;
    for (const { reason, quote } of made.leftOut) {
      plan.highlightsLeftOut.push({ slug: article.slug, title, reason, quote });
    }
    const highlights = fresh.filter(hasPassage).length;
    plan.existing.push({ ...existing(article, match, why, lost), added: highlights });
    plan.counts.highlights += highlights;
    plan.counts.notes += notes;
    plan.counts.unanchored += unanchored;
  };
  const total = read.articles.length;
  let sliceEnd = performance.now() + SLICE_MS;
  for (const [index, article] of read.articles.entries()) {
    if (signal?.aborted) throw cancelledError();
    if (performance.now() >= sliceEnd) {
      onProgress?.({ phase: 'checking', done: index, total });
      await yieldToMain();
      sliceEnd = performance.now() + SLICE_MS;
    }
    const lost = article.highlights.length + article.articleNotes.length;
    const address = article.url ? sameAddress(article.url) : null;
    const byUrl = address ? (planned.get(`url:${address}`) ?? library.byUrl(article.url!)) : null;
    if (byUrl) {
      await toCopy(article, byUrl, 'same-url');
      continue;
    }
    const doc = await makeDocument(article);
    if (!doc) {
      plan.leftOut.push({
        reason: 'no-article',
        slug: article.slug,
        title: article.title,
        highlights: lost,
      });
      continue;
    }
    const byText = planned.get(`text:${doc.text}`) ?? (await library.byText(doc.text));
    if (byText) {
      await toCopy(article, byText, 'same-text');
      continue;
    }
    const match = { id: doc.meta.id, title: doc.meta.title };
    if (address) planned.set(`url:${address}`, match);
    planned.set(`text:${doc.text}`, match);
    const { records, unanchored, leftOut } = omnivoreRecords(article, doc, now);
    const notes = records.filter(hasNote).length;
    const adding: PlannedArticle = {
      slug: article.slug,
      doc,
      records,
      notes,
      unanchored: unanchored.length,
      position: positionAtPercent(doc, article.readingProgress),
    };
    plan.add.push(adding);
    plannedById.set(doc.meta.id, adding);
    for (const { reason, quote } of leftOut) {
      plan.highlightsLeftOut.push({ slug: article.slug, title: doc.meta.title, reason, quote });
    }
    plan.counts.articles += 1;
    plan.counts.highlights += records.filter(hasPassage).length;
    plan.counts.notes += notes;
    plan.counts.unanchored += unanchored.length;
  }
  onProgress?.({ phase: 'checking', done: total, total });
  return plan;
}

/** A highlight's or article's note with words in it. */
const hasNote = (record: AnnotationRecord) => record.note.trim() !== '';

function existing(
  article: OmnivoreArticle,
  match: LibraryMatch,
  why: ExistingArticle['why'],
  highlights: number,
): Omit<ExistingArticle, 'added'> {
  return { slug: article.slug, title: article.title ?? match.title, match, why, highlights };
}
