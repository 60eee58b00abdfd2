import { describe, expect, it } from 'vitest';
import { isFindShortcut } from '../../../src/search/find-shortcut-key';
import { shortcutCases } from './find-shortcut-key-cases';

const NO_KEY = {
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
};

describe('isFindShortcut', () => {
  it.each(shortcutCases)('$name', ({ event, expected }) => {
    expect(isFindShortcut({ ...NO_KEY, ...event })).toBe(expected);
  });
});
