import { type KeyAction, keyActionFor } from './key-actions.js';

/**
 * The triage keyboard, shared by the web app and the terminal triage, in the shape of every keyboard
 * registry (`key-actions.ts`): each action's name, the catalog key of its label and its keys. Front ends bind a `perform` per name, in a table the compiler
 * checks for completeness (`satisfies Record<TriageActionName, …>`); the help overlay is drawn from
 * this list, so it cannot drift from the keys that work.
 */
export const TRIAGE_ACTIONS = [
  { name: 'apply-suggestion', labelKey: 'actions.applySuggestion', keys: ['Enter'] },
  { name: 'accept', labelKey: 'actions.accept', keys: ['a'] },
  { name: 'decline', labelKey: 'actions.decline', keys: ['d'] },
  { name: 'ask', labelKey: 'actions.ask', keys: ['s'] },
  { name: 'ignore', labelKey: 'actions.ignore', keys: ['i'] },
  { name: 'later', labelKey: 'actions.later', keys: ['l'] },
  { name: 'next', labelKey: 'actions.next', keys: ['j', 'ArrowDown'] },
  { name: 'previous', labelKey: 'actions.previous', keys: ['k', 'ArrowUp'] },
  { name: 'undo', labelKey: 'actions.undo', keys: ['u'] },
  { name: 'edit', labelKey: 'actions.edit', keys: ['e'] },
  { name: 'switch-language', labelKey: 'actions.switchLanguage', keys: ['t'] },
  { name: 'copy-and-open', labelKey: 'actions.copyAndOpen', keys: ['o'] },
  { name: 'paste-invitation', labelKey: 'actions.pasteInvitation', keys: ['n'] },
  { name: 'help', labelKey: 'actions.help', keys: ['?'] },
] as const satisfies readonly (KeyAction & { labelKey: `actions.${string}` })[];

export type TriageAction = (typeof TRIAGE_ACTIONS)[number];
export type TriageActionName = TriageAction['name'];

/** The action a key press names, if any (keys are matched exactly: `a`, not `A`). */
export function actionForKey(key: string): TriageAction | undefined {
  return keyActionFor<TriageAction>(TRIAGE_ACTIONS, key);
}
