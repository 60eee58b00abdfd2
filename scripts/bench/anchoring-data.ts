/**
 * The anchoring sets: a text, ranges described on it, the same text edited one way, and where
 * each range now is. The bench builds them on ~1 MB; the unit tests build small ones on the
 * article, so both measure the same edits.
 */
import { describe } from '../../src/anchoring/describe';
import type { AnchorResult, AnnotationTarget, TextRange } from '../../src/anchoring/selectors';

/** Deterministic PRNG (mulberry32) so every run measures the same texts and ranges. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Copies of `article`, words shuffled per copy, one copy per line, until `size` units. */
export function buildBenchText(article: string, size = 1_000_000, seed = 7): string {
  const random = prng(seed);
  const words = article.split(/\s+/u);
  const copies: string[] = [];
  let length = 0;
  while (length < size) {
    const copy = [...words];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
    }
    const line = copy.join(' ');
    copies.push(line);
    length += line.length + 1;
  }
  return copies.join('\n');
}

/** How the ranges of a set are drawn. */
export interface RangeOptions {
  count: number;
  seed: number;
  /** Words per range: most 1–12, one in ten 13–60 by default. */
  words?: () => number;
  /** Longest range (UTF-16 units), e.g. 15 for short quotes. */
  maxLength?: number;
  /** Units kept free around each range (its context must not hold another range's edits). */
  margin?: number;
}

