import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StrongtiesError } from '../../core/errors.js';
import type { ProfileRecord } from '../../core/linkedin-records.js';
import {
  formatPolicyError,
  isPresetName,
  type Policy,
  type PolicyParseResult,
  PRESET_NAMES,
  PRESETS,
  parsePolicy,
  withProfile,
} from '../../core/policy/index.js';
import { writeTextAtomic } from '../../store/private-files.js';

export const policyPath = (dataDir: string): string => join(dataDir, 'policy.yaml');

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new StrongtiesError('not-found', code === 'ENOENT' ? 'no such file' : `cannot read (${code})`, {
      cause,
      file,
    });
  }
}

/** Reads and validates a policy file; problems are values for `ties policy check`. */
export async function checkPolicyFile(file: string): Promise<PolicyParseResult> {
  return parsePolicy(await readText(file));
}

export interface LoadedPolicy {
  policy: Policy;
  /** The file it came from, or `preset:selective`. */
  source: string;
}

/** `--policy FILE`, else the user's <dataDir>/policy.yaml, else the `selective` preset. */
export async function loadPolicy(options: {
  file?: string | undefined;
  dataDir: string;
}): Promise<LoadedPolicy> {
  let file = options.file;
  if (!file) {
    const own = policyPath(options.dataDir);
    const exists = await readFile(own, 'utf8').then(
      () => true,
      () => false,
    );
    if (exists) file = own;
  }
  if (!file) {
    const preset = parsePolicy(PRESETS.selective);
    if (!preset.ok) throw new Error('the selective preset is invalid');
    return { policy: preset.value, source: 'preset:selective' };
  }
  const result = parsePolicy(await readText(file));
  if (!result.ok) {
    const first = result.errors[0];
    const more =
      result.errors.length > 1 ? ` (and ${result.errors.length - 1} more: run ties policy check)` : '';
    throw new StrongtiesError('invalid-policy', `${first ? formatPolicyError(file, first) : file}${more}`);
  }
  return { policy: result.value, source: file };
}

/** Writes a preset as the user's policy; refuses to overwrite unless `force`. */
export async function initPolicy(options: {
  dataDir: string;
  preset: string;
  force: boolean;
  profile?: ProfileRecord | undefined;
}): Promise<string> {
  if (!isPresetName(options.preset)) {
    throw new StrongtiesError(
      'usage',
      `unknown preset '${options.preset}' (expected one of ${PRESET_NAMES.join(', ')})`,
    );
  }
  const file = policyPath(options.dataDir);
  const text = options.profile
    ? withProfile(PRESETS[options.preset], options.profile)
    : PRESETS[options.preset];
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeTextAtomic(file, text, { exclusive: !options.force });
  } catch (cause) {
    if (cause instanceof StrongtiesError && cause.code === 'conflict') {
      throw new StrongtiesError('conflict', 'a policy already exists (use --force to replace it)', {
        cause,
        file,
      });
    }
    throw cause;
  }
  return file;
}

/** The user's policy text, or the `selective` preset's when they have none yet. */
export async function readPolicyText(dataDir: string): Promise<{ text: string; source: string }> {
  const file = policyPath(dataDir);
  try {
    return { text: await readFile(file, 'utf8'), source: file };
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
    return { text: PRESETS.selective, source: 'preset:selective' };
  }
}

/**
 * Saves `text` as the user's policy only when it is valid: a broken policy is never written, and the
 * located errors come back as a value. The file is replaced atomically (written beside, renamed).
 */
export async function savePolicyText(dataDir: string, text: string): Promise<PolicyParseResult> {
  const result = parsePolicy(text);
  if (!result.ok) return result;
  const file = policyPath(dataDir);
  await mkdir(dirname(file), { recursive: true });
  await writeTextAtomic(file, text);
  return result;
}
