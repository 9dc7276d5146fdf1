import type { Lang } from '../labels.js';
import { PLACEHOLDER_PATTERN } from '../policy/variants.js';

export type Values = Readonly<Record<string, string | undefined>>;

const VOWEL = /^[aeiouyàâäéèêëîïôöùûü]/i;
const ELIDED = /(^|\s)(de|que) $/i;

/**
 * Replaces each `{name}` with its value in one pass (a value is never read again as a template, so a
 * stranger's "{goal}" stays text). French elides "de"/"que" before a vowel: "de entretenir" → "d'entretenir".
 * Returns undefined when a placeholder has no value: the caller picks another phrasing.
 */
export function fill(template: string, values: Values, lang: Lang): string | undefined {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    const value = values[match[1] ?? ''];
    if (value === undefined || value === '') return undefined;
    out += template.slice(last, match.index);
    if (lang === 'fr' && VOWEL.test(value)) {
      out = out.replace(ELIDED, (_m, space: string, word: string) => `${space}${word.slice(0, -1)}'`);
    }
    out += value;
    last = match.index + match[0].length;
  }
  out += template.slice(last);
  return out.replace(/[ \t]{2,}/g, ' ').trim();
}
