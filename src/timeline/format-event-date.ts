import type { EventDate } from './timeline-schema';

/** How to write a date for the reader. */
export interface DateFormatOptions {
  uiLanguage: 'ar' | 'en';
  /**
   * Arabic month names: `western` (يناير, as in Egypt), `levantine` (كانون الثاني, as in Syria),
   * or `both` the way the article writes them (يناير/كانون الثاني). Ignored in English.
   */
  monthNames: 'western' | 'levantine' | 'both';
  /** `arab`: Arabic-Indic digits (٢٠٢٢); `latn`: 2022. English always uses Latin digits. */
  digits: 'arab' | 'latn';
}

// ICU already holds both Arabic month systems: ar-EG gives يناير, ar-SY gives كانون الثاني. So
// nothing is hard-coded; `both` is two formats with their month parts joined by "/".
const WESTERN_AR = 'ar-EG';
const LEVANTINE_AR = 'ar-SY';
// en-GB writes day-month-year ("2 January 2022"), the order the article's readers expect.
const ENGLISH = 'en-GB';

const FIELDS: Record<EventDate['precision'], Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: EventDate['precision']): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    // UTC on both sides: an ISO calendar date must not shift a day in a reader's time zone.
    f = new Intl.DateTimeFormat(locale, { ...FIELDS[precision], timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** Midnight UTC of the first instant an {@link EventDate} covers. */
function toUtc({ value }: EventDate): Date {
  const [y = '1970', m = '1', d = '1'] = value.split('-');
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  return date;
}

/**
 * Writes an event date for display, as precisely as it is known ("2 يناير/كانون الثاني 2022",
 * "كانون الثاني ٢٠٢٢", "2018", "2 January 2022"). Pure; never throws for a validated
 * {@link EventDate}. Undated events (`date: null`) are the caller's to word.
 */
export function formatEventDate(date: EventDate, options: DateFormatOptions): string {
  const when = toUtc(date);
  if (options.uiLanguage === 'en') return formatter(ENGLISH, date.precision).format(when);

  const ext = `-u-ca-gregory-nu-${options.digits}`;
  if (options.monthNames !== 'both' || date.precision === 'year') {
    const base = options.monthNames === 'levantine' ? LEVANTINE_AR : WESTERN_AR;
    return formatter(base + ext, date.precision).format(when);
  }
  const levantineMonth = formatter(LEVANTINE_AR + ext, date.precision)
    .formatToParts(when)
    .find((p) => p.type === 'month')?.value;
  return formatter(WESTERN_AR + ext, date.precision)
    .formatToParts(when)
    .map((p) => (p.type === 'month' && levantineMonth ? `${p.value}/${levantineMonth}` : p.value))
    .join('');
}
