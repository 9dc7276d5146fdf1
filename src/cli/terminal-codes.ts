import { singleLine } from '../core/inert-text.js';

/**
 * Escape sequences the triage screen writes. OSC 52 puts text on the clipboard in most terminals
 * (xterm, iTerm2, kitty, WezTerm, tmux with set-clipboard); OSC 8 makes a link clickable. Terminals
 * that know neither ignore them.
 */
const OSC = '\u001b]';
const ST = '\u001b\\';

export const clearScreen = '\u001b[2J\u001b[H';

export function copyToClipboard(text: string): string {
  return `${OSC}52;c;${Buffer.from(text, 'utf8').toString('base64')}${ST}`;
}

/**
 * A clickable link. A stored URL is a stranger's text (a slug is percent-decoded on import, so
 * `%1b%5d…` becomes a real escape): the link is written only for a URL made of printable ASCII, and
 * the label is always neutralised.
 */
export function hyperlink(url: string, label = url): string {
  const shown = singleLine(label);
  return /^https:\/\/[\u0021-\u007e]+$/.test(url) ? `${OSC}8;;${url}${ST}${shown}${OSC}8;;${ST}` : shown;
}
