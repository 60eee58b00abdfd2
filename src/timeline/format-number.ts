import type { DateFormatOptions } from './format-event-date';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Writes a whole number in the digits the reader chose for dates (٥ or 5), so a gap label
 * matches the dates around it. English always uses Latin digits. Pure; never throws.
 */
export function formatNumber(
  value: number,
  { uiLanguage, digits }: Pick<DateFormatOptions, 'uiLanguage' | 'digits'>,
): string {
  const locale = uiLanguage === 'en' ? 'en-GB' : `ar-EG-u-nu-${digits}`;
  let format = formats.get(locale);
  if (!format) {
    // No grouping: "1000 يوم" reads better than "1,000" or "١٬٠٠٠" in a short label.
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
    formats.set(locale, format);
  }
  return format.format(value);
}
