/**
 * Anchoring benchmark: describe and anchor 1,000 annotations on a ~1 MB Arabic text (the
 * article repeated with its words shuffled per copy, so short quotes repeat the way long texts
 * make them), unchanged and after one character was deleted inside every quote (so every later
 * position is shifted). Same on the article itself. Prints medians of several runs.
 */
import search from 'approx-string-match';
import { createAnchorer } from '../../src/anchoring/anchor';
import { describe } from '../../src/anchoring/describe';
import { ANCHORING_NORMALIZATION, normalizeArabic } from '../../src/anchoring/normalize-arabic';
import type { AnchorResult, AnnotationTarget, TextRange } from '../../src/anchoring/selectors';
import { seedArticle } from '../../tests/seed-article';
import { median } from '../median';

const RUNS = 7;
const TARGETS = 1000;

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

/** ~1 MB (UTF-16 units): copies of the article, words shuffled per copy, one copy per line. */
export function buildBenchText(size = 1_000_000, seed = 7): string {
  const random = prng(seed);
  const words = seedArticle().text.split(/\s+/u);
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

/** Word-aligned ranges, most 1–12 words, one in ten 13–60; at least 2 units long. */
function wordRanges(text: string, count: number, seed: number, disjoint: boolean): TextRange[] {
  const random = prng(seed);
  const words = [...text.matchAll(/\S+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const ranges: TextRange[] = [];
  const taken = new Uint8Array(text.length + 1);
  while (ranges.length < count) {
    const n = random() < 0.9 ? 1 + Math.floor(random() * 12) : 13 + Math.floor(random() * 48);
    const first = Math.floor(random() * (words.length - n));
    const start = words[first]?.start ?? 0;
    const end = words[first + n - 1]?.end ?? 0;
    if (end - start < 2) continue;
    if (disjoint) {
      if (taken.subarray(Math.max(0, start - 1), end + 1).some((x) => x === 1)) continue;
      taken.fill(1, start, end);
    }
    ranges.push({ start, end });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** Deletes one unit inside each (disjoint, sorted) range; returns the text and where each now is. */
function deleteInside(text: string, ranges: TextRange[], seed: number) {
  const random = prng(seed);
  const cuts = ranges.map((r) => r.start + Math.floor(random() * (r.end - r.start)));
  let edited = '';
  let last = 0;
  for (const cut of cuts) {
    edited += text.slice(last, cut);
    last = cut + 1;
  }
  edited += text.slice(last);
  const expected = ranges.map((r, i) => ({ start: r.start - i, end: r.end - i - 1 }));
  return { edited, expected };
}

function time(fn: () => void, runs = RUNS): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

function rightCount(results: AnchorResult[], expected: TextRange[]): number {
  return results.filter(
    (r, i) => r.status !== 'orphan' && r.start === expected[i]?.start && r.end === expected[i]?.end,
  ).length;
}

/** The naive baseline: approx-string-match of prefix+exact+suffix in a window around the old place. */
function naiveAnchor(target: AnnotationTarget, text: string): AnchorResult {
  const { prefix, exact, suffix } = target.quote;
  const at = target.position?.start ?? 0;
  const from = Math.max(0, at - prefix.length - 2048);
  const window = text.slice(from, at + exact.length + suffix.length + 2048);
  const pattern = prefix + exact + suffix;
  const [best] = search(window, pattern, Math.floor(pattern.length / 10));
  if (!best) return { status: 'orphan' };
  return {
    status: 'fuzzy',
    start: from + best.start + prefix.length,
    end: from + best.end - suffix.length,
  };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;

/** Times describing `ranges` and anchoring them back in the same text; returns the targets. */
function describeAndReanchor(text: string, ranges: TextRange[]): AnnotationTarget[] {
  let targets: AnnotationTarget[] = [];
  console.log(
    `describe ${TARGETS}: ${fmt(time(() => (targets = ranges.map((r) => describe(r, text)))))}`,
  );
  const same = createAnchorer(text);
  let results: AnchorResult[] = [];
  const unchanged = time(() => (results = targets.map((t) => same.anchor(t))));
  console.log(
    `anchor ${TARGETS}, positions still hold: ${fmt(unchanged)}, right ${pct(rightCount(results, ranges), TARGETS)}`,
  );
  return targets;
}

function benchLongText(): void {
  const text = buildBenchText();
  console.log(
    `text: ${text.length.toLocaleString('en')} UTF-16 units, ${TARGETS} word-aligned ranges`,
  );
  console.log(
    `normalise 1 MB (anchoring preset): ${fmt(time(() => normalizeArabic(text, ANCHORING_NORMALIZATION)))}`,
  );

  const ranges = wordRanges(text, TARGETS, 11, true);
  const targets = describeAndReanchor(text, ranges);
  let results: AnchorResult[] = [];

  const { edited, expected } = deleteInside(text, ranges, 13);
  const t0 = performance.now();
  const anchorer = createAnchorer(edited);
  anchorer.anchor(targets[0] as AnnotationTarget);
  const setup = performance.now() - t0;
  const shifted = time(() => (results = targets.map((t) => anchorer.anchor(t))));
  const statuses = new Map<string, number>();
  for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  console.log(
    `anchor ${TARGETS}, one unit deleted inside each quote: ${fmt(shifted)} ` +
      `(+ ${fmt(setup)} once to normalise the new text), right ${pct(rightCount(results, expected), TARGETS)}, ` +
      `statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  const naive = time(() => (results = targets.map((t) => naiveAnchor(t, edited))), 3);
  console.log(
    `  baseline (approx-string-match of prefix+exact+suffix, ±2048 window): ${fmt(naive)}, ` +
      `right ${pct(rightCount(results, expected), TARGETS)}`,
  );
}

function benchArticle(): void {
  const text = seedArticle().text;
  console.log(
    `\narticle: ${text.length} UTF-16 units, ${TARGETS} word-aligned ranges (overlapping)`,
  );
  const ranges = wordRanges(text, TARGETS, 17, false);
  const targets = describeAndReanchor(text, ranges);
  let results: AnchorResult[] = [];

  // Ranges overlap on a short text, so each gets its own edited copy (anchorers built beforehand).
  const edits = ranges.map((r, i) => {
    const { edited, expected } = deleteInside(text, [r], 100 + i);
    const anchorer = createAnchorer(edited);
    anchorer.anchor({ quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } });
    return { anchorer, expected: expected[0] as TextRange };
  });
  const shifted = time(
    () => (results = targets.map((t, i) => edits[i]?.anchorer.anchor(t) as AnchorResult)),
  );
  const right = rightCount(
    results,
    edits.map((e) => e.expected),
  );
  console.log(
    `anchor ${TARGETS}, one unit deleted inside each quote: ${fmt(shifted)}, right ${pct(right, TARGETS)}`,
  );
}

export async function run(): Promise<void> {
  benchLongText();
  benchArticle();
}
