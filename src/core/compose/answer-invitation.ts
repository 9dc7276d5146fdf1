import { z } from 'zod';
import type { Result } from '../errors.js';
import {
  DECISIONS,
  type DecisionKind,
  type DetectedLang,
  type InvitationLabel,
  type Lang,
  REPLY_LABELS,
} from '../labels.js';
import { evaluatePolicy, headlineInField } from '../policy/evaluate-policy.js';
import { FLAGS, factsOf, type InvitationFacts } from '../policy/facts.js';
import type { Policy } from '../policy/types.js';
import { VARIANTS, type Variant } from '../policy/variants.js';
import { composeDraft } from './compose-draft.js';
import type { PartName } from './types.js';

/** One line of `ties compose` input; facts beyond the note are optional. */
export const composeLineSchema = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  /** The invitation's note, as `ties add` and the other-network import call it. */
  note: z.string().default(''),
  headline: z.string().optional(),
  variant: z.enum(VARIANTS).optional(),
  known: z.boolean().optional(),
  metInPerson: z.boolean().optional(),
  exchangedInGroup: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  ageDays: z.number().nonnegative().optional(),
  previousDecisions: z.array(z.enum(DECISIONS)).optional(),
  flagged: z.enum(FLAGS).optional(),
  mutual: z.string().optional(),
  /** linkedin (default), xing, malt…: the draft fits this network's limits from the policy. */
  network: z.string().optional(),
  reply: z.enum(['none', ...REPLY_LABELS]).optional(),
});
export type ComposeLine = z.infer<typeof composeLineSchema>;

/** What `ties compose` writes per line: the contract other tools read. */
export interface ComposeAnswer {
  id: string;
  decision: DecisionKind;
  rule: string;
  reason: string;
  label: InvitationLabel;
  lang: Lang;
  variant: Variant | null;
  text: string;
  parts?: Partial<Record<PartName, string>>;
  length: number;
}

/** The message each decision sends by default; `null` sends nothing (a scam, a later). */
export const VARIANT_OF_DECISION = {
  decline: 'decline',
  ask: 'ask',
  accept: 'welcome',
  later: null,
  ignore: null,
} as const satisfies Record<DecisionKind, Variant | null>;

/** The first versions read the note as `text`; a line that still says so is read the same. */
function withLegacyNote(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !('text' in json) || 'note' in json) return json;
  const { text, ...rest } = json;
  return { ...rest, note: text };
}

export function parseComposeLine(line: string): Result<ComposeLine, string> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not a JSON object' };
  }
  const parsed = composeLineSchema.safeParse(withLegacyNote(json));
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}` };
}

export interface AnswerOptions {
  variant?: Variant | undefined;
  lang?: Lang | undefined;
  signature?: string | undefined;
}

/**
 * Decides and writes the answer to one invitation. Pure: the classification comes in as data
 * (label, confidence, note language); the caller runs the classifier.
 */
export function answerInvitation(
  policy: Policy,
  line: ComposeLine,
  classification: { label: InvitationLabel; confidence: number; lang: DetectedLang; unsure?: boolean },
  options: AnswerOptions = {},
): ComposeAnswer {
  const empty = line.note.trim() === '';
  const noteLang: DetectedLang = empty ? 'unknown' : classification.lang;
  const label: InvitationLabel = empty ? 'none' : classification.label;
  const facts: InvitationFacts = {
    ...factsOf({
      label,
      confidence: classification.confidence,
      lang: noteLang,
      unsure: !empty && (classification.unsure ?? false),
    }),
    ...(line.known !== undefined && { known: line.known }),
    ...(line.metInPerson !== undefined && { metInPerson: line.metInPerson }),
    ...(line.exchangedInGroup !== undefined && { exchangedInGroup: line.exchangedInGroup }),
    ...(line.tags && { tags: line.tags }),
    ...(line.ageDays !== undefined && { ageDays: line.ageDays }),
    ...(line.previousDecisions && { previousDecisions: line.previousDecisions }),
    ...(line.flagged && { flagged: line.flagged }),
    ...(line.reply && { reply: line.reply }),
    mutualContext: Boolean(line.mutual),
    inField: headlineInField(policy, line.headline) !== undefined,
  };
  const decision = evaluatePolicy(policy, facts);
  const lang: Lang = options.lang ?? (noteLang === 'unknown' ? policy.language : noteLang);
  const sends = VARIANT_OF_DECISION[decision.decision] !== null;
  const variant = sends ? (line.variant ?? options.variant ?? VARIANT_OF_DECISION[decision.decision]) : null;
  const base = {
    id: line.id,
    decision: decision.decision,
    rule: decision.rule,
    reason: decision.reason,
    label,
    lang,
  };
  if (!variant) return { ...base, variant: null, text: '', length: 0 };
  const draft = composeDraft(
    policy,
    {
      id: line.id,
      name: line.name,
      text: line.note,
      headline: line.headline,
      label,
      noteLang,
      mutual: line.mutual,
      network: line.network,
      sharedPast: Boolean(line.metInPerson || line.exchangedInGroup),
    },
    { variant, lang, signature: options.signature },
  );
  const withParts = variant === 'decline' || variant === 'short';
  return {
    ...base,
    variant,
    text: draft.text,
    ...(withParts && { parts: draft.parts }),
    length: draft.length,
  };
}
