import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Issue } from '../../core/errors.js';
import type { LinkedinFileKind } from '../../core/linkedin-records.js';
import type { ExportReader, RecordOfKind } from '../export-reader.js';
import { openLinkedinExport } from './open-linkedin-export.js';
import { lieAboutSizes, renameEntry, tempDir, writeZipFile, zipBytes } from './zip.fixtures.js';

const LIMIT = { maxUncompressedBytes: 50_000_000 };

const CONNECTIONS = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Hélène,"Gagnon, CPA",https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-gagnon-1a2b,,"Acme ""Labs"", Inc.",CEO 🚀,08 Feb 2026',
  ',,,,,,12 Mar 2024',
  'Bob,Smith,https://www.linkedin.com/in/bob-smith/,bob@example.com,Initech,Dev,01 Jan 2020',
].join('\n');

const MESSAGES_HEADER =
  '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT","IS CONVERSATION DRAFT"';
const MESSAGES = [
  `\uFEFF${MESSAGES_HEADER}`,
  '"c1","","Bob Smith","https://www.linkedin.com/in/bob-smith","Me","https://www.linkedin.com/in/me,https://www.linkedin.com/in/x","2025-06-01 14:03:22 UTC","","<p>Salut &amp; merci<br>ligne 2</p><script>alert(1)</script>","INBOX","","No","No"',
  '"c2","","LinkedIn Member","","Me","https://www.linkedin.com/in/me","2025-06-02 10:00:00","","first\r\nsecond","INBOX","","No","No"',
  '"c3","Sponsored","Sponsored Partner","","Me","","2025-06-03 10:00:00 UTC","","<div>Try <b>Premium</b></div>","SPONSORED","","No","No"',
].join('\n');

const INVITATIONS = [
  'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
  'Ann Lee,Me Owner,"1/29/26, 2:37 PM","Hi,\r\nwe met at the meetup.",INCOMING,https://www.linkedin.com/in/ann-lee,https://www.linkedin.com/in/me',
  'Me Owner,Zoe Roy,"12/1/25, 12:05 AM",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/zoe',
].join('\r\n');

const OTHERS: Record<string, string> = {
  'Profile.csv':
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nMe,Owner,,,,HR lead,"Line 1\nLine 2",HR,,Montréal,"[h1,h2]","[OTHER:https://a.example,PORTFOLIO:https://b.example]",\n',
  'Positions.csv':
    'Company Name,Title,Description,Location,Started On,Finished On\nAcme,Lead,,Paris,Jan 2020,\n',
  'Endorsement_Received_Info.csv':
    'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n2023/06/20 13:05:02 UTC,SQL,Bob,Smith,www.linkedin.com/in/bob-smith,ACCEPTED\n',
  'Recommendations_Received.csv':
    'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nBob,Smith,Initech,Dev,"Great, really.","01/24/18, 03:00 PM",VISIBLE\n',
  'Recommendations_Given.csv':
    'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nZoe,Roy,,,Solid.,"02/01/19, 11:00 AM",VISIBLE\n',
  'guide_messages.csv': 'No conversations found\n',
  'learning_coach_messages.csv': `${MESSAGES_HEADER}\n`,
  'Rich_Media.csv': 'Date/Time,Media Description,Media Link\n',
  'Summary.pdf': '%PDF-1.4',
};

const FULL_EXPORT = {
  'Connections.csv': CONNECTIONS,
  'messages.csv': MESSAGES,
  'Invitations.csv': INVITATIONS,
  ...OTHERS,
};

async function readAll<K extends LinkedinFileKind>(
  reader: ExportReader,
  kind: K,
  batchSize = 2,
): Promise<{ records: RecordOfKind[K][]; issues: Issue[] }> {
  const records: RecordOfKind[K][] = [];
  const issues: Issue[] = [];
  for await (const batch of reader.read(kind, { batchSize })) {
    expect(batch.records.length).toBeLessThanOrEqual(batchSize);
    records.push(...batch.records);
    issues.push(...batch.issues);
  }
  return { records, issues };
}

async function openZip(
  files: Record<string, string | Buffer>,
  name = 'Basic_LinkedInDataExport_11-24-2026.zip',
) {
  return openLinkedinExport(await writeZipFile(await tempDir(), name, files), LIMIT);
}

