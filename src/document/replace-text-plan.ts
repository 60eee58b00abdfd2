import { createAnchorer } from '../anchoring/anchor';
import { describe } from '../anchoring/describe';
import type { AnnotationTarget } from '../anchoring/selectors';
import type { Block } from './article-document';

/** Why a replacement text is refused before any anchoring: nothing in it, or no change. */
export type ReplaceRefusal = 'empty' | 'identical';

/**
 * Where an annotation goes in the new text: `stays` at its old offsets, `moves` (its quote
 * found exactly elsewhere), `approximate` (found within the fuzzy budget), or `unanchored`
 * (not found: it keeps its old target and is listed with its quote, never placed by guess).
 */
export type ReplaceFate = 'stays' | 'moves' | 'approximate' | 'unanchored';

/** What an anchored item is: stored apart, so the write and the undo need to know. */
export type AnchoredKind = 'annotation' | 'event';

/** Anything anchored in a document's text: an annotation, or a stored timeline event. */
export interface AnchoredItem {
  id: string;
  kind: AnchoredKind;
  target: AnnotationTarget;
  /** Trashed items are re-anchored too (they may come back) but not counted in the preview. */
  deleted: string | null;
}

/** One item's fate and the target to store for it afterwards. */
export interface ReplaceItem {
  id: string;
  kind: AnchoredKind;
  fate: ReplaceFate;
  /** The quote the reader knew (the old `exact`), for the preview's list. */
  quote: string;
  /** Described afresh in the new text when placed; the old target, untouched, when unanchored. */
  target: AnnotationTarget;
  /** The target before the replacement, kept for undo. */
  previous: AnnotationTarget;
  deleted: string | null;
}

/** Everything a replacement changes, computed before the reader confirms. */
export interface ReplaceTextPlan {
  documentId: string;
  /** The canonical text being replaced, checked again when the plan is applied. */
  oldText: string;
  text: string;
  blocks: Block[];
  /** Every item given, in the order given. */
  items: ReplaceItem[];
  /** Live items per fate: the preview's numbers. */
  counts: Record<ReplaceFate, number>;
  /** Live items going to Unanchored, in the order given: the preview's list. */
  unanchored: { id: string; kind: AnchoredKind; quote: string }[];
}

/** A plan, or the code of why there is none. */
export type ReplaceTextResult =
  { ok: true; plan: ReplaceTextPlan } | { ok: false; code: ReplaceRefusal };

/**
 * Plans replacing a document's canonical text with `next` (built by `buildDocument`, as when
 * adding): anchors every item (highlights, notes and timeline events alike) with the anchoring
 * engine in the new text; the counts and the Unanchored list take both kinds. Refuses `empty` when
 * the new text has no visible character and `identical` when it is the same text unit for
 * unit. Pure; never throws.
 */
export function planTextReplacement(
  current: { id: string; text: string },
  items: readonly AnchoredItem[],
  next: { text: string; blocks: readonly Block[] },
): ReplaceTextResult {
  if (next.text.trim() === '') return { ok: false, code: 'empty' };
  if (next.text === current.text) return { ok: false, code: 'identical' };
  const results = createAnchorer(next.text).anchorAll(items.map((item) => item.target));
  const counts: Record<ReplaceFate, number> = { stays: 0, moves: 0, approximate: 0, unanchored: 0 };
  const unanchored: ReplaceTextPlan['unanchored'] = [];
  const planned = items.map((item, i): ReplaceItem => {
    const result = results[i] ?? { status: 'orphan' };
    const quote = item.target.quote.exact;
    const fate: ReplaceFate =
      result.status === 'orphan'
        ? 'unanchored'
        : result.status === 'fuzzy'
          ? 'approximate'
          : result.status === 'quote'
            ? 'moves'
            : 'stays';
    if (item.deleted === null) {
      counts[fate] += 1;
      if (fate === 'unanchored') unanchored.push({ id: item.id, kind: item.kind, quote });
    }
    const target = result.status === 'orphan' ? item.target : describe(result, next.text);
    return {
      id: item.id,
      kind: item.kind,
      fate,
      quote,
      target,
      previous: item.target,
      deleted: item.deleted,
    };
  });
  return {
    ok: true,
    plan: {
      documentId: current.id,
      oldText: current.text,
      text: next.text,
      blocks: [...next.blocks],
      items: planned,
      counts,
      unanchored,
    },
  };
}
