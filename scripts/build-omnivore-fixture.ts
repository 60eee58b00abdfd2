/**
 * `npx tsx scripts/build-omnivore-fixture.ts`: writes the Omnivore fixture export's highlights
 * files (as Omnivore's own `highlightToMarkdown` wrote them) and zips the fixture folder into
 * `tests/fixtures/omnivore/omnivore-export.zip` the way Omnivore's export job laid it out:
 * `metadata_<from>_to_<to>.json` at the root, `content/<slug>.html` (or `.pdf`) and
 * `highlights/<slug>.md`. The metadata and content files are written by hand. Deterministic
 * (fixed file times), so rebuilding gives the same bytes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = 'tests/fixtures/omnivore';
const folder = join(root, 'export');

interface Highlight {
  quote: string;
  labels?: string[];
  note?: string;
}

/** Omnivore's highlightToMarkdown: a quote's blank lines become `> ` lines, one space after it. */
function highlightMarkdown({ quote, labels = [], note = '' }: Highlight): string {
  const body = quote.replace(/^(?=\n)$|^\s*?\n/gm, '> ');
  const labelLine = labels.length > 0 ? `\n\n${labels.map((l) => `#${l}`).join(' ')}` : '';
  return `> ${body} ${labelLine}${note ? `\n\n${note}` : ''}`;
}

/** Omnivore's "note" highlight (a note on the whole article). */
function noteMarkdown(note: string): string {
  return `${note}\n\n`;
}

const highlights: Record<string, string[]> = {
  'nile-dam-talks-resume-19233a4f1c2': [
    highlightMarkdown({
      quote: 'ستركز على قواعد الملء في سنوات الجفاف الممتد',
      note: 'هذه هي العقدة منذ 2015.',
    }),
    highlightMarkdown({ quote: 'الأمن المائي لمصر «قضية وجودية»', labels: ['مهم'] }),
    // Not in the article: kept under Unanchored by the import, never dropped.
    highlightMarkdown({
      quote: 'وقّعت الدول الثلاث اتفاقًا نهائيًا في الجلسة الأولى',
      note: 'اقتباس لا يرد في نص المقال.',
    }),
    noteMarkdown('أعود إلى هذا المقال عند صدور البيان الختامي.'),
  ],
  'arab-inflation-eases-slowly-1923b7e5d10': [
    highlightMarkdown({
      quote:
        'لكنه ما زال أعلى بكثير من المستويات التي تستهدفها البنوك المركزية.\n\nويعزو خبراء هذا التراجع البطيء إلى انخفاض أسعار الغذاء عالميًا',
      labels: ['تضخم', 'بنوك مركزية'],
      note: 'فقرتان في تظليل واحد.\n\nوملاحظة من فقرتين أيضًا.',
    }),
    highlightMarkdown({ quote: 'في مصر بلغ التضخم 26.4% في سبتمبر.' }),
  ],
  'why-we-read-slowly-1924c0d8a77': [
    highlightMarkdown({
      quote: 'Reading slowly is not a failure of speed.',
      note: 'The thesis, in one line.',
    }),
    highlightMarkdown({ quote: 'a highlight is a small act of disagreement or delight' }),
  ],
  // Its content file is missing from the export.
  'the-archive-that-vanished-1925e1f2a90': [
    highlightMarkdown({
      quote: 'The archive went dark on a Tuesday.',
      note: 'Content never fetched.',
    }),
  ],
};

for (const [slug, items] of Object.entries(highlights)) {
  writeFileSync(join(folder, 'highlights', `${slug}.md`), items.join('\n\n'));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const mtime = new Date('2024-11-10T12:00:00Z');
const zippable: Zippable = {};
for (const path of files(folder).sort()) {
  zippable[relative(folder, path).split('\\').join('/')] = [readFileSync(path), { mtime }];
}
writeFileSync(join(root, 'omnivore-export.zip'), zipSync(zippable, { level: 9 }));
console.log(`wrote ${Object.keys(zippable).length} files to ${root}/omnivore-export.zip`);
