import type { Lang } from '../labels.js';
import type { Signal } from './types.js';

/**
 * The classifier's signals in words, per interface language (the signal is a code with parameters,
 * see types.ts): one table per language, the same keys, checked complete by signal-words.test.ts.
 * Each names the evidence a reader can check in the note, never a function word.
 */
interface SignalWords {
  cue: Record<string, string>;
  style: Record<string, string>;
  class: Record<string, string>;
  word: (text: string) => string;
  words: (text: string) => string;
  wording: string;
  empty: string;
  /** A signal stored before signals were codes: its English text as it was. */
  legacy: (text: string) => string;
}

const EN: SignalWords = {
  cue: {
    money: 'mentions an amount of money',
    'messaging-app': 'moves the talk to WhatsApp, Telegram or Signal',
    phone: 'gives a phone number',
    link: 'contains a link',
    'short-link': 'contains a shortened link',
    booking: 'asks for a quick call or a meeting slot',
    demo: 'offers a demo, a trial or early access',
    'met-before': 'says you met before',
    'worked-together': 'mentions working or studying together',
    introduced: 'names someone who introduced you',
    event: 'mentions an event',
    fee: 'asks for a fee or a payment',
    identity: 'asks for identity documents or bank details',
    returns: 'promises a return on money or easy earnings',
    crypto: 'talks about crypto or trading investments',
    'fund-transfer': 'mentions an inheritance, a fund transfer or a refund',
    phishing: 'asks to click to check an account, a video or an invoice',
    'text-only-interview': 'offers a job interview by text chat only',
    'suspicious-link': 'links to a look-alike or unusual web address',
    'money-mule': 'asks you to receive money and pass it on',
    romance: 'uses romantic or overly personal words',
    'sales-offer': 'presents the sender’s product or services',
    product: 'describes what the sender makes or sells',
    award: 'announces an award, a nomination or a listing',
    'buyer-intro': 'asks for an introduction to a buyer',
    sells: 'offers something for sale or a business deal',
    buys: 'wants to hire, pay or buy from you',
    price: 'talks about a price, a discount or a paid program',
    'engagement-ask': 'asks you to like, share, follow or endorse',
    urgency: 'pushes urgency',
    job: 'mentions a specific job or role',
    'advice-ask': 'asks for advice on a topic',
    research: 'mentions research, studies or the press',
    community: 'mentions an alumni group or a free community',
    collaboration: 'proposes a specific collaboration',
    'respects-choice': 'accepts your choice politely',
    'if-you-need': 'offers services “if you ever need”',
    hostile: 'sounds annoyed, sarcastic or insulting',
    'polite-closing': 'closes politely without asking anything',
    thanks: 'thanks you',
    tu: 'uses “tu”',
    vous: 'uses “vous”',
    question: 'asks a question',
    exclaim: 'uses several exclamation marks',
    emoji: 'uses emojis',
    'past-then-sales': 'follows a shared past with a sales hook',
    'ask-then-sales': 'turns a question or a study into a sales hook',
    'paid-award': 'asks to pay for an award or a listing',
    'polite-then-sales': 'adds a promotional push to a polite answer',
    'fraud-marker': 'shows a common sign of fraud',
  },
  style: {
    'len-tiny': 'a very short note',
    'len-short': 'a short note',
    'len-medium': 'a note of medium length',
    'len-long': 'a long note',
    'len-very-long': 'a very long note',
    caps: 'writes much of it in capitals',
  },
  class: {
    number: 'gives figures',
    money: 'names a currency',
    channel: 'names a contact channel (WhatsApp, email, text…)',
    link: 'contains a link',
    urgency: 'presses for time',
  },
  word: (text) => `the word “${text}”`,
  words: (text) => `the words “${text}”`,
  wording: 'the wording as a whole',
  empty: 'no note at all',
  legacy: (text) => text,
};

