import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/**
 * Child processes run the compiled package (plain `node`, no TypeScript loader): compile it when
 * `dist/` is missing or older than a source file.
 */
export function ensureBuilt(): void {
  const marker = join(ROOT, 'dist', 'app', 'import-linkedin.js');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestSource(join(ROOT, 'src'))) return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

export const FIXTURES = join(ROOT, 'test', 'fixtures');

/**
 * Runs a fixture script that imports test helpers (TypeScript in `testing` folders, never built)
 * besides the compiled package: `spawn(process.execPath, [VITE_NODE, script, ...args])`.
 */
export const VITE_NODE = join(ROOT, 'node_modules', 'vite-node', 'vite-node.mjs');
