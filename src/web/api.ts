/**
 * The page's only way to the server. Every state change carries the session's anti-forgery token,
 * which the page reads from `GET /api/session` (never from an inline script: the CSP forbids them).
 */
let csrfToken: string | undefined;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole JSON answer (a policy's located `errors`, for one). */
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } };
  if (!res.ok)
    throw new ApiError(res.status, body.error?.code ?? 'http', body.error?.message ?? res.statusText, body);
  return body as T;
}

async function token(): Promise<string> {
  if (csrfToken === undefined) {
    const session = await parse<{ csrfToken: string }>(
      await fetch('/api/session', { credentials: 'same-origin' }),
    );
    csrfToken = session.csrfToken;
  }
  return csrfToken;
}

export async function getJson<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { credentials: 'same-origin' }));
}

export async function send<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: BodyInit | object,
): Promise<T> {
  const headers: Record<string, string> = { 'X-CSRF-Token': await token() };
  let payload: BodyInit | undefined;
  if (body instanceof Blob || body instanceof ArrayBuffer || typeof body === 'string') payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (payload !== undefined) init.body = payload;
  return parse<T>(await fetch(path, init));
}
