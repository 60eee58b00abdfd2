import { cleanBlockText } from './clean-text';
import { isoDateOf } from './iso-date';
import { httpUrl, siteHost, sourceUrlOf } from './web-address';

/** What a saved page says about itself in its head, JSON-LD and `<time>` elements. */
export interface PageMetadata {
  /** From og:title, twitter:title or JSON-LD: what the page calls its article. */
  title: string | null;
  /** `<title>` without a trailing or leading " - Site name" (when the site name is known). */
  documentTitle: string | null;
  sourceUrl: string | null;
  siteName: string | null;
  author: string | null;
  /** ISO `YYYY-MM-DD`, or null. */
  published: string | null;
}

/** "By", "بقلم", "كتب" and the like before a name in a byline. */
const BYLINE_LEAD = /^(?:by|بقلم|كتبت?|إعداد|اعداد)(?:\s*:\s*|\s+|$)/iu;
/** What follows the name in a byline: a date, a place, a role after a separator. */
const BYLINE_TAIL = /\s+[·•|—–-]\s+.*$/u;
/** Longer than this, a "byline" is a sentence, not a name. */
const MAX_AUTHOR_LENGTH = 100;

/** The JSON-LD fields we read, from whichever object describes the article. */
interface LinkedData {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  url?: string;
}

/**
 * Reads a saved page's metadata before anything is removed from it: title (og:title,
 * twitter:title, JSON-LD headline; `<title>` apart, as `documentTitle`), source
 * URL (`link rel=canonical`, og:url, JSON-LD url; absolute http(s) only, tracking parameters
 * removed), site name
 * (og:site_name, JSON-LD publisher, else the source's host), author (meta author,
 * article:author unless it is a URL, JSON-LD author) and publication date
 * (article:published_time, JSON-LD datePublished, other date metas, the first
 * `<time datetime>` in the `article`, else in the page). JSON-LD is parsed as data, never
 * run. Never throws.
 * @param doc a DOMParser document
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i]`);
      const value = cleanBlockText(el?.getAttribute('content') ?? '');
      if (value) return value;
    }
    return null;
  };
  const ld = readLinkedData(doc);
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? '';
  const sourceUrl =
    sourceUrlOf(canonical) ?? sourceUrlOf(meta('og:url') ?? '') ?? sourceUrlOf(ld.url ?? '');
  const siteName = meta('og:site_name') ?? ld.publisher ?? (sourceUrl ? siteHost(sourceUrl) : null);
  // article:author is often a profile URL, which is no name.
  const metaAuthor = ['author', 'article:author', 'dc.creator', 'byl']
    .map((key) => meta(key))
    .find((value) => value !== null && !httpUrl(value));
  const author = metaAuthor ?? ld.author ?? null;
  const timeElement =
    doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  const published =
    [
      meta('article:published_time', 'datePublished', 'og:published_time'),
      ld.datePublished,
      meta('pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued'),
      timeElement?.getAttribute('datetime'),
    ]
      .map((value) => (value ? isoDateOf(value) : null))
      .find((value) => value !== null) ?? null;
  const title =
    meta('og:title', 'twitter:title') ?? (ld.headline ? cleanBlockText(ld.headline) : null);
  const documentTitle = titleElementText(doc, siteName);
  return { title, documentTitle, sourceUrl, siteName, author, published };
}

/** `<title>` without a trailing or leading " - Site name" / " | Site name". */
function titleElementText(doc: Document, siteName: string | null): string | null {
  const title = cleanBlockText(doc.querySelector('title')?.textContent ?? '');
  if (!title) return null;
  if (siteName) {
    for (const separator of [' - ', ' | ', ' – ', ' — ', ' :: ']) {
      if (title.endsWith(separator + siteName))
        return title.slice(0, -(separator + siteName).length);
      if (title.startsWith(siteName + separator)) return title.slice((siteName + separator).length);
    }
  }
  return title;
}

/**
 * The author's name in a byline as Readability found it in the page ("بقلم: أحمد · 9 فبراير
 * 2022" → "أحمد"), or null when what is left is empty or too long to be a name.
 * @param byline Readability's `byline`, or null
 */
export function bylineAuthor(byline: string | null | undefined): string | null {
  const name = cleanBlockText(byline ?? '')
    .replace(BYLINE_LEAD, '')
    .replace(BYLINE_TAIL, '');
  return name && name.length <= MAX_AUTHOR_LENGTH ? name : null;
}

/** Types of a JSON-LD object that describes the article itself. */
const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|WebPage)$/u;

function readLinkedData(doc: Document): LinkedData {
  const found: LinkedData = {};
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flattenGraph(data)) {
      const types = [item['@type']].flat().filter((t) => typeof t === 'string');
      if (!types.some((t) => ARTICLE_TYPE.test(t))) continue;
      found.headline ??= stringOf(item['headline']) ?? stringOf(item['name']);
      found.datePublished ??= stringOf(item['datePublished']);
      found.author ??= namesOf(item['author']);
      found.publisher ??= namesOf(item['publisher']);
      found.url ??= stringOf(item['url']) ?? stringOf(item['mainEntityOfPage']);
    }
  }
  return found;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object of a JSON-LD value: the value itself, array items and `@graph` members. */
function flattenGraph(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(flattenGraph);
  if (!isObject(data)) return [];
  return [data, ...flattenGraph(data['@graph'])];
}

function stringOf(value: unknown): string | undefined {
  if (isObject(value)) return stringOf(value['@id'] ?? value['url']);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A person or organisation, or a list of them, as "A, B". */
function namesOf(value: unknown): string | undefined {
  const names = [value]
    .flat()
    .map((v) => (isObject(v) ? v['name'] : v))
    .filter((v): v is string => typeof v === 'string' && cleanBlockText(v).length > 0)
    .map(cleanBlockText);
  return names.length > 0 ? names.join('، ') : undefined;
}
