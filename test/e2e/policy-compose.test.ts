import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { describe, expect, test } from 'vitest';
import { createComposeCommand } from '../../src/cli/commands/compose.js';
import { main } from '../../src/cli/main.js';
import { type Io, Runtime } from '../../src/cli/runtime.js';
import { textReader as reader } from '../../src/core/classify/index.js';

function io(env: Record<string, string>, stdin = ''): { io: Io; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const input = new PassThrough();
  input.end(stdin);
  return { io: { stdout, stderr, stdin: input, env }, out: () => out, err: () => err };
}

async function compose(args: string[], env: Record<string, string>, stdin: string) {
  const t = io(env, stdin);
  const runtime = new Runtime(t.io, () => ({}));
  const program = new Command('ties').exitOverride();
  createComposeCommand(reader)(program, runtime);
  await program.parseAsync(['compose', ...args], { from: 'user' });
  return {
    code: runtime.exitCode,
    lines: t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
    err: t.err(),
  };
}

describe('ties policy', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ties-policy-'));
  const env = { STRONGTIES_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' };

  test('init writes the preset, refuses to overwrite without --force, and check says OK', async () => {
    const first = io(env);
    expect(await main(['policy', 'init', '--preset', 'ask-first'], first.io)).toBe(0);
    expect(readFileSync(join(dataDir, 'policy.yaml'), 'utf8')).toContain('preset "ask-first"');
    const again = io(env);
    expect(await main(['policy', 'init', '--preset', 'selective'], again.io)).toBe(1);
    expect(again.err()).toContain('a policy already exists (use --force to replace it)');
    expect(await main(['policy', 'init', '--preset', 'selective', '--force'], io(env).io)).toBe(0);
    const check = io(env);
    expect(await main(['policy', 'check'], check.io)).toBe(0);
    expect(check.out()).toContain('OK');
  });

  test('check prints every error with its line and field, and exits non-zero', async () => {
    const file = join(dataDir, 'broken.yaml');
    const source = readFileSync(join(dataDir, 'policy.yaml'), 'utf8').replace(
      'decision: ignore',
      'decision: refuse',
    );
    writeFileSync(file, source);
    const t = io(env);
    expect(await main(['policy', 'check', file], t.io)).toBe(1);
    const line = source.split('\n').findIndex((l) => l.includes('refuse')) + 1;
    expect(t.err()).toBe(
      `${file}:${line}: rules[0].decision: unknown decision 'refuse' (expected one of accept, decline, ask, ignore, later)\n`,
    );
    writeFileSync(file, 'version: 1\nrules: [\n');
    const syntax = io(env);
    expect(await main(['policy', 'check', file], syntax.io)).toBe(1);
    expect(syntax.err()).toMatch(/broken\.yaml:\d+: YAML syntax: /);
  });

  test('show prints the rules, and --json the validated policy', async () => {
    const t = io(env);
    expect(await main(['policy', 'show'], t.io)).toBe(0);
    expect(t.out()).toContain('scams-ignored -> ignore');
    const json = io(env);
    await main(['policy', 'show', '--json'], json.io);
    expect(JSON.parse(json.out()).policy.default.decision).toBe('decline');
  });

  test('an unknown preset is a usage error, not a stack trace', async () => {
    const t = io(env);
    expect(await main(['policy', 'init', '--preset', 'friendly'], t.io)).toBe(2);
    expect(t.err()).not.toContain(' at ');
  });
});

describe('ties compose', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ties-compose-'));
  const env = { STRONGTIES_DATA_DIR: dataDir };

  test('answers each line by the policy: decline with parts, scam with nothing, errors without stopping', async () => {
    const input = [
      JSON.stringify({ id: '1', name: 'Jane Doe', note: 'Hello, I would like to join your network.' }),
      'not json',
      JSON.stringify({ id: '2', name: 'Bob', note: 'Invest in bitcoin with me, WhatsApp +1 555' }),
      JSON.stringify({ id: '3', name: 'Ana', note: '' }),
      // The first versions' name for the note.
      JSON.stringify({ id: '4', name: 'Bob', text: 'Invest in bitcoin with me, WhatsApp +1 555' }),
    ].join('\n');
    const { code, lines, err } = await compose([], env, input);
    expect(code).toBe(3);
    expect(err).toContain('line 2');
    expect(lines[0]).toMatchObject({
      id: '1',
      decision: 'decline',
      rule: 'default',
      label: 'generic',
      lang: 'en',
      variant: 'decline',
    });
    expect(Object.keys(lines[0].parts)).toEqual(['appreciation', 'reason', 'openness']);
    expect(lines[0].length).toBe(lines[0].text.length);
    expect(lines[1]).toMatchObject({ line: 2, id: null });
    expect(lines[2]).toMatchObject({ id: '2', decision: 'ignore', variant: null, text: '', length: 0 });
    expect(lines[3]).toMatchObject({ id: '3', label: 'none', lang: 'fr' });
    expect(lines[4]).toEqual({ ...lines[2], id: '4' });
  });

  test('--variant, --lang and --signature override; a decision that sends nothing stays silent', async () => {
    const input = JSON.stringify({
      id: '1',
      name: 'Jane Doe',
      note: 'Hello, I would like to join your network.',
    });
    const { lines } = await compose(
      ['--variant', 'short', '--lang', 'fr', '--signature', 'Mathieu'],
      env,
      input,
    );
    expect(lines[0]).toMatchObject({ variant: 'short', lang: 'fr' });
    expect(lines[0].text.endsWith('Mathieu')).toBe(true);
    expect(lines[0].length).toBeLessThanOrEqual(200);
  });

  test('a broken --policy file stops with its line, before any output', async () => {
    const file = join(dataDir, 'bad.yaml');
    writeFileSync(file, 'version: 2\n');
    await expect(compose(['--policy', file], env, '')).rejects.toThrow(/bad\.yaml:1: version/);
  });
});
