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

export interface ReviewAction {
  name: ReviewActionName;
  /** One key each; the terminal and the web app read the same table. */
  key: string;
  label: Record<Lang, string>;
  /** What the action writes; navigation actions (undo, quit, help) write nothing themselves. */
  effect?: ReviewEffect;
}

/**
 * The review's keyboard, as a registry (Excalidraw's actions): the help screen, the key handler and
 * the tests are generated from it. "Met in person" and "exchanged in a group" keep the connection:
 * by the method's own measure they are what makes a tie strong.
 */
export const REVIEW_ACTIONS = [
  { name: 'keep', key: 'k', label: { en: 'keep', fr: 'garder' }, effect: { review: 'keep' } },
  { name: 'remove', key: 'r', label: { en: 'remove', fr: 'retirer' }, effect: { review: 'remove' } },
  { name: 'skip', key: 's', label: { en: 'skip', fr: 'passer' }, effect: { review: 'skip' } },
  {
    name: 'met',
    key: 'm',
    label: { en: 'met in person (keep)', fr: 'rencontré en personne (garder)' },
    effect: { review: 'keep', metInPerson: true },
  },
  {
    name: 'group',
    key: 'g',
    label: { en: 'exchanged in a group (keep)', fr: 'échangé dans un groupe (garder)' },
    effect: { review: 'keep', exchangedInGroup: true },
  },
  { name: 'undo', key: 'u', label: { en: 'undo the last answer', fr: 'annuler la dernière réponse' } },
  { name: 'quit', key: 'q', label: { en: 'quit', fr: 'quitter' } },
  { name: 'help', key: '?', label: { en: 'help', fr: 'aide' } },
] as const satisfies readonly ReviewAction[];

const BY_KEY = new Map<string, ReviewAction>(REVIEW_ACTIONS.map((a) => [a.key, a]));

/** The action bound to a key press, if any. */
export function reviewActionForKey(key: string): ReviewAction | undefined {
  return BY_KEY.get(key.toLowerCase());
}

/** One line per key, for the help screen. */
export function reviewHelp(lang: Lang): string[] {
  return REVIEW_ACTIONS.map((a) => `${a.key}  ${a.label[lang]}`);
}
