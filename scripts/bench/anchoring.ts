/**
 * Anchoring benchmark: 1,000 ranges described on a ~1 MB Arabic text (the article repeated with
 * its words shuffled per copy, so short quotes repeat the way long texts make them), anchored
 * in four edited versions of it (the sets of `anchoring-data.ts`), each beside a windowed
 * approximate-match baseline run on the same targets. Prints medians, counts and each goal.
 */
import search from 'approx-string-match';
import { createAnchorer } from '../../src/anchoring/anchor';
import { ANCHORING_NORMALIZATION, normalizeArabic } from '../../src/anchoring/normalize-arabic';
import type { AnchorResult, AnnotationTarget } from '../../src/anchoring/selectors';
import { seedArticle } from '../../tests/seed-article';
import { median } from '../median';
import type { AnchoringSet } from './anchoring-data';
import {
  arabicEditsSet,
  buildBenchText as buildFrom,
  movedSet,
  oneDeletionSet,
  prng,
  score,
  shuffled,
  unchangedSet,
  wordRanges,
} from './anchoring-data';

export { prng } from './anchoring-data';

/** The ~1 MB text of this bench (other benches measure on it too). */
export function buildBenchText(size = 1_000_000, seed = 7): string {
  return buildFrom(seedArticle().text, size, seed);
}

const RUNS = 7;
const TARGETS = 1000;
/** Half-width of the baseline's first window around the stored position. */
const BASELINE_WINDOW = 4096;

function time(fn: () => void, runs = RUNS): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/**
 * The baseline: approx-string-match of prefix+exact+suffix (10% errors) within ±4 KB of the
 * stored position, then over the whole text; the fewest-error match, minus the context lengths.
 */
function baselineAnchor(target: AnnotationTarget, text: string): AnchorResult {
  const { prefix, exact, suffix } = target.quote;
  const pattern = prefix + exact + suffix;
  const maxErrors = Math.floor(pattern.length / 10);
  const at = target.position?.start ?? 0;
  const from = Math.max(0, at - prefix.length - BASELINE_WINDOW);
  const to = Math.min(text.length, at + exact.length + suffix.length + BASELINE_WINDOW);
  const inWindow = search(text.slice(from, to), pattern, maxErrors);
  const found = inWindow.length > 0 ? inWindow : search(text, pattern, maxErrors);
  const offset = inWindow.length > 0 ? from : 0;
  let best = found[0];
  for (const m of found) if (best && m.errors < best.errors) best = m;
  if (!best) return { status: 'orphan' };
  return {
    status: 'fuzzy',
    start: offset + best.start + prefix.length,
    end: offset + best.end - suffix.length,
  };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const holds = (ok: boolean) => (ok ? 'holds' : 'MISSED');

interface Measured {
  ms: number;
  right: number;
  wrong: number;
  orphan: number;
  baselineMs: number;
  baselineRight: number;
  baselineWrong: number;
}

function measure(ordered: AnchoringSet): Measured {
  // The store hands records over in id order (random UUIDs), not in text order: so does this.
  const set = shuffled(ordered, 41);
  const anchorer = createAnchorer(set.text);
  // Normalising the new text happens once per text, not per target: time it apart.
  anchorer.anchor({ quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } });
  let results: AnchorResult[] = [];
  const ms = time(() => (results = anchorer.anchorAll(set.targets)));
  const ours = score(set, results);
  let base: AnchorResult[] = [];
  const baselineMs = time(() => (base = set.targets.map((t) => baselineAnchor(t, set.text))), 1);
  const theirs = score(set, base);
  const line = `${set.name}: ${fmt(ms)}, right ${ours.right}/${set.targets.length}, wrong ${ours.wrong}, orphan ${ours.orphan}`;
  console.log(
    `${line}\n  baseline (±4 KB then whole text): ${fmt(baselineMs)}, right ${theirs.right}, wrong ${theirs.wrong}, orphan ${theirs.orphan}; ours/baseline ${(ms / baselineMs).toFixed(2)}×`,
  );
  return { ms, ...ours, baselineMs, baselineRight: theirs.right, baselineWrong: theirs.wrong };
}

export async function run(): Promise<void> {
  const article = seedArticle().text;
  const text = buildBenchText();
  console.log(`text: ${text.length.toLocaleString('en')} UTF-16 units, ${TARGETS} ranges per set`);
  const normalise = time(() => normalizeArabic(text, ANCHORING_NORMALIZATION), 3);
  console.log(`normalise 1 MB (once per text, not in the figures below): ${fmt(normalise)}\n`);

  const ranges = wordRanges(text, { count: TARGETS, seed: 11 });
  const random = prng(5);
  const short = wordRanges(text, {
    count: TARGETS,
    seed: 19,
    words: () => 1 + Math.floor(random() * 3),
    maxLength: 15,
    margin: 40,
  });
  const inserted = buildFrom(article, 2000, 3).slice(0, 2000);

  const same = measure(unchangedSet(text, ranges));
  console.log(`  goal: near 1 ms, none wrong: ${holds(same.ms <= 2 && same.wrong === 0)}`);
  const cut = measure(oneDeletionSet(text, short, 23));
  console.log(
    `  goal: short quotes, ≥ 999 found, none wrong: ${holds(cut.right >= 999 && cut.wrong === 0)}`,
  );
  const marks = measure(arabicEditsSet(text, ranges, 29));
  console.log(
    `  goal: 1000 found, none wrong: ${holds(marks.right === 1000 && marks.wrong === 0)}`,
  );
  const moved = measure(movedSet(text, ranges, { inserted, every: 5, seed: 31 }));
  console.log(
    `  goal: all found, none wrong, ≤ 150 ms and faster than the baseline: ${holds(
      moved.right === TARGETS &&
        moved.wrong === 0 &&
        moved.ms <= 150 &&
        moved.ms < moved.baselineMs,
    )}`,
  );
}
