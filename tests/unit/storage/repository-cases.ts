import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import { MAX_NOTE_LENGTH } from '../../../src/storage/annotation-record';
import type { StorageErrorCode } from '../../../src/storage/storage-error';

type Patch = Record<string, unknown>;

/** Records `saveAnnotation` must refuse: a patch over a valid record, and the code expected. */
export const rejectedSaveCases: [name: string, patch: Patch, code: StorageErrorCode][] = [
  ['a note one past the limit', { note: 'ن'.repeat(MAX_NOTE_LENGTH + 1) }, 'note-too-long'],
  ['a colour outside the palette', { color: 'orange' }, 'invalid'],
  ['a colour in the wrong case', { color: 'Yellow' }, 'invalid'],
  ['an id that is not a UUID', { id: 'note-1' }, 'invalid'],
  ['an empty document id', { documentId: '' }, 'invalid'],
  ['a note that is not text', { note: 42 }, 'invalid'],
  ['tags that are not text', { tags: ['ok', 7] }, 'invalid'],
  ['tags that are not a list', { tags: 'csto' }, 'invalid'],
  ['a local time instead of UTC', { modified: '2024-01-01T03:00:00+03:00' }, 'invalid'],
  ['a date without time', { created: '2024-01-01' }, 'invalid'],
  ['an impossible date', { created: '2024-02-30T00:00:00.000Z' }, 'invalid'],
  ['a deleted stamp that is not a time', { deleted: true }, 'invalid'],
  [
    'an empty quote',
    { target: { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } } },
    'invalid',
  ],
  [
    'a quote without prefix',
    { target: { quote: { type: 'TextQuoteSelector', exact: 'زاس', suffix: '' } } },
    'invalid',
  ],
  [
    'a reversed position',
    {
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'زاس', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 9, end: 3 },
      },
    },
    'invalid',
  ],
  [
    'a fractional offset',
    {
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'زاس', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 1.5, end: 3 },
      },
    },
    'invalid',
  ],
  ['no target', { target: undefined }, 'invalid'],
];

/** Tag lists as given, and as stored: trimmed, NFC, no empties, no repeats, first-seen order. */
export const tagCases: [name: string, given: string[], stored: string[]][] = [
  ['already clean', ['أمن', 'الناتو'], ['أمن', 'الناتو']],
  ['padded', ['  أمن ', '\tالناتو\n'], ['أمن', 'الناتو']],
  ['repeated after trimming', ['أمن', ' أمن', 'أمن '], ['أمن']],
  ['empty and blank', ['', '   ', 'csto'], ['csto']],
  // U+0627 U+0653 (alef + madda above) composes to U+0622 (alef with madda above) under NFC.
  ['canonically equal', ['\u0622من', '\u0627\u0653من'], ['\u0622من']],
  ['case is kept apart', ['CSTO', 'csto'], ['CSTO', 'csto']],
];

/** A note exactly at the limit is accepted. */
export const longestNote: Partial<AnnotationRecord> = { note: 'م'.repeat(MAX_NOTE_LENGTH) };
