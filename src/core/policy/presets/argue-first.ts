import { KNOWN_RULES, presetYaml, SCAM_RULES, UNSURE_RULE } from './common.js';

/** Patrick's policy: an invitation must state its reason. */
export const ARGUE_FIRST = presetYaml({
  intro: `# Strongties policy — preset "argue-first".
# Goal: accept only invitations that state a reason (a shared past or a concrete purpose).
# Politique « argumenter d'abord » : j'accepte les invitations qui disent pourquoi.`,
  goal: {
    fr: 'connecter avec des gens qui disent pourquoi ils veulent se connecter',
    en: 'connect with people who say why they want to connect',
  },
  reason: {
    fr: "l'invitation ne dit pas pourquoi nous devrions être en contact",
    en: 'the invitation does not say why we should connect',
  },
  rules: `${SCAM_RULES}
${UNSURE_RULE}
${KNOWN_RULES}
  # The note states a reason. / La note donne une raison.
  - name: reason-given
    when: { label: [known, purpose] }
    decision: accept
  # Boilerplate, no note, or a sales pitch. / Note générique, absente ou commerciale.
  - name: no-reason-declined
    when: { label: [none, generic, pitch] }
    decision: decline

default:
  decision: decline`,
});
