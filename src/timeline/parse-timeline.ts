import { checkTimeline, TimelineShapeError, type Timeline } from './timeline-schema';

/** Why a timeline file was refused; the UI translates the code. */
export type TimelineErrorCode = 'timeline-invalid';

export type ParseTimelineResult =
  { ok: true; timeline: Timeline } | { ok: false; error: TimelineErrorCode; detail: string };

/**
 * Validates an untrusted timeline file. Never throws.
 * @param input the file's parsed JSON, or its text (a string is parsed as JSON first, since a
 *   timeline can never be a JSON string itself)
 * @returns the timeline, or `timeline-invalid` with a developer-facing `detail`
 */
export function parseTimeline(input: unknown): ParseTimelineResult {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { ok: false, error: 'timeline-invalid', detail: `not JSON: ${String(e)}` };
    }
  }
  try {
    return { ok: true, timeline: checkTimeline(json) };
  } catch (e) {
    if (!(e instanceof TimelineShapeError)) throw e;
    return { ok: false, error: 'timeline-invalid', detail: e.message };
  }
}
