/**
 * In-article search benchmark: queries on the ~1 MB text of the anchoring benchmark (the
 * article repeated with its words shuffled per copy). Prints the one-time index build and the
 * median time per query over several runs.
 */
import { createSearchIndex } from '../../src/search/find-in-text';
import { buildBenchText } from './anchoring';
import { median } from '../median';

const RUNS = 21;

const QUERIES = [
  'الاستجابه',
  'عسكره',
  'اكثر',
  '٢٠٢٢',
  'منظمة معاهدة الامن الجماعي',
  'زاس',
  'ال',
  'واشنطن',
];

export async function run(): Promise<void> {
  const text = buildBenchText();
  const builds: number[] = [];
  let index = createSearchIndex(text);
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    index = createSearchIndex(text);
    builds.push(performance.now() - t);
  }
  console.log(`text: ${text.length.toLocaleString('en')} UTF-16 units`);
  console.log(`createSearchIndex (normalise once): ${median(builds).toFixed(1)} ms`);
  for (const query of QUERIES) {
    const ms: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      hits = index.findAll(query).length;
      ms.push(performance.now() - t);
    }
    console.log(
      `«${query}»: ${median(ms).toFixed(2)} ms per query, ${hits.toLocaleString('en')} hits`,
    );
  }
}