const FR: SignalWords = {
  cue: {
    money: 'mentionne une somme d’argent',
    'messaging-app': 'déplace l’échange vers WhatsApp, Telegram ou Signal',
    phone: 'donne un numéro de téléphone',
    link: 'contient un lien',
    'short-link': 'contient un lien raccourci',
    booking: 'demande un court appel ou un rendez-vous',
    demo: 'propose une démo, un essai ou un accès anticipé',
    'met-before': 'dit que vous vous êtes rencontrés',
    'worked-together': 'évoque un travail ou des études en commun',
    introduced: 'nomme quelqu’un qui vous a présentés',
    event: 'mentionne un événement',
    fee: 'demande des frais ou un paiement',
    identity: 'demande des pièces d’identité ou des coordonnées bancaires',
    returns: 'promet un rendement ou des gains faciles',
    crypto: 'parle de cryptomonnaies ou de placements boursiers',
    'fund-transfer': 'parle d’héritage, de transfert de fonds ou de remboursement',
    phishing: 'invite à cliquer pour vérifier un compte, une vidéo ou une facture',
    'text-only-interview': 'propose un entretien d’embauche par messagerie seulement',
    'suspicious-link': 'renvoie vers une adresse web douteuse ou imitée',
    'money-mule': 'vous demande de recevoir de l’argent et de le transférer',
    romance: 'emploie des mots romantiques ou trop personnels',
    'sales-offer': 'présente les produits ou services de l’expéditeur',
    product: 'décrit ce que l’expéditeur fabrique ou vend',
    award: 'annonce un prix, une nomination ou un classement',
    'buyer-intro': 'demande d’être présenté à un acheteur',
    sells: 'propose une vente ou une affaire',
    buys: 'veut vous engager, vous payer ou vous acheter',
    price: 'parle de prix, de rabais ou de programme payant',
    'engagement-ask': 'vous demande d’aimer, de partager, de suivre ou de recommander',
    urgency: 'presse de faire vite',
    job: 'mentionne un poste précis',
    'advice-ask': 'demande un conseil sur un sujet',
    research: 'parle de recherche, d’études ou de presse',
    community: 'mentionne un groupe d’anciens ou une communauté gratuite',
    collaboration: 'propose une collaboration précise',
    'respects-choice': 'accepte votre choix avec politesse',
    'if-you-need': 'offre ses services « si jamais vous en avez besoin »',
    hostile: 'paraît agacé, sarcastique ou insultant',
    'polite-closing': 'conclut poliment sans rien demander',
    thanks: 'vous remercie',
    tu: 'emploie « tu »',
    vous: 'emploie « vous »',
    question: 'pose une question',
    exclaim: 'multiplie les points d’exclamation',
    emoji: 'emploie des émojis',
    'past-then-sales': 'enchaîne un passé commun et un argument de vente',
    'ask-then-sales': 'fait d’une question ou d’une étude un argument de vente',
    'paid-award': 'demande de payer pour un prix ou un classement',
    'polite-then-sales': 'ajoute une promotion à une réponse polie',
    'fraud-marker': 'montre un signe courant de fraude',
  },
  style: {
    'len-tiny': 'une note très courte',
    'len-short': 'une note courte',
    'len-medium': 'une note de longueur moyenne',
    'len-long': 'une note longue',
    'len-very-long': 'une note très longue',
    caps: 'écrit en grande partie en majuscules',
  },
  class: {
    number: 'donne des chiffres',
    money: 'nomme une devise',
    channel: 'nomme un moyen de contact (WhatsApp, courriel, texto…)',
    link: 'contient un lien',
    urgency: 'presse sur le délai',
  },
  word: (text) => `le mot « ${text} »`,
  words: (text) => `les mots « ${text} »`,
  wording: 'la formulation dans son ensemble',
  empty: 'aucune note',
  legacy: (text) => text,
};

export const SIGNAL_WORDS: Record<Lang, SignalWords> = { en: EN, fr: FR };

type Render = (words: SignalWords, id: string, text: string) => string | undefined;
const own = (table: Record<string, string>, id: string) => (Object.hasOwn(table, id) ? table[id] : undefined);

/** Each code family's words: the family is the code up to its first colon. */
const RENDER: Record<string, Render> = {
  cue: (words, id) => own(words.cue, id),
  style: (words, id) => own(words.style, id),
  class: (words, id) => own(words.class, id),
  word: (words, _, text) => words.word(text),
  words: (words, _, text) => words.words(text),
  wording: (words) => words.wording,
  empty: (words) => words.empty,
  legacy: (words, _, text) => words.legacy(text),
};

/** The signal in words, in the interface language; an unknown code reads as the wording as a whole. */
export function describeSignal(signal: Signal, lang: Lang): string {
  const words = SIGNAL_WORDS[lang];
  const colon = signal.code.indexOf(':');
  const family = colon < 0 ? signal.code : signal.code.slice(0, colon);
  const id = colon < 0 ? '' : signal.code.slice(colon + 1);
  const render = Object.hasOwn(RENDER, family) ? RENDER[family] : undefined;
  return render?.(words, id, signal.params?.text ?? '') ?? words.wording;
}

/** The signal of an empty note. */
export const EMPTY_NOTE_SIGNAL: Signal = { code: 'empty', weight: 1 };

/**
 * Signals as stored before they were codes (`{ name, weight }`) or as codes: read back as codes, an
 * old name kept as `legacy` text.
 */
export function signalsFrom(stored: unknown): Signal[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((s): Signal[] => {
    if (typeof s !== 'object' || s === null) return [];
    const { code, name, params, weight } = s as Record<string, unknown>;
    const w = typeof weight === 'number' ? weight : 0;
    if (typeof code === 'string')
      return [
        {
          code,
          weight: w,
          ...(params && typeof params === 'object' ? { params: params as Record<string, string> } : {}),
        },
      ];
    if (typeof name === 'string') return [{ code: 'legacy', params: { text: name }, weight: w }];
    return [];
  });
}
