import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A long import holding SQLite's write lock: who, and since when (ISO 8601). */
export interface RunningImport {
  pid: number;
  startedAt: string;
}

const MARKER = 'import-running.json';

/**
 * Marks the data directory while an import holds the write lock, so that a writer that has to wait
 * can name the real cause instead of "database is locked". Returns the function that removes it.
 * A marker left by a killed process is ignored: its pid no longer runs.
 */
export function markImport(dataDir: string, startedAt = new Date()): () => void {
  const path = join(dataDir, MARKER);
  const running: RunningImport = { pid: process.pid, startedAt: startedAt.toISOString() };
  writeFileSync(path, JSON.stringify(running), { mode: 0o600 });
  return () => rmSync(path, { force: true });
}

export function runningImport(dataDir: string): RunningImport | undefined {
  let running: RunningImport;
  try {
    running = JSON.parse(readFileSync(join(dataDir, MARKER), 'utf8')) as RunningImport;
  } catch {
    return undefined;
  }
  if (typeof running.pid !== 'number' || typeof running.startedAt !== 'string') return undefined;
  try {
    process.kill(running.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return undefined;
  }
  return running;
}
