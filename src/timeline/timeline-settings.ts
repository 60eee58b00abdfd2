import type { DateFormatOptions } from './format-event-date';

/** How the timeline writes dates in the Arabic UI; remembered between visits. */
export type TimelineDisplay = Pick<DateFormatOptions, 'monthNames' | 'digits'>;

/** Where the choice is stored (localStorage, JSON). */
export const TIMELINE_DISPLAY_KEY = 'qari.timelineDisplay';

/** Month naming systems, in the order the control lists them. */
export const MONTH_NAME_SYSTEMS = ['both', 'western', 'levantine'] as const;
/** Digit systems, in the order the control lists them. */
export const DIGIT_SYSTEMS = ['latn', 'arab'] as const;

/**
 * The article's own style: both month names ("يناير/كانون الثاني") and Latin digits, which is how
 * the TASS text writes its dates.
 */
export const DEFAULT_TIMELINE_DISPLAY: TimelineDisplay = { monthNames: 'both', digits: 'latn' };

/** True when `value` is a stored {@link TimelineDisplay} this version understands. */
export function isTimelineDisplay(value: unknown): value is TimelineDisplay {
  if (typeof value !== 'object' || value === null) return false;
  const { monthNames, digits } = value as Record<string, unknown>;
  return (
    (MONTH_NAME_SYSTEMS as readonly unknown[]).includes(monthNames) &&
    (DIGIT_SYSTEMS as readonly unknown[]).includes(digits)
  );
}
