import { join } from 'node:path';
import { expect, test } from 'vitest';
import invitation from '../core/classify/models/invitation.json' with { type: 'json' };
import reply from '../core/classify/models/reply.json' with { type: 'json' };
import { readCorpus } from './classifier-corpus.js';

const corpusDir = join(import.meta.dirname, '../../corpus');

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
