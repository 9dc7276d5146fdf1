import { type Document, isAlias, isCollection, isPair, LineCounter, type Node, parseDocument } from 'yaml';
import type { PolicyError } from './types.js';

/**
 * A policy is a few kilobytes written by a person (the presets are 4 KB, about 55 keys, no alias).
 * A policy file can also come from a stranger (a shared file, a team server): these bounds, checked
 * before anything expands it, keep a hostile one from blocking the server or the CLI. They are about
 * 15 to 20 times what a generous policy needs.
 */
export const POLICY_BOUNDS = {
  /** Characters: the YAML parser's duplicate-key check grows with the square of a map's size. */
  chars: 64 * 1024,
  keys: 1_000,
  /** `*name` references: each can repeat a whole subtree (the "billion laughs" alias bomb). */
  aliases: 32,
  /** Nesting: the parser and the validator recurse. */
  depth: 32,
} as const;

export type PolicyDocument =
  | { ok: true; doc: Document; counter: LineCounter; value: unknown }
  | { ok: false; errors: PolicyError[] };

const refuse = (line: number, column: number, message: string): PolicyDocument => ({
  ok: false,
  errors: [{ line, column, path: '', message }],
});

/** The line where the text passes `chars`: the user sees where to cut. */
function lineAt(source: string, chars: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < chars; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

interface Excess {
  offset: number;
  message: string;
}

/** Walks the document without recursion (a deep one must not overflow the stack) and stops at the first bound passed. */
function firstExcess(doc: Document): Excess | undefined {
  let keys = 0;
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    const offset = (node as Node | null)?.range?.[0] ?? 0;
    if (isAlias(node) && ++aliases > POLICY_BOUNDS.aliases) {
      return { offset, message: `more than ${POLICY_BOUNDS.aliases} aliases (*name); a policy needs few` };
    }
    if (!isCollection(node)) continue;
    if (depth > POLICY_BOUNDS.depth) {
      return { offset, message: `nested more than ${POLICY_BOUNDS.depth} levels deep` };
    }
    // Pushed last to first, so that the walk meets the items in the file's order.
    for (const item of [...node.items].reverse()) {
      if (isPair(item)) {
        if (++keys > POLICY_BOUNDS.keys) {
          const at = (item.key as Node | null)?.range?.[0] ?? offset;
          return { offset: at, message: `more than ${POLICY_BOUNDS.keys} fields; a policy needs far fewer` };
        }
        stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * Parses a policy's YAML within `POLICY_BOUNDS`, or says, with a line, which bound it passes or what
 * the syntax error is. Nothing here throws on any text: the validator only ever sees a small tree.
 */
export function readPolicyDocument(source: string): PolicyDocument {
  if (source.length > POLICY_BOUNDS.chars) {
    return refuse(
      lineAt(source, POLICY_BOUNDS.chars),
      1,
      `the policy is ${Math.ceil(source.length / 1024)} KB; a policy is at most ${POLICY_BOUNDS.chars / 1024} KB`,
    );
  }
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // The parser recurses into flow collections: `[[[[…` thousands deep overflows its stack.
    if (error instanceof RangeError)
      return refuse(1, 1, `nested more than ${POLICY_BOUNDS.depth} levels deep`);
    throw error;
  }
  const overflow = doc.errors.find((error) => /call stack/i.test(error.message));
  if (overflow) {
    // The parser catches its own stack overflow on `[[[[…` thousands deep and reports it as syntax.
    const pos = counter.linePos(overflow.pos[0]);
    return refuse(pos.line, pos.col, `nested more than ${POLICY_BOUNDS.depth} levels deep`);
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const pos = counter.linePos(error.pos[0]);
        return {
          line: pos.line,
          column: pos.col,
          path: '',
          message: `YAML syntax: ${error.message.split('\n')[0]}`,
        };
      }),
    };
  }
  const excess = firstExcess(doc);
  if (excess) {
    const pos = counter.linePos(excess.offset);
    return refuse(pos.line, pos.col, excess.message);
  }
  try {
    // The alias bound above keeps expansion small; the parser's own count is the second lock.
    return { ok: true, doc, counter, value: doc.toJS({ maxAliasCount: POLICY_BOUNDS.aliases }) ?? {} };
  } catch (error) {
    if (error instanceof ReferenceError) {
      return refuse(
        1,
        1,
        `an alias (*name) is undefined or expands too much: ${error.message.split('\n')[0]}`,
      );
    }
    throw error;
  }
}
