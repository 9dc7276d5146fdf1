import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { answerInvitation, classifyInvitation, PRESETS, parsePolicy, VARIANTS } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'strongties-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const execFile = promisify(execFileCb);
const NOTE = 'Hello, I am the recruiter of a crypto fund, send me your WhatsApp';
// Asynchronous: a five-minute synchronous install would starve vitest's worker RPC.
const npm = async (args: string[], cwd: string) =>
  (await execFile('npm', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })).stdout;

test('the packed package installs in an empty folder; its library and its ties binary work', async () => {
  // `npm test` built dist before vitest started; building again here would rewrite dist under the
  // other e2e tests running beside this one.
  const tarball = join(dir, (await npm(['pack', '--silent', '--pack-destination', dir], ROOT)).trim());
  const files = await npm(['pack', '--dry-run', '--json', '--silent'], ROOT);
  // Test code never ships (ARCHITECTURE.md, "Test code").
  expect(files).not.toMatch(/testing\/|\.test\.|fake-export-reader|tools\//);
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"uses-strongties","private":true,"type":"module"}');
  // From the local cache when it has the dependencies; no install script runs (no native build).
  await npm(['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], app);
  writeFileSync(
    join(app, 'use.mjs'),
    `import { classifyInvitation, evaluatePolicy, parsePolicy, PRESETS, VARIANTS } from 'strongties';
const parsed = parsePolicy(PRESETS.selective);
console.log(JSON.stringify({ ok: parsed.ok, variants: VARIANTS,
  read: classifyInvitation(${JSON.stringify(NOTE)}),
  evaluate: typeof evaluatePolicy }));`,
  );
  const used = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' }));
  // The installed library reads a note exactly as the source does.
  expect(used).toEqual({
    ok: true,
    variants: VARIANTS,
    read: classifyInvitation(NOTE),
    evaluate: 'function',
  });
  // The README's example runs as written against the installed package.
  const example = /### As a library[\s\S]*?```js\n([\s\S]*?)```/.exec(
    readFileSync(join(ROOT, 'README.md'), 'utf8'),
  )?.[1];
  expect(example).toBeDefined();
  writeFileSync(join(app, 'readme.mjs'), `${example}\nconsole.log(JSON.stringify(answer));`);
  const answer = JSON.parse(execFileSync(process.execPath, ['readme.mjs'], { cwd: app, encoding: 'utf8' }));
  const note = /const note = '(.*)';/.exec(example ?? '')?.[1] ?? '';
  const policy = parsePolicy(PRESETS.selective);
  if (!policy.ok) throw new Error('the selective preset does not parse');
  const line = { id: '1', name: 'Ada Lovelace', note };
  expect(answer).toEqual(answerInvitation(policy.value, line, classifyInvitation(note)));
  const version = execFileSync(join(app, 'node_modules', '.bin', 'ties'), ['--version'], {
    encoding: 'utf8',
  });
  expect(version.trim()).toBe(JSON.parse(await npm(['pkg', 'get', 'version'], ROOT)));
}, 600_000);
