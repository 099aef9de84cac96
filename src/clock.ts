/** Where "now" comes from, so open/closed status can be tested with a fixed clock. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };
