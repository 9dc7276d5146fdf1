import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret as printed in a URL or set in a cookie: 32 random bytes, base64url. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface Session {
  readonly id: string;
  /** Sent back by the page in the `X-CSRF-Token` header of every state change. */
  readonly csrfToken: string;
}

/**
 * The server's secrets. The URL token printed by `ties serve` is exchanged for a session whose id
 * travels only in an HttpOnly cookie: the token then leaves the address bar (and the history) at once.
 */
export class Sessions {
  readonly #byId = new Map<string, Session>();
  constructor(readonly urlToken: string = newSecret()) {}

  /** A new session when `token` is the URL token, else undefined. */
  exchange(token: string): Session | undefined {
    if (!sameSecret(token, this.urlToken)) return undefined;
    const session = { id: newSecret(), csrfToken: newSecret() };
    this.#byId.set(session.id, session);
    return session;
  }

  find(id: string | undefined): Session | undefined {
    if (id === undefined) return undefined;
    // Map lookup by a secret is not constant-time, so compare the stored one too.
    for (const session of this.#byId.values()) if (sameSecret(id, session.id)) return session;
    return undefined;
  }
}
