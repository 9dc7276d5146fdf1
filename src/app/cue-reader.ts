import type { Classification, Signal, TextReader } from '../core/classify/types.js';
import type { DetectedLang, InvitationLabel, ReplyLabel } from '../core/labels.js';

/**
 * A small, predictable TextReader for flows whose subject is not the classifier: cue words decide the
 * label, so a test can say which invitations are scams or pitches and which replies are needs. The
 * trained reader (src/core/classify) implements the same interface.
 */
const FRENCH = /\b(je|vous|votre|nous|bonjour|merci|pour|dans|avec|une?|les?)\b/i;

function lang(text: string): DetectedLang {
  if (text.trim() === '') return 'unknown';
  return FRENCH.test(text) ? 'fr' : 'en';
}

function first<L extends string>(text: string, cues: readonly [L, RegExp][], fallback: L): Classification<L> {
  for (const [label, cue] of cues) {
    const hit = cue.exec(text);
    if (hit) {
      const signals: Signal[] = [{ name: `says "${hit[0]}"`, weight: 0.9 }];
      return { label, lang: lang(text), confidence: 0.9, signals };
    }
  }
  return {
    label: fallback,
    lang: lang(text),
    confidence: 0.6,
    signals: [{ name: 'nothing specific', weight: 0.5 }],
  };
}

const INVITATION_CUES: [InvitationLabel, RegExp][] = [
  ['scam', /crypto|bitcoin|whatsapp|telegram|invest|forex|wallet|fee/i],
  ['pitch', /demo|démo|offer|offre|service|solution|agency|agence|product|produit|webinar|discount|book a/i],
  ['known', /met |rencontr|conference|conférence|worked together|travaillé|thread|introduced|présenté/i],
  ['purpose', /advice|conseil|research|recherche|alumni|job|poste|interview|article/i],
];

const REPLY_CUES: [ReplyLabel, RegExp][] = [
  ['pitch', /https?:|demo|démo|platform|plateforme|offer|offre/i],
  ['hostile', /waste|ridiculous|arrogant|ridicule|perte de temps/i],
  ['need', /looking for|je cherche|could we|pourrions|respect/i],
];

export const cueReader: TextReader = {
  detectLanguage: lang,
  classifyInvitation: (text) =>
    text.trim() === ''
      ? { label: 'none', lang: 'unknown', confidence: 1, signals: [{ name: 'no note at all', weight: 1 }] }
      : first(text, INVITATION_CUES, 'generic'),
  classifyReply: (text) => first(text, REPLY_CUES, 'ack'),
};
