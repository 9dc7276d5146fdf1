import { KNOWN_RULES, presetYaml, SCAM_RULES, UNSURE_RULE } from './common.js';

/** The HR blogger's policy: strangers whose profile fits my field are welcome. */
export const FIELD_OPEN = presetYaml({
  intro: `# Strongties policy — preset "field-open".
# Goal: be read widely in my field; accept strangers whose profile is compatible with it.
# Politique « ouverte au domaine » : j'accepte les inconnus dont le profil correspond à mon domaine.`,
  goal: {
    fr: 'échanger avec les gens de mon domaine',
    en: 'connect with people in my field',
  },
  reason: {
    fr: 'ce profil ne semble pas lié à mon domaine',
    en: 'this profile does not seem related to my field',
  },
  keywords: ['ressources humaines', 'RH', 'recrutement', 'human resources', 'HR', 'recruiting', 'talent'],
  rules: `${SCAM_RULES}
${UNSURE_RULE}
  # Sales pitches get no answer. / Pas de réponse aux sollicitations commerciales.
  - name: pitches-ignored
    when: { label: pitch }
    decision: ignore
${KNOWN_RULES}
  # A headline with one of field.keywords. / Un titre qui contient un mot-clé du domaine.
  - name: field-accepted
    when: { inField: true }
    decision: accept

default:
  decision: decline
  reason:
    fr: profil hors de mon domaine
    en: profile outside my field`,
});
