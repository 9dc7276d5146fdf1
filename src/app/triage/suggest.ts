import { EMPTY_NOTE_SIGNAL } from '../../core/classify/signal-words.js';
import { storedClassification } from '../../core/classify/stored-classification.js';
import type { InvitationClassification, TextReader } from '../../core/classify/types.js';
import { composeDraft, VARIANT_OF_DECISION, type Variant } from '../../core/compose/index.js';
import { DAY } from '../../core/durations.js';
import { type DecisionKind, type InvitationLabel, LANGS, type Lang } from '../../core/labels.js';
import {
  evaluatePolicy,
  headlineInField,
  type InvitationFacts,
  type Policy,
} from '../../core/policy/index.js';
import type { InvitationContext } from './load-context.js';
import type { DraftView } from './types.js';

/** The cached classification, else the reader's (an empty note is `none`, whatever the reader says). */
export function classificationOf(ctx: InvitationContext, reader: TextReader): InvitationClassification {
  const { row } = ctx;
  if (row.label !== null && row.label_confidence !== null) {
    return storedClassification({
      label: row.label as InvitationLabel,
      confidence: row.label_confidence,
      lang: (row.lang ?? 'unknown') as InvitationClassification['lang'],
      signals: row.signals,
    });
  }
  if (row.note.trim() === '')
    return {
      label: 'none',
      confidence: 1,
      lang: 'unknown',
      unsure: false,
      between: [],
      signals: [EMPTY_NOTE_SIGNAL],
    };
  return reader.classifyInvitation(row.note);
}

export function factsFor(
  policy: Policy,
  ctx: InvitationContext,
  classification: InvitationClassification,
  now: Date,
  previousDecisions: readonly DecisionKind[],
): InvitationFacts {
  const person = ctx.person;
  const sent = Date.parse(ctx.row.sent_at);
  return {
    label: classification.label,
    confidence: classification.confidence,
    unsure: classification.unsure,
    lang: classification.lang,
    known: person?.remembered === 'yes',
    metInPerson: person?.metInPerson ?? false,
    exchangedInGroup: person?.exchangedInGroup ?? false,
    tags: ctx.tags,
    ageDays: Number.isNaN(sent) ? 0 : Math.max(0, Math.floor((now.getTime() - sent) / DAY)),
    previousDecisions,
    flagged: person?.flag ?? 'none',
    teamFlagged: person?.teamFlag?.kind ?? 'none',
    mutualContext: false,
    inField: headlineInField(policy, person?.headline ?? undefined) !== undefined,
    reply: ctx.reply,
  };
}

export interface Suggested {
  classification: InvitationClassification;
  decision: DecisionKind;
  rule: string;
  /** False when no rule matched and the default decided. */
  matched: boolean;
  /** What the decision records: "rule 'name': why", in the policy's language. */
  reason: string;
  /** The why alone in each language: a front end shows it in its interface's language. */
  why: Record<Lang, string>;
}

/** What the policy suggests for one invitation, and why. */
export function suggest(
  policy: Policy,
  reader: TextReader,
  ctx: InvitationContext,
  now: Date,
  previousDecisions: readonly DecisionKind[] = [...ctx.earlier].reverse().map((d) => d.decision),
): Suggested {
  const classification = classificationOf(ctx, reader);
  const facts = factsFor(policy, ctx, classification, now, previousDecisions);
  const verdict = evaluatePolicy(policy, facts);
  const why = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      lang === verdict.lang ? verdict.why : evaluatePolicy(policy, facts, lang).why,
    ]),
  ) as Record<Lang, string>;
  return {
    classification,
    decision: verdict.decision,
    rule: verdict.rule,
    matched: verdict.matched,
    reason: verdict.reason,
    why,
  };
}

export const nameOf = (ctx: InvitationContext): string =>
  ctx.row.direction === 'incoming' ? ctx.row.from_name : ctx.row.to_name;

/** The draft a variant sends for this invitation, in the note's language (else the policy's). */
export function composeFor(
  policy: Policy,
  ctx: InvitationContext,
  classification: InvitationClassification,
  variant: Variant,
  lang?: Lang,
): DraftView {
  const draftLang: Lang = lang ?? (classification.lang === 'unknown' ? policy.language : classification.lang);
  const draft = composeDraft(
    policy,
    {
      id: String(ctx.row.id),
      name: nameOf(ctx),
      text: ctx.row.note,
      headline: ctx.person?.headline ?? undefined,
      label: classification.label,
      noteLang: classification.lang,
      sharedPast: Boolean(ctx.person?.metInPerson || ctx.person?.exchangedInGroup),
    },
    { variant, lang: draftLang },
  );
  return {
    id: null,
    variant,
    lang: draftLang,
    text: draft.text,
    parts: draft.parts as Record<string, string>,
    length: draft.length,
    edited: false,
  };
}

export const variantOf = (decision: DecisionKind): Variant | null => VARIANT_OF_DECISION[decision];
