import type { Writable } from 'node:stream';
import { writeFileAtomic } from '../../store/private-files.js';

/** Where an export goes: a file path, or an open stream (`ties export -o -` gives standard output). */
export type ExportTarget = string | Writable;

/**
 * A file is written beside, synced and renamed (a crash leaves the previous file whole); a stream is
 * written as it goes and left open, since its owner (the command) closes standard output.
 */
export async function writeExportTo(
  target: ExportTarget,
  fill: (out: Writable) => Promise<void>,
): Promise<void> {
  if (typeof target === 'string') await writeFileAtomic(target, fill);
  else await fill(target);
}