describe('a complete modern export', () => {
  test('recognises every LinkedIn file and skips assistant logs and other files', async () => {
    const reader = await openZip(FULL_EXPORT);
    expect(reader.name).toBe('Basic_LinkedInDataExport_11-24-2026.zip');
    expect(reader.recognised.map((f) => f.kind).sort()).toEqual([
      'connections',
      'endorsements',
      'invitations',
      'messages',
      'positions',
      'profile',
      'recommendationsGiven',
      'recommendationsReceived',
    ]);
    expect([...reader.skippedFiles].sort()).toEqual([
      'Rich_Media.csv',
      'Summary.pdf',
      'guide_messages.csv',
      'learning_coach_messages.csv',
    ]);
    expect(reader.issues).toEqual([]);
    expect(reader.totalBytes).toBe(reader.recognised.reduce((s, f) => s + f.bytes, 0));
    await reader.close();
  });

  test('reads connections past the Notes preamble, with physical line numbers, decoded slugs and hidden rows', async () => {
    const reader = await openZip(FULL_EXPORT);
    const { records, issues } = await readAll(reader, 'connections');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        line: 5,
        firstName: 'Hélène',
        lastName: 'Gagnon, CPA',
        profileUrl: 'https://www.linkedin.com/in/hélène-gagnon-1a2b',
        company: 'Acme "Labs", Inc.',
        position: 'CEO 🚀',
        connectedOn: '2026-02-08',
        hidden: false,
      },
      { line: 6, firstName: '', lastName: '', connectedOn: '2024-03-12', hidden: true },
      {
        line: 7,
        firstName: 'Bob',
        lastName: 'Smith',
        profileUrl: 'https://www.linkedin.com/in/bob-smith',
        email: 'bob@example.com',
        company: 'Initech',
        position: 'Dev',
        connectedOn: '2020-01-01',
        hidden: false,
      },
    ]);
    await reader.close();
  });

  test('turns message HTML into plain text, strips the BOM and keeps senders without URL', async () => {
    const reader = await openZip(FULL_EXPORT);
    const { records, issues } = await readAll(reader, 'messages');
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.line, r.fromName, r.senderProfileUrl, r.sentAt, r.content])).toEqual([
      [
        2,
        'Bob Smith',
        'https://www.linkedin.com/in/bob-smith',
        '2025-06-01T14:03:22Z',
        'Salut & merci\nligne 2',
      ],
      [3, 'LinkedIn Member', undefined, '2025-06-02T10:00:00Z', 'first\nsecond'],
      [5, 'Sponsored Partner', undefined, '2025-06-03T10:00:00Z', 'Try Premium'],
    ]);
    expect(records[0]!.recipientProfileUrls).toEqual([
      'https://www.linkedin.com/in/me',
      'https://www.linkedin.com/in/x',
    ]);
    expect(records[0]!.conversationId).toBe('c1');
    await reader.close();
  });

  test('reads invitations with local month-first dates and multi-line notes', async () => {
    const reader = await openZip(FULL_EXPORT);
    const { records } = await readAll(reader, 'invitations');
    expect(records).toEqual([
      {
        line: 2,
        fromName: 'Ann Lee',
        toName: 'Me Owner',
        sentAt: '2026-01-29T14:37:00',
        note: 'Hi,\nwe met at the meetup.',
        direction: 'incoming',
        inviterProfileUrl: 'https://www.linkedin.com/in/ann-lee',
        inviteeProfileUrl: 'https://www.linkedin.com/in/me',
      },
      {
        line: 4,
        fromName: 'Me Owner',
        toName: 'Zoe Roy',
        sentAt: '2025-12-01T00:05:00',
        note: '',
        direction: 'outgoing',
        inviterProfileUrl: 'https://www.linkedin.com/in/me',
        inviteeProfileUrl: 'https://www.linkedin.com/in/zoe',
      },
    ]);
    await reader.close();
  });

  test('reads profile lists, positions, endorsements and both recommendation files', async () => {
    const reader = await openZip(FULL_EXPORT);
    expect((await readAll(reader, 'profile')).records).toEqual([
      {
        firstName: 'Me',
        lastName: 'Owner',
        headline: 'HR lead',
        summary: 'Line 1\nLine 2',
        industry: 'HR',
        location: 'Montréal',
        websites: ['https://a.example', 'https://b.example'],
        twitterHandles: ['h1', 'h2'],
      },
    ]);
    expect((await readAll(reader, 'positions')).records).toEqual([
      { line: 2, company: 'Acme', title: 'Lead', location: 'Paris', startedOn: '2020-01' },
    ]);
    expect((await readAll(reader, 'endorsements')).records).toEqual([
      {
        line: 2,
        skill: 'SQL',
        endorserName: 'Bob Smith',
        endorserProfileUrl: 'https://www.linkedin.com/in/bob-smith',
        endorsedAt: '2023-06-20T13:05:02Z',
      },
    ]);
    const received = (await readAll(reader, 'recommendationsReceived')).records;
    expect(received).toEqual([
      {
        line: 2,
        direction: 'received',
        firstName: 'Bob',
        lastName: 'Smith',
        company: 'Initech',
        jobTitle: 'Dev',
        text: 'Great, really.',
        createdAt: '2018-01-24T15:00:00',
        status: 'VISIBLE',
      },
    ]);
    const given = (await readAll(reader, 'recommendationsGiven')).records;
    expect(given.map((r) => [r.direction, r.firstName, r.createdAt])).toEqual([
      ['given', 'Zoe', '2019-02-01T11:00:00'],
    ]);
    await reader.close();
  });

  test('reads the same export from an unpacked folder with files in a nested folder', async () => {
    const dir = await tempDir();
    const root = join(dir, 'Basic_LinkedInDataExport_11-24-2026');
    await mkdir(join(root, 'inner'), { recursive: true });
    for (const [path, content] of Object.entries(FULL_EXPORT))
      await writeFile(join(root, 'inner', path), content);
    const reader = await openLinkedinExport(root, LIMIT);
    expect(reader.name).toBe('Basic_LinkedInDataExport_11-24-2026');
    expect(reader.has('connections')).toBe(true);
    expect((await readAll(reader, 'connections')).records).toHaveLength(3);
    await reader.close();
  });
});

