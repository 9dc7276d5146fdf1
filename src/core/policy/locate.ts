import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import { OPERATOR_NAMES } from './operators.js';

export type PathSegment = string | number;

export interface Located {
  line: number;
  column: number;
  /** The user's path: segments the schema adds (`label.equals` for `label: scam`) are left out. */
  path: PathSegment[];
  /** The value found there, for messages. */
  value: unknown;
  /** False when the document stops before the end of the path: the field is missing. */
  complete: boolean;
}

const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATOR_NAMES);

function pairOf(node: unknown, key: PathSegment): Pair | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find(
    (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
  );
}

/**
 * Walks a schema path through the YAML document, as far as the document goes, and returns the
 * line of the deepest node found: a map key's line for a field, an item's line for a list entry.
 */
export function locate(doc: Document, counter: LineCounter, path: readonly PathSegment[]): Located {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  const found: PathSegment[] = [];
  let complete = true;
  for (const segment of path) {
    const pair = pairOf(node, segment);
    if (pair) {
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
      found.push(segment);
      continue;
    }
    if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = (node as Node).range?.[0] ?? offset;
      found.push(segment);
      continue;
    }
    // `label: scam` is `label: { equals: scam }` to the schema: skip the operator it added.
    if (typeof segment === 'string' && OPERATOR_SET.has(segment) && !isMap(node)) continue;
    complete = false;
    break;
  }
  const pos = counter.linePos(offset);
  const value = node && typeof (node as Node).toJSON === 'function' ? (node as Node).toJSON() : node;
  return { line: pos.line, column: pos.col, path: found, value, complete };
}

/** `rules[2].when.label`, the way a user reads a path. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
