import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../../src/timeline/parse-timeline';
import { resolveEvents } from '../../../src/timeline/resolve-events';
import type { Timeline } from '../../../src/timeline/timeline-schema';
import { seedArticle } from '../../seed-article';
import { seedTimelineJson } from './parse-timeline-cases';

function seedTimeline(): Timeline {
  const result = parseTimeline(seedTimelineJson());
  if (!result.ok) throw new Error(result.detail);
  return result.timeline;
}

describe('resolveEvents on the real article', () => {
  const doc = seedArticle();
  const timeline = seedTimeline();
  const resolved = resolveEvents(timeline, doc.text);

  it('keeps the timeline order', () => {
    expect(resolved.map((r) => r.event.id)).toEqual(timeline.events.map((e) => e.id));
  });

  it.each(resolved.map((r) => [r.event.id, r] as const))(
    '%s: resolves by exact quote to the passage it quotes',
    (_id, { event, range, status }) => {
      expect(status).toBe('quote');
      expect(range).not.toBeNull();
      if (!range) return;
      expect(doc.text.slice(range.start, range.end)).toBe(event.anchor.exact);
      expect(doc.text.slice(0, range.start).endsWith(event.anchor.prefix)).toBe(true);
      expect(doc.text.slice(range.end).startsWith(event.anchor.suffix)).toBe(true);
    },
  );

  it('lies inside one block: a passage never straddles two paragraphs', () => {
    for (const { range } of resolved) {
      const block = doc.blocks.find((b) => range && b.start <= range.start && range.end <= b.end);
      expect(block).toBeDefined();
    }
  });

  it('follows a passage that moved, by its quote', () => {
    const shifted = `سطر جديد في البداية.\n${doc.text}`;
    const again = resolveEvents(timeline, shifted);
    again.forEach(({ range }, i) => {
      const before = resolved[i]?.range;
      expect(range && before && range.start - before.start).toBe('سطر جديد في البداية.\n'.length);
    });
  });

  it('reports a passage that is gone as not found, never a guess', () => {
    const gone = timeline.events[0];
    if (!gone) throw new Error('empty seed timeline');
    const text = doc.text.replace(gone.anchor.exact, 'نص آخر تماماً لا علاقة له بالموضوع.');
    const [first, ...rest] = resolveEvents(timeline, text);
    expect(first).toMatchObject({ range: null, status: 'orphan' });
    expect(rest.every((r) => r.range !== null)).toBe(true);
  });

  it('still finds a passage whose harakat changed, by fuzzy or normalised match', () => {
    const event = timeline.events.find((e) => e.id === 'situation-stabilised');
    if (!event) throw new Error('missing event');
    const text = doc.text.replace('استقر الوضع', 'استقرّ الوضعُ');
    const found = resolveEvents({ ...timeline, events: [event] }, text)[0];
    expect(found?.range).not.toBeNull();
    expect(found?.status).not.toBe('orphan');
  });
});
