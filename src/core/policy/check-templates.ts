import type { PathSegment } from './locate.js';
import type { Policy } from './types.js';
import {
  type AppreciationBasis,
  BASIS_PLACEHOLDERS,
  COMMON_PLACEHOLDERS,
  PLACEHOLDER_PATTERN,
} from './variants.js';

export interface TemplateProblem {
  path: PathSegment[];
  message: string;
}

/** A user template may name only the placeholders the composer fills for that element. */
export function checkTemplatePlaceholders(policy: Policy): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const check = (phrases: readonly string[] | undefined, allowed: readonly string[], path: PathSegment[]) => {
    phrases?.forEach((phrase, index) => {
      for (const match of phrase.matchAll(PLACEHOLDER_PATTERN)) {
        const name = match[1] ?? '';
        if (!allowed.includes(name)) {
          problems.push({
            path: [...path, index],
            message: `unknown placeholder {${name}} (expected one of ${allowed.map((p) => `{${p}}`).join(', ')})`,
          });
        }
      }
    });
  };
  for (const [lang, variants] of Object.entries(policy.templates ?? {})) {
    for (const [variant, elements] of Object.entries(variants ?? {})) {
      for (const [element, value] of Object.entries(elements ?? {})) {
        const path: PathSegment[] = ['templates', lang, variant, element];
        if (element === 'appreciation') {
          for (const [basis, phrases] of Object.entries(value ?? {})) {
            const extra = BASIS_PLACEHOLDERS[basis as AppreciationBasis];
            check(phrases as string[] | undefined, [...COMMON_PLACEHOLDERS, ...extra], [...path, basis]);
          }
        } else {
          check(value as string[] | undefined, COMMON_PLACEHOLDERS, path);
        }
      }
    }
  }
  return problems;
}
