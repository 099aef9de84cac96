import { DateTime } from 'luxon';
import { fillSlots } from '../knowledge/refs';
import type { Hours, Messages, Weekday } from '../knowledge/types';
import { lineStatus, weekdayOf } from './schedule';

type HoursWords = Messages['hours'];
const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "7:00 a.m." or, for speech, "7 a.m." (screen readers say ":00" aloud). */
export function formatClock(hour: number, minute: number, words: HoursWords, spoken = false): string {
  const suffix = hour < 12 ? words.am : words.pm;
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const mm = String(minute).padStart(2, '0');
  return spoken && minute === 0 ? `${h12} ${suffix}` : `${h12}:${mm} ${suffix}`;
}

function clockOf(hhmm: string, words: HoursWords, spoken: boolean): string {
  const [h, m] = hhmm.split(':').map(Number);
  return formatClock(h, m, words, spoken);
}

/** "Monday through Friday" for a run of days, else "Monday, Wednesday and Friday". */
export function formatDays(days: readonly Weekday[], words: HoursWords): string {
  const sorted = WEEK.filter((d) => days.includes(d));
  const first = WEEK.indexOf(sorted[0]);
  const isRun = sorted.length > 2 && sorted.every((d, i) => WEEK.indexOf(d) === first + i);
  const names = sorted.map((d) => words.days[d]);
  if (isRun) return `${names[0]} ${words.through} ${names[names.length - 1]}`;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} ${words.and} ${names[names.length - 1]}`;
}

/** "Monday through Friday, 7:00 a.m. to 7:00 p.m. (CT)", or the spoken form with the zone's name. */
export function formatHours(hours: Hours, words: HoursWords, spoken = false): string {
  const span = `${clockOf(hours.open, words, spoken)} ${words.to} ${clockOf(hours.close, words, spoken)}`;
  const zone = spoken ? hours.zoneName : `(${hours.zoneLabel})`;
  return `${formatDays(hours.days, words)}, ${span} ${zone}`;
}

/**
 * "today", "tomorrow" or the weekday of `target`, seen from `reference`. Relative words are used only
 * when the person's calendar day is the line's too; otherwise "today" would be ambiguous.
 */
function dayWord(target: DateTime, reference: DateTime, words: HoursWords, userNow?: DateTime): string {
  if (userNow && userNow.toISODate() !== reference.toISODate()) return words.days[weekdayOf(target)];
  const days = Math.round(target.startOf('day').diff(reference.startOf('day'), 'days').days);
  if (days === 0) return words.today;
  if (days === 1) return words.tomorrow;
  return words.days[weekdayOf(target)];
}

/** The moment on the person's clock, with its weekday unless it falls on their own today. */
function localTime(dt: DateTime, userNow: DateTime, words: HoursWords, spoken: boolean): string {
  const mine = dt.setZone(userNow.zone);
  const clock = formatClock(mine.hour, mine.minute, words, spoken);
  return mine.toISODate() === userNow.toISODate() ? clock : `${words.days[weekdayOf(mine)]} ${clock}`;
}

/**
 * "Open now until 7:00 p.m. CT (8:00 p.m. your time)" or "Closed now; opens Monday at 7:00 a.m. CT".
 * The "your time" part appears only when the person's time zone is known and differs from the line's.
 */
export function formatStatus(
  hours: Hours,
  now: Date,
  words: HoursWords,
  userZone?: string,
  spoken = false,
): string {
  const status = lineStatus(hours, now);
  const clock = (dt: DateTime) => formatClock(dt.hour, dt.minute, words, spoken);
  const zone = spoken ? hours.zoneName : hours.zoneLabel;
  const lineNow = DateTime.fromJSDate(now, { zone: hours.timeZone });
  const userNow = userZone !== undefined && isOtherZone(userZone, hours.timeZone, now) ? DateTime.fromJSDate(now, { zone: userZone }) : undefined;
  if (status.open) {
    const slots = { close: clock(status.closesAt), zone };
    if (!userNow) return fillSlots(words.openNow, slots);
    return fillSlots(words.openNowLocal, { ...slots, localClose: localTime(status.closesAt, userNow, words, spoken) });
  }
  const slots = {
    day: dayWord(status.opensAt, lineNow, words, userNow),
    open: clock(status.opensAt),
    zone,
  };
  if (!userNow) return fillSlots(words.closedNow, slots);
  return fillSlots(words.closedNowLocal, { ...slots, localOpen: localTime(status.opensAt, userNow, words, spoken) });
}

/** True when `userZone` is a valid zone whose clock reads differently from the line's at `now`. */
function isOtherZone(userZone: string, lineZone: string, now: Date): boolean {
  const mine = DateTime.fromJSDate(now, { zone: userZone });
  if (!mine.isValid) return false;
  return mine.offset !== DateTime.fromJSDate(now, { zone: lineZone }).offset;
}
