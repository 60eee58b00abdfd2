import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleDocument } from '../src/document/article-document';
import { referenceDate } from '../src/document/document-meta';
import type { ProposedEvent } from '../src/timeline/propose-events';
import { proposeEvents } from '../src/timeline/propose-events';
import { resolveEvents } from '../src/timeline/resolve-events';
import type { Timeline, TimelineEvent } from '../src/timeline/timeline-schema';

/** One event a sentence of a hand-made set should yield (see tests/fixtures/timeline/). */
export interface ExpectedProposal {
  date?: string;
  until?: string;
  hijri?: string;
  undated?: boolean;
}

/** A hand-made sentence set: news sentences in one language and what each should propose. */
export interface SentenceSet {
  language: string;
  sentences: { published: string; text: string; expected: ExpectedProposal[] }[];
}

/** Precision and recall of the proposer on a set, with what it got wrong. */
export interface SetScore {
  sentences: number;
  expected: number;
  proposed: number;
  correct: number;
  precision: number;
  recall: number;
  /** "text: key" for each expected event not proposed. */
  missed: string[];
  /** "text: key" for each proposal nobody expected. */
  invented: string[];
}

/**
 * Reads `tests/fixtures/timeline/<name>-sentences.json`: `arabic` and `english` were written
 * before the proposer and it was tuned on them; `arabic-held-out` was written after it and is
 * never tuned on, so its score is the fairer one.
 */
export function sentenceSet(name: 'arabic' | 'arabic-held-out' | 'english'): SentenceSet {
  const file = join(process.cwd(), `tests/fixtures/timeline/${name}-sentences.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as SentenceSet;
}

/** What must agree: Gregorian date (ISO at its precision), range end, Hijri date as written. */
const keyOfExpected = (e: ExpectedProposal): string =>
  e.undated
    ? 'undated'
    : [e.date, e.until && `..${e.until}`, e.hijri && ` (${e.hijri} AH)`].join('');

const keyOfProposal = (p: ProposedEvent): string =>
  p.date === null
    ? 'undated'
    : [p.date.value, p.until && `..${p.until.value}`, p.hijri && ` (${p.hijri.value} AH)`].join('');

/**
 * Scores the proposer on a set, sentence by sentence: a proposal is correct when its key
 * (date, range end, Hijri date) is one the sentence expects, each expected key used once.
 */
export function scoreSet(set: SentenceSet): SetScore {
  const score: SetScore = {
    sentences: set.sentences.length,
    expected: 0,
    proposed: 0,
    correct: 0,
    precision: 1,
    recall: 1,
    missed: [],
    invented: [],
  };
  for (const { text, published, expected } of set.sentences) {
    const proposed = proposeEvents(text, undefined, { language: set.language, published });
    const open = expected.map(keyOfExpected);
    score.expected += open.length;
    score.proposed += proposed.length;
    for (const key of proposed.map(keyOfProposal)) {
      const i = open.indexOf(key);
      if (i === -1) score.invented.push(`${text}: ${key}`);
      else {
        open.splice(i, 1);
        score.correct += 1;
      }
    }
    score.missed.push(...open.map((key) => `${text}: ${key}`));
  }
  score.precision = score.proposed === 0 ? 1 : score.correct / score.proposed;
  score.recall = score.expected === 0 ? 1 : score.correct / score.expected;
  return score;
}

/** How the proposals on an article compare with its curated timeline's dated events. */
export interface CuratedComparison {
  /** Ids of the curated dated events a proposal found. */
  found: string[];
  /** Ids of the curated dated events no proposal found. */
  missing: string[];
  /** Proposals that match no curated dated event ("date «quote»"). */
  invented: string[];
}

/**
 * Compares the proposals on `doc` with `timeline`'s dated events. A proposal finds an event
 * when it has the event's date (value and precision) and its sentence overlaps the event's
 * anchored passage; each event is found at most once and each proposal finds at most one.
 * Undated curated events (a statement, a toll) are no timeline date to propose.
 */
export function compareWithCurated(doc: ArticleDocument, timeline: Timeline): CuratedComparison {
  const proposals = proposeEvents(doc.text, doc.blocks, {
    language: doc.meta.language,
    published: referenceDate(doc.meta),
  });
  const dated = resolveEvents(timeline, doc.text).filter((r) => r.event.date !== null);
  const unused = new Set(proposals);
  const found: string[] = [];
  const missing: string[] = [];
  for (const { event, range } of dated) {
    const match = proposals.find((p) => unused.has(p) && finds(p, event, range));
    if (match) {
      unused.delete(match);
      found.push(event.id);
    } else missing.push(event.id);
  }
  const invented = [...unused].map((p) => `${keyOfProposal(p)} «${p.target.quote.exact}»`);
  return { found, missing, invented };
}

function finds(
  p: ProposedEvent,
  event: TimelineEvent,
  range: { start: number; end: number } | null,
): boolean {
  const at = p.target.position;
  if (!range || !at || !event.date || !p.date) return false;
  const sameDate = p.date.value === event.date.value && p.date.precision === event.date.precision;
  return sameDate && at.start < range.end && range.start < at.end;
}
