import { readSeedFile } from '../../seed-article';

/** The real timeline file, parsed as JSON (unvalidated). */
export const seedTimelineJson = (): Record<string, unknown> =>
  JSON.parse(readSeedFile('csto-zas-2022-02-09.timeline.json')) as Record<string, unknown>;

/** A fresh, valid one-event timeline to break in one place per case. */
function validTimeline(): Record<string, unknown> {
  return {
    version: 1,
    documentId: 'tass-ar-2022-02-09-csto-zas',
    events: [
      {
        id: 'a-b',
        date: { value: '2022-01-02', precision: 'day' },
        order: 1,
        kind: 'event',
        title: { ar: 'عنوان', en: 'Title' },
        summary: { ar: 'ملخص', en: 'Summary' },
        anchor: { type: 'TextQuoteSelector', exact: 'نص', prefix: '', suffix: '' },
      },
    ],
  };
}

type Edit = (t: Record<string, unknown>, e: Record<string, unknown>) => unknown;

/** Each case edits a valid timeline into one that must be refused with `timeline-invalid`. */
export const malformedCases: { name: string; edit: Edit }[] = [
  { name: 'null', edit: () => null },
  { name: 'a number', edit: () => 42 },
  { name: 'an array', edit: () => [] },
  { name: 'JSON text that does not parse', edit: () => '{"version": 1,' },
  { name: 'JSON text of an array', edit: () => '[1, 2]' },
  { name: 'missing version', edit: (t) => ({ ...t, version: undefined }) },
  { name: 'unknown version', edit: (t) => ({ ...t, version: 2 }) },
  { name: 'missing documentId', edit: (t) => ({ ...t, documentId: undefined }) },
  { name: 'events not an array', edit: (t) => ({ ...t, events: {} }) },
  { name: 'missing id', edit: (t, e) => ((e.id = undefined), t) },
  { name: 'id not kebab-case', edit: (t, e) => ((e.id = 'Not_Kebab'), t) },
  { name: 'missing order', edit: (t, e) => ((e.order = undefined), t) },
  { name: 'fractional order', edit: (t, e) => ((e.order = 1.5), t) },
  {
    name: 'missing date (null is allowed, absent is not)',
    edit: (t, e) => ((e.date = undefined), t),
  },
  { name: 'date as a bare string', edit: (t, e) => ((e.date = '2022-01-02'), t) },
  {
    name: 'day precision with a month value',
    edit: (t, e) => ((e.date = { value: '2022-01', precision: 'day' }), t),
  },
  {
    name: '30 February',
    edit: (t, e) => ((e.date = { value: '2022-02-30', precision: 'day' }), t),
  },
  { name: 'month 13', edit: (t, e) => ((e.date = { value: '2022-13', precision: 'month' }), t) },
  {
    name: 'unknown precision',
    edit: (t, e) => ((e.date = { value: '2022-01-02', precision: 'weekday' }), t),
  },
  {
    name: 'two-digit year',
    edit: (t, e) => ((e.date = { value: '22', precision: 'year' }), t),
  },
  { name: 'unknown kind', edit: (t, e) => ((e.kind = 'rumour'), t) },
  { name: 'missing English title', edit: (t, e) => ((e.title = { ar: 'عنوان' }), t) },
  { name: 'blank Arabic summary', edit: (t, e) => ((e.summary = { ar: '  ', en: 'S' }), t) },
  { name: 'missing anchor', edit: (t, e) => ((e.anchor = undefined), t) },
  {
    name: 'anchor of another selector type',
    edit: (t, e) => ((e.anchor = { type: 'TextPositionSelector', start: 0, end: 2 }), t),
  },
  {
    name: 'empty exact',
    edit: (t, e) => ((e.anchor = { type: 'TextQuoteSelector', exact: '' }), t),
  },
  {
    name: 'duplicate id',
    edit: (t, e) => ({ ...t, events: [e, { ...e, order: 2 }] }),
  },
  {
    name: 'duplicate order',
    edit: (t, e) => ({ ...t, events: [e, { ...e, id: 'c-d' }] }),
  },
];

/** Builds the input for a malformed case. */
export function malformedInput(edit: Edit): unknown {
  const t = validTimeline();
  const e = (t.events as Record<string, unknown>[])[0] as Record<string, unknown>;
  return edit(t, e);
}

/** Sanity baseline for the cases above. */
export const validInput = validTimeline;
