/**
 * Timeline proposals: precision and recall of `proposeEvents` on the hand-made sentence sets
 * (tests/fixtures/timeline/), and how its proposals on the built-in article compare with the
 * curated timeline's dated events; then the median time to propose on the article and on the
 * ~1 MB text of the anchoring benchmark (the article's words shuffled per copy).
 */
import { seedArticle, seedTimeline } from '../../tests/seed-article';
import { compareWithCurated, scoreSet, sentenceSet } from '../../tests/timeline-proposal-quality';
import type { SetScore } from '../../tests/timeline-proposal-quality';
import { parseTimeline } from '../../src/timeline/parse-timeline';
import { proposeEvents } from '../../src/timeline/propose-events';
import { median } from '../median';
import { buildBenchText } from './anchoring';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

function line(name: string, s: SetScore): string {
  return (
    `${name}: precision ${percent(s.precision)} (${s.correct}/${s.proposed}), ` +
    `recall ${percent(s.recall)} (${s.correct}/${s.expected}), ${s.sentences} sentences`
  );
}

export async function run(): Promise<void> {
  const sets = [
    ['Arabic set', 'arabic'],
    ['Arabic held-out set (never tuned on)', 'arabic-held-out'],
    ['English set', 'english'],
  ] as const;
  for (const [name, file] of sets) {
    const score = scoreSet(sentenceSet(file));
    console.log(line(name, score));
    for (const m of score.missed) console.log(`  missed: ${m}`);
    for (const i of score.invented) console.log(`  invented: ${i}`);
  }
  const timeline = parseTimeline(seedTimeline);
  if (!timeline.ok) throw new Error(timeline.detail);
  const { found, missing, invented } = compareWithCurated(seedArticle(), timeline.timeline);
  const dated = found.length + missing.length;
  console.log(
    `built-in article: ${found.length}/${dated} curated dated events found, ` +
      `${invented.length} proposals invented`,
  );
  for (const i of invented) console.log(`  invented: ${i}`);
  timeProposals('built-in article', seedArticle().text);
  timeProposals('anchoring bench text', buildBenchText());
}

function timeProposals(name: string, text: string): void {
  const ms: number[] = [];
  let count = 0;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    count = proposeEvents(text, undefined, { language: 'ar', published: '2022-02-09' }).length;
    ms.push(performance.now() - t);
  }
  console.log(
    `proposeEvents on the ${name} (${text.length.toLocaleString('en')} UTF-16 units): ` +
      `${median(ms).toFixed(1)} ms median of 7, ${count} proposals`,
  );
}
