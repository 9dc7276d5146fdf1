import Papa from 'papaparse';
import type { Issue } from '../../core/errors.js';
import { INVITATION_COLUMNS, type ManualInvitation, parseInvitationRow } from './invitation-row.js';

export interface ReadInvitations {
  records: ManualInvitation[];
  issues: Issue[];
}

/** Reads invitations from JSON lines: one object per line; a bad line is an issue, the others are read. */
export function readJsonLines(text: string, file: string): ReadInvitations {
  const result: ReadInvitations = { records: [], issues: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      result.issues.push({ code: 'invalid-json', file, line: index + 1, message: 'not a JSON object' });
      return;
    }
    collect(result, parseInvitationRow(value, file, index + 1));
  });
  return result;
}

/** Reads a JSON array of invitations (issues give the item's number as the line) or JSON lines. */
export function readInvitationsJson(text: string, file: string): ReadInvitations {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trimStart().startsWith('[')) return readJsonLines(body, file);
  let items: unknown;
  try {
    items = JSON.parse(body);
  } catch (error) {
    return {
      records: [],
      issues: [{ code: 'invalid-json', file, line: 1, message: `not valid JSON: ${String(error)}` }],
    };
  }
  const result: ReadInvitations = { records: [], issues: [] };
  for (const [index, item] of (items as unknown[]).entries()) {
    collect(result, parseInvitationRow(item, file, index + 1));
  }
  return result;
}

/** Reads the CSV template's columns (any order, header required); lines count from the header's 1. */
export function readInvitationsCsv(text: string, file: string): ReadInvitations {
  const result: ReadInvitations = { records: [], issues: [] };
  const body = text.replace(/^\uFEFF/, '');
  const header = headerProblem(body, file);
  if (header) return { records: [], issues: [header] };
  let newlines = 0;
  let consumed = 0;
  Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: headerName,
    step: (row) => {
      const end = row.meta.cursor;
      newlines += countNewlines(body, consumed, end);
      consumed = end;
      // The row's last line, less the line breaks inside its quoted cells, is the line it starts on.
      const lastLine = newlines + 1 - (body[end - 1] === '\n' ? 1 : 0);
      const inside = Object.values(row.data).reduce(
        (n, v) => n + countNewlines(String(v ?? ''), 0, Infinity),
        0,
      );
      const line = lastLine - inside;
      const error = row.errors[0];
      if (error) {
        result.issues.push({ code: 'invalid-csv', file, line, message: error.message });
        return;
      }
      collect(result, parseInvitationRow(row.data, file, line));
    },
  });
  return result;
}

// `Profile URL`, `profile_url` and `profileUrl` all name the column `profileUrl`.
const COLUMN_OF_HEADER = new Map<string, string>(INVITATION_COLUMNS.map((c) => [c.toLowerCase(), c]));
const headerName = (h: string) => {
  const squeezed = h
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');
  return COLUMN_OF_HEADER.get(squeezed) ?? h.trim().toLowerCase().replace(/\s+/g, '_');
};

/** A header that lacks `name` or has a column the import does not know: one issue, not one per row. */
function headerProblem(body: string, file: string): Issue | undefined {
  const first = Papa.parse<string[]>(body, { preview: 1 }).data[0] ?? [];
  const columns = first.map(headerName);
  const known = new Set<string>(INVITATION_COLUMNS);
  const unknown = columns.filter((c) => !known.has(c));
  if (!columns.includes('name')) {
    return {
      code: 'missing-column',
      file,
      line: 1,
      field: 'name',
      message: `the header needs the columns ${INVITATION_COLUMNS.join(',')}`,
    };
  }
  if (unknown.length > 0) {
    return {
      code: 'unknown-column',
      file,
      line: 1,
      field: unknown[0] ?? '',
      message: `unknown column ${unknown.join(', ')} (expected ${INVITATION_COLUMNS.join(',')})`,
    };
  }
  return undefined;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function collect(result: ReadInvitations, parsed: ReturnType<typeof parseInvitationRow>): void {
  if (parsed.ok) result.records.push(parsed.value);
  else result.issues.push(parsed.error);
}
