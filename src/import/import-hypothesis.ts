import { z } from 'zod';
import type { ImportItem } from './import-item';
import { readSelectors } from './import-w3c';

/**
 * One annotation of a Hypothesis JSON export (`{ export_date, annotations: [...] }` or a bare
 * array), loosely: `id`, `created`, `updated`, `uri`, `text`, `tags`, `target[].selector[]`.
 */
const hypothesisSchema = z.looseObject({
  id: z.unknown().optional(),
  created: z.unknown().optional(),
  updated: z.unknown().optional(),
  uri: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  target: z
    .array(z.looseObject({ source: z.string().optional(), selector: z.unknown().optional() }))
    .optional(),
});

/** True for an object shaped like a Hypothesis annotation (and not a W3C one). */
export function looksLikeHypothesis(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return !('type' in v) && (Array.isArray(v.target) || typeof v.uri === 'string');
}

/**
 * Why a Hypothesis annotation is not one to import, or null when it is one (or is not
 * Hypothesis-shaped at all): `reply` when it answers others (`references` lists them).
 */
export function hypothesisLeftOut(value: unknown): 'reply' | null {
  if (!looksLikeHypothesis(value)) return null;
  const { references } = value as { references?: unknown };
  return Array.isArray(references) && references.length > 0 ? 'reply' : null;
}

function hasSelector(target: { selector?: unknown }): boolean {
  const { selector } = target;
  return Array.isArray(selector)
    ? selector.length > 0
    : selector !== undefined && selector !== null;
}

/**
 * One Hypothesis annotation as an import item, or null when it is not one. A page note (none of
 * its targets has a selector) is an item on the whole document its `uri` or target names.
 */
export function hypothesisItem(value: unknown): ImportItem | null {
  const parsed = hypothesisSchema.safeParse(value);
  if (!parsed.success) return null;
  const a = parsed.data;
  const withQuote = a.target?.find((t) => readSelectors(t.selector).quote !== null);
  const target = withQuote ?? a.target?.[0];
  const { id } = a;
  return {
    id:
      typeof id === 'string' && id.trim() !== ''
        ? { kind: 'foreign', scheme: 'hypothesis', value: id.trim() }
        : id === undefined
          ? { kind: 'content' }
          : { kind: 'invalid' },
    source: target?.source ?? a.uri ?? null,
    ...readSelectors(target?.selector),
    wholeDocument: !(a.target ?? []).some(hasSelector),
    note: a.text ?? '',
    tags: a.tags ?? [],
    ...(a.created !== undefined ? { created: a.created } : {}),
    ...(a.updated !== undefined ? { modified: a.updated } : {}),
  };
}
