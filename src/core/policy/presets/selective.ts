import { KNOWN_RULES, presetYaml, SCAM_RULES, SHARED_PAST_RULE, UNSURE_RULE } from './common.js';

/** The author's strong network: only people met in person or in a group exchange. */
export const SELECTIVE = presetYaml({
  intro: `# Strongties policy — preset "selective" (the method's author).
# Goal: a strong network — people I met in person, or with whom I exchanged in a group.
# Politique « sélective » : un réseau fort — des gens rencontrés en personne ou avec qui
# j'ai échangé dans un groupe. Les autres reçoivent un refus poli en trois éléments.`,
  goal: { fr: 'bâtir un réseau fort', en: 'build a strong network' },
  reason: {
    fr: "nous ne nous sommes pas rencontrés en personne et n'avons pas échangé dans un groupe",
    en: 'we have not met in person nor exchanged in a group yet',
  },
  rules: `${SCAM_RULES}
${UNSURE_RULE}
${KNOWN_RULES}
${SHARED_PAST_RULE}

# Everyone else: a polite three-part decline. / Tous les autres : un refus poli.
default:
  decision: decline
  reason:
    fr: "pas de rencontre en personne ni d'échange dans un groupe"
    en: no meeting in person nor exchange in a group`,
});
