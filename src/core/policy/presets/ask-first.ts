import { KNOWN_RULES, presetYaml, SCAM_RULES, SHARED_PAST_RULE, UNSURE_RULE } from './common.js';

/** The consultant's policy: ask strangers how you can help; decline those who never really answer. */
export const ASK_FIRST = presetYaml({
  intro: `# Strongties policy — preset "ask-first".
# Goal: ask every stranger "how can I be useful to you?"; about 1 in 4 answers, often an opportunity.
# Those without a real answer after askFirst.delayDays are declined (askFirst.next).
# Politique « demander d'abord » : « comment puis-je vous être utile ? », puis refus après le délai.`,
  goal: {
    fr: 'créer des relations utiles des deux côtés',
    en: 'build relationships that are useful both ways',
  },
  reason: {
    fr: "je n'ai pas eu de réponse à ma question",
    en: 'I did not hear back about my question',
  },
  rules: `${SCAM_RULES}
${UNSURE_RULE}
${KNOWN_RULES}
${SHARED_PAST_RULE}
  # Strangers: ask first. When already asked, a genuine answer is accepted; silence past
  # askFirst.delayDays, a pitch or a hostile reply takes askFirst.next; otherwise wait (later).
  # Les inconnus : poser la question ; ensuite, accepter un vrai besoin, sinon décliner après le délai.
  - name: strangers-asked
    when: { label: [none, generic, purpose, known, pitch] }
    decision: ask

default:
  decision: ask`,
});
