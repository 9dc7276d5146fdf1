import {
  DECISIONS,
  type DecisionKind,
  type DetectedLang,
  INVITATION_LABELS,
  type InvitationLabel,
  REPLY_LABELS,
  type ReplyLabel,
} from '../labels.js';

export const FLAGS = ['none', 'opportunist', 'scammer'] as const;
export type Flag = (typeof FLAGS)[number];

/** What is known about one invitation when the policy decides. The classification arrives as data. */
export interface InvitationFacts {
  label: InvitationLabel;
  /** The classifier's confidence in `label` (0–1). */
  confidence: number;
  lang: DetectedLang;
  /** The user knows this person (remembered, worked together…). */
  known: boolean;
  metInPerson: boolean;
  exchangedInGroup: boolean;
  tags: readonly string[];
  /** Age of the invitation in days. */
  ageDays: number;
  /** Earlier decisions about the same person, oldest first. */
  previousDecisions: readonly DecisionKind[];
  flagged: Flag;
  /** The gravest flag the user's team put on this profile (the team server; else `none`). */
  teamFlagged: Flag;
  /** A named mutual contact or shared context. */
  mutualContext: boolean;
  /** The sender's headline holds one of the policy's field keywords. */
  inField: boolean;
  /** The class of their answer to an earlier decline or ask; `none` when they did not answer. */
  reply: ReplyLabel | 'none';
}

/** The kind of each fact decides which operators and values a rule may use on it. */
export type FactKind = 'enum' | 'boolean' | 'number' | 'list';

export interface FactField {
  kind: FactKind;
  /** The allowed values of an enum field, or of the items of a list field (absent: free text). */
  values?: readonly string[];
  /** How an error names one of its values: "unknown decision 'refuse'". */
  noun: string;
  /** A share of one (0–1), which a rule may also write as a percentage (`70%`). */
  share?: true;
}

export const FACT_FIELDS = {
  label: { kind: 'enum', values: INVITATION_LABELS, noun: 'label' },
  confidence: { kind: 'number', share: true, noun: 'confidence' },
  lang: { kind: 'enum', values: ['fr', 'en', 'unknown'], noun: 'language' },
  known: { kind: 'boolean', noun: 'value' },
  metInPerson: { kind: 'boolean', noun: 'value' },
  exchangedInGroup: { kind: 'boolean', noun: 'value' },
  tags: { kind: 'list', noun: 'tag' },
  ageDays: { kind: 'number', noun: 'age' },
  previousDecisions: { kind: 'list', values: DECISIONS, noun: 'decision' },
  flagged: { kind: 'enum', values: FLAGS, noun: 'flag' },
  teamFlagged: { kind: 'enum', values: FLAGS, noun: 'flag' },
  mutualContext: { kind: 'boolean', noun: 'value' },
  inField: { kind: 'boolean', noun: 'value' },
  reply: { kind: 'enum', values: ['none', ...REPLY_LABELS], noun: 'reply label' },
} as const satisfies Record<keyof InvitationFacts, FactField>;

export type FactName = keyof typeof FACT_FIELDS;
export const FACT_NAMES = Object.keys(FACT_FIELDS) as FactName[];

/** Facts for an invitation about which nothing but its classification is known. */
export function factsOf(classification: {
  label: InvitationLabel;
  confidence: number;
  lang: DetectedLang;
}): InvitationFacts {
  return {
    ...classification,
    known: false,
    metInPerson: false,
    exchangedInGroup: false,
    tags: [],
    ageDays: 0,
    previousDecisions: [],
    flagged: 'none',
    teamFlagged: 'none',
    mutualContext: false,
    inField: false,
    reply: 'none',
  };
}