describe('older exports', () => {
  test('reads connections without preamble or URL column and two-digit years', async () => {
    const reader = await openZip({
      'Connections.csv':
        'First Name,Last Name,Email Address,Company,Position,Connected On\nAnn,Lee,,Acme,CEO,12 Mar 19\n',
      'Invitations.csv': 'From,To,Sent At,Message,Direction\nAnn Lee,Me,"3/2/19, 9:05 AM",Hello,INCOMING\n',
    });
    expect((await readAll(reader, 'connections')).records).toEqual([
      {
        line: 2,
        firstName: 'Ann',
        lastName: 'Lee',
        company: 'Acme',
        position: 'CEO',
        connectedOn: '2019-03-12',
        hidden: false,
      },
    ]);
    const invitation = (await readAll(reader, 'invitations')).records[0]!;
    expect(invitation.sentAt).toBe('2019-03-02T09:05:00');
    expect(invitation.inviterProfileUrl).toBeUndefined();
    expect(reader.has('messages')).toBe(false);
    expect((await readAll(reader, 'messages')).records).toEqual([]);
    await reader.close();
  });
});

describe('recognition by header', () => {
  test('recognises a renamed file in a nested folder by its header', async () => {
    const reader = await openZip({ 'export/my connections (1).CSV': CONNECTIONS });
    expect(reader.recognised).toEqual([
      {
        kind: 'connections',
        path: 'export/my connections (1).CSV',
        bytes: Buffer.byteLength(CONNECTIONS),
        encoding: 'utf-8',
        delimiter: ',',
        fingerprint: expect.stringMatching(/^crc32:\d+:\d+$/),
      },
    ]);
    await reader.close();
  });

  test('reports a file named like a LinkedIn file whose header is something else', async () => {
    const reader = await openZip({ 'Connections.csv': CONNECTIONS, 'Invitations.csv': 'a,b,c\n1,2,3\n' });
    expect(reader.skippedFiles).toContain('Invitations.csv');
    expect(reader.issues.map((i) => [i.code, i.file])).toEqual([['unrecognised-header', 'Invitations.csv']]);
    await reader.close();
  });

  test('skips a file missing a required column and still reads the others', async () => {
    const reader = await openZip({
      'Connections.csv': CONNECTIONS.replace(',Connected On', ''),
      'Invitations.csv': INVITATIONS,
    });
    expect(reader.issues).toEqual([
      expect.objectContaining({
        code: 'missing-column',
        file: 'Connections.csv',
        line: 4,
        field: 'connected on',
      }),
    ]);
    expect(reader.has('connections')).toBe(false);
    expect((await readAll(reader, 'invitations')).records).toHaveLength(2);
    await reader.close();
  });
});

