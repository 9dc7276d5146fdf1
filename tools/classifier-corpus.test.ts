import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import invitation from '../src/core/classify/models/invitation.json' with { type: 'json' };
import reply from '../src/core/classify/models/reply.json' with { type: 'json' };
import { readCheckSet, readCorpus } from './classifier-corpus.js';

const corpusDir = join(import.meta.dirname, '../corpus');

test.each([
  ['invitation', invitation.corpusHash],
  ['reply', reply.corpusHash],
] as const)(
  'the committed %s model was trained on the committed corpus (else run npm run train)',
  (kind, hash) => {
    expect(hash, `src/core/classify/models/${kind}.json is stale: run npm run train`).toBe(
      readCorpus(corpusDir, kind).hash,
    );
  },
);

describe('readCorpus', () => {
  const line = (id: string) => `${JSON.stringify({ id, lang: 'en', label: 'ack', text: `text ${id}` })}\n`;
  function fixture(): string {
    const dir = mkdtempSync(join(tmpdir(), 'strongties-corpus-'));
    mkdirSync(join(dir, 'replies'));
    mkdirSync(join(dir, 'check'));
    writeFileSync(join(dir, 'replies', 'fr.jsonl'), line('fr-1'));
    writeFileSync(join(dir, 'replies', 'en.jsonl'), line('en-1'));
    writeFileSync(join(dir, 'replies', 'notes.txt'), 'not a corpus file');
    writeFileSync(join(dir, 'check', 'replies.jsonl'), line('check-1'));
    return dir;
  }

  test('reads every .jsonl file of the folder in name order, and a new wave changes the hash', () => {
    const dir = fixture();
    const before = readCorpus(dir, 'reply');
    expect(before.examples.map((e) => e.id)).toEqual(['en-1', 'fr-1']);
    writeFileSync(join(dir, 'replies', 'en-2.jsonl'), line('en-2-1'));
    const after = readCorpus(dir, 'reply');
    expect(after.examples.map((e) => e.id)).toEqual(['en-2-1', 'en-1', 'fr-1']);
    expect(after.hash).not.toBe(before.hash);
  });

  test('never reads the check set, which readCheckSet reads alone', () => {
    const dir = fixture();
    expect(readCorpus(dir, 'reply').examples.map((e) => e.id)).not.toContain('check-1');
    expect(readCheckSet(dir, 'reply').map((e) => e.id)).toEqual(['check-1']);
  });
});