/** Disjoint word-aligned ranges, at least 2 units, within one line, sorted. */
export function wordRanges(text: string, options: RangeOptions): TextRange[] {
  const random = prng(options.seed);
  const { count, maxLength = Infinity, margin = 1 } = options;
  const size =
    options.words ??
    (() => (random() < 0.9 ? 1 + Math.floor(random() * 12) : 13 + Math.floor(random() * 48)));
  const words = [...text.matchAll(/\S+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const ranges: TextRange[] = [];
  const taken = new Uint8Array(text.length + 1);
  for (let tries = 0; ranges.length < count && tries < count * 200; tries++) {
    const n = size();
    const first = Math.floor(random() * (words.length - n));
    const start = words[first]?.start ?? 0;
    const end = words[first + n - 1]?.end ?? 0;
    if (end - start < 2 || end - start > maxLength || text.slice(start, end).includes('\n')) {
      continue;
    }
    const lo = Math.max(0, start - margin);
    const hi = Math.min(text.length, end + margin);
    if (taken.subarray(lo, hi).some((x) => x === 1)) continue;
    taken.fill(1, lo, hi);
    ranges.push({ start, end });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** One anchoring set: targets described on the original, the edited text, where each is now. */
export interface AnchoringSet {
  name: string;
  text: string;
  targets: AnnotationTarget[];
  /** Where each target's text is in `text` now (null: no longer there). */
  expected: (TextRange | null)[];
}

/** An edited text and, for each offset of the original, the offset it maps to. */
interface Edited {
  text: string;
  map: (offset: number) => number;
}

/** Deletes the units at `cuts` (original offsets, any order). */
function deleteUnits(text: string, cuts: number[]): Edited {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const cut of sorted) {
    out += text.slice(last, cut);
    last = cut + 1;
  }
  out += text.slice(last);
  const map = (offset: number) => {
    let before = 0;
    while (before < sorted.length && (sorted[before] as number) < offset) before++;
    return offset - before;
  };
  return { text: out, map };
}

function setOf(name: string, original: string, ranges: TextRange[], edited: Edited): AnchoringSet {
  return {
    name,
    text: edited.text,
    targets: ranges.map((r) => describe(r, original)),
    expected: ranges.map((r) => ({ start: edited.map(r.start), end: edited.map(r.end) })),
  };
}

/** The text unchanged: every stored position holds. */
export function unchangedSet(text: string, ranges: TextRange[]): AnchoringSet {
  return setOf('unchanged', text, ranges, { text, map: (x) => x });
}

/** Harakat, shadda and the other marks normalisation removes (they belong to the letter before). */
const MARK = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/u;

/**
 * A unit whose deletion has one place only: a letter (not a space or a mark) unlike both
 * neighbours, not followed by a mark (which would be left without its letter), and not between
 * two spaces (which would merge into one).
 */
function clearCut(text: string, at: number): boolean {
  const unit = text[at];
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  return (
    unit !== undefined &&
    !/\s/u.test(unit) &&
    !MARK.test(unit) &&
    !MARK.test(after) &&
    !(/\s/u.test(before) && /\s/u.test(after)) &&
    unit !== before &&
    unit !== after
  );
}

/**
 * Short quotes (under 16 units, from `ranges`, each with `margin` ≥ 40 free around it) with one
 * unit deleted inside the quote and one in its context (within 24 units, either side).
 */
export function oneDeletionSet(text: string, ranges: TextRange[], seed: number): AnchoringSet {
  const random = prng(seed);
  const cuts: number[] = [];
  for (const r of ranges) {
    for (let tries = 0; tries < 50; tries++) {
      const at = r.start + Math.floor(random() * (r.end - r.start));
      if (clearCut(text, at)) {
        cuts.push(at);
        break;
      }
    }
    for (let tries = 0; tries < 50; tries++) {
      const distance = 2 + Math.floor(random() * 22);
      const at = random() < 0.5 ? r.start - distance : r.end + distance - 1;
      if (at >= 0 && clearCut(text, at)) {
        cuts.push(at);
        break;
      }
    }
  }
  return setOf('one deletion', text, ranges, deleteUnits(text, cuts));
}

/**
 * Edits that change only Arabic spelling marks: every shadda dropped, every other hamza form
 * (أ إ آ) written as a bare alef. Positions after a dropped shadda shift.
 */
export function arabicEditsSet(text: string, ranges: TextRange[], seed: number): AnchoringSet {
  const random = prng(seed);
  const cuts: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string;
    if (unit === '\u0651') cuts.push(i);
    else out += /[أإآ]/u.test(unit) && random() < 0.5 ? 'ا' : unit;
  }
  const { map } = deleteUnits(text, cuts);
  return setOf('Arabic-only edits', text, ranges, { text: out, map });
}

/**
 * Text moved: `inserted` put before everything and one line in `every` swapped with another,
 * so every stored position is stale. Ranges must each lie within one line.
 */
export function movedSet(
  text: string,
  ranges: TextRange[],
  options: { inserted: string; every: number; seed: number },
): AnchoringSet {
  const random = prng(options.seed);
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const order = lines.map((_, i) => i);
  for (let i = 0; i < order.length; i += options.every) {
    const j = Math.floor(random() * order.length);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const head = options.inserted + '\n';
  const newStart = new Array<number>(lines.length);
  let at = head.length;
  for (const line of order) {
    newStart[line] = at;
    at += (lines[line] as string).length + 1;
  }
  const lineOf = (x: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const edited = head + order.map((i) => lines[i]).join('\n');
  return {
    name: 'moved',
    text: edited,
    targets: ranges.map((r) => describe(r, text)),
    expected: ranges.map((r) => {
      const line = lineOf(r.start);
      const shift = (newStart[line] as number) - (starts[line] as number);
      return { start: r.start + shift, end: r.end + shift };
    }),
  };
}

/** The same set with its targets (and their expected places) in a seeded random order. */
export function shuffled(set: AnchoringSet, seed: number): AnchoringSet {
  const random = prng(seed);
  const order = set.targets.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return {
    ...set,
    targets: order.map((i) => set.targets[i] as AnchoringSet['targets'][number]),
    expected: order.map((i) => set.expected[i] as AnchoringSet['expected'][number]),
  };
}

/** Right, wrong (found elsewhere) and orphaned counts of results against a set. */
export function score(set: AnchoringSet, results: AnchorResult[]) {
  let right = 0;
  let wrong = 0;
  let orphan = 0;
  results.forEach((r, i) => {
    const want = set.expected[i];
    if (r.status === 'orphan') orphan++;
    else if (want && r.start === want.start && r.end === want.end) right++;
    else wrong++;
  });
  return { right, wrong, orphan };
}
