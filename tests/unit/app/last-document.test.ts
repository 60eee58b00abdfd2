// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  LAST_DOCUMENT_KEY,
  lastDocument,
  rememberLastDocument,
} from '../../../src/app/last-document';

beforeEach(() => localStorage.clear());

describe('last document', () => {
  it('is null on a first visit', () => {
    expect(lastDocument()).toBeNull();
  });

  it('remembers the document opened last, and when', () => {
    rememberLastDocument('tass-ar-2022-02-09-csto-zas', 1_000);
    rememberLastDocument('0b9e3c7e-5d1a-4f7b-9c1e-2a3b4c5d6e7f', 2_000);
    expect(lastDocument()).toEqual({ id: '0b9e3c7e-5d1a-4f7b-9c1e-2a3b4c5d6e7f', openedAt: 2_000 });
  });

  it.each([
    ['not JSON', '{'],
    ['an id with markup', JSON.stringify({ id: '<img>', openedAt: 1 })],
    ['no time', JSON.stringify({ id: 'abc' })],
    ['a bare string', JSON.stringify('abc')],
  ])('ignores a stored value that is %s', (_name, stored) => {
    localStorage.setItem(LAST_DOCUMENT_KEY, stored);
    expect(lastDocument()).toBeNull();
  });
});
