import type { Lang } from '../labels.js';
import type { TieFactor, TieFactorKey } from './tie-strength.js';

type Words = (v: Record<string, number>) => string;
type FactorWords = Record<TieFactorKey, Words>;

const n = (v: Record<string, number>, key: string): number => v[key] ?? 0;
const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** English words for each factor; the web app uses the same keys (`tie.<key>`) with i18next. */
const EN = {
  recency: (v) => `last message ${n(v, 'days')} days ago`,
  volume: (v) => `${n(v, 'sent')} messages sent, ${n(v, 'received')} received`,
  reciprocity: (v) => `${n(v, 'percent')}% reciprocal`,
  duration: (v) => `exchanging for ${n(v, 'years')} years`,
  initiative: (v) => `conversations started: ${n(v, 'byMe')} by you, ${n(v, 'byThem')} by them`,
  endorsements: (v) => `${n(v, 'count')} ${plural(n(v, 'count'), 'endorsement', 'endorsements')} from them`,
  recommendations: (v) => `recommendations: ${n(v, 'fromThem')} from them, ${n(v, 'toThem')} to them`,
  invitation: (v) =>
    `${n(v, 'byMe') ? 'you invited them' : 'they invited you'}${n(v, 'note') ? ' with a note' : ''}`,
  metInPerson: () => 'met in person',
  exchangedInGroup: () => 'exchanged in a group',
  dormant: (v) => `connected ${n(v, 'years')} years ago, never a message`,
  rememberedYes: () => 'you remember them',
  rememberedNo: () => 'you do not remember them',
} satisfies FactorWords;

const FR = {
  recency: (v) => `dernier message il y a ${n(v, 'days')} jours`,
  volume: (v) => `${n(v, 'sent')} messages envoyés, ${n(v, 'received')} reçus`,
  reciprocity: (v) => `échanges réciproques à ${n(v, 'percent')} %`,
  duration: (v) => `échanges depuis ${n(v, 'years')} ans`,
  initiative: (v) => `conversations lancées : ${n(v, 'byMe')} par vous, ${n(v, 'byThem')} par la personne`,
  endorsements: (v) =>
    `${n(v, 'count')} ${plural(n(v, 'count'), 'recommandation de compétence', 'recommandations de compétences')} de sa part`,
  recommendations: (v) => `recommandations : ${n(v, 'fromThem')} reçues, ${n(v, 'toThem')} données`,
  invitation: (v) =>
    `${n(v, 'byMe') ? 'vous avez invité la personne' : 'la personne vous a invité'}${n(v, 'note') ? ' avec un mot' : ''}`,
  metInPerson: () => 'rencontré en personne',
  exchangedInGroup: () => 'échangé dans un groupe',
  dormant: (v) => `relation depuis ${n(v, 'years')} ans, jamais un message`,
  rememberedYes: () => 'vous vous en souvenez',
  rememberedNo: () => 'vous ne vous en souvenez pas',
} satisfies FactorWords;

export const TIE_FACTOR_WORDS: Record<Lang, FactorWords> = { en: EN, fr: FR };

/** The factor in words, in the interface language. */
export function describeFactor(factor: TieFactor, lang: Lang): string {
  return TIE_FACTOR_WORDS[lang][factor.key](factor.values);
}
