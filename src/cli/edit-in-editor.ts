import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Environment } from '../app/config.js';
import { StrongtiesError } from '../core/errors.js';

/**
 * Opens `text` in the user's editor ($VISUAL, else $EDITOR, else vi) and returns what they saved, or
 * undefined when the editor failed. The editor command may carry arguments (`code -w`): a shell runs it,
 * with the file as its own argument, never spliced into the command line.
 */
export function editInEditor(text: string, env: Environment): string | undefined {
  const editor = env['VISUAL'] || env['EDITOR'] || 'vi';
  const dir = mkdtempSync(join(tmpdir(), 'strongties-draft-'));
  const file = join(dir, 'draft.txt');
  try {
    writeFileSync(file, text, 'utf8');
    const result = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'sh', file], {
      stdio: 'inherit',
      env: env as NodeJS.ProcessEnv,
    });
    if (result.error)
      throw new StrongtiesError('usage', `cannot run the editor '${editor}'`, { cause: result.error });
    if (result.status !== 0) return undefined;
    return readFileSync(file, 'utf8').replace(/\n+$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
