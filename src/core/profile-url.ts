import { foldAccents } from './fold-accents.js';

/**
 * A person is identified by their normalised profile URL (DESIGN.md section 4): lower-case,
 * percent-decoded slug, no trailing slash or query, always `https://www.linkedin.com/in/<slug>`.
 * Accepts every form a user may paste or an export may hold: with or without scheme or `www.`,
 * a country subdomain (`fr.linkedin.com`), a trailing slash, query parameters, a fragment.
 */
const LINKEDIN_HOST = /^(?:[a-z]{2,3}\.|www\.|m\.)?linkedin\.com$/i;

export function normalizeProfileUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (LINKEDIN_HOST.test(url.hostname)) {
    const kind = segments[0]?.toLowerCase();
    const slug = segments[1];
    if ((kind !== 'in' && kind !== 'pub') || slug === undefined) return undefined;
    return `https://www.linkedin.com/in/${decodeSlug(slug)}`;
  }
  // Other networks (Xing, Malt, X…): keep host and path, lower-cased, without query or slash.
  const path = segments.map(decodeSlug).join('/');
  return `https://${url.hostname.toLowerCase().replace(/^www\./, '')}/${path}`;
}

function decodeSlug(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape stays as typed: the slug is still a stable key.
  }
  return decoded.normalize('NFC').toLowerCase();
}

/** The key that identifies a person: the normalised URL, else the folded name. */
export function personKey(profileUrl: string | undefined, name: string): string {
  if (profileUrl !== undefined && profileUrl !== '') return profileUrl;
  return `name:${foldName(name)}`;
}

export function foldName(name: string): string {
  return foldAccents(name).replace(/\s+/g, ' ').trim();
}
