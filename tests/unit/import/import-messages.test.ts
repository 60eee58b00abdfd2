import { describe, expect, it } from 'vitest';
import ar from '../../../src/i18n/locales/ar.json';
import en from '../../../src/i18n/locales/en.json';
import {
  IMPORT_ERROR_CODES,
  importErrorKey,
  REJECT_CODES,
  rejectReasonKey,
} from '../../../src/import/import-messages';

function lookup(resources: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      resources,
    );
}

const keys = [...IMPORT_ERROR_CODES.map(importErrorKey), ...REJECT_CODES.map(rejectReasonKey)];

describe('import messages', () => {
  it('covers all five file errors and eleven rejection reasons', () => {
    expect(IMPORT_ERROR_CODES).toHaveLength(5);
    expect(REJECT_CODES).toHaveLength(11);
  });

  it.each(keys)('%s has a message in Arabic and in English', (key) => {
    for (const resources of [ar, en]) {
      const message = lookup(resources, key);
      expect(typeof message === 'string' && message.trim() !== '').toBe(true);
    }
  });

  it('says what the brief says for the two commonest reasons', () => {
    expect(lookup(en, rejectReasonKey('quote-not-found'))).toBe('quote not found in this article');
    expect(lookup(en, rejectReasonKey('missing-target'))).toBe('missing target');
  });

  it('says what issue 15 says of a Hypothesis reply, in both languages', () => {
    expect(lookup(en, rejectReasonKey('reply'))).toBe('reply to another annotation');
    expect(lookup(ar, rejectReasonKey('reply'))).toBe('رد على تعليق آخر');
  });
});
