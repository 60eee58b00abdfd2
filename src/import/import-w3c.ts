import { z } from 'zod';
import type { ImportItem } from './import-item';
import { idFromIri } from './import-item';
import { QARI_COLOR, QARI_NAMESPACE } from '../export/jsonld-vocabulary';

const typeValue = z.union([z.string(), z.array(z.string())]);

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

const positionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    end: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  })
  .refine((s) => s.end >= s.start);

const targetObject = z.looseObject({
  source: z.union([z.string(), z.looseObject({ id: z.string() })]).optional(),
  selector: z.unknown().optional(),
});

const textualBody = z.looseObject({
  type: z.string().optional(),
  value: z.string(),
  purpose: typeValue.optional(),
});

/** A W3C Web Annotation, loosely: only what we read is checked, the rest is ignored. */
export const w3cAnnotationSchema = z.looseObject({
  type: typeValue,
  id: z.unknown().optional(),
  created: z.unknown().optional(),
  modified: z.unknown().optional(),
  body: z.unknown().optional(),
  bodyValue: z.string().optional(),
  target: z.unknown().optional(),
});

/** True when `value` says it is an Annotation (`type` "Annotation" or an array holding it). */
export function isW3CAnnotation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'Annotation' || (Array.isArray(type) && type.includes('Annotation'));
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The quote and position among a target's selectors (a selector or an array of them). */
export function readSelectors(selector: unknown): Pick<ImportItem, 'quote' | 'position'> {
  let quote: ImportItem['quote'] = null;
  let position: ImportItem['position'] = null;
  for (const candidate of asArray(selector)) {
    const q = quoteSelector.safeParse(candidate);
    if (q.success && quote === null) {
      quote = { exact: q.data.exact, prefix: q.data.prefix ?? '', suffix: q.data.suffix ?? '' };
    }
    const p = positionSelector.safeParse(candidate);
    if (p.success && position === null) position = { start: p.data.start, end: p.data.end };
  }
  return { quote, position };
}

type TargetFields = Pick<ImportItem, 'source' | 'quote' | 'position' | 'wholeDocument'>;

/**
 * The first target with a quote, else the first one read. A target that is only a source (an
 * IRI, or an object with no selector) is about the whole document (`wholeDocument`).
 */
function readTarget(target: unknown): TargetFields {
  const targets = asArray(target);
  let fallback: TargetFields | null = null;
  for (const t of targets) {
    if (typeof t === 'string') {
      fallback ??= { source: t, quote: null, position: null, wholeDocument: true };
      continue;
    }
    const parsed = targetObject.safeParse(t);
    if (!parsed.success) continue;
    const { source } = parsed.data;
    const read = {
      source: typeof source === 'string' ? source : (source?.id ?? null),
      ...readSelectors(parsed.data.selector),
      wholeDocument: source !== undefined && asArray(parsed.data.selector).length === 0,
    };
    if (read.quote !== null) return read;
    fallback ??= read;
  }
  return fallback ?? { source: null, quote: null, position: null };
}

function readBodies(
  body: unknown,
  bodyValue: string | undefined,
): { note: string; tags: string[] } {
  const notes: string[] = bodyValue !== undefined && bodyValue !== '' ? [bodyValue] : [];
  const tags: string[] = [];
  for (const b of asArray(body)) {
    const parsed = textualBody.safeParse(b);
    // A body that is only an IRI, or not textual, carries nothing we can store.
    if (!parsed.success) continue;
    if (asArray(parsed.data.purpose).includes('tagging')) tags.push(parsed.data.value);
    else if (parsed.data.value !== '') notes.push(parsed.data.value);
  }
  return { note: notes.join('\n\n'), tags };
}

/** One W3C annotation as an import item, or null when it is not one. */
export function w3cItem(value: unknown): ImportItem | null {
  const parsed = w3cAnnotationSchema.safeParse(value);
  if (!parsed.success) return null;
  const a = parsed.data;
  const color = a[QARI_COLOR] ?? a[`${QARI_NAMESPACE}color`];
  return {
    id: idFromIri(a.id),
    ...readTarget(a.target),
    ...readBodies(a.body, a.bodyValue),
    ...(color !== undefined ? { color } : {}),
    ...(a.created !== undefined ? { created: a.created } : {}),
    ...(a.modified !== undefined ? { modified: a.modified } : {}),
  };
}
