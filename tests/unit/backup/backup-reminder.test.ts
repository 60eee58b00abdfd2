import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../src/backup/backup-reminder';
import { backupReminderCases, daysAgo, NOW } from './backup-reminder-cases';

describe('backupReminder', () => {
  it.each(backupReminderCases)(
    '$name → $expected',
    ({ records, lastExport, dismissedAt, expected }) => {
      expect(backupReminder({ records, lastExport, dismissedAt, now: NOW })).toBe(expected);
    },
  );

  it('never reminds right after a dismissal or an export, whatever the records', () => {
    const ages = fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { maxLength: 20 });
    fc.assert(
      fc.property(ages, (days) => {
        const records = days.map((d) => ({ modified: daysAgo(d) }));
        const input = { records, now: NOW };
        expect(backupReminder({ ...input, lastExport: NOW.toISOString(), dismissedAt: null })).toBe(
          'no-changes',
        );
        expect(
          backupReminder({ ...input, lastExport: null, dismissedAt: NOW.toISOString() }),
        ).not.toBe('remind');
      }),
    );
  });
});
