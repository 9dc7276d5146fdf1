import { foldAccents } from '../fold-accents.js';

/**
 * Text keys for short notes: lower-cased, accent-folded, one apostrophe, digits collapsed. French
 * writers drop accents and Québécois writers mix them; folding makes "réseau" and "reseau" one key.
 */

const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4`]/g;

/**
 * Folds accents as everywhere (core/fold-accents.ts: é → e, ç → c), and for the classifier's keys
 * also spells the ligatures out (œ → oe, æ → ae: "cœur" and "coeur" are written both ways) and
 * unifies apostrophes.
 */
export function foldText(text: string): string {
  return foldAccents(text.replace(APOSTROPHES, "'").toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae'));
}

/** A word of the text: `key` for features, `surface` (as written, lower-cased) for explanations. */
export interface Token {
  key: string;
  surface: string;
}

// French elisions become their own token ("l'ami" → "l'" + "ami"); English contractions stay whole.
const ELISION = /^(l|d|qu|j|m|t|s|n|c|jusqu|lorsqu|puisqu)'(?=\p{L})/u;
const ASCII_WORD = /^[a-z']*$/;
const DIGITS = /\d/;
const WORD = /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}]+(?:'[\p{L}]+)*'?/gu;

/** Splits a text into word tokens, with French elisions split and URLs kept as one `<url>` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lowered = text.replace(APOSTROPHES, "'").toLowerCase();
  for (const match of lowered.matchAll(WORD)) {
    let surface = match[0];
    if (surface.startsWith('http') || surface.startsWith('www.')) {
      tokens.push({ key: '<url>', surface });
      continue;
    }
    const elision = ELISION.exec(surface);
    if (elision) {
      const head = elision[0];
      tokens.push({ key: foldText(head), surface: head });
      surface = surface.slice(head.length);
    }
    // Most words are plain ASCII, already lower-cased: folding (NFKD) would change nothing.
    const folded = ASCII_WORD.test(surface) ? surface : foldText(surface);
    tokens.push({ key: DIGITS.test(folded) ? folded.replace(/\d+/g, '0') : folded, surface });
  }
  return tokens;
}
