import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { StrongtiesError } from '../core/errors.js';

/**
 * The one way a route reads its input: the body is JSON checked by a zod schema, the query by
 * another; anything else is `invalid-input` (400) with the field at fault, and the route's handler
 * never runs, so a malformed body changes nothing. `createApp`'s error handler writes the answer.
 */
export async function parseBody<T>(
  c: Context,
  schema: z.ZodType<T>,
  options: { optional?: boolean } = {},
): Promise<T> {
  let value: unknown;
  try {
    const text = await c.req.text();
    // A route whose every field is optional may be called with no body at all (`POST /api/undo`).
    value = options.optional && text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new StrongtiesError('invalid-input', 'the body is not JSON');
  }
  return validated(schema, value);
}

export function parseQuery<T>(c: Context, schema: z.ZodType<T>): T {
  return validated(schema, c.req.query());
}

function validated<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown field ${issue.keys.join(', ')}`
      : (issue?.message ?? 'invalid');
  throw new StrongtiesError('invalid-input', path ? `${path}: ${message}` : message, {
    ...(path ? { field: path } : {}),
  });
}

/** A whole number written in decimal digits only: `0x0c`, `1e1`, ` 12` and `12.0` are refused. */
export const decimalId = z
  .string()
  .regex(/^[1-9]\d{0,14}$/, 'expected a decimal id')
  .transform(Number);
export const decimalCount = z
  .string()
  .regex(/^(?:0|[1-9]\d{0,8})$/, 'expected a whole number in decimal')
  .transform(Number);
export const decimalNumber = z
  .string()
  .regex(/^(?:0|[1-9]\d{0,8})(?:\.\d{1,6})?$/, 'expected a decimal number')
  .transform(Number);

/** Bytes a JSON body may hold, by route; everything under `/api` has a limit (uploads their own). */
export const BODY_LIMITS = {
  default: 16 * 1024,
  /** A policy is text the user writes: 64 KB is far beyond any real one (parse-policy bounds it too). */
  policy: 96 * 1024,
  /** A pasted reply or note: LinkedIn's messages stop at 8,000 characters (up to 4 bytes each). */
  text: 48 * 1024,
} as const;

export const limitBody = (maxSize: number): MiddlewareHandler =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new StrongtiesError('too-large', `the body is larger than ${Math.round(maxSize / 1024)} KB`);
    },
  });
