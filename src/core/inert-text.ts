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
 * prefixed with an apostrophe (OWASP's advice for CSV injection), and so is every such start after a
 * character a spreadsheet may take for a separator (`x;=2*21;` opened with `;` is three cells).
 */
export function spreadsheetSafe(value: string): string {
  const clean = neutralizeText(value).replace(/([,;|\t\n])([=+\-@])/g, "$1'$2");
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}

// Outside the C0 range JSON.stringify escapes nothing: C1 controls (U+0085, U+009B CSI…), the
// direction marks and overrides, and the line separators pass raw.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\u061c]/g;

/** `JSON.stringify`, with every character a terminal could obey written as a `\\u` escape. */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
