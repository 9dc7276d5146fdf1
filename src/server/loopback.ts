/** Addresses that only this machine can reach. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * The `Host` header values the server answers to. A DNS-rebinding page reaches us under its own
 * name (`evil.example:PORT`), so every other value is refused. A wildcard bind (`0.0.0.0`, `::`)
 * adds nothing: the user then reaches the server by loopback names only.
 */
export function allowedHosts(host: string, port: number): ReadonlySet<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  const explicit = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  if (!['0.0.0.0', '[::]'].includes(explicit)) names.push(explicit.toLowerCase());
  return new Set(names.map((n) => `${n}:${port}`));
}

/** The URL a browser opens: IPv6 literals need brackets, wildcards are reached through 127.0.0.1. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
