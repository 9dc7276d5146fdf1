import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { LinkedinFileKind } from '../core/linkedin-records.js';
import type { ExportReader } from '../import/export-reader.js';
import { openLinkedinExport } from '../import/linkedin/index.js';
import { newOwner, STORE_KINDS, skipsOn, suiteStore } from '../store/testing/store-cases.js';
import { generateLinkedinExport, writeZip } from '../synthetic/index.js';
import { importLinkedinExport } from './import-linkedin.js';

// Issue 16: a re-import does not read again a file that did not change, and keeps every guarantee.
const dir = mkdtempSync(join(tmpdir(), 'strongties-skip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const size = { seed: 7, connections: 60, messages: 200, invitations: 20 };
const zips = new Map<string, Promise<string>>();
function zipOf(name: string, later?: Parameters<typeof generateLinkedinExport>[0]['later']): Promise<string> {
  let made = zips.get(name);
  if (made === undefined) {
    const path = join(dir, `${name}.zip`);
    made = writeZip(generateLinkedinExport({ ...size, ...(later && { later }) }).files, path).then(
      () => path,
    );
    zips.set(name, made);
  }
  return made;
}

/** A real reader that notes which kinds the import read. */
async function watched(path: string): Promise<{ reader: ExportReader; read: Set<LinkedinFileKind> }> {
  const inner = await openLinkedinExport(path, { maxUncompressedBytes: 1e9 });
  const read = new Set<LinkedinFileKind>();
  const reader: ExportReader = Object.create(inner);
  reader.read = (kind, options) => {
    read.add(kind);
    return inner.read(kind, options);
  };
  return { reader, read };
}

describe.each(STORE_KINDS)('re-importing on %s', (kind) => {
  const store = suiteStore(kind);
  const it = test.skipIf(skipsOn(kind));

  async function run(owner: number, path: string) {
    const { reader, read } = await watched(path);
    try {
      return { summary: await importLinkedinExport(store(), reader, { ownerId: owner }), read };
    } finally {
      await reader.close();
    }
  }

  it('does not read the connections, invitations and messages of the same archive again', async () => {
    const owner = await newOwner(store());
    const first = await run(owner, await zipOf('first'));
    expect([...first.read]).toEqual(expect.arrayContaining(['connections', 'invitations', 'messages']));
    const again = await run(owner, await zipOf('first'));
    expect(again.read.has('connections')).toBe(false);
    expect(again.read.has('invitations')).toBe(false);
    expect(again.read.has('messages')).toBe(false);
    // The summary says the same as a full re-import would: nothing changed, the same totals.
    expect(again.summary.connections).toEqual({
      ...first.summary.connections,
      added: 0,
      unchanged: first.summary.connections.total,
    });
    expect(again.summary.messages).toEqual({ ...first.summary.messages, added: 0 });
    expect(again.summary.invitations).toEqual({ ...first.summary.invitations, added: 0 });
  });

  it('reads a changed file, and only that kind, and still detects removals', async () => {
    const owner = await newOwner(store());
    await run(owner, await zipOf('first'));
    const later = await run(owner, await zipOf('later', { removeConnections: 3, newMessages: 10 }));
    expect(later.read.has('connections')).toBe(true);
    expect(later.read.has('messages')).toBe(true);
    expect(later.summary.connections.removed).toBe(3);
    expect(later.summary.messages.added).toBe(10);
    // The first archive again: its Connections.csv differs from the last one merged, so the three
    // come back.
    const back = await run(owner, await zipOf('first'));
    expect(back.read.has('connections')).toBe(true);
    expect(back.summary.connections.added).toBe(3);
  });

  it('reads a file again when its rows changed since by something else than an import', async () => {
    const owner = await newOwner(store());
    await run(owner, await zipOf('first'));
    const { id } = await store()
      .db.selectFrom('messages')
      .select('id')
      .where('owner_id', '=', owner)
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await store().db.deleteFrom('messages').where('id', '=', id).execute();
    const again = await run(owner, await zipOf('first'));
    expect(again.read.has('messages')).toBe(true);
    expect(again.read.has('connections')).toBe(false);
    expect(again.summary.messages.added).toBe(1);
  });
});
