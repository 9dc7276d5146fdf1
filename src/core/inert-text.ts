/**
 * Strangers write every note, name and message. Before text is shown on a terminal or written to a
 * spreadsheet it goes through these functions; the browser renders it as text nodes instead.
 */

// C0/C1 controls except tab and line feed, plus the bidirectional overrides, embeddings and isolates
// (U+202A–U+202E, U+2066–U+2069) and the invisible marks used to spoof text direction.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;

/** Replaces control and bidirectional characters with a visible placeholder. */
export function neutralizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '\uFFFD');
}

/** One-line version for tables and list rows. */
export function singleLine(text: string, max = Number.POSITIVE_INFINITY): string {
  const flat = neutralizeText(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, Math.max(0, max - 1))}…` : flat;
}

/**
 * A cell a spreadsheet will not evaluate: a value starting with = + - @, tab or carriage return is
 * prefixed with an apostrophe (OWASP's advice for CSV injection).
 */
export function spreadsheetSafe(value: string): string {
  const clean = neutralizeText(value);
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}
