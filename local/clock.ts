/**
 * Clocks for the local stack. `npm start` runs on the wall clock; tests run the stack on a clock
 * that starts at a fixed instant and then moves at the wall clock's pace, so that the seeded
 * campaign's deadline, nomination years and decision dates are the same on any day the suite
 * runs, while timestamps still advance (audit order, reminders, idempotency expiry).
 */
import type { Clock } from '../shared/store/ports/common';

export const wallClock: Clock = { now: () => new Date() };

/** A clock that reads `startsAt` now and runs forward with the wall clock from here on. */
export function clockStartingAt(startsAt: string | Date): Clock & { readonly offsetMs: number } {
  const offsetMs = new Date(startsAt).getTime() - Date.now();
  return offsetClock(offsetMs);
}

/** The wall clock shifted by `offsetMs`: what another process shares to read the same time. */
export function offsetClock(offsetMs: number): Clock & { readonly offsetMs: number } {
  return { offsetMs, now: () => new Date(Date.now() + offsetMs) };
}
