const formats = new Map<string, Intl.DateTimeFormat>();

/** An ISO timestamp as a short local date in the UI language ("9 Feb 2022", "٩ فبراير ٢٠٢٢"). */
export function formatShortDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'en' ? 'en-GB' : 'ar';
  // Building a formatter costs far more than using one, and every note card asks.
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    formats.set(locale, format);
  }
  return format.format(date);
}
