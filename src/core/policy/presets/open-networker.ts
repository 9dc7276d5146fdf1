import { presetYaml, SCAM_RULES, UNSURE_RULE } from './common.js';

/** The speaker's policy: accept everyone but fraud, clean up later. */
export const OPEN_NETWORKER = presetYaml({
  intro: `# Strongties policy — preset "open-networker".
# Goal: give everyone a chance; accept all but scams, and clean up the network later.
# Politique « réseau ouvert » : j'accepte tout le monde sauf les arnaques, je fais le ménage plus tard.`,
  goal: { fr: 'créer et entretenir des relations', en: 'build and maintain relationships' },
  reason: {
    fr: 'cette invitation ressemble à une sollicitation',
    en: 'this invitation looks like a solicitation',
  },
  rules: `${SCAM_RULES}
${UNSURE_RULE}

# Everyone else is welcome. / Tous les autres sont les bienvenus.
default:
  decision: accept
  reason:
    fr: réseau ouvert à tous sauf les arnaques
    en: open network, all but scams`,
});
