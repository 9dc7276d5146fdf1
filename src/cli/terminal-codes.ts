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

/** A clickable link; `url` must already be a trusted URL (profile URLs are normalised on import). */
export function hyperlink(url: string, label = url): string {
  return /^https:\/\/[^\s\u0000-\u001f\u007f]+$/.test(url)
    ? `${OSC}8;;${url}${ST}${label}${OSC}8;;${ST}`
    : label;
}
