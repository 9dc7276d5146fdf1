import type { Lang } from '../labels.js';
import type { Policy } from '../policy/types.js';
import { ELEMENTS, type Element, type Variant } from '../policy/variants.js';
import { chooseAppreciation } from './appreciation.js';
import { renderChannels } from './channels.js';
import { draftLimit } from './draft-limit.js';
import { fill, type Values } from './fill.js';
import { pick } from './pick.js';
import { detectRegister, firstNameOf, inert } from './read-note.js';
import { signatureFor } from './signature.js';
import { en } from './templates/en.js';
import { fr } from './templates/fr.js';
import type {
  ComposeOptions,
  Draft,
  InvitationInput,
  PartName,
  Phrase,
  Register,
  Templates,
} from './types.js';

export const TEMPLATES = { fr, en } satisfies Record<Lang, Templates>;

const PARTS_OF = {
  decline: ['appreciation', 'reason', 'openness'],
  short: ['appreciation', 'reason', 'openness'],
  ask: ['appreciation', 'body'],
  welcome: ['appreciation', 'body'],
  'follow-up': ['body'],
} as const satisfies Record<Variant, readonly PartName[]>;

/** How hard to try to fit the limit: each step gives up a little more. */
interface Fit {
  closing: boolean;
  allChannels: boolean;
  shortest: boolean;
  greeting: boolean;
}
const LADDER: readonly Fit[] = [
  { closing: true, allChannels: true, shortest: false, greeting: true },
  { closing: false, allChannels: true, shortest: false, greeting: true },
  { closing: false, allChannels: false, shortest: false, greeting: true },
  { closing: false, allChannels: false, shortest: true, greeting: true },
  { closing: false, allChannels: false, shortest: true, greeting: false },
];

const resolve = (phrase: Phrase, register: Register): string =>
  typeof phrase === 'string' ? phrase : phrase[register];

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * Writes one draft. Pure: the classification (label, note language) arrives in `invitation`. The
 * draft never holds a placeholder, fits the platform limit, and its appreciation is true.
 */
export function composeDraft(policy: Policy, invitation: InvitationInput, options: ComposeOptions): Draft {
  const { variant, lang } = options;
  const words = TEMPLATES[lang];
  const register: Register =
    lang === 'fr' && invitation.noteLang === 'fr' ? detectRegister(invitation.text) : 'vous';
  const signature = inert(options.signature ?? signatureFor(policy.signature, policy.owner, register), 80);
  const seed = `${invitation.id}\u0000${invitation.name}`;
  const user = (policy.templates?.[lang]?.[variant] ?? {}) as Record<string, unknown>;
  const hasAppreciation = (ELEMENTS[variant] as readonly Element[]).includes('appreciation');
  const appreciation = hasAppreciation ? chooseAppreciation(policy, invitation, lang, words) : undefined;
  const firstName = firstNameOf(invitation.name);
  const allChannels = renderChannels(policy.channels, lang, words);
  const firstChannel = renderChannels(policy.channels.slice(0, 1), lang, words);
  // The invitation's network first; a network the policy gives no limits for uses the policy's own.
  const limit = draftLimit(policy, variant, invitation.network);
  // A note that recalls a shared past (or the user's own records of one) must never be told that
  // the two have not met: the reason speaks of knowing each other well instead.
  const sharedPast = invitation.label === 'known' || invitation.sharedPast === true;
  const reason = sharedPast
    ? (policy.reasonSharedPast?.[lang] ?? resolve(words.sharedPastReason, register))
    : policy.reason[lang];

  const valuesFor = (fit: Fit): Values => ({
    firstName,
    name: inert(invitation.name, 60) || undefined,
    goal: policy.goal[lang],
    reason,
    signature: signature || undefined,
    ...appreciation?.values,
    channels: (fit.allChannels ? allChannels : firstChannel) ?? words.noChannel,
  });

  const builtin = (element: Element): readonly Phrase[] => {
    const own = variant === 'short' ? words.short : variant === 'decline' ? words.decline : undefined;
    switch (element) {
      case 'greeting':
        return firstName ? words.greeting.named : words.greeting.anonymous;
      case 'appreciation':
        return (own ?? words.decline).appreciation[appreciation?.basis ?? 'plain'];
      case 'openness':
        return allChannels ? (own ?? words.decline).openness : (own ?? words.decline).opennessAlone;
      case 'reason':
        return sharedPast ? (own ?? words.decline).reasonSharedPast : (own ?? words.decline).reason;
      default:
        return (words[variant as 'ask'] as Record<string, readonly Phrase[]>)[element] ?? [];
    }
  };

  const userPhrases = (element: Element): readonly string[] => {
    const value = user[element];
    if (element === 'appreciation') {
      return ((value as Record<string, string[]> | undefined)?.[appreciation?.basis ?? 'plain'] ??
        []) as string[];
    }
    return (value as string[] | undefined) ?? [];
  };

  /** The element's phrasings, filled; the user's own first, the built-in ones when none can be filled. */
  const written = (element: Element, fit: Fit): string[] => {
    const values = valuesFor(fit);
    const own = userPhrases(element).map((p) => fill(p, values, lang));
    const usable = own.filter((t): t is string => t !== undefined);
    if (usable.length > 0) return usable;
    return builtin(element)
      .map((p) => fill(resolve(p, register), values, lang))
      .filter((t): t is string => t !== undefined);
  };

  const build = (fit: Fit): Record<Element, string> => {
    const chosen = {} as Record<Element, string>;
    for (const element of ELEMENTS[variant] as readonly Element[]) {
      const texts = written(element, fit);
      chosen[element] = fit.shortest
        ? texts.reduce((a, b) => (b.length < a.length ? b : a))
        : pick(texts, seed, `${variant}:${element}`);
    }
    return chosen;
  };

  const layout = (chosen: Record<Element, string>, fit: Fit): string => {
    const greeting = fit.greeting ? chosen.greeting : undefined;
    if (variant === 'short') {
      const sentence = [chosen.appreciation, chosen.reason, chosen.openness].join(' ');
      return [greeting, sentence, signature].filter(Boolean).join('\n');
    }
    const paragraphs = PARTS_OF[variant].map((part) => chosen[part]).join('\n\n');
    const closing = fit.closing ? [chosen.closing, signature].filter(Boolean).join('\n') : signature;
    return [greeting, paragraphs, closing].filter(Boolean).join('\n\n');
  };

  let fit = LADDER[0] as Fit;
  let chosen = build(fit);
  for (const step of LADDER) {
    fit = step;
    chosen = build(step);
    if (layout(chosen, step).length <= limit) break;
  }
  // Last resort (a very long goal or channel in the policy): shorten the longest part at a word.
  for (let guard = 0; layout(chosen, fit).length > limit && guard < 50; guard += 1) {
    const longest = PARTS_OF[variant].reduce((a, b) => (chosen[b].length > chosen[a].length ? b : a));
    const over = layout(chosen, fit).length - limit;
    const shorter = clipWords(chosen[longest], Math.max(1, chosen[longest].length - over));
    if (shorter === chosen[longest]) break;
    chosen[longest] = shorter;
  }
  let text = layout(chosen, fit);
  if (text.length > limit) text = clipWords(text, limit);

  const parts: Partial<Record<PartName, string>> = {};
  for (const part of PARTS_OF[variant]) parts[part] = chosen[part];
  return { variant, lang, register, basis: appreciation?.basis, text, parts, length: text.length, limit };
}
