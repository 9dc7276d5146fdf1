import type { z } from 'zod';
import { checkTemplatePlaceholders } from './check-templates.js';
import { FACT_FIELDS, type FactName } from './facts.js';
import { formatPath, locate, type PathSegment } from './locate.js';
import { OPERATOR_NAMES, type Operator } from './operators.js';
import { readPolicyDocument } from './policy-bounds.js';
import { policySchema } from './schema.js';
import type { Policy, PolicyError } from './types.js';

export type PolicyParseResult = { ok: true; value: Policy } | { ok: false; errors: PolicyError[] };

const show = (value: unknown): string =>
  value === null || value === undefined
    ? 'nothing'
    : typeof value === 'string'
      ? `'${value}'`
      : JSON.stringify(value);

/** What an enum value is called in a message: the fact's noun inside a condition, else the field name. */
function nounOf(path: readonly PathSegment[]): string {
  const whenAt = path.indexOf('when');
  if (whenAt >= 0) {
    const fact = path[whenAt + 1] as FactName | undefined;
    if (fact && fact in FACT_FIELDS) return FACT_FIELDS[fact].noun;
  }
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return typeof last === 'string' ? last : 'value';
}

function messageOf(issue: z.core.$ZodIssue, value: unknown, path: readonly PathSegment[]): string {
  switch (issue.code) {
    case 'invalid_value':
      return `unknown ${nounOf(path)} ${show(value)} (expected one of ${issue.values.map(String).join(', ')})`;
    case 'invalid_type':
      return value === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${show(value)}`;
    default:
      return issue.message;
  }
}

/**
 * Reads a policy from YAML text. Every problem is returned with its line and field; unknown fields
 * are errors, so a typo never silently changes a decision. A hostile text (huge, an alias bomb,
 * thousands of keys) is refused with a line before it is expanded (`readPolicyDocument`).
 */
export function parsePolicy(source: string): PolicyParseResult {
  const read = readPolicyDocument(source);
  if (!read.ok) return read;
  const { doc, counter } = read;
  const parsed = policySchema.safeParse(read.value);
  const errors: PolicyError[] = [];
  const report = (path: readonly PathSegment[], message: (value: unknown, path: PathSegment[]) => string) => {
    const at = locate(doc, counter, path);
    const shown = at.complete ? at.path : path.filter((s) => !OPERATOR_NAMES.includes(s as Operator));
    errors.push({
      line: at.line,
      column: at.column,
      path: formatPath(shown),
      message: at.complete ? message(at.value, at.path) : 'required field is missing',
    });
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as PathSegment[];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) report([...path, key], () => `unknown field '${key}'`);
      } else {
        report(path, (value, found) => messageOf(issue, value, found));
      }
    }
  } else {
    // A single phrasing is written as a string, so the path may end one index deeper than the file.
    for (const problem of checkTemplatePlaceholders(parsed.data)) {
      const at = locate(doc, counter, problem.path);
      errors.push({ line: at.line, column: at.column, path: formatPath(at.path), message: problem.message });
    }
  }
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return errors.length > 0 || !parsed.success ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/** `policy.yaml:14: rules[2].decision: unknown decision 'refuse' (…)` */
export function formatPolicyError(file: string, error: PolicyError): string {
  return `${file}:${error.line}: ${error.path ? `${error.path}: ` : ''}${error.message}`;
}
