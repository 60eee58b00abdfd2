import type { AnnotationRecord } from '../export/record-contract';

/** Meta key (store.setMeta) of the time of the last export of all annotations, an ISO string. */
export const LAST_EXPORT_META = 'lastExport';
/** Meta key of the time the reader last dismissed the backup reminder, an ISO string. */
export const REMINDER_DISMISSED_META = 'backupReminderDismissed';
/** How old the oldest unexported change must be before the reminder shows: 7 days, in ms. */
export const REMINDER_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** What the reminder decision looks at. */
export interface BackupReminderInput {
  /** Every record of the document, live and trashed (a deletion is a change too). */
  records: readonly Pick<AnnotationRecord, 'modified'>[];
  /** When everything was last exported; null when never. */
  lastExport: string | null;
  /** When the reader last dismissed the reminder; null when never. */
  dismissedAt: string | null;
  now: Date;
}

/**
 * Why the reminder shows or not: `no-changes` (nothing modified since the last export),
 * `dismissed` (nothing modified since the reader dismissed it), `too-recent` (the oldest
 * unexported change is at most {@link REMINDER_AGE_MS} old), or `remind`.
 */
export type BackupReminderDecision = 'no-changes' | 'dismissed' | 'too-recent' | 'remind';

/**
 * Whether to offer a backup. An unexported change is a record whose `modified` is after
 * `lastExport` (ISO strings compare as times); the reminder shows when the oldest of them is
 * more than 7 days before `now`, unless nothing changed since it was dismissed. Pure.
 */
export function backupReminder(input: BackupReminderInput): BackupReminderDecision {
  const { lastExport, dismissedAt, now } = input;
  let oldest: string | null = null;
  let newest: string | null = null;
  for (const { modified } of input.records) {
    if (lastExport !== null && modified <= lastExport) continue;
    if (oldest === null || modified < oldest) oldest = modified;
    if (newest === null || modified > newest) newest = modified;
  }
  if (oldest === null || newest === null) return 'no-changes';
  if (dismissedAt !== null && newest <= dismissedAt) return 'dismissed';
  const age = now.getTime() - new Date(oldest).getTime();
  return age > REMINDER_AGE_MS ? 'remind' : 'too-recent';
}
