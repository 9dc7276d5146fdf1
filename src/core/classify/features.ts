import { matchCues } from './cues.js';
import { FUNCTION_WORDS } from './language-words.js';
import { foldText, tokenize } from './normalize-text.js';

/**
 * The features of one text, as the model sees them. Keys are prefixed by kind: `w:` a word, `b:` two
 * words in a row, `k:` a word class (`k:#money`) alone or next to a word (`k:pay #money`), `c:`
 * letters (character n-grams of the folded text), `r:` a cue rule, `s:` a style feature. Values: each n-gram family is scaled to unit length so a long note does not outweigh a
 * short one; cues and style features count 1.
 */
export interface Features {
  values: Map<string, number>;
  /** For `w:`, `b:` and `k:` keys: the words as written, for explanations. */
  surfaces: Map<string, string>;
}

/**
 * How a text becomes features, chosen per kind by cross-validation on the training split and
 * recorded in the model artifact (the runtime extracts exactly what the model was trained on).
 */
export interface FeatureOptions {
  /** 1: words only; 2: words and word pairs. */
  wordOrder: 1 | 2;
  /** Letter n-gram orders, from `charMin` to `charMax` (0 and 0: none). */
  charMin: number;
  charMax: number;
  /** `text`: over the whole folded text, punctuation and emojis included; `words`: within each word. */
  charScope: 'text' | 'words';
  /** Counts as 1 + log(count) (sublinear TF) rather than presence only. */
  sublinear: boolean;
  /** The letter family's length relative to the word family's (each is scaled to unit length). */
  charWeight: number;
  /** Word classes (WORD_CLASSES) as features of their own and beside their neighbours. */
  wordClasses?: boolean;
}

/** What the first model used: the defaults for an artifact that records no options. */
export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  wordOrder: 2,
  charMin: 3,
  charMax: 3,
  charScope: 'text',
  sublinear: false,
  charWeight: 1,
};

