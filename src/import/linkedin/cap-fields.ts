import { Transform } from 'node:stream';

/**
 * Marks where a field was cut; the row numberer turns it into a `field-truncated` issue with the line.
 * U+FDD2 is a noncharacter, never in text.
 */
export const CUT_MARK = '\uFDD2';

/**
 * Cuts every CSV field longer than `maxChars` before the parser sees it, so that a small zip that
 * inflates to one huge field costs neither time nor memory: the parser (papaparse re-reads a row that
 * spans chunks) only ever holds short rows, and the dropped text is never kept. Works on text whose
 * line breaks are all LF (`decodeText`). Quoted fields are skipped quote to quote with `indexOf`, so
 * the cost is a pass over the unquoted characters and one step per quote.
 */
export function capFields(maxChars: number, delimiter: string, marks: { seen: boolean }): Transform {
  const DELIMITER = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  let atFieldStart = true;
  let inQuotes = false;
  // A quote ended the last chunk: the next character says whether it closed the field or was doubled.
  let quoteAtEnd = false;
  let length = 0;
  let dropping = false;

  return new Transform({
    objectMode: true,
    transform(chunk: string, _encoding, callback) {
      const parts: string[] = [];
      let keepFrom = 0;
      let i = 0;
      const n = chunk.length;
      const cutAt = (at: number): void => {
        let end = at;
        // Never split a surrogate pair.
        const before = chunk.charCodeAt(end - 1);
        if (end > keepFrom && before >= 0xd800 && before <= 0xdbff) end--;
        parts.push(chunk.slice(keepFrom, end), CUT_MARK);
        marks.seen = true;
        dropping = true;
      };
      const endField = (at: number): void => {
        if (dropping) {
          keepFrom = at;
          dropping = false;
        }
        length = 0;
        atFieldStart = true;
      };
      if (quoteAtEnd) {
        quoteAtEnd = false;
        if (n > 0 && chunk.charCodeAt(0) === QUOTE) i = 1;
        else inQuotes = false;
      }
      while (i < n) {
        if (inQuotes) {
          const quote = chunk.indexOf('"', i);
          const stop = quote < 0 ? n : quote;
          if (!dropping && length + (stop - i) > maxChars) cutAt(i + (maxChars - length));
          length += stop - i;
          if (quote < 0) break;
          if (quote + 1 === n) {
            quoteAtEnd = true;
            i = n;
          } else if (chunk.charCodeAt(quote + 1) === QUOTE) {
            i = quote + 2;
            if (!dropping && ++length > maxChars) cutAt(quote);
          } else {
            inQuotes = false;
            // The closing quote is kept: the parser sees a well-formed field.
            if (dropping) {
              keepFrom = quote;
              dropping = false;
            }
            i = quote + 1;
          }
          continue;
        }
        const code = chunk.charCodeAt(i);
        if (code === DELIMITER || code === LF) endField(i);
        else if (atFieldStart && code === QUOTE) {
          inQuotes = true;
          atFieldStart = false;
        } else {
          atFieldStart = false;
          if (!dropping && ++length > maxChars) cutAt(i);
        }
        i++;
      }
      if (!dropping) parts.push(keepFrom === 0 ? chunk : chunk.slice(keepFrom));
      const out = parts.length === 1 ? parts[0]! : parts.join('');
      callback(null, out === '' ? undefined : out);
    },
  });
}
