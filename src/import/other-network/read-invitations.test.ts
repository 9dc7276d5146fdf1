import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { INVITATION_COLUMNS, type ManualInvitation } from './invitation-row.js';
import { readInvitationsCsv, readInvitationsJson, readJsonLines } from './read-invitations.js';
import { INVITATION_TEMPLATES } from './template.js';

const HOSTILE: ManualInvitation[] = [
  {
    network: 'viadeo',
    name: 'Léa "Lulu" Martin, PhD',
    profileUrl: 'https://viadeo.journaldunet.com/p/lea-martin',
    headline: '=cmd|" /C calc"!A0',
    note: 'Première ligne,\r\nseconde "ligne" 🎉\n\n  indentée ',
    sentAt: '2026-03-01T10:05:00',
    direction: 'outgoing',
  },
  { network: 'x', name: 'Sam', note: '', direction: 'incoming' },
];

const toCsv = (records: ManualInvitation[]) =>
  Papa.unparse({
    fields: [...INVITATION_COLUMNS],
    data: records.map((r) => [
      r.network,
      r.name,
      r.profileUrl ?? '',
      r.headline ?? '',
      r.note,
      r.sentAt ?? '',
      r.direction,
    ]),
  });

describe('the other-network import', () => {
  test('reads back a CSV of every awkward value exactly (round trip)', () => {
    const { records, issues } = readInvitationsCsv(toCsv(HOSTILE), 'in.csv');
    expect(issues).toEqual([]);
    expect(records).toEqual(HOSTILE);
  });

  test('names the line of a bad row, counting line breaks inside quoted notes, and reads the others', () => {
    const csv = `${toCsv(HOSTILE)}\r\nxing,,https://xing.com/p/x,,,2026-01-01,incoming\r\nmalt,Ana,,,,29/01/2026,incoming\r\nmalt,Bo,,,,,sideways`;
    const { records, issues } = readInvitationsCsv(csv, 'in.csv');
    expect(records).toHaveLength(2);
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [7, 'name'],
      [8, 'date'],
      [9, 'direction'],
    ]);
  });

  test('refuses a header without the name column once, not per row', () => {
    const { records, issues } = readInvitationsCsv('network,fullname\nxing,Jo\nxing,Al\n', 'in.csv');
    expect(records).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'missing-column', line: 1 })]);
  });

  test('reads profileUrl, and the snake_case profile_url of the first versions, in JSON and CSV headers', () => {
    const url = 'https://www.linkedin.com/in/ana';
    const json = readJsonLines(
      [
        { name: 'A', profileUrl: url },
        { name: 'B', profile_url: url },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
      'stdin',
    );
    expect(json.records.map((r) => r.profileUrl)).toEqual([url, url]);
    for (const header of ['profileUrl', 'profile_url', 'Profile URL']) {
      const csv = readInvitationsCsv(`name,${header}\nAna,${url}\n`, 'in.csv');
      expect(csv, header).toEqual({ records: [expect.objectContaining({ profileUrl: url })], issues: [] });
    }
    const bad = readJsonLines(JSON.stringify({ name: 'C', profileUrl: 'not a url' }), 'stdin');
    expect(bad.issues).toEqual([expect.objectContaining({ field: 'profileUrl', line: 1 })]);
  });

  test('imports the rest of a JSON-lines batch and names the malformed line', () => {
    const lines = [
      JSON.stringify({ name: 'Ana', note: 'Salut\nça va ?', profileUrl: 'linkedin.com/in/ana/' }),
      '{"name": "Bo", ',
      JSON.stringify({ name: 'Cy', nickname: 'c' }),
      '',
      JSON.stringify({ name: 'Di', date: '2026-01-29T14:37:00Z' }),
    ].join('\n');
    const { records, issues } = readJsonLines(lines, 'stdin');
    expect(records.map((r) => r.name)).toEqual(['Ana', 'Di']);
    expect(records[0]).toMatchObject({
      network: 'linkedin',
      profileUrl: 'https://www.linkedin.com/in/ana',
      note: 'Salut\nça va ?',
    });
    expect(records[1]?.sentAt).toBe('2026-01-29T14:37:00');
    expect(issues.map((i) => [i.line, i.code, i.message])).toEqual([
      [2, 'invalid-json', 'not a JSON object'],
      [3, 'invalid-row', 'unknown field nickname'],
    ]);
  });

  test.each(['csv', 'json'] as const)('reads its own %s template without an issue', (format) => {
    const read = format === 'csv' ? readInvitationsCsv : readInvitationsJson;
    const { records, issues } = read(INVITATION_TEMPLATES[format], `template.${format}`);
    expect(issues).toEqual([]);
    expect(records.map((r) => r.network)).toEqual(['xing', 'malt']);
  });
});

test.each(['csv', 'json'] as const)(
  'templates/invitations.%s is the template ties import --template writes',
  (format) => {
    const file = readFileSync(new URL(`../../../templates/invitations.${format}`, import.meta.url), 'utf8');
    expect(file).toBe(INVITATION_TEMPLATES[format]);
  },
);
