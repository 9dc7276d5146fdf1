import { join } from 'node:path';
import { eld } from 'eld/small';
import { describe, expect, test } from 'vitest';
import { composeDraft, VARIANTS } from '../../src/core/compose/index.js';
import type { InvitationLabel, Lang } from '../../src/core/labels.js';
import { PRESET_NAMES, PRESETS, parsePolicy } from '../../src/core/policy/index.js';
import { readCorpus } from '../../tools/classifier-corpus.js';

type CorpusLine = { id: string; lang: Lang; label: InvitationLabel; text: string };

const corpus = readCorpus(join(import.meta.dirname, '../../corpus'), 'invitation').examples as CorpusLine[];

const channels =
  'channels:\n  - kind: twitter\n    value: "@mathieu"\n  - kind: website\n    value: https://example.org/blog';
const policies = PRESET_NAMES.map((name) => {
  const result = parsePolicy(PRESETS[name].replace('channels: []', channels));
  if (!result.ok) throw new Error(name);
  return result.value;
});

describe('every draft over the whole invitation corpus', () => {
  test('the corpus is there', () => {
    expect(corpus.length).toBeGreaterThan(100);
  });

  test.each(VARIANTS)(
    '%s drafts: no placeholder, no empty part, the asked language, within the limit',
    (variant) => {
      const problems: string[] = [];
      corpus.forEach((line, index) => {
        const policy = policies[index % policies.length]!;
        for (const lang of ['fr', 'en'] as const) {
          const draft = composeDraft(
            policy,
            { id: line.id, name: `Alex ${index}`, text: line.text, label: line.label, noteLang: line.lang },
            { variant, lang },
          );
          const where = `${line.id} ${variant} ${lang}`;
          if (/[{}]/.test(draft.text)) problems.push(`${where}: placeholder in ${draft.text}`);
          for (const [name, part] of Object.entries(draft.parts)) {
            if (!part?.trim()) problems.push(`${where}: empty ${name}`);
          }
          const detected = eld.detect(draft.text).language;
          if (detected !== lang) problems.push(`${where}: reads as ${detected}: ${draft.text}`);
          if (draft.text.length > draft.limit)
            problems.push(`${where}: ${draft.text.length} > ${draft.limit}`);
        }
      });
      expect(problems).toEqual([]);
    },
  );
});
