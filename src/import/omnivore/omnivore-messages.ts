import type { OmnivoreExportError, OmnivoreLeftOutReason } from './omnivore-types';
import { MAX_EXPORT_BYTES, MAX_EXPORT_ENTRIES } from './omnivore-types';

const ERROR_KEYS = {
  'not-zip': 'exporting.omnivoreErrors.notZip',
  'too-many-entries': 'exporting.omnivoreErrors.tooManyEntries',
  'too-large': 'exporting.omnivoreErrors.tooLarge',
  'unsafe-path': 'exporting.omnivoreErrors.unsafePath',
  'not-omnivore': 'exporting.omnivoreErrors.notOmnivore',
  'metadata-not-json': 'exporting.omnivoreErrors.metadataNotJson',
  'unreadable-metadata': 'exporting.omnivoreErrors.unreadableMetadata',
  empty: 'exporting.omnivoreErrors.empty',
} as const satisfies Record<OmnivoreExportError, string>;

const LEFT_OUT_KEYS = {
  'missing-content': 'exporting.omnivoreLeftOut.missingContent',
  'pdf-content': 'exporting.omnivoreLeftOut.pdfContent',
  'invalid-metadata': 'exporting.omnivoreLeftOut.invalidMetadata',
  'duplicate-article': 'exporting.omnivoreLeftOut.duplicateArticle',
  'unreadable-content': 'exporting.omnivoreLeftOut.unreadableContent',
  'highlights-without-article': 'exporting.omnivoreLeftOut.highlightsWithoutArticle',
} as const satisfies Record<OmnivoreLeftOutReason, string>;

/** Every export error code, for tests that check each has a message. */
export const OMNIVORE_ERROR_CODES = Object.keys(ERROR_KEYS) as OmnivoreExportError[];
/** Every left-out reason, for tests that check each has a message. */
export const OMNIVORE_LEFT_OUT_REASONS = Object.keys(LEFT_OUT_KEYS) as OmnivoreLeftOutReason[];

/**
 * The translation key and values of the message for an export refused whole: `max` is the
 * limit passed (files, or MB) for the two limit codes.
 */
export function omnivoreErrorMessage(code: OmnivoreExportError): {
  key: (typeof ERROR_KEYS)[OmnivoreExportError];
  values: { max?: number };
} {
  const max =
    code === 'too-many-entries'
      ? MAX_EXPORT_ENTRIES
      : code === 'too-large'
        ? MAX_EXPORT_BYTES / (1024 * 1024)
        : undefined;
  return { key: ERROR_KEYS[code], values: max === undefined ? {} : { max } };
}

/** The translation key of the reason an article of an export was left out. */
export function omnivoreLeftOutKey(
  reason: OmnivoreLeftOutReason,
): (typeof LEFT_OUT_KEYS)[OmnivoreLeftOutReason] {
  return LEFT_OUT_KEYS[reason];
}
