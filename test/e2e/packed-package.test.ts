import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'strongties-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const execFile = promisify(execFileCb);
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
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), '{"name":"uses-strongties","private":true,"type":"module"}');
  // From the local cache when it has the dependencies; no install script runs (no native build).
  await npm(['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], app);
  writeFileSync(
    join(app, 'use.mjs'),
    `import { classifyInvitation, evaluatePolicy, parsePolicy, PRESETS, VARIANTS } from 'strongties';
const parsed = parsePolicy(PRESETS.selective);
console.log(JSON.stringify({ ok: parsed.ok, variants: VARIANTS.length,
  label: classifyInvitation('Hello, I am the recruiter of a crypto fund, send me your WhatsApp').label,
  evaluate: typeof evaluatePolicy }));`,
  );
  const used = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' }));
  expect(used).toMatchObject({ ok: true, variants: 5, evaluate: 'function' });
  expect(typeof used.label).toBe('string');
  const version = execFileSync(join(app, 'node_modules', '.bin', 'ties'), ['--version'], {
    encoding: 'utf8',
  });
  expect(version.trim()).toBe(JSON.parse(await npm(['pkg', 'get', 'version'], ROOT)));
}, 600_000);
