/** Where an event's passage starts on screen: its first piece's top, in viewport pixels. */
export interface PassageTop {
  eventId: string;
  top: number;
}

/** The reading line, as a fraction of the viewport's height from its top. */
export const READING_LINE = 1 / 3;

/**
 * The event being read: of the passages whose start has reached the reading line, the one
 * that starts last (the nearest above or on the line). It only changes when a passage start
 * crosses the line, so scrolling never makes it flicker; between passages the last one passed
 * stays current.
 * @param lineY the reading line, in viewport pixels from the top
 * @param order event ids in list order, to break ties between passages that start together
 * @returns null before the first passage reaches the line, or when there are none
 */
export function pickCurrentEvent(
  passages: readonly PassageTop[],
  lineY: number,
  order: readonly string[],
): string | null {
  let best: PassageTop | null = null;
  for (const p of passages) {
    if (p.top > lineY) continue;
    if (
      !best ||
      p.top > best.top ||
      (p.top === best.top && rank(order, p.eventId) < rank(order, best.eventId))
    ) {
      best = p;
    }
  }
  return best?.eventId ?? null;
}

function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
