import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../../src/timeline/parse-timeline';
import { sequenceEvents } from '../../../src/timeline/sequence-events';
import type { Timeline } from '../../../src/timeline/timeline-schema';
import { seedArticle } from '../../seed-article';
import {
  malformedCases,
  malformedInput,
  seedTimelineJson,
  validInput,
} from './parse-timeline-cases';

function seedTimeline(): Timeline {
  const result = parseTimeline(seedTimelineJson());
  if (!result.ok) throw new Error(`seed timeline does not parse: ${result.detail}`);
  return result.timeline;
}

/** Every UTF-16 offset at which `needle` starts in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

describe('the seed timeline', () => {
  const timeline = seedTimeline();
  const doc = seedArticle();

  it('belongs to the seed article', () => {
    expect(timeline.documentId).toBe(doc.meta.id);
  });

  it('has every event the brief asks for', () => {
    const dated = timeline.events.filter((e) => e.date).map((e) => e.date?.value);
    expect(dated).toEqual(
      expect.arrayContaining(['2022-01-02', '2022-01-07', '2022-01-19', '2022-02-09', '2018']),
    );
    expect(timeline.events.filter((e) => e.kind === 'context')).toHaveLength(3);
    expect(timeline.events.filter((e) => e.date === null).length).toBeGreaterThanOrEqual(4);
  });

  it.each(timeline.events.map((e) => [e.id, e] as const))(
    '%s: anchor points at exactly one place in the article',
    (_id, event) => {
      const { exact, prefix, suffix } = event.anchor;
      expect(occurrences(doc.text, prefix + exact + suffix)).toHaveLength(1);
      // The quote is unique on its own too: the context is only a tie-breaker for re-anchoring.
      expect(occurrences(doc.text, exact)).toHaveLength(1);
    },
  );

  it.each(timeline.events.map((e) => [e.id, e] as const))(
    '%s: has a title and a summary in both languages',
    (_id, event) => {
      for (const text of [event.title, event.summary]) {
        expect(text.ar).toMatch(/[\u0600-\u06FF]/u);
        expect(text.en).toMatch(/^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u);
      }
    },
  );

  it('keeps dates in order along the main sequence', () => {
    const { main } = sequenceEvents(timeline);
    const dates = main.flatMap((e) => (e.date ? [e.date.value] : []));
    expect(dates).toEqual([...dates].sort());
    expect(main.every((e) => e.kind !== 'context')).toBe(true);
  });

  it('shows context apart, by order', () => {
    const { context } = sequenceEvents(timeline);
    expect(context.map((e) => e.id)).toEqual([
      'terrorist-list-idea',
      'csto-development-strategy-2025',
      'csto-member-states',
    ]);
  });

  it('places each undated event between its dated neighbours by order alone', () => {
    const { main } = sequenceEvents(timeline);
    expect(main.map((e) => e.id)).toEqual([
      'protests-mangystau',
      'tokayev-coup-attempt',
      'csto-peacekeeping-operation',
      'situation-stabilised',
      'state-of-emergency-lifted',
      'casualty-toll',
      'crisis-response-working-group',
      'zas-valdai-conference',
    ]);
  });
});

describe('parseTimeline on malformed files', () => {
  it('accepts the untouched baseline', () => {
    expect(parseTimeline(validInput()).ok).toBe(true);
  });

  it('accepts a timeline given as JSON text', () => {
    expect(parseTimeline(JSON.stringify(validInput())).ok).toBe(true);
  });

  it.each(malformedCases)('refuses $name with timeline-invalid', ({ edit }) => {
    const result = parseTimeline(malformedInput(edit));
    expect(result).toMatchObject({ ok: false, error: 'timeline-invalid' });
    if (!result.ok) expect(result.detail.length).toBeGreaterThan(0);
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [undefined, Symbol('x'), () => 1, new Date(), { events: null }, '"x"'];
    for (const input of weird) expect(() => parseTimeline(input)).not.toThrow();
  });

  it('fills in absent prefix and suffix as empty strings', () => {
    const t = validInput();
    const e = (t.events as Record<string, unknown>[])[0] as Record<string, unknown>;
    e.anchor = { type: 'TextQuoteSelector', exact: 'نص' };
    const result = parseTimeline(t);
    expect(result.ok && result.timeline.events[0]?.anchor).toEqual({
      type: 'TextQuoteSelector',
      exact: 'نص',
      prefix: '',
      suffix: '',
    });
  });
});
