import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/anchoring/describe';
import type { TimelineEventRecord } from '../../../src/storage/timeline-event-record';
import { normalizeTimelineEvent } from '../../../src/storage/timeline-event-record';
import { eventFromSelection } from '../../../src/timeline/event-from-selection';
import {
  acceptProposal,
  asResolvedEvent,
  openProposals,
  parseTypedDate,
  placeEvents,
} from '../../../src/timeline/own-timeline';
import { proposeEvents } from '../../../src/timeline/propose-events';
import { seedArticle } from '../../seed-article';
import { ORDER_CASES, TYPED_DATES } from './own-timeline-cases';

const TEXT = [
  'The dam was built in 2024.',
  'The river burst its banks on 2 March 2024, flooding the town.',
  'Schools reopened on 9 March 2024 after the water fell.',
].join('\n');
const NOW = '2024-03-11T08:00:00.000Z';

function stored(
  id: string,
  date: string | null,
  quote: string,
  created = NOW,
): TimelineEventRecord {
  const start = TEXT.indexOf(quote);
  const target =
    start < 0
      ? { quote: { type: 'TextQuoteSelector' as const, exact: quote, prefix: '', suffix: '' } }
      : describeRange({ start, end: start + quote.length }, TEXT);
  const precision =
    date === null ? 'day' : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id,
    documentId: 'doc',
    title: quote,
    date: date === null ? null : { value: date, precision, calendar: 'gregorian', original: date },
    target,
    status: 'added',
    proposalId: null,
    created,
    modified: created,
  };
}

describe('a typed event date', () => {
  it.each(TYPED_DATES)('%j reads as %j', (typed, expected) => {
    expect(parseTypedDate(typed)).toEqual(expected);
  });
});

describe('the order of a document’s own timeline', () => {
  it.each(ORDER_CASES)('$name', ({ events, expected }) => {
    const records = events.map((e) => stored(e.id, e.date, e.quote, e.created));
    expect(placeEvents(records, TEXT).map((p) => p.record.id)).toEqual(expected);
  });

  it('places every event where its quote is, and an event whose quote is gone nowhere', () => {
    const placed = placeEvents(
      [stored('x', null, 'Schools reopened'), stored('y', null, 'Gone')],
      TEXT,
    );
    expect(placed.map((p) => (p.range ? TEXT.slice(p.range.start, p.range.end) : null))).toEqual([
      'Schools reopened',
      null,
    ]);
    expect(placed.map((p) => p.status)).toEqual(['position', 'orphan']);
  });

  it('finds an event again after the text moved, as highlights are found', () => {
    const event = stored('x', null, 'Schools reopened');
    const [placed] = placeEvents([event], `A new first line.\n${TEXT}`);
    expect(placed?.status).toBe('quote');
    expect(asResolvedEvent(placed!, 0).event).toMatchObject({
      id: 'x',
      title: { en: 'Schools reopened' },
    });
  });
});

describe('proposals and the reader’s choices', () => {
  const proposals = proposeEvents(TEXT, undefined, { language: 'en', published: '2024-03-10' });

  it('accepts a proposal as a valid stored event with its sentence, date and words', () => {
    const river = proposals.find((p) => p.title.startsWith('The river'));
    const record = acceptProposal(river!, 'doc', TEXT, NOW);
    expect(normalizeTimelineEvent(record)).toEqual(record);
    expect(record).toMatchObject({
      status: 'accepted',
      proposalId: river!.id,
      date: {
        value: '2024-03-02',
        precision: 'day',
        calendar: 'gregorian',
        original: '2 March 2024',
      },
    });
    expect(record.target.quote.exact).toContain('The river burst its banks');
  });

  it('keeps the reader’s edits when accepting', () => {
    const record = acceptProposal(proposals[0]!, 'doc', TEXT, NOW, { title: 'Dam', date: null });
    expect(record).toMatchObject({ title: 'Dam', date: null });
  });

  it('no longer proposes what was accepted or dismissed', () => {
    const [first, second, third] = proposals;
    const accepted = acceptProposal(first!, 'doc', TEXT, NOW);
    expect(
      openProposals(proposals, [accepted, { proposalId: null }], [{ proposalId: second!.id }]),
    ).toEqual([third]);
  });

  it('keeps them closed when the text is corrected elsewhere', () => {
    const [first, second, third] = proposals;
    const accepted = acceptProposal(first!, 'doc', TEXT, NOW);
    const corrected = `A correction was made on 10 March 2024.\n${TEXT.replace('flooding', 'and flooded')}`;
    const again = proposeEvents(corrected, undefined, { language: 'en', published: '2024-03-10' });
    const open = openProposals(again, [accepted], [{ proposalId: second!.id }]);
    expect(open.map((p) => p.title)).toEqual([
      third!.title,
      expect.stringContaining('A correction'),
    ]);
  });

  it('still honours choices stored with a proposal’s place in the text (older ids)', () => {
    const [first, second, third] = proposals;
    const place = (p: (typeof proposals)[number]) =>
      `proposed-${p.dateRange.start}-${p.dateRange.end}`;
    expect(
      openProposals(proposals, [{ proposalId: place(first!) }], [{ proposalId: place(third!) }]),
    ).toEqual([second]);
  });

  it('keeps a Hijri date as Hijri', () => {
    const text = 'بدأ الصيام في 1 رمضان 1445هـ في أنحاء البلاد.';
    const [hijri] = proposeEvents(text, undefined, { language: 'ar', published: '2024-03-20' });
    expect(acceptProposal(hijri!, 'doc', text, NOW).date).toMatchObject({
      calendar: 'hijri',
      original: '1 رمضان 1445هـ',
    });
  });
});

describe('an event from a selection', () => {
  it('takes its title from the selection and its date from the sentence around it', () => {
    const start = TEXT.indexOf('Schools reopened');
    const record = eventFromSelection(
      TEXT,
      undefined,
      { start, end: start + 16 },
      {
        language: 'en',
        published: '2024-03-10',
        documentId: 'doc',
        now: NOW,
      },
    );
    expect(normalizeTimelineEvent(record)).toEqual(record);
    expect(record).toMatchObject({
      title: 'Schools reopened',
      status: 'added',
      proposalId: null,
      date: { value: '2024-03-09', original: '9 March 2024' },
    });
    expect(record.target.quote.exact).toBe('Schools reopened');
  });

  it('has no date when its sentence has none, and folds a long selection into a short title', () => {
    const article = seedArticle();
    const range = { start: 0, end: article.text.indexOf('\n') };
    const record = eventFromSelection(article.text, article.blocks, range, {
      language: 'ar',
      published: '2022-02-09',
      documentId: 'doc',
      now: NOW,
    });
    expect(record.date).toBeNull();
    expect(record.title.length).toBeLessThanOrEqual(120);
  });
});
