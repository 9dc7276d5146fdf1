import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  lieAboutSizes,
  renameEntry,
  writeZipFile,
  zipBytes,
} from '../../src/import/linkedin/zip.fixtures.js';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { runTies } from '../run-ties.js';

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,Silva,https://www.linkedin.com/in/ana-silva,,Acme,CTO,08 Feb 2026
`;
const INVITATIONS_NO_DIRECTION = `From,To,Sent At,Message
Bob Stranger,Me,"1/29/26, 2:37 PM",Hello
`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strongties-import-cli-'));
});

const freshEnv = async () => ({ STRONGTIES_DATA_DIR: await mkdtemp(join(dir, 'data-')) });

/** The user's mistake: one line on stderr naming the file, exit 1, no stack trace. */
function expectOneClearLine(run: { code: number; err: string; out: string }, mention: string | RegExp) {
  expect(run.code).toBe(1);
  const lines = run.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ties: /);
  expect(run.err).toMatch(mention);
  expect(run.err).not.toMatch(/\n\s+at |internal error|Error:/);
}

describe('ties import refuses bad input with one clear line and a non-zero exit', () => {
  test('a path that does not exist', async () => {
    expectOneClearLine(await runTies(await freshEnv(), ['import', join(dir, 'nope.zip')]), /nope\.zip/);
  });

  test('a file that is not a zip', async () => {
    const path = join(dir, 'notes.zip');
    await writeFile(path, 'this is plain text, not an archive');
    expectOneClearLine(await runTies(await freshEnv(), ['import', path]), /notes\.zip/);
  });

  test('a truncated zip', async () => {
    const bytes = await zipBytes({ 'Connections.csv': CONNECTIONS.repeat(50) });
    const path = join(dir, 'truncated.zip');
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectOneClearLine(await runTies(await freshEnv(), ['import', path]), /truncated\.zip/);
  });

  test('a zip without any LinkedIn file', async () => {
    const path = await writeZipFile(dir, 'holiday.zip', { 'photo.txt': 'not linkedin' });
    expectOneClearLine(await runTies(await freshEnv(), ['import', path]), /holiday\.zip/);
  });

  test('an entry that climbs out with ..', async () => {
    const bytes = await zipBytes({ 'aa/Connections.csv': CONNECTIONS });
    const path = join(dir, 'climb.zip');
    await writeFile(path, renameEntry(bytes, 'aa/Connections.csv', '../Connections.csv'));
    expectOneClearLine(await runTies(await freshEnv(), ['import', path]), /climb\.zip/);
  });

  test('a zip bomb beyond the configured limit', async () => {
    const path = await writeZipFile(dir, 'bomb.zip', {
      'Connections.csv': CONNECTIONS + 'x'.repeat(3 * 1_048_576),
    });
    expectOneClearLine(await runTies(await freshEnv(), ['import', path, '--max-size', '1']), /bomb\.zip/);
  });

  test('a zip whose declared sizes lie', async () => {
    const bytes = await zipBytes({ 'Connections.csv': CONNECTIONS + 'y'.repeat(3 * 1_048_576) });
    const path = join(dir, 'liar.zip');
    await writeFile(path, lieAboutSizes(bytes, 10));
    expectOneClearLine(
      await runTies(await freshEnv(), ['import', path, '--max-size', '1']),
      /liar\.zip|Connections/,
    );
  });
});

describe('ties import on a real export', () => {
  test('prints the summary JSON other tools read, and the same export twice changes nothing', async () => {
    const env = await freshEnv();
    const generated = generateLinkedinExport({ seed: 5, connections: 120, messages: 600, invitations: 40 });
    const path = join(dir, generated.name);
    await writeZip(generated.files, path);

    const first = await runTies(env, ['import', path, '--json']);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.out);
    expect(Object.keys(summary).sort()).toEqual(
      [
        'archive',
        'connections',
        'endorsements',
        // Each file read, with its encoding and delimiter.
        'files',
        'invitations',
        'issues',
        'messages',
        'owner',
        'recommendations',
        // Replies to the owner's declines and asks found in the new messages (triage).
        'replies',
        'skippedFiles',
      ].sort(),
    );
    expect(summary.archive).toBe(generated.name);
    expect(summary.owner).toEqual({
      name: generated.truth.owner.name,
      profileUrl: generated.truth.owner.profileUrl,
    });
    expect(summary.connections.total).toBe(generated.truth.counts.connections);
    expect(summary.connections.hidden).toBe(generated.truth.hiddenConnections);
    expect(summary.invitations.pendingIncoming).toBe(generated.truth.pendingIncoming);
    expect(summary.skippedFiles).toContain('guide_messages.csv');

    const second = JSON.parse((await runTies(env, ['import', path, '--json'])).out);
    expect(second.connections).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(second.invitations.added).toBe(0);
    expect(second.messages.added).toBe(0);

    const listed = JSON.parse((await runTies(env, ['invitations', '--json'])).out) as unknown[];
    expect(listed).toHaveLength(generated.truth.pendingIncoming);
  });

  test('a file missing a required column is skipped and reported; --strict refuses the whole import', async () => {
    const path = await writeZipFile(dir, 'partial.zip', {
      'Connections.csv': CONNECTIONS,
      'Invitations.csv': INVITATIONS_NO_DIRECTION,
    });
    const env = await freshEnv();
    const lenient = await runTies(env, ['import', path, '--json']);
    // A recognised file skipped: a partial import, like the other batch commands.
    expect(lenient.code).toBe(3);
    const summary = JSON.parse(lenient.out);
    expect(summary.connections.total).toBe(1);
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ code: 'missing-column', file: 'Invitations.csv' }),
    );

    const strictEnv = await freshEnv();
    const strict = await runTies(strictEnv, ['import', path, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toMatch(/Invitations\.csv/);
    const after = JSON.parse((await runTies(strictEnv, ['invitations', '--status', 'all', '--json'])).out);
    expect(after).toEqual([]);
  });

  test('speaks French when asked', async () => {
    const path = await writeZipFile(dir, 'fr.zip', { 'Connections.csv': CONNECTIONS });
    const run = await runTies(await freshEnv(), ['--lang', 'fr', 'import', path]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Relations : 1 dans votre réseau/);
  });
});
