/** An ISO timestamp as a short local date in the UI language ("9 Feb 2022", "٩ فبراير ٢٠٢٢"). */
export function formatShortDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ar', {
    dateStyle: 'medium',
  }).format(date);
}
