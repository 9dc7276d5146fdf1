import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { StrongtiesError } from '../core/errors.js';

/**
 * The one place where flags and the environment become a typed config (flag > environment > default).
 * Code further in receives a `Config` and never reads `process.env`.
 */
export const configSchema = z.object({
  dataDir: z.string().min(1),
  databaseUrl: z.string().url().optional(),
  /** The team server's owner (migration) role, which migrates and applies row-level security. */
  migrationUrl: z.string().url().optional(),
  ownerId: z.number().int().positive(),
  /** The interface language; the product speaks both. */
  lang: z.enum(['fr', 'en']),
  /** Largest uncompressed size an archive may unpack to (zip-bomb guard). */
  maxArchiveBytes: z.number().int().positive(),
  /**
   * Longest field an import keeps, in characters; longer ones are cut while streaming, with an issue.
   * The default is far above LinkedIn's maxima (a message is 8,000 characters; its HTML a few times that).
   */
  maxFieldChars: z.number().int().positive(),
});

export const DEFAULT_MAX_FIELD_CHARS = 100_000;
export type Config = z.infer<typeof configSchema>;

export interface ConfigFlags {
  dataDir?: string | undefined;
  lang?: string | undefined;
  maxArchiveMb?: number | undefined;
  maxFieldChars?: number | undefined;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export function defaultDataDir(env: Environment): string {
  if (env['STRONGTIES_DATA_DIR']) return env['STRONGTIES_DATA_DIR'];
  const xdg = env['XDG_DATA_HOME'];
  const base = xdg?.startsWith('/') ? xdg : join(env['HOME'] ?? homedir(), '.local', 'share');
  return join(base, 'strongties');
}

function langFromLocale(env: Environment): 'fr' | 'en' {
  const locale = env['STRONGTIES_LANG'] ?? env['LC_ALL'] ?? env['LC_MESSAGES'] ?? env['LANG'] ?? '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function loadConfig(flags: ConfigFlags, env: Environment): Config {
  const maxMb =
    flags.maxArchiveMb ??
    (env['STRONGTIES_MAX_ARCHIVE_MB'] ? Number(env['STRONGTIES_MAX_ARCHIVE_MB']) : 2048);
  const parsed = configSchema.safeParse({
    dataDir: flags.dataDir ?? defaultDataDir(env),
    databaseUrl: env['DATABASE_URL'] || undefined,
    migrationUrl: env['STRONGTIES_MIGRATION_URL'] || undefined,
    ownerId: env['STRONGTIES_OWNER_ID'] ? Number(env['STRONGTIES_OWNER_ID']) : 1,
    lang: flags.lang ?? langFromLocale(env),
    maxArchiveBytes: Math.round(maxMb * 1024 * 1024),
    maxFieldChars:
      flags.maxFieldChars ??
      (env['STRONGTIES_MAX_FIELD_CHARS']
        ? Number(env['STRONGTIES_MAX_FIELD_CHARS'])
        : DEFAULT_MAX_FIELD_CHARS),
  });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StrongtiesError(
      'invalid-config',
      `invalid setting ${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`,
    );
  }
  return parsed.data;
}
