import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from '../core/classify/training/split.js';
import type { ClassifierKind } from '../core/classify/types.js';

/** Where each kind's corpus lives under corpus/ (see corpus/README.md). */
export const CORPUS_FOLDERS = { invitation: 'invitations', reply: 'replies' } as const satisfies Record<
  ClassifierKind,
  string
>;
const FILES = ['en.jsonl', 'fr.jsonl'] as const;

export interface Corpus {
  examples: Example[];
  /** SHA-256 of the files' names and bytes: what a trained model records to detect staleness. */
  hash: string;
}

/** Reads one kind's corpus (JSON lines {"id","lang","label","text"}) from `corpusDir`. */
export function readCorpus(corpusDir: string, kind: ClassifierKind): Corpus {
  const hash = createHash('sha256');
  const examples: Example[] = [];
  for (const file of FILES) {
    const path = join(corpusDir, CORPUS_FOLDERS[kind], file);
    const content = readFileSync(path, 'utf8');
    hash.update(`${CORPUS_FOLDERS[kind]}/${file}\n`);
    hash.update(content);
    content.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const row = JSON.parse(line) as Partial<Example>;
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || typeof row.label !== 'string') {
        throw new Error(`${path}:${i + 1}: a corpus line needs string id, label and text`);
      }
      examples.push({ id: row.id, lang: row.lang ?? 'unknown', label: row.label, text: row.text });
    });
  }
  return { examples, hash: hash.digest('hex') };
}
