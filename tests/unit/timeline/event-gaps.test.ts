import { describe, expect, it } from 'vitest';
import { gapsBefore } from '../../../src/timeline/event-gaps';
import { sequenceEvents } from '../../../src/timeline/sequence-events';
import type { EventDate } from '../../../src/timeline/timeline-schema';
import { realTimeline } from './timeline-fixtures';

const day = (value: string): EventDate => ({ value, precision: 'day' });

describe('gapsBefore', () => {
  it('measures the real timeline from dated event to dated event, over undated ones', () => {
    const { main } = sequenceEvents(realTimeline());
    const gaps = Object.fromEntries(main.map((e, i) => [e.id, gapsBefore(main)[i]]));
    expect(gaps).toEqual({
      'protests-mangystau': null,
      'tokayev-coup-attempt': null,
      'csto-peacekeeping-operation': null,
      'situation-stabilised': 5,
      'state-of-emergency-lifted': 12,
      'casualty-toll': null,
      'crisis-response-working-group': null,
      'zas-valdai-conference': 21,
    });
  });

  it.each([
    ['same day', [day('2022-01-02'), day('2022-01-02')], [null, 0]],
    ['back in time', [day('2022-01-07'), day('2022-01-02')], [null, -5]],
    [
      'a month-precision date has no gap, and the next gap counts from it (none)',
      [day('2022-01-02'), { value: '2022-02', precision: 'month' }, day('2022-02-09')],
      [null, null, null],
    ],
    ['nothing dated', [null, null], [null, null]],
    ['empty', [], []],
  ] as [string, (EventDate | null)[], (number | null)[]][])('%s', (_name, dates, expected) => {
    expect(gapsBefore(dates.map((date) => ({ date })))).toEqual(expected);
  });
});
