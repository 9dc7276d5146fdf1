import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../core/errors.js';

/** The core names what went wrong; the server chooses the HTTP status. */
const STATUS = {
  usage: 400,
  'not-found': 404,
  io: 507,
  'too-large': 413,
  ambiguous: 409,
  'invalid-input': 400,
  'invalid-archive': 422,
  'unsafe-archive': 422,
  'archive-too-large': 413,
  'no-linkedin-files': 422,
  'missing-column': 422,
  'invalid-policy': 422,
  'invalid-config': 500,
  database: 500,
  conflict: 409,
  interrupted: 503,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

export const statusOfError = (code: ErrorCode): ContentfulStatusCode => STATUS[code];
