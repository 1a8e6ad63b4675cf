/** Time-zone arithmetic with Intl only (no library): offsets at an instant, and the instant a wall-clock time names. */

const DAY_MS = 86_400_000;

/** The offset of `timeZone` from UTC, in minutes, at the instant `ms` (New York: -300 in winter, -240 in summer). */
export const zoneOffsetMinutes = (timeZone: string, ms: number): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
};

/**
 * The instant a wall-clock time (given as if it were UTC) names in `timeZone`. A time skipped by a daylight-saving
 * jump (02:30 on the spring-forward night) moves forward by the jump (03:30); a time that happens twice takes the first.
 */
export const wallToInstant = (wallMs: number, timeZone: string): number => {
  const before = zoneOffsetMinutes(timeZone, wallMs - DAY_MS);
  const after = zoneOffsetMinutes(timeZone, wallMs + DAY_MS);
  const valid = [...new Set([before, after])]
    .map((offset) => wallMs - offset * 60_000)
    .filter((instant) => wallMs - zoneOffsetMinutes(timeZone, instant) * 60_000 === instant)
    .sort((a, b) => a - b);
  return valid[0] ?? wallMs - before * 60_000;
};
