import { describe, expect, it } from 'vitest';
import ar from '../../../../src/i18n/locales/ar.json';
import en from '../../../../src/i18n/locales/en.json';
import {
  OMNIVORE_ERROR_CODES,
  OMNIVORE_LEFT_OUT_REASONS,
  omnivoreErrorMessage,
  omnivoreLeftOutKey,
} from '../../../../src/import/omnivore/omnivore-messages';

function lookup(resources: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], resources);
}

const keys = [
  ...OMNIVORE_ERROR_CODES.map((code) => omnivoreErrorMessage(code).key),
  ...OMNIVORE_LEFT_OUT_REASONS.map(omnivoreLeftOutKey),
];

describe('Omnivore import messages', () => {
  it('covers eight export errors and six reasons an article is left out', () => {
    expect(OMNIVORE_ERROR_CODES).toHaveLength(8);
    expect(OMNIVORE_LEFT_OUT_REASONS).toHaveLength(6);
  });

  it.each(keys)('%s has a message in Arabic and in English', (key) => {
    for (const resources of [ar, en]) {
      const message = lookup(resources, key);
      expect(typeof message === 'string' && message.trim() !== '').toBe(true);
    }
  });

  it('names the limits the reader refuses past', () => {
    expect(omnivoreErrorMessage('too-many-entries').values).toEqual({ max: 20_000 });
    expect(omnivoreErrorMessage('too-large').values).toEqual({ max: 200 });
    expect(omnivoreErrorMessage('unsafe-path').values).toEqual({});
  });
});
