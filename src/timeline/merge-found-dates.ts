import type { FoundDate } from './found-date';

/**
 * Keeps the dates of each list in turn whose spans overlap nothing already kept, so an earlier
 * list wins: a range over the dates it joins, a Hijri date over a number inside it.
 * @returns the kept dates in text order
 */
export function claimInOrder(lists: readonly (readonly FoundDate[])[]): FoundDate[] {
  const kept: FoundDate[] = [];
  for (const list of lists) {
    for (const f of list) {
      if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Joins each Hijri date with the Gregorian date next to it that `corresponds` says is the same
 * day («9 ذي الحجة 1444هـ الموافق 27 يونيو 2023»): one date, the written Gregorian one, that
 * keeps the Hijri date and spans both.
 * @param found dates in text order, spans not overlapping
 * @param corresponds told the earlier and the later of two neighbours
 */
export function mergeCorresponding(
  found: readonly FoundDate[],
  corresponds: (earlier: FoundDate, later: FoundDate) => boolean,
): FoundDate[] {
  const out: FoundDate[] = [];
  for (const f of found) {
    const previous = out[out.length - 1];
    const hijriAndGregorian =
      previous !== undefined && (previous.hijri === null) !== (f.hijri === null);
    if (!previous || !hijriAndGregorian || previous.until || f.until || !corresponds(previous, f)) {
      out.push(f);
      continue;
    }
    const gregorian = previous.hijri ? f : previous;
    out[out.length - 1] = {
      ...gregorian,
      start: previous.start,
      end: f.end,
      hijri: previous.hijri ?? f.hijri,
    };
  }
  return out;
}
