import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/anchoring/describe';
import {
  MAX_EXCERPT_LENGTH,
  excerpt,
  notesByEvent,
  type AnchoredNote,
} from '../../../src/timeline/event-notes';
import { resolveEvents } from '../../../src/timeline/resolve-events';
import { seedArticle } from '../../seed-article';
import { eventNotesCases, type QuotedNote } from './event-notes-cases';
import { realTimeline } from './timeline-fixtures';

const doc = seedArticle();
const events = resolveEvents(realTimeline(), doc.text);

function noteAt(start: number, end: number, note = '', id = `n-${start}-${end}`): AnchoredNote {
  return { record: { id, note, target: describeRange({ start, end }, doc.text) }, start, end };
}

function anchor({ quote, note }: QuotedNote, i: number): AnchoredNote {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the article: ${quote}`);
  return noteAt(start, start + quote.length, note, `note-${i}`);
}

describe('notesByEvent on the real article', () => {
  it.each(eventNotesCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const anchored = c.annotations.map(anchor);
    const result = notesByEvent(events, anchored);
    const seen = Object.fromEntries(
      [...result].map(([id, { count, excerpts }]) => [id, { count, excerpts }]),
    );
    expect(seen).toEqual(c.expected);
    for (const entry of result.values()) expect(entry.ids.size).toBe(entry.count);
  });

  it('gives an event whose passage was not found no entry, whatever overlaps its old place', () => {
    const gone = events.map((e) => ({ ...e, range: null }));
    expect(notesByEvent(gone, [noteAt(0, doc.text.length)]).size).toBe(0);
  });

  it('puts a highlight of the whole article under every event', () => {
    const result = notesByEvent(events, [noteAt(0, doc.text.length, '', 'all')]);
    expect([...result.keys()].sort()).toEqual(events.map((e) => e.event.id).sort());
  });

  it('keeps counts and ids whatever order the annotations come in, reading order or not', () => {
    const span = fc
      .tuple(fc.nat(doc.text.length - 1), fc.integer({ min: 1, max: 400 }))
      .map(([start, length]) => noteAt(start, Math.min(start + length, doc.text.length)));
    const inTwoOrders = fc
      .array(span, { maxLength: 25 })
      .chain((notes) =>
        fc.tuple(
          fc.constant(notes),
          fc.shuffledSubarray(notes, { minLength: notes.length, maxLength: notes.length }),
        ),
      );
    fc.assert(
      fc.property(inTwoOrders, ([anchored, shuffled]) => {
        // In reading order, each event looks only near its passage (see notesByEvent).
        const a = notesByEvent(
          events,
          [...anchored].sort((x, y) => x.start - y.start),
        );
        const b = notesByEvent(events, shuffled);
        expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
        for (const [id, entry] of a) {
          expect(b.get(id)?.ids).toEqual(entry.ids);
          expect(entry.count).toBe(entry.ids.size);
          expect(entry.excerpts).toHaveLength(Math.min(entry.count, 2));
        }
      }),
    );
  });
});

describe('excerpt', () => {
  it.each([
    ['a short note as written, spaces folded', 'one\n two ', 'one two'],
    ['the quote when the note is blank', '   ', 'استقر الوضع'],
  ])('%s', (_name, note, expected) => {
    const quote = 'استقر الوضع';
    const target = describeRange({ start: 0, end: quote.length }, quote);
    expect(excerpt({ id: 'x', note, target })).toBe(expected);
  });

  it('cuts a long note at a word boundary and marks the cut', () => {
    const note = 'كلمة '.repeat(60);
    const out = excerpt({ id: 'x', note, target: describeRange({ start: 0, end: 1 }, 'x') });
    expect(out.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH + 1);
    expect(out.endsWith('كلمة…')).toBe(true);
  });
});
