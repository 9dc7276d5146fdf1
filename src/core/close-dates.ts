import { DAY } from './durations.js';

/**
 * A pasted invitation may carry only a day (or the day the user pasted it), the export gives the
 * minute in the sender's or the owner's zone: the same invitation is within a day either way.
 */
export function withinADay(a: string, b: string): boolean {
  const dayA = dayNumber(a);
  const dayB = dayNumber(b);
  return dayA !== undefined && dayB !== undefined && Math.abs(dayA - dayB) <= 1;
}

function dayNumber(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m === null) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? undefined : Math.round(ms / DAY);
}
