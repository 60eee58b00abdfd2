/** A highlight drawn over the text: one annotation, over its whole anchored range. */
export interface HighlightDecoration {
  /** The annotation id. */
  key: string;
  start: number;
  end: number;
  color: string;
  hasNote: boolean;
  /** ISO time; later highlights are drawn on top. */
  created: string;
}

/** A search hit; the current one is drawn stronger. */
export interface HitDecoration {
  key: string;
  start: number;
  end: number;
  current: boolean;
}

/** A date found in the text, marked as `<time datetime>`. */
export interface DateDecoration {
  key: string;
  start: number;
  end: number;
  /** A valid `datetime` value: 2022-01-07, 2022-01, 2018. */
  dateTime: string;
}

/** The id the article gives the first piece of an event's passage (`key` is the event's id). */
export function passageElementId(key: string): string {
  return `passage-${key}`;
}

/** The passage a timeline event points at; its first piece is focusable ({@link passageElementId}). */
export interface PassageDecoration {
  /** The timeline event id. */
  key: string;
  start: number;
  end: number;
  /** Accessible name of the margin marker that selects the event, e.g. "Timeline event: …". */
  markerLabel: string;
  /** The event currently selected in the timeline: its passage is drawn as selected. */
  selected: boolean;
}

/** Everything drawn over one block's text. Arrays are kept identical while unchanged, so blocks can memo. */
export interface BlockDecorations {
  highlights: readonly HighlightDecoration[];
  hits: readonly HitDecoration[];
  dates: readonly DateDecoration[];
  passages: readonly PassageDecoration[];
}

export const NO_DECORATIONS: BlockDecorations = {
  highlights: [],
  hits: [],
  dates: [],
  passages: [],
};
