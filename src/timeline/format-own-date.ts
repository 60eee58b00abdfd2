import type { StoredEventDate } from '../storage/timeline-event-record';
import type { FoundDate } from './found-date';
import { formatEventDate, type DateFormatOptions } from './format-event-date';
import { formatHijriDate } from './format-hijri-date';

/**
 * A proposal's date for display: a Hijri date as Hijri with its Gregorian equivalent after it
 * ("15 رمضان 1445 هـ (25 مارس 2024)"), a range as "from – to". Null when it has no date.
 */
export function formatProposalDate(
  found: Pick<FoundDate, 'date' | 'until' | 'hijri'>,
  options: DateFormatOptions,
): string | null {
  if (!found.date) return null;
  const gregorian = formatEventDate(found.date, options);
  const span = found.until ? `${gregorian} – ${formatEventDate(found.until, options)}` : gregorian;
  return found.hijri ? `${formatHijriDate(found.hijri, options)} (${span})` : span;
}

/**
 * A stored event's date for display: a Hijri one as the text wrote it with its Gregorian
 * equivalent after it. Null when it has no date.
 */
export function formatStoredDate(
  date: StoredEventDate | null,
  options: DateFormatOptions,
): string | null {
  if (!date) return null;
  const gregorian = formatEventDate(date, options);
  return date.calendar === 'hijri' ? `${date.original} (${gregorian})` : gregorian;
}
