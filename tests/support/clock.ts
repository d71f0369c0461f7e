/**
 * The suite's clock: every test runs the system at 09:00 on Tuesday 17/11/2026 in Vietnam (the
 * demo campaign's deadline, 15/12/2026, four weeks ahead), moving forward at the wall clock's pace
 * from the moment the test file loads. No test reads today's date; tests that need another day
 * (after a deadline, a reminder due) make their own clock.
 */
import { clockStartingAt } from '../../local/clock';
import { vietnamDate } from '../../shared/domain/workflow/guards';

export const TEST_START = '2026-11-17T02:00:00.000Z';

export const testClock = clockStartingAt(TEST_START);

/** The test clock's calendar day in Vietnam, shifted by `days`. */
export function testDate(days = 0): string {
  return vietnamDate(new Date(testClock.now().getTime() + days * 86_400_000).toISOString());
}
