import { foldAccents } from '../fold-accents.js';
import type { DecisionKind, Lang } from '../labels.js';
import { EXPLAIN, WORDS } from './explain.js';
import { FACT_NAMES, type FactName, type InvitationFacts } from './facts.js';
import { type FactValue, OPERATORS, type Operand, type Operator } from './operators.js';
import type { Conditions, Localized, Policy, PolicyDecision, PolicyRule } from './types.js';

const conditionsOf = (rule: PolicyRule): Conditions => rule.when as Conditions;

function matches(rule: PolicyRule, facts: InvitationFacts): boolean {
  return Object.entries(conditionsOf(rule)).every(([fact, condition]) =>
    Object.entries(condition ?? {}).every(([op, operand]) =>
      OPERATORS[op as Operator](facts[fact as FactName] as FactValue, operand as Operand),
    ),
  );
}

const localize = (text: string | Localized | undefined, lang: Lang): string | undefined =>
  text === undefined ? undefined : typeof text === 'string' ? text : text[lang];

function explainFacts(rule: PolicyRule, facts: InvitationFacts, lang: Lang): string {
  const tested = conditionsOf(rule);
  // The label's phrase already states the confidence.
  const names = FACT_NAMES.filter(
    (name) => tested[name] !== undefined && !(name === 'confidence' && tested.label),
  );
  if (names.length === 0) return WORDS[lang].always;
  const table = EXPLAIN[lang] as Record<FactName, (value: unknown, facts: InvitationFacts) => string>;
  return names.map((name) => table[name](facts[name], facts)).join(', ');
}

/**
 * An `ask` rule applied to someone already asked becomes the answer's consequence: a genuine need
 * is accepted, a pitch or hostile reply — or silence past the delay — takes `askFirst.next`.
 */
function afterAsk(
  policy: Policy,
  facts: InvitationFacts,
  lang: Lang,
): { decision: DecisionKind; why: string } {
  const words = WORDS[lang];
  const { delayDays, next } = policy.askFirst;
  if (facts.reply === 'need') return { decision: 'accept', why: words.askedAnswered };
  if (facts.reply === 'pitch' || facts.reply === 'hostile')
    return { decision: next, why: words.askedBadAnswer(facts.reply) };
  if (facts.ageDays >= delayDays)
    return { decision: next, why: words.askedNoAnswer(facts.ageDays, delayDays) };
  return { decision: 'later', why: words.askedWaiting(facts.ageDays, delayDays) };
}

/** What the engine may decide alone on an unsure invitation: nothing that accepts or sends a draft. */
const UNSURE_ALLOWED: ReadonlySet<DecisionKind> = new Set(['ignore', 'later']);

/**
 * Applies the policy: the first rule whose conditions all hold decides, else the default. The reason
 * names the rule and says why, in `lang` (the policy's language unless given). On an unsure
 * classification, whatever the rules say, the engine never accepts, declines or asks: it leaves the
 * invitation to the user (`later`), the reason saying so.
 */
export function evaluatePolicy(
  policy: Policy,
  facts: InvitationFacts,
  lang: Lang = policy.language,
): PolicyDecision {
  const verdict = applyRules(policy, facts, lang);
  if (!facts.unsure || UNSURE_ALLOWED.has(verdict.decision)) return verdict;
  const why = WORDS[lang].leftToYou(verdict.decision);
  return { ...verdict, decision: 'later', reason: WORDS[lang].rule(verdict.rule, why), why };
}

function applyRules(policy: Policy, facts: InvitationFacts, lang: Lang): PolicyDecision {
  const words = WORDS[lang];
  const rule = policy.rules.find((r) => matches(r, facts));
  if (!rule) {
    const why = localize(policy.default.reason, lang) ?? words.nothingElse;
    return {
      decision: policy.default.decision,
      rule: 'default',
      matched: false,
      reason: words.rule('default', why),
      why,
      lang,
    };
  }
  if (rule.decision === 'ask' && facts.previousDecisions.includes('ask')) {
    const next = afterAsk(policy, facts, lang);
    return {
      decision: next.decision,
      rule: rule.name,
      matched: true,
      reason: words.rule(rule.name, next.why),
      why: next.why,
      lang,
    };
  }
  const why = localize(rule.reason, lang) ?? explainFacts(rule, facts, lang);
  return {
    decision: rule.decision,
    rule: rule.name,
    matched: true,
    reason: words.rule(rule.name, why),
    why,
    lang,
  };
}

/** True when the sender's headline holds one of the policy's field keywords (case- and accent-blind). */
export function headlineInField(policy: Policy, headline: string | undefined): string | undefined {
  if (!headline) return undefined;
  const words = ` ${foldAccents(headline).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return policy.field.keywords.find((k) =>
    words.includes(
      ` ${foldAccents(k)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `,
    ),
  );
}
