import { describe } from '../anchoring/describe';
import type { TextRange } from '../anchoring/selectors';
import type { TimelineEventRecord } from '../storage/timeline-event-record';
import { newEventRecord } from './own-timeline';
import { proposeEvents, type ProposeOptions } from './propose-events';
import { splitSentences } from './split-sentences';
import { storedDateOf } from './own-timeline';

/** Longest title taken from a selection, in UTF-16 code units (then "…"). */
export const SELECTION_TITLE_LENGTH = 120;

/**
 * The event "Add to timeline" makes of a selection: the selection as its passage and title
 * (whitespace folded, cut at {@link SELECTION_TITLE_LENGTH}), and the date the date extractor
 * finds in the sentence around it (the one nearest the selection), else none; the reader edits
 * both after. Pure but for the new id.
 * @param blocks the document's blocks as ranges of `text`; without them, each line is a block
 * @throws RangeError if `options.published` is not a calendar date (a caller bug)
 */
export function eventFromSelection(
  text: string,
  blocks: readonly TextRange[] | undefined,
  range: TextRange,
  options: ProposeOptions & { documentId: string; now: string },
): TimelineEventRecord {
  const words = text.slice(range.start, range.end).replace(/\s+/gu, ' ').trim();
  const title =
    words.length > SELECTION_TITLE_LENGTH
      ? `${words.slice(0, SELECTION_TITLE_LENGTH - 1).trimEnd()}…`
      : words;
  const sentences = splitSentences(text, blocks).filter(
    (s) => s.start < range.end && s.end > range.start,
  );
  const from = Math.min(range.start, ...sentences.map((s) => s.start));
  const to = Math.max(range.end, ...sentences.map((s) => s.end));
  const middle = (range.start + range.end) / 2;
  const nearest = proposeEvents(text, blocks, options)
    .filter((p) => p.date !== null && p.dateRange.start >= from && p.dateRange.end <= to)
    .sort(
      (a, b) =>
        Math.abs((a.dateRange.start + a.dateRange.end) / 2 - middle) -
        Math.abs((b.dateRange.start + b.dateRange.end) / 2 - middle),
    )[0];
  return newEventRecord(
    {
      documentId: options.documentId,
      title,
      date: nearest ? storedDateOf(nearest, text) : null,
      status: 'added',
      proposalId: null,
    },
    describe(range, text),
    options.now,
  );
}
