import { z } from 'zod';
import type { Issue, Result } from '../../core/errors.js';
import { normalizeProfileUrl } from '../../core/profile-url.js';

/** The columns of the other-network import, in the template's order (docs/import-invitations.md). */
export const INVITATION_COLUMNS = [
  'network',
  'name',
  'profileUrl',
  'headline',
  'note',
  'date',
  'direction',
] as const;

/** An invitation typed or pasted by the user, or read from another network's file. */
export interface ManualInvitation {
  network: string;
  name: string;
  /** Normalised (core/profile-url.ts): the same person key an export gives. */
  profileUrl?: string;
  headline?: string;
  /** Exactly as pasted: line breaks and emojis kept. */
  note: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`; absent means now. */
  sentAt?: string;
  direction: 'incoming' | 'outgoing';
}

// An empty cell (CSV) is the same as an absent field.
const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().trim().max(2000).optional(),
);

const DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const rowSchema = z.strictObject({
  network: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{0,39}$/, 'a network name such as linkedin, xing, malt, viadeo, x')
      .default('linkedin'),
  ),
  name: z.string().trim().min(1, 'a name is required').max(300),
  profileUrl: optionalText,
  headline: optionalText,
  // The note is kept byte for byte: no trimming.
  note: z.string().max(10_000).nullish(),
  date: optionalText.refine(
    (v) => v === undefined || DATE.test(v),
    'a date like 2026-01-29 or 2026-01-29T14:37',
  ),
  direction: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    z.enum(['incoming', 'outgoing']).default('incoming'),
  ),
});

/**
 * Field names the first versions read (snake_case), still accepted: every JSON Strongties reads and
 * writes is camelCase now (docs/json.md), and a script written for the old name keeps working.
 */
const LEGACY_FIELDS: Readonly<Record<string, (typeof INVITATION_COLUMNS)[number]>> = {
  profile_url: 'profileUrl',
};

function withCurrentNames(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [LEGACY_FIELDS[k] ?? k, v]));
}

/** Validates one row (a CSV record, a JSON object); a problem is an issue naming the line and field. */
export function parseInvitationRow(
  value: unknown,
  file: string,
  line: number,
): Result<ManualInvitation, Issue> {
  const parsed = rowSchema.safeParse(withCurrentNames(value));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first?.path.join('.') || undefined;
    const message =
      first?.code === 'unrecognized_keys'
        ? `unknown field ${first.keys.join(', ')}`
        : (first?.message ?? 'invalid row');
    return { ok: false, error: { code: 'invalid-row', file, line, message, ...(field ? { field } : {}) } };
  }
  const row = parsed.data;
  const out: ManualInvitation = {
    network: row.network,
    name: row.name,
    note: row.note ?? '',
    direction: row.direction,
  };
  if (row.profileUrl !== undefined) {
    const url = normalizeProfileUrl(row.profileUrl);
    if (url === undefined) {
      return {
        ok: false,
        error: { code: 'invalid-row', file, line, field: 'profileUrl', message: 'not a profile URL' },
      };
    }
    out.profileUrl = url;
  }
  if (row.headline !== undefined) out.headline = row.headline;
  if (row.date !== undefined) out.sentAt = normalizeDate(row.date);
  return { ok: true, value: out };
}

function normalizeDate(text: string): string {
  const m = DATE.exec(text);
  if (!m?.[2]) return m?.[1] ?? text;
  if (m[4] === undefined) return `${m[1]}T${m[2]}${m[3] ?? ':00'}`;
  // A zoned time becomes UTC, written like LinkedIn's zone-less times.
  return new Date(text.replace(' ', 'T')).toISOString().slice(0, 19);
}
