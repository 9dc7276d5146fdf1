import type { Issue } from '../core/errors.js';
import { singleLine } from '../core/inert-text.js';

/** `ties: file:line: message (field f)` — one line per problem in the user's data, on standard error. */
export function issueLine(issue: Issue): string {
  const field = issue.field ? ` (field ${singleLine(issue.field)})` : '';
  return `ties: ${singleLine(issue.file)}:${issue.line}: ${singleLine(issue.message)}${field}`;
}
