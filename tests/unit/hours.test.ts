import { formatClock, formatDays, formatHours, formatStatus } from '../../src/hours/format';
import { lineStatus } from '../../src/hours/schedule';
import type { Hours, Messages } from '../../src/knowledge/types';

/**
 * Open-now status from the hours data, with fixed instants: across time zones, weekends, the US and
 * UK daylight-saving changes, and exactly at (and a minute either side of) opening and closing.
 * The words are fixed here so these tests are about the clock arithmetic, not the wording.
 */
const WORDS: Messages['hours'] = {
  through: 'through',
  and: 'and',
  to: 'to',
  am: 'a.m.',
  pm: 'p.m.',
  days: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
  openNow: 'Open now until {{close}} {{zone}}',
  openNowLocal: 'Open now until {{close}} {{zone}} ({{localClose}} your time)',
  closedNow: 'Closed now; opens {{day}} at {{open}} {{zone}}',
  closedNowLocal: 'Closed now; opens {{day}} at {{open}} {{zone}} ({{localOpen}} your time)',
  today: 'today',
  tomorrow: 'tomorrow',
};

const WEEKDAYS: Hours['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Like the My HealtheVet Help Desk: weekdays 7 a.m. to 7 p.m. Central. */
const CENTRAL: Hours = {
  days: WEEKDAYS,
  open: '07:00',
  close: '19:00',
  timeZone: 'America/Chicago',
  zoneLabel: 'CT',
  zoneName: 'Central Time',
};

/** Like the eBenefits Help Desk: weekdays 8 a.m. to 8 p.m. Eastern. */
const EASTERN: Hours = { ...CENTRAL, open: '08:00', close: '20:00', timeZone: 'America/New_York', zoneLabel: 'ET', zoneName: 'Eastern Time' };

// Thursday 26 November 2026 (Central Standard Time, UTC-6): 07:00 CT is 13:00Z and 19:00 CT is 01:00Z Friday.
const THU_10AM_CT = '2026-11-26T16:00:00Z';

describe('formatStatus: a weekday line in Central Time', () => {
  it.each([
    // [case, instant, person's zone, expected]
    ['open, zone unknown', THU_10AM_CT, undefined, 'Open now until 7:00 p.m. CT'],
    ['open, New York', THU_10AM_CT, 'America/New_York', 'Open now until 7:00 p.m. CT (8:00 p.m. your time)'],
    ['open, Los Angeles', THU_10AM_CT, 'America/Los_Angeles', 'Open now until 7:00 p.m. CT (5:00 p.m. your time)'],
    ['open, Honolulu (no DST, UTC-10)', THU_10AM_CT, 'Pacific/Honolulu', 'Open now until 7:00 p.m. CT (3:00 p.m. your time)'],
    ['open, London: closes after their midnight', THU_10AM_CT, 'Europe/London', 'Open now until 7:00 p.m. CT (Friday 1:00 a.m. your time)'],
    ['open, Tokyo: already their Friday', THU_10AM_CT, 'Asia/Tokyo', 'Open now until 7:00 p.m. CT (10:00 a.m. your time)'],
    ['open, an invalid zone is ignored', THU_10AM_CT, 'Not/A_Zone', 'Open now until 7:00 p.m. CT'],
    ['open, the line’s own zone adds nothing', THU_10AM_CT, 'America/Chicago', 'Open now until 7:00 p.m. CT'],
    ['open, a zone with the same clock adds nothing', THU_10AM_CT, 'America/Winnipeg', 'Open now until 7:00 p.m. CT'],
  ])('%s', (_case, instant, zone, expected) => {
    expect(formatStatus(CENTRAL, new Date(instant), WORDS, zone)).toBe(expected);
  });

  it.each([
    ['one minute before opening', '2026-11-26T12:59:00Z', 'Closed now; opens today at 7:00 a.m. CT'],
    ['one second before opening', '2026-11-26T12:59:59Z', 'Closed now; opens today at 7:00 a.m. CT'],
    ['exactly at opening', '2026-11-26T13:00:00Z', 'Open now until 7:00 p.m. CT'],
    ['one minute after opening', '2026-11-26T13:01:00Z', 'Open now until 7:00 p.m. CT'],
    ['one minute before closing', '2026-11-27T00:59:00Z', 'Open now until 7:00 p.m. CT'],
    ['exactly at closing', '2026-11-27T01:00:00Z', 'Closed now; opens tomorrow at 7:00 a.m. CT'],
    ['one minute after closing', '2026-11-27T01:01:00Z', 'Closed now; opens tomorrow at 7:00 a.m. CT'],
    ['just after midnight', '2026-11-26T06:30:00Z', 'Closed now; opens today at 7:00 a.m. CT'],
  ])('edges of the hours: %s', (_case, instant, expected) => {
    expect(formatStatus(CENTRAL, new Date(instant), WORDS)).toBe(expected);
  });

  it.each([
    ['Friday one minute before closing', '2026-11-28T00:59:00Z', 'Open now until 7:00 p.m. CT'],
    ['Friday at closing', '2026-11-28T01:00:00Z', 'Closed now; opens Monday at 7:00 a.m. CT'],
    ['Saturday noon', '2026-11-28T18:00:00Z', 'Closed now; opens Monday at 7:00 a.m. CT'],
    ['Sunday 11 p.m.', '2026-11-30T05:00:00Z', 'Closed now; opens tomorrow at 7:00 a.m. CT'],
    ['Monday 12:30 a.m.', '2026-11-30T06:30:00Z', 'Closed now; opens today at 7:00 a.m. CT'],
  ])('weekends: %s', (_case, instant, expected) => {
    expect(formatStatus(CENTRAL, new Date(instant), WORDS)).toBe(expected);
  });

  it.each([
    [
      'Saturday noon CT in Tokyo (already Sunday there)',
      '2026-11-28T18:00:00Z',
      'Asia/Tokyo',
      'Closed now; opens Monday at 7:00 a.m. CT (Monday 10:00 p.m. your time)',
    ],
    ['Friday evening in Los Angeles', '2026-11-28T01:30:00Z', 'America/Los_Angeles', 'Closed now; opens Monday at 7:00 a.m. CT (Monday 5:00 a.m. your time)'],
    [
      'Sunday evening in Honolulu, already Monday in Chicago: no ambiguous "today"',
      '2026-11-30T06:00:00Z',
      'Pacific/Honolulu',
      'Closed now; opens Monday at 7:00 a.m. CT (Monday 3:00 a.m. your time)',
    ],
    [
      'Thursday evening CT, already Friday in London: the weekday, then their own today',
      '2026-11-27T01:30:00Z',
      'Europe/London',
      'Closed now; opens Friday at 7:00 a.m. CT (1:00 p.m. your time)',
    ],
    ['early Thursday CT, Thursday night in Tokyo', '2026-11-26T12:00:00Z', 'Asia/Tokyo', 'Closed now; opens today at 7:00 a.m. CT (10:00 p.m. your time)'],
    ['closed, New York', '2026-11-27T01:30:00Z', 'America/New_York', 'Closed now; opens tomorrow at 7:00 a.m. CT (Friday 8:00 a.m. your time)'],
  ])('closed, in the person’s zone: %s', (_case, instant, zone, expected) => {
    expect(formatStatus(CENTRAL, new Date(instant), WORDS, zone)).toBe(expected);
  });

  it.each([
    // US daylight saving starts Sunday 8 March 2026 (2 a.m. local); the UK's on Sunday 29 March.
    ['US change day, 3 a.m. CDT', '2026-03-08T08:00:00Z', undefined, 'Closed now; opens tomorrow at 7:00 a.m. CT'],
    [
      'US change day, Los Angeles not yet changed',
      '2026-03-08T08:00:00Z',
      'America/Los_Angeles',
      'Closed now; opens tomorrow at 7:00 a.m. CT (Monday 5:00 a.m. your time)',
    ],
    ['Monday after the change, opening at 12:00Z', '2026-03-09T12:00:00Z', undefined, 'Open now until 7:00 p.m. CT'],
    ['Monday after the change, one minute before', '2026-03-09T11:59:00Z', undefined, 'Closed now; opens today at 7:00 a.m. CT'],
    ['London still on GMT: 5 hours apart', '2026-03-16T15:00:00Z', 'Europe/London', 'Open now until 7:00 p.m. CT (Tuesday 12:00 a.m. your time)'],
    ['London on BST: 6 hours apart again', '2026-03-30T15:00:00Z', 'Europe/London', 'Open now until 7:00 p.m. CT (Tuesday 1:00 a.m. your time)'],
    ['Honolulu in summer: 5 hours apart', '2026-07-15T15:00:00Z', 'Pacific/Honolulu', 'Open now until 7:00 p.m. CT (2:00 p.m. your time)'],
    // US daylight saving ends Sunday 1 November 2026.
    ['fall-back Sunday in New York', '2026-11-01T12:00:00Z', 'America/New_York', 'Closed now; opens tomorrow at 7:00 a.m. CT (Monday 8:00 a.m. your time)'],
    ['Monday after fall-back, one minute before 7 a.m. CST', '2026-11-02T12:59:00Z', undefined, 'Closed now; opens today at 7:00 a.m. CT'],
    ['Monday after fall-back, 7 a.m. CST', '2026-11-02T13:00:00Z', undefined, 'Open now until 7:00 p.m. CT'],
  ])('daylight saving: %s', (_case, instant, zone, expected) => {
    expect(formatStatus(CENTRAL, new Date(instant), WORDS, zone)).toBe(expected);
  });

  it('is spoken with whole hours and the zone’s name', () => {
    expect(formatStatus(CENTRAL, new Date(THU_10AM_CT), WORDS, 'America/New_York', true)).toBe(
      'Open now until 7 p.m. Central Time (8 p.m. your time)',
    );
    expect(formatStatus(CENTRAL, new Date('2026-11-28T18:00:00Z'), WORDS, undefined, true)).toBe(
      'Closed now; opens Monday at 7 a.m. Central Time',
    );
  });
});

describe('formatStatus: a line in Eastern Time', () => {
  it.each([
    ['open, seen from Chicago', THU_10AM_CT, 'America/Chicago', 'Open now until 8:00 p.m. ET (7:00 p.m. your time)'],
    ['at 8 p.m. ET sharp', '2026-11-27T01:00:00Z', undefined, 'Closed now; opens tomorrow at 8:00 a.m. ET'],
    ['7:59 a.m. ET', '2026-11-26T12:59:00Z', undefined, 'Closed now; opens today at 8:00 a.m. ET'],
    ['8:00 a.m. ET, seen from Los Angeles', '2026-11-26T13:00:00Z', 'America/Los_Angeles', 'Open now until 8:00 p.m. ET (5:00 p.m. your time)'],
  ])('%s', (_case, instant, zone, expected) => {
    expect(formatStatus(EASTERN, new Date(instant), WORDS, zone)).toBe(expected);
  });
});

describe('lineStatus', () => {
  it('opens inclusively and closes exclusively, in the line’s zone', () => {
    const atOpen = lineStatus(CENTRAL, new Date('2026-11-26T13:00:00Z'));
    expect(atOpen.open).toBe(true);
    if (atOpen.open) expect(atOpen.closesAt.toISO()).toBe('2026-11-26T19:00:00.000-06:00');
    const atClose = lineStatus(CENTRAL, new Date('2026-11-27T01:00:00Z'));
    expect(atClose.open).toBe(false);
    if (!atClose.open) expect(atClose.opensAt.toISO()).toBe('2026-11-27T07:00:00.000-06:00');
  });

  it('finds the next open day across a weekend and a daylight-saving change', () => {
    const status = lineStatus(CENTRAL, new Date('2026-03-07T18:00:00Z'));
    expect(status.open).toBe(false);
    if (!status.open) expect(status.opensAt.toISO()).toBe('2026-03-09T07:00:00.000-05:00');
  });

  it('waits a week for a line open one day a week, once today’s hours are over', () => {
    const thursdays: Hours = { ...CENTRAL, days: ['thu'] };
    const status = lineStatus(thursdays, new Date('2026-11-27T02:00:00Z'));
    expect(status.open).toBe(false);
    if (!status.open) expect(status.opensAt.toISODate()).toBe('2026-12-03');
  });
});

describe('formatHours, formatDays and formatClock', () => {
  it('writes the hours as the VA page does, and says them for speech', () => {
    expect(formatHours(CENTRAL, WORDS)).toBe('Monday through Friday, 7:00 a.m. to 7:00 p.m. (CT)');
    expect(formatHours(EASTERN, WORDS, true)).toBe('Monday through Friday, 8 a.m. to 8 p.m. Eastern Time');
  });

  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'Monday through Friday'],
    [['fri', 'mon', 'wed'], 'Monday, Wednesday and Friday'],
    [['sat', 'sun'], 'Saturday and Sunday'],
    [['tue'], 'Tuesday'],
    [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'Monday through Sunday'],
  ] as Array<[Hours['days'], string]>)('%j reads "%s"', (days, expected) => {
    expect(formatDays(days, WORDS)).toBe(expected);
  });

  it.each([
    [0, 0, false, '12:00 a.m.'],
    [12, 0, false, '12:00 p.m.'],
    [7, 5, false, '7:05 a.m.'],
    [23, 59, false, '11:59 p.m.'],
    [19, 0, true, '7 p.m.'],
    [19, 30, true, '7:30 p.m.'],
  ])('%i:%i (spoken: %s) reads "%s"', (hour, minute, spoken, expected) => {
    expect(formatClock(hour, minute, WORDS, spoken)).toBe(expected);
  });
});
