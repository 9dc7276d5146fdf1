import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassifierKind } from '../src/core/classify/types.js';
import type { Example } from './training/split.js';

/** Where each kind's corpus lives under corpus/ (see corpus/README.md). */
export const CORPUS_FOLDERS = { invitation: 'invitations', reply: 'replies' } as const satisfies Record<
  ClassifierKind,
  string
>;

/** The independent check set: one file per kind, written by someone who never saw the corpus. */
export const CHECK_FOLDER = 'check';

export interface Corpus {
  examples: Example[];
  /** SHA-256 of the files' names and bytes: what a trained model records to detect staleness. */
  hash: string;
}

function parseLines(path: string, content: string): Example[] {
  const examples: Example[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const row = JSON.parse(line) as Partial<Example>;
    if (typeof row.id !== 'string' || typeof row.text !== 'string' || typeof row.label !== 'string') {
      throw new Error(`${path}:${i + 1}: a corpus line needs string id, label and text`);
    }
    examples.push({ id: row.id, lang: row.lang ?? 'unknown', label: row.label, text: row.text });
  });
  return examples;
}

/** The names of a kind's corpus files: every `*.jsonl` of its folder, sorted by name. */
export function corpusFiles(corpusDir: string, kind: ClassifierKind): string[] {
  return readdirSync(join(corpusDir, CORPUS_FOLDERS[kind]))
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
}

/**
 * Reads one kind's corpus (JSON lines {"id","lang","label","text"}) from every `*.jsonl` file of its
 * folder under `corpusDir`, in name order (the writers' waves: en.jsonl, en-2.jsonl…). The check set
 * lives in another folder and is never part of it.
 */
export function readCorpus(corpusDir: string, kind: ClassifierKind): Corpus {
  const hash = createHash('sha256');
  const examples: Example[] = [];
  for (const file of corpusFiles(corpusDir, kind)) {
    const path = join(corpusDir, CORPUS_FOLDERS[kind], file);
    const content = readFileSync(path, 'utf8');
    hash.update(`${CORPUS_FOLDERS[kind]}/${file}\n`);
    hash.update(content);
    examples.push(...parseLines(path, content));
  }
  return { examples, hash: hash.digest('hex') };
}

/** Reads one kind's independent check set (corpus/check/<folder>.jsonl): for evaluation only. */
export function readCheckSet(corpusDir: string, kind: ClassifierKind): Example[] {
  const path = join(corpusDir, CHECK_FOLDER, `${CORPUS_FOLDERS[kind]}.jsonl`);
  return parseLines(path, readFileSync(path, 'utf8'));
}
