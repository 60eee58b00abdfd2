import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceDate } from '../../../src/document/document-meta';
import type { DateMention } from '../../../src/timeline/extract-dates';
import { extractDates } from '../../../src/timeline/extract-dates';
import { formatEventDate } from '../../../src/timeline/format-event-date';
import { parseTimeline } from '../../../src/timeline/parse-timeline';
import { seedArticle } from '../../seed-article';
import type { Expected } from './extract-dates-cases';
import { dateCases, nonDateCases, seedMentions } from './extract-dates-cases';
import { seedTimelineJson } from './parse-timeline-cases';

function observed(text: string, m: DateMention): Expected {
  return {
    span: text.slice(m.start, m.end),
    value: m.value,
    precision: m.precision,
    yearInferred: m.yearInferred,
    weekday: m.weekday,
    weekdayMismatch: m.weekdayMismatch,
  };
}

function expectMentions(text: string, documentDate: string, expected: Expected[]): void {
  const found = extractDates(text, { documentDate }).map((m) => observed(text, m));
  expect(found).toEqual(expected.map((e) => ({ weekday: null, weekdayMismatch: false, ...e })));
}

describe('extractDates on the real article', () => {
  const doc = seedArticle();

  it('finds every date the article writes, and nothing else', () => {
    expectMentions(doc.text, referenceDate(doc.meta), seedMentions);
  });

  it("finds each dated timeline event's date inside its anchor passage", () => {
    const result = parseTimeline(seedTimelineJson());
    if (!result.ok) throw new Error(result.detail);
    for (const event of result.timeline.events) {
      if (!event.date) continue;
      const values = extractDates(event.anchor.exact, {
        documentDate: referenceDate(doc.meta),
      }).map((m) => m.value);
      expect(values, event.id).toContain(event.date.value);
    }
  });
});

describe('extractDates, table', () => {
  it.each(dateCases)('%s', (_name, text, documentDate, expected) => {
    expectMentions(text, documentDate, expected);
  });

  it.each(nonDateCases)('finds no date in %s', (_name, text) => {
    expect(extractDates(text, { documentDate: '2022-02-09' })).toEqual([]);
  });

  it('refuses a document date that is not a calendar day', () => {
    expect(() => extractDates('', { documentDate: '2022-02-30' })).toThrow(RangeError);
  });
});

describe('extractDates, properties', () => {
  const isoDay = fc
    .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const filler = fc.constantFrom('', 'قال زاس ', 'وفي ', 'بتاريخ ', 'تضم 6 دول، ');

  it('reads back every date formatEventDate writes in Arabic, at the right offsets', () => {
    fc.assert(
      fc.property(
        isoDay,
        fc.constantFrom('western', 'levantine', 'both'),
        fc.constantFrom('arab', 'latn'),
        filler,
        filler,
        (value, monthNames, digits, before, after) => {
          const written = formatEventDate(
            { value, precision: 'day' },
            { uiLanguage: 'ar', monthNames, digits },
          );
          const text = `${before}${written}${after === '' ? '' : ` ${after}`}`;
          const found = extractDates(text, { documentDate: '2022-02-09' });
          expect(found.map((m) => [m.value, text.slice(m.start, m.end)])).toEqual([
            [value, written],
          ]);
        },
      ),
    );
  });

  it('returns ordered, non-overlapping spans inside the text for any input', () => {
    const arabicish = fc.string({
      unit: fc.constantFrom(
        ...'0123456789٠١٢ ./-،يناير شباط كانون الثاني عام الأربعاء يوم'.split(''),
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(arabicish, (text) => {
        const found = extractDates(text, { documentDate: '2022-02-09' });
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          last = m.end;
        }
      }),
    );
  });
});