describe('row problems are issues, never exceptions', () => {
  test.each([
    ['an unreadable date', 'Ann,Lee,,Acme,CEO,someday\n', 'bad-date', 2, 1],
    ['a row with too few fields', 'Ann,Lee\n', 'too-few-fields', 2, 0],
    // Papaparse then reads on to the next quote: the row is lost, never the import.
    ['broken quoting', 'Ann,"Lee"x,,Acme,CEO,12 Mar 19\n', 'bad-quoting', 2, 0],
  ])('reports %s with its line', async (_name, row, code, line, count) => {
    const header = 'First Name,Last Name,Email Address,Company,Position,Connected On\n';
    const reader = await openZip({ 'Connections.csv': `${header}Bo,Roy,,X,Y,01 Jan 20\n${row}` });
    const { records, issues } = await readAll(reader, 'connections');
    expect(issues.map((i) => [i.code, i.line])).toContainEqual([code, line + 1]);
    expect(records).toHaveLength(1 + count);
    await reader.close();
  });

  test('replaces invalid UTF-8 and reports the line', async () => {
    // A file that is UTF-8 (Hélène) with one broken byte: the byte is reported, the rest read.
    const header = Buffer.from(
      'First Name,Last Name,Email Address,Company,Position,Connected On\nHélène,Lee,,Acme,CEO,12 Mar 19\n',
    );
    const bad = Buffer.concat([
      header,
      Buffer.from('Jos'),
      Buffer.from([0xe9]),
      Buffer.from(',Roy,,X,Y,01 Jan 20\n'),
    ]);
    const reader = await openZip({ 'Connections.csv': bad });
    const { records, issues } = await readAll(reader, 'connections');
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-utf8', line: 3 })]);
    expect(records[1]!.firstName).toBe('Jos\uFFFD');
    await reader.close();
  });

  test('counts line breaks inside quoted fields in line numbers', async () => {
    const reader = await openZip({
      'Invitations.csv':
        'From,To,Sent At,Message,Direction\nA,B,"1/1/26, 1:00 PM","one\ntwo\nthree",INCOMING\nC,D,"1/2/26, 1:00 PM",x,SIDEWAYS\n',
    });
    const { records, issues } = await readAll(reader, 'invitations');
    expect(records.map((r) => r.line)).toEqual([2]);
    expect(issues).toEqual([expect.objectContaining({ code: 'bad-value', line: 5, field: 'direction' })]);
    await reader.close();
  });
});

describe('bad archives stop the import with a coded error', () => {
  const expectCode = async (promise: Promise<unknown>, code: string) => {
    await expect(promise).rejects.toMatchObject({ name: 'StrongtiesError', code });
  };

  test('a path that does not exist', async () => {
    await expectCode(openLinkedinExport(join(await tempDir(), 'nope.zip'), LIMIT), 'not-found');
  });

  test('a file that is not a zip', async () => {
    const path = join(await tempDir(), 'export.zip');
    await writeFile(path, 'just text');
    await expectCode(openLinkedinExport(path, LIMIT), 'invalid-archive');
  });

  test('a truncated zip', async () => {
    const bytes = await zipBytes(FULL_EXPORT);
    const path = join(await tempDir(), 'cut.zip');
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectCode(openLinkedinExport(path, LIMIT), 'invalid-archive');
  });

  test('a zip without any LinkedIn file', async () => {
    await expectCode(
      openZip({ 'notes.txt': 'hello', 'Rich_Media.csv': 'Date/Time,Media Link\n' }),
      'no-linkedin-files',
    );
  });

  test.each([['../x/Connections.csv'], ['/tmp/Connections.csv']])('an entry named %s', async (name) => {
    const placeholder = 'a'.repeat(name.length - 'Connections.csv'.length - 1);
    const bytes = await zipBytes({ [`${placeholder}/Connections.csv`]: CONNECTIONS });
    const path = join(await tempDir(), 'evil.zip');
    await writeFile(path, renameEntry(bytes, `${placeholder}/Connections.csv`, name));
    await expectCode(openLinkedinExport(path, LIMIT), 'unsafe-archive');
  });

  test('a zip bomb: a small zip that inflates past the limit', async () => {
    const path = await writeZipFile(await tempDir(), 'bomb.zip', {
      'messages.csv': `${MESSAGES_HEADER}\n${' '.repeat(2_000_000)}`,
    });
    await expectCode(openLinkedinExport(path, { maxUncompressedBytes: 100_000 }), 'archive-too-large');
  });

  test('a zip whose declared sizes lie is stopped while streaming', async () => {
    const content = `${MESSAGES_HEADER}\n${'"c","","A","","B","","2025-06-01 14:03:22","","x","INBOX","","No","No"\n'.repeat(20_000)}`;
    const path = join(await tempDir(), 'liar.zip');
    await writeFile(path, lieAboutSizes(await zipBytes({ 'messages.csv': content }), 1000));
    const reader = await openLinkedinExport(path, { maxUncompressedBytes: 100_000 });
    await expectCode(readAll(reader, 'messages', 500), 'archive-too-large');
    await reader.close();
  });

  test('a zip whose declared size is smaller than its content, under the limit, is corrupt', async () => {
    const path = join(await tempDir(), 'liar.zip');
    await writeFile(path, lieAboutSizes(await zipBytes({ 'Connections.csv': CONNECTIONS }), 200));
    // A small file is read whole while recognising it, so opening already fails.
    await expectCode(
      openLinkedinExport(path, LIMIT).then((reader) => readAll(reader, 'connections')),
      'invalid-archive',
    );
  });
});
