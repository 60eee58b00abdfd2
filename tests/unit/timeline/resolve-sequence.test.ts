import { describe, expect, it } from 'vitest';
import { resolutions } from 'virtual:checked-timelines';
import { textFingerprint } from '../../../src/anchoring/text-fingerprint';
import { resolveEvents } from '../../../src/timeline/resolve-events';
import { sequenceResolved } from '../../../src/timeline/resolve-sequence';
import { fromStored, toStored } from '../../../src/timeline/stored-resolution';
import { seedArticle } from '../../seed-article';
import { realTimeline } from './timeline-fixtures';

describe('sequenceResolved on the real article', () => {
  const doc = seedArticle();
  const { main, context } = sequenceResolved(
    realTimeline(),
    resolveEvents(realTimeline(), doc.text),
  );

  it('orders the main sequence and the context items by `order`, each event once', () => {
    expect(main.map((r) => r.event.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(context.map((r) => r.event.id)).toEqual([
      'terrorist-list-idea',
      'csto-development-strategy-2025',
      'csto-member-states',
    ]);
  });

  it('keeps each event with its own passage', () => {
    for (const { event, range } of [...main, ...context]) {
      expect(range && doc.text.slice(range.start, range.end)).toBe(event.anchor.exact);
    }
  });
});

describe('the built-in timeline resolved at build time', () => {
  const doc = seedArticle();
  const timeline = realTimeline();

  it('is what the app’s own anchoring finds now, for this timeline file and this text', () => {
    const built = resolutions.find((r) => r.timeline === textFingerprint(JSON.stringify(timeline)));
    expect(built?.text).toBe(textFingerprint(doc.text));
    expect(fromStored(timeline, built?.events ?? [])).toEqual(resolveEvents(timeline, doc.text));
  });

  it('comes back from its stored form, and names no event the timeline lacks', () => {
    const resolved = resolveEvents(timeline, doc.text);
    expect(fromStored(timeline, toStored(resolved))).toEqual(resolved);
    expect(fromStored(timeline, [['no-such-event', 0, 4, 'quote']])).toBeNull();
    expect(fromStored(timeline, [[timeline.events[0]!.id, -1, -1, 'orphan']])).toEqual([
      { event: timeline.events[0], range: null, status: 'orphan' },
    ]);
  });
});
