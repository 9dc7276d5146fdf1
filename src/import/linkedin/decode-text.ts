import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';

/** The encodings LinkedIn's files arrive in: its own UTF-8, and what Excel re-saves write. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Stands for a byte sequence that is not UTF-8, until the row is numbered: a literal U+FFFD already in
 * LinkedIn's data must not be reported as an encoding error. U+FDD0 is a noncharacter, never in text.
 */
export const INVALID_BYTES = '\uFDD0';
const INVALID_BYTES_RE = /\uFDD0/g;

/** Replaces the stand-in by U+FFFD, the character a reader of the text expects. */
export const showInvalidBytes = (text: string): string => text.replace(INVALID_BYTES_RE, '\uFFFD');

const UTF8_SEQUENCE =
  /(?<![\x80-\xBF\xC2-\xF4])(?:[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3})(?![\x80-\xBF])/g;

/** Bytes at the end of `bytes` that start a UTF-8 sequence the next chunk completes. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * Decides a file's encoding from its first bytes: a byte-order mark says it; otherwise bytes that are
 * not UTF-8, with no multi-byte UTF-8 sequence among them, are Windows-1252 (Excel's re-saves in
 * Western locales). A UTF-8 file with a few broken bytes stays UTF-8, its broken bytes reported.
 */
export function sniffEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const body = head.subarray(0, head.length - incompleteTail(head));
  if (isUtf8(body)) return 'utf-8';
  // More well-formed multi-byte UTF-8 sequences than bytes that are not UTF-8: a UTF-8 file.
  const latin1 = body.toString('latin1');
  const wellFormed = latin1.match(UTF8_SEQUENCE)?.length ?? 0;
  const high = latin1.match(/[\x80-\xFF]/g)?.length ?? 0;
  const broken = high - (latin1.match(UTF8_SEQUENCE)?.join('').length ?? 0);
  return wellFormed > broken ? 'utf-8' : 'windows-1252';
}

// The UTF-8 of U+FDD1: literal U+FFFD bytes are parked there while broken bytes become U+FFFD.
const PARKED = Buffer.from('\uFDD1', 'utf8');
const LITERAL_FFFD = Buffer.from('\uFFFD', 'utf8');

function decodeBrokenUtf8(bytes: Buffer, decoder: TextDecoder): string {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = bytes.indexOf(LITERAL_FFFD); at >= 0; at = bytes.indexOf(LITERAL_FFFD, from)) {
    parts.push(bytes.subarray(from, at), PARKED);
    from = at + LITERAL_FFFD.length;
  }
  parts.push(bytes.subarray(from));
  return decoder
    .decode(Buffer.concat(parts))
    .replace(/\uFFFD/g, INVALID_BYTES)
    .replace(/\uFDD1/g, '\uFFFD');
}

/**
 * Bytes to text in object mode (a character is never split between chunks): the byte-order mark is
 * dropped, every line break (CRLF, lone CR, LF, even mixed in one file) becomes LF so the parser sees
 * every row, and UTF-8 bytes that are not UTF-8 become `INVALID_BYTES`.
 */
export function decodeText(encoding: TextEncoding, marks: { seen: boolean }): Transform {
  const utf8 = encoding === 'utf-8';
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  let pending: Buffer = Buffer.alloc(0);
  let first = true;
  let carriageReturn = false;
  const text = (bytes: Buffer, last: boolean): string => {
    let out: string;
    if (!utf8) out = decoder.decode(bytes, { stream: !last });
    else if (isUtf8(bytes)) out = decoder.decode(bytes);
    else {
      out = decodeBrokenUtf8(bytes, decoder);
      marks.seen = true;
    }
    if (first && out.length > 0) {
      first = false;
      if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
    }
    // A CR at the end of a chunk may be the first half of a CRLF: it waits for the next chunk.
    if (carriageReturn) out = `\r${out}`;
    carriageReturn = !last && out.endsWith('\r');
    if (carriageReturn) out = out.slice(0, -1);
    return out.includes('\r') ? out.replace(/\r\n?/g, '\n') : out;
  };
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, callback) {
      let bytes = chunk;
      if (utf8) {
        const joined = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
        const tail = incompleteTail(joined);
        pending = joined.subarray(joined.length - tail);
        bytes = joined.subarray(0, joined.length - tail);
      }
      const out = text(bytes, false);
      callback(null, out === '' ? undefined : out);
    },
    flush(callback) {
      const out = text(pending, true);
      callback(null, out === '' ? undefined : out);
    },
  });
}

/** The whole of a short text (a file's head), decoded like `decodeText`. */
export function decodeHead(bytes: Buffer, encoding: TextEncoding): string {
  const body = encoding === 'utf-8' ? bytes.subarray(0, bytes.length - incompleteTail(bytes)) : bytes;
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  let out = encoding === 'utf-8' && !isUtf8(body) ? decodeBrokenUtf8(body, decoder) : decoder.decode(body);
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  return out.replace(/\r\n?/g, '\n');
}
