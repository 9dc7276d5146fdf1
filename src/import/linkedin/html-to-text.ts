/**
 * `messages.csv` CONTENT holds HTML. We keep plain text only: markup written by a stranger is data,
 * and a later renderer must never meet a tag. Line structure survives (`<br>`, `<p>`, list items).
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  icirc: 'î',
  ucirc: 'û',
  ugrave: 'ù',
  euml: 'ë',
  iuml: 'ï',
  Eacute: 'É',
  Agrave: 'À',
  Ccedil: 'Ç',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
};

const TAG = /<\/?[a-zA-Z][^>]*>/;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** HTML (or plain text) to plain text with `\n` line breaks. */
export function htmlToText(content: string): string {
  let text = content.replace(/\r\n?/g, '\n');
  if (TAG.test(text)) {
    text = text
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      // In HTML a source line break is a space; structure comes from the tags.
      .replace(/\n/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(p|div|li|ul|ol|h[1-6]|blockquote|tr)\s*>/gi, '\n')
      .replace(/<(p|div|ul|ol|h[1-6]|blockquote|tr)\b[^>]*>/gi, '\n')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n[ \t]+/g, '\n');
  }
  return decodeEntities(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
