import type { Session } from './sessions.js';

/** What the middleware chain hands to the routes. */
export interface ServerEnv {
  Variables: {
    session: Session;
    /** The validated `Host` header (`127.0.0.1:PORT`), the only origin the page may post from. */
    host: string;
  };
}
