import { describe, expect, test } from 'vitest';
import type { Issue } from '../../src/core/errors.js';
import type { LinkedinFileKind } from '../../src/core/linkedin-records.js';
import type { ExportReader, RecordOfKind } from '../../src/import/export-reader.js';
import { openLinkedinExport } from '../../src/import/linkedin/open-linkedin-export.js';
import { tempDir, writeZipFile } from '../../src/import/linkedin/zip.fixtures.js';
import { applyQuirks, type ExportQuirks, generateLinkedinExport } from '../../src/synthetic/index.js';

/** The defects real exports showed (issue 15), each reproduced on a generated export. */
const SIZE = { seed: 15, connections: 60, messages: 80, invitations: 30 };

async function open(files: Record<string, string | Buffer>): Promise<ExportReader> {
  return openLinkedinExport(await writeZipFile(await tempDir(), 'export.zip', files), {
    maxUncompressedBytes: 50_000_000,
  });
}

async function generated(quirks: ExportQuirks, extra: Record<string, string | Buffer> = {}) {
  const g = applyQuirks(generateLinkedinExport(SIZE), quirks);
  return {
    g,
    reader: await open({ ...Object.fromEntries(g.files.map((f) => [f.path, f.content])), ...extra }),
  };
}

async function readAll<K extends LinkedinFileKind>(reader: ExportReader, kind: K) {
  const records: RecordOfKind[K][] = [];
  const issues: Issue[] = [];
  for await (const batch of reader.read(kind)) {
    records.push(...batch.records);
    issues.push(...batch.issues);
  }
  return { records, issues };
}

describe('exports of every era and their re-saves are read whole', () => {
  test('2018 Messages.csv (From,To,Date,Subject,Content,Direction,Folder) is read, not skipped', async () => {
    const { g, reader } = await generated({ messages2018: true });
    expect(reader.issues).toEqual([]);
    const { records, issues } = await readAll(reader, 'messages');
    expect(issues).toEqual([]);
    expect(records).toHaveLength(g.truth.counts.messages);
    expect(records[0]!.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
    // No conversation id in 2018: a message belongs to the conversation with the other person.
    expect(records.every((r) => r.conversationId.startsWith('legacy:'))).toBe(true);
  });

  test('2018 Connected On dates (1/8/18, 6:14 PM) and Excel’s DD.MM.YYYY are read', async () => {
    for (const quirks of [
      { connectedOn2018: true },
      { excel: { 'Connections.csv': { dottedDates: true } } },
    ] satisfies ExportQuirks[]) {
      const { g, reader } = await generated(quirks);
      const { records, issues } = await readAll(reader, 'connections');
      expect(issues).toEqual([]);
      expect(records).toHaveLength(g.truth.counts.connections);
      expect(records.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.connectedOn ?? ''))).toBe(true);
    }
  });

  test('the delimiter comes from the header: | in a headline, ; and tab re-saves', async () => {
    const pipes = 'First Name,Last Name,Headline\nAnn,Lee,Coach | Speaker | Author | Mentor\n';
    const reader = await open({ 'Profile.csv': pipes });
    const { records } = await readAll(reader, 'profile');
    expect(records[0]).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      headline: 'Coach | Speaker | Author | Mentor',
    });
    for (const delimiter of [';', '\t'] as const) {
      const { g, reader: resaved } = await generated({
        excel: { 'Connections.csv': { delimiter, paddedPreamble: true } },
      });
      expect(resaved.recognised.find((f) => f.kind === 'connections')?.delimiter).toBe(delimiter);
      const { records: rows, issues } = await readAll(resaved, 'connections');
      expect(issues).toEqual([]);
      expect(rows).toHaveLength(g.truth.counts.connections);
    }
  });

  test('Windows-1252 and UTF-16 with a BOM are decoded, and the encoding is named', async () => {
    const plain = generateLinkedinExport(SIZE);
    const names = (
      await readAll(await open({ 'Connections.csv': plain.files[0]!.content }), 'connections')
    ).records.map((r) => r.lastName);
    expect(names.some((n) => /[éèô]/.test(n))).toBe(true);
    for (const encoding of ['windows-1252', 'utf-16le'] as const) {
      const { reader } = await generated({
        excel: { 'Connections.csv': { encoding, delimiter: encoding === 'utf-16le' ? '\t' : ';' } },
      });
      expect(reader.recognised.find((f) => f.kind === 'connections')?.encoding).toBe(encoding);
      const { records, issues } = await readAll(reader, 'connections');
      expect(issues).toEqual([]);
      expect(records.map((r) => r.lastName)).toEqual(names);
    }
  });

  test('a literal U+FFFD in valid UTF-8 is text, not an encoding error', async () => {
    const csv = 'First Name,Last Name,Connected On\nAnn,Lee \uFFFD,08 Feb 2026\n';
    const { records, issues } = await readAll(await open({ 'Connections.csv': csv }), 'connections');
    expect(issues).toEqual([]);
    expect(records[0]!.lastName).toBe('Lee \uFFFD');
  });

  test('files that are not ours are "not imported", with no missing-column issue', async () => {
    const { reader } = await generated(
      {},
      {
        'Imported Contacts.csv': 'First Name,Last Name,Companies,Title,Email Address\nA,B,,,a@b.c\n',
        'Endorsement_Given_Info.csv':
          'Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status\n',
        'Projects.csv': 'Title,Description,Url,Started On,Finished On\nX,Y,,Jan 2020,\n',
      },
    );
    expect(reader.issues).toEqual([]);
    expect(reader.skippedFiles).toEqual(
      expect.arrayContaining(['Imported Contacts.csv', 'Endorsement_Given_Info.csv', 'Projects.csv']),
    );
  });

  test('URN invitation columns are recognised and carry no URL', async () => {
    const { g, reader } = await generated({ urnInvitations: true });
    const { records, issues } = await readAll(reader, 'invitations');
    expect(issues).toEqual([]);
    expect(records).toHaveLength(g.truth.counts.invitations);
    expect(records.every((r) => r.inviterProfileUrl === undefined)).toBe(true);
  });
});
