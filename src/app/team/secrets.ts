import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret for a link or a cookie: 32 random bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a secret: its SHA-256, so a read of the tables signs no one in. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

export function sameText(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
