import type { FactKind } from './facts.js';

/** The comparisons a rule can make on a fact. */
export const OPERATOR_NAMES = [
  'equals',
  'not',
  'in',
  'notIn',
  'gte',
  'gt',
  'lte',
  'lt',
  'includes',
  'excludes',
  'includesAny',
] as const;
export type Operator = (typeof OPERATOR_NAMES)[number];

export type FactValue = string | number | boolean | readonly string[];
export type Operand = string | number | boolean | readonly (string | number | boolean)[];
export type OperatorFn = (fact: FactValue, operand: Operand) => boolean;

const list = (value: FactValue | Operand): readonly unknown[] => (Array.isArray(value) ? value : [value]);
const lower = (value: unknown): unknown => (typeof value === 'string' ? value.toLowerCase() : value);
const has = (haystack: FactValue | Operand, needle: unknown): boolean =>
  list(haystack).some((item) => lower(item) === lower(needle));

export const OPERATORS = {
  equals: (fact, operand) => fact === operand,
  not: (fact, operand) => fact !== operand,
  in: (fact, operand) => has(operand, fact),
  notIn: (fact, operand) => !has(operand, fact),
  gte: (fact, operand) => Number(fact) >= Number(operand),
  gt: (fact, operand) => Number(fact) > Number(operand),
  lte: (fact, operand) => Number(fact) <= Number(operand),
  lt: (fact, operand) => Number(fact) < Number(operand),
  includes: (fact, operand) => has(fact, operand),
  excludes: (fact, operand) => !has(fact, operand),
  includesAny: (fact, operand) => list(operand).some((item) => has(fact, item)),
} satisfies Record<Operator, OperatorFn>;

/** Which operators make sense on each kind of fact (the schema rejects the others). */
export const OPERATORS_OF_KIND = {
  enum: ['equals', 'not', 'in', 'notIn'],
  boolean: ['equals', 'not', 'in'],
  number: ['equals', 'not', 'in', 'gte', 'gt', 'lte', 'lt'],
  list: ['includes', 'excludes', 'includesAny'],
} as const satisfies Record<FactKind, readonly Operator[]>;

/** `label: scam` means `equals` (`includes` on a list); `label: [known, purpose]` means `in` (`includesAny`). */
export const SHORTHAND_OF_KIND = {
  enum: { scalar: 'equals', list: 'in' },
  boolean: { scalar: 'equals', list: 'in' },
  number: { scalar: 'equals', list: 'in' },
  list: { scalar: 'includes', list: 'includesAny' },
} as const satisfies Record<FactKind, { scalar: Operator; list: Operator }>;
