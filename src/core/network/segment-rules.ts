import { z } from 'zod';
import type { Result } from '../errors.js';
import { foldName } from '../profile-url.js';

/**
 * The segment rule language, stored as JSON beside the segment. Text tests match any of the given
 * words, ignoring case and accents (`{"company": ["acme", "globex"]}`); combinators nest.
 *
 * ```json
 * {"all": [{"position": "recruit"}, {"not": {"tag": "client"}}, {"connectedBefore": "2020-01-01"}]}
 * ```
 */
export type SegmentRule =
  | { all: SegmentRule[] }
  | { any: SegmentRule[] }
  | { not: SegmentRule }
  | { company: string | string[] }
  | { position: string | string[] }
  | { headline: string | string[] }
  | { connectedBefore: string }
  | { strengthBelow: number }
  | { tag: string };

const words = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const segmentRuleSchema: z.ZodType<SegmentRule> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(segmentRuleSchema).min(1) }),
    z.strictObject({ any: z.array(segmentRuleSchema).min(1) }),
    z.strictObject({ not: segmentRuleSchema }),
    z.strictObject({ company: words }),
    z.strictObject({ position: words }),
    z.strictObject({ headline: words }),
    z.strictObject({ connectedBefore: z.iso.date() }),
    z.strictObject({ strengthBelow: z.number().min(0).max(101) }),
    z.strictObject({ tag: z.string().min(1) }),
  ]),
);

/** What a rule can look at for one person. */
export interface SegmentSubject {
  personId: number;
  company: string | null;
  position: string | null;
  headline: string | null;
  /** ISO date. */
  connectedOn: string | null;
  /** Tie strength, when the caller computed it (rules with `strengthBelow` need it). */
  strength?: number | undefined;
  tags: readonly string[];
}

export interface RuleError {
  code: 'invalid-rule';
  message: string;
}

/** Parses a rule from JSON text or a value; a mistake comes back as a value naming where it is. */
export function parseSegmentRule(input: unknown): Result<SegmentRule, RuleError> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, error: { code: 'invalid-rule', message: `not JSON: ${(error as Error).message}` } };
    }
  }
  const parsed = segmentRuleSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return {
    ok: false,
    error: { code: 'invalid-rule', message: `${first?.message ?? 'invalid rule'}${where}` },
  };
}

const fold = (text: string): string => foldName(text);

function containsAny(field: string | null, wanted: string | string[]): boolean {
  if (field === null || field === '') return false;
  const text = fold(field);
  return (Array.isArray(wanted) ? wanted : [wanted]).some((w) => text.includes(fold(w)));
}

/** Whether the rule selects this person. */
export function matchesRule(rule: SegmentRule, s: SegmentSubject): boolean {
  if ('all' in rule) return rule.all.every((r) => matchesRule(r, s));
  if ('any' in rule) return rule.any.some((r) => matchesRule(r, s));
  if ('not' in rule) return !matchesRule(rule.not, s);
  if ('company' in rule) return containsAny(s.company, rule.company);
  if ('position' in rule) return containsAny(s.position, rule.position);
  if ('headline' in rule) return containsAny(s.headline, rule.headline);
  if ('connectedBefore' in rule) return s.connectedOn !== null && s.connectedOn < rule.connectedBefore;
  if ('strengthBelow' in rule) return s.strength !== undefined && s.strength < rule.strengthBelow;
  const tag = fold(rule.tag);
  return s.tags.some((t) => fold(t) === tag);
}

/** Whether evaluating the rule needs tie strength (the caller can skip computing it otherwise). */
export function ruleUsesStrength(rule: SegmentRule): boolean {
  if ('all' in rule) return rule.all.some(ruleUsesStrength);
  if ('any' in rule) return rule.any.some(ruleUsesStrength);
  if ('not' in rule) return ruleUsesStrength(rule.not);
  return 'strengthBelow' in rule;
}

/** A named segment: people tagged with its name by hand, plus those its rule selects. */
export interface SegmentDefinition {
  name: string;
  rule: SegmentRule | null;
}

/** The ids of the segment's members; a person may be in several segments. */
export function segmentMembers(segment: SegmentDefinition, subjects: readonly SegmentSubject[]): number[] {
  const byTag: SegmentRule = { tag: segment.name };
  const rule: SegmentRule = segment.rule === null ? byTag : { any: [byTag, segment.rule] };
  return subjects.filter((s) => matchesRule(rule, s)).map((s) => s.personId);
}
