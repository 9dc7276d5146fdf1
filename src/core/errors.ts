/**
 * Every error Strongties throws on purpose. The `code` is stable: the CLI maps it to an exit code
 * and wording, the server to an HTTP status. Expected failures in readers are values (`Issue`), not
 * exceptions; this class is for what stops an operation.
 */
export type ErrorCode =
  | 'usage'
  | 'not-found'
  /** A file could not be written (full disk, permissions): the user's problem, not a bug. */
  | 'io'
  /** A request or file larger than its limit. */
  | 'too-large'
  /** A name that several people share: the user must choose (by URL). */
  | 'ambiguous'
  | 'invalid-input'
  | 'invalid-archive'
  | 'unsafe-archive'
  | 'archive-too-large'
  | 'no-linkedin-files'
  | 'missing-column'
  | 'invalid-policy'
  | 'invalid-config'
  | 'database'
  | 'conflict'
  | 'interrupted';

export class StrongtiesError extends Error {
  readonly code: ErrorCode;
  /** Where the problem is, when it is in a file the user gave us. */
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; file?: string; line?: number; field?: string } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StrongtiesError';
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.field = options.field;
  }
}

export const isStrongtiesError = (value: unknown): value is StrongtiesError =>
  value instanceof StrongtiesError;

/**
 * What a thrown value means to the user: a `StrongtiesError` as is; a query that found no row (Kysely's
 * `NoResultError`, recognised by name: core imports no database library) is `not-found`; else a bug.
 */
export function asUserError(error: unknown): StrongtiesError | undefined {
  if (isStrongtiesError(error)) return error;
  if (error instanceof Error && error.constructor.name === 'NoResultError')
    return new StrongtiesError('not-found', 'no such row in your data', { cause: error });
  return undefined;
}

/** For `executeTakeFirstOrThrow(notFound('connection 12'))`: a missing row is the user's, not a bug. */
export const notFound = (what: string) => () => new StrongtiesError('not-found', `no ${what}`);

/** A problem found in the user's data that does not stop the operation: reported, never thrown. */
export interface Issue {
  code: string;
  file: string;
  line: number;
  message: string;
  field?: string;
  /** What was not imported because of it: the whole file, or this row (a partial import, exit 3). */
  skips?: 'file' | 'row';
}

/** Zod's `safeParse` shape: expected failures are values. */
export type Result<T, E = Issue> = { ok: true; value: T } | { ok: false; error: E };
