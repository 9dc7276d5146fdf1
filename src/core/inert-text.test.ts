import { expect, test } from 'vitest';
import { inertJson, spreadsheetSafe } from './inert-text.js';
import { toSpreadsheetCsv } from './spreadsheet-csv.js';

const DANGEROUS = /^[=+\-@\t\r]/;

/** How a spreadsheet may split a line: on any separator, quote-aware or (worst case) not. */
function cellsAsSplitBy(line: string, separator: string): string[] {
  const quoteAware: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === separator && !quoted) {
      quoteAware.push(cell);
      cell = '';
    } else cell += c;
  }
  quoteAware.push(cell);
  const naive = line.split(separator).map((c) => c.replace(/^"+/, ''));
  return [...quoteAware, ...naive];
}

test('a formula after any separator stays text in whatever way the spreadsheet splits the line', () => {
  const hostile = ['x;=2*21;', 'a,=1+1', 'p|@SUM(A1)', 'tab\t-2+3', '=HYPERLINK("x")', 'ok "quoted", fine'];
  const csv = toSpreadsheetCsv(
    ['name', 'note'],
    hostile.map((h) => [h, 42]),
  );
  for (const line of csv.split('\r\n')) {
    for (const separator of [',', ';', '\t', '|']) {
      expect(
        cellsAsSplitBy(line, separator).filter((c) => DANGEROUS.test(c)),
        `${separator} ${line}`,
      ).toEqual([]);
    }
  }
  expect(spreadsheetSafe('x;=2*21;')).toBe("x;'=2*21;");
  expect(csv.split('\r\n')[1]).toBe('"x;\'=2*21;","42"');
});

test('JSON output escapes C1 controls and direction overrides, and stays the same JSON', () => {
  const value = { name: 'abc\u202Edef', note: 'csi\u009b2J nel\u0085 ls\u2028', plain: 'Zoé 🌱' };
  const text = inertJson(value);
  expect(text).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2028]/);
  expect(text).toContain('\\u202e');
  expect(JSON.parse(text)).toEqual(value);
});
