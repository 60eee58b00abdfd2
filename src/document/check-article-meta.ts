import { BLOCK_KINDS, type Bilingual, type BlockKind } from './article-document';

/** The metadata file that sits beside a seed text in `seeds/`. */
export interface SeedMeta {
  /** Stable document id; annotations and exports refer to the article by it. */
  id: string;
  /** Short name used in file names of exports (ASCII, kebab-case). */
  shortName: string;
  /** Stable URN or URL of the article, used as the W3C annotation `target.source`. */
  source: string;
  headline: Bilingual;
  /** Publication date, ISO 8601 calendar date (YYYY-MM-DD). */
  published: string;
  /** The agency the text comes from, e.g. TASS / تاس. */
  publisher: Bilingual;
  language: 'ar';
  /** Per-line overrides of block kinds, keyed by 1-based source line number. */
  kindOverrides: Record<string, BlockKind>;
}

const KEBAB = /^[a-z0-9][a-z0-9-]*$/;
const SOURCE = /^(urn:|https?:\/\/)\S+$/;
const LINE_NUMBER = /^[1-9]\d*$/;

/** A validated metadata file, or the first problem found (for developers; not shown to readers). */
export type MetaCheck = { ok: true; meta: SeedMeta } | { ok: false; problem: string };

/**
 * Validates a seed's metadata file (`seeds/*.meta.json`). Hand-written rather than zod: it runs
 * on every start, and the validator library would cost the first load more than this does.
 * Never throws; `kindOverrides` defaults to `{}`.
 */
export function checkArticleMeta(raw: unknown): MetaCheck {
  if (!isObject(raw)) return fail('not an object');
  const { id, shortName, source, headline, published, publisher, language } = raw;
  const kindOverrides = raw.kindOverrides ?? {};
  if (!matches(id, KEBAB)) return fail('id');
  if (!matches(shortName, KEBAB)) return fail('shortName');
  if (!matches(source, SOURCE)) return fail('source');
  if (!isBilingual(headline)) return fail('headline');
  if (!isCalendarDate(published)) return fail('published');
  if (!isBilingual(publisher)) return fail('publisher');
  if (language !== 'ar') return fail('language');
  if (!isObject(kindOverrides)) return fail('kindOverrides');
  for (const [line, kind] of Object.entries(kindOverrides)) {
    if (!LINE_NUMBER.test(line) || !BLOCK_KINDS.includes(kind as BlockKind)) {
      return fail(`kindOverrides.${line}`);
    }
  }
  return {
    ok: true,
    meta: {
      id,
      shortName,
      source,
      headline,
      published,
      publisher,
      language,
      kindOverrides: kindOverrides as Record<string, BlockKind>,
    },
  };
}

function fail(problem: string): MetaCheck {
  return { ok: false, problem };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matches(value: unknown, pattern: RegExp): value is string {
  return typeof value === 'string' && pattern.test(value);
}

function isBilingual(value: unknown): value is Bilingual {
  return isObject(value) && matches(value.ar, /\S/) && matches(value.en, /\S/);
}

/** A real calendar date written YYYY-MM-DD. */
function isCalendarDate(value: unknown): value is string {
  if (!matches(value, /^\d{4}-\d{2}-\d{2}$/)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
