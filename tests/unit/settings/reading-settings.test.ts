import { describe, expect, it } from 'vitest';
import { defaultSettings, restoreSettings } from '../../../src/settings/reading-settings';

const fallback = defaultSettings(false);

describe('restoreSettings', () => {
  it.each([
    ['nothing stored', null, fallback],
    ['a string', 'dark', fallback],
    [
      'all valid',
      {
        textSize: 5,
        lineSpacing: 'relaxed',
        theme: 'sepia',
        showHarakat: false,
        snapToWords: false,
      },
      {
        textSize: 5,
        lineSpacing: 'relaxed',
        theme: 'sepia',
        showHarakat: false,
        snapToWords: false,
      },
    ],
    [
      'a bad size keeps the rest',
      { textSize: 9, lineSpacing: 'compact', theme: 'dark' },
      { textSize: 3, lineSpacing: 'compact', theme: 'dark', showHarakat: true, snapToWords: true },
    ],
    [
      'settings saved before word snapping was a setting',
      { showHarakat: false },
      {
        ...fallback,
        showHarakat: false,
      },
    ],
    ['snapping not a boolean', { snapToWords: 1 }, fallback],
    ['harakat not a boolean', { showHarakat: 'no' }, fallback],
    ['a fractional size', { textSize: 2.5 }, fallback],
    ['an unknown theme', { theme: 'neon' }, fallback],
  ])('%s', (_name, raw, expected) => {
    expect(restoreSettings(raw, fallback)).toEqual(expected);
  });

  it('follows the system colour scheme on a first visit', () => {
    expect(defaultSettings(true).theme).toBe('dark');
    expect(defaultSettings(false).theme).toBe('light');
  });
});
