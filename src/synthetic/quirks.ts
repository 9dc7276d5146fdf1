import Papa from 'papaparse';
import type { GeneratedExport, GeneratedFile } from './generate-export.js';

/**
 * The eras and re-saves real exports showed (../shared/real-exports), applied to a generated export so
 * that tests and benchmarks can produce them at any size. Each quirk rewrites the files it concerns.
 */
export interface ExportQuirks {
  /** 2018: `Messages.csv` is `From,To,Date,Subject,Content,Direction,Folder` with `10/16/18, 8:36 AM`. */
  messages2018?: boolean;
  /** 2018: `Connected On` is `1/8/18, 6:14 PM`. */
  connectedOn2018?: boolean;
  /** 2023: invitations name people by member URN (`inviterProfileUrn`), not by URL. */
  urnInvitations?: boolean;
  /** Excel's re-saves, per file path: delimiter, encoding, `DD.MM.YYYY` dates, `Notes:,,,,` preamble. */
  excel?: Record<string, ExcelResave>;
}

export interface ExcelResave {
  delimiter?: ';' | '\t';
  encoding?: 'windows-1252' | 'utf-16le';
  /** `Connected On` as `16.09.2021` (European locales). */
  dottedDates?: boolean;
  /** The preamble as Excel pads it (`Notes:,,,,,,`) and blank lines before the header. */
  paddedPreamble?: boolean;
}

type Rows = string[][];

const parse = (text: string): Rows =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false }).data;

const unparse = (rows: Rows, delimiter = ','): string =>
  `${Papa.unparse(rows, { delimiter, newline: '\r\n' })}\r\n`;

const text = (file: GeneratedFile): string =>
  typeof file.content === 'string' ? file.content : file.content.toString('utf8');

/** The row index of a header holding `column`, and its column indexes by name. */
function header(rows: Rows, column: string): { at: number; col: (name: string) => number } {
  const at = rows.findIndex((r) => r.some((c) => c.toUpperCase() === column.toUpperCase()));
  const names = (rows[at] ?? []).map((c) => c.toUpperCase());
  return { at, col: (name) => names.indexOf(name.toUpperCase()) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-06-01 14:03:22 UTC` or `08 Feb 2026` → `6/1/25, 2:03 PM`-style parts. */
function usDate(year: number, month: number, day: number, hour = 9, minute = 0): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const m = String(minute).padStart(2, '0');
  return `${month}/${day}/${String(year % 100).padStart(2, '0')}, ${h12}:${m} ${hour < 12 ? 'AM' : 'PM'}`;
}

function connectedOnParts(value: string): [number, number, number] | undefined {
  const m = /^(\d{1,2}) (\w{3}) (\d{2,4})$/.exec(value);
  if (m === null) return undefined;
  const year = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
  return [year, MONTHS.indexOf(m[2]!) + 1, Number(m[1])];
}

function messages2018(file: GeneratedFile, ownerName: string): GeneratedFile {
  const rows = parse(text(file));
  const { at, col } = header(rows, 'CONVERSATION ID');
  const out: Rows = [['From', 'To', 'Date', 'Subject', 'Content', 'Direction', 'Folder']];
  for (const r of rows.slice(at + 1)) {
    if (r.length < 5) continue;
    const d = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(r[col('DATE')] ?? '');
    if (d === null) continue;
    const date = usDate(Number(d[1]), Number(d[2]), Number(d[3]), Number(d[4]), Number(d[5]));
    const from = r[col('FROM')] ?? '';
    const outgoing = from === ownerName;
    out.push([
      from,
      r[col('TO')] ?? '',
      date,
      r[col('SUBJECT')] ?? '',
      r[col('CONTENT')] ?? '',
      outgoing ? 'OUTGOING' : 'INCOMING',
      outgoing ? 'SENT' : 'INBOX',
    ]);
  }
  return { path: 'Messages.csv', content: unparse(out) };
}

function mapColumn(file: GeneratedFile, column: string, f: (value: string) => string): GeneratedFile {
  const rows = parse(text(file));
  const { at, col } = header(rows, column);
  const i = col(column);
  for (const r of rows.slice(at + 1)) if (r[i] !== undefined && r[i] !== '') r[i] = f(r[i]!);
  return { ...file, content: unparse(rows) };
}

function urnInvitations(file: GeneratedFile): GeneratedFile {
  const rows = parse(text(file));
  const { at, col } = header(rows, 'inviterProfileUrl');
  const urn = (url: string): string => {
    let n = 0;
    for (const ch of url) n = (n * 31 + ch.charCodeAt(0)) % 2_000_000_000;
    return `urn:li:member:${n}`;
  };
  for (const name of ['inviterProfileUrl', 'inviteeProfileUrl']) {
    const i = col(name);
    rows[at]![i] = name.replace('Url', 'Urn');
    for (const r of rows.slice(at + 1)) if (r[i]) r[i] = urn(r[i]!);
  }
  return { ...file, content: unparse(rows) };
}

function excel(file: GeneratedFile, resave: ExcelResave): GeneratedFile {
  let rows = parse(text(file)).filter((r) => !(r.length === 1 && r[0] === ''));
  if (resave.dottedDates) {
    const { at, col } = header(rows, 'Connected On');
    const i = col('Connected On');
    for (const r of rows.slice(at + 1)) {
      const parts = r[i] === undefined ? undefined : connectedOnParts(r[i]!);
      if (parts)
        r[i] = `${String(parts[2]).padStart(2, '0')}.${String(parts[1]).padStart(2, '0')}.${parts[0]}`;
    }
  }
  const width = Math.max(...rows.map((r) => r.length));
  if (resave.paddedPreamble) {
    rows = rows.filter((r) => !r[0]?.startsWith('Notes:') && !r[0]?.startsWith('When exporting'));
    rows = [['Notes:', ...Array(width - 1).fill('')], Array(width).fill(''), [''], ...rows];
  }
  const body = unparse(rows, resave.delimiter ?? ',');
  const content =
    resave.encoding === 'utf-16le'
      ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])
      : resave.encoding === 'windows-1252'
        ? windows1252(body)
        : body;
  return { ...file, content };
}

/** Latin-1 covers what the generator writes but ’ and œ: those get their Windows-1252 bytes. */
const CP1252_EXTRA: Record<string, number> = { '’': 0x92, '‘': 0x91, œ: 0x9c, Œ: 0x8c, '€': 0x80, '…': 0x85 };
function windows1252(value: string): Buffer {
  return Buffer.from(
    Array.from(value, (ch) => CP1252_EXTRA[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)),
  );
}

/** The same export with the quirks applied; `truth` is unchanged (the records read are the same). */
export function applyQuirks(generated: GeneratedExport, quirks: ExportQuirks): GeneratedExport {
  const owner = generated.truth.owner.name;
  const files = generated.files.map((file) => {
    let out = file;
    if (quirks.messages2018 && file.path === 'messages.csv') out = messages2018(out, owner);
    if (quirks.connectedOn2018 && file.path === 'Connections.csv') {
      out = mapColumn(out, 'Connected On', (v) => {
        const parts = connectedOnParts(v);
        return parts ? usDate(...parts, 18, 14) : v;
      });
    }
    if (quirks.urnInvitations && file.path === 'Invitations.csv') out = urnInvitations(out);
    const resave = quirks.excel?.[file.path];
    if (resave) out = excel(out, resave);
    return out;
  });
  return { ...generated, files };
}
