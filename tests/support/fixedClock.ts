import type { Clock } from '../../src/clock';

/** A clock stopped at one instant, so open/closed status is the same on every run. */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  return { now: () => new Date(at) };
}

/** Thursday 26 November 2026, 10:00 a.m. Central: every line with weekday hours is open. */
export const WEEKDAY_MORNING = '2026-11-26T16:00:00Z';
