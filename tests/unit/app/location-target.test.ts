import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locationTarget } from '../../../src/app/location-target';
import { seedArticle } from '../../seed-article';
import { locationTargetCases } from './location-target-cases';

const doc = seedArticle();

describe('locationTarget', () => {
  for (const { name, hash, expected } of locationTargetCases) {
    it(name, () => {
      expect(locationTarget(hash, doc)).toEqual(expected);
    });
  }

  it('never throws, and only ever names a UUID or a block of the article', () => {
    const blockIds = new Set(doc.blocks.map((b) => b.id));
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const fragment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ maxLength: 60 }).map((s) => `#highlight=${s}`),
      fc.uuid().map((id) => `#highlight=${id}`),
    );
    fc.assert(
      fc.property(fragment, (hash) => {
        const target = locationTarget(hash, doc);
        if (target?.kind === 'highlight') expect(target.id).toMatch(uuid);
        if (target?.kind === 'block') expect(blockIds.has(target.blockId)).toBe(true);
      }),
    );
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 7, {}, ['#b7']]) {
      expect(locationTarget(value as unknown as string, doc)).toBeNull();
    }
  });
});
