import type { DbFixture } from './upgrade-harness';

/**
 * What a fixture's tables must hold once opened with today's schema. Today every release is
 * still version 1, so nothing changes. When version N+1 ships an upgrade function, write here
 * what it does to each older fixture's rows: that is the test of the upgrade.
 */
export function expectedAfterUpgrade(fixture: DbFixture): Record<string, unknown[]> {
  return fixture.tables;
}
