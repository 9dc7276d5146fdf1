import { type KeyAction, keyActionFor } from '../key-actions.js';
import type { Lang } from '../labels.js';

/** The clean-up review's verdict on a connection (stored on the connection). */
export const REVIEW_STATUSES = ['keep', 'remove', 'skip'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What an action writes: a verdict, and for two of them a flag on the person too. */
export interface ReviewEffect {
  review: ReviewStatus;
  metInPerson?: true;
  exchangedInGroup?: true;
}

export const REVIEW_ACTION_NAMES = [
  'keep',
  'remove',
  'skip',
  'met',
  'group',
  'undo',
  'quit',
  'help',
] as const;
export type ReviewActionName = (typeof REVIEW_ACTION_NAMES)[number];

/** The words of the review's actions, spread into both front ends' catalogs under `reviewActions`. */
export const REVIEW_ACTION_WORDS = {
  en: {
    keep: 'keep',
    remove: 'remove',
    skip: 'skip',
    met: 'met in person (keep)',
    group: 'exchanged in a group (keep)',
    undo: 'undo the last answer',
    quit: 'quit',
    help: 'help',
  },
  fr: {
    keep: 'garder',
    remove: 'retirer',
    skip: 'passer',
    met: 'rencontré en personne (garder)',
    group: 'échangé dans un groupe (garder)',
    undo: 'annuler la dernière réponse',
    quit: 'quitter',
    help: 'aide',
  },
} as const satisfies Record<Lang, Record<ReviewActionName, string>>;

export interface ReviewAction extends KeyAction<ReviewActionName> {
  readonly labelKey: `reviewActions.${ReviewActionName}`;
  /** What the action writes; navigation actions (undo, quit, help) write nothing themselves. */
  readonly effect?: ReviewEffect;
}

/**
 * The review's keyboard, in the shape of every keyboard registry (`core/key-actions.ts`, the triage's
 * too): the help screen, the buttons, the key handler and the tests are generated from it. "Met in
 * person" and "exchanged in a group" keep the connection: by the method's own measure they are what
 * makes a tie strong.
 */
export const REVIEW_ACTIONS = [
  { name: 'keep', labelKey: 'reviewActions.keep', keys: ['k'], effect: { review: 'keep' } },
  { name: 'remove', labelKey: 'reviewActions.remove', keys: ['r'], effect: { review: 'remove' } },
  { name: 'skip', labelKey: 'reviewActions.skip', keys: ['s'], effect: { review: 'skip' } },
  { name: 'met', labelKey: 'reviewActions.met', keys: ['m'], effect: { review: 'keep', metInPerson: true } },
  {
    name: 'group',
    labelKey: 'reviewActions.group',
    keys: ['g'],
    effect: { review: 'keep', exchangedInGroup: true },
  },
  { name: 'undo', labelKey: 'reviewActions.undo', keys: ['u'] },
  { name: 'quit', labelKey: 'reviewActions.quit', keys: ['q'] },
  { name: 'help', labelKey: 'reviewActions.help', keys: ['?'] },
] as const satisfies readonly ReviewAction[];

/** The action bound to a key press, if any (a capital works too: the review has no shifted keys). */
export function reviewActionForKey(key: string): ReviewAction | undefined {
  return keyActionFor<ReviewAction>(REVIEW_ACTIONS, key.toLowerCase());
}

/** An action's words in a language (the terminal has no catalog entry for them). */
export const reviewActionLabel = (action: ReviewAction, lang: Lang): string =>
  REVIEW_ACTION_WORDS[lang][action.name];

/** One line per key, for the help screen. */
export function reviewHelp(lang: Lang): string[] {
  return REVIEW_ACTIONS.map((a) => `${a.keys.join('/')}  ${reviewActionLabel(a, lang)}`);
}
