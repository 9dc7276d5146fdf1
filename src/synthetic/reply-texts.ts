import type { Lang } from '../core/labels.js';

/** Answers to a decline, planted in later exports: the good kind (a need) and the bad kind (a pitch). */
export const REPLY_TEXTS = {
  need: {
    en: 'I understand and respect your choice. I am looking for people in your field to learn how you organised your first year; could we talk for 15 minutes in the coming weeks?',
    fr: 'Je comprends et je respecte votre choix. Je cherche des personnes de votre domaine pour apprendre comment vous avez organisé votre première année ; pourrions-nous en parler 15 minutes dans les prochaines semaines ?',
  },
  pitch: {
    en: 'Now that I have your attention: our platform cuts recruiting costs by 30%. Book a free demo this week: https://demo.example/book',
    fr: "Maintenant que j'ai votre attention : notre plateforme réduit vos coûts de 30 %. Réservez une démo gratuite cette semaine : https://demo.example/rdv",
  },
} as const satisfies Record<'need' | 'pitch', Record<Lang, string>>;

export type PlantedReplyKind = keyof typeof REPLY_TEXTS;
