import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { TextReader } from '../core/classify/types.js';
import {
  type AnswerOptions,
  answerInvitation,
  type ComposeAnswer,
  parseComposeLine,
} from '../core/compose/index.js';
import type { Policy } from '../core/policy/index.js';

export type ComposeOutput = ComposeAnswer | { line: number; id: string | null; error: string };

/**
 * `ties compose`: one JSON line in, one JSON line out. A malformed line yields an error line and the
 * rest goes on; the count of failures lets the caller choose the exit code.
 */
export async function composeStream(
  input: Readable,
  deps: { policy: Policy; reader: TextReader; options: AnswerOptions },
  write: (output: ComposeOutput) => void,
): Promise<{ written: number; failed: number }> {
  let lineNumber = 0;
  let written = 0;
  let failed = 0;
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber += 1;
    if (raw.trim() === '') continue;
    const parsed = parseComposeLine(raw);
    if (!parsed.ok) {
      const id = /"id"\s*:\s*"([^"\\]{1,200})"/.exec(raw)?.[1] ?? null;
      write({ line: lineNumber, id, error: parsed.error });
      failed += 1;
      continue;
    }
    const classification = deps.reader.classifyInvitation(parsed.value.note);
    write(answerInvitation(deps.policy, parsed.value, classification, deps.options));
    written += 1;
  }
  return { written, failed };
}
