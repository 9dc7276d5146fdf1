import { describe, expect, test } from 'vitest';
import { foldName } from '../core/profile-url.js';
import { openLinkedinExport } from '../import/linkedin/index.js';
import { tempDir, writeZipFile } from '../import/linkedin/zip.fixtures.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../store/testing/store-cases.js';
import {
  applyQuirks,
  type ExportQuirks,
  type GeneratedExport,
  generateLinkedinExport,
} from '../synthetic/index.js';
import { importLinkedinExport } from './import-linkedin.js';

/** Issue 15's merge defects, each on a generated export, on both databases. */
const SIZE = { seed: 16, connections: 80, messages: 60, invitations: 40 };

async function importFiles(
  store: ReturnType<ReturnType<typeof suiteStore>>,
  files: Record<string, string | Buffer>,
) {
  const path = await writeZipFile(await tempDir(), 'export.zip', files);
  const reader = await openLinkedinExport(path, { maxUncompressedBytes: 50_000_000 });
  try {
    return await importLinkedinExport(store, reader, { ownerId: await newOwner(store) });
  } finally {
    await reader.close();
  }
}

const filesOf = (g: GeneratedExport): Record<string, string | Buffer> =>
  Object.fromEntries(g.files.map((f) => [f.path, f.content]));

/** The file's text with `extra` appended (rows written as the file writes them). */
const append = (files: Record<string, string | Buffer>, path: string, extra: string[]): string =>
  `${String(files[path]).replace(/\r?\n$/, '')}\n${extra.join('\n')}\n`;

describe.each(STORE_KINDS)('importing exports of every era into %s', (kind) => {
  const store = suiteStore(kind);
  const it = test.skipIf(skipsOn(kind));

  it('matches invitations named by URN to the connections of that name', async () => {
    const plain = generateLinkedinExport(SIZE);
    expect(plain.truth.invitationsFromConnections.length).toBeGreaterThan(0);
    // The rule: without a URL, the inviter is the one connection of that name. The generator's
    // strangers sometimes bear a connection's name: those are taken for the connection too.
    const path = await writeZipFile(await tempDir(), 'plain.zip', filesOf(plain));
    const reader = await openLinkedinExport(path, { maxUncompressedBytes: 50_000_000 });
    const names = new Map<string, number>();
    const urls = new Set<string>();
    for await (const { records } of reader.read('connections'))
      for (const c of records) {
        const name = foldName(`${c.firstName} ${c.lastName}`);
        names.set(name, (names.get(name) ?? 0) + 1);
        if (c.profileUrl) urls.add(c.profileUrl);
      }
    let namesakes = 0;
    for await (const { records } of reader.read('invitations'))
      for (const i of records)
        if (
          i.direction === 'incoming' &&
          !urls.has(i.inviterProfileUrl ?? '') &&
          names.get(foldName(i.fromName)) === 1
        )
          namesakes++;
    await reader.close();
    const quirks: ExportQuirks = { urnInvitations: true };
    const summary = await importFiles(store(), filesOf(applyQuirks(plain, quirks)));
    expect(summary.invitations.pendingIncoming).toBe(plain.truth.pendingIncoming - namesakes);
  });

  it('keeps rows that share a key but not every field, and stores a true duplicate once', async () => {
    const g = generateLinkedinExport(SIZE);
    const files = filesOf(g);
    // A sent message and its draft in the same conversation and second; and an exact copy of a row.
    const row = (draft: string) =>
      `"c-x","","Ann Lee","https://www.linkedin.com/in/ann-lee","Me","","2026-01-02 10:00:00 UTC","","Hello","INBOX","","${draft}","No"`;
    files['messages.csv'] = append(files, 'messages.csv', [row('No'), row('Yes'), row('No')]);
    const invitationLines = String(files['Invitations.csv']).split('\r\n');
    const noted = invitationLines.find((l) => /,INCOMING,/.test(l) && /"\d+\/\d+\/\d+, [^"]+",,/.test(l))!;
    // The same invitation row, once with a note: two rows, not one.
    files['Invitations.csv'] = append(files, 'Invitations.csv', [
      noted.replace(/("\d+\/\d+\/\d+, [^"]+"),,/, '$1,Hello again,'),
      invitationLines[1]!,
    ]);
    const summary = await importFiles(store(), files);
    expect(summary.messages.total).toBe(g.truth.counts.messages + 1);
    expect(summary.messages.added).toBe(g.truth.counts.messages + 2);
    expect(summary.invitations.added).toBe(g.truth.counts.invitations + 1);
  });

  it('reads 2018 messages and dates whole, and counts their conversations by person', async () => {
    const g = generateLinkedinExport(SIZE);
    const summary = await importFiles(
      store(),
      filesOf(applyQuirks(g, { messages2018: true, connectedOn2018: true })),
    );
    expect(summary.issues).toEqual([]);
    expect(summary.messages.total).toBe(g.truth.counts.messages);
    expect(summary.connections.total).toBe(g.truth.counts.connections);
  });
});
