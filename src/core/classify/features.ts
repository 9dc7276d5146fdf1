import { CUES, matchCues } from './cues.js';
import { foldText, tokenize } from './normalize-text.js';

/**
 * The features of one text, as the model sees them. Keys are prefixed by kind: `w:` a word, `b:` two
 * words in a row, `c:` letters (character trigrams of the folded text), `r:` a cue rule, `s:` a style
 * feature. Values: each n-gram family is scaled to unit length so a long note does not outweigh a
 * short one; cues and style features count 1.
 */
export interface Features {
  values: Map<string, number>;
  /** For `w:` and `b:` keys: the words as written, for explanations. */
  surfaces: Map<string, string>;
}

const CHAR_SIZE = 3;

function addFamily(values: Map<string, number>, keys: Set<string>): void {
  if (keys.size === 0) return;
  const value = 1 / Math.sqrt(keys.size);
  for (const key of keys) values.set(key, value);
}

function lengthBucket(words: number): string {
  if (words <= 3) return 's:len-tiny';
  if (words <= 10) return 's:len-short';
  if (words <= 30) return 's:len-medium';
  if (words <= 70) return 's:len-long';
  return 's:len-very-long';
}

/** Share of upper-case letters among letters, for shouting ("LIMITED OFFER"). */
function capsRatio(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 12) return 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper / letters;
}

export function extractFeatures(text: string): Features {
  const values = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const tokens = tokenize(text);

  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const unigram = `w:${token.key}`;
    words.add(unigram);
    if (!surfaces.has(unigram)) surfaces.set(unigram, token.surface);
    const next = tokens[i + 1];
    if (next) {
      const bigram = `b:${token.key} ${next.key}`;
      words.add(bigram);
      // An elision is written joined to its word: "l'équipe", not "l' équipe".
      const joint = token.surface.endsWith("'") ? '' : ' ';
      if (!surfaces.has(bigram)) surfaces.set(bigram, `${token.surface}${joint}${next.surface}`);
    }
  }
  addFamily(values, words);

  // Letter trigrams over the whole folded text, across word boundaries, punctuation and emojis
  // included ("!!", "?!", " :)", "l'a"): tried against trigrams within words, as good or better
  // in cross-validation, and half the work of both.
  const folded = foldText(text);
  const flat = ` ${folded.replace(/\s+/g, ' ').replace(/\d/g, '0')} `;
  const chars = new Set<string>();
  for (let i = 0; i + CHAR_SIZE <= flat.length; i++) chars.add(`c:${flat.slice(i, i + CHAR_SIZE)}`);
  addFamily(values, chars);

  for (const cue of matchCues(folded)) values.set(`r:${cue.id}`, 1);
  values.set(lengthBucket(tokens.length), 1);
  if (capsRatio(text) > 0.4) values.set('s:caps', 1);
  return { values, surfaces };
}

const CUE_NAMES = new Map(CUES.map((cue) => [`r:${cue.id}`, cue.name]));
const STYLE_NAMES: Record<string, string> = {
  's:len-tiny': 'a very short note',
  's:len-short': 'a short note',
  's:len-medium': 'a note of medium length',
  's:len-long': 'a long note',
  's:len-very-long': 'a very long note',
  's:caps': 'writes much of it in capitals',
};

/**
 * A feature in words a user understands, or undefined for letter n-grams (they are evidence, not
 * reasons anyone would read).
 */
export function describeFeature(key: string, surfaces: ReadonlyMap<string, string>): string | undefined {
  const cue = CUE_NAMES.get(key) ?? STYLE_NAMES[key];
  if (cue) return cue;
  if (key.startsWith('w:') || key.startsWith('b:')) {
    const words = surfaces.get(key) ?? key.slice(2);
    if (key === 'w:<url>') return 'contains a link';
    return key.startsWith('w:') ? `the word “${words}”` : `the words “${words}”`;
  }
  return undefined;
}
