import type { FoundDate } from '../../../src/timeline/found-date';

/** What a case expects of one found date: its span's text and its reading as one string. */
export interface ExpectedFound {
  span: string;
  /** `2024-03-25`, `2024-07-02..2024-07-05`, `2024-03-25 (1445-09-15 AH)`, `undated`. */
  reading: string;
  relative?: FoundDate['relative'];
}

/** A found date written the way cases expect it. */
export function observedFound(text: string, f: FoundDate): ExpectedFound {
  const reading =
    f.date === null
      ? 'undated'
      : [
          f.date.value,
          f.until ? `..${f.until.value}` : '',
          f.hijri ? ` (${f.hijri.value} AH)` : '',
        ].join('');
  return { span: text.slice(f.start, f.end), reading, relative: f.relative };
}

/** Shorthand for an expected date with no relative wording. */
export const at = (span: string, reading: string): ExpectedFound => ({
  span,
  reading,
  relative: null,
});
