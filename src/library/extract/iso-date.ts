/** A time zone written in a non-ISO date (`GMT`, `UTC`, `+0300`, `Z`). */
const ZONE = /(?:GMT|UTC|\dZ|(?<sign>[+-])(?<hours>\d{2}):?(?<minutes>\d{2}))\b/u;
/** A date-time that starts with its calendar date as the publisher wrote it. */
const LEADING_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/u;

/**
 * The calendar date (`YYYY-MM-DD`) of a metadata date value, or null when it is not a real
 * date. An ISO value keeps the date written in it (the publisher's own day, whatever its time
 * zone); another format JavaScript can read (RFC 2822 and the like) gives the day in the zone
 * it names, or the local day when it names none (so "February 9, 2022" is the 9th everywhere).
 * @param value e.g. `2022-02-09T14:05:00+03:00`, `2022-02-09`, `Wed, 09 Feb 2022 11:05:00 GMT`
 */
export function isoDateOf(value: string): string | null {
  const trimmed = value.trim();
  const match = LEADING_DATE.exec(trimmed);
  if (match) {
    const [, y, m, d] = match.map(Number);
    const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0));
    const real =
      date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
    return real ? trimmed.slice(0, 10) : null;
  }
  if (!/\d{4}/u.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const zone = ZONE.exec(trimmed);
  const { sign, hours, minutes } = zone?.groups ?? {};
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) : 0;
  const date = new Date(time + offset * 60_000);
  const [y, m, d] = zone
    ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]
    : [date.getFullYear(), date.getMonth(), date.getDate()];
  if (y < 1000 || y > 9999) return null;
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
