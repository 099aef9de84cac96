import { DateTime } from 'luxon';
import type { Hours, Weekday } from '../knowledge/types';

/** Whether a line is open at a moment, and when that changes (in the line's own time zone). */
export type LineStatus = { open: true; closesAt: DateTime } | { open: false; opensAt: DateTime };

const LUXON_WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The knowledge's weekday id for a Luxon date (Luxon counts Monday as 1). */
export function weekdayOf(dt: DateTime): Weekday {
  return LUXON_WEEKDAYS[dt.weekday - 1];
}

function at(day: DateTime, hhmm: string): DateTime {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * Open or closed at `now`, computed from the hours data. Opening is inclusive and closing exclusive:
 * at 7:00 p.m. sharp a line that closes at 19:00 is closed.
 */
export function lineStatus(hours: Hours, now: Date): LineStatus {
  const local = DateTime.fromJSDate(now, { zone: hours.timeZone });
  for (let offset = 0; offset <= 7; offset += 1) {
    const day = local.startOf('day').plus({ days: offset });
    if (!hours.days.includes(weekdayOf(day))) continue;
    const opens = at(day, hours.open);
    const closes = at(day, hours.close);
    if (local < opens) return { open: false, opensAt: opens };
    if (local < closes) return { open: true, closesAt: closes };
  }
  // Unreachable with at least one weekday in the schedule (checked by the schema).
  throw new Error('hours have no open day');
}
