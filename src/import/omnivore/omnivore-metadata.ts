import { z } from 'zod';

/**
 * One entry of an Omnivore `metadata_*.json` file, loosely: the fields we read (the rest,
 * `description`, `thumbnail`, is ignored). Omnivore wrote dates with `JSON.stringify` (ISO 8601,
 * UTC), `labels` as names and `readingProgress` as a percent.
 */
const entrySchema = z.looseObject({
  id: z.unknown().optional(),
  slug: z.string().trim().min(1),
  title: z.unknown().optional(),
  author: z.unknown().optional(),
  url: z.unknown().optional(),
  state: z.unknown().optional(),
  readingProgress: z.unknown().optional(),
  labels: z.unknown().optional(),
  savedAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
  publishedAt: z.unknown().optional(),
});

/** What the metadata says of one article; see {@link readMetadataEntry}. */
export interface OmnivoreMetadata {
  /** Omnivore's name for the article; its files are `content/<slug>.html`, `highlights/<slug>.md`. */
  slug: string;
  /** Omnivore's id of the article (a UUID), or null when the export gives none. */
  omnivoreId: string | null;
  /** The title; null when empty (extraction then finds one in the content). */
  title: string | null;
  author: string | null;
  /** The page's original address (`http:`/`https:` only), or null. */
  url: string | null;
  /** When the page was published, ISO 8601 timestamp; null when unknown or not a time. */
  published: string | null;
  /** When it was saved to Omnivore, ISO 8601 timestamp; null when missing or not a time. */
  saved: string | null;
  /** When Omnivore last changed it, ISO 8601 timestamp; null when missing or not a time. */
  updated: string | null;
  /** Omnivore labels, trimmed, empty ones and repeats dropped: the document's tags. */
  labels: string[];
  /** How far the reader got, percent 0–100 (Omnivore's bottom-of-screen percent); null if none. */
  readingProgress: number | null;
  /** True when Omnivore had it archived. */
  archived: boolean;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/gu, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

function time(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_TIME.test(value.trim())) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function webAddress(value: unknown): string | null {
  const raw = text(value);
  if (raw === null || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

function labels(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  // Labels were names; older exports of other tools wrote { name }: both are read.
  const names = value.map((label: unknown) =>
    text(typeof label === 'object' && label !== null ? (label as { name?: unknown }).name : label),
  );
  return [...new Set(names.filter((name) => name !== null))];
}

function percent(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(100, Math.max(0, value));
}

/** One metadata entry as an article's metadata, or null when it is not one (no slug). */
export function readMetadataEntry(value: unknown): OmnivoreMetadata | null {
  const parsed = entrySchema.safeParse(value);
  if (!parsed.success) return null;
  const entry = parsed.data;
  return {
    slug: entry.slug.trim(),
    omnivoreId: text(entry.id),
    title: text(entry.title),
    author: text(entry.author),
    url: webAddress(entry.url),
    published: time(entry.publishedAt),
    saved: time(entry.savedAt),
    updated: time(entry.updatedAt),
    labels: labels(entry.labels),
    readingProgress: percent(entry.readingProgress),
    archived: entry.state === 'Archived' || entry.state === 'ARCHIVED',
  };
}

/**
 * The entries of one metadata file's text: a JSON array (Omnivore's export), or an error code:
 * `metadata-not-json` when it does not parse, `not-omnivore` when it is not an array.
 */
export function metadataEntries(
  json: string,
): { ok: true; entries: unknown[] } | { ok: false; error: 'metadata-not-json' | 'not-omnivore' } {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'metadata-not-json' };
  }
  return Array.isArray(value) ? { ok: true, entries: value } : { ok: false, error: 'not-omnivore' };
}
