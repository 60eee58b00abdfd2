import builtInDates from 'virtual:built-in-dates';
import { describe, expect, it } from 'vitest';
import { articleDates } from '../../../src/app/article-dates';
import { textFingerprint } from '../../../src/anchoring/text-fingerprint';
import { seedArticle } from '../../seed-article';

describe('the built-in article’s dates, found at build time', () => {
  const doc = seedArticle();

  it('are what the extractor finds in the text the app builds from the seed', () => {
    expect(builtInDates.documentId).toBe(doc.meta.id);
    expect(builtInDates.fingerprint).toBe(textFingerprint(doc.text));
    expect(builtInDates.dates).toEqual(articleDates(doc));
    expect(builtInDates.dates.length).toBeGreaterThan(0);
  });

  it.each([
    ['one letter changed', (text: string) => text.replace('ي', 'ى')],
    ['one letter added', (text: string) => `${text}.`],
    ['two letters swapped', (text: string) => text.slice(1, 2) + text.slice(0, 1) + text.slice(2)],
  ])('do not apply to an edited text (%s): its fingerprint differs', (_, edit) => {
    expect(textFingerprint(edit(doc.text))).not.toBe(builtInDates.fingerprint);
  });
});
