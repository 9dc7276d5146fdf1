import type { TeamSession } from '../../app/team/auth.js';

/** What the team server's middleware hands to its routes. */
export interface TeamEnv {
  Variables: {
    /** The validated `Host` header. */
    host: string;
    /** `https` behind the trusted proxy, else `http`: the origin a page must post from. */
    scheme: 'http' | 'https';
    /** The client's address: the socket's, or the one the trusted proxy names. */
    address: string;
    member: TeamSession;
  };
}
