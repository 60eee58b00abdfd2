import type { HijriDate } from './found-date';
import type { DateFormatOptions } from './format-event-date';
import { formatNumber } from './format-number';

// Written from the fields, not through Intl: the Hijri date is what the text wrote, and an
// engine's own Hijri calendar (civil or Umm al-Qura) must not move it by a day.
const ARABIC_MONTHS = [
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'جمادى الأولى',
  'جمادى الآخرة',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
];
const ENGLISH_MONTHS = [
  'Muharram',
  'Safar',
  'Rabi al-Awwal',
  'Rabi al-Thani',
  'Jumada al-Ula',
  'Jumada al-Akhirah',
  'Rajab',
  'Shaban',
  'Ramadan',
  'Shawwal',
  'Dhu al-Qadah',
  'Dhu al-Hijjah',
];

/**
 * Writes a Hijri date as a Hijri date, as precisely as it is known: "15 رمضان 1445 هـ",
 * "رمضان ١٤٤٥ هـ", "15 Ramadan 1445 AH". Pure; never throws for a date the extractor found
 * (a malformed value is written as it is, with its era).
 */
export function formatHijriDate(
  date: HijriDate,
  options: Pick<DateFormatOptions, 'uiLanguage' | 'digits'>,
): string {
  const [year, month, day] = date.value.split('-').map(Number);
  const number = (n: number) => formatNumber(n, options);
  const months = options.uiLanguage === 'en' ? ENGLISH_MONTHS : ARABIC_MONTHS;
  const era = options.uiLanguage === 'en' ? 'AH' : 'هـ';
  const name = month === undefined ? undefined : months[month - 1];
  if (year === undefined || Number.isNaN(year)) return `${date.value} ${era}`;
  const parts = [day === undefined ? '' : number(day), name ?? '', number(year), era];
  return parts.filter(Boolean).join(' ');
}
