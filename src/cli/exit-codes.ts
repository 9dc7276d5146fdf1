import type { ErrorCode } from '../core/errors.js';

export const EXIT = {
  ok: 0,
  /** The user's data or request could not be processed. */
  failure: 1,
  /** Wrong command line. */
  usage: 2,
  /** Some lines of a batch failed; the others were processed. */
  partial: 3,
  interrupted: 130,
} as const;

export const EXIT_OF_ERROR = {
  usage: EXIT.usage,
  'not-found': EXIT.failure,
  io: EXIT.failure,
  'too-large': EXIT.failure,
  ambiguous: EXIT.failure,
  'invalid-input': EXIT.failure,
  'invalid-archive': EXIT.failure,
  'unsafe-archive': EXIT.failure,
  'archive-too-large': EXIT.failure,
  'no-linkedin-files': EXIT.failure,
  'missing-column': EXIT.failure,
  'invalid-policy': EXIT.failure,
  'invalid-config': EXIT.usage,
  database: EXIT.failure,
  conflict: EXIT.failure,
  interrupted: EXIT.interrupted,
} as const satisfies Record<ErrorCode, number>;