/** Scales one family (`counts`) to length `norm` and adds it. */
function addFamily(
  values: Map<string, number>,
  counts: Map<string, number>,
  sublinear: boolean,
  norm: number,
): void {
  if (counts.size === 0) return;
  let squares = 0;
  for (const [key, count] of counts) {
    const value = sublinear ? 1 + Math.log(count) : 1;
    counts.set(key, value);
    squares += value * value;
  }
  const factor = norm / Math.sqrt(squares);
  for (const [key, value] of counts) values.set(key, value * factor);
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
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

function letterGrams(padded: string, options: FeatureOptions, counts: Map<string, number>): void {
  for (let n = options.charMin; n <= options.charMax; n++) {
    for (let i = 0; i + n <= padded.length; i++) count(counts, `c:${padded.slice(i, i + n)}`);
  }
}

/**
 * Word classes, so that what was learnt of one member carries to the others and to wording never
 * seen: "contact me on Telegram" teaches "on #channel" for WhatsApp too, "$2,500" and "1 800 €"
 * are both "#number #money". Keys are folded words (digits as 0, see tokenize).
 */
const CLASS_WORDS: Record<string, readonly string[]> = {
  money: [
    'usd',
    'eur',
    'cad',
    'chf',
    'gbp',
    'ngn',
    'naira',
    'fcfa',
    'cfa',
    'dollar',
    'dollars',
    'euro',
    'euros',
    'usdt',
    'btc',
    'bitcoin',
    'eth',
    'k$',
    'pounds',
    'rupees',
    'inr',
    'francs',
  ],
  channel: [
    'whatsapp',
    'telegram',
    'signal',
    'wechat',
    'viber',
    'skype',
    'email',
    'e-mail',
    'mail',
    'gmail',
    'courriel',
    'sms',
    'texto',
    'text',
    'dm',
    'inbox',
    'hangouts',
    'messenger',
    'imessage',
    'phone',
    'telephone',
    'cell',
    'cellulaire',
    'portable',
    'numero',
    'number',
  ],
  urgency: [
    'urgent',
    'urgently',
    'urgence',
    'asap',
    'immediately',
    'immediatement',
    'today',
    'tonight',
    "aujourd'hui",
    'deadline',
    'limited',
    'limite',
    'limitee',
    'expires',
    'expire',
    'hurry',
    'vite',
    'rapidement',
    'quickly',
    'now',
    'maintenant',
    'last',
    'derniere',
    'dernier',
  ],
};
const WORD_CLASSES = new Map<string, string>(
  Object.entries(CLASS_WORDS).flatMap(([name, words]) => words.map((w) => [w, name] as [string, string])),
);

/** The class of a folded word, if it has one. */
function classOf(key: string): string | undefined {
  if (key === '<url>') return 'link';
  if (/^[0-9]/.test(key)) return 'number';
  return WORD_CLASSES.get(key);
}

/** `#class` alone, and beside each neighbour word (`pay #money`, `#channel me`). */
function addClasses(
  tokens: readonly { key: string; surface: string }[],
  words: Map<string, number>,
  surfaces: Map<string, string>,
): void {
  const classes = tokens.map((t) => classOf(t.key));
  classes.forEach((name, i) => {
    if (!name) return;
    count(words, `k:#${name}`);
    const before = tokens[i - 1];
    if (before && !classes[i - 1]) {
      const key = `k:${before.key} #${name}`;
      count(words, key);
      if (!surfaces.has(key)) surfaces.set(key, `${before.surface} ${tokens[i]!.surface}`);
    }
    const after = tokens[i + 1];
    if (after && !classes[i + 1]) {
      const key = `k:#${name} ${after.key}`;
      count(words, key);
      if (!surfaces.has(key)) surfaces.set(key, `${tokens[i]!.surface} ${after.surface}`);
    }
  });
}

export function extractFeatures(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Features {
  const values = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const tokens = tokenize(text);

  const words = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const unigram = `w:${token.key}`;
    count(words, unigram);
    if (!surfaces.has(unigram)) surfaces.set(unigram, token.surface);
    const next = tokens[i + 1];
    if (next && options.wordOrder === 2) {
      const bigram = `b:${token.key} ${next.key}`;
      count(words, bigram);
      // An elision is written joined to its word: "l'équipe", not "l' équipe".
      const joint = token.surface.endsWith("'") ? '' : ' ';
      if (!surfaces.has(bigram)) surfaces.set(bigram, `${token.surface}${joint}${next.surface}`);
    }
  }
  if (options.wordClasses) addClasses(tokens, words, surfaces);
  addFamily(values, words, options.sublinear, 1);

  const folded = foldText(text);
  if (options.charMax > 0) {
    const chars = new Map<string, number>();
    if (options.charScope === 'text') {
      // Across word boundaries, punctuation and emojis included ("!!", "?!", " :)", "l'a").
      letterGrams(` ${folded.replace(/\s+/g, ' ').replace(/\d/g, '0')} `, options, chars);
    } else {
      for (const token of tokens) letterGrams(` ${token.key} `, options, chars);
    }
    addFamily(values, chars, options.sublinear, options.charWeight);
  }

  for (const id of matchCues(folded)) values.set(`r:${id}`, 1);
  values.set(lengthBucket(tokens.length), 1);
  if (capsRatio(text) > 0.4) values.set('s:caps', 1);
  return { values, surfaces };
}

/** A word worth showing as a reason: not a function word, not a fragment (at least 3 letters). */
function isContentWord(key: string): boolean {
  return !FUNCTION_WORDS.has(key) && (key.match(/\p{L}/gu)?.length ?? 0) >= 3;
}

const words = (key: string, surfaces: ReadonlyMap<string, string>, text: string) => ({
  code: 'words',
  params: { text: surfaces.get(key) ?? text },
});

/**
 * A feature as a signal code a user can read (signal-words.ts puts it in words), or undefined for
 * what no one would read as a reason: letter n-grams, function words ("the", "de"), fragments and
 * pairs of function words (they are evidence, not reasons, pooled as "the wording as a whole").
 */
export function describeFeature(
  key: string,
  surfaces: ReadonlyMap<string, string>,
): { code: string; params?: Record<string, string> } | undefined {
  const kind = key.slice(0, 2);
  const rest = key.slice(2);
  if (kind === 'r:') return { code: `cue:${rest}` };
  if (kind === 's:') return { code: `style:${rest}` };
  if (key === 'w:<url>') return { code: 'cue:link' };
  if (kind === 'w:') {
    if (!isContentWord(rest)) return undefined;
    return { code: 'word', params: { text: surfaces.get(key) ?? rest } };
  }
  if (kind === 'b:') return rest.split(' ').some(isContentWord) ? words(key, surfaces, rest) : undefined;
  if (kind === 'k:') {
    if (!rest.includes(' ')) return { code: `class:${rest.slice(1)}` };
    const word = rest.split(' ').find((w) => !w.startsWith('#'))!;
    return isContentWord(word)
      ? words(key, surfaces, rest)
      : {
          code: `class:${rest
            .split(' ')
            .find((w) => w.startsWith('#'))!
            .slice(1)}`,
        };
  }
  return undefined;
}
