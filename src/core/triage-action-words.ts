import type { Lang } from './labels.js';

/**
 * The words for the triage actions both front ends share (the registry is src/core/triage-actions.ts):
 * the terminal's and the web app's catalogs spread these, then add the wording that differs between
 * them (editing in $EDITOR or in the page, showing a link or opening a tab, the help toggle).
 */
export const TRIAGE_ACTION_WORDS = {
  en: {
    applySuggestion: 'Apply the suggestion',
    accept: 'Accept',
    decline: 'Decline',
    ask: 'Ask how to be useful',
    ignore: 'Ignore (spam or scam)',
    later: 'Later',
    next: 'Next invitation',
    previous: 'Previous invitation',
    switchLanguage: 'Switch the draft language',
  },
  fr: {
    applySuggestion: 'Appliquer la suggestion',
    accept: 'Accepter',
    decline: 'Décliner',
    ask: 'Demander comment être utile',
    ignore: 'Ignorer (spam ou arnaque)',
    later: 'Plus tard',
    next: 'Invitation suivante',
    previous: 'Invitation précédente',
    switchLanguage: 'Changer la langue du brouillon',
  },
} as const satisfies Record<Lang, Record<string, string>>;
