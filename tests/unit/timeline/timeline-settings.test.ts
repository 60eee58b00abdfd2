import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/timeline/format-number';
import {
  DEFAULT_TIMELINE_DISPLAY,
  isTimelineDisplay,
} from '../../../src/timeline/timeline-settings';

describe('isTimelineDisplay', () => {
  it.each([
    [DEFAULT_TIMELINE_DISPLAY, true],
    [{ monthNames: 'levantine', digits: 'arab' }, true],
    [{ monthNames: 'western', digits: 'latn', extra: 1 }, true],
    [{ monthNames: 'egyptian', digits: 'latn' }, false],
    [{ monthNames: 'both' }, false],
    [{ monthNames: 'both', digits: 'roman' }, false],
    ['both', false],
    [null, false],
    [[], false],
  ])('%j → %s', (value, expected) => {
    expect(isTimelineDisplay(value)).toBe(expected);
  });

  it('defaults to the article own style: both month names, Latin digits', () => {
    expect(DEFAULT_TIMELINE_DISPLAY).toEqual({ monthNames: 'both', digits: 'latn' });
  });
});

describe('formatNumber', () => {
  it.each([
    [5, 'ar', 'latn', '5'],
    [21, 'ar', 'arab', '٢١'],
    [1000, 'ar', 'arab', '١٠٠٠'],
    [1000, 'en', 'arab', '1000'],
    [0, 'en', 'latn', '0'],
  ] as const)('%i in %s with %s digits → %s', (value, uiLanguage, digits, expected) => {
    expect(formatNumber(value, { uiLanguage, digits })).toBe(expected);
  });
});
