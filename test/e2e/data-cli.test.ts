import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createPostgresDatabase } from '../../src/store/testing/store-cases.js';
import { runTies } from '../run-ties.js';

const NOTE = 'Bonjour,\nj’ai lu votre article sur la permaculture 🌿\n\nÀ bientôt ?';

describe.each(['sqlite', 'postgres'] as const)('ties add, export, import, forget and reset on %s', (kind) => {
  const it = test.skipIf(kind === 'postgres' && inject('postgresUrl') === '');
  let env: Record<string, string> = {};
  let dir = '';
  const drops: (() => Promise<void>)[] = [];

  const newEnv = async (name: string): Promise<Record<string, string>> => {
    const e: Record<string, string> = { STRONGTIES_DATA_DIR: join(dir, name) };
    if (kind === 'postgres') {
      const db = await createPostgresDatabase(inject('postgresUrl'));
      e['DATABASE_URL'] = db.url;
      drops.push(db.drop);
    }
    return e;
  };
  const pending = async (e: Record<string, string>) => {
    const run = await runTies(e, ['invitations', '--json']);
    return JSON.parse(run.out) as Record<string, unknown>[];
  };

  beforeAll(async () => {
    if (kind === 'postgres' && inject('postgresUrl') === '') return;
    dir = await mkdtemp(join(tmpdir(), 'strongties-data-cli-'));
    env = await newEnv('main');
  });
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('adds an invitation from flags, keeping the note file byte for byte', async () => {
    const noteFile = join(dir, 'note.txt');
    await writeFile(noteFile, NOTE);
    const run = await runTies(env, [
      'add',
      '--name',
      'Inès Durand',
      '--url',
      'linkedin.com/in/ines-durand/?trk=x',
      '--note-file',
      noteFile,
      '--date',
      '2026-01-29',
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Added the invitation from Inès Durand/);
    // The label, the policy's suggestion and the draft, at once.
    expect(run.out).toMatch(/Label: \w+ \(\d+%\)/);
    expect(run.out).toMatch(/Policy suggests: (Accept|Decline|Ask how to be useful|Ignore|Later)/);
    expect(run.out).toMatch(/Draft \(|Nothing to send/);
    const again = await runTies(env, [
      'add',
      '--name',
      'Inès Durand',
      '--url',
      'https://www.linkedin.com/in/INES-DURAND',
      '--note',
      'x',
      '--date',
      '2026-01-30',
    ]);
    expect(again.out).toMatch(/Already there/);
  });

  it('adds JSON lines from standard input and names the malformed line', async () => {
    const stdin = [
      JSON.stringify({ name: 'Ana Silva', note: 'Olá', network: 'xing' }),
      '{"name": ',
      JSON.stringify({ name: 'Bo Chen', profileUrl: 'linkedin.com/in/bo-chen/' }),
    ].join('\n');
    const run = await runTies(env, ['add', '--json'], { stdin });
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/stdin:2: not a JSON object/);
    // What it reads is what it prints: profileUrl, normalised.
    expect(
      run.out
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).profileUrl),
    ).toEqual([null, 'https://www.linkedin.com/in/bo-chen']);
  });

  it('asks on a terminal, the note ending with an empty line', async () => {
    const run = await runTies(env, ['add'], {
      keys: 'Chloé Martin\n\nCEO\n2026-02-01\nLigne 1\nLigne 2 ✨\n\n',
    });
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/Name: /);
    expect(run.out).toMatch(/Chloé Martin/);
  });

  it('imports another network’s CSV from the template and keeps the network', async () => {
    const template = await runTies(env, ['import', '--template', 'csv']);
    const file = join(dir, 'invitations.csv');
    await writeFile(file, template.out);
    const run = await runTies(env, ['import', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ added: 2, merged: 0, issues: [] });
    const rows = await pending(env);
    expect(rows.map((r) => r['network'])).toEqual(expect.arrayContaining(['xing', 'malt']));
  });

  it('exports to JSON and reads it back into an empty data directory with the same invitations', async () => {
    const file = join(dir, 'export.json');
    expect((await runTies(env, ['export', '-o', file])).code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      format: 'strongties-export',
      version: 2,
    });
    // `-o -`: the same document on standard output, what was written told on standard error.
    const piped = await runTies(env, ['export', '-o', '-']);
    expect(piped.code).toBe(0);
    const { exportedAt: _at, ...document } = JSON.parse(piped.out);
    const { exportedAt: _too, ...fromFile } = JSON.parse(await readFile(file, 'utf8'));
    expect(document).toEqual(fromFile);
    expect(piped.err).toMatch(/Exported your data to standard output: .*invitations/);
    const empty = await newEnv('restored');
    const run = await runTies(empty, ['import', file]);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/Restored a Strongties export/);
    expect(await pending(empty)).toEqual(await pending(env));
    const csv = await runTies(env, ['export', '--format', 'csv', '-o', join(dir, 'export.zip'), '--json']);
    expect(JSON.parse(csv.out)).toMatchObject({ format: 'csv', tables: { invitations: 6 } });
    const refused = await runTies(empty, ['import', join(dir, 'export.zip')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Strongties CSV export, made for spreadsheets/);
  });

  it('asks before forgetting, refuses without a terminal, and says what it removed', async () => {
    const refused = await runTies(env, ['forget', 'linkedin.com/in/ines-durand']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/nothing removed/);
    const run = await runTies(env, ['forget', 'linkedin.com/in/ines-durand'], { keys: 'yes\n' });
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Removed: .*people 1/);
    expect((await pending(env)).map((r) => r['name'])).not.toContain('Inès Durand');
    expect((await pending(env)).map((r) => r['name'])).toContain('Chloé Martin');
  });

  it('resets everything with --yes and the store still opens', async () => {
    const run = await runTies(env, ['reset', '--yes', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).removed).toMatchObject({ invitations: 5 });
    expect(await pending(env)).toEqual([]);
  });
});
