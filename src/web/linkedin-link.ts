/**
 * A profile link we may put in an `href`: only `https://www.linkedin.com/in/…`. Anything else a
 * stranger's export holds (`javascript:`, `data:`, another host) gets no link at all.
 */
export function safeProfileHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'www.linkedin.com') return undefined;
  if (!parsed.pathname.startsWith('/in/') || parsed.username || parsed.password) return undefined;
  return parsed.href;
}
