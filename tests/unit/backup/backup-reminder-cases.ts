import type { BackupReminderDecision } from '../../../src/backup/backup-reminder';
import type { AnnotationRecord } from '../../../src/storage/annotation-record';
import { dataset } from '../export/export-dataset';

/** The moment every case is decided at. */
export const NOW = new Date('2026-12-20T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/** An ISO time `days` (may be fractional) before {@link NOW}. */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY).toISOString();
}

const [live, other, third] = dataset;
const trashed = dataset.find((r) => r.deleted !== null);
if (!live || !other || !third || !trashed) throw new Error('export dataset changed shape');

/** A real annotation of the article, last changed `days` ago. */
function changed(record: AnnotationRecord, days: number): AnnotationRecord {
  return { ...record, modified: daysAgo(days) };
}

export interface BackupReminderCase {
  name: string;
  records: AnnotationRecord[];
  lastExport: string | null;
  dismissedAt: string | null;
  expected: BackupReminderDecision;
}

/** Cases for `backupReminder`, decided at {@link NOW}. */
export const backupReminderCases: BackupReminderCase[] = [
  {
    name: 'no annotations at all',
    records: [],
    lastExport: null,
    dismissedAt: null,
    expected: 'no-changes',
  },
  {
    name: 'never exported, one change 8 days old',
    records: [changed(live, 8)],
    lastExport: null,
    dismissedAt: null,
    expected: 'remind',
  },
  {
    name: 'never exported, one change 6 days old',
    records: [changed(live, 6)],
    lastExport: null,
    dismissedAt: null,
    expected: 'too-recent',
  },
  {
    name: 'exactly 7 days old is not "older than 7 days"',
    records: [changed(live, 7)],
    lastExport: null,
    dismissedAt: null,
    expected: 'too-recent',
  },
  {
    name: 'a minute past 7 days',
    records: [changed(live, 7 + 1 / (24 * 60))],
    lastExport: null,
    dismissedAt: null,
    expected: 'remind',
  },
  {
    name: 'everything exported after the last change',
    records: [changed(live, 30), changed(other, 10)],
    lastExport: daysAgo(9),
    dismissedAt: null,
    expected: 'no-changes',
  },
  {
    name: 'a change at the very moment of the export counts as exported',
    records: [changed(live, 10)],
    lastExport: daysAgo(10),
    dismissedAt: null,
    expected: 'no-changes',
  },
  {
    name: 'the oldest unexported change decides, not the newest',
    records: [changed(live, 20), changed(other, 9), changed(third, 1)],
    lastExport: daysAgo(15),
    dismissedAt: null,
    expected: 'remind',
  },
  {
    name: 'changes before the export are ignored when judging age',
    records: [changed(live, 40), changed(other, 2)],
    lastExport: daysAgo(10),
    dismissedAt: null,
    expected: 'too-recent',
  },
  {
    name: 'a deletion is a change (trashed record)',
    records: [{ ...trashed, modified: daysAgo(12), deleted: daysAgo(12) }],
    lastExport: daysAgo(20),
    dismissedAt: null,
    expected: 'remind',
  },
  {
    name: 'dismissed after the last change: hidden',
    records: [changed(live, 20), changed(other, 9)],
    lastExport: null,
    dismissedAt: daysAgo(1),
    expected: 'dismissed',
  },
  {
    name: 'a change after the dismissal brings it back',
    records: [changed(live, 20), changed(other, 0.5)],
    lastExport: null,
    dismissedAt: daysAgo(1),
    expected: 'remind',
  },
  {
    name: 'a dismissal older than the export does not matter once changes are exported',
    records: [changed(live, 20)],
    lastExport: daysAgo(5),
    dismissedAt: daysAgo(30),
    expected: 'no-changes',
  },
];
