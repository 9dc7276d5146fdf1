/**
 * LinkedIn writes a different date format in every file (DESIGN.md section 9). Each parser returns
 * an ISO string, or `undefined` when the text is not a date it knows: the caller reports `bad-date`.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // French exports abbreviate months in French.
  janv: 1,
  févr: 2,
  fevr: 2,
  fév: 2,
  mars: 3,
  avr: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  août: 8,
  aout: 8,
  déc: 12,
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

// LinkedIn started in 2003: a two-digit year is always in this century.
const fullYear = (text: string): number => (text.length <= 2 ? 2000 + Number(text) : Number(text));

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function isoTime(hour: number, minute: number, second: number): string | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

const monthOf = (name: string): number | undefined => MONTHS[name.toLowerCase().replace(/\.$/, '')];

/**
 * `Connected On`: `08 Feb 2026`, `12-Mar-19`; 2018 exports `1/8/18, 6:14 PM` (month first, with a
 * time); Excel re-saves in European locales `16.09.2021` (day first). Returns `YYYY-MM-DD`.
 */
export function parseConnectedOn(text: string): string | undefined {
  const trimmed = text.trim();
  const m = /^(\d{1,2})[ -]([\p{L}.]+)[ -](\d{2}|\d{4})$/u.exec(trimmed);
  if (m !== null) {
    const month = monthOf(m[2]!);
    return month === undefined ? undefined : isoDate(fullYear(m[3]!), month, Number(m[1]));
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(trimmed);
  if (dotted !== null) return isoDate(fullYear(dotted[3]!), Number(dotted[2]), Number(dotted[1]));
  return parseLocalDateTime(trimmed)?.slice(0, 10);
}

/** Messages `DATE`: `2025-06-01 14:03:22 UTC` (with or without ` UTC`). Endorsements use slashes. */
export function parseUtcDateTime(text: string): string | undefined {
  const m =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:UTC|Z)?$/i.exec(
      text.trim(),
    );
  if (m === null) return undefined;
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const time = isoTime(Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return date === undefined || time === undefined ? undefined : `${date}T${time}Z`;
}

/** messages.csv `DATE`: UTC, or in 2018 exports `10/16/18, 8:36 AM` (no zone given: read as UTC). */
export function parseMessageDate(text: string): string | undefined {
  const utc = parseUtcDateTime(text);
  if (utc !== undefined) return utc;
  const local = parseLocalDateTime(text);
  return local === undefined ? undefined : `${local}Z`;
}

/**
 * Invitations `Sent At` (`1/29/26, 2:37 PM`) and recommendations (`01/24/18, 03:00 PM`): month first,
 * no time zone, so the result is a local date-time without zone (`2026-01-29T14:37:00`).
 */
export function parseLocalDateTime(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(
    text.trim(),
  );
  if (m === null) return undefined;
  let hour = Number(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  const date = isoDate(fullYear(m[3]!), Number(m[1]), Number(m[2]));
  const time = isoTime(hour, Number(m[5]), Number(m[6] ?? 0));
  return date === undefined || time === undefined ? undefined : `${date}T${time}`;
}

/** Positions `Started On`: `Jan 2020` → `2020-01`, `2020` → `2020`. */
export function parseMonthYear(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return trimmed;
  const m = /^([\p{L}.]+)\s+(\d{4})$/u.exec(trimmed);
  if (m === null) return undefined;
  const month = monthOf(m[1]!);
  return month === undefined ? undefined : `${m[2]}-${pad(month)}`;
}
