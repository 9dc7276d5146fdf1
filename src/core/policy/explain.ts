import type { Lang } from '../labels.js';
import type { InvitationFacts } from './facts.js';

type Explain = {
  [F in keyof InvitationFacts]: (value: InvitationFacts[F], facts: InvitationFacts) => string;
};

/** Confidence reads as a percentage everywhere the user sees it: "87%", « 87 % ». */
const number = (value: number, lang: Lang): string =>
  lang === 'fr' ? `${Math.round(value * 100)}\u00a0%` : `${Math.round(value * 100)}%`;

/** How each fact reads in an explanation, per language: one table each, completeness checked. */
export const EXPLAIN = {
  en: {
    label: (label, facts) =>
      `${
        {
          none: 'there is no note',
          generic: 'the note is generic',
          known: 'the note refers to a shared past',
          purpose: 'the note states a concrete reason',
          pitch: 'the note is a sales pitch',
          scam: 'the note looks like a scam',
        }[label]
      } (confidence ${number(facts.confidence, 'en')})`,
    confidence: (c) => `confidence ${number(c, 'en')}`,
    lang: (lang) => `the note's language is ${lang}`,
    known: (v) => (v ? 'you know this person' : 'you do not know this person'),
    metInPerson: (v) => (v ? 'you met in person' : 'you have not met in person'),
    exchangedInGroup: (v) => (v ? 'you exchanged in a group' : 'you have not exchanged in a group'),
    tags: (tags) => (tags.length ? `tagged ${tags.join(', ')}` : 'no tags'),
    ageDays: (days) => `the invitation is ${days} days old`,
    previousDecisions: (ds) => (ds.length ? `earlier decisions: ${ds.join(', ')}` : 'no earlier decision'),
    flagged: (flag) => (flag === 'none' ? 'not flagged' : `flagged as ${flag}`),
    teamFlagged: (flag) => (flag === 'none' ? 'not flagged by your team' : `flagged by your team as ${flag}`),
    mutualContext: (v) => (v ? 'you share a mutual contact' : 'no mutual contact'),
    inField: (v) => (v ? 'their headline is in your field' : 'their headline is outside your field'),
    reply: (reply) => (reply === 'none' ? 'no reply yet' : `their reply reads as ${reply}`),
  },
  fr: {
    label: (label, facts) =>
      `${
        {
          none: "il n'y a pas de note",
          generic: 'la note est générique',
          known: 'la note évoque un passé commun',
          purpose: 'la note donne une raison concrète',
          pitch: 'la note est une sollicitation commerciale',
          scam: 'la note ressemble à une arnaque',
        }[label]
      } (confiance ${number(facts.confidence, 'fr')})`,
    confidence: (c) => `confiance ${number(c, 'fr')}`,
    lang: (lang) => `la note est en ${lang}`,
    known: (v) => (v ? 'vous connaissez cette personne' : 'vous ne connaissez pas cette personne'),
    metInPerson: (v) => (v ? 'vous vous êtes rencontrés' : 'vous ne vous êtes pas rencontrés'),
    exchangedInGroup: (v) => (v ? 'vous avez échangé dans un groupe' : "pas d'échange dans un groupe"),
    tags: (tags) => (tags.length ? `étiquettes ${tags.join(', ')}` : "pas d'étiquette"),
    ageDays: (days) => `l'invitation date de ${days} jours`,
    previousDecisions: (ds) =>
      ds.length ? `décisions antérieures : ${ds.join(', ')}` : 'aucune décision antérieure',
    flagged: (flag) =>
      flag === 'none'
        ? 'aucun signalement'
        : `signalé comme ${flag === 'scammer' ? 'arnaqueur' : 'opportuniste'}`,
    teamFlagged: (flag) =>
      flag === 'none'
        ? 'aucun signalement de votre équipe'
        : `signalé par votre équipe comme ${flag === 'scammer' ? 'arnaqueur' : 'opportuniste'}`,
    mutualContext: (v) => (v ? 'vous avez un contact commun' : 'aucun contact commun'),
    inField: (v) => (v ? 'son titre correspond à votre domaine' : 'son titre est hors de votre domaine'),
    reply: (reply) => (reply === 'none' ? 'pas encore de réponse' : `sa réponse est classée ${reply}`),
  },
} satisfies Record<Lang, Explain>;

export const WORDS = {
  en: {
    rule: (name: string, why: string) => `rule '${name}': ${why}`,
    nothingElse: 'no other rule applies',
    always: 'it applies to every invitation',
    askedNoAnswer: (days: number, delay: number) =>
      `asked ${days} days ago without a real answer (delay ${delay} days)`,
    askedWaiting: (days: number, delay: number) =>
      `asked ${days} days ago; waiting for an answer (delay ${delay} days)`,
    askedAnswered: 'they answered the question with a genuine need',
    askedBadAnswer: (reply: string) => `they answered the question with a ${reply} reply`,
  },
  fr: {
    rule: (name: string, why: string) => `règle '${name}' : ${why}`,
    nothingElse: "aucune autre règle ne s'applique",
    always: "elle s'applique à toute invitation",
    askedNoAnswer: (days: number, delay: number) =>
      `question posée il y a ${days} jours sans vraie réponse (délai ${delay} jours)`,
    askedWaiting: (days: number, delay: number) =>
      `question posée il y a ${days} jours ; en attente de réponse (délai ${delay} jours)`,
    askedAnswered: 'la personne a répondu en exprimant un vrai besoin',
    askedBadAnswer: (reply: string) => `la personne a répondu, mais sa réponse est classée ${reply}`,
  },
} as const satisfies Record<Lang, unknown>;
