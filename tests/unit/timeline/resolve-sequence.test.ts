import { describe, expect, it } from 'vitest';
import { resolveSequence } from '../../../src/timeline/resolve-sequence';
import { seedArticle } from '../../seed-article';
import { realTimeline } from './timeline-fixtures';

describe('resolveSequence on the real article', () => {
  const doc = seedArticle();
  const { main, context } = resolveSequence(realTimeline(), doc.text);

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
