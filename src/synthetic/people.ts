import { foldAccents } from '../core/fold-accents.js';
import { normalizeProfileUrl } from '../core/profile-url.js';
import type { Random } from './prng.js';
import {
  COMPANIES,
  FIRST_NAMES,
  LANG_OF_LOCALE,
  LAST_NAMES,
  type Locale,
  ODD_LAST_NAMES,
  POSITIONS,
} from './vocabulary.js';

export interface Person {
  firstName: string;
  lastName: string;
  locale: Locale;
  /** The URL as the export writes it (slug sometimes percent-encoded). */
  rawUrl: string;
  /** The normalised URL the reader must produce. */
  url: string;
  company: string;
  position: string;
}

const LOCALES: readonly Locale[] = ['fr-FR', 'fr-CA', 'fr-CA', 'en', 'en'];

const ascii = (text: string): string =>
  foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Person number `index` of a network: the same seed and index always give the same person. */
export function makePerson(random: Random, index: number): Person {
  const locale = random.pick(LOCALES);
  const firstName = random.pick(FIRST_NAMES[locale]);
  const lastName = random.chance(0.03) ? random.pick(ODD_LAST_NAMES) : random.pick(LAST_NAMES[locale]);
  const suffix = index.toString(36).padStart(4, '0');
  const plain = `${firstName}-${lastName.replace(/[^\p{L}\p{N}]+/gu, '-')}`.replace(/-+$/, '');
  // Members whose name has accents often keep them in the slug, which LinkedIn percent-encodes.
  const accented = plain !== ascii(plain) && random.chance(0.5);
  const slug = accented
    ? `${encodeURIComponent(plain.toLowerCase())}-${suffix}`
    : `${ascii(plain)}-${suffix}`;
  const rawUrl = `https://www.linkedin.com/in/${slug}`;
  return {
    firstName,
    lastName,
    locale,
    rawUrl,
    url: normalizeProfileUrl(rawUrl)!,
    company: random.pick(COMPANIES[locale]),
    position: random.pick(POSITIONS[LANG_OF_LOCALE[locale]]),
  };
}

export const fullName = (p: Pick<Person, 'firstName' | 'lastName'>): string => `${p.firstName} ${p.lastName}`;
