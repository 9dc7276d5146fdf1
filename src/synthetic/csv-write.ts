/** CSV as LinkedIn writes it: recent exports quote every field, older ones only when needed. */
export function csvField(value: string, quoteAll: boolean): string {
  if (quoteAll || /[",\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function csvRow(fields: readonly string[], quoteAll: boolean): string {
  return fields.map((f) => csvField(f, quoteAll)).join(',');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** `08 Feb 2026`, or `08 Feb 26` in legacy exports. */
export function formatConnectedOn(ms: number, twoDigitYear: boolean): string {
  const d = new Date(ms);
  const year = twoDigitYear ? p2(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
  return `${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${year}`;
}

const hms = (d: Date): string => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
const ymd = (d: Date, sep: string): string =>
  `${d.getUTCFullYear()}${sep}${p2(d.getUTCMonth() + 1)}${sep}${p2(d.getUTCDate())}`;

/** messages.csv `2025-06-01 14:03:22 UTC` (older exports omit ` UTC`). */
export const formatMessageDate = (ms: number, utcSuffix: boolean): string => {
  const d = new Date(ms);
  return `${ymd(d, '-')} ${hms(d)}${utcSuffix ? ' UTC' : ''}`;
};

/** Endorsements `2023/06/20 13:05:02 UTC`. */
export const formatEndorsementDate = (ms: number): string => {
  const d = new Date(ms);
  return `${ymd(d, '/')} ${hms(d)} UTC`;
};

/** Invitations `1/29/26, 2:37 PM`; recommendations pad to `01/24/18, 03:00 PM`. */
export function formatUsDateTime(ms: number, padded: boolean): string {
  const d = new Date(ms);
  const hour12 = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const ampm = d.getUTCHours() < 12 ? 'AM' : 'PM';
  const f = (n: number): string => (padded ? p2(n) : String(n));
  return `${f(d.getUTCMonth() + 1)}/${f(d.getUTCDate())}/${p2(d.getUTCFullYear() % 100)}, ${f(hour12)}:${p2(d.getUTCMinutes())} ${ampm}`;
}

/** The ISO forms the readers produce, for the generator's truth. */
export const isoLocal = (ms: number): string => new Date(ms).toISOString().slice(0, 19);
