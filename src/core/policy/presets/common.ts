/** What every preset shares: the channels, signature, limits and templates sections, commented. */
export interface PresetParts {
  /** Opening comment: what this policy is for, in both languages. */
  intro: string;
  goal: { fr: string; en: string };
  reason: { fr: string; en: string };
  keywords?: readonly string[];
  /** The `rules:` and `default:` sections, commented. */
  rules: string;
}

const quote = (text: string): string => JSON.stringify(text);

export function presetYaml(parts: PresetParts, language: 'fr' | 'en' = 'fr'): string {
  return `${parts.intro.trim()}
#
# Edit freely: comments are kept. Check with \`ties policy check\`.
# Modifiez librement : les commentaires sont conservés. Vérifiez avec \`ties policy check\`.
version: 1

# Language of drafts when the note's is unknown, and of explanations. / Langue par défaut.
language: ${language}

# What your network is for, as an infinitive: "my goal is to …" / « mon objectif est de … »
goal:
  fr: ${quote(parts.goal.fr)}
  en: ${quote(parts.goal.en)}

# Why you decline, as a clause: "For now, …, so I am declining." / « Pour l'instant, …, alors je décline. »
# Write it without vous/tu: drafts use it in both registers. / Sans vous ni tu : sert aux deux registres.
reason:
  fr: ${quote(parts.reason.fr)}
  en: ${quote(parts.reason.en)}

# Keywords of your field, matched in the sender's headline. / Mots-clés de votre domaine (titre du profil).
field:
  keywords: [${(parts.keywords ?? []).map(quote).join(', ')}]

# Other paths you offer (openness). \`ties policy init\` fills them from your Profile.csv when it can.
# Autres chemins proposés (ouverture). kind: twitter, website, group, event, email, other
channels: []
#  - kind: twitter
#    value: "@moi"
#  - kind: group
#    value: "Web2biz"

# Ends every message. "Moi" signs with your name from Profile.csv (first name with tu, else full name).
# Termine chaque message. « Moi » signe de votre nom (Profile.csv) : prénom si tu, sinon nom complet.
signature: "Moi"

# Platform limits in characters. A short draft fits an invitation note; the others a message.
# Limites de la plateforme : note d'invitation 200 (300 avec Premium), message 8 000.
network: linkedin
premium: false
limits:
  linkedin: { note: 200, notePremium: 300, message: 8000 }

# Ask-first: after asking "how can I be useful to you?", wait this many days for a real answer,
# then take this decision. / Délai d'attente d'une vraie réponse, puis décision.
askFirst:
  delayDays: 14
  next: decline

# First matching rule wins. Facts: label, confidence, unsure, lang, known, metInPerson, exchangedInGroup,
# tags, ageDays, previousDecisions, flagged, mutualContext, inField, reply.
# Decisions: accept, decline, ask, ignore, later. Operators: equals, not, in, notIn, gte, gt, lte,
# lt, includes, excludes, includesAny (\`label: scam\` is equals, \`label: [a, b]\` is in).
# A confidence is a share or a percentage: \`confidence: { gte: 0.7 }\` or \`{ gte: 70% }\`.
# Une confiance s'écrit 0.7 ou 70 %.
# La première règle qui s'applique décide ; \`default\` ferme la liste.
${parts.rules.trim()}

# Your own wording overrides the built-in one, per language, variant and element. Placeholders:
# {firstName} {name} {goal} {reason} {channels} {signature}; in appreciation.content {content},
# appreciation.field {field}, appreciation.mutual {mutual}.
# Vos propres formulations remplacent celles fournies.
# templates:
#   fr:
#     decline:
#       openness: "Cela dit, je reste disponible : écrivez-moi via {channels}."
`;
}

/** The rule every preset starts with: fraud is never answered (DESIGN.md: scam must be precise). */
export const SCAM_RULES = `rules:
  # A scam gets no answer at all; nor does someone you flagged. / Aucune réponse aux arnaques.
  - name: scams-ignored
    when: { label: scam }
    decision: ignore
  - name: flagged-ignored
    when: { flagged: [scammer, opportunist] }
    decision: ignore`;

/**
 * Right after the scam rules in every preset: an unsure classification (no label clearly ahead, or
 * a scam under its gate) is never accepted nor answered by a draft; it waits for the user. The
 * engine enforces it for any policy; the rule says it where the user reads the policy.
 */
export const UNSURE_RULE = `  # The classifier is unsure of the note: you decide. / Le classifieur hésite : vous décidez.
  - name: unsure-left-to-you
    when: { unsure: true }
    decision: later`;

/** Someone you know, met or exchanged with: the strong ties every preset keeps. */
export const KNOWN_RULES = `  # People you know, met in person or exchanged with in a group. / Liens forts.
  - name: known-accepted
    when: { known: true }
    decision: accept
  - name: met-accepted
    when: { metInPerson: true }
    decision: accept
  - name: group-accepted
    when: { exchangedInGroup: true }
    decision: accept`;

/** The note says you met or exchanged: the person is no stranger (used by presets that ask or decline strangers). */
export const SHARED_PAST_RULE = `  # The note says you met or exchanged: accept, you can check it before clicking.
  # La note évoque une rencontre ou un échange : acceptez (à vérifier).
  - name: shared-past-accepted
    when: { label: known, confidence: { gte: 0.7 } }
    decision: accept`;
