import { foldName } from './profile-url.js';

/**
 * Every way a person's identity is written in someone else's text, as one replacer. A stranger's
 * text writes a name in any case, with doubled spaces or without its accents, and a profile URL with
 * or without scheme, `www.`, a country subdomain, a trailing slash, a query or a capitalised slug:
 * erasure must find every one of them, and nothing else ("Marcel" survives forgetting "Marc").
 */
export interface PersonSpellings {
  /** The full name; left out when a namesake shares it (it would blank the namesake too). */
  name?: string | undefined;
  /** The normalised profile URL (`https://www.linkedin.com/in/<slug>`). */
  url?: string | null | undefined;
  emails?: readonly string[];
}

// Every Latin letter with a diacritic, grouped by the letter it folds to: `e` matches é, È, ë…
const VARIANTS = new Map<string, string>();
for (let code = 0x41; code <= 0x24f; code++) {
  const char = String.fromCodePoint(code);
  const base = foldName(char);
  if (base.length !== 1 || !/[a-z]/.test(base)) continue;
  VARIANTS.set(base, (VARIANTS.get(base) ?? '') + char);
}

// Unicode-mode patterns refuse needless escapes (`\\-`), so only the syntax characters are escaped.
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a name in any case, accents or spacing. */
function namePattern(name: string): string {
  let pattern = '';
  for (const char of foldName(name)) {
    if (char === ' ') pattern += '[\\s\\u00a0]+';
    else if (VARIANTS.has(char)) pattern += `[${escapeRegex(VARIANTS.get(char) ?? char)}]`;
    else pattern += escapeRegex(char);
  }
  return pattern;
}

/** The slug of a LinkedIn profile URL, else undefined (other networks' URLs are matched whole). */
function slugOf(url: string): string | undefined {
  return /^https:\/\/www\.linkedin\.com\/in\/([^/?#]+)$/.exec(url)?.[1];
}

/** A pattern for the profile URL in every form LinkedIn or a person writes it. */
function urlPatterns(url: string): string[] {
  const slug = slugOf(url);
  if (slug === undefined) {
    const bare = url.replace(/^https?:\/\/(?:www\.)?/, '');
    return [`(?:https?://)?(?:www\\.)?${escapeRegex(bare)}/?`];
  }
  const encoded = encodeURIComponent(slug);
  const slugs = [escapeRegex(slug), ...(encoded !== slug ? [escapeRegex(encoded)] : [])].join('|');
  const patterns = [
    `(?:https?://)?(?:[a-z]{2,3}\\.|www\\.|m\\.)?linkedin\\.com/(?:in|pub)/(?:${slugs})/?(?:[?#][^\\s"'<>]*)?`,
  ];
  // The bare slug too, when it cannot be a common word (LinkedIn's are `first-last-1a2b`).
  if (slug.length >= 8 && /[-\d]/.test(slug)) patterns.push(`(?:${slugs})`);
  return patterns;
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Returns a function that replaces every spelling of the person in a text with `replacement`, or
 * `undefined` when there is nothing to look for.
 */
export function personReplacer(
  who: PersonSpellings,
  replacement: string,
): ((text: string) => string) | undefined {
  const patterns: string[] = [];
  if (who.url) patterns.push(...urlPatterns(who.url));
  for (const email of who.emails ?? []) if (email.includes('@')) patterns.push(escapeRegex(email.trim()));
  const name = who.name === undefined ? '' : foldName(who.name);
  if (name.length >= 3) {
    patterns.push(namePattern(name));
    const words = name.split(' ');
    // "Quillardeau Zoé", as lists and forms write it.
    if (words.length === 2) patterns.push(namePattern(`${words[1]} ${words[0]}`));
  }
  if (patterns.length === 0) return undefined;
  // Longest first, so that a URL is replaced whole before its bare slug.
  patterns.sort((a, b) => b.length - a.length);
  const regex = new RegExp(`${BOUNDARY_BEFORE}(?:${patterns.join('|')})${BOUNDARY_AFTER}`, 'giu');
  return (text) => text.replace(regex, replacement);
}
