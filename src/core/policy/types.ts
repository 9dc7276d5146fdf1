import type { z } from 'zod';
import type { DecisionKind, Lang } from '../labels.js';
import type { FactName } from './facts.js';
import type { Operand, Operator } from './operators.js';
import type { policySchema } from './schema.js';
import type { Variant } from './variants.js';

/** The account owner's name as Profile.csv gave it: what a placeholder signature becomes. */
export interface OwnerName {
  firstName: string;
  lastName: string;
}

/**
 * A policy as validated; rule conditions are normalised to `{ operator: operand }`. `owner` is never
 * read from the YAML (the schema is strict): the application adds it from the store
 * (`app/policy/owner-signed.ts`) so that drafts sign with the owner's name.
 */
export type Policy = z.infer<typeof policySchema> & { readonly owner?: OwnerName | undefined };
export type PolicyRule = Policy['rules'][number];
export type Channel = Policy['channels'][number];
export type Localized = { fr: string; en: string };
export type Condition = Partial<Record<Operator, Operand>>;
export type Conditions = Partial<Record<FactName, Condition>>;

/** User templates for one language: variant → element → phrasings. */
export type UserTemplates = Partial<Record<Variant, Record<string, unknown>>>;

/** A validation problem, located in the user's file. */
export interface PolicyError {
  line: number;
  column: number;
  /** `rules[2].decision`; empty for a syntax error. */
  path: string;
  message: string;
}

/** What the policy says about one invitation, and why, in the user's language. */
export interface PolicyDecision {
  decision: DecisionKind;
  rule: string;
  /** False when no rule matched and the default decided. */
  matched: boolean;
  /** "rule 'name': why", in `lang`: what the decision records. */
  reason: string;
  /** The why alone, for a front end that names the rule its own way. */
  why: string;
  lang: Lang;
}
